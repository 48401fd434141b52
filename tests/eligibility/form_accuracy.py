"""Accuracy of the eligibility suggestions on the PDF form corpus (tests/eligibility/forms/), per rule and
per split, read exactly as the import reads them (pypdfium2 text + embedded Europass XML).

    PYTHONPATH=$PWD python -m tests.eligibility.form_accuracy     # prints the table README shows
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from panel_app.domain.eligibility import overall
from panel_app.domain.eligibility.snapshot import suggestion_snapshot
from panel_app.intake.pdf_text import extract_pdf

FORMS = Path(__file__).with_name("forms")
CRITERIA = [("E-DEADLINE", False), ("E-FORMAT", False), ("E-NATIONALITY", False), ("E-CIVIC", True),
            ("E-MILITARY", True), ("E-FITNESS", True), ("E-REFERENCES", True), ("E-DIPLOMA", False),
            ("E-LANG-MAIN", False), ("E-LANG-SECOND", False)]
RULES = {"nationality": ("E-NATIONALITY",), "diploma (duration of studies)": ("E-DIPLOMA",),
         "main language (C1)": ("E-LANG-MAIN",), "second language (B2)": ("E-LANG-SECOND",),
         "general conditions (declaration of honour, boxes)": ("E-CIVIC", "E-MILITARY", "E-FITNESS", "E-REFERENCES")}
DEFINITE = ("met", "not_met", "declared")


def evaluate() -> dict:
    truth = json.loads((FORMS / "truth.json").read_text(encoding="utf-8"))
    rows = []
    for name, spec in sorted(truth.items()):
        pages, texts, flags, europass = extract_pdf((FORMS / f"{name}.pdf").read_bytes())
        snap = suggestion_snapshot(texts, flags, europass, "AD6", CRITERIA)
        got = {c["criterion"]: c for c in snap["checks"]}
        rows.append((name, spec, snap, got))
    return {"rows": rows}


def figures(rows) -> dict:
    """{split: {rule: (right, n)}} and the wrong definite suggestions."""
    table: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    wrong: list[str] = []
    for name, spec, snap, got in rows:
        t = spec["truth"]
        split = spec["split"]
        for rule, codes in RULES.items():
            for code in codes:
                if code not in t["checks"]:
                    continue
                want, have = t["checks"][code], got[code]["suggested"]
                cell = table[split][rule]
                cell[0] += want == have
                cell[1] += 1
                if have in DEFINITE and have != want:
                    wrong.append(f"{name} {code}: suggested {have}, truth {want} ({got[code]['reason'] or got[code]['evidence']})")
        have_overall = overall([c["suggested"] for c in snap["checks"]])
        cell = table[split]["overall suggestion"]
        cell[0] += have_overall == t["overall"]
        cell[1] += 1
        if have_overall != "to_verify" and have_overall != t["overall"]:
            wrong.append(f"{name} overall: {have_overall}, truth {t['overall']}")
        if t.get("article29") is not None or spec.get("art29") is not None or split != "europass":
            cell = table[split]["Article 29 category"]
            cell[0] += snap["article29"] == t["article29"]
            cell[1] += 1
            if t["article29"]:
                cell = table[split]["Article 29, priority candidates"]
                cell[0] += snap["article29"] == t["article29"]
                cell[1] += 1
            if snap["article29"] and snap["article29"] != t["article29"]:
                wrong.append(f"{name} article29: {snap['article29']}, truth {t['article29']}")
    return {"table": {s: {r: tuple(v) for r, v in d.items()} for s, d in table.items()}, "wrong": wrong}


def main(show_heldout: bool = "--show-heldout" in sys.argv) -> None:
    rows = evaluate()["rows"]
    f = figures(rows)
    splits = ("design", "heldout", "fresh", "unseen", "art29", "acroform", "browserbox", "europass")
    print("| Rule | " + " | ".join(splits) + " |\n|---|" + "---|" * len(splits))
    rules = list(RULES) + ["Article 29 category", "Article 29, priority candidates", "overall suggestion"]
    for rule in rules:
        cells = []
        for s in splits:
            right, n = f["table"].get(s, {}).get(rule, (0, 0))
            cells.append(f"{right}/{n} ({right / n:.0%})" if n else "–")
        print(f"| {rule} | " + " | ".join(cells) + " |")
    print(f"\nwrong definite suggestions: {len(f['wrong'])}")
    for w in f["wrong"]:
        print("  ", w if show_heldout or w.startswith(("design", "europass")) else w.split(" ")[0])
    for name, spec, snap, got in rows:
        t = spec["truth"]
        if spec["split"] in ("heldout", "fresh", "unseen") and not show_heldout:
            continue  # the held-out split is measured, not read: its failures are not tuned on
        bad = [c for c in t["checks"] if got[c]["suggested"] != t["checks"][c]]
        if bad or snap["article29"] != t["article29"]:
            print(f"-- {name}: " + "; ".join(f"{c} {got[c]['suggested']}≠{t['checks'][c]} ({got[c]['reason']})" for c in bad)
                  + (f" art29 {snap['article29']}≠{t['article29']} {snap.get('article29_unsure')}" if snap["article29"] != t["article29"] else ""))


if __name__ == "__main__":
    main()
