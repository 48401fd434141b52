"""The CLI's freeze and sign-off steps ask before they act, like every step with legal weight: a prompt at a
terminal, `--yes` in a script, and without either a one-line refusal (exit 3) that changes nothing."""

from __future__ import annotations

import io

import pytest

from panel_app.cli import main

from .conftest import everyone
from .test_shortlist_service import four  # noqa: F401  (a fixture)

NOT_CONFIRMED = "panel-app: Not confirmed: nothing was changed. Add --yes to confirm.\n"


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


class Terminal(io.StringIO):
    """What the user types at a terminal."""

    def isatty(self) -> bool:
        return True


def run(capsys, monkeypatch, sv, name, *argv, typed: str | None = None):
    monkeypatch.setenv("PANEL_PASSWORD", {"Chair Anna": "chair-pass", "Member Bob": "bob-pass",
                                          "Member Eva": "eva-pass"}[name])
    if typed is not None:
        monkeypatch.setattr("sys.stdin", Terminal(typed))
    code = main(["--db", sv.db.url, "--as", name, *argv])
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    out, err = capsys.readouterr()
    return code, out, err


def test_freeze_and_sign_ask_refuse_without_yes_and_go_with_it(four, capsys, monkeypatch):  # noqa: F811
    sv, ref, emails, actor = four
    frozen = lambda: sv.panel.shortlist(ref, actor("Chair Anna")).frozen  # noqa: E731

    code, out, err = run(capsys, monkeypatch, sv, "Chair Anna", "shortlist", "freeze")
    assert (code, out, err) == (3, "", NOT_CONFIRMED) and not frozen()
    code, out, err = run(capsys, monkeypatch, sv, "Chair Anna", "shortlist", "freeze", typed="n\n")
    assert code == 3 and err.startswith(f"Freeze the shortlist of {ref}?") and err.endswith(
        "[y/N] panel-app: Not confirmed: nothing was changed.\n") and not frozen()
    code, out, err = run(capsys, monkeypatch, sv, "Chair Anna", "shortlist", "freeze", typed="y\n")
    assert code == 0 and "[y/N]" in err and out.startswith("Shortlist frozen at") and frozen()

    code, out, err = run(capsys, monkeypatch, sv, "Member Bob", "shortlist", "sign")
    assert (code, err) == (3, NOT_CONFIRMED)
    code, out, err = run(capsys, monkeypatch, sv, "Member Bob", "shortlist", "sign", "--yes")
    assert code == 0 and "Member Bob signed the shortlist" in out and err == ""

    for e, v in zip(emails[:3], (4, 3, 3), strict=True):
        everyone(sv, ref, e, v, stage="interview")
    sv.panel.set_outcome(ref, actor("Chair Anna"), emails[0], "recommended", None)
    final = lambda: sv.panel.final_record(ref, actor("Chair Anna"))  # noqa: E731
    code, out, err = run(capsys, monkeypatch, sv, "Chair Anna", "final-ranking", "freeze")
    assert (code, err) == (3, NOT_CONFIRMED) and not final().frozen
    code, out, err = run(capsys, monkeypatch, sv, "Chair Anna", "final-ranking", "freeze", "--yes")
    assert code == 0 and out.startswith("Final ranking frozen at") and final().frozen
    code, out, err = run(capsys, monkeypatch, sv, "Member Eva", "final-ranking", "sign")
    assert (code, err) == (3, NOT_CONFIRMED)
    code, out, err = run(capsys, monkeypatch, sv, "Member Eva", "final-ranking", "sign", typed="yes\n")
    assert code == 0 and err.startswith("Sign off the frozen final ranking of") and "as Member Eva" in err
    assert "Member Eva signed the final ranking" in out
