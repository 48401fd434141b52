"""Reading a procedure template (TOML) with messages that name the key and the line."""

from __future__ import annotations

import re
import tomllib
from datetime import datetime
from pathlib import Path
from typing import NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import UserFacingError
from .grid import (
    CONSOLIDATION,
    FINAL_RANKING,
    GROUPS,
    PASS_MARKS,
    CriterionSpec,
    ProcedureSpec,
    Rules,
    is_pass_mark,
)
from .reference import eu_code
from .texts import translate

REQUIRED_PROCEDURE_KEYS = ("reference", "title", "deadline", "timezone")


class TemplateError(UserFacingError):
    pass


def _line_of(text: str, pattern: str, nth: int = 0) -> int | None:
    hits = [m.start() for m in re.finditer(pattern, text, flags=re.MULTILINE)]
    if len(hits) > nth:
        return text.count("\n", 0, hits[nth]) + 1
    return None


def _key_line(text: str, start: int | None, key: str) -> int | None:
    """The line of `key = …` in the block that starts at line `start` (else the block's line)."""
    if start is None:
        return None
    lines = text.splitlines()
    for n in range(start, len(lines)):
        stripped = lines[n].strip()
        if stripped.startswith("[") and n > start - 1 and n != start - 1:
            break
        if re.match(rf"{re.escape(key)}\s*=", stripped):
            return n + 1
    return start


def load_template(path: str | Path) -> ProcedureSpec:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateError(translate("Errors", "Template {p} does not exist.").format(p=p),
                            hint=translate("Errors", "Check the path.")) from None
    except (OSError, UnicodeDecodeError) as e:
        raise TemplateError(translate("Errors", "Template {p} cannot be read: {e}.").format(p=p, e=e)) from None
    return parse_template(text, source=str(p))


def parse_template(text: str, source: str = "template") -> ProcedureSpec:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise TemplateError(translate("Errors", "{source}: not valid TOML: {e}.").format(source=source, e=e),
                            hint=translate("Errors", "Fix the syntax at that line.")) from None

    def fail(key: str, msg: str, line: int | None = None) -> NoReturn:
        problem = (translate("Errors", "{source}: key '{key}' (line {line}): {msg}.")
                   .format(source=source, key=key, line=line, msg=msg) if line else
                   translate("Errors", "{source}: key '{key}': {msg}.").format(source=source, key=key, msg=msg))
        raise TemplateError(problem, hint=translate("Errors", "Correct the template and try again."))

    proc = raw.get("procedure")
    if not isinstance(proc, dict):
        fail("procedure", translate("Errors", "the [procedure] table is missing"))
    for key in REQUIRED_PROCEDURE_KEYS:
        if not proc.get(key):
            fail(f"procedure.{key}", translate("Errors", "is missing or empty"), _line_of(text, r"^\[procedure\]"))
    tz = proc["timezone"]
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        fail("procedure.timezone", translate("Errors", "'{tz}' is not a time zone such as Europe/Brussels").format(tz=tz),
             _line_of(text, r"^timezone\s*="))
    deadline = proc["deadline"]
    if isinstance(deadline, str):
        try:
            deadline = datetime.fromisoformat(deadline)
        except ValueError:
            fail("procedure.deadline", translate("Errors", "'{deadline}' is not a date and time like 2026-06-12T12:00:00").format(
                deadline=deadline),
                 _line_of(text, r"^deadline\s*="))
    if not isinstance(deadline, datetime):
        fail("procedure.deadline", translate("Errors", "must be a local date and time like 2026-06-12T12:00:00"),
             _line_of(text, r"^deadline\s*="))
    if deadline.tzinfo is not None:
        deadline = deadline.astimezone(ZoneInfo(tz)).replace(tzinfo=None)

    under = []
    for code in proc.get("underrepresented", []):
        ec = eu_code(str(code))
        if not ec:
            fail("procedure.underrepresented", translate("Errors", "'{code}' is not a Member State code").format(code=code),
                 _line_of(text, r"^underrepresented\s*="))
        under.append(ec)

    rules_raw = raw.get("rules", {})
    rules = Rules()
    for key, value in rules_raw.items():
        if not hasattr(rules, key):
            fail(f"rules.{key}", translate("Errors", "is not a known rule"), _line_of(text, rf"^{re.escape(key)}\s*="))
        setattr(rules, key, value)
    if rules.consolidation not in CONSOLIDATION:
        fail("rules.consolidation", translate("Errors", "must be one of {values}").format(values=", ".join(CONSOLIDATION)),
             _line_of(text, r"^consolidation"))
    if rules.final_ranking not in FINAL_RANKING:
        fail("rules.final_ranking", translate("Errors", "must be one of {values}").format(values=", ".join(FINAL_RANKING)),
             _line_of(text, r"^final_ranking"))
    for key in PASS_MARKS:
        if not is_pass_mark(getattr(rules, key)):
            fail(f"rules.{key}", translate("Errors", "must be a percentage from 0 to 100"), _line_of(text, rf"^{key}\s*="))
    if rules.best_n is not None and (not isinstance(rules.best_n, int) or rules.best_n < 1):
        fail("rules.best_n", translate("Errors", "must be a whole number of at least 1"), _line_of(text, r"^best_n"))
    if rules.scale_max <= rules.scale_min:
        fail("rules.scale_max", translate("Errors", "must be above scale_min"), _line_of(text, r"^scale_max"))

    anchors = {str(k): str(v) for k, v in raw.get("anchors", {}).items()}
    crit_raw = raw.get("criterion", [])
    if not isinstance(crit_raw, list) or not crit_raw:
        fail("criterion", translate("Errors", "the template has no [[criterion]] entries"))
    criteria: list[CriterionSpec] = []
    seen: set[str] = set()
    for i, c in enumerate(crit_raw):
        line = _line_of(text, r"^\[\[criterion\]\]", i)
        label = f"criterion[{i + 1}]"
        for key in ("code", "group", "title"):
            if not c.get(key):
                fail(f"{label}.{key}", translate("Errors", "is missing or empty"), line)
        if c["code"] in seen:
            fail(f"{label}.code", translate("Errors", "'{code}' is used twice").format(code=c["code"]), line)
        seen.add(c["code"])
        if c["group"] not in GROUPS:
            fail(f"{label}.group", translate("Errors", "'{group}' must be one of {values}").format(
                group=c["group"], values=", ".join(GROUPS)), _key_line(text, line, "group"))
        weight = c.get("weight", 1)
        if not isinstance(weight, int | float) or not (0 <= weight <= 10):
            fail(f"{label}.weight", translate("Errors", "must be a number from 0 to 10"), _key_line(text, line, "weight"))
        minimum = c.get("minimum")
        if minimum is not None and not (rules.scale_min <= minimum <= rules.scale_max):
            fail(f"{label}.minimum", translate("Errors", "must be within the scale {low}–{high}").format(
                low=rules.scale_min, high=rules.scale_max),
                 _key_line(text, line, "minimum"))
        criteria.append(CriterionSpec(
            code=c["code"], group=c["group"], title=c["title"], kind=c.get("kind", ""),
            weight=float(weight), minimum=minimum,
            anchors={str(k): str(v) for k, v in c.get("anchors", {}).items()},
            keywords=list(c.get("keywords", [])), declared=bool(c.get("declared", False)), position=i,
        ))
    codes = {c.code for c in criteria}
    for code in rules.tie_break:
        if code not in codes:
            fail("rules.tie_break", translate("Errors", "'{code}' is not a criterion code of this template").format(code=code),
                 _line_of(text, r"^tie_break"))

    return ProcedureSpec(
        reference=str(proc["reference"]).strip(), title=str(proc["title"]), deadline_local=deadline,
        timezone=tz, directorate_general=proc.get("directorate_general", ""), unit=proc.get("unit", ""),
        place=proc.get("place", ""), staff_category=proc.get("staff_category", ""), grade=proc.get("grade", ""),
        mailbox=proc.get("mailbox", ""), confidentiality=proc.get("confidentiality", ProcedureSpec.confidentiality),
        underrepresented=under, rules=rules, anchors=anchors, criteria=criteria,
    )
