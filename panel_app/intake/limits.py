"""The limits every imported file is read under, and their wording.

Settings with defaults; each can be changed by an environment variable (named in README) or by
`panel-app import --memory-mb/--seconds/--max-pages/--max-part-mb`:

| setting            | default | variable                      | what happens beyond it                              |
|--------------------|---------|-------------------------------|-----------------------------------------------------|
| memory_mb          | 512     | PANEL_INTAKE_MEMORY_MB        | the worker is stopped; "not read: over the memory limit (512 MB)" |
| seconds            | 10      | PANEL_INTAKE_SECONDS          | the worker is stopped; "not read: parsing took over 10 s"  |
| seconds_per_mb     | 1       | PANEL_INTAKE_SECONDS_PER_MB   | (a long PDF is a large file: 10 s + 1 s per MB)     |
| max_pages          | 300     | PANEL_INTAKE_MAX_PAGES        | "only the first 300 of 1,000,000 pages read"        |
| max_part_mb        | 100     | PANEL_INTAKE_MAX_PART_MB      | a mail part or archive member over it is not unpacked |
| max_unpacked_mb    | 300     | PANEL_INTAKE_MAX_UNPACKED_MB  | the rest of an archive is not unpacked              |
| max_members        | 200     | PANEL_INTAKE_MAX_MEMBERS      | the rest of an archive is not listed                 |

The worker applies them (intake/confine.py, intake/workers.py); the parsers read them through `current()`,
which each worker sets once when it starts.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

from panel_app.domain.texts import Number, translate

MB = 1024 * 1024


@dataclass(frozen=True)
class IntakeLimits:
    memory_mb: int = 512
    seconds: float = 10.0
    seconds_per_mb: float = 1.0
    max_pages: int = 300
    max_part_mb: int = 100
    max_unpacked_mb: int = 300
    max_members: int = 200

    @classmethod
    def from_env(cls, environ: dict | None = None, **overrides) -> IntakeLimits:
        """Defaults, then PANEL_INTAKE_<NAME> variables, then the non-None `overrides`."""
        env = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            raw = env.get(f"PANEL_INTAKE_{f.name.upper()}")
            if raw:
                try:
                    values[f.name] = type(getattr(cls, f.name))(float(raw))
                except ValueError:
                    pass  # a bad value keeps the default (README names the variables)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)

    def timeout_for(self, size: int) -> float:
        """Wall time allowed for one file of `size` bytes."""
        return self.seconds + self.seconds_per_mb * size / MB

    @property
    def part_bytes(self) -> int:
        return self.max_part_mb * MB

    @property
    def unpacked_bytes(self) -> int:
        return self.max_unpacked_mb * MB


def over_memory(limits: IntakeLimits) -> str:
    return translate("Errors", "not read: over the memory limit ({memory_mb} MB)").format(memory_mb=limits.memory_mb)


def over_time(limits: IntakeLimits, size: int) -> str:
    seconds = f"{limits.timeout_for(size):.1f}".removesuffix(".0")
    return translate("Errors", "not read: parsing took over {seconds} s").format(seconds=Number(seconds))


def pages_read(read: int, total: int) -> str:
    return translate("Errors", "only the first {read} of {total} pages read").format(read=Number(f"{read:,}"),
                                                                                      total=Number(f"{total:,}"))


_current = IntakeLimits()


def current() -> IntakeLimits:
    """The limits of this process (a worker sets them once at start; the defaults elsewhere)."""
    return _current


def set_current(limits: IntakeLimits) -> None:
    global _current
    _current = limits
