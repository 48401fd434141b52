"""The eligibility matrix: a real table model (one row per active application, one column per criterion)
and its view (M/N/V/D keys decide; the candidate, overall and Art. 29 columns stay put when scrolling).

A cell shows the decided value where there is one, else the suggestion (in italics). Decided cells end
with "•". Sorting happens inside the model (see table_model.py for why not a proxy).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from panel_app.services.eligibility_info import EligibilityCheck, EligibilityCriterion, EligibilityRow
from panel_app.ui.words import text as said

from .. import words
from ..dates import shown
from ..table_model import elide_headers, rows_moving

Index = QModelIndex | QPersistentModelIndex
FIXED = (QT_TRANSLATE_NOOP("EligibilityModel", "Candidate"), QT_TRANSLATE_NOOP("EligibilityModel", "Overall"), QT_TRANSLATE_NOOP("EligibilityModel", "Art. 29"))
LABEL = {"met": QT_TRANSLATE_NOOP("EligibilityModel", "met"), "not_met": QT_TRANSLATE_NOOP("EligibilityModel", "✗ not met"), "to_verify": QT_TRANSLATE_NOOP("EligibilityModel", "? to verify"),
         "declared": QT_TRANSLATE_NOOP("EligibilityModel", "declared"), "eligible": QT_TRANSLATE_NOOP("EligibilityModel", "eligible"),
         "not_eligible": QT_TRANSLATE_NOOP("EligibilityModel", "✗ not eligible"), "excluded": QT_TRANSLATE_NOOP("EligibilityModel", "excluded")}
ART29 = words.ART29_SHORT


def _t(text: str) -> str:
    return QCoreApplication.translate("EligibilityModel", text)


def label(value: str | None) -> str:
    """A check's value or an overall outcome in words, in the interface language."""
    return _t(LABEL[value]) if value in LABEL else (value or "")
COLOUR = {"met": "#cdebd3", "eligible": "#cdebd3", "not_met": "#f4c7c3", "not_eligible": "#f4c7c3",
          "to_verify": "#fde8b0", "declared": "#e3e5e8", "excluded": "#b9bdc4"}
KEYS = {Qt.Key.Key_M: "met", Qt.Key.Key_N: "not_met", Qt.Key.Key_V: "to_verify", Qt.Key.Key_D: "declared"}
ORDER = {"not_met": 0, "not_eligible": 0, "to_verify": 1, "met": 2, "eligible": 2, "declared": 3, "excluded": 4}


def candidate_name(row: EligibilityRow) -> str:
    c = row.candidate
    name = " ".join(v for v in ((c.surname or "").upper(), c.first_name) if v)
    return name or c.email or row.source


def candidate_html(row: EligibilityRow) -> str:
    c, sug = row.candidate, row.suggested
    langs = ", ".join(f"{x['lang']} {x['level']}" for x in sug.languages) or "—"
    years = sug.diploma_years if sug.diploma_years is not None else "—"
    read = QCoreApplication.translate(
        "EligibilityModel", "Read from the application: nationality {nationality}; studies {years} years; languages "
        "{languages}").format(nationality=", ".join(sug.nationalities) or "—", years=years, languages=langs)
    application = QCoreApplication.translate("EligibilityModel", "Application {id}").format(id=row.id)
    return (f"<b>{escape(candidate_name(row))}</b><br>{escape(application)} · {escape(c.email or row.source)}"
            f"<br><small>{escape(read)}</small>")


def local_time(iso: str | None, tz: str) -> str:
    return shown(iso, tz, named=False)


def evidence_html(check: EligibilityCheck | None, crit: EligibilityCriterion | None, tz: str = "Europe/Brussels") -> str:
    if check is None:
        return "<i>" + QCoreApplication.translate("EligibilityModel", "Select a criterion cell to see its evidence.") + "</i>"
    page = QCoreApplication.translate("EligibilityModel", "page {page} of the application").format(page=check.page) if check.page \
        else QCoreApplication.translate("EligibilityModel", "no page (not from the document)")
    decided = (QCoreApplication.translate("EligibilityModel", "<b>{value}</b> by {who}, {when}").format(value=label(check.decided),
                                                          who=escape(check.decided_by or ""),
                                                          when=local_time(check.decided_at, tz))
               if check.decided else "<i>" + QCoreApplication.translate("EligibilityModel", "not yet decided") + "</i>")
    quote = escape(check.evidence) if check.evidence else "<i>" + QCoreApplication.translate("EligibilityModel", "no text found") + "</i>"
    return (f"<b>{escape(check.criterion)}</b> — {escape(crit.title if crit else '')}<br><br>"
            + QCoreApplication.translate("EligibilityModel", "Suggested: <b>{suggested}</b><br>Decided: {decided}<br>Reason: {reason}<br><br>Evidence ({page}):"
                ).format(suggested=label(check.suggested), decided=decided, reason=escape(said(check.reason) or "—"),
                         page=page)
            + f"<br><span style='background:#fff6c8'>“{quote}”</span>")


def header_text(code: str) -> str:
    """E-LANG-SECOND -> 'LANG\\nSECOND' (narrow columns; the full code and title are in the tooltip)."""
    return (code[2:] if code.upper().startswith("E-") else code).replace("-", "\n")


class EligibilityModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[EligibilityRow] = []
        self.criteria: list[EligibilityCriterion] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._italic = QFont()
        self._italic.setItalic(True)
        self._brushes = {k: QBrush(QColor(v)) for k, v in COLOUR.items()}

    # ------------------------------------------------------------------------------------------ content
    def set_content(self, rows: list[EligibilityRow], criteria: list[EligibilityCriterion]) -> None:
        self.beginResetModel()
        self.rows, self.criteria = list(rows), list(criteria)
        if self._sort:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def replace_row(self, new: EligibilityRow) -> None:
        for r, old in enumerate(self.rows):
            if old.id == new.id:
                self.rows[r] = new
                self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))
                return

    def row(self, r: int) -> EligibilityRow:
        return self.rows[r]

    def code(self, column: int) -> str | None:
        k = column - len(FIXED)
        return self.criteria[k].code if 0 <= k < len(self.criteria) else None

    def criterion(self, column: int) -> EligibilityCriterion | None:
        k = column - len(FIXED)
        return self.criteria[k] if 0 <= k < len(self.criteria) else None

    def check(self, index: Index) -> EligibilityCheck | None:
        if not index.isValid():
            return None
        code = self.code(index.column())
        return next((c for c in self.rows[index.row()].checks if c.criterion == code), None) if code else None

    def find(self, application_id: int, column: int) -> QModelIndex:
        for r, row in enumerate(self.rows):
            if row.id == application_id:
                return self.index(r, min(column, self.columnCount() - 1))
        return QModelIndex()

    # ------------------------------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIXED) + len(self.criteria)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        crit = self.criterion(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(crit.code) if crit else _t(FIXED[section])
        if role == Qt.ItemDataRole.ToolTipRole and crit:
            return f"{crit.code}: {crit.title}"
        return None

    def _state(self, index: Index) -> tuple[str, bool]:
        """(state, decided) of a cell: state is a check value, an overall outcome or an Art. 29 category."""
        row, col = self.rows[index.row()], index.column()
        if col == 0:
            return "", True
        if col == 1:
            return ("excluded" if row.excluded else row.overall), True
        if col == 2:
            decided = row.article29
            return (decided or row.suggested.article29 or ""), decided is not None
        check = self.check(index)
        if check is None:
            return "", True
        return check.decided or check.suggested, check.decided is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        state, decided = self._state(index)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return candidate_name(self.rows[index.row()])
            if col == 2:
                return _t(ART29[state]) if state in ART29 else state
            text = label(state)
            return f"{text} •" if decided and col >= len(FIXED) else text
        if role == Qt.ItemDataRole.BackgroundRole and (col == 1 or col >= len(FIXED)):
            return self._brushes.get(state)
        if role == Qt.ItemDataRole.FontRole and not decided:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, state, decided)
        return None

    def _tooltip(self, index: Index, state: str, decided: bool) -> str | None:
        row = self.rows[index.row()]
        if index.column() == 0:
            return row.candidate.email or row.source
        if index.column() == 1:
            return QCoreApplication.translate("EligibilityModel", "Excluded: {reason}").format(reason=row.exclusion_reason) if row.excluded else None
        if index.column() == 2:
            return row.article29_evidence if decided else (QCoreApplication.translate("EligibilityModel", "suggested from the form") if state else None)
        check = self.check(index)
        if check is None:
            return None
        head = (QCoreApplication.translate("EligibilityModel", "decided by {who} (suggested: {suggested})").format(who=check.decided_by,
                                                                       suggested=label(check.suggested))
                if decided else QCoreApplication.translate("EligibilityModel", "suggestion, not yet decided"))
        return "\n".join(t for t in (head, said(check.reason)) if t)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        with rows_moving(self):  # the selected application stays selected
            if column < 0:  # no sort column: import order
                self._sort = None
                self.rows.sort(key=lambda r: r.id)
            else:
                self._sort = (column, order)
                self._sort_rows(column, order)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        code = self.code(column)

        def key(row: EligibilityRow) -> tuple:
            if column == 0:
                return (candidate_name(row).casefold(),)
            if column == 1:
                return (ORDER.get("excluded" if row.excluded else row.overall, 9), row.id)
            if column == 2:
                return (row.article29 or row.suggested.article29 or "~", row.id)
            c = next((c for c in row.checks if c.criterion == code), None)
            return (ORDER.get((c.decided or c.suggested) if c else "", 9), row.id)

        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)


class MatrixView(QTableView):
    """Turns M/N/V/D into decisions (instead of keyboard search) and keeps the first columns frozen:
    an overlaid view sharing the model and selection, after Qt's frozencolumn example."""

    decide_key = Signal(str)

    def __init__(self, frozen: int = len(FIXED), **kwargs):
        super().__init__(**kwargs)
        self._n = frozen
        self.frozen = QTableView(self, objectName="frozenColumns")
        elide_headers(self)
        elide_headers(self.frozen)
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setStyleSheet("QTableView { border: none; border-right: 2px solid #9aa0a6; }")
        fh = self.frozen.horizontalHeader()
        fh.setSectionsClickable(True)
        fh.setSortIndicatorShown(True)
        fh.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        fh.sectionClicked.connect(self._frozen_clicked)
        self.horizontalHeader().sortIndicatorChanged.connect(
            lambda section, order: fh.setSortIndicator(section if section < self._n else -1, order))
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(lambda i, _o, w: self._resized(i, w))
        self.verticalHeader().sectionResized.connect(lambda i, _o, h: self.frozen.setRowHeight(i, h))
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self._sync)
        model.layoutChanged.connect(self._sync)

    def _sync(self) -> None:
        for c in range(self.model().columnCount()):
            self.frozen.setColumnHidden(c, c >= self._n)
            if c < self._n:
                self.frozen.setColumnWidth(c, self.columnWidth(c))
        self.frozen.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        self._place()

    def _frozen_clicked(self, section: int) -> None:
        h = self.horizontalHeader()
        same = h.sortIndicatorSection() == section and h.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        self.sortByColumn(section, Qt.SortOrder.DescendingOrder if same else Qt.SortOrder.AscendingOrder)

    def _resized(self, column: int, width: int) -> None:
        if column < self._n:
            self.frozen.setColumnWidth(column, width)
            self._place()

    def _place(self) -> None:
        width = sum(self.columnWidth(c) for c in range(min(self._n, self.model().columnCount())))
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setGeometry(self.verticalHeader().width() + self.frameWidth(), self.frameWidth(), width + 2,
                                self.viewport().height() + self.horizontalHeader().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        model = self.model()
        if model is None or not index.isValid():
            super().scrollTo(index, hint)
            return
        if index.column() < self._n < model.columnCount():  # a frozen column: scroll only vertically
            index = model.index(index.row(), self._n)
        super().scrollTo(index, hint)
        rect, left = self.visualRect(index), self.frozen.width()
        if index.column() >= self._n and rect.left() < left:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + rect.left() - left)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        value = KEYS.get(event.key())
        mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        if value and not (event.modifiers() & mods):
            event.accept()
            self.decide_key.emit(value)
            return
        super().keyPressEvent(event)
