"""Every report prints the chain's verification on its last page; over a broken chain every page carries
"AUDIT CHAIN BROKEN" (read back from the PDF's text layer)."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from tests.report_service.conftest import (
    who,
    world,  # noqa: F401
)


def pages(data: bytes) -> list[str]:
    doc = pdfium.PdfDocument(data)
    try:
        return [" ".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc))]
    finally:
        doc.close()


@pytest.mark.parametrize("kind", ["shortlist", "eligibility", "panel"])
def test_reports_carry_the_verification(world, raw, kind):  # noqa: F811
    sv, ref = world
    chair = who(sv, ref, "Chair Anna")
    sv.panel.freeze(ref, chair)
    v = sv.audit.verify(ref, chair)
    text = pages(sv.reports.render(ref, chair, kind))
    line = f"Audit chain verified: {v.events} events, last event hash {v.last_hash}"
    assert line in text[-1] and all(line not in t for t in text[:-1])
    assert not any("AUDIT CHAIN BROKEN" in t for t in text)

    raw("UPDATE score SET value = 0 WHERE id = (SELECT min(id) FROM score)")
    text = pages(sv.reports.render(ref, chair, kind))
    assert len(text) >= 2 and all("AUDIT CHAIN BROKEN" in t for t in text)
    assert "AUDIT CHAIN BROKEN: state: the mark of" in text[-1] and "Audit chain verified" not in text[-1]
