"""The procedure's grid: criteria, scale, anchors, weights, thresholds, best-N and tie-break rules.

Plain data; the store persists it and the services pass it around. `canonical()` and `grid_hash()`
give the form that is hashed when the chair seals the grid.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

GROUPS = ("eligibility", "selection", "asset", "requirement", "interview")
STAGE_OF_GROUP = {
    "eligibility": "eligibility",
    "selection": "preselection",
    "asset": "preselection",
    "requirement": "preselection",
    "interview": "interview",
}
STAGES = ("eligibility", "preselection", "interview")
KINDS = ("pass_fail", "scored")
Consolidation = Literal["mean", "consensus_required"]
CONSOLIDATION: tuple[Consolidation, ...] = ("mean", "consensus_required")
FINAL_RANKING = ("interview_only", "combined")


def default_kind(group: str) -> str:
    return "pass_fail" if group in ("eligibility", "requirement") else "scored"


@dataclass
class CriterionSpec:
    code: str
    group: str
    title: str
    kind: str = ""
    stage: str = ""
    weight: float = 1.0
    minimum: float | None = None
    anchors: dict[str, str] = field(default_factory=dict)
    keywords: list[str] = field(default_factory=list)
    declared: bool = False
    position: int = 0

    def __post_init__(self) -> None:
        self.kind = self.kind or default_kind(self.group)
        self.stage = self.stage or STAGE_OF_GROUP.get(self.group, "preselection")
        if self.kind == "pass_fail":
            self.weight = 0.0


@dataclass
class Rules:
    scale_min: int = 0
    scale_max: int = 4
    pass_mark: float = 60.0
    interview_pass_mark: float = 60.0
    best_n: int | None = 8
    consolidation: Consolidation = "mean"
    divergence_points: float = 2.0
    article29_bypass_best_n: bool = False
    final_ranking: str = "interview_only"
    combined_weights: dict[str, float] = field(
        default_factory=lambda: {"preselection": 0.4, "interview": 0.6}
    )
    tie_break: list[str] = field(default_factory=list)
    min_years_study: int = 3

    @classmethod
    def from_dict(cls, raw: Mapping | None) -> Rules:
        """The rules as stored (a JSON object): every setting the object lacks keeps its default, keys
        that are no setting are left out. Called once, where the store hands a procedure up
        (`Procedure.grid_rules`)."""
        raw = raw or {}
        return cls(**{f.name: raw[f.name] for f in fields(cls) if f.name in raw})

    @property
    def scale(self) -> tuple[int, int]:
        """(lowest, highest) mark of the procedure's scale: the one owner of "0–4"."""
        return int(self.scale_min), int(self.scale_max)

    def pass_mark_of(self, stage: str) -> float:
        """The pass mark (% of the maximum) of a scored stage: the interview has its own."""
        return float(self.interview_pass_mark if stage == "interview" else self.pass_mark)


PASS_MARKS = ("pass_mark", "interview_pass_mark")  # the rules that are a pass mark


def is_pass_mark(value: object) -> bool:
    """A pass mark is a percentage of the stage's maximum, from 0 to 100: the one owner of that range (the
    template check and the grid editor both ask here)."""
    return isinstance(value, int | float) and 0 <= value <= 100


def anchors_on_scale(own: Mapping[str, str] | None, general: Mapping[str, str] | None,
                     scale: tuple[int, int]) -> dict[str, str]:
    """A criterion's anchor per level of the scale ("0".."4" on the usual 0–4): its own text where it has
    one, else the procedure's general anchor of that level, else empty."""
    own, general = own or {}, general or {}
    lo, hi = scale
    return {str(k): own.get(str(k)) or general.get(str(k), "") for k in range(int(lo), int(hi) + 1)}


@dataclass
class ProcedureSpec:
    reference: str
    title: str
    deadline_local: datetime  # naive, in `timezone`
    timezone: str = "Europe/Brussels"
    directorate_general: str = ""
    unit: str = ""
    place: str = ""
    staff_category: str = ""
    grade: str = ""
    mailbox: str = ""
    confidentiality: str = "CONFIDENTIAL – Selection panel proceedings"
    underrepresented: list[str] = field(default_factory=list)
    rules: Rules = field(default_factory=Rules)
    anchors: dict[str, str] = field(default_factory=dict)
    criteria: list[CriterionSpec] = field(default_factory=list)

    @property
    def deadline_utc(self) -> datetime:
        return self.deadline_local.replace(tzinfo=ZoneInfo(self.timezone)).astimezone(ZoneInfo("UTC"))


def canonical(criteria: list[dict], rules: dict, anchors: dict[str, str]) -> str:
    """A stable text form of the grid: what the seal hashes."""
    crit = [
        {k: c[k] for k in ("code", "group", "stage", "kind", "title", "weight", "minimum", "anchors")}
        for c in sorted(criteria, key=lambda c: (c["position"], c["code"]))
    ]
    body = {"criteria": crit, "rules": rules, "anchors": anchors}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def grid_hash(criteria: list[dict], rules: dict, anchors: dict[str, str]) -> str:
    return hashlib.sha256(canonical(criteria, rules, anchors).encode("utf-8")).hexdigest()


def rules_dict(rules: Rules) -> dict:
    return asdict(rules)
