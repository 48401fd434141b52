"""The GUI's state: services, current procedure and acting member, and one typed 'changed' broadcast.

`apply(op)` broadcasts the kinds a service mutation says it changed (`op: Changed[T]`, see domain/changes) and
returns its result; `changed(Change.X)` is only for a change the interface itself observed (the live feed).
`subscribe({Change.X, ...}, slot)` is how a page hears the kinds it shows. `heard()` lists the kinds a page subscribed to by name (a test checks every emitted kind is heard).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from panel_app.domain.changes import Change, Changed
from panel_app.services import Services
from panel_app.services.actors import SETUP, Actor

from .tasks import TaskRunner

T = TypeVar("T")


class AppState(QObject):
    procedure_changed = Signal(str)
    actor_changed = Signal(object)
    data_changed = Signal(object)  # a Change: what a mutation touched

    def __init__(self, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.tasks = TaskRunner(self)
        self.reference: str | None = None
        self.actor: Actor = SETUP
        self.timezone = "Europe/Brussels"  # the procedure's zone: every time on screen is shown in it
        self._heard: Counter[Change] = Counter()
        self._applying: set[object] | None = None  # the subscribers already told of the operation being applied

    def set_procedure(self, reference: str | None) -> None:
        self.reference = reference
        self.actor = SETUP
        self.procedure_changed.emit(reference or "")

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.actor_changed.emit(actor)

    def changed(self, kind: Change) -> None:
        self.data_changed.emit(Change(kind))

    def apply(self, op: Changed[T]) -> T:
        """Broadcast exactly the kinds a service mutation changed (in the enum's order); return its result.
        A subscriber hears one notice of an operation once, with the first of its kinds it subscribed to (a
        page showing two of the kinds changed reloads once)."""
        outer, self._applying = self._applying, set()
        try:
            for kind in op.ordered():
                self.data_changed.emit(kind)
        finally:
            self._applying = outer
        return op.result

    def subscribe(self, kinds: Iterable[Change], slot: Callable[[Change], object]) -> None:
        """`slot(kind)` on every broadcast of one of `kinds` (once per applied operation)."""
        wanted = frozenset(Change(k) for k in kinds)
        self._heard.update(wanted)
        self.data_changed.connect(self._once(slot, wanted))

    def subscribe_all(self, slot: Callable[[Change], object]) -> None:
        """`slot(kind)` on every broadcast (a widget that re-reads on any change), once per applied operation.
        It makes no kind "heard": each kind still needs a page that shows it."""
        self.data_changed.connect(self._once(slot, frozenset(Change)))

    def _once(self, slot: Callable[[Change], object], wanted: frozenset[Change]) -> Callable[[Change], None]:
        token = object()

        def heard(kind: Change) -> None:
            if kind not in wanted:
                return
            if self._applying is not None:
                if token in self._applying:
                    return
                self._applying.add(token)
            slot(kind)

        return heard

    def heard(self) -> set[Change]:
        """The kinds some page subscribed to by name."""
        return set(self._heard)
