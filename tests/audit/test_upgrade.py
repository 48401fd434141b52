"""A database written before the chain (schema 0003) is chained by the migration, in the order it was written,
on both back ends; the replay starts at the upgrade; new events continue the same chain."""

from __future__ import annotations

from sqlalchemy import text


def test_events_written_before_the_chain_are_linked(db, template_path):
    from alembic import command

    from panel_app.services import Services
    from panel_app.store.migrate import alembic_config

    sv = Services.for_db(db)
    ref = sv.procedures.create_from_template(template_path).result.reference
    command.downgrade(alembic_config(db), "0003")
    with db.engine.begin() as con:
        con.execute(text("DELETE FROM audit_event"))
        for i in range(3):
            con.execute(text("INSERT INTO audit_event (procedure_id, at, actor, action, entity, entity_id, before, "
                             "after) VALUES ((SELECT id FROM procedure), CURRENT_TIMESTAMP, 'setup', 'grid.edit', "
                             "'rules', :r, NULL, :a)"), {"r": ref, "a": f'{{"pass_mark": {50 + i}}}'})
    command.upgrade(alembic_config(db), "head")
    v = sv.audit.status(ref)
    assert v.ok and v.events == 4, v.lines()
    sv.members.add(ref, "Chair Anna", "chair", password="chair-pass")
    v = sv.audit.status(ref)
    assert v.ok and v.events == 5, v.lines()
    with db.engine.connect() as con:
        seqs = [r[0] for r in con.execute(text("SELECT seq FROM audit_event ORDER BY id"))]
        actions = [r[0] for r in con.execute(text("SELECT action FROM audit_event ORDER BY seq"))]
    assert seqs == [1, 2, 3, 4, 5] and actions[3:] == ["audit.chain_start", "member.add"]
