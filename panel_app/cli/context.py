"""What a command needs: the services, the procedure, the acting member, the output mode."""

from __future__ import annotations

import argparse
import os
from functools import cached_property

from panel_app.domain.errors import Refused
from panel_app.services import Services
from panel_app.services.actors import Actor
from panel_app.services.connection import check_login


class Context:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.json = bool(getattr(args, "json", False))
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        if self._services is None:
            self._services = Services.open(getattr(self.args, "db", None))
        return self._services

    @cached_property
    def reference(self) -> str:
        return self.services.procedures.resolve(getattr(self.args, "procedure", None))

    @cached_property
    def actor(self) -> Actor:
        """--as NAME with PANEL_PASSWORD; with no members yet, the set-up actor."""
        name = getattr(self.args, "as_", None)
        check_login(self.services.db, name)
        return self.services.members.sign_in(self.reference, name, os.environ.get("PANEL_PASSWORD"))

    def require_sign_in(self) -> None:
        """Once a procedure has members, every command names the acting member with --as."""
        if not getattr(self.args, "as_", None) and self.services.members.has_members(self.reference):
            raise Refused("This procedure has panel members: say who you are with --as NAME "
                          "(password in PANEL_PASSWORD).")
        _ = self.actor

    def close(self) -> None:
        if self._services is not None:
            self._services.db.dispose()
