"""The permission matrix: who may do what, on which table, on a shared PostgreSQL server (issue 14).

One declared table, pure data: login kind × table × operation, with the row condition that applies. The GRANTs
and row-level security policies are generated from it (`pg_security.install`), the catalog test
(tests/trust_pg/test_catalog.py) checks every table of the live schema against it, and the README's table is
printed from it (`markdown()`). It lives in store/ because it speaks of tables; it imports nothing.

Kinds of login (a member's own PostgreSQL role, mapped to one member row):
    chair      the member whose role is "chair" (voting or not);
    voting     a member with the role "member" who votes;
    nonvoting  a member with the role "member" who does not vote;
    secretary, observer.
A replaced (inactive) member is no kind at all: they read and write nothing.
Being conflicted on a candidate is a row condition ("not conflicted"): it hides every row of that candidate.
Every rule is also limited to the caller's own procedure (rows with a procedure_id, and the procedure row itself):
a database may hold several procedures, and a login belongs to one member of one of them.

Rules that hold for every table (enforced by the generator and the catalog test):
- no login may DELETE or TRUNCATE anything (row-level security does not apply to TRUNCATE);
- no login may write `member` (role, voting flag, password hash) or `panel_member_role` (the mapping): panel
  composition changes are made with the administrator account (`panel-app --db ADMIN --as CHAIR …`), audited;
- a table that is not in this matrix grants members nothing, and the catalog test fails until it is added.
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("chair", "voting", "nonvoting", "secretary", "observer")
OPS = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE")
ALL = frozenset(KINDS)
SCORERS = frozenset({"chair", "voting"})  # a non-voting member only reads (scoring_access)
OFFICE = frozenset({"chair", "secretary"})

# Row conditions, by name. The generator (pg_security) holds the SQL of each; these are the words.
CONDITIONS = {
    "own": "the row is the caller's own (member_id = the caller)",
    "not_conflicted": "the caller has not declared a conflict on the row's candidate",
    "visible_marks": "own marks; others' once the caller submitted that candidate at that stage (voting member), "
                     "or once every voting, non-conflicted member has (chair, secretary, observer); "
                     "never a conflicted candidate's",
    "documents_open": "not conflicted, and for a member (voting or not): the grid is sealed and the caller "
                      "signed the declaration of confidentiality",
    "not_sealed": "the procedure's grid is not sealed yet",
    "reopen": "another member's assessment, and only to set it back to draft (the chair's reopen)",
    "own_signoff": "a sign-off (kind …signoff) in the caller's own name",
    "panel_decision": "any decision but a sign-off, in nobody's name or the caller's own",
    "eligibility_decision": "an eligibility decision (kind 'eligibility'), in nobody's name or the caller's own",
    "own_actor": "the event is written in the caller's own name",
    "audit_visible": "not another member's score events (they carry marks)",
    "procedure_guard": "a trigger: only the chair seals the grid or changes the rules once sealed; "
                       "no login clears or alters a seal",
}


@dataclass(frozen=True)
class Rule:
    kinds: frozenset[str]
    row: str | None = None  # a CONDITIONS name; None: every row


def _r(kinds: frozenset[str] | set[str], row: str | None = None) -> tuple[Rule, ...]:
    return (Rule(frozenset(kinds), row),)


# table -> operation -> rules (OR-ed). An operation that is absent is refused to every member login.
MATRIX: dict[str, dict[str, tuple[Rule, ...]]] = {
    "alembic_version": {"SELECT": _r(ALL)},
    "panel_member_role": {},
    "procedure": {
        "SELECT": _r(ALL),
        "UPDATE": _r(OFFICE, "procedure_guard"),
    },
    "criterion": {
        "SELECT": _r(ALL),
        "INSERT": _r({"chair"}) + _r({"secretary"}, "not_sealed"),
        "UPDATE": _r({"chair"}) + _r({"secretary"}, "not_sealed"),
    },
    "member": {"SELECT": _r(ALL)},  # every column but password_hash (HIDDEN_COLUMNS)
    "candidate": {
        "SELECT": _r(ALL, "not_conflicted"),
        "INSERT": _r(OFFICE),
        "UPDATE": _r(OFFICE, "not_conflicted"),
    },
    "application": {
        "SELECT": _r(ALL, "not_conflicted"),
        "INSERT": _r(OFFICE),
        "UPDATE": _r(OFFICE, "not_conflicted"),
    },
    "document": {
        "SELECT": _r(ALL, "documents_open"),
        "INSERT": _r(OFFICE),
        "UPDATE": _r(OFFICE, "documents_open"),
    },
    "document_blob": {
        "SELECT": _r(ALL, "documents_open"),
        "INSERT": _r(OFFICE),
    },
    "assessment": {
        "SELECT": _r(ALL, "not_conflicted"),
        "INSERT": _r(SCORERS, "own"),
        "UPDATE": _r(SCORERS, "own") + _r({"chair"}, "reopen"),
    },
    "score": {
        "SELECT": _r(ALL, "visible_marks"),
        "INSERT": _r(SCORERS, "own"),
        "UPDATE": _r(SCORERS, "own"),
    },
    "declaration": {
        "SELECT": _r(ALL),
        "INSERT": _r(ALL, "own"),
        "UPDATE": _r(ALL, "own"),
    },
    "decision": {
        "SELECT": _r(ALL, "not_conflicted"),
        "INSERT": _r(ALL, "own_signoff") + _r({"chair"}, "panel_decision") + _r({"secretary"}, "eligibility_decision"),
        "UPDATE": _r(ALL, "own_signoff") + _r({"chair"}, "panel_decision") + _r({"secretary"}, "eligibility_decision"),
    },
    "audit_event": {
        "SELECT": _r(ALL, "audit_visible"),
        "INSERT": _r(ALL, "own_actor"),
    },
    # the head of each procedure's audit chain: written only by the chain trigger (SECURITY DEFINER) and read
    # through panel_audit_head(); a member's login touches it in no other way (store/audit_chain_pg.py)
    "audit_head": {},
    # the member's own wrong-password count and pause: a member's login signs in only as that member
    "signin_guard": {
        "SELECT": _r(ALL, "own"),
        "INSERT": _r(ALL, "own"),
        "UPDATE": _r(ALL, "own"),
    },
    # offline packages are exported and their returns merged with the administrator account (the export writes
    # member.public_key, the merge another member's marks): member logins get nothing
    # legal holds (issue 20): the chair sets and lifts them; everyone reads them
    "legal_hold": {
        "SELECT": _r(ALL),
        "INSERT": _r({"chair"}),
        "UPDATE": _r({"chair"}),
    },
    "offline_package": {},
    "package_return": {},
}

# Columns no member login may read at all (column privileges): the password hash is checked by a
# SECURITY DEFINER function that answers only for the caller's own member row.
HIDDEN_COLUMNS: dict[str, tuple[str, ...]] = {"member": ("password_hash",)}


def rules_for(kind: str, table: str, op: str) -> list[Rule]:
    """The rules letting `kind` do `op` on `table` (OR-ed; a row condition may still refuse a given row)."""
    return [r for r in MATRIX.get(table, {}).get(op, ()) if kind in r.kinds]


def allowed(kind: str, table: str, op: str) -> Rule | None:
    """The least conditional rule letting `kind` do `op` on `table`; None when the matrix refuses it."""
    rules = rules_for(kind, table, op)
    return next((r for r in rules if r.row is None), rules[0] if rules else None)


def markdown() -> str:
    """The matrix as a Markdown table (README): ✓ every row, a condition's name where one applies, – refused."""
    head = "| table | " + " | ".join(KINDS) + " |\n|---|" + "---|" * len(KINDS) + "\n"
    lines = []
    for table in sorted(MATRIX):
        cells = []
        for kind in KINDS:
            ops = []
            for op in OPS:
                rows = [r.row for r in rules_for(kind, table, op)]
                if rows:
                    ops.append(op[0] + ("" if None in rows else f" ({' or '.join(str(r) for r in rows)})"))
            cells.append(", ".join(ops) or "–")
        hidden = f" (not {', '.join(HIDDEN_COLUMNS[table])})" if table in HIDDEN_COLUMNS else ""
        lines.append(f"| `{table}`{hidden} | " + " | ".join(cells) + " |")
    legend = "\n".join(f"- `{name}`: {words}" for name, words in CONDITIONS.items())
    return (head + "\n".join(lines) + "\n\nS, I, U: SELECT, INSERT, UPDATE; – nothing. No login may DELETE or "
            "TRUNCATE. Every rule is limited to rows of the login's own procedure. Row conditions:\n\n"
            + legend + "\n")
