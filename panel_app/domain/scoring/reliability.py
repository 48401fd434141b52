"""How much the members agree: Krippendorff's alpha (ordinal), ICC(2,k), and each member's leniency.

- Krippendorff's alpha: coders = members, units = candidate × criterion cells; missing, N/A and
  conflicted marks are simply absent (alpha handles missing values). Only units with two or more
  marks are pairable. Levels: "nominal", "ordinal" (default), "interval".
- ICC(2,k) (Shrout & Fleiss 1979): two-way random effects, average of k raters, absolute
  agreement. Complete cases only: the targets marked by every member who marked that criterion.
  ICC(2,1) is given alongside. The overall ICC pools the cells of all criteria as targets.
- Minimum sample: fewer than 5 candidates → None, with the note "too few candidates".
- Leniency of a member: the member's mean mark minus the panel mean (mean of the counted marks)
  on the same cells, over the cells the member marked that at least one other member also marked.
  Positive = more lenient than the panel.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..texts import joined, translate
from .aggregate import group_marks
from .marks import CriterionRule, MarkLike

MIN_CANDIDATES = 5
TOO_FEW = translate("Record", "too few candidates")


def krippendorff_alpha(units: Iterable[Iterable[float | None]], level: str = "ordinal") -> float | None:
    """Alpha over `units` (each the values the coders gave it; None = missing). None if undefined."""
    counts: list[dict[float, int]] = []
    for unit in units:
        vals = [float(v) for v in unit if v is not None]
        if len(vals) < 2:
            continue
        c: dict[float, int] = {}
        for v in vals:
            c[v] = c.get(v, 0) + 1
        counts.append(c)
    values = sorted({v for c in counts for v in c})
    if len(values) < 2:
        return None
    idx = {v: i for i, v in enumerate(values)}
    size = len(values)
    o = [[0.0] * size for _ in range(size)]
    for c in counts:
        m = sum(c.values())
        for a, na in c.items():
            for b, nb in c.items():
                pairs = na * (na - 1) if a == b else na * nb
                o[idx[a]][idx[b]] += pairs / (m - 1)
    n_c = [sum(row) for row in o]
    n = sum(n_c)
    delta = _delta(values, n_c, level)
    d_o = sum(o[i][j] * delta[i][j] for i in range(size) for j in range(size))
    d_e = sum(n_c[i] * n_c[j] * delta[i][j] for i in range(size) for j in range(size))
    if d_e == 0:
        return None
    return 1.0 - (n - 1) * d_o / d_e


def _delta(values: Sequence[float], n_c: Sequence[float], level: str) -> list[list[float]]:
    size = len(values)
    if level == "nominal":
        return [[0.0 if i == j else 1.0 for j in range(size)] for i in range(size)]
    if level == "interval":
        return [[(values[i] - values[j]) ** 2 for j in range(size)] for i in range(size)]
    if level != "ordinal":
        raise ValueError(f"unknown level of measurement: {level!r}")
    cum = [0.0]
    for x in n_c:
        cum.append(cum[-1] + x)
    out = [[0.0] * size for _ in range(size)]
    for i in range(size):
        for j in range(size):
            lo, hi = min(i, j), max(i, j)
            out[i][j] = (cum[hi + 1] - cum[lo] - (n_c[i] + n_c[j]) / 2) ** 2
    return out


ICC_UNDEFINED = translate("Record", "n/a (too few candidates or no variance)")


def icc2(matrix: Sequence[Sequence[float]]) -> tuple[float, float] | None:
    """(ICC(2,1), ICC(2,k)) of a complete targets × raters matrix (Shrout & Fleiss 1979, two-way random,
    absolute agreement); None where it is undefined or meaningless: fewer than 3 candidates or 2 raters, no
    variance between the candidates, a vanishing denominator, or a value below -1 (which only a near-zero
    denominator produces: printed, it would read as a figure)."""
    n = len(matrix)
    k = len(matrix[0]) if n else 0
    if n < 3 or k < 2:
        return None
    grand = sum(sum(r) for r in matrix) / (n * k)
    row_means = [sum(r) / k for r in matrix]
    col_means = [sum(r[j] for r in matrix) / n for j in range(k)]
    ss_total = sum((x - grand) ** 2 for r in matrix for x in r)
    ss_rows = k * sum((m - grand) ** 2 for m in row_means)
    ss_cols = n * sum((m - grand) ** 2 for m in col_means)
    ss_err = ss_total - ss_rows - ss_cols
    bms = ss_rows / (n - 1)
    jms = ss_cols / (k - 1)
    ems = ss_err / ((n - 1) * (k - 1))
    den1 = bms + (k - 1) * ems + k * (jms - ems) / n
    denk = bms + (jms - ems) / n
    scale = max(ss_total / (n * k - 1), 1e-300)
    if ss_total <= 1e-12 or bms <= 1e-12 * scale or abs(den1) <= 1e-9 * scale or abs(denk) <= 1e-9 * scale:
        return None
    single, average = (bms - ems) / den1, (bms - ems) / denk
    if single < -1 - 1e-9 or average < -1 - 1e-9:
        return None
    return single, average


@dataclass
class Reliability:
    criterion: str | None  # None = overall
    alpha: float | None
    icc21: float | None
    icc2k: float | None
    n_alpha: int  # candidates with at least one pairable cell
    n_icc: int  # candidates in the complete cases
    note: str = ""


@dataclass
class ReliabilityReport:
    per_criterion: dict[str, Reliability] = field(default_factory=dict)
    overall: Reliability | None = None
    leniency: dict[str, float] = field(default_factory=dict)


def _measure(criterion: str | None, cells: dict[tuple[str, str], dict[str, float]],
             members: Sequence[str]) -> Reliability:
    pairable = {k: v for k, v in cells.items() if len(v) >= 2}
    n_alpha = len({cand for cand, _ in pairable})
    raters = [m for m in members if any(m in v for v in cells.values())]
    complete = [k for k, v in sorted(cells.items()) if all(m in v for m in raters)]
    n_icc = len({cand for cand, _ in complete})
    notes: list[str] = []
    alpha = None
    if n_alpha < MIN_CANDIDATES:
        notes.append(translate("Record", "alpha: too few candidates ({n} < {minimum})").format(
            n=n_alpha, minimum=MIN_CANDIDATES))
    else:
        alpha = krippendorff_alpha([list(v.values()) for v in pairable.values()])
        if alpha is None:
            notes.append(translate("Record", "alpha: no variation in the marks"))
    icc21 = icc2k = None
    if n_icc < MIN_CANDIDATES or len(raters) < 2:
        notes.append(translate("Record", "ICC: too few candidates ({n} complete < {minimum})").format(
            n=n_icc, minimum=MIN_CANDIDATES))
    else:
        res = icc2([[cells[k][m] for m in raters] for k in complete])
        if res is None:
            notes.append(translate("Record", "ICC: {undefined}").format(undefined=ICC_UNDEFINED))
        else:
            icc21, icc2k = res
    return Reliability(criterion, alpha, icc21, icc2k, n_alpha, n_icc, joined(notes))


def leniency(values: dict[tuple[str, str], dict[str, float]], members: Sequence[str]) -> dict[str, float]:
    """Member → mean own mark − mean panel mark, on the cells the member marked (with another member)."""
    own: dict[str, float] = {}
    panel: dict[str, float] = {}
    count: dict[str, int] = {}
    for cell in values.values():
        if len(cell) < 2:
            continue
        mean = sum(cell.values()) / len(cell)
        for m, v in cell.items():
            own[m] = own.get(m, 0.0) + v
            panel[m] = panel.get(m, 0.0) + mean
            count[m] = count.get(m, 0) + 1
    return {m: (own[m] - panel[m]) / count[m] for m in members if count.get(m)}


def reliability(
    marks: Iterable[MarkLike],
    criteria: Sequence[CriterionRule],
    members: Iterable[str] | None = None,
    *,
    conflicts: Iterable[tuple[str, str]] = (),
) -> ReliabilityReport:
    """Alpha and ICC per criterion and overall, and each member's leniency."""
    g = group_marks(marks, criteria, members, conflicts)
    report = ReliabilityReport()
    for c in criteria:
        cells = {k: v for k, v in g.values.items() if k[1] == c.code}
        report.per_criterion[c.code] = _measure(c.code, cells, g.members)
    report.overall = _measure(None, g.values, g.members)
    report.leniency = leniency(g.values, g.members)
    return report
