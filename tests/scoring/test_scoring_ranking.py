"""Ranking: pass mark, minimums, best N, ties at the cut-off, tie-breaks, Article 29."""

from __future__ import annotations

from pathlib import Path

import pytest

from panel_app.domain.scoring import (
    Candidate,
    CriterionRule,
    Mark,
    RankingRules,
    aggregate,
    criterion_rules,
    rank,
    ranking_rules,
)
from panel_app.domain.template import load_template

CRIT = [CriterionRule("S2-DEVOPS", 3, minimum=2), CriterionRule("S3-CICD", 2), CriterionRule("S7-SECURITY", 2)]
RULES = RankingRules(pass_mark=60, best_n=8, tie_break=["S2-DEVOPS", "S7-SECURITY", "S3-CICD"])


def total(f: dict) -> float:
    return sum(c.weight * f[c.code] for c in CRIT) / sum(c.weight * 4 for c in CRIT) * 100


def field(specs: dict[str, tuple], rules=RULES, art29=()):
    """specs: key → (S2, S3, S7). Returns the Ranking."""
    cands = [Candidate(k, k.upper(), article29="official" if k in art29 else None) for k in specs]
    finals = {k: dict(zip(("S2-DEVOPS", "S3-CICD", "S7-SECURITY"), v, strict=True)) for k, v in specs.items()}
    totals = {k: total(f) for k, f in finals.items()}
    return rank(cands, finals, totals, CRIT, rules)


def test_tie_at_the_cut_off_invites_both():
    specs = {f"c{i}": (4, 4 - i * 0.25, 4) for i in range(7)}  # ranks 1..7
    specs["t1"] = specs["t2"] = (3, 3, 3)  # tied at rank 8 on the total and every tie-break
    specs["low"] = (3, 2.5, 3)  # rank 10
    r = field(specs)
    by = r.by_key()
    assert by["t1"].rank == by["t2"].rank == 8
    assert by["t1"].status == by["t2"].status == "invited"
    assert by["t1"].reason == "invited: tied at the cut-off with rank 8"
    assert r.ties_at_cut == ["t1", "t2"]
    assert by["low"].rank == 10 and by["low"].status == "not_invited"
    assert by["low"].reason == "rank 10 > best 8"
    assert len(r.invited()) == 9
    assert by["c0"].reason == "invited" and not by["c0"].tied_at_cut


def test_competition_ranks_and_deterministic_order():
    r = field({"b": (3, 3, 3), "a": (3, 3, 3), "top": (4, 4, 4), "last": (2, 3, 3)})
    assert [(x.key, x.rank) for x in r] == [("top", 1), ("a", 2), ("b", 2), ("last", 4)]
    assert r.ties_at_cut == []


def test_tie_broken_by_the_declared_order():
    # Same total 68.75 (S2×3 + S3×2 + S7×2 = 22): broken on S2, then S7, then S3.
    r = field({"x": (2, 4, 4), "y": (4, 2, 3), "z": (4, 3, 2), "w": (2, 3, 5)},
              rules=RankingRules(pass_mark=0, best_n=8, tie_break=["S2-DEVOPS", "S7-SECURITY", "S3-CICD"]))
    assert len({round(x.total, 9) for x in r}) == 1
    # y and z tie on S2 (4); y wins on S7 (3 > 2). w beats x on S7 (5 > 4).
    assert [x.key for x in r] == ["y", "z", "w", "x"]
    assert [x.rank for x in r] == [1, 2, 3, 4]


def test_below_pass_mark_and_minimum_reasons():
    # (3 × 2.1 + 2 × 2 + 2 × 2.2) / 28 = 14.7 / 28 = 52.5 %
    r = field({"p": (2.1, 2, 2.2), "m": (1.5, 4, 4), "both": (1, 2, 2)}).by_key()
    assert r["p"].total == pytest.approx(52.5)
    assert r["p"].status == "below_pass_mark"
    assert r["p"].reason == "below the pass mark (52.5 < 60)"
    assert r["m"].status == "below_minimum"
    assert r["m"].reason == "below the minimum on S2-DEVOPS (1.5 < 2)"
    assert r["both"].status == "below_pass_mark"
    assert r["both"].reason == ("below the pass mark (39.29 < 60); "
                                "below the minimum on S2-DEVOPS (1 < 2)")
    assert all(x.rank is None for x in r.values())


def test_pass_mark_boundary_and_close_totals_are_told_apart():
    assert field({"e": (2.4, 2.4, 2.4)})[0].status == "invited"  # exactly 60
    r = field({"n": (2.3999, 2.4, 2.4)})[0]  # 16.7997 / 28 = 59.99893 %
    assert r.reason == "below the pass mark (59.9989 < 60)"


def test_pending_reason():
    cands = [Candidate("x", "X")]
    finals = {"x": {"S2-DEVOPS": 3.0, "S3-CICD": None, "S7-SECURITY": 3.0}}
    r = rank(cands, finals, {"x": 75.0}, CRIT, RULES)
    assert r[0].status == "pending" and r[0].reason == "pending: marks missing on S3-CICD"
    r = rank(cands, finals, {"x": 75.0}, CRIT, RULES, pending={"x": {"S3-CICD": "consensus needed"}})
    assert r[0].reason == "pending: consensus needed on S3-CICD"


def test_ineligible_left_out():
    cands = [Candidate("x", "X", eligible=False), Candidate("y", "Y")]
    f = {"S2-DEVOPS": 4.0, "S3-CICD": 4.0, "S7-SECURITY": 4.0}
    r = rank(cands, {"x": f, "y": f}, {"x": 100.0, "y": 100.0}, CRIT, RULES)
    assert [x.key for x in r] == ["y"]


def art29_field(bypass: bool):
    specs = {f"g{i}": (4, 4 - i * 0.25, 4) for i in range(9)}  # g0..g8, ranks 1..9
    specs["a_top"] = (4, 3.9, 4)  # between g0 and g1: rank 2
    specs["a_low"] = (3, 3, 3)  # rank 11
    specs["a_fail"] = (1, 1, 1)  # fails: not in the Article 29 section's head
    rules = RankingRules(pass_mark=60, best_n=8, tie_break=RULES.tie_break, article29_bypass_best_n=bypass)
    return field(specs, rules=rules, art29={"a_top", "a_low", "a_fail"})


def test_article29_listed_first_competing_for_best_n():
    r = art29_field(bypass=False)
    by = r.by_key()
    assert [x.key for x in r[:2]] == ["a_top", "a_low"]
    assert {x.section for x in r[:2]} == {"article29"}
    assert by["a_top"].rank == 2 and by["a_top"].status == "invited"
    assert by["a_low"].rank == 11 and by["a_low"].reason == "rank 11 > best 8"
    assert by["g6"].rank == 8 and by["g6"].status == "invited"  # a_top consumed one place
    assert by["g7"].status == "not_invited"
    assert r[-1].key == "a_fail" and r[-1].status == "below_pass_mark"
    assert len(r.invited()) == 8


def test_article29_bypass_does_not_consume_places():
    r = art29_field(bypass=True)
    by = r.by_key()
    assert [x.key for x in r[:2]] == ["a_top", "a_low"]
    assert by["a_low"].status == "invited" and by["a_low"].rank == 2  # rank within its section
    assert by["a_low"].reason == "invited: Article 29 priority (outside the best-N places)"
    assert by["g7"].rank == 8 and by["g7"].status == "invited"  # the 8 general places stay whole
    assert by["g8"].status == "not_invited" and by["g8"].reason == "rank 9 > best 8"
    assert len(r.invited()) == 10
    assert "outside the best-N places" in r.rule


def test_from_the_procedure_template():
    spec = load_template(Path(__file__).resolve().parents[2] / "data/vacancies/DIGIT-COM-2026-1039.toml")
    crit = criterion_rules(spec.criteria, "preselection")
    rules = ranking_rules(spec.rules)
    assert crit[0].code == "S1-DEGREE" and len(crit) == 15
    assert [c.code for c in crit if c.minimum is not None] == ["S2-DEVOPS"]
    assert rules.best_n == 8 and rules.tie_break[0] == "S2-DEVOPS"
    marks = [Mark(m, "x", c.code, 3) for m in ("A", "B") for c in crit]
    marks += [Mark(m, "y", c.code, 3 if c.code != "S2-DEVOPS" else 1) for m in ("A", "B") for c in crit]
    agg = aggregate(marks, crit, ["A", "B"], rules=rules)
    r = rank([Candidate("x", "X"), Candidate("y", "Y")], agg.finals, agg.totals, crit, rules,
             pending=agg.pending).by_key()
    assert r["x"].status == "invited" and r["x"].total == pytest.approx(75.0)
    assert r["y"].reason == "below the minimum on S2-DEVOPS (1 < 2)"
