"""Regenerate the PDF form corpus in tests/eligibility/forms/ (needs LibreOffice and Chromium):

    PYTHONPATH=$PWD python -m tests.eligibility.make_forms
    PYTHONPATH=$PWD python -m tests.eligibility.make_forms --only art29 --producers reportlab
    PYTHONPATH=$PWD python -m tests.eligibility.make_forms --only browserbox

`--only SPLIT` rewrites that split's forms and keeps every other PDF and its truth (`--producers` limits it to
the producers named, comma-separated: reportlab needs neither LibreOffice nor Chromium).
The PDFs and truth.json are committed so that `make test` needs neither LibreOffice nor Chromium.
Seeded: the same command writes the same forms (the producers' time stamps aside).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from .forms_build import PRODUCERS, blocks_of, make_candidate
from .forms_europass import europass_pdf, new_format, old_format
from .forms_render import (
    acroform_pdf,
    as_html,
    as_lines,
    chromium_pdfs,
    docx_bytes,
    half,
    input_style,
    libreoffice_pdfs,
    reportlab_pdf,
)
from .forms_spec import as_json

OUT = Path(__file__).with_name("forms")
COUNTS = {"design": 12, "heldout": 8, "fresh": 8, "unseen": 8, "art29": 8}  # per producer
# a split made by one producer: (producer, forms); browserbox: Chromium printing HTML check boxes (<input>)
ONE_PRODUCER = {"acroform": ("acroform", 16), "browserbox": ("browserbox", 24)}
SEED = 1039

# Europass cases: the XML decides (scanned) or must agree with the text.
EUROPASS = {
    "scan_pl_eligible": dict(fmt="new", text=False, p=dict(
        surname="Wiśniewska", first="Zofia", email="z.wisniewska@example.pl", nationalities=["PL"], mother="pl",
        languages={"en": ["C1", "C1", "C1", "C2", "C1"]},
        education=[("2009-10", "2012-07", 6, "Licencjat informatyka", 180), ("2012-10", "2014-06", 7, "Magister", 120)]),
        truth={"E-NATIONALITY": "met", "E-DIPLOMA": "met", "E-LANG-MAIN": "met", "E-LANG-SECOND": "met"}),
    "scan_no_not_eligible": dict(fmt="new", text=False, p=dict(
        surname="Haugen", first="Ingrid", email="ingrid.haugen@example.no", nationalities=["NO"], mother="no",
        languages={"en": ["B2", "B2", "C1", "B2", "B2"], "sv": ["B1", "B2", "B1", "B1", "B1"]},
        education=[("2008-08", "2013-06", 7, "Master i informatikk", 300)]),
        truth={"E-NATIONALITY": "not_met", "E-DIPLOMA": "met", "E-LANG-MAIN": "not_met", "E-LANG-SECOND": "not_met"}),
    "scan_old_gr_eligible": dict(fmt="old", text=False, p=dict(
        surname="Papadaki", first="Eleni", email="eleni.papadaki@example.gr", nationalities=["GR"], mother="el",
        languages={"en": ["C1", "C2", "C1", "C1", "C1"], "fr": ["B2", "B2", "B2", "B2", "B2"]},
        education=[("2010-09", "2014-06", 6, "Ptychio Informatics", None)]),
        truth={"E-NATIONALITY": "met", "E-DIPLOMA": "met", "E-LANG-MAIN": "met", "E-LANG-SECOND": "met"}),
    "scan_old_tr_mother_only": dict(fmt="old", text=False, p=dict(
        surname="Yilmaz", first="Deniz", email="deniz.yilmaz@example.de", nationalities=["de", "tr"], mother="tr",
        languages={"de": ["C2", "C2", "C2", "C2", "C2"], "en": ["B2", "B1", "B2", "B2", "B2"]},
        education=[("2012-10", "2014-03", 6, "Bachelor (unfinished)", 90)]),
        truth={"E-NATIONALITY": "met", "E-DIPLOMA": "not_met", "E-LANG-MAIN": "met", "E-LANG-SECOND": "not_met"}),
}


def _europass_lines(p: dict, disagree: bool) -> list[str]:
    en = "B1" if disagree else min(p["languages"]["en"])
    return ["Europass Curriculum Vitae", f"{p['first']} {p['surname']}", "Nationality: Polish",
            "Mother tongue(s): Polish", f"Other language(s): English {en}",
            "Education and training: 2009-2012 Licencjat (180 ECTS); 2012-2014 Magister (120 ECTS)"]


def _option(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) else None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    only = _option(argv, "--only")
    producers = tuple((_option(argv, "--producers") or ",".join(PRODUCERS)).split(","))
    OUT.mkdir(exist_ok=True)
    truth: dict[str, dict] = {}
    if only:  # one split again; the others stay as they are
        truth = json.loads((OUT / "truth.json").read_text(encoding="utf-8"))
        for name in [k for k, v in truth.items() if v.get("split") == only]:
            (OUT / f"{name}.pdf").unlink(missing_ok=True)
            del truth[name]
    else:
        for old in OUT.glob("*.pdf"):
            old.unlink()
    docs: dict[str, bytes] = {}
    pages: dict[str, str] = {}
    plan = {s: (producers if only else PRODUCERS, n) for s, n in COUNTS.items()}
    plan.update({s: ((p,), n) for s, (p, n) in ONE_PRODUCER.items()})
    if only:
        plan = {only: plan[only] if only in ONE_PRODUCER else (producers, COUNTS[only] * len(PRODUCERS) // len(producers))}
    for split, (split_producers, n) in plan.items():
        rng = random.Random(f"{SEED}-{split}")
        for producer in split_producers:
            for _ in range(n):
                c = make_candidate(rng, len(truth), split, producer)
                blocks = blocks_of(c, rng.randrange(1 << 30))
                name = f"{split}-{producer}-{c.layout}-{c.lang}-{c.key}"
                truth[name] = as_json(c)
                if producer == "reportlab":
                    (OUT / f"{name}.pdf").write_bytes(reportlab_pdf(blocks, c.layout))
                elif producer == "acroform":
                    (OUT / f"{name}.pdf").write_bytes(acroform_pdf(blocks))
                elif producer == "libreoffice":
                    docs[name] = docx_bytes(blocks, c.layout, footer=half(name))
                elif producer == "browserbox":
                    pages[name] = as_html(blocks, c.layout, inputs=input_style(random.Random(name)))
                else:
                    pages[name] = as_html(blocks, c.layout)
                truth[name]["lines"] = as_lines(blocks, "inline")[:3]
    if docs:
        libreoffice_pdfs(docs, OUT)
    if pages:
        chromium_pdfs(pages, OUT)
    if only:
        return _write(truth)
    for key, case in EUROPASS.items():
        xml = (new_format if case["fmt"] == "new" else old_format)(case["p"])
        name = f"europass-{key}"
        (OUT / f"{name}.pdf").write_bytes(europass_pdf(xml, None))
        truth[name] = {"split": "europass", "producer": "europass", "scanned": True,
                       "truth": {"checks": case["truth"], "article29": None,
                                 "overall": "not_eligible" if "not_met" in case["truth"].values() else "to_verify"}}
    p = EUROPASS["scan_pl_eligible"]["p"]
    for disagree in (False, True):
        name = f"europass-text-{'disagree' if disagree else 'agree'}"
        (OUT / f"{name}.pdf").write_bytes(europass_pdf(new_format(p), _europass_lines(p, disagree)))
        checks = {"E-NATIONALITY": "met", "E-DIPLOMA": "met", "E-LANG-MAIN": "met",
                  "E-LANG-SECOND": "to_verify" if disagree else "met"}
        truth[name] = {"split": "europass", "producer": "europass", "scanned": False,
                       "truth": {"checks": checks, "article29": None, "overall": "to_verify"}}
    return _write(truth)


def _write(truth: dict) -> int:
    (OUT / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    total = sum(f.stat().st_size for f in OUT.glob("*.pdf"))
    print(f"{len(truth)} forms, {total / 1e6:.1f} MB in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
