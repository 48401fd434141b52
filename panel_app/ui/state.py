"""The GUI's state: services, current procedure and acting member, and one 'changed' broadcast."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from panel_app.services import Services
from panel_app.services.actors import SETUP, Actor

from .tasks import TaskRunner


class AppState(QObject):
    procedure_changed = Signal(str)
    actor_changed = Signal(object)
    data_changed = Signal(str)  # what changed: "grid", "members", "applications", "settings", ...

    def __init__(self, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.tasks = TaskRunner(self)
        self.reference: str | None = None
        self.actor: Actor = SETUP
        self.timezone = "Europe/Brussels"  # the procedure's zone: every time on screen is shown in it

    def set_procedure(self, reference: str | None) -> None:
        self.reference = reference
        self.actor = SETUP
        self.procedure_changed.emit(reference or "")

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.actor_changed.emit(actor)

    def changed(self, what: str) -> None:
        self.data_changed.emit(what)
