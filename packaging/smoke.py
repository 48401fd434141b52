"""Smoke test of the packaged app (`make package-smoke`, run by `make package` after the build).

The bundle runs with NO Python environment: an environment of its own (nothing inherited, as `env -i`) with
HOME a new temporary folder (so a new database in its user data directory) and PATH a folder that holds only
`tesseract` (the OCR engine is a program of the system, not of the bundle). This script checks that PATH
finds no python before it starts. In order:

  1. `panel-app --version` from the bundle (timed: the cold start of the command line);
  2. the GUI on a real X server (Xvfb, platform xcb forced): the main window and the first start with the
     bundled vacancy template must be shown (`--smoke-test PNG`, which also saves the screen to
     build/smoke/), in English, then with a French and a German system locale (the bundle's translations);
  3. the command line: a procedure from the bundled template, `import` of generated applications (an e-mail
     with a PDF that has a text layer, an e-mail with a scanned PDF, a loose PDF) through the bundle's parsing
     workers, forked and then spawned (PANEL_INTAKE_START=spawn, as on Windows and in the GUI), then `ocr`
     of the scan through the bundle's render helper and Tesseract, a search that finds the OCR text, and
     `audit verify`.

The applications are generated here, with the project's Python (tests/ fixtures); only the bundle runs in the
bare environment. Prints what it checked; exit 0 when all passed, 1 with the first failure.
Usage: python packaging/smoke.py [dist/panel-app] [--keep]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHOTS = ROOT / "build" / "smoke"
TEMPLATE = "DIGIT-COM-2026-1039.toml"
WINDOWS = sys.platform.startswith("win")


class SmokeFailed(Exception):
    pass


def check(ok: bool, what: str) -> None:
    if not ok:
        raise SmokeFailed(what)
    print(f"  ok  {what}", flush=True)


def program(bundle: Path) -> Path:
    exe = bundle / ("panel-app.exe" if WINDOWS else "panel-app")
    if not exe.is_file():
        raise SmokeFailed(f"no program {exe}: build the bundle first (make package)")
    return exe


def bare_env(home: Path) -> dict[str, str]:
    """HOME and a PATH of our own: no python, no venv, no PYTHONPATH; tesseract only. (Windows: the variables
    the system itself needs, and the OCR engine by PANEL_TESSERACT, since PATH must keep System32.)"""
    tools = home / "bin"
    tools.mkdir(parents=True)
    found = shutil.which("tesseract") or os.environ.get("PANEL_TESSERACT")
    if WINDOWS:
        system = os.environ.get("SystemRoot", r"C:\Windows")
        env = {"SystemRoot": system, "PATH": str(Path(system) / "System32"), "USERPROFILE": str(home),
               "APPDATA": str(home / "AppData" / "Roaming"), "LOCALAPPDATA": str(home / "AppData" / "Local"),
               "TEMP": str(home / "Temp"), "TMP": str(home / "Temp")}
        (home / "Temp").mkdir()
        if found:
            env["PANEL_TESSERACT"] = found
    else:
        if found:
            (tools / "tesseract").symlink_to(found)
        env = {"HOME": str(home), "PATH": str(tools), "LANG": "C.UTF-8"}
    for name in ("python", "python3", "pip", sys.executable):
        if shutil.which(Path(name).name, path=env["PATH"]):
            raise SmokeFailed(f"{name} is on the bare PATH")
    return env


def run(exe: Path, args: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    """The bundle with exactly `env` as its environment (nothing inherited: `env -i`)."""
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def mailbox(folder: Path) -> None:
    """Three applications: a mail with a text-layer PDF, a mail with a scanned PDF, a loose PDF."""
    from tests.intake.fixtures import DEADLINE_UTC, application_pdf, eml_bytes
    from tests.ocr.conftest import scanned_form

    folder.mkdir()
    on_time = [DEADLINE_UTC - timedelta(days=1)]
    (folder / "01-text.eml").write_bytes(eml_bytes(received=on_time, from_addr="text@example.eu",
                                                   attachments=[("cv.pdf", application_pdf(1), "application/pdf")]))
    (folder / "02-scan.eml").write_bytes(eml_bytes(received=on_time, from_addr="scan@example.eu", attachments=[
        ("scan.pdf", scanned_form(7, "PL", "Polish", "C1"), "application/pdf")]))
    (folder / "03-loose.pdf").write_bytes(application_pdf(2))


def step_version(exe: Path, env: dict[str, str]) -> None:
    from panel_app import __version__

    started = time.perf_counter()
    out = run(exe, ["--version"], env)
    took = time.perf_counter() - started
    check(out.returncode == 0 and out.stdout.strip() == f"panel_app {__version__}",
          f"panel-app --version says '{out.stdout.strip()}' ({took:.2f} s){out.stderr.strip()}")


def start_xvfb() -> tuple[subprocess.Popen, str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SmokeFailed("Xvfb is not installed (apt-get install xvfb; `make package-smoke` does it as root)")
    r, w = os.pipe()
    proc = subprocess.Popen([xvfb, "-displayfd", str(w), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as f:
        display = f.readline().strip()
    if not display:
        proc.kill()
        raise SmokeFailed("Xvfb did not start")
    return proc, f":{display}"


LANGUAGES = [("C.UTF-8", "en", "Cancel"), ("fr_FR.UTF-8", "fr", "Annuler"), ("de_DE.UTF-8", "de", "Abbrechen")]


def step_gui(exe: Path, env: dict[str, str], home: Path) -> None:
    """The GUI in English, then with a French and a German system locale (the bundle's .qm and Qt's own).
    On Windows: the runner's own desktop, English only (Qt reads the locale from Windows, not LANG)."""
    xvfb, display = (None, "") if WINDOWS else start_xvfb()
    platform = "windows" if WINDOWS else "xcb"
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        for locale, code, cancel in LANGUAGES[:1] if WINDOWS else LANGUAGES:
            shot = SHOTS / f"first-start-{code}.png"
            args = ["--smoke-test", str(shot)] + (["--db", str(home / "gui.sqlite")] if WINDOWS else [])
            gui_env = {**env, "QT_QPA_PLATFORM": platform} | ({} if WINDOWS else {"LANG": locale, "DISPLAY": display})
            out = run(exe, args, gui_env, timeout=120)
            said = out.stdout.strip()
            check(out.returncode == 0, f"LANG={locale}: the GUI started on {display or 'the desktop'} and quit "
                                       f"cleanly: {said}{' / ' + out.stderr.strip() if out.returncode else ''}")
            check(f"on {platform}" in said and "first start" in said and "0 vacancy" not in said,
                  "a real window, and the first start offers the bundled vacancy template")
            check(f"interface in {code}" in said and f"Cancel reads '{cancel}'" in said,
                  f"the interface in {code}, Qt's own buttons too ('{cancel}'); screen: {shot}")
            if code == "en":
                databases = list(home.rglob("*.sqlite"))
                check(len(databases) == 1, "a new database in the temporary home"
                      + (f": {databases[0].relative_to(home)}" if databases else ""))
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)


def cli(exe: Path, env: dict[str, str], *args: str, expect: int = 0) -> dict | list | str:
    out = run(exe, [*args], env)
    check(out.returncode == expect and "Traceback" not in out.stderr,
          f"panel-app {' '.join(args)} (exit {out.returncode})"
          + (f": {out.stderr.strip()[-600:]}" if out.returncode != expect else ""))
    return json.loads(out.stdout) if "--json" in args else out.stdout


def step_import(exe: Path, env: dict[str, str], home: Path, box: Path, start: str) -> None:
    db = home / f"import-{start}.sqlite"
    env = {**env, "PANEL_DB": str(db), "PANEL_INTAKE_START": start}
    template = exe.parent / "_internal" / "data" / "vacancies" / TEMPLATE
    cli(exe, env, "procedure", "create", "--template", str(template), "--json")
    out = cli(exe, env, "import", str(box), "--workers", "2", "--json")
    outcomes = {f["file"]: f["outcome"] for f in out["files"]}
    check(len(outcomes) == 3 and all(o.startswith("imported") for o in outcomes.values()),
          f"import with {start}ed workers: {outcomes}")
    unread = [f["file"] for f in out["files"] if "not_read" in f["flags"]]
    check(not unread, f"every file was read by a worker (none 'not read': {unread})")
    scan = next(f for f in out["files"] if f["file"] == "02-scan.eml")
    check("no_text_layer" in scan["flags"], "the scan is flagged 'no text layer'")
    ocr = cli(exe, env, "ocr", "--json")
    read = [d for d in ocr["documents"] if d["outcome"] == "read"]
    check(len(read) == 1 and (read[0]["confidence"] or 0) > 60,
          f"OCR through the bundle's render helper: {ocr['engine']}, "
          f"{read[0]['pages'] if read else 0} pages, confidence {read[0]['confidence'] if read else None}")
    found = cli(exe, env, "applications", "--search", "Curriculum", "--json")
    check(any("ocr_text" in a["flags"] for a in found), "a search finds the text read from the scan")
    cli(exe, env, "audit", "verify")


def main(argv: list[str]) -> int:
    bundle = Path(next((a for a in argv if not a.startswith("--")), ROOT / "dist" / "panel-app")).resolve()
    keep = "--keep" in argv
    home = Path(tempfile.mkdtemp(prefix="panel-smoke-"))
    try:
        exe = program(bundle)
        env = bare_env(home / "home")
        print(f"Smoke test of {bundle} (HOME={env['HOME']}, PATH={env['PATH']}: no Python)")
        step_version(exe, env)
        step_gui(exe, env, home / "home")
        box = home / "box"
        mailbox(box)
        for start in ("spawn",) if WINDOWS else ("fork", "spawn"):
            step_import(exe, env, home, box, start)
    except SmokeFailed as e:
        print(f"  FAILED  {e}", file=sys.stderr)
        return 1
    finally:
        if not keep:
            shutil.rmtree(home, ignore_errors=True)
    print("Smoke test passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
