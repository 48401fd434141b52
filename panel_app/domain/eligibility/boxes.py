"""Check boxes as people send them: ☒ ☑ ✓ ✔ ■ [X] [x] (X) ticked, ☐ □ [ ] ( ) not; one box per line
("☒ Official of the European Commission"), several on a line ("☒ Completed ☐ Exempted ☐ Not applicable"),
and Yes/No (Oui/Non, Ja/Nein) columns, inline ("Yes ☒ No ☐") or as a table whose header names the
columns and whose rows end with the two boxes (a wrapped row label is joined to its boxes).

The label of a box is the text beside it. Consecutive box lines form a group, whose heading is the text
line just before it. Readers (article29.py, honour.py) decide what a group means; this module only
says what is ticked. ✓ ✔ ■ (and a bare "X" typed before a label) may also be bullets or words: they count
as ticks only in a group that also has an empty box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .facts import fold

# _BOX is its plain alternatives behind a look-ahead at the characters a box can start with (_LEADS): the expression
# engine tries every alternative at every place of a line (its search skips ahead only for an expression that starts
# with a class), where the look-ahead is one test per place (3-4 times faster on a line). _BARE_X has its character
# first and its look-behind after it, for the same reason.
_LEADS = "[☒☑⊠✅✓✔■☐□❑❒○xX\\[(]"
_BOX = re.compile(f"(?={_LEADS})(?:" r"\[\s*[xX✓✔✗]\s*\]|(?<!\w)\(\s*[xX✓✔]\s*\)|[☒☑⊠✅]|(?P<weak>[✓✔■]|(?:^|(?<=\s\s))[xX]"
                  r"(?=\s+\w))|(?P<empty>\[\s*\]|(?<!\w)\(\s*\)|[☐□❑❒○]))")
_BARE_X = re.compile(r"[xX](?<=[\s)][xX])(?=\s+[A-ZÀ-Ýa-z])")
_CHARS = re.compile(r"[☒☑⊠✅✓✔■☐□❑❒○\[(]")
_HEADER_ENDS = {"no", "No", "NO", "on", "ON", "in", "IN"}
# A box anywhere, or a typed "X" starting the line: two expressions, so that the search for the first skips to its
# first characters (an alternative with "^" in it made it try every alternative at every position). The first is
# "[☒☑⊠✅✓✔■☐□❑❒○]|\[\s*[xX✓✔✗]?\s*\]|\(\s*[xX✓✔]?\s*\)" written to start with one class (the search then tests
# one class per place), the look-behinds saying which character it took; only whether it finds one is used.
_QUICK = re.compile(r"[☒☑⊠✅✓✔■☐□❑❒○\[(](?:(?<=\[)\s*[xX✓✔✗]?\s*\]|(?<=\()\s*[xX✓✔]?\s*\)|(?<![\[(]))")
_QUICK_X = re.compile(r"\s*[xX]\s")
_YES = {"yes", "oui", "ja"}
_NO = {"no", "non", "nein"}
_HEADER = re.compile(r"(?:^|\s)(yes|oui|ja)\s+(no|non|nein)\s*$", re.IGNORECASE)


@dataclass
class Box:
    label: str
    ticked: bool | None  # None: a Yes/No row with neither or both ticked
    weak: bool = False  # ✓ ✔ ■ (may be a bullet)


@dataclass
class BoxGroup:
    heading: str
    page: int
    items: list[Box] = field(default_factory=list)
    yes_no: bool = False
    lines: list[str] = field(default_factory=list)
    orphans: int = 0  # boxes with no text beside them: the export put boxes and labels out of order
    orphan_ticks: int = 0  # how many of those are ticked

    @property
    def has_empty(self) -> bool:
        return any(b.ticked is False and not b.weak for b in self.items)

    def ticked(self) -> list[Box]:
        return [b for b in self.items if b.ticked and (not b.weak or self.has_empty)]

    def evidence(self) -> str:
        return " / ".join(self.lines)[:300]


def _tokens(text: str) -> list[tuple[int, int, bool, bool]]:
    """(start, end, ticked, weak) of each box in the line."""
    found = [(m.start(), m.end(), m.lastgroup != "empty", m.lastgroup == "weak") for m in _BOX.finditer(text)]
    if any(not weak for *_x, weak in found):  # among real boxes, a typed "X" before a label is a tick too
        taken = {s for s, *_x in found}
        found += [(m.start(), m.end(), True, True) for m in _BARE_X.finditer(text) if m.start() not in taken]
        found.sort()
    return found


def _starts_group(lead: str) -> bool:
    return lead.endswith((":", "?")) or bool(_HEADING_WORDS.search(fold(lead))) or lead[:1].isupper()


def _yes_no_row(text: str, toks: list) -> Box | None:
    """"Label Yes ☒ No ☐" (the word before its box) or "Label ☒ Yes ☐ No" (the box before its word)."""
    words = _YES | _NO
    first_before = (fold(text[: toks[0][0]]).split()[-1:] or [""])[0]
    word_first = first_before in words  # the style is set by the first box
    answers: dict[str, bool] = {}
    cut = len(text)
    for k, (s, e, ticked, _w) in enumerate(toks):
        if word_first:
            before = text[toks[k - 1][1] if k else 0: s]
            word = (fold(before).split()[-1:] or [""])[0]
            at = s - len(before) + len(before.rstrip()) - len(word)
        else:
            after_end = toks[k + 1][0] if k + 1 < len(toks) else len(text)
            word = (fold(text[e:after_end]).split()[:1] or [""])[0]
            at = s
        if word not in words:
            return None
        answers["yes" if word in _YES else "no"] = ticked
        cut = min(cut, at)
    if set(answers) != {"yes", "no"}:
        return None
    yes, no = answers["yes"], answers["no"]
    return Box(text[:cut].strip(" :–-"), yes if yes != no else None)


_HEADING_WORDS = re.compile(r"article 29|artikel 29|art\. 29|militar|military|wehrdienst|wehrpflicht|declar|erklar|status"
                            r"|statut|service|obligation|pflicht|situation"
                            r"|priorit|situation|obligations|please tick|cochez|ankreuzen|:\s*$")


# what starts a new list of boxes rather than ending the previous line's label
_NEW_HEADING = re.compile(r"art(?:icle|ikel|\.)?\s*29|militar|military|wehrdienst|wehrpflicht|[:?]\s*$")


def read_groups(lines: list[tuple[int, str]]) -> list[BoxGroup]:
    groups: list[BoxGroup] = []
    current: BoxGroup | None = None
    pending: list[str] = []  # text lines since the last box line (heading, or a wrapped row label)
    header_cols = False  # a "… Yes No" header was seen for the coming rows
    header_text = ""
    dangling: tuple[bool, bool] | None = None  # (ticked, weak) of a box that ended the previous line
    open_label = False  # the previous line was a line of boxes whose last label ran to its end
    last_page = None
    for page, text in lines:
        if page != last_page:
            current, pending, header_cols, last_page, dangling = None, [], False, page, None
        if not text:
            continue
        # "[" and "(" are the only ASCII characters of _CHARS: an ASCII line (most) is tested with two `in`
        chars = ("[" in text or "(" in text) if text.isascii() else _CHARS.search(text) is not None
        toks = _tokens(text) if (chars or text[:2] in ("X ", "x ")) and (
            _QUICK.search(text) or _QUICK_X.match(text)) else []
        was_open, open_label = open_label, False
        if not toks:
            if dangling is not None and current is not None:
                current.items.append(Box(text.strip(), dangling[0], dangling[1]))
                current.orphans -= 1
                current.orphan_ticks -= dangling[0] and not dangling[1]
                current.lines.append(text)
                dangling = None
                continue
            if text[-2:] in _HEADER_ENDS and _HEADER.search(fold(text)):
                header_cols, current = True, None
                header_text, pending = _HEADER.sub("", text).strip(), []
                continue
            pending.append(text)
            if len(pending) > 3:
                current, header_cols, pending = None, False, pending[-3:]
            continue
        lead = text[: toks[0][0]].strip()
        if dangling is not None and current is not None:
            # "…: ☐ Commission official ☐" / "Official of another institution ☒ Laureate …": a list of boxes
            # wrapped after a box; the text that starts the next line is that box's label
            if lead:
                current.items.append(Box(lead, dangling[0], dangling[1]))
                current.orphans -= 1
                current.orphan_ticks -= dangling[0] and not dangling[1]
                text, toks, lead = text[toks[0][0]:], _tokens(text[toks[0][0]:]), ""
            dangling = None
        if lead and was_open and current is not None and current.items and not current.yes_no \
                and not _NEW_HEADING.search(fold(lead)) and not _is_row(text, toks, header_cols):
            # "…: ☒ Official in active employment at" / "the European Commission (AD 10) ☐ Established …": a
            # list of boxes wrapped inside a label; the text that starts the next line ends that label
            current.items[-1].label += " " + lead
            text, toks, lead = text[toks[0][0]:], _tokens(text[toks[0][0]:]), ""
        if lead and len(toks) > 1 and not _is_row(text, toks, header_cols):
            if current is not None and current.items and not _starts_group(lead):
                current.items[-1].label += " " + lead  # a wrapped line of boxes: "…a Commission" / "official ☐ …"
                text, toks, lead = text[toks[0][0]:], _tokens(text[toks[0][0]:]), ""
            else:
                current, header_cols, pending = None, False, []  # "Military service: ☒ Completed ☐ Exempted"
        if current is not None and current.yes_no and not _is_row(text, toks, header_cols):
            current, header_cols = None, False  # a list of boxes after a Yes/No table: a new group
        if pending and current is not None and not header_cols and not current.yes_no:
            if len(pending) > 1 or _HEADING_WORDS.search(fold(pending[-1])):
                current = None
            elif current.items:  # a wrapped box label: "☐ Official of another institution, body" / "or agency"
                current.items[-1].label += " " + " ".join(pending)
                current.lines[-1] += " " + " ".join(pending)
                pending = []
        if current is None:
            heading = header_text if header_cols else (pending[-1] if pending else lead)
            current = BoxGroup(heading=heading, page=page)
            groups.append(current)
        orphans, items = current.orphans, len(current.items)
        _add_items(current, text, toks, lead, pending, header_cols)
        if current.orphans > orphans and len(current.items) > items and len(toks) > 1 \
                and toks[-1][1] >= len(text.rstrip()):
            dangling = (toks[-1][2], toks[-1][3])  # the line ends with a box: its label may start the next line
        open_label = len(current.items) > items and toks[-1][1] < len(text.rstrip()) and not current.yes_no
        current.lines.append(text)
        pending = []
    return [g for g in groups if g.items]


def _is_row(text: str, toks: list, header_cols: bool) -> bool:
    return _yes_no_row(text, toks) is not None or (
        header_cols and len(toks) == 2 and toks[-1][1] >= len(text.rstrip()) - 1)


def _add_items(group: BoxGroup, text: str, toks: list, lead: str, pending: list[str], header_cols: bool) -> None:
    row = _yes_no_row(text, toks)
    if row is not None:
        row.label = row.label or " ".join(pending)
        group.items.append(row)
        group.yes_no = True
        return
    if header_cols and len(toks) == 2 and toks[-1][1] >= len(text.rstrip()) - 1:
        yes, no = toks[0][2], toks[1][2]
        group.items.append(Box((lead or " ".join(pending)).strip(), yes if yes != no else None))
        group.yes_no = True
        return
    if lead and not group.items and (len(toks) > 1 or lead.endswith((":", "?"))):
        group.heading = lead  # "Military service: ☒ Completed ☐ Exempted", "Article 29: ☒ Commission official"
    for k, (_s, e, ticked, weak) in enumerate(toks):
        end = toks[k + 1][0] if k + 1 < len(toks) else len(text)
        label = text[e:end].strip(" ;,")
        if not label and len(toks) == 1:
            label = lead or " ".join(pending)  # "Label ☒"
        if label:
            group.items.append(Box(label, ticked, weak))
        else:
            group.orphans += 1
            group.orphan_ticks += ticked and not weak
