"""The services' names for showing stored times: the rules live in domain/times.py (one owner)."""

from __future__ import annotations

from panel_app.domain.times import iso_utc, local_text

__all__ = ["iso_utc", "local_text"]
