"""Check boxes drawn as vector paths: a browser prints `<input type=checkbox>` with no text glyph.

Chromium (and other printers of HTML forms) draw a check box as a small square outline, and a ticked one as
a filled square with a check mark stroked over it; a radio button as a circle with a dot inside. None of it
is text, so the reading rules would see only the labels. This module finds such boxes among the page's path
objects and writes each into the page's text where it is seen, as "☒" (ticked) or "☐" (not ticked): before
the first character to its right on its line ("☒ Official of the European Commission"), or, when nothing
follows it on the line (the Yes/No cells of a table row), after the last character to its left
("Official ☐ ☒"). The reading rules (domain/eligibility/boxes.py) then treat them as they treat typed boxes.

The geometry, in points, is general rather than one browser's template:
- a box is a closed path about square (sides 5–24 pt, ratio under 4:3); concentric squares of about the same
  size (a fill, an outline, a focus ring) are one box;
- it is ticked when a mark lies inside it: an open stroked path of two or more segments (a check mark, a
  stroke of a cross) or a smaller filled shape (a radio button's dot, a filled inner square), at least a
  third of the box's side and centred within it;
- it is unticked when it is hollow (an outline, or a light fill) and holds no mark. A dark filled square with
  nothing inside is a bullet, not a box. A box with no text on its line is left out (not guessed at).
PDFium's C functions are called directly (pypdfium2.raw); form XObjects are looked into with their matrix.
"""

from __future__ import annotations

import bisect
import ctypes
import re
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

from panel_app.domain.eligibility.facts import fold

from .acroform import TICKED, UNTICKED  # the same marks as a form field's boxes

MAX_OBJECTS = 4000  # paths looked at per page: a chart or a hostile page may hold millions
MIN_SIDE, MAX_SIDE = 5.0, 24.0
_SQUARE = 4 / 3
_SPACES = {0x20, 0x0D, 0x0A, 0x09, 0xA0}
_PATH_OR_FORM = (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM)


# The words of a page that can hold check boxes worth reading: what the box readers look for (Article 29, military
# service, the declaration of honour, Yes/No columns, "tick"), and a form's own words. Only such a page is looked
# at for drawn boxes: a CV page (most pages of an application) skips the geometry. Looked for in the folded text as
# plain substrings (`in` skips through a page several times faster than one expression of 40 alternatives), then
# the few that need an expression, each beginning with a letter so that the search skips to it: "(?<!\wy)" after
# the "y" of "yes" is the word boundary before it.
_FORM_SUBSTRINGS = (
    "militar", "wehrdienst", "wehrpflicht", "declar", "erklar", "versicher", "honor", "honour", "ehrenw", "priorit",
    "official", "fonctionnaire", "beamt", "agent", "laureat", "citizen", "citoyen", "burger", "status", "statut",
    "tick", "coch", "ankreuz", "kreuzen", "formular", "formulair", "application", "candidature", "bewerbung",
    "signature", "unterschrift", "surname", "nachname")
# "art… 29" and "nom" (each looked for only in a page that holds "29" or "nom"), then yes/oui/ja/no/non/nein/form
# as words: three expressions, so that the last one's search skips to fewer letters than one expression of all
# (tests/intake/test_drawn_boxes.py checks the pages are the same as with one expression of all the words).
_ARTICLE_29 = re.compile(r"art(?:icle|ikel|\.)\s*29")
_NOM = re.compile(r"nom\b")
_FORM_PATTERN = re.compile(r"(?:y(?<!\wy)es|o(?<!\wo)ui|j(?<!\wj)a|n(?<!\wn)(?:o|on|ein)|f(?<!\wf)orm)\b")


def _fold_lines(text: str) -> str:
    """fold(text), folded line by line: the same string, since fold leaves each ASCII character (a line break too)
    where it is and folds the runs of other characters one at a time. A page's lines are mostly ASCII, folded by
    lower() alone, where folding the page at once splits all of it at its non-ASCII runs (~30 % less time)."""
    return "\n".join(map(fold, text.split("\n")))


def reads_as_form(text: str) -> bool:
    """The page's text has check-box or form wording (see _FORM_SUBSTRINGS): worth looking for drawn boxes."""
    folded = _fold_lines(text)
    return (any(map(folded.__contains__, _FORM_SUBSTRINGS))
            or ("29" in folded and _ARTICLE_29.search(folded) is not None)
            or ("nom" in folded and _NOM.search(folded) is not None) or _FORM_PATTERN.search(folded) is not None)


@dataclass
class Shape:
    left: float
    bottom: float
    right: float
    top: float
    closed: bool
    stroked: bool
    filled: bool
    light: bool  # filled with a light colour (white, a pale grey)
    segments: int
    side: float = 0.0  # the longer side
    x: float = 0.0  # the centre
    y: float = 0.0

    def __post_init__(self) -> None:
        w, h = self.right - self.left, self.top - self.bottom
        self.side, self.x, self.y = max(w, h), (self.left + self.right) / 2, (self.bottom + self.top) / 2
        self.square = self.closed and MIN_SIDE <= min(w, h) and max(w, h) <= MAX_SIDE and max(w, h) <= _SQUARE * min(w, h)


@dataclass
class DrawnBox:
    left: float
    bottom: float
    right: float
    top: float
    ticked: bool


def _shape(obj, matrix: tuple[float, ...] | None, bounds: tuple) -> Shape | None:
    """The path's geometry, or None when it can be neither a box nor a mark: too big, or a thin line (a table
    border, an underline, a dash: an indeterminate box is not ticked)."""
    lo_x, lo_y, hi_x, hi_y = bounds
    if not pdfium_c.FPDFPageObj_GetBounds(obj, lo_x, lo_y, hi_x, hi_y):
        return None
    left, bottom, right, top = lo_x.value, lo_y.value, hi_x.value, hi_y.value
    if matrix is not None:
        xs, ys = [], []
        a, bb, c, d, e, f = matrix
        for x, y in ((left, bottom), (left, top), (right, bottom), (right, top)):
            xs.append(a * x + c * y + e)
            ys.append(bb * x + d * y + f)
        left, right, bottom, top = min(xs), max(xs), min(ys), max(ys)
    w, h = right - left, top - bottom
    if max(w, h) > MAX_SIDE or min(w, h) < 0.3 * max(w, h):
        return None
    n = pdfium_c.FPDFPath_CountSegments(obj)
    if n < 2:
        return None
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke)
    closed = bool(fill.value) or _closed(obj, n)
    light = False
    if fill.value:
        rgba = [ctypes.c_uint() for _ in range(4)]
        if pdfium_c.FPDFPageObj_GetFillColor(obj, *rgba):
            light = min(v.value for v in rgba[:3]) >= 200 or rgba[3].value < 40
    return Shape(left, bottom, right, top, closed, bool(stroke.value), bool(fill.value), light, n)


def _closed(obj, n: int) -> bool:
    """The path ends where it starts (or says it closes)."""
    first, last = pdfium_c.FPDFPath_GetPathSegment(obj, 0), pdfium_c.FPDFPath_GetPathSegment(obj, n - 1)
    if not first or not last:
        return False
    if pdfium_c.FPDFPathSegment_GetClose(last):
        return True
    (x0, y0), (x1, y1) = _point(first), _point(last)
    return abs(x0 - x1) < 0.5 and abs(y0 - y1) < 0.5


def _point(segment) -> tuple[float, float]:
    x, y = ctypes.c_float(), ctypes.c_float()
    pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
    return x.value, y.value


def _matrix(obj, outer: tuple[float, ...] | None) -> tuple[float, ...] | None:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return outer
    inner = (m.a, m.b, m.c, m.d, m.e, m.f)
    if outer is None:
        return inner
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _shapes(page) -> list[Shape]:
    """The small paths of the page (form XObjects included, two levels deep)."""
    out: list[Shape] = []
    seen = [0]

    get_type, path, form = pdfium_c.FPDFPageObj_GetType, pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    bounds = tuple(ctypes.c_float() for _ in range(4))

    def walk(objects, matrix, depth: int) -> None:
        for obj in objects:
            if seen[0] >= MAX_OBJECTS:
                return
            kind = get_type(obj)
            if kind == path:
                seen[0] += 1
                if (s := _shape(obj, matrix, bounds)) is not None:
                    out.append(s)
            elif kind == form and depth < 2:
                inner = pdfium_c.FPDFFormObj_GetObject
                walk([inner(obj, k) for k in range(min(pdfium_c.FPDFFormObj_CountObjects(obj), MAX_OBJECTS))],
                     _matrix(obj, matrix), depth + 1)

    get = pdfium_c.FPDFPage_GetObject
    walk([get(page, k) for k in range(min(pdfium_c.FPDFPage_CountObjects(page), MAX_OBJECTS))], None, 0)
    return out


def _same_box(a: Shape, b: Shape) -> bool:
    tol = 0.25 * min(a.side, b.side)
    return abs(a.x - b.x) <= tol and abs(a.y - b.y) <= tol and min(a.side, b.side) >= 0.75 * max(a.side, b.side)


def _is_mark(m: Shape, box: Shape) -> bool:
    """A check mark, a stroke of a cross, or a dot inside the box."""
    if m.side < box.side / 3 or m.side > 1.25 * box.side:
        return False
    inset = box.side * 0.2
    if not (box.left + inset <= m.x <= box.right - inset and box.bottom + inset <= m.y <= box.top - inset):
        return False
    if not m.closed:
        return m.stroked and m.segments >= 2
    return m.filled and not m.light and m.side <= 0.8 * box.side


def find_boxes(page) -> list[DrawnBox]:
    """The drawn check boxes (and radio buttons) of a page, ticked or not (see the module's docstring)."""
    shapes = _shapes(page)
    squares = [s for s in shapes if s.square]
    if not squares:
        return []
    shapes.sort(key=lambda s: s.x)
    xs = [s.x for s in shapes]
    groups: list[list[Shape]] = []
    for s in sorted(squares, key=lambda s: -s.side):
        for g in groups:
            if _same_box(g[0], s):
                g.append(s)
                break
        else:
            groups.append([s])
    out: list[DrawnBox] = []
    for g in groups:
        outer, own = g[0], {id(s) for s in g}
        near = shapes[bisect.bisect_left(xs, outer.left):bisect.bisect_right(xs, outer.right)]
        marked = any(_is_mark(m, outer) for m in near if id(m) not in own)
        hollow = any(s.stroked and not s.filled or s.light for s in g)
        if marked or hollow:
            out.append(DrawnBox(min(s.left for s in g), min(s.bottom for s in g), max(s.right for s in g),
                                max(s.top for s in g), marked))
    # a box inside a bigger box is the bigger box's mark (a radio's dot, a filled inner square), not a box
    return [b for b in out if not any(o is not b and o.left < b.left and o.right > b.right and o.bottom < b.bottom
                                      and o.top > b.top for o in out)]


def _chars(textpage) -> tuple[list[tuple[int, float, float, float, float]], list[int]]:
    """(position in the text, left, bottom, right, top) of each printed character (spaces and line breaks left
    out), and the position in the text of every character index (a character beyond the BMP takes two)."""
    out, positions, at = [], [], 0
    rect = pdfium_c.FS_RECTF()
    # two PDFium calls a character (a form page has hundreds): the functions are looked up once, and the box's
    # four fields read once each
    unicode_of, box_of = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetLooseCharBox
    for i in range(pdfium_c.FPDFText_CountChars(textpage)):
        code = unicode_of(textpage, i)
        positions.append(at)
        if code not in _SPACES and box_of(textpage, i, rect):
            bottom, top = rect.bottom, rect.top
            out.append((at, rect.left, min(bottom, top), rect.right, max(bottom, top)))
        at += 2 if code > 0xFFFF else 1
    positions.append(at)
    return out, positions


def _text(textpage, n: int) -> str:
    buf = (ctypes.c_ushort * (2 * n + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, n, buf)
    return bytes(buf)[: 2 * max(written - 1, 0)].decode("utf-16-le", errors="ignore")


def _holds_paths(page, count: int) -> bool:
    """A path, or a form XObject (which may hold paths), among the page objects that _shapes looks at."""
    get, get_type = pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType
    return any(get_type(get(page, k)) in _PATH_OR_FORM for k in range(min(count, MAX_OBJECTS)))


def mark_page(page, text: str, textpage=None) -> str:
    """The page's text with its drawn boxes written in as ☒ / ☐ (unchanged when it has none, or when its text
    does not read as a form). `textpage`: the page's FPDF_TEXTPAGE when the caller has it open (else loaded here)."""
    # Either test leaves the text as it is, so the cheaper goes first: a page object's type costs about as much
    # as 25 characters' search for form words. A page of a few objects and no path (most pages of a CV: text
    # objects only) then costs a look at each object's type, and one of many objects the search for its words.
    count = pdfium_c.FPDFPage_CountObjects(page)
    if count <= len(text) // 25 and not _holds_paths(page, count):
        return text
    if not reads_as_form(text):
        return text
    boxes = find_boxes(page)
    if not boxes:
        return text
    own = not textpage
    if own:
        textpage = pdfium_c.FPDFText_LoadPage(page)
        if not textpage:
            return text
    try:
        chars, positions = _chars(textpage)
        full = _text(textpage, len(positions) - 1)
    finally:
        if own:
            pdfium_c.FPDFText_ClosePage(textpage)
    if full != text:  # the page's text as the import read it is the reference: never rewrite another one
        return text
    inserts: list[tuple[int, float, str]] = []
    for box in boxes:
        cx, cy = (box.left + box.right) / 2, (box.bottom + box.top) / 2
        line = [c for c in chars if c[2] <= cy <= c[4]]
        mark = TICKED if box.ticked else UNTICKED
        right = [c for c in line if c[1] >= cx]
        if right:
            inserts.append((min(right, key=lambda c: c[1])[0], cx, f"{mark} "))
            continue
        left = [c for c in line if c[3] <= cx]
        if left:
            last = max(left, key=lambda c: c[3])[0]
            inserts.append((positions[positions.index(last) + 1], cx, f" {mark}"))
    if not inserts:
        return text
    parts, at = [], 0
    for index, _x, mark in sorted(inserts):
        parts += [text[at:index], mark]
        at = index
    parts.append(text[at:])
    return "".join(parts)
