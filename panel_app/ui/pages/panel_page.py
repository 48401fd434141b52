"""Panel page: the aggregated marks per candidate, divergence flags, the consensus meeting, reliability.

Counts only until every member has submitted a candidate (and never a conflicted row); then each
member's total, the final total, the rank and per criterion the final mark with ⚑ where the members are
far apart. Selecting a row shows every member's mark per criterion. "Consensus meeting" walks the
flagged cells one by one. All reads and writes go through the services on the task runner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.changes import Change
from panel_app.domain.errors import Refused
from panel_app.ui.words import text as said

from .. import words
from ..errors import show_error
from ..numbers import number
from ..panel.consensus_box import ConsensusBox, MeetingItem
from ..panel.panel_model import PanelModel, detail_rows, flatten, num
from ..panel.progress_box import ProgressBox
from ..panel.reopen import reopen_assessment
from ..state import AppState
from ..table_model import DictTableModel, elide_headers
from .shown_refresh import RefreshWhenShown

if TYPE_CHECKING:
    from panel_app.services.panel import PanelRow, ReliabilityFigures


def load_panel(services, reference: str, actor, stage: str) -> dict:
    """Runs on the DB worker: the table, and the reliability figures when the user may see them."""
    out = {"rows": services.panel.panel_table(reference, actor, stage), "reliability": None, "why": ""}
    try:
        out["reliability"] = services.panel.reliability(reference, actor, stage)
    except Refused as e:
        out["why"] = said(e.message)
    return out


class PanelPage(RefreshWhenShown, QWidget):
    title = "Panel"

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.members: list[str] = []
        self.loaded = False
        self.stage = QComboBox(objectName="panelStage")
        self.stage.addItem(self.tr("Preselection"), "preselection")
        self.stage.addItem(self.tr("Interview"), "interview")
        self.stage.currentIndexChanged.connect(lambda _i: self.refresh())
        self.counts = QLabel(objectName="panelCounts", wordWrap=True)  # never wider than the screen
        self.meeting = QPushButton(self.tr("Consensus meeting"), objectName="consensusMode", checkable=True)
        self.meeting.toggled.connect(self._meeting_toggled)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stage:")))
        top.addWidget(self.stage)
        top.addWidget(self.counts, 1)
        self.reopen = QPushButton(self.tr("Reopen an assessment…"), objectName="reopenAssessment")
        self.reopen.clicked.connect(lambda: reopen_assessment(self, self.state, self._current_email(),
                                                              self.stage.currentData()))
        top.addWidget(self.reopen)
        self.meetings_button = QPushButton(self.tr("Meetings…"), objectName="panelMeetings")
        self.meetings_button.clicked.connect(self._meetings)
        top.addWidget(self.meetings_button)
        top.addWidget(self.meeting)

        self.model = PanelModel([], self)
        self.table = QTableView(objectName="panelTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_detail())
        self.detail_title = QLabel(objectName="panelDetailTitle", wordWrap=True)
        self.detail_model = DictTableModel([], self)
        self.detail = QTableView(objectName="panelDetail")
        self.detail.setModel(self.detail_model)
        elide_headers(self.table)
        elide_headers(self.detail)
        self.detail.verticalHeader().setVisible(False)
        self.detail.verticalHeader().setDefaultSectionSize(22)
        self.consensus = ConsensusBox()
        self.consensus.record.connect(self._record)
        self.consensus.moved.connect(self._select_email)
        self.consensus.setVisible(False)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 3)
        lv.addWidget(self.detail_title)
        lv.addWidget(self.detail, 2)
        lv.addWidget(self.consensus)
        self.reliability = QLabel(objectName="panelReliability")
        self.reliability.setWordWrap(True)
        self.reliability.setAlignment(Qt.AlignmentFlag.AlignTop)
        rbox = QGroupBox(self.tr("Reliability and leniency"))
        QVBoxLayout(rbox).addWidget(self.reliability)
        self.progress_box = ProgressBox(state)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(rbox)
        split.setStretchFactor(0, 1)
        split.setSizes([1000, 280])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addWidget(self.progress_box)
        state.procedure_changed.connect(lambda _r: self.refresh())
        state.actor_changed.connect(lambda _a: self.refresh())
        state.subscribe({Change.SCORES, Change.MARKS, Change.CONSENSUS, Change.GRID, Change.DECLARATIONS},
                        lambda _k: self.refresh())

    # ---------------------------------------------------------------- loading
    def reload(self) -> None:
        st = self.state
        self.reopen.setVisible(st.actor.role == "chair")
        if not st.reference or st.actor.member_id is None:
            self.counts.setText(self.tr("Sign in as a panel member to see the panel's progress."))
            self.model.set_table([], [])
            return
        st.tasks.run(load_panel, st.services, st.reference, st.actor, self.stage.currentData(),
                     on_done=self._loaded, on_error=self._failed)
        self.progress_box.setVisible(st.actor.role in ("chair", "secretary", "observer"))
        if self.progress_box.isVisibleTo(self):
            self.progress_box.refresh(self.stage.currentData())

    def _failed(self, e: BaseException) -> None:
        self.loaded = True
        if isinstance(e, Refused):
            self.counts.setText(said(e.message))
            self.model.set_table([], [])
        else:
            show_error(self, e)

    def _loaded(self, data: dict) -> None:
        cols, flat, self.members, _codes = flatten(data["rows"])
        current = self._current_email()
        self.model.set_table(cols, flat)
        if self.model._sort is None and flat:  # first load: by rank, the pending ones last
            self.table.sortByColumn(self.model.column_of("rank"), Qt.SortOrder.AscendingOrder)
        done = sum(1 for r in data["rows"] if r.complete)
        flagged = sum(len(r.divergent) for r in data["rows"])
        self.counts.setText(self.tr("{n} candidates · {done} with every assessment submitted · {flagged} flagged "
                                    "criteria (⚑ = members ≥ the divergence threshold apart)").format(
            n=len(flat), done=done, flagged=flagged))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 220))
        self._show_reliability(data["reliability"], data["why"])
        self.meeting.setEnabled(self.state.actor.role == "chair")
        if current:
            self._select_email(current)
        self._fill_meeting()
        self.loaded = True

    def _show_reliability(self, rel: ReliabilityFigures | None, why: str) -> None:
        if rel is None:
            self.reliability.setText("<i>{}</i>".format(why or self.tr("Shown once every assessment is submitted.")))
            return
        o = rel.overall
        lines = [self.tr("<b>Overall</b>: α = {alpha}, ICC(2,k) = {icc} (n = {n})").format(
            alpha=num(o.alpha if o else None) or "—", icc=num(o.icc2k if o else None) or "—",
            n=o.n_alpha if o else None)]
        if o and o.note:
            lines.append(f"<i>{o.note}</i>")
        lines.append("<br>" + self.tr("<b>Per criterion</b> (α ordinal / ICC(2,k)):"))
        for code, r in rel.per_criterion.items():
            lines.append(f"{code}: {num(r.alpha) or '—'} / {num(r.icc2k) or '—'}")
        lines.append("<br>" + self.tr("<b>Leniency</b> (member mean − panel mean):"))
        for m, v in rel.leniency.items():
            lines.append(f"{m}: {number(v, '+.2f')}")
        self.reliability.setText("<br>".join(lines))

    # ---------------------------------------------------------------- selection and detail
    def _meetings(self) -> None:
        from ..panel.meetings_dialog import MeetingsDialog

        MeetingsDialog(self.state, self).exec()

    def _current_email(self) -> str | None:
        idx = self.table.currentIndex()
        return self.model.row(idx.row())["email"] if idx.isValid() else None

    def _select_email(self, email: str) -> None:
        for r, row in enumerate(self.model.rows):
            if row["email"] == email:
                if self._current_email() != email:
                    self.table.selectRow(r)
                self._show_detail()
                return

    def _show_detail(self) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            self.detail_title.setText(self.tr("Select a candidate to see every member's marks."))
            self.detail_model.columns = []
            self.detail_model.set_rows([])
            return
        row: PanelRow = self.model.row(idx.row())["_row"]
        if not row.visible:
            why = (self.tr("you declared a conflict of interest on this candidate") if row.conflicted
                   else self.tr("not every member has submitted yet"))
            self.detail_title.setText(self.tr("<b>{name}</b>: {submitted} of {expected} submitted — marks hidden "
                                              "({why}).").format(name=row.name, submitted=row.members_submitted,
                                                                 expected=row.expected, why=why))
            self.detail_model.columns = []
            self.detail_model.set_rows([])
            return
        cols, rows = detail_rows(row, self.members)
        standing = (self.tr("rank {rank}, {status}").format(rank=row.rank or "—", status=words.status(row.status))
                    if row.status else self.tr("rank not shown until the ranking is"))
        self.detail_title.setText(self.tr("<b>{name}</b> — total {total} %, {standing}").format(
            name=row.name, total=num(row.total), standing=standing))
        self.detail_model.beginResetModel()
        self.detail_model.columns = cols
        self.detail_model.endResetModel()
        self.detail_model.set_rows(rows)
        self.detail.resizeColumnsToContents()

    # ---------------------------------------------------------------- consensus meeting
    def _meeting_toggled(self, on: bool) -> None:
        self.consensus.setVisible(on)
        if on:
            self._fill_meeting()

    def _fill_meeting(self) -> None:
        items = []
        for flat in self.model.rows:  # in the table's current order
            row: PanelRow = flat["_row"]
            for code, cell in row.criteria.items():
                if cell.divergent:
                    items.append(MeetingItem(row.email, row.name, code, cell))
        cur = self.consensus.current()
        self.consensus.set_items(items, (cur.email, cur.criterion) if cur else None)

    def _record(self, entry: dict) -> None:
        st = self.state
        st.tasks.run(st.services.panel.consensus_set, st.reference, st.actor, entry["email"], entry["criterion"],
                     entry["value"], entry["reason"], self.stage.currentData(), entry["minority"] or None,
                     on_done=st.apply, on_error=lambda e: show_error(self, e))
