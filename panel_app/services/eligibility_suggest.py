"""Eligibility suggestions computed from what intake stored (a snapshot kept on the application)."""

from __future__ import annotations

from dataclasses import asdict

from panel_app.domain.eligibility import ApplicationFacts, suggest


def suggestion_snapshot(page_texts: list[str], flags: list[str], europass: dict | None, grade: str,
                        criteria: list[tuple[str, bool]], min_years: int = 3) -> dict:
    unreadable = [f for f in ("encrypted", "corrupt", "no_text_layer") if f in flags]
    facts = ApplicationFacts(page_texts=page_texts, readable=not unreadable, intake_flags=list(flags),
                             europass=europass, grade=grade)
    s = suggest(facts, criteria, min_years=min_years)
    return {"nationalities": s.nationalities, "diploma_years": s.diploma_years, "languages": s.languages,
            "article29": s.article29, "article29_evidence": s.article29_evidence, "warnings": s.warnings,
            "checks": [asdict(c) for c in s.checks]}
