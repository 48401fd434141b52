"""A PRIVATE PostgreSQL server per test module, in a temporary folder on a free port, that the tests stop and
start again (the shared server on 5432 is never touched). It uses password authentication (scram), so the
connection dialog's password path is exercised for real.

Outside CI the tests skip with a clear message when the PostgreSQL binaries (initdb, pg_ctl) are missing;
with CI=true they fail instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

PASSWORD = "s3cret pässword/@:"  # characters a URL must escape


def pg_bin() -> Path | None:
    candidates = [os.environ.get("PANEL_PG_BIN", ""), *sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and shutil.which("initdb") else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrivatePostgres:
    def __init__(self, bindir: Path, root: Path):
        self.bindir, self.root = bindir, root
        self.data, self.log = root / "data", root / "server.log"
        self.port = free_port()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, timeout=60)

    def init(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self.as_user:  # initdb refuses to run as root
            shutil.chown(self.root, "postgres")
            shutil.chown(pwfile, "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "scram-sha-256",
                  f"--pwfile={pwfile}", "--no-sync")

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", opts, "-w", "start")

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", password=PASSWORD,
                             dbname="postgres", autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return name

    def url(self, database: str) -> str:
        """In memory only, as the connection dialog builds it."""
        from panel_app.ui.connect_dialog import Connection

        return Connection("127.0.0.1", self.port, database, "postgres", PASSWORD).url()


@pytest.fixture(scope="module")
def private_pg():
    bindir = pg_bin()
    if bindir is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL binaries (initdb, pg_ctl) are required with CI=true; set PANEL_PG_BIN")
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found; set PANEL_PG_BIN. These tests run in CI")
    root = Path(tempfile.mkdtemp(prefix="panel-pg-"))  # under /tmp: the postgres user must reach it
    server = PrivatePostgres(bindir, root)
    try:
        server.init()
        server.start()
    except subprocess.CalledProcessError as e:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"could not start a private PostgreSQL: {e.stderr.decode(errors='replace')[-800:]}")
    yield server
    try:
        server.stop()
    except subprocess.CalledProcessError:
        pass
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def running(private_pg):
    """The private server, running at the start and at the end of the test whatever the test did."""
    yield private_pg
    try:
        private_pg.start()
    except subprocess.CalledProcessError:
        pass  # already running


def wait_until(predicate, timeout: float = 10.0, step: float = 0.1, qtbot=None) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if qtbot is not None:
            qtbot.wait(int(step * 1000))
        else:
            time.sleep(step)
    return predicate()
