"""Concurrency load test (a script, not a test): many workstations scoring at once.

Part 1 — PostgreSQL: a fresh database secured with `admin init-postgres`; 15 member processes, each connected
with its own PostgreSQL role (row-level security on), score 500 candidates × 12 criteria through
ScoringService.set_mark, flat out (no pause between saves), submitting each candidate; the chair's process
polls the ranking once a second and, while it is refused, the progress counts.
Part 2 — SQLite: 3 processes on one file.
Each worker stops at its time budget, so the whole run stays under ~3 minutes; rows are then counted
against what the workers report saving (0 lost, 0 duplicated expected).
After the PostgreSQL run the audit chain is verified (every save wrote a chained event; `audit verify` must
find it intact) and its time printed. `--chain member` measures the alternative shape, one chain per member
(no lock shared between members), to compare with the one chain per procedure the application uses.
Run: .venv/bin/python bench/concurrency.py [--members 15] [--candidates 500] [--seconds 60] [--chain member]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_PASSWORD = "bench-password"  # every bench member's (a member always has a password)
sys.path.insert(0, str(ROOT))
ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
DROP_TO_12 = ("A3-NUTANIX", "A4-ITIL-PM2", "A5-LANGUAGES")  # 15 scored criteria in the template -> 12


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) >= 2 else (values or [0.0])[0]


def setup(url: str, members: int, candidates: int, group: str | None) -> tuple[str, dict[str, str]]:
    from panel_app.domain.paths import DEFAULT_TEMPLATE
    from panel_app.services import Services
    from panel_app.services.edits import CriterionEdit
    from panel_app.store import procedures as q
    from panel_app.store import unit_of_work
    from panel_app.store.models import Application, Candidate

    sv = Services.open(url)
    ref = sv.procedures.create_from_template(DEFAULT_TEMPLATE).result.reference
    sv.members.add(ref, "Chair", "chair", password=BENCH_PASSWORD)
    chair = sv.members.sign_in(ref, "Chair", BENCH_PASSWORD)
    names = ["Chair"] + [f"Member {i:02d}" for i in range(1, members)]
    for n in names[1:]:
        sv.members.add(ref, n, "member", chair, password=BENCH_PASSWORD)
    for crit in sv.grid.grid(ref).criteria:
        if crit.code in DROP_TO_12:
            sv.grid.update_criterion(ref, crit.code, CriterionEdit(group="requirement"), crit.version, chair)
    with unit_of_work(sv.db, "bench") as uow:
        pid = q.by_reference(uow.session, ref).id
        for i in range(candidates):
            c = uow.add(Candidate(procedure_id=pid, email=f"c{i:04d}@bench.eu", surname=f"S{i}", first_name="F"))
            uow.flush()
            uow.add(Application(procedure_id=pid, candidate_id=c.id, source=f"b/{i}", source_sha256=f"{i:064d}",
                                kind="eml", status="active", eligibility_decided="eligible"))
    sv.grid.seal(ref, chair)
    for n in names:
        sv.scoring.declare_confidentiality(ref, sv.members.sign_in(ref, n, BENCH_PASSWORD))
    urls = {n: url for n in names}
    if group:
        sv.workstations.init_postgres(group)
        urls = {n: sv.workstations.add_member_role(ref, n, chair, group=group).result.url for n in names}
    sv.db.dispose()
    return ref, urls


PER_MEMBER_KEY = ("k integer := COALESCE(NEW.procedure_id, 0);",
                  "k integer := COALESCE(NEW.procedure_id, 0) * 100000 + abs(hashtext(NEW.actor)) % 100000;")


def chain_per_member(url: str) -> None:
    """The experiment's other shape: the same trigger, keyed by procedure and member (a head row each)."""
    from sqlalchemy import create_engine, text

    from panel_app.store import audit_chain_pg

    eng = create_engine(url)
    with eng.begin() as con:
        con.execute(text("ALTER TABLE audit_event DROP CONSTRAINT uq_audit_event_chain"))
        con.execute(text(audit_chain_pg.SQL.replace(*PER_MEMBER_KEY)))
    eng.dispose()


def chain_check(url: str, ref: str) -> None:
    from panel_app.services import Services

    sv = Services.open(url)
    t = time.perf_counter()
    v = sv.audit.status(ref)
    took = time.perf_counter() - t
    sv.db.dispose()
    print(f"audit chain: {v.events} events, {'intact' if v.ok else 'BROKEN: ' + v.findings[0].line()}; "
          f"audit verify (walk + replay) {took:.2f} s")


def server_cpu(sv) -> float:
    """CPU seconds used so far by this login's server processes (the bench runs on the database host; 0 if
    /proc cannot be read)."""
    from sqlalchemy import text

    if sv.db.engine.dialect.name != "postgresql":  # SQLite: no server process
        return 0.0
    with sv.db.engine.connect() as con:
        pids = [r[0] for r in con.execute(text("SELECT pid FROM pg_stat_activity WHERE usename = current_user"))]
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            return 0.0
    return total / os.sysconf("SC_CLK_TCK")


def member_worker(url: str, ref: str, name: str, seconds: float, start, out) -> None:
    from panel_app.services import Services

    sv = Services.open(url)
    me = sv.members.sign_in(ref, name, BENCH_PASSWORD)
    todo = [c.email for c in sv.scoring.my_candidates(ref, me)]
    codes = [m.criterion for m in sv.scoring.sheet(ref, me, todo[0]).marks]
    lat, submits, errors = [], 0, []
    start.wait()
    cpu0, server0 = time.process_time(), server_cpu(sv)
    t0 = time.perf_counter()
    deadline = t0 + seconds
    for i, email in enumerate(todo):
        if time.perf_counter() > deadline:
            break
        for j, code in enumerate(codes):
            t = time.perf_counter()
            try:
                sv.scoring.set_mark(ref, me, email, code, float((i + j) % 5))
            except Exception as e:  # counted and reported
                errors.append(f"{type(e).__name__}: {e}"[:200])
                continue
            lat.append(time.perf_counter() - t)
        try:
            sv.scoring.submit(ref, me, email)
            submits += 1
        except Exception as e:
            errors.append(f"submit {type(e).__name__}: {e}"[:200])
    busy = time.perf_counter() - t0
    cpu = (time.process_time() - cpu0, server_cpu(sv) - server0)
    sv.db.dispose()
    out.put({"member": name, "lat": lat, "submits": submits, "errors": errors, "busy": busy, "cpu": cpu})


def chair_poller(url: str, ref: str, seconds: float, start, out) -> None:
    from panel_app.services import Services

    sv = Services.open(url)
    chair = sv.members.sign_in(ref, "Chair", BENCH_PASSWORD)
    from panel_app.domain.errors import Refused

    lat, ranking_lat, progress_lat, errors, refused = [], [], [], [], 0
    start.wait()
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        t = time.perf_counter()
        try:
            sv.panel.ranking(ref, chair)
        except Refused:
            refused += 1  # the rules: no ranking for the chair until every member has submitted
            t1 = time.perf_counter()
            ranking_lat.append(t1 - t)
            sv.marks.progress(ref, chair)  # what the chair's page shows instead: counts
            progress_lat.append(time.perf_counter() - t1)
        except Exception as e:
            errors.append(f"{type(e).__name__}: {e}"[:200])
        lat.append(time.perf_counter() - t)
        time.sleep(max(0.0, 1.0 - (time.perf_counter() - t)))
    sv.db.dispose()
    out.put({"member": "(chair poll)", "lat": lat, "errors": errors, "refused": refused, "ranking": ranking_lat,
             "progress": progress_lat})


def run(urls: dict[str, str], ref: str, seconds: float, poll_url: str | None) -> list[dict]:
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=member_worker, args=(u, ref, n, seconds, start, out)) for n, u in urls.items()]
    if poll_url:
        procs.append(ctx.Process(target=chair_poller, args=(poll_url, ref, seconds, start, out)))
    for p in procs:
        p.start()
    time.sleep(3)  # let every worker open its connection
    t0 = time.perf_counter()
    start.set()
    results = [out.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join()
    for r in results:
        r["wall"] = time.perf_counter() - t0
    return results


def verify(url: str, results: list[dict]) -> tuple[int, int, int, int]:
    """(rows expected, rows found, duplicated, submitted found vs expected difference)."""
    from sqlalchemy import create_engine, text

    expected = sum(len(r["lat"]) for r in results if "submits" in r)
    eng = create_engine(url)
    with eng.connect() as con:
        found = con.execute(text("SELECT count(*) FROM score")).scalar()
        dup = con.execute(text("SELECT count(*) FROM (SELECT 1 FROM score GROUP BY member_id, candidate_id, "
                               "criterion_id HAVING count(*) > 1) d")).scalar()
        sub = con.execute(text("SELECT count(*) FROM assessment WHERE status = 'submitted'")).scalar()
    eng.dispose()
    return expected, found, dup, sub - sum(r.get("submits", 0) for r in results)


def report(title: str, results: list[dict], check: tuple[int, int, int, int]) -> None:
    members = [r for r in results if "submits" in r]
    lat = [x for r in members for x in r["lat"]]
    wall = max(r["busy"] for r in members)
    errors = [e for r in results for e in r["errors"]]
    print(f"\n== {title}")
    print(f"saves {len(lat)} in {wall:.1f} s = {len(lat) / wall:.0f} saves/s; submits {sum(r['submits'] for r in members)}")
    if lat:
        client, server = (sum(r["cpu"][i] for r in members) / len(lat) * 1000 for i in (0, 1))
        print(f"CPU per save (submits included): client {client:.2f} ms, server {server:.2f} ms "
              f"(run `uptime`: the host's other load shares the cores)")
        print(f"save latency p50 {pct(lat, 50) * 1000:.1f} ms, p95 {pct(lat, 95) * 1000:.1f} ms "
              f"(goal p95 <= 50 ms), max {max(lat) * 1000:.0f} ms")
    poll = [r for r in results if "submits" not in r]
    if poll and poll[0]["lat"]:
        pl = poll[0]["lat"]
        print(f"chair ranking poll: {len(pl)} polls, p50 {pct(pl, 50) * 1000:.0f} ms, max {max(pl) * 1000:.0f} ms "
              f"({poll[0]['refused']} answered 'not every member has submitted yet' + progress counts)")
        for part in ("ranking", "progress"):
            if poll[0][part]:
                v = poll[0][part]
                print(f"  of which {part}{' (refused)' if part == 'ranking' else ' counts'}: p50 "
                      f"{pct(v, 50) * 1000:.0f} ms, p95 {pct(v, 95) * 1000:.0f} ms, max {max(v) * 1000:.0f} ms")
    exp, found, dup, sub_diff = check
    print(f"rows: expected {exp}, found {found} -> lost {exp - found}, duplicated {dup}; submitted mismatch {sub_diff}")
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=15)
    ap.add_argument("--candidates", type=int, default=500)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--sqlite-seconds", type=float, default=20)
    ap.add_argument("--chain", choices=["procedure", "member"], default="procedure",
                    help="the audit chain's shape on PostgreSQL (the application uses one per procedure)")
    ap.add_argument("--no-sqlite", action="store_true")
    args = ap.parse_args()
    import psycopg

    name = f"panel_bench_{uuid.uuid4().hex[:8]}"
    group = f"{name}_members"
    with psycopg.connect(ADMIN, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    try:
        ref, urls = setup(url, args.members, args.candidates, group)
        if args.chain == "member":
            chain_per_member(url)
        results = run(urls, ref, args.seconds, urls["Chair"])
        report(f"PostgreSQL: {args.members} member processes (own roles, RLS on), {args.candidates} candidates "
               f"x 12 criteria, {args.seconds:.0f} s budget, audit chain per {args.chain}", results,
               verify(url, results))
        if args.chain == "procedure":
            chain_check(url, ref)
    finally:
        from panel_app.store import open_database
        from panel_app.store.pg_security import drop_member_roles

        db = open_database(url, migrate=False)
        drop_member_roles(db)
        db.dispose()
        with psycopg.connect(ADMIN, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            con.execute(f'DROP ROLE IF EXISTS "{group}"')
    if args.no_sqlite:
        return
    with tempfile.TemporaryDirectory() as tmp:
        surl = f"sqlite:///{Path(tmp) / 'shared.sqlite'}"
        ref, urls = setup(surl, 3, min(args.candidates, 200), None)
        results = run(urls, ref, args.sqlite_seconds, None)
        report(f"SQLite (WAL): 3 processes on one file, {args.sqlite_seconds:.0f} s budget", results,
               verify(surl, results))
        chain_check(surl, ref)


if __name__ == "__main__":
    main()
