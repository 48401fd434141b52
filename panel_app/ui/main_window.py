"""The main window: a shell of menus, a page per workflow stage, and a status bar. No business logic here."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from panel_app import __version__
from panel_app.domain.changes import Change
from panel_app.domain.paths import VACANCIES_DIR

from . import backup_actions, language_menu, package_actions, records_actions, sheet_actions, words
from . import sign_in as sign_in_flow
from .accessibility import label_controls
from .errors import show_error
from .offline_banner import OfflineBanner
from .pages.registry import build_page, shown_title
from .pages.registry import titles as page_titles
from .sign_in_cover import OPEN_BEFORE_SIGN_IN, SignInCover
from .state import AppState


class MainWindow(QMainWindow):
    def __init__(self, state: AppState):
        super().__init__()
        self.state = state
        self.title_prefix = "panel_app"
        self.setWindowTitle(self.tr("panel_app — EU selection panel"))
        self.titles = page_titles()
        self._built: dict[str, QWidget] = {}
        self.nav = QListWidget(objectName="stageNav")
        self.stack = QStackedWidget()
        for title in self.titles:  # a placeholder until the page is first shown (see page())
            self.nav.addItem(shown_title(title))
            self.stack.addWidget(QWidget())
        self.cover = SignInCover()
        self.cover.sign_in_requested.connect(self.sign_in)
        self.cover.start_requested.connect(self.first_start)
        self.stack.addWidget(self.cover)
        self._has_panel = False
        self.nav.setFixedWidth(150)
        self.nav.currentRowChanged.connect(self._go)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(4, 4, 4, 4)
        self.offline_banner = OfflineBanner()
        column.addWidget(self.offline_banner)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        state.tasks.reachable_changed.connect(self._reachable_changed)
        self._build_toolbar()
        self._build_menus()
        self.records = records_actions.install(self, state)  # File ▸ archive, close, holds; the read-only banner
        self.db_label, self.member_label = QLabel(), QLabel()
        self.statusBar().addPermanentWidget(self.member_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.db_label.setText(state.services.db.display)
        state.actor_changed.connect(self._show_actor)
        state.actor_changed.connect(lambda _a: self._go(self.nav.currentRow()))
        state.procedure_changed.connect(self._procedure_shown)
        state.subscribe({Change.MEMBERS}, lambda _k: self._panel_changed())
        state.tasks.busy_changed.connect(
            lambda busy: self.statusBar().showMessage(self.tr("Working…") if busy else "", 0))
        self._show_actor(state.actor)
        label_controls(self)
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)

    def page(self, title: str):
        """The page of that stage, built (and its module imported) the first time it is asked for."""
        page = self._built.get(title)
        if page is None:
            page = build_page(title, self.state)
            label_controls(page)
            page.defer_when_hidden, page.stale = True, True  # hidden: reloads when shown (shown_refresh.py)
            i = self.titles.index(title)
            current = self.stack.currentIndex()
            placeholder = self.stack.widget(i)
            self.stack.insertWidget(i, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._built[title] = page
        return page

    @property
    def pages(self) -> list:
        """Every page (builds the ones not shown yet)."""
        return [self.page(t) for t in self.titles]

    def locked(self) -> bool:
        """Nobody is signed in to a procedure that has a panel: only the Procedure page shows."""
        return self._has_panel and self.state.actor.is_setup

    def _go(self, row: int) -> None:
        if row < 0:
            return
        title = self.titles[row]
        if not self.state.reference:  # an empty database: every page says what to do first
            self.cover.show_empty(shown_title(title))
            self.stack.setCurrentWidget(self.cover)
            return
        if self.locked() and title not in OPEN_BEFORE_SIGN_IN:
            self.cover.show_for(self.state.reference or "", shown_title(title))
            self.stack.setCurrentWidget(self.cover)
            return
        page = self.page(title)
        self.stack.setCurrentIndex(row)
        page.refresh()

    def go_to(self, title: str) -> None:
        row = self.titles.index(title)
        if row == self.nav.currentRow():
            self._refresh_if_stale()
        self.nav.setCurrentRow(row)

    def _refresh_if_stale(self) -> None:
        page = self.stack.currentWidget()
        if page is self.cover:
            return
        if page is not None and getattr(page, "stale", False):
            page.refresh()

    def _reachable_changed(self, reachable: bool) -> None:
        self.offline_banner.set_reachable(reachable)
        if reachable:  # what was loaded before may be out of date: reload the page in view, the rest when shown
            for page in self._built.values():
                page.stale = True
            self._refresh_if_stale()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_to_screen()
        self._refresh_if_stale()

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Procedure"), objectName="procedureBar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr(" Procedure: ")))
        self.proc_combo = QComboBox(objectName="procedureCombo")
        self.proc_combo.setMinimumWidth(420)
        self.proc_combo.activated.connect(lambda i: self.state.set_procedure(self.proc_combo.itemData(i)))
        bar.addWidget(self.proc_combo)
        sign = QAction(self.tr("Sign in…"), self, triggered=self.sign_in)
        bar.addAction(sign)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        m = self.menuBar().addMenu(self.tr("&File"))
        m.addAction(QAction(self.tr("S&tart a procedure (template, then you as chair)…"), self,
                            triggered=self.first_start))
        m.addAction(QAction(self.tr("&New procedure from template…"), self, shortcut=QKeySequence.StandardKey.New,
                            triggered=self.new_procedure))
        m.addAction(QAction(self.tr("Connect to a shared &database…"), self, triggered=self.connect_database))
        m.addAction(QAction(self.tr("&Sign in…"), self, triggered=self.sign_in))
        m.addAction(QAction(self.tr("&Change my password…"), self, triggered=self.change_password))
        package_actions.install(m, self)
        m.addSeparator()
        m.addAction(QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close))
        backup_actions.install(m, self, self.state)
        sheet_actions.install(self.menuBar(), self.state, self)
        language_menu.install(self.menuBar(), self)
        h = self.menuBar().addMenu(self.tr("&Help"))
        h.addAction(QAction(self.tr("&User guide and keys"), self,
                            shortcut=QKeySequence.StandardKey.HelpContents,
                            triggered=self.help))
        h.addAction(QAction(self.tr("&About panel_app"), self, triggered=self.about))

    def load_procedures(self, select: str | None = None) -> None:
        procs = self.state.services.procedures.list()
        self.proc_combo.clear()
        for p in procs:
            self.proc_combo.addItem(f"{p.reference} — {p.title}", p.reference)
        target = select or (procs[0].reference if procs else None)
        if target:
            self.proc_combo.setCurrentIndex(max(0, self.proc_combo.findData(target)))
        self.state.set_procedure(target)

    def _panel_changed(self) -> None:
        was = self.locked()
        s = self.state
        self._has_panel = bool(s.reference) and bool(s.services.members.list(s.reference))
        if self.locked() != was:
            self._go(self.nav.currentRow())

    def _procedure_shown(self, reference: str) -> None:
        self.setWindowTitle(self.title_prefix + (f" — {reference}" if reference else ""))
        self._has_panel = bool(reference) and bool(self.state.services.members.list(reference))
        if reference:
            self.state.timezone = self.state.services.procedures.settings(reference).timezone
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        else:
            self._go(self.nav.currentRow())
        self._show_actor(self.state.actor)

    def _show_actor(self, actor) -> None:
        self.member_label.setText(self.tr("Not signed in (set-up)") if actor.is_setup
                                  else f"{actor.name} — {words.role(actor.role)}")

    def new_procedure(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Procedure template"), str(VACANCIES_DIR),
                                              self.tr("Templates (*.toml)"))
        if not path:
            return
        self.state.tasks.run(self.state.services.procedures.create_from_template, path,
                             on_done=lambda op: (self.load_procedures(op.result.reference), self.state.apply(op)),
                             on_error=lambda e: show_error(self, e))

    def first_start(self) -> None:
        from .first_start import FirstStartDialog

        dlg = FirstStartDialog(self.state, self)
        self.first_start_dialog = dlg
        dlg.accepted.connect(lambda: self._started(dlg))
        dlg.open()

    def _started(self, dlg) -> None:
        ref, _name = dlg.created
        self.load_procedures(ref)
        self.state.set_actor(dlg.actor)
        self.go_to("Procedure")
        # on the page itself, not only in the status bar (which every finished task clears)
        self.page("Procedure").members.feedback.setText(
            self.tr("{ref} created, and you are its chair. Next: add the panel members here, then import the "
                    "applications on the Applications page.").format(ref=ref))

    def connect_database(self) -> None:
        from .connect_dialog import connect_to_database

        connect_to_database(self)

    def sign_in(self) -> None:
        if not self.state.reference:
            QMessageBox.information(self, self.tr("Sign in"), self.tr(
                "There is no procedure in this database yet. Start one first: File ▸ Start a procedure."))
            return
        sign_in_flow.sign_in(self)

    def change_password(self) -> None:
        sign_in_flow.change_password(self)

    def help(self) -> None:
        from .help_dialog import HelpDialog

        dlg = HelpDialog(None if self.state.actor.is_setup else self.state.actor.role, self)
        dlg.open()
        self.help_dialog = dlg

    def fit_to_screen(self) -> None:
        """Never larger than the screen (a 150 % scaled laptop has less room than the saved size)."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        if self.width() > room.width() or self.height() > room.height():
            self.resize(min(self.width(), room.width()), min(self.height(), room.height()))
            self.move(room.topLeft())

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About panel_app"),
                          self.tr("<b>panel_app {version}</b><p>The desktop tool of an EU selection panel: intake "
                                  "from the functional mailbox, eligibility, blind independent scoring, consensus, "
                                  "shortlist and signed reports.</p><p>Database: {database}</p>").format(
                              version=__version__, database=self.state.services.db.display))

    def closeEvent(self, event) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        self.state.tasks.wait()
        super().closeEvent(event)
