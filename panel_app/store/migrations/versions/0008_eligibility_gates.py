"""Eligibility gates, held applications (issue 16)

- procedure.scoring_gate: "eligibility_first" (the default) or "parallel". A procedure that already has marks
  keeps the behaviour it was scored under ("parallel"); the setting is fixed once scoring has started.
- application.eligibility_decided: the outcome decided by the panel (eligible / not_eligible / NULL), filled
  here from the eligibility decisions already recorded.
- application.intake_hold: "after_freeze" / "out_of_scope" for applications received after the freeze.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (SQLite supports it with a constant default): a batch copy would drop the procedure
    # table, and with it (ON DELETE CASCADE) the append-only audit trail, which its triggers refuse
    op.add_column("procedure", sa.Column("scoring_gate", sa.String(30), nullable=False,
                                         server_default="eligibility_first"))
    op.add_column("application", sa.Column("eligibility_decided", sa.String(20), nullable=True))
    op.add_column("application", sa.Column("intake_hold", sa.String(30), nullable=True))
    con = op.get_bind()
    con.execute(sa.text("UPDATE procedure SET scoring_gate = 'parallel' "
                        "WHERE EXISTS (SELECT 1 FROM score WHERE score.procedure_id = procedure.id)"))
    _fill_decided(con)


def _fill_decided(con) -> None:  # noqa: ANN001
    """The decided outcome of every application from its latest eligibility decision per criterion."""
    crits: dict[int, list[str]] = {}
    for pid, code in con.execute(sa.text(
            'SELECT procedure_id, code FROM criterion WHERE "group" = \'eligibility\'')):
        crits.setdefault(pid, []).append(code)
    latest: dict[tuple[int, str], str] = {}
    procs: dict[int, int] = {}
    for aid, pid, code, value in con.execute(sa.text(
            "SELECT application_id, procedure_id, criterion_code, value FROM decision "
            "WHERE kind = 'eligibility' AND application_id IS NOT NULL ORDER BY id")):
        latest[(aid, code)] = value
        procs[aid] = pid
    for aid, pid in procs.items():
        values = [latest.get((aid, code)) for code in crits.get(pid, [])]
        outcome = ("not_eligible" if "not_met" in values else
                   "eligible" if values and all(v in ("met", "declared") for v in values) else None)
        if outcome:
            con.execute(sa.text("UPDATE application SET eligibility_decided = :o WHERE id = :i"),
                        {"o": outcome, "i": aid})


def downgrade() -> None:
    op.drop_column("application", "intake_hold")  # SQLite ≥ 3.35 drops a column in place
    op.drop_column("application", "eligibility_decided")
    op.drop_column("procedure", "scoring_gate")
