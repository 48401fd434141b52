"""The labelled fields of an application form, however it was laid out (EN/FR/DE labels, as data).

A value may sit after "Label:" on the same line, on the next line ("Label:" then the value), or in the
next cell of a table, which text extraction gives either on the same line without a colon
("Nationality Polish") or on the next line (a Word/LibreOffice table comes out cell by cell, in reading
order). A table row may hold several label/value pairs ("Surname Costa First name Eleni"). A label
wrapped over two lines of a narrow cell ("Duration of" / "studies") is joined; so are lines that a word
processor wrapped (its PDF export keeps the trailing space of a wrapped line).

Labels anywhere in a line need their colon (a CV sentence may name "nationality"); a label at the start
of a line needs none, unless a continuation word follows ("Nationality of the candidate").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .facts import ApplicationFacts, by_first_letter, fold
from .labels import CONTINUATION, LABELS, LOWER_VALUE_REFUSED, WEAK

_WEAK = {fold(w) for w in WEAK}
_LOWER_REFUSED = {fold(w) for w in LOWER_VALUE_REFUSED}
_ACCENTS = {"e": "eéèêë", "a": "aàâä", "o": "oôö", "u": "uùûü", "i": "iîï", "c": "cç"}


def _phrase_re(phrase: str) -> str:
    out = []
    for ch in phrase:
        base = fold(ch)
        if ch == " ":
            out.append(r"\s+")
        elif base in _ACCENTS and (ch != base or base in "eaouic"):
            out.append(f"[{_ACCENTS[base]}]")
        elif ch == "ß":
            out.append("(?:ß|ss)")
        else:
            out.append(re.escape(ch))
    return "".join(out)


_ALL = sorted(((p, k) for k, ps in LABELS.items() for p in ps), key=lambda pk: -len(pk[0]))
KEY_OF = {fold(p): k for p, k in _ALL}
# "… of the candidate", "… du candidat", "… des Bewerbers" after a label; "Nationality / citizenship"
_OWNER = (r"(?:\s+(?:of the (?:candidate|applicant)|du (?:candidat|demandeur)|de la candidate|des bewerbers"
          r"|der bewerberin|des antragstellers|der antragstellerin))?")
_PHRASES = "|".join(_phrase_re(p) for p, _ in _ALL)
_LABEL_RE = re.compile(f"(?<![\\w-])(?:{_PHRASES})(?:\\s*/\\s*(?:{_PHRASES}))?{_OWNER}(?![\\w])", re.IGNORECASE)
_COLON_RE = re.compile(r"\s*[:：]\s*")
_COLONS = re.compile("[:：]")
_OWNER_RE = re.compile(_OWNER + "$")
_PAREN_RE = re.compile(r"\s*\([^()]{0,40}\)")
_BOX_AT_START = re.compile(r"\s*(?:[☐☒☑□■✓✔✅❑❒○⊠]|\[\s*[xX✓✔✗]?\s*\]|\(\s*[xX✓✔]?\s*\))")
_BULLET = " \t•·*-–>"
# Cheap filters before any expression: a label starts a line only where the line starts with one (first
# three letters, then a small anchored expression per three letters); elsewhere a label needs its colon, and
# is looked for only at word starts whose first three letters begin a label.
_BY_HEAD: dict[str, list[str]] = {}
for _p, _k in _ALL:
    _BY_HEAD.setdefault(fold(_p)[:3], []).append(re.escape(fold(_p)))
STARTS = {head: re.compile("(?:" + "|".join(alts) + ")(?![a-z])") for head, alts in _BY_HEAD.items()}
_BUCKETS = {head: re.compile("(?:" + "|".join(a.replace("\\ ", r"\s+") for a in alts) + r")(?![\w])")
            for head, alts in _BY_HEAD.items()}
# The word starts ("(?<![\w-])\w") whose first three letters begin a label (a key of _BUCKETS: three letters or "-"),
# found by the expression instead of a Python step on every word of the line: one of the keys' first letters (a class,
# which the search skips to), not after a word character or "-", and with the next two the three letters of a key.
# Only where a match starts is used. A match takes the three letters: no word starts inside a key.
_LABEL_START = re.compile("[" + "".join(sorted({h[0] for h in _BUCKETS})) + r"](?<![\w-].)..(?<="
                          + by_first_letter(list(_BUCKETS)) + ")")
_SLASH = re.compile(r"\s*/\s*")
_OWNER_AFTER = re.compile(_OWNER + r"(?![\w])")
_FORM_WORDS = ("application form", "formulaire de candidature", "bewerbungsformular", "bewerbungsbogen",
               "acte de candidature", "candidate's form", "candidates form")
_FORM_BYTES = tuple(w.encode() for w in _FORM_WORDS)
BLOCK_FIELDS = ("languages", "declarations")
BLOCK_MAX_LINES = 15
LONG_LINE = 200


@dataclass
class Field:
    key: str
    value: str  # as written (accents kept)
    line: str  # the line(s) it was read from
    page: int  # 1-based
    extra: list[tuple[int, str]] = field(default_factory=list)  # following lines of a block field
    index: int = -1  # the line of Document.lines it starts on


@dataclass
class Document:
    lines: list[tuple[int, str]]  # (page, line), form page first
    fields: dict[str, list[Field]]
    labelled: list[list[tuple[str, int, int]]] = field(default_factory=list)
    ocr: bool = False  # the text comes from OCR: a reading aid, never enough for "not met"

    def free_text(self, i: int) -> str:
        """The part of line i that is not a labelled form field (the text before its first label)."""
        found = self.labelled[i] if i < len(self.labelled) else labels_in(self.lines[i][1])
        return self.lines[i][1][: found[0][1]].strip() if found else self.lines[i][1]

    @functools.cached_property
    def lower_text(self) -> str:
        """All the lines in lower case, for a reader's quick "is the word there at all" before its loop."""
        return "\n".join([t.lower() for _, t in self.lines])  # line by line: str.lower is fastest on an ASCII line

    @functools.cached_property
    def _lower_utf8(self) -> bytes:
        # searched as UTF-8: a dash or a quote beyond Latin-1 makes the text two bytes a character, where a search
        # costs several times more; a UTF-8 word is in UTF-8 text exactly where the word is in the text
        return self.lower_text.encode("utf-8", "surrogatepass")

    def lines_with(self, words: tuple[str, ...]) -> list[int]:
        """The indices of the lines that contain one of `words` (lower case), found at C speed in the whole text.
        A hit's line is the count of newlines before it: no line holds one (page_lines splits the pages on them)."""
        data = self._lower_utf8
        found: set[int] = set()
        for word in words:
            w = word.encode("utf-8")
            at, line, counted = data.find(w), 0, 0
            while at >= 0:
                line += data.count(b"\n", counted, at)  # the newlines before it: its line
                found.add(line)
                counted = data.find(b"\n", at) + 1  # searched again from the next line (0: there is none)
                at = data.find(w, counted) if counted else -1
                line += counted > 0
        return sorted(found)

    def first(self, key: str) -> Field | None:
        found = self.fields.get(key)
        return found[0] if found else None

    def all(self, key: str) -> list[Field]:
        return self.fields.get(key, [])


def _key(label: str) -> str:
    folded = fold(" ".join(label.split()))
    if folded in KEY_OF:
        return KEY_OF[folded]
    head = _OWNER_RE.sub("", folded.split("/")[0].strip())
    return KEY_OF.get(head, "")


def labels_in(line: str) -> list[tuple[str, int, int]]:
    """(key, start of label, start of value) for each label of the line."""
    stripped = line.lstrip(_BULLET)
    starts = STARTS.get(fold(stripped[:3]))
    at_start = starts is not None and starts.match(fold(stripped[:60])) is not None
    if not at_start:
        if ":" not in line and "：" not in line:
            return []  # most lines of a CV
        # elsewhere a label ends at its colon: one of the few words before a colon must begin a label (in an ASCII
        # line, fold is lower() and ":" the only colon: the same parts without an expression and a fold per part)
        before = ([part.split()[-6:] for part in line.lower().split(":")[:-1]] if line.isascii()
                  else [fold(part).split()[-6:] for part in _COLONS.split(line)[:-1]])
        if not any(w.lstrip("(-•*")[:3] in _BUCKETS for words in before for w in words):
            return []
    return labels_by_expression(line)


def _label_matches(line: str) -> Iterator[tuple[int, int]]:
    """Where labels are in the line: at word starts whose first three letters begin a label (one small anchored
    expression per three letters, on the folded line); the big expression only when folding changed lengths."""
    folded = fold(line)
    if len(folded) != len(line):
        for whole in _LABEL_RE.finditer(line):
            yield whole.start(), whole.end()
        return
    pos = 0
    for w in _LABEL_START.finditer(folded):
        start = w.start()
        if start < pos:
            continue
        bucket = _BUCKETS.get(folded[start:start + 3])  # always found while every label has 3 letters or more
        m = bucket.match(folded, start) if bucket is not None else None
        if m is None:
            continue
        end = m.end()
        if (slash := _SLASH.match(folded, end)) and (b2 := _BUCKETS.get(folded[slash.end():slash.end() + 3])) \
                and (m2 := b2.match(folded, slash.end())):
            end = m2.end()  # "Nationality / citizenship"
        if owner := _OWNER_AFTER.match(folded, end):
            end = owner.end()  # "Signature of the candidate"
        pos = end
        yield start, end


def labels_by_expression(line: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    first_start = len(line) - len(line.lstrip(_BULLET))
    row = False  # the line starts with a label: a table row, whose later labels need no colon either
    skip_until = 0
    for mstart, mend in _label_matches(line):
        if mstart < skip_until:
            continue  # "Done at (place, date)": the words in a label's parenthesis are not labels
        text = line[mstart:mend]
        key = _key(text)
        paren = _PAREN_RE.match(line, mend)
        end = paren.end() if paren else mend
        skip_until = end
        colon = _COLON_RE.match(line, end)
        if colon is not None and line[colon.start():colon.end()].strip():
            found.append((key, mstart, colon.end()))
            row = row or mstart == first_start
            continue
        starts = mstart == first_start
        if not (starts or row) or CONTINUATION.match(line, end) and end < len(line.rstrip()):
            continue
        rest = line[end:].strip()
        label = fold(text)
        if label in _WEAK and rest and not starts and not row:
            continue
        if starts and label in _LOWER_REFUSED and rest and rest[:1].islower():
            continue
        found.append((key, mstart, end + (len(line[end:]) - len(line[end:].lstrip()))))
        row = row or starts
    return found


def _join_wrapped(texts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines of a word processor's export that it wrapped (they keep their trailing space) joined again."""
    out: list[tuple[int, str]] = []
    carry = ""
    for page, raw in texts:
        text = (carry + " " + raw.strip()).strip() if carry else raw.strip()
        if raw.endswith((" ", "\t")) and not raw.strip().endswith((":", ".")) and len(text) < 400:
            carry = text
            continue
        carry = ""
        if text:
            out.append((page, text))
    if carry:
        out.append((texts[-1][0], carry))
    return out


def _is_form_page(text: str) -> bool:
    """Whether one of _FORM_WORDS is in text[:3000].lower(). Looked for in the UTF-8 bytes lowered by bytes.lower
    (A-Z only), without str.lower's lookup of every character of a page that has one beyond ASCII: the same answer,
    since a character other than ASCII lowers to an ASCII letter only for "K" (k) and "İ" (i, then a combining dot),
    and no form word has a "k" or ends with an "i" (tests/eligibility/test_reader_speed.py)."""
    head = text[:3000].encode("utf-8", "surrogatepass").lower()
    return any(w in head for w in _FORM_BYTES)


# What PDF text extraction gives for what a reader sees: typographic apostrophes (word processors turn ' into ’),
# ligatures, PDFium's hyphen (\x02), soft hyphens, non-breaking spaces, and the Wingdings check boxes of older
# Word forms (private-use code points: þ ý x ü ticked, ¨ o empty).
_NORMALISE = dict({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "\x02": "-", "\xad": "", "\xa0": " ",
                            "\u202f": " ", "ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl",
                            "\uf0fe": "☒", "\uf0fd": "☒", "\uf078": "☒", "\uf0fc": "☒", "\uf0a8": "☐",
                            "\uf06f": "☐"})
_SPECIAL = re.compile("[" + "".join(_NORMALISE) + "]")


def _normalised(text: str) -> str:
    # whether there is one to replace: a `in` per character (memchr-like) rather than _SPECIAL.search, which tests its
    # class of characters beyond Latin-1 one character at a time (several times the cost on a page)
    return _SPECIAL.sub(lambda m: _NORMALISE[m.group()], text) if any(c in text for c in _NORMALISE) else text


def page_lines(facts: ApplicationFacts) -> list[tuple[int, str]]:
    pages = [(no, text if text.isascii() else _normalised(text))
             for no, text in enumerate(facts.page_texts, start=1)]
    pages.sort(key=lambda p: 0 if _is_form_page(p[1]) else 1)
    if not any(_may_wrap(text) for _, text in pages):  # no line to join: each non-blank line, stripped
        return [(no, stripped) for no, text in pages for ln in text.split("\n") if (stripped := ln.strip())]
    raw = [(no, ln.rstrip("\r")) for no, text in pages for ln in text.split("\n") if ln.strip()]
    return _join_wrapped(raw)


def _may_wrap(text: str) -> bool:
    """Whether a line of the page may end with a space or a tab (before its "\r"s), which _join_wrapped joins to the
    next (found with `in`, at C speed, rather than by its loop over every line)."""
    return " \n" in text or "\t\n" in text or " \r" in text or "\t\r" in text or text.endswith((" ", "\t"))


def read_document(facts: ApplicationFacts) -> Document:
    """The fields of the application's text. The import reads each message twice (candidate details, then the
    eligibility suggestion): the last few documents are kept, keyed by their text. Readers never change one."""
    return _read_cached(tuple(facts.page_texts), bool(getattr(facts, "ocr", False)))


@functools.lru_cache(maxsize=4)
def _read_cached(page_texts: tuple[str, ...], ocr: bool) -> Document:
    facts = ApplicationFacts(page_texts=list(page_texts), ocr=ocr)
    lines = page_lines(facts)
    labelled = [labels_in(text) for _, text in lines]
    _join_split_labels(lines, labelled)
    fields: dict[str, list[Field]] = {}
    for i, (page, text) in enumerate(lines):
        found = labelled[i]
        if not found:
            continue  # most lines
        for j, (key, start, vstart) in enumerate(found):
            vend = found[j + 1][1] if j + 1 < len(found) else len(text)
            value = text[vstart:vend].strip(" \t;,|")
            fld = Field(key, value, text if len(text) <= LONG_LINE else text[start:vend].strip(), page, index=i)
            if j + 1 == len(found):
                _follow(fld, i, lines, labelled)
            fields.setdefault(key, []).append(fld)
    return Document(lines, fields, labelled, ocr=ocr)


def _join_split_labels(lines: list[tuple[int, str]], labelled: list) -> None:
    """A label wrapped in a narrow cell ("Dauer des" / "Studiums"): the two lines joined as one."""
    for i in range(len(lines) - 1):
        page, text = lines[i]
        if labelled[i] or len(text) > 40 or lines[i + 1][0] != page:
            continue
        starts = STARTS.get(fold(text.lstrip(_BULLET)[:3]))
        if starts is None or _BOX_AT_START.match(text):  # the dict first: most short lines start no label
            continue  # a label wrapped over two lines starts the first one; a box starts none
        nxt = lines[i + 1][1]
        joined = f"{text}{nxt}" if len(nxt) <= 3 and text[-1:].isalpha() else f"{text} {nxt}"  # "…angehörigkei" "t"
        if not starts.match(fold(joined.lstrip(_BULLET)[:60])):
            continue
        found = labels_in(joined)
        if found and found[0][1] == 0 and found[0][2] > len(text):
            lines[i], lines[i + 1] = (page, joined), (page, "")
            labelled[i], labelled[i + 1] = found, []


def _follow(fld: Field, i: int, lines: list[tuple[int, str]], labelled: list) -> None:
    """The value on the next line(s): an empty value takes the next line; a block takes lines to the next label."""
    page = lines[i][0]
    block = fld.key in BLOCK_FIELDS or fld.key == "mother"
    if fld.value and not block:
        if fld.value.endswith(("-", "–")) and i + 1 < len(lines) and not labelled[i + 1]:
            fld.value += lines[i + 1][1]  # "2013-09 – 2016-" / "06"
        return
    for k in range(i + 1, min(i + 1 + BLOCK_MAX_LINES, len(lines))):
        p, text = lines[k]
        if p != page or not text:
            if p != page:
                break
            continue
        nxt = labelled[k]
        if not block or (fld.key == "mother" and not fld.value):
            head = text[: nxt[0][1]].strip(" \t;,") if nxt else text[: _label_inside(text)].strip(" \t;,")
            if head:
                fld.value, fld.line = head, f"{fld.line} {text}"[:LONG_LINE]
            break
        if nxt or _BOX_AT_START.match(text):
            head = text[: nxt[0][1]].strip() if nxt else ""
            if head:
                fld.extra.append((p, head))
            break
        if fld.key == "mother":
            break  # the mother tongue takes one line; more would be the next cell of a table
        fld.extra.append((p, text))


def _label_inside(text: str) -> int:
    """Where a label without a colon starts inside a value line (the next cell of a table row), else the end."""
    for m in _LABEL_RE.finditer(text, 1):
        if fold(m.group(0)) not in _WEAK or m.group(0)[:1].isupper():
            return m.start()
    return len(text)
