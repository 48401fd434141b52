"""The panel table's model: one row per candidate, columns built from the members and the criteria.

Sorting happens in the model (DictTableModel: one sorted() + layoutChanged), never through a proxy.
A criterion column shows the final mark with ⚑ when the members are `divergence_points` apart; its sort
key is the final mark. Rows whose marks the user may not see yet show the counts only, in grey.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from .. import words
from ..numbers import decimal
from ..table_model import Column, DictTableModel

if TYPE_CHECKING:
    from panel_app.services.panel import PanelCell, PanelRow

FLAG = "⚑"
translate = QCoreApplication.translate
DIVERGENT_BG = QColor("#ffe2b8")
CONSENSUS_BG = QColor("#dff0d8")
HIDDEN_FG = QColor("#888888")


def num(x) -> str:
    """A mark, a mean, a total: at most two decimals, in the interface language's way (3.25; 3,25 in French)."""
    return decimal(x)


def short(code: str) -> str:
    return code.split("-", 1)[0]


def flatten(rows: list[PanelRow]) -> tuple[list[Column], list[dict], list[str], list[str]]:
    """(columns, flat rows, members, criterion codes) of the service's panel_table rows (each flat row keeps
    its `PanelRow` under "_row")."""
    members: list[str] = []
    codes: list[str] = []
    for r in rows:
        for m in r.member_totals:
            if m not in members:
                members.append(m)
        for c in r.criteria:
            if c not in codes:
                codes.append(c)
    cols = [Column("name", QT_TRANSLATE_NOOP("Headers", "Candidate")), Column("art29", QT_TRANSLATE_NOOP("Headers", "Art. 29"), fmt=words.article29),
            Column("progress", QT_TRANSLATE_NOOP("Headers", "Submitted"), align_right=True),
            *[Column(f"m:{m}", m.split()[-1], align_right=True, fmt=num) for m in members],
            Column("total", QT_TRANSLATE_NOOP("Headers", "Total %"), align_right=True, fmt=num),
            Column("rank", QT_TRANSLATE_NOOP("Headers", "Rank"), align_right=True),
            Column("max_spread", QT_TRANSLATE_NOOP("Headers", "Spread"), align_right=True, fmt=num),
            *[Column(f"c:{c}", short(c), align_right=True, tooltip_key=f"t:{c}") for c in codes]]
    flat = []
    for r in rows:
        f = {"email": r.email, "name": r.name, "art29": r.article29 or "",
             "progress": r.members_submitted / r.expected if r.expected else 0.0,
             "_progress": f"{r.members_submitted}/{r.expected}", "visible": r.visible, "_row": r,
             "total": r.total, "rank": r.rank, "max_spread": r.max_spread, "_text": {},
             "_divergent": set(r.divergent), "_consensus": set()}
        f["_text"]["progress"] = f["_progress"] + ("" if r.visible else "  " + (
            QCoreApplication.translate("PanelModel", "(conflict)") if r.conflicted
            else QCoreApplication.translate("PanelModel", "(marks hidden)")))
        for m, v in r.member_totals.items():
            f[f"m:{m}"] = v
        for c, cell in r.criteria.items():
            f[f"c:{c}"] = cell.final
            f["_text"][f"c:{c}"] = num(cell.final) + (f" {FLAG}" if cell.divergent else "") if (
                cell.final is not None) else (translate("PanelModel", "N/A") if cell.state == "na" else f"… {FLAG}"
                                              if cell.divergent else "…")
            f[f"t:{c}"] = (f"{c}: {cell.title}\n" + "  ".join(
                f"{m.split()[-1]} {v if isinstance(v, str) else num(v)}" for m, v in cell.marks.items())
                + "\n" + QCoreApplication.translate("PanelModel", "mean {mean} · spread {spread}").format(
                    mean=num(cell.mean), spread=num(cell.spread)))
            if cell.consensus is not None:
                f["_consensus"].add(c)
        flat.append(f)
    return cols, flat, members, codes


class PanelModel(DictTableModel):
    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.columns[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole and key in row["_text"]:
            return row["_text"][key]
        if role == Qt.ItemDataRole.BackgroundRole and key.startswith("c:"):
            code = key[2:]
            if code in row["_consensus"]:
                return QBrush(CONSENSUS_BG)
            if code in row["_divergent"]:
                return QBrush(DIVERGENT_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not row["visible"]:
            return QBrush(HIDDEN_FG)
        return super().data(index, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):  # the header asks before any column exists
            super().sort(column, order)

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def set_table(self, columns: list[Column], rows: list[dict]) -> None:
        if [c.key for c in columns] != [c.key for c in self.columns]:
            self.beginResetModel()
            self.columns = columns
            self._sort = None
            self.endResetModel()
        self.set_rows(rows)


def _note(cell: PanelCell) -> str:
    """The last column of the detail: the consensus and its justification, a flag to discuss, or N/A."""
    if cell.consensus is not None:
        return translate("PanelModel", "consensus") + (f" — {cell.justification}" if cell.justification else "")
    if cell.divergent:
        return f"{FLAG} " + translate("PanelModel", "discuss")
    return translate("PanelModel", "N/A") if cell.state == "na" else ""


def detail_rows(row: PanelRow, members: list[str]) -> tuple[list[Column], list[dict]]:
    """Per criterion of one candidate: every member's mark, spread, mean, final (and consensus)."""
    cols = [Column("code", QT_TRANSLATE_NOOP("Headers", "Criterion")), Column("weight", QT_TRANSLATE_NOOP("Headers", "w"), align_right=True, fmt=num),
            *[Column(f"m:{m}", m.split()[-1], align_right=True) for m in members],
            Column("spread", QT_TRANSLATE_NOOP("Headers", "Spread"), align_right=True, fmt=num), Column("mean", QT_TRANSLATE_NOOP("Headers", "Mean"), align_right=True, fmt=num),
            Column("final", QT_TRANSLATE_NOOP("Headers", "Final"), align_right=True, fmt=num), Column("note", "")]
    out = []
    for code, cell in row.criteria.items():
        d = {"code": code, "weight": cell.weight, "spread": cell.spread, "mean": cell.mean,
             "final": cell.final, "_title": cell.title,
             "note": _note(cell)}
        for m in members:
            v = cell.marks.get(m)
            d[f"m:{m}"] = v if isinstance(v, str) else ("—" if v is None else num(v))
        out.append(d)
    return cols, out
