"""Grid page: the criteria by group, weights, minimums, anchors, the shortlist rules, and sealing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.changes import Change, Changed
from panel_app.services.edits import CriterionEdit, RulesEdit
from panel_app.services.grid_info import GridInfo

from .. import backup_actions, words
from ..dates import shown
from ..errors import show_error
from ..numbers import number, parsed
from ..state import AppState
from ..table_model import Column, DictTableModel, row_table
from .anchors_editor import AnchorsEditor
from .rules_form import RulesForm
from .shown_refresh import RefreshWhenShown

GROUP_LABEL = {"eligibility": QT_TRANSLATE_NOOP("GridPage", "Eligibility (pass/fail)"), "selection": QT_TRANSLATE_NOOP("GridPage", "Selection (scored)"),
               "asset": QT_TRANSLATE_NOOP("GridPage", "Asset (scored, advantage)"), "requirement": QT_TRANSLATE_NOOP("GridPage", "Requirement (pass/fail)"),
               "interview": QT_TRANSLATE_NOOP("GridPage", "Interview (scored)")}


def _num(v) -> str:
    return number(v, "g")


class GridPage(RefreshWhenShown, QWidget):
    title = "Grid"

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.grid: GridInfo | None = None
        self.model = DictTableModel([
            Column("code", QT_TRANSLATE_NOOP("Headers", "Code")), Column("group_label", QT_TRANSLATE_NOOP("Headers", "Group")),
            Column("stage", QT_TRANSLATE_NOOP("Headers", "Stage"), fmt=words.code),
            Column("kind", QT_TRANSLATE_NOOP("Headers", "Kind"), fmt=words.code),
            Column("weight_shown", QT_TRANSLATE_NOOP("Headers", "Weight"), editable=True, fmt=_num, align_right=True),
            Column("minimum", QT_TRANSLATE_NOOP("Headers", "Minimum"), editable=True, fmt=_num, align_right=True),
            Column("title", QT_TRANSLATE_NOOP("Headers", "Criterion"), editable=True, tooltip_key="title"),
        ], self)
        self.model.edited.connect(self._edit_criterion)
        self.table = QTableView()
        self.table.setObjectName("criteriaTable")
        self.table.setModel(self.model)
        row_table(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)

        self.seal_label = QLabel()
        self.seal_label.setObjectName("sealLabel")
        self.seal_label.setWordWrap(True)
        self.seal_button = QPushButton(self.tr("Seal the grid…"))
        self.seal_button.setObjectName("sealButton")
        self.seal_button.clicked.connect(self._seal)
        top = QHBoxLayout()
        top.addWidget(self.seal_label, 1)
        top.addWidget(self.seal_button)

        self.anchors = AnchorsEditor()
        self.anchors.save_requested.connect(
            lambda code, anchors: self._save_criterion(code, CriterionEdit(anchors=anchors)))
        self.rules = RulesForm()
        self.rules.apply_requested.connect(self._save_rules)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self.anchors)
        left.setSizes([520, 260])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.rules)
        split.setSizes([1000, 320])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        state.procedure_changed.connect(lambda _ref: self.refresh())
        state.subscribe({Change.GRID, Change.SETTINGS}, lambda _k: self.refresh())

    def reload(self) -> None:
        if not self.state.reference:
            return
        self.state.tasks.run(self.state.services.grid.grid, self.state.reference, on_done=self._show)

    def _show(self, grid: GridInfo) -> None:
        self.grid = grid
        current = self.table.currentIndex().row()
        rows = []
        for c in grid.criteria:  # the table's rows: the criterion's fields, its group in words, and the criterion
            rows.append({"code": c.code, "group_label": self.tr(GROUP_LABEL[c.group]) if c.group in GROUP_LABEL
                         else c.group, "stage": c.stage, "kind": c.kind,
                         "weight": c.weight, "weight_shown": c.weight if c.kind == "scored" else None, "minimum": c.minimum,
                         "title": c.title, "_crit": c, "_editable": True})
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(6, 520)
        if 0 <= current < len(rows):
            self.table.selectRow(current)
        if grid.sealed:
            self.seal_label.setText(self.tr("<b>Sealed</b> on {when} by {who} — sha256 <code>{hash}…</code>. Changes are "
                                            "amendments and need a reason ({n} so far).").format(
                when=shown(grid.sealed_at, self.state.timezone), who=grid.sealed_by, hash=(grid.grid_hash or "")[:16],
                n=len(grid.amendments)))
        else:
            self.seal_label.setText(self.tr("<b>Not sealed.</b> Fix criteria, weights, anchors, thresholds and the "
                                    "tie-break order, then seal before any application is opened."))
        self.seal_button.setEnabled(not grid.sealed)
        self.rules.show_grid(grid)

    def _row_selected(self, current, _previous) -> None:
        if current.isValid():
            self.anchors.show_criterion(self.model.row(current.row())["_crit"], self.grid)

    def _reason(self) -> str | None | bool:
        """None when no reason is needed; False when the user cancelled."""
        if not (self.grid and self.grid.sealed):
            return None
        text, ok = QInputDialog.getText(self, self.tr("Amend the sealed grid"),
                                        self.tr("The grid is sealed. Give the reason for this amendment:"))
        return text if ok and text.strip() else False

    def _edit_criterion(self, row: dict, key: str, value) -> None:
        key = "weight" if key == "weight_shown" else key
        crit = row["_crit"]
        if key == "weight" and crit.kind != "scored":
            return
        if key in ("weight", "minimum") and isinstance(value, str):
            try:
                value = parsed(value) if value.strip() else None
            except ValueError:
                QMessageBox.warning(self, "panel_app", self.tr("'{value}' is not a number.").format(value=value))
                return
        self._save_criterion(crit.code, CriterionEdit(**{key: value}), crit.version)

    def _save_criterion(self, code: str, edit: CriterionEdit, version: int | None = None) -> None:
        reason = self._reason()
        if reason is False:
            self.refresh()
            return
        crit = self.grid.criterion(code) if self.grid is not None else None
        if version is None and crit is not None:
            version = crit.version
        s = self.state
        s.tasks.run(s.services.grid.update_criterion, s.reference, code, edit, version, s.actor, reason,
                    on_done=self._applied, on_error=self._failed)

    def _save_rules(self, edit: RulesEdit) -> None:
        reason = self._reason()
        if reason is False:
            return
        s = self.state
        if self.grid is None:
            return
        s.tasks.run(s.services.grid.update_rules, s.reference, edit, self.grid.version, s.actor, reason,
                    on_done=self._applied, on_error=self._failed)

    def _seal(self) -> None:
        yes, first = backup_actions.confirm_step(
            self, self.state, self.tr("Seal the grid"),
            self.tr("Seal the grid now? Its criteria, weights, anchors, thresholds and tie-break order are hashed and "
                    "time-stamped. Any later change is an amendment with a reason, listed in the panel report."))
        if not yes:
            return
        s = self.state
        backup_actions.after_backup(self, s, "seal", first, lambda: s.tasks.run(
            s.services.grid.seal, s.reference, s.actor, on_done=self._applied, on_error=self._failed))

    def _applied(self, op: Changed) -> None:
        """The service says what changed (Change.GRID) and the state broadcasts it; an edit that changed nothing
        (the same value again) broadcasts nothing, and this page re-reads the stored values itself."""
        self.state.apply(op)
        if not op.changes:
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.refresh()
