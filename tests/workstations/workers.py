"""Helpers run in separate OS processes (multiprocessing spawn) and bulk data for the workstation tests."""

from __future__ import annotations

import time
import traceback


def bulk_candidates(db, reference: str, n: int, start: int = 0) -> list[str]:
    """n scorable candidates (an active application each, no PDF, decided eligible so in the queues) inserted
    directly: load tests need no intake."""
    from panel_app.store import unit_of_work
    from panel_app.store.models import Application, Candidate, Procedure

    emails = []
    with unit_of_work(db, "bulk") as uow:
        p = uow.session.query(Procedure).filter_by(reference=reference).one()
        for i in range(start, start + n):
            c = uow.add(Candidate(procedure_id=p.id, email=f"bulk{i:05d}@x.eu", surname=f"Bulk{i}", first_name="C"))
            uow.flush()
            uow.add(Application(procedure_id=p.id, candidate_id=c.id, source=f"bulk/{i}", source_sha256=f"{i:064d}",
                                kind="eml", status="active", eligibility_decided="eligible"))
            emails.append(c.email)
    return emails


def score_everything(url: str, reference: str, member: str, password: str, start, errors) -> None:
    """Worker: wait for the start signal, then mark and submit every candidate of `member`'s list."""
    from panel_app.services import Services

    try:
        sv = Services.open(url)
        actor = sv.members.sign_in(reference, member, password)
        todo = [c.email for c in sv.scoring.my_candidates(reference, actor)]
        codes = [m.criterion for m in sv.scoring.sheet(reference, actor, todo[0]).marks]
        start.wait(30)
        for i, email in enumerate(todo):
            for j, code in enumerate(codes):
                sv.scoring.set_mark(reference, actor, email, code, float((i + j) % 5))
            sv.scoring.submit(reference, actor, email)
        sv.db.dispose()
    except BaseException:  # reported to the parent
        errors.put(f"{member}: {traceback.format_exc()}")
        time.sleep(0.1)
