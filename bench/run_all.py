"""Run every benchmark and print its figures (make bench)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for script, args in [("startup.py", []), ("intake.py", ["1000"]), ("scoring.py", []), ("keystrokes.py", []), ("ranking.py", []),
                     ("ranking_service.py", []), ("reports.py", []), ("concurrency.py", []), ("ocr.py", [])]:
    print(f"== {script}", flush=True)
    subprocess.run([sys.executable, str(HERE / script), *args], check=False)
