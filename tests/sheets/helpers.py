"""Small helpers for the score-sheet tests: read the exported workbook, write CSV sheets."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

PRESEL = ["S1-DEGREE", "S2-DEVOPS", "S3-CICD", "S4-CONTAINERS", "S5-IAC", "S6-CLOUD", "S7-SECURITY",
          "S8-DELIVERY", "S9-COORDINATION", "S10-TRANSITION", "A1-TOOLS", "A2-CLOUDS", "A3-NUTANIX",
          "A4-ITIL-PM2", "A5-LANGUAGES"]


def scores_rows(path) -> list[dict]:
    ws = load_workbook(path)["Scores"]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def fill(path, values: dict[tuple[str, str], object], comment: str | None = None) -> None:
    """Type values (and a comment) into the exported workbook, as a member would in Excel."""
    wb = load_workbook(path)
    ws = wb["Scores"]
    header = [c.value for c in ws[1]]
    col = {h: i + 1 for i, h in enumerate(header)}
    for r in range(2, ws.max_row + 1):
        key = (ws.cell(r, col["candidate"]).value, ws.cell(r, col["criterion"]).value)
        if key in values:
            ws.cell(r, col["value"]).value = values[key]
            if comment is not None:
                ws.cell(r, col["comment"]).value = comment
    wb.save(path)


def write_csv(path, rows: list[list], delimiter: str = ",") -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(["candidate", "criterion", "value", "comment"])
        w.writerows(rows)


def mark_all(sv, ref, actor, email, value=3) -> None:
    for code in PRESEL:
        if code == "A3-NUTANIX":
            sv.scoring.set_mark(ref, actor, email, code, None, na=True)
        else:
            sv.scoring.set_mark(ref, actor, email, code, value)


def my_marks(sv, ref, actor, email) -> dict[str, tuple]:
    return {m.criterion: (m.value, m.na, m.comment)
            for m in sv.scoring.sheet(ref, actor, email).marks if m.value is not None or m.na}
