"""The secretary's eligibility pass as the scoring tests need it: under the default gate ("eligibility
first") only candidates decided eligible are scored, so fixtures that score decide eligibility first,
through the real services: a bulk confirmation, then each check still open decided by hand with a reason."""

from __future__ import annotations


def decide_all_eligible(services, ref, actor, *, skip: set[int] | None = None) -> int:
    """Every active application (but `skip`, by id) decided eligible; returns the number of hand decisions."""
    services.eligibility.confirm_suggested(ref, actor)
    overview = services.eligibility.overview(ref)
    declared = {c.code: c.declared for c in overview.criteria}
    n = 0
    for row in overview.rows:
        if skip and row.id in skip:
            continue
        for c in row.checks:
            if c.decided in ("met", "declared"):
                continue
            value = "declared" if declared[c.criterion] else "met"
            services.eligibility.decide(ref, row.id, c.criterion, value,
                                        "checked against the documents (test fixture)", actor)
            n += 1
    return n
