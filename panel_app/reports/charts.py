"""Charts for the panel report, drawn with reportlab graphics (no matplotlib)."""

from __future__ import annotations

import math
from statistics import mean

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from panel_app.reports.fonts import register_fonts
from panel_app.reports.i18n import translate
from panel_app.reports.numbers import number

BAR = colors.HexColor("#3a6ea5")
HIGHLIGHT = colors.HexColor("#e08a1e")
PASS = colors.HexColor("#c0392b")
EU_ORDER = ("BE BG CZ DK DE EE IE EL ES FR HR IT CY LV LT LU HU MT NL AT PL PT RO SI SK FI SE").split()


def _chart(width: float, height: float, values: list[float], labels: list[str]) -> VerticalBarChart:
    reg, _ = register_fonts()
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 36, 30, width - 50, height - 52
    bc.data = [values or [0]]
    bc.categoryAxis.categoryNames = labels or [""]
    bc.categoryAxis.labels.fontName = reg
    bc.categoryAxis.labels.fontSize = 6.5
    bc.valueAxis.labels.fontName = reg
    bc.valueAxis.labels.fontSize = 7
    bc.valueAxis.valueMin = 0
    bc.valueAxis.labelTextFormat = number  # the axis in the report's language
    bc.barLabels.fontName = reg
    bc.bars[0].fillColor = BAR
    bc.bars[0].strokeColor = None
    bc.barSpacing = 1
    bc.groupSpacing = 3
    return bc


def _title(d: Drawing, text: str) -> None:
    d.add(String(0, d.height - 10, text, fontName=register_fonts()[1], fontSize=9))


def totals_distribution(totals: list[float], pass_mark: float | None, max_total: float | None = None,
                        width: float = 480, height: float = 170) -> Drawing:
    """Histogram of the totals with the pass-mark line."""
    top = max_total or max([*totals, pass_mark or 0, 1])
    step = _nice_step(top / 20)
    nbins = max(1, math.ceil(top / step))
    counts = [0] * nbins
    for t in totals:
        counts[min(int(t // step), nbins - 1)] += 1
    labels = [number(i * step) if i % 2 == 0 else "" for i in range(nbins)]
    d = Drawing(width, height, initialFontName=register_fonts()[0], initialFontSize=7)
    bc = _chart(width, height, counts, labels)
    bc.categoryAxis.labels.dx = -(bc.width / nbins) / 2  # label at the bin's lower edge
    bc.valueAxis.valueStep = max(1, _nice_step(max(counts) / 5))
    d.add(bc)
    _title(d, translate("Reports", "Distribution of totals ({n} candidates)").format(n=number(len(totals))))
    if pass_mark is not None:
        x = bc.x + bc.width * min(pass_mark / (nbins * step), 1)
        d.add(Line(x, bc.y, x, bc.y + bc.height, strokeColor=PASS, strokeWidth=1.2, strokeDashArray=[3, 2]))
        d.add(String(x + 3, bc.y + bc.height + 1, translate("Reports", "pass mark {mark}").format(mark=number(pass_mark)),
                     fontName=register_fonts()[0],
                     fontSize=7, fillColor=PASS))
    return d


def criterion_means(marks: dict[str, list[float]], scale_max: float = 4, width: float = 480,
                    height: float = 160) -> Drawing:
    """Bar chart of the mean final mark per criterion (0 … scale_max)."""
    codes = list(marks)
    values = [round(mean(v), 2) if v else 0 for v in marks.values()]
    reg = register_fonts()[0]
    slot = (width - 50) / max(len(codes), 1)
    longest = max((stringWidth(c, reg, 6.5) for c in codes), default=0)
    turned = longest > slot - 2  # long codes (S10-TRANSITION): labels upright (90°), the chart taller
    drop = longest + 6 if turned else 0
    d = Drawing(width, height + drop, initialFontName=reg, initialFontSize=7)
    bc = _chart(width, height, values, codes)
    if turned:
        bc.y += drop
        bc.categoryAxis.labels.angle = 90
        bc.categoryAxis.labels.boxAnchor = "e"
        bc.categoryAxis.labels.dx = 0
        bc.categoryAxis.labels.dy = -4
    bc.valueAxis.valueMax = scale_max
    bc.valueAxis.valueStep = 1
    bc.barLabelFormat = lambda v: number(v, 2)
    bc.barLabels.fontSize = 6.5
    bc.barLabels.nudge = 6
    d.add(bc)
    _title(d, translate("Reports", "Mean final mark per criterion"))
    return d


def nationality_order(counts: dict[str, int]) -> list[str]:
    """The nationalities' codes as the chart's axis shows them: the Member States in protocol order, then others."""
    return [c for c in EU_ORDER if c in counts] + sorted(c for c in counts if c not in EU_ORDER)


def nationality_chart(counts: dict[str, int], underrepresented: list[str], width: float = 480,
                      height: float = 170) -> Drawing:
    """Applications per nationality; the notice's underrepresented Member States highlighted."""
    order = nationality_order(counts)
    values = [counts[c] for c in order]
    d = Drawing(width, height, initialFontName=register_fonts()[0], initialFontSize=7)
    bc = _chart(width, height, values, order)
    bc.valueAxis.valueStep = max(1, _nice_step(max(values or [1]) / 5))
    under = set(underrepresented)
    for i, code in enumerate(order):
        if code in under:
            bc.bars[(0, i)].fillColor = HIGHLIGHT
    d.add(bc)
    _title(d, translate("Reports", "Applications per nationality (information only – not a scoring input)"))
    reg = register_fonts()[0]
    d.add(Rect(bc.x, 2, 8, 7, fillColor=HIGHLIGHT, strokeColor=None))
    d.add(String(bc.x + 12, 2.5, translate("Reports", "underrepresented Member State (listed in the notice)"),
                 fontName=reg, fontSize=7))
    return d


def _nice_step(raw: float) -> float:
    if raw <= 0:
        return 1
    exp = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * exp:
            return m * exp
    return 10 * exp
