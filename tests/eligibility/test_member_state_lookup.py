"""eu_code reads a Member State from its EU code, ISO code or English name exactly as a walk through the reference
list does (it now looks them up in tables built once)."""

from __future__ import annotations

from panel_app.domain.reference import eu_code, member_states


def walked(value: str) -> str | None:
    v = value.strip()
    for ms in member_states():
        if v.upper() in (ms.code, ms.iso) or v.casefold() == ms.name.casefold():
            return ms.code
    return None


def test_every_code_iso_code_and_name_reads_as_the_walk_reads_it():
    values = [x for ms in member_states() for x in (ms.code, ms.iso, ms.name)]
    variants = [f(v) for v in values for f in (str, str.lower, str.upper, lambda s: f"  {s} ")]
    variants += ["", " ", "XX", "GB", "UK", "Deutschland", "greece", "EL", "el", "gr", "ß", "Polska", "CZ ", "Czechia"]
    for v in variants:
        assert eu_code(v) == walked(v), v
    assert eu_code("Greece") == eu_code("GR") == eu_code("el") == "EL"
