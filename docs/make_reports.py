"""Regenerate docs/reports/: the pages of every report of a realistic procedure, as PNG, in its states.

    PYTHONPATH=. python docs/make_reports.py [OUT_DIR]

The procedure (tests/report_service/realistic.py): 34 synthetic applications, eligibility decided, three
Article 29 candidates, a tie at the cut broken on S2-DEVOPS, a consensus mark, an interview with a shared place.
States: "draft" (scored, nothing frozen; first page only), "final" (every page; shortlist frozen and signed, the
invitation letters prepared, interview, outcome, final ranking frozen and signed). Each kind's pages go to
<kind>-<state>-<page>.png; <kind>.png is the first page in the final state (what the README links to); one of the
invitation letters is kept as invitation-example.eml.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from panel_app.domain.letters import InterviewPlan  # noqa: E402
from tests.report_service.realistic import CHAIR, SEC, build, who  # noqa: E402

SCALE = 72 / 72


def pages(pdf: bytes, out: Path, stem: str) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        for i in range(len(doc)):
            image = doc[i].render(scale=SCALE).to_pil().convert("P", palette=1, colors=64)  # adaptive palette
            image.save(out / f"{stem}-{i + 1:02d}.png", optimize=True)
        return len(doc)
    finally:
        doc.close()


def first_page(pdf: bytes) -> bytes:
    import io

    src = pdfium.PdfDocument(pdf)
    dst = pdfium.PdfDocument.new()
    dst.import_pages(src, [0])
    buf = io.BytesIO()
    dst.save(buf)
    return buf.getvalue()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "reports"
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.png"), *out.glob("*.eml")]:
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for state, upto in (("draft", "scored"), ("final", "final")):
            sv, ref = build(Path(tmp) / f"{state}.sqlite", upto=upto)
            chair, sec = who(sv, ref, CHAIR), who(sv, ref, SEC)
            if state == "final":  # the register of letters in the minutes
                letters = Path(tmp) / "letters"
                letters.mkdir()
                plan = InterviewPlan.parse("2026-09-15", "09:30", 45, "Brussels, BERL 5/170", "", "Europe/Brussels")
                batch = sv.letters.invitations(ref, sec, plan, letters)
                shutil.copy(letters / batch.letters[0].file, out / "invitation-example.eml")
            first = sv.panel.ranking(ref, chair)[0]["candidate"]
            kinds = {"shortlist": sv.reports.render(ref, chair, "shortlist"),
                     "eligibility": sv.reports.render(ref, sec, "eligibility"),
                     "sheets": sv.reports.render(ref, chair, "sheets", candidate=first),
                     "panel": sv.reports.render(ref, chair, "panel"),
                     "extract": sv.reports.render(ref, sec, "extract", candidate=first)}
            for kind, pdf in kinds.items():
                if state == "draft":  # the draft's first page shows the DRAFT marking; the final state every page
                    pdf = first_page(pdf)
                n = pages(pdf, out, f"{kind}-{state}")
                print(f"{kind:12s} {state:6s} {n} pages")
            sv.db.dispose()
    for kind in ("shortlist", "eligibility", "sheets", "panel", "extract"):
        shutil.copy(out / f"{kind}-final-01.png", out / f"{kind}.png")


if __name__ == "__main__":
    main()
