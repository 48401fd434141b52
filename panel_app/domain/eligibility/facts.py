"""What intake produced for one application (the input of the eligibility suggestions), and the two
text helpers every reader shares: `fold` (lower case, no accents) and `rx` (patterns compiled once).

The labelled fields of the form are read in fields.py; check boxes in boxes.py; the declaration of
honour in honour.py.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from ..texts import translate

INTAKE_FLAGS = (
    "late", "reference_missing", "no_attachment", "not_single_pdf", "not_pdf", "archive", "encrypted",
    "corrupt", "no_text_layer", "received_time_unknown", "forwarded",
)

_UNREADABLE_FLAG_REASONS = {
    "encrypted": translate("Eligibility", "the PDF is encrypted"),
    "corrupt": translate("Eligibility", "the PDF is corrupt"),
    "no_text_layer": translate("Eligibility", "the PDF has no text layer (scanned image)"),
    "no_attachment": translate("Eligibility", "there is no PDF attached"),
    "not_pdf": translate("Eligibility", "the attachment is not a PDF"),
    "archive": translate("Eligibility", "the attachment is an archive"),
}


@dataclass
class ApplicationFacts:
    """One application as intake saw it."""

    page_texts: list[str] = field(default_factory=list)
    readable: bool = True
    unreadable_reason: str | None = None
    intake_flags: list[str] = field(default_factory=list)
    europass: dict | None = None
    grade: str = ""
    ocr: bool = False  # page_texts come from OCR: they may add evidence, never a "not met"

    def is_readable(self) -> bool:
        return self.readable and any(t.strip() for t in self.page_texts)

    def why_unreadable(self) -> str:
        if self.unreadable_reason:
            return self.unreadable_reason
        for flag, reason in _UNREADABLE_FLAG_REASONS.items():
            if flag in self.intake_flags:
                return reason
        if self.readable and not any(t.strip() for t in self.page_texts):
            return translate("Eligibility", "no text could be read from the PDF")
        return translate("Eligibility", "the document could not be read")


def by_first_letter(words: list[str]) -> str:
    """`(?:w1|w2|…)` for these words (escaped), written "a(?:lbanian|rabic)|b(?:…)|…": the expression engine tries the
    alternatives of a group one after the other at each place, so a long list of words costs a try per word at every
    word start; grouped by their first character it costs a try per letter, then the words of that letter only.
    At a place, the words that can match are tried in the same order as in the plain list, so it matches the same."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "(?:" + "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


@functools.cache
def rx(pattern: str) -> re.Pattern:
    """Our patterns compiled once, in a cache of our own: `re`'s shared cache (512 entries) is flushed by the
    email parser, which compiles a new boundary pattern for every message it reads."""
    return re.compile(pattern)


@functools.lru_cache(maxsize=8192)  # the rules fold the same lines of a document several times
def fold(text: str) -> str:
    """Lower case without accents ("Staatsangehörigkeit" → "staatsangehorigkeit"); ß → ss.

    Only the runs of non-ASCII characters are decomposed, one run at a time (a page of a CV is mostly ASCII even
    when its names are not): an ASCII character is never changed by NFKD, is no combining mark, and stops the
    reordering of marks, so this is the same as folding the whole text at once."""
    if text.isascii():  # most lines of a CV: nothing to decompose
        return text.lower()
    parts = _NON_ASCII.split(text)  # ASCII, a non-ASCII run, ASCII, …
    parts[0::2] = [p.lower() for p in parts[0::2]]
    parts[1::2] = [_fold_run(p) for p in parts[1::2]]
    return "".join(parts)


# "[^…][^…]*" rather than "[^…]+": the same runs, but `re` skips ahead at C speed only to where an expression's first
# class matches, and it finds no first class behind a repeat ("+"): a 1,000-character page 153k -> 49k instructions
_NON_ASCII = re.compile(r"([^\x00-\x7f][^\x00-\x7f]*)")


@functools.lru_cache(maxsize=4096)  # names, dashes and words of other scripts come back
def _fold_run(run: str) -> str:
    decomposed = unicodedata.normalize("NFKD", run)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


