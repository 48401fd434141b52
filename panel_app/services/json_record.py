"""`JsonRecord.as_json()`: the CLI's `--json` shape of a service's frozen dataclass (its fields in order, nested
dataclasses as objects: `dataclasses.asdict`). Dicts cross no seam but this one."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, cast


class JsonRecord:
    __slots__ = ()

    def as_json(self) -> dict[str, Any]:
        return asdict(cast(Any, self))
