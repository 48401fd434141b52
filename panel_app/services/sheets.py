"""Offline score sheets: a member exports their own marks to .xlsx, fills them in, and imports the sheet
(.xlsx or .csv) back — completely or not at all, with every bad row named.

The same gate as on-screen scoring applies: the grid must be sealed, the member declared, voting, and
never conflicted on a candidate; a submitted candidate's marks are locked until the chair reopens them.
"""

from __future__ import annotations

import csv
import io
import math
import zipfile
from pathlib import Path
from typing import Any

from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import UserFacingError
from panel_app.domain.texts import translate
from panel_app.domain.times import local_text
from panel_app.domain.words import stage_word
from panel_app.store import procedures as q
from panel_app.store import read_only, unit_of_work
from panel_app.store import scoring as qs
from panel_app.store import sheet_writes as sw
from panel_app.store.applications import candidate_map
from panel_app.store.models import Procedure

from . import scoring_access as gate
from .actors import Actor
from .scoring import ScoringService
from .scoring_results import SheetExported, SheetImported

COLUMNS = ("candidate", "name", "criterion", "title", "weight", "value", "comment", "status", "version")
WIDTHS = (30, 28, 18, 48, 8, 8, 50, 12, 8)
REQUIRED = ("candidate", "criterion", "value")
NA_WORDS = {"na", "n/a", "n.a.", "n.a"}


class SheetErrors(UserFacingError):
    """A sheet with bad rows: nothing was applied. `rows` holds one 'row N: reason' line per problem."""

    def __init__(self, file: str, rows: list[str]):
        self.file, self.rows = file, rows
        self.headline = translate("Errors", "Nothing was imported from {file}: {count} problem(s) to correct.") \
            .format(file=file, count=len(rows))
        super().__init__(f"{self.headline[:-1]} — " + "; ".join(rows) + ".",
                         hint="Correct these rows and import the whole file again.")


class SheetService:
    def __init__(self, db, scoring: ScoringService):
        self.db = db
        self.scoring = scoring

    # ---------------------------------------------------------------- export
    def export(self, reference: str, actor: Actor, path: str | Path, stage: str = "preselection") -> SheetExported:
        """Writes the file only: nothing changes in the database."""
        gate.require_may_score(actor)
        mine = self.scoring.my_candidates(reference, actor, stage)  # sealed, declared, conflicts, member order
        with read_only(self.db) as s:
            p = gate.procedure_for(s, reference)
            lo, hi = _scale(p)
            crits = gate.scored_criteria(s, p, stage)
            by_email = {c.email: c for c in candidate_map(s, p.id).values()}
            marks = sw.member_scores(s, actor.member_key, stage)
            rows = []
            for m in mine:
                c = by_email[m.email]
                name = ", ".join(x for x in (c.surname, c.first_name) if x)
                for cr in crits:
                    sc = marks.get((c.id, cr.id))
                    rows.append([c.email, name, cr.code, cr.title, cr.weight, _shown(sc), sc.comment if sc else "",
                                 m.status, sc.version if sc else 0])
            anchors = [[cr.code, cr.title, cr.weight] + [(cr.anchors or {}).get(str(k)) or p.anchors.get(str(k), "")
                                                         for k in range(lo, hi + 1)] for cr in crits]
        _write_xlsx(Path(path), rows, anchors, lo, hi)
        return SheetExported(str(path), len(mine), len(crits), len(rows))

    # ---------------------------------------------------------------- import
    def import_file(self, reference: str, actor: Actor, path: str | Path,
                    stage: str = "preselection") -> Changed[SheetImported]:
        """All rows or none; the member's scores change when a mark is applied."""
        path = Path(path)
        gate.require_may_score(actor)
        has_comment, rows = _read(path)
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            p = gate.procedure_for(s, reference)
            gate.require_sealed(p)
            gate.require_declared(s, p, actor)
            lo, hi = _scale(p)
            crits = {cr.code.upper(): cr for cr in gate.scored_criteria(s, p, stage)}
            codes = {cr.code.upper() for cr in q.criteria(s, p.id)}
            everyone = {c.email.lower(): c for c in candidate_map(s, p.id).values()}
            in_stage = {c.id for c in ScoringService._stage_candidates(s, p, stage)}
            conflicted = {c for m, c in qs.conflicts(s, p.id) if m == actor.member_id}
            states = sw.member_assessments(s, actor.member_key, stage)
            stored = sw.member_scores(s, actor.member_key, stage)
            errors: list[str] = []
            writes: list[sw.MarkWrite] = []
            seen: dict[tuple[int, int], int] = {}
            skipped = unchanged = 0
            for number, cells in rows:
                if _blank(cells.get("value")):
                    skipped += 1
                    continue
                problems: list[str] = []
                email, code = _text(cells.get("candidate")).lower(), _text(cells.get("criterion")).upper()
                c, cr = everyone.get(email), crits.get(code)
                if c is None:
                    problems.append(translate("Errors", "unknown candidate {email}").format(email=email) if email else
                                    translate("Errors", "no candidate e-mail"))
                elif c.id in conflicted:
                    problems.append(translate("Errors", "you declared a conflict of interest on {email}: you cannot score "
                                                        "them").format(email=email))
                elif c.id not in in_stage:
                    problems.append(translate("Errors", "{email} is not scored at the {stage} stage")
                                    .format(email=email, stage=stage_word(stage)))
                if cr is None:
                    problems.append(translate("Errors", "no criterion code") if not code else
                                    translate("Errors", "{code} is not a scored criterion of the {stage} stage")
                                    .format(code=code, stage=stage_word(stage)) if code in codes else
                                    translate("Errors", "unknown criterion {code}").format(code=code))
                value, na, why = _parse_value(cells.get("value"), lo, hi)
                problems += [why] if why else []
                comment = _text(cells.get("comment"), strip=False).rstrip() if has_comment else None
                if not problems and c is not None and cr is not None:  # (a None has named its problem)
                    key = (c.id, cr.id)
                    sc, a = stored.get(key), states.get(c.id)
                    if key in seen:
                        problems.append(translate("Errors", "duplicate of row {row} ({email} / {code})")
                                        .format(row=seen[key], email=email, code=cr.code))
                    elif sc is not None and (sc.na, None if sc.na else sc.value) == (na, value) and (
                            comment is None or comment == sc.comment):
                        unchanged += 1  # e.g. the prefilled marks of an already submitted candidate
                    elif a is not None and a.status == "submitted":
                        problems.append(translate("Errors", "{email} is already submitted: only the chair can reopen "
                                                            "it").format(email=email))
                    elif sc is not None and _int(cells.get("version")) not in (None, sc.version):
                        problems.append(translate("Errors", "the mark {email} / {code} was changed by {who} at {when} after "
                                                            "this sheet was exported")
                                        .format(email=email, code=cr.code, who=sc.updated_by,
                                                when=local_text(sc.updated_at, p.timezone)))
                    else:
                        writes.append(sw.MarkWrite(c.id, c.email, cr.id, cr.code, value, na, comment))
                    seen.setdefault(key, number)
                errors += [translate("Errors", "row {number}: {problem}").format(number=number, problem=x)
                           for x in problems]
            if errors:
                raise SheetErrors(path.name, errors)
            applied = sw.write_marks(uow, p.id, actor.member_key, actor.name, stage, writes)
            out = SheetImported(str(path), applied, skipped, unchanged)
            return Changed(out, frozenset({Change.SCORES}) if applied else frozenset())


# -------------------------------------------------------------------- values
def _scale(p: Procedure) -> tuple[int, int]:
    return p.grid_rules.scale


def _shown(sc) -> Any:
    if sc is None:
        return None
    if sc.na:
        return "NA"
    if sc.value is None:
        return None
    return int(sc.value) if float(sc.value).is_integer() else sc.value


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _text(v: Any, *, strip: bool = True) -> str:
    if v is None:
        return ""
    t = str(v)
    return t.strip() if strip else t


def _int(v: Any) -> int | None:
    try:
        return None if _blank(v) else int(float(v))
    except (TypeError, ValueError):
        return None


def _parse_value(raw: Any, lo: int, hi: int) -> tuple[float | None, bool, str | None]:
    """(value, na, problem). A whole number on the scale, or NA / N/A."""
    if isinstance(raw, str):
        t = raw.strip()
        if t.lower() in NA_WORDS:
            return None, True, None
        try:
            v = float(t.replace(",", "."))
        except ValueError:
            return None, False, translate("Errors", "value '{value}' is not a number {lo}–{hi} or NA").format(value=t, lo=lo, hi=hi)
    elif isinstance(raw, bool) or not isinstance(raw, int | float):
        return None, False, translate("Errors", "value '{value}' is not a number {lo}–{hi} or NA").format(value=raw, lo=lo, hi=hi)
    else:
        v = float(raw)
    if not math.isfinite(v) or not v.is_integer():
        return None, False, translate("Errors", "value {value} is not a whole number {lo}–{hi} (or NA)").format(value=raw, lo=lo, hi=hi)
    if not lo <= v <= hi:
        return None, False, translate("Errors", "value {value:g} is outside {lo}–{hi}").format(value=v, lo=lo, hi=hi)
    return v, False, None


# -------------------------------------------------------------------- files
def _write_xlsx(path: Path, rows: list[list], anchors: list[list], lo: int, hi: int) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "Scores"
    ws.append(list(COLUMNS))
    for r in rows:
        ws.append(r)
    for i, w in enumerate(WIDTHS):
        letter = get_column_letter(i + 1)
        ws.column_dimensions[letter].width = w
        ws[f"{letter}1"].font = Font(bold=True)
    ws.column_dimensions["I"].hidden = True  # version: detects a mark changed on screen after the export
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{max(len(rows) + 1, 2)}"
    allowed = ",".join(str(k) for k in range(lo, hi + 1)) + ",NA"
    dv = DataValidation(type="list", formula1=f'"{allowed}"', allow_blank=True, showErrorMessage=True,
                        errorTitle="Not a mark", error=f"Give a whole number {lo}–{hi}, or NA.",
                        promptTitle="Mark", prompt=f"{lo}–{hi} or NA (see the Anchors sheet)", showInputMessage=True)
    ws.add_data_validation(dv)
    if rows:
        dv.add(f"F2:F{len(rows) + 1}")
    an = wb.create_sheet("Anchors")
    an.append(["criterion", "title", "weight"] + [str(k) for k in range(lo, hi + 1)])
    for r in anchors:
        an.append(r)
    for i, w in enumerate([18, 40, 8] + [40] * (hi - lo + 1)):
        an.column_dimensions[get_column_letter(i + 1)].width = w
        an.cell(1, i + 1).font = Font(bold=True)
    for line in an.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    an.freeze_panes = "A2"
    try:
        wb.save(path)
    except OSError as e:
        raise UserFacingError(translate("Errors", "Cannot write {path}: {value}.")
                                  .format(path=path, value=e.strerror or e),
                              hint=translate("Errors", "Close the file if it is open in Excel, or choose "
                                                       "another name.")) from e


def _read(path: Path) -> tuple[bool, list[tuple[int, dict[str, Any]]]]:
    """(has a comment column, data rows numbered as the spreadsheet shows them)."""
    if not path.is_file():
        raise UserFacingError(translate("Errors", "{path} does not exist.").format(path=path),
                              hint=translate("Errors", "Choose the score sheet you exported."))
    suffix = path.suffix.lower()
    table: list[tuple] | list[list[str]]
    try:
        if suffix in (".xlsx", ".xlsm"):
            table = _xlsx_rows(path)
        elif suffix in (".csv", ".txt"):
            table = _csv_rows(path)
        else:
            raise UserFacingError(translate("Errors", "{name} is neither an .xlsx workbook nor a .csv file.")
                                      .format(name=path.name))
    except (zipfile.BadZipFile, KeyError, OSError, UnicodeDecodeError, csv.Error) as e:
        raise UserFacingError(translate("Errors", "{name} cannot be read as a score sheet ({e}).")
                                  .format(name=path.name, e=e),
                              hint=translate("Errors", "Save it as .xlsx or as UTF-8 .csv and try again.")) from e
    if not table:
        raise UserFacingError(translate("Errors", "{name} is empty: it needs a header row candidate, "
                                                  "criterion, value, comment.").format(name=path.name))
    header = [_text(h).lower() for h in table[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise UserFacingError(translate("Errors", "{name} has no column {missing} in its first row.")
                                  .format(name=path.name, missing=', '.join(missing)),
                              hint=translate("Errors", "The columns are candidate (e-mail), criterion "
                                                       "(code), value (0–4 or NA), comment."))
    rows = []
    for n, cells in enumerate(table[1:], start=2):
        if all(_blank(v) for v in cells):
            continue
        rows.append((n, {h: cells[i] for i, h in enumerate(header) if h and i < len(cells)}))
    return "comment" in header, rows


def _xlsx_rows(path: Path) -> list[tuple]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except InvalidFileException as e:
        raise UserFacingError(translate("Errors", "{name} is not an Excel workbook ({e}).")
                                  .format(name=path.name, e=e)) from e
    try:
        if "Scores" not in wb.sheetnames:
            raise UserFacingError(translate("Errors", "{name} has no sheet named 'Scores'.")
                                      .format(name=path.name),
                                  hint=translate("Errors", "Import the workbook exported by panel_app "
                                                           "(Scores ▸ Export my score sheet)."))
        return [tuple(r) for r in wb["Scores"].iter_rows(values_only=True)]
    finally:
        wb.close()


def _csv_rows(path: Path) -> list[list[str]]:
    """UTF-8 (with or without BOM); comma, semicolon (Excel in many EU locales) or tab separated."""
    text = path.read_text(encoding="utf-8-sig")
    try:
        dialect: Any = csv.Sniffer().sniff(text.splitlines()[0] if text else "", delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text, newline=""), dialect))
