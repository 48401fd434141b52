"""Tables that fit the page: the sizes and colours of table cells, measured column widths, clipping,
fast plain-string cells and turned criterion codes (shared by every report through `base`)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import (
    Flowable,
    Table,
)
from reportlab.platypus.tables import CellStyle

from panel_app.reports.fonts import register_fonts

MARGIN = 18 * mm
CHUNK_ROWS = 500  # one 10,000-row Table takes ~9.5 s; 500-row chunks ~3.9 s
CELL_SIZE = 7.5
CELL_PAD = 3
ROW_HEIGHT = CELL_SIZE + 2 * CELL_PAD + 1.5
LEADING = CELL_SIZE + 1.5  # of a plain-string cell holding more than one line
HEAD_BG = colors.HexColor("#1f3b63")
ZEBRA = colors.HexColor("#eef2f7")
DASH = "–"
CODE_SIZE = 6.5  # criterion codes in table heads
PORTRAIT_W = A4[0] - 2 * MARGIN  # frame widths
LANDSCAPE_W = landscape(A4)[0] - 2 * MARGIN


@lru_cache(maxsize=65536)
def text_width(text: str, size: float = CELL_SIZE, bold: bool = False) -> float:
    """Width in points of `text` in DejaVu Sans (cached: marks and codes repeat in every row)."""
    return stringWidth(text, register_fonts()[1 if bold else 0], size)


def cell_width(texts, size: float = CELL_SIZE, bold: bool = False, cap: float | None = None,
               floor: float = 0.0) -> float:
    """The column width (text + cell padding) the widest of `texts` needs, between `floor` and `cap`."""
    w = max((text_width(" ".join(str(t).split()), size, bold) for t in texts), default=0.0) + 2 * CELL_PAD
    return max(floor, w if cap is None else min(w, cap))


def fit_widths(cols: list[tuple[float, ...]], total: float) -> list[float]:
    """Column widths from (minimum, preferred, grow[, floor]) per column, summing to `total` or less.

    Preferred widths that fit: the surplus is shared by the `grow` weights. Too wide: each column
    gives up a share of its (preferred - minimum) slack. Even the minimums too wide: the columns with
    a `floor` below their minimum (text that may be clipped: names, statuses) give up a share of that;
    still too wide: every column shrinks in proportion. So a width is never negative, whatever the
    number of columns."""
    mins = [max(0.0, c[0]) for c in cols]
    prefs = [max(m, c[1]) for m, c in zip(mins, cols, strict=True)]
    grows = [max(0.0, c[2]) for c in cols]
    floors = [min(m, max(0.0, c[3])) if len(c) > 3 else m for m, c in zip(mins, cols, strict=True)]
    total = max(0.0, total)
    if sum(prefs) <= total:
        extra, g = total - sum(prefs), sum(grows)
        return [p + (extra * w / g if g else 0.0) for p, w in zip(prefs, grows, strict=True)]
    for upper, lower in ((prefs, mins), (mins, floors)):
        if sum(lower) <= total:
            slack = sum(upper) - sum(lower)
            cut = (sum(upper) - total) / slack if slack else 0.0
            return [u - (u - lo) * cut for u, lo in zip(upper, lower, strict=True)]
    scale = total / sum(floors) if sum(floors) else 0.0
    return [f * scale for f in floors]


def clip(text: object, width: float, size: float = CELL_SIZE, bold: bool = False) -> str:
    """`text` cut with an ellipsis to fit `width` points (so a table row never wraps)."""
    s = " ".join(str(text).split())
    if len(s) * size <= width or text_width(s, size, bold) <= width:  # no DejaVu glyph is wider than 1 em
        return s
    font = register_fonts()[1 if bold else 0]
    lo, hi = 0, len(s)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(s[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return s[:lo].rstrip() + "…"


def wrap_lines(text: object, width: float, lines: int, size: float = CELL_SIZE) -> list[str]:
    """`text` word-wrapped into at most `lines` lines of `width` points; the last one clipped."""
    words = str(text).split()
    out: list[str] = []
    while words and len(out) < lines - 1:
        n = 1
        while n < len(words) and text_width(" ".join(words[:n + 1]), size) <= width:
            n += 1
        if n == len(words) and text_width(" ".join(words), size) <= width:
            break
        out.append(clip(" ".join(words[:n]), width, size))
        words = words[n:]
    if words:
        out.append(clip(" ".join(words), width, size))
    return out or [""]


def _break_word(word: str, width: float, size: float) -> list[str]:
    """A token wider than the column (an e-mail, a long code) cut into pieces that fit, preferably after
    '@', '.', '-' or '_'; never dropped."""
    out: list[str] = []
    while word and text_width(word, size) > width:
        n = len(word)
        while n > 1 and text_width(word[:n], size) > width:
            n -= 1
        cut = max((word.rfind(ch, 0, n) + 1 for ch in "@.-_/"), default=0)
        n = cut if cut > n // 2 else n
        out.append(word[:n])
        word = word[n:]
    if word:
        out.append(word)
    return out


def wrap_all(text: object, width: float, size: float = CELL_SIZE) -> list[str]:
    """`text` word-wrapped into as many lines of `width` points as it needs: nothing is ever cut off."""
    words: list[str] = []
    for w in str(text).split():
        words += _break_word(w, width, size)
    lines: list[str] = []
    cur = ""
    for w in words:
        trial = f"{cur} {w}" if cur else w
        if cur and text_width(trial, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines or [""]


def cell_styles(chunk: list[list[object]], aligns: list[str],
                emphasis: dict[str, colors.Color] | None = None) -> list[list[CellStyle]]:
    """The Table's cell styles, built directly: one shared CellStyle per column (header row, body
    rows) instead of FONT/ALIGN/PADDING commands that reportlab applies cell by cell, on every split
    again. Cells whose text is a key of `emphasis` get their own style (bold, in that colour)."""
    reg, bold = register_fonts()

    def make(name: str, align: str, valign: str) -> CellStyle:
        s = CellStyle(name)
        s.fontname, s.fontsize, s.leading = reg, CELL_SIZE, LEADING
        s.leftPadding = s.rightPadding = CELL_PAD
        s.topPadding, s.bottomPadding = CELL_PAD - 1, CELL_PAD
        s.alignment, s.valign = align, valign
        return s

    head = [make(f"head{i}", a, "BOTTOM") for i, a in enumerate(aligns)]
    for s in head:  # a head that fits is a plain string: bold, white
        s.fontname, s.color = bold, colors.white
    body = [make(f"col{i}", a, "TOP") for i, a in enumerate(aligns)]
    rows = [head]
    for row in chunk:
        styles = body[:]
        if emphasis:
            for c, v in enumerate(row):
                color = emphasis.get(v) if isinstance(v, str) else None
                if color is not None:
                    styles[c] = body[c].copy()
                    styles[c].color, styles[c].fontname = color, bold
        rows.append(styles)
    return rows


class FastTable(Table):
    """A Table drawing its plain-string cells straight into the page stream: one BT … ET per line,
    its text operators cached per canvas (names and marks repeat), instead of reportlab's text
    object per cell. Flowable cells and any other case go the usual way."""

    def _drawCell(self, cellval, cellstyle, pos, size) -> None:  # (reportlab API)
        font = getFont(cellstyle.fontname)
        if (type(cellval) is not str or not font._dynamicFont or cellstyle.href or cellstyle.destination
                or cellstyle.direction or cellstyle.shaping or cellstyle.valign not in ("TOP", "BOTTOM")):
            return super()._drawCell(cellval, cellstyle, pos, size)
        canv = self.canv
        if self._curcellstyle is not cellstyle:
            cur = self._curcellstyle
            if cur is None or cellstyle.color != cur.color:
                canv.setFillColor(cellstyle.color)
            if (cur is None or cellstyle.leading != cur.leading or cellstyle.fontname != cur.fontname
                    or cellstyle.fontsize != cur.fontsize):
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        name, fsize, just = cellstyle.fontname, cellstyle.fontsize, cellstyle.alignment
        cache = canv.__dict__.setdefault("_cell_ops", {})
        lines = cellval.split("\n")
        if cellstyle.valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fsize
        else:
            y = rowpos + cellstyle.bottomPadding + len(lines) * cellstyle.leading - fsize
        for line in lines:
            hit = cache.get((name, fsize, line))
            if hit is None:
                doc = canv._doc
                ops = " ".join(f"{font.getSubsetInternalName(subset, doc)} {fp_str(fsize)} Tf "
                               f"({canv._escape(chars)}) Tj" for subset, chars in font.splitString(line, doc))
                hit = cache[(name, fsize, line)] = (ops, stringWidth(line, name, fsize))
            ops, width = hit
            if ops:
                if just == "RIGHT":
                    x = colpos + colwidth - cellstyle.rightPadding - width
                elif just in ("CENTER", "CENTRE"):
                    x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - width) / 2
                else:
                    x = colpos + cellstyle.leftPadding
                canv._code.append(f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm {ops} ET")
            y -= cellstyle.leading
        return None


class CodeHead(Flowable):
    """A criterion code as a table head: small bold white text, horizontal when it fits the column,
    else turned 90° (read bottom to top), so a column is only as wide as its marks."""

    def __init__(self, code: str, align: str = "RIGHT", turned: bool | None = None) -> None:
        super().__init__()
        self.code, self.align, self.force = code, align, turned
        self.text_w = text_width(code, CODE_SIZE, True)
        self.turned = bool(turned)

    @staticmethod
    def min_width() -> float:
        """The narrowest column a turned code still fits (one line of CODE_SIZE + padding)."""
        return CODE_SIZE * 1.25 + 2 * CELL_PAD

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        self.turned = self.text_w > avail_w + 0.01 if self.force is None else self.force
        self.height = self.text_w + 2.5 if self.turned else CODE_SIZE * 1.2
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFont(register_fonts()[1], CODE_SIZE)
        c.setFillColor(colors.white)
        if self.turned:
            c.saveState()
            c.translate(self.width / 2 + CODE_SIZE * 0.36, 0.5)
            c.rotate(90)
            c.drawString(0, 0, self.code)
            c.restoreState()
        elif self.align == "RIGHT":
            c.drawRightString(self.width, CODE_SIZE * 0.25, self.code)
        elif self.align == "CENTER":
            c.drawCentredString(self.width / 2, CODE_SIZE * 0.25, self.code)
        else:
            c.drawString(0, CODE_SIZE * 0.25, self.code)


def code_heads(codes: list[str], width: float, align: str = "RIGHT") -> list[CodeHead]:
    """Heads for columns of `width` points: all horizontal when every code fits, else all turned."""
    turned = any(text_width(c, CODE_SIZE, True) > width - 2 * CELL_PAD + 0.01 for c in codes)
    return [CodeHead(c, align, turned) for c in codes]
