"""Accuracy of the eligibility suggestions on the generated corpus (pytest -s prints the figures)."""

from __future__ import annotations

from collections import Counter

import pytest

from panel_app.domain.eligibility import ApplicationFacts, suggest

from .corpus import generate

CRITERIA = [("E-DEADLINE", False), ("E-FORMAT", False), ("E-NATIONALITY", False), ("E-CIVIC", True),
            ("E-MILITARY", True), ("E-FITNESS", True), ("E-REFERENCES", True), ("E-DIPLOMA", False),
            ("E-LANG-MAIN", False), ("E-LANG-SECOND", False)]
THRESHOLD = 0.90


@pytest.fixture(scope="module")
def results():
    corpus = generate(360)
    return [(s, suggest(ApplicationFacts(page_texts=s.pages, grade=s.grade), CRITERIA)) for s in corpus]


def _rate(pairs) -> tuple[float, int]:
    pairs = list(pairs)
    return (sum(1 for ok in pairs if ok) / len(pairs) if pairs else 1.0), len(pairs)


def test_corpus_is_varied(results):
    tags = Counter(t for s, _ in results for t in s.tags)
    assert len(results) >= 300
    for tag in ("en", "fr", "de", "dual", "dual_one_line", "per_skill", "free_text", "vague", "stated",
                "inferred", "cv", "joined_all", "split_value"):
        assert tags[tag] >= 5, tag
    assert {s.article29 for s, _ in results} == {None, "official", "other_institution", "laureate"}
    assert {s.outcome for s, _ in results} == {"eligible", "not_eligible", "to_verify"}


def test_accuracy(results):
    figures = {
        "nationalities (set of codes)": _rate(set(g.nationalities) == s.nationalities for s, g in results),
        "diploma years": _rate(g.diploma_years == s.diploma_years for s, g in results if s.diploma_years),
        "CEFR level per official language": _rate(
            next((x["level"] for x in g.languages if x["lang"] == lang), None) == level
            for s, g in results for lang, level in s.languages.items()),
        "all CEFR levels of a form": _rate(
            {x["lang"]: x["level"] for x in g.languages} == {k: v for k, v in s.languages.items() if v}
            for s, g in results),
        "Article 29 category": _rate(g.article29 == s.article29 for s, g in results),
        "overall outcome": _rate(g.outcome == s.outcome for s, g in results),
    }
    print(f"\nEligibility suggestions on {len(results)} generated forms:")
    for name, (rate, n) in figures.items():
        print(f"  {name:<36} {rate:7.1%}  (n={n})")
    by_tag: dict[str, list[bool]] = {}
    for s, g in results:
        for tag in s.tags:
            by_tag.setdefault(tag, []).append(g.outcome == s.outcome)
    print("  overall outcome by variant: " + ", ".join(
        f"{t} {sum(v) / len(v):.0%} (n={len(v)})" for t, v in sorted(by_tag.items())))
    failed = {k: r for k, (r, _) in figures.items() if r < THRESHOLD}
    assert not failed, failed
