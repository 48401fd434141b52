"""Language levels read from the application form, free text and Europass.

What counts: the CEFR level (A1 … C2) per language. A mother tongue ("mother tongue", "native",
"langue maternelle", "Muttersprache", …) counts as C2.

Choice for levels given per skill (tables such as "English C1 C1 B2 C1 C1", or Europass with its five
dimensions Listening / Reading / Spoken interaction / Spoken production / Writing): the level taken is
the LOWEST of the skills. The notice asks for "thorough" (C1) and "satisfactory" (B2) knowledge of a
language, which a candidate has only if every skill reaches it; the lowest skill is also the cautious
reading for a suggestion the panel confirms.

When a language is given twice, the higher level is kept. A level written in a way that is not a CEFR
level ("fluent", "good", "business level") is kept as unknown, with the raw text, so the check asks for
a human. Only the 24 official EU languages count; others (Norwegian, Russian, Turkish, Ukrainian,
Serbian, Icelandic, …) are read, reported in a warning, and never counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..reference import cefr_rank, language_code
from ..texts import joined
from ..words import language_word
from .facts import by_first_letter, fold, rx
from .fields import Document

# Names of the 24 official languages in English, French and German (folded), by ISO 639-1 code.
OFFICIAL_NAMES: dict[str, tuple[str, ...]] = {
    "bg": ("bulgarian", "bulgare", "bulgarisch"), "cs": ("czech", "tcheque", "tschechisch"),
    "da": ("danish", "danois", "danisch"), "de": ("german", "allemand", "deutsch"),
    "el": ("greek", "grec", "griechisch"), "en": ("english", "anglais", "englisch"),
    "es": ("spanish", "castilian", "espagnol", "castillan", "spanisch"), "et": ("estonian", "estonien", "estnisch"),
    "fi": ("finnish", "finnois", "finnisch"), "fr": ("french", "francais", "franzosisch"),
    "ga": ("irish", "gaelic", "irish gaelic", "irlandais", "gaelique", "irisch"),
    "hr": ("croatian", "croate", "kroatisch"), "hu": ("hungarian", "hongrois", "ungarisch"),
    "it": ("italian", "italien", "italienisch"), "lt": ("lithuanian", "lituanien", "litauisch"),
    "lv": ("latvian", "letton", "lettisch"), "mt": ("maltese", "maltais", "maltesisch"),
    "nl": ("dutch", "flemish", "neerlandais", "flamand", "niederlandisch", "flamisch"),
    "pl": ("polish", "polonais", "polnisch"), "pt": ("portuguese", "portugais", "portugiesisch"),
    "ro": ("romanian", "roumain", "rumanisch"), "sk": ("slovak", "slovaque", "slowakisch"),
    "sl": ("slovenian", "slovene", "slowenisch"), "sv": ("swedish", "suedois", "schwedisch"),
}
# Languages that are not official EU languages, by ISO 639-1 code, and their usual names.
OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "no": ("norwegian", "norvegien", "norwegisch"), "ru": ("russian", "russe", "russisch"),
    "tr": ("turkish", "turc", "turkisch"), "uk": ("ukrainian", "ukrainien", "ukrainisch"),
    "sr": ("serbian", "serbe", "serbisch"), "is": ("icelandic", "islandais", "islandisch"),
    "ar": ("arabic", "arabe", "arabisch"), "zh": ("chinese", "mandarin", "chinois", "chinesisch"),
    "ja": ("japanese", "japonais", "japanisch"), "ca": ("catalan", "katalanisch"),
    "lb": ("luxembourgish", "luxembourgeois", "luxemburgisch"), "sq": ("albanian", "albanais", "albanisch"),
    "mk": ("macedonian", "macedonien", "mazedonisch"), "bs": ("bosnian", "bosniaque", "bosnisch"),
    "hi": ("hindi",), "he": ("hebrew", "hebreu", "hebraisch"), "ko": ("korean", "coreen", "koreanisch"),
    "be": ("belarusian", "bielorusse", "belarussisch"), "fa": ("persian", "farsi", "persan", "persisch"),
    "eu": ("basque", "baskisch", "euskara"),
}
# Europass ISO 639-2/T codes that differ from the /B codes of the reference data; and non-EU 639-2.
_ISO639_2_EXTRA = {"deu": "de", "fra": "fr", "ell": "el", "ces": "cs", "nld": "nl", "ron": "ro", "slk": "sk",
                   "nor": "no", "nob": "no", "nno": "no", "rus": "ru", "tur": "tr", "ukr": "uk", "srp": "sr",
                   "isl": "is", "ice": "is", "eus": "eu", "baq": "eu", "ara": "ar", "zho": "zh", "chi": "zh", "jpn": "ja", "cat": "ca",
                   "ltz": "lb", "sqi": "sq", "alb": "sq", "mkd": "mk", "mac": "mk", "bos": "bs"}

NATIVE_WORDS = (r"mother[- ]tongues?(?:\s*\(s\))?", r"native(?: speaker| language| tongue)?", r"first language",
                r"mother language", r"home language", r"langues? maternelles?", r"maternelle", r"langue natale",
                r"langue premiere", r"langue d'origine", r"muttersprache", r"muttersprachlich",
                r"muttersprachler(?:in)?", r"erstsprache", r"herkunftssprache")
_NATIVE = "(?:" + "|".join(NATIVE_WORDS) + ")"
_LEVEL = r"\b[abc][12]\b"
_SEP = r"[\s:\-–—(),/=]*"

_NAME_TO_CODE = {n: c for c, names in {**OFFICIAL_NAMES, **OTHER_NAMES}.items() for n in names}
_NAME_RE = re.compile(r"(?<![\w-])(" + by_first_letter(sorted(_NAME_TO_CODE, key=len, reverse=True))
                      + r")e?(?![\w-])")
_LEVELS_HEAD_RE = re.compile(_SEP + r"((?:" + _LEVEL + r"\+?" + _SEP + r")+)")
_NATIVE_HEAD_RE = re.compile(_SEP + _NATIVE + r"\b")
_NATIVE_TAIL_RE = re.compile(r"\b" + _NATIVE + r"(?: of| in| is| are)?" + _SEP + r"$")
_LEVEL_TAIL_RE = re.compile(r"(" + _LEVEL + r")\+?(?: level)?(?: in| en)?\s*$")
_JOIN_RE = re.compile(r"^\s*(?:,|and|et|und|&|/|;)\s*$")


@dataclass
class LevelReading:
    lang: str  # ISO 639-1 code
    level: str | None  # "C1"; None when the text gives no CEFR level
    official: bool
    evidence: str  # the line it was read from
    page: int | None
    raw: str = ""  # the text given as level when not understood
    native: bool = False  # read as a mother tongue


def lowest(levels: list[str]) -> str | None:
    ranked = [lv.upper() for lv in levels if cefr_rank(lv) >= 0]
    return min(ranked, key=cefr_rank) if ranked else None


def _window_levels(text: str) -> list[str]:
    return rx(_LEVEL).findall(text)


def read_text(text: str, page: int | None, evidence: str | None = None, strict: bool = True) -> list[LevelReading]:
    """Levels of every language named in `text` (one line or a joined block of lines).

    strict=False (free text outside the form's language section) ignores a language named without a level.
    """
    folded = fold(text)
    same = len(folded) == len(text)
    lines = text.split("\n")
    hits = list(_NAME_RE.finditer(folded))
    out: list[LevelReading] = []
    used_until = 0
    native_prev = False
    for i, m in enumerate(hits):
        code = _NAME_TO_CODE[m.group(1)]
        nxt = hits[i + 1].start() if i + 1 < len(hits) else len(folded)
        after = folded[m.end():nxt]
        rest_of_line = after.split("\n")[0]
        before = folded[used_until:m.start()]
        level: str | None = None
        native = False
        if head := _LEVELS_HEAD_RE.match(after):
            level, used_until = lowest(_window_levels(head.group(1))), m.end() + head.end()
        elif head := _NATIVE_HEAD_RE.match(after):
            native, used_until = True, m.end() + head.end()
        elif _NATIVE_TAIL_RE.search(before) or (native_prev and _JOIN_RE.match(before)):
            native, used_until = True, m.end()
        elif tail := _LEVEL_TAIL_RE.search(before):
            level, used_until = tail.group(1), m.end()
        elif _window_levels(rest_of_line):
            level, used_until = lowest(_window_levels(rest_of_line)), nxt
        elif rx(r"\b" + _NATIVE + r"\b").search(rest_of_line):
            native, used_until = True, nxt
        else:
            used_until = m.end()
        native_prev = native
        if native:
            level = "C2"
        if level is None and not (strict and _looks_like_entry(folded, m.start(), after)):
            continue
        line = lines[folded.count("\n", 0, m.start())].strip()
        raw = ""
        if level is None:
            raw = text[m.start():m.end() + len(rest_of_line)].strip(" ,;") if same else line
        out.append(LevelReading(code, level.upper() if level else None, code in OFFICIAL_NAMES,
                                evidence if evidence is not None else line, page, raw=raw, native=native))
    return out


def _looks_like_entry(folded: str, start: int, after: str) -> bool:
    """A language named as a list entry ("English: fluent", "- English"), not in passing ("Polish history")."""
    line_start = folded.rfind("\n", 0, start) + 1
    return not folded[line_start:start].strip(" \t-•*·") or bool(rx(r"\s*[:\-–—(=]").match(after))


def read_europass(europass: dict) -> list[LevelReading]:
    out: list[LevelReading] = []
    for code in europass.get("mother_tongues") or []:
        c = europass_code(code)
        if c:
            out.append(LevelReading(c, "C2", c in OFFICIAL_NAMES, f"Europass: mother tongue {code}", None, native=True))
    for item in europass.get("languages") or []:
        c = europass_code(str(item.get("lang", "")))
        if not c:
            continue
        dims = {k: str(v) for k, v in (item.get("levels") or {}).items()}
        level = lowest(list(dims.values()))
        shown = ", ".join(f"{k} {v}" for k, v in dims.items())
        bad = [v for v in dims.values() if cefr_rank(v) < 0]
        out.append(LevelReading(c, None if bad else level, c in OFFICIAL_NAMES,
                                f"Europass: {item.get('lang')} ({shown})", None, raw=shown if bad or not dims else ""))
    return out


def europass_code(code: str) -> str | None:
    c = code.strip().lower()
    return language_code(c) or _ISO639_2_EXTRA.get(c) or (c if c in OTHER_NAMES else None)


def merge(readings: list[LevelReading]) -> dict[str, LevelReading]:
    """One reading per language: the highest known level wins over lower or unknown ones."""
    best: dict[str, LevelReading] = {}
    for r in readings:
        cur = best.get(r.lang)
        if cur is None or cefr_rank(r.level or "") > cefr_rank(cur.level or "") or (
                r.native and not cur.native and cefr_rank(r.level or "") == cefr_rank(cur.level or "")):
            best[r.lang] = r
    return best


def merge_cautious(readings: list[LevelReading]) -> dict[str, LevelReading]:
    """One reading per language, the LOWER level where two pages (the form and the CV) disagree; within a
    page the higher level is kept, as in `merge`."""
    by_page: dict[int | None, list[LevelReading]] = {}
    for r in readings:
        by_page.setdefault(r.page, []).append(r)
    low: dict[str, LevelReading] = {}
    for page_readings in by_page.values():
        for lang, r in merge(page_readings).items():
            cur = low.get(lang)
            if cur is None or (r.level and cefr_rank(r.level) < cefr_rank(cur.level or "C2")):
                low[lang] = r
    return low


def has_mother_tongue(best: dict[str, LevelReading]) -> bool:
    """Whether a mother tongue was read: every form and CV states one, so without it the reading is short."""
    return any(r.native for r in best.values())


def language_name(code: str) -> str:
    """The language's name (a Text: English for the CLI, translated by the interface and the reports)."""
    return language_word(code)


def languages_words(items: list[tuple[str, str | None]]) -> str:
    """"English C2, Polish B2": (code, level) pairs as a person reads them, each name in the reader's language."""
    return joined([joined([language_word(code), level], " ") if level else language_word(code)
                   for code, level in items], ", ")


_MOTHER_END = re.compile(r"\b[abcABC][12]\b|[–:;(]| - ")  # a level or a dash: the next cell, not the mother tongue
# _LEVEL or a mother-tongue word, as words: "\b[abc][12]\b|\b(?:<native words>)\b" (tests/eligibility/
# test_level_lines.py checks they find the same lines). A level is looked for from its digit, rarer in a line than
# the letters a, b, c: "[12](?<=[abc][12])(?<!\w[abc][12])" is "\b[abc][12]" read from the digit back. A native
# word is looked for only in a line that holds one of NATIVE_PARTS (each native word has one), each alternative
# starting with its letter and the word boundary before it checked just after ("m(?<!\wm)"), so that the search
# skips to those letters instead of trying every alternative at every position.
_LEVEL_FROM_DIGIT = re.compile(r"[12](?<=[abc][12])(?<!\w[abc][12])\b")
NATIVE_PARTS = ("mother", "native", "langu", "maternelle", "sprach")
_NATIVE_WORD_RE = re.compile("(?:" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}" for w in NATIVE_WORDS) + r")\b")


def has_level(folded: str) -> bool:
    """Whether a folded line gives a level or a mother tongue (a free-text line worth reading)."""
    # a level has a digit 1 or 2, found with `in` (a memchr) before the expression is set to work on the line
    return ("1" in folded or "2" in folded) and _LEVEL_FROM_DIGIT.search(folded) is not None or (
        ("mother" in folded or "native" in folded or "langu" in folded or "maternelle" in folded
         or "sprach" in folded) and _NATIVE_WORD_RE.search(folded) is not None)  # NATIVE_PARTS, spelled out


def read_document(doc: Document) -> list[LevelReading]:
    """Levels from the language sections (form, CV), then from free-text lines that give a level."""
    out: list[LevelReading] = []
    block_lines: set[str] = set()
    for fld in doc.all("mother"):  # "Mother tongue: Polish", "Langue maternelle" / "polonais"
        text = _MOTHER_END.split(" ".join([fld.value] + [t for _, t in fld.extra]), 1)[0]
        for m in _NAME_RE.finditer(fold(text)):
            code = _NAME_TO_CODE[m.group(1)]
            out.append(LevelReading(code, "C2", code in OFFICIAL_NAMES, fld.line, fld.page, native=True))
    for section in doc.all("languages"):  # the form's section first; a CV may have one too
        block_lines.update(t for _, t in section.extra)
        out.extend(read_text("\n".join([section.value] + [t for _, t in section.extra]), section.page))
    labelled = doc.labelled
    for i, (page, line) in enumerate(doc.lines):
        text = line if i < len(labelled) and not labelled[i] else doc.free_text(i)  # an unlabelled line is all free
        if line in block_lines or not has_level(fold(text)):
            continue
        out.extend(read_text(text, page, strict=False))
    return out
