"""Six generated applications, one per eligibility situation the secretary meets (all built in code)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from panel_app.reports.application_form import render_application
from tests.intake.fixtures import DEADLINE_UTC, eml_bytes, profile

EU_LANGS = [("French", "mother tongue"), ("English", "C1"), ("German", "B2")]
BASE = {"nationalities": ["BE"], "diploma": "Master in Information Systems", "diploma_years": 4,
        "languages": EU_LANGS, "article29": "None", "declarations": True}

# key -> (profile overrides, pdf options, mail options)
CASES: dict[str, tuple[dict, dict, dict]] = {
    "eligible": ({"surname": "Lefèvre", "first_name": "Claire"}, {}, {}),
    "non_eu": ({"surname": "Nordahl", "first_name": "Ingrid", "nationalities": ["NO"]}, {}, {}),
    "two_years": ({"surname": "Rossi", "first_name": "Giulia", "nationalities": ["IT"], "diploma_years": 2,
                   "diploma": "BTS Systèmes"}, {}, {}),
    "level_unknown": ({"surname": "Müller", "first_name": "Anna", "nationalities": ["DE"],
                       "languages": [("German", "mother tongue"), ("English", "quite good")]}, {}, {}),
    "late": ({"surname": "Horvat", "first_name": "Ana", "nationalities": ["HR"]}, {},
             {"received": [DEADLINE_UTC + timedelta(hours=3)]}),
    "encrypted": ({"surname": "Tamm", "first_name": "Tõnis", "nationalities": ["EE"]},
                  {"encrypt_password": "secret"}, {}),
}


def email_of(key: str) -> str:
    return f"{key.replace('_', '.')}@example.eu"


def write_cases(folder: Path, cases: dict = CASES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, (key, (over, pdf_opts, mail_opts)) in enumerate(cases.items()):
        p = profile(i, **BASE)
        p.update(over, email=email_of(key))
        pdf = render_application(p, **pdf_opts)
        name = f"{p['first_name']} {p['surname']}"
        (folder / f"{i:02d}-{key}.eml").write_bytes(eml_bytes(
            from_name=name, from_addr=email_of(key), attachments=[("application.pdf", pdf, "application/pdf")],
            subject=f"Application DIGIT/COM/2026/1039 {key}", **mail_opts))
    return folder


def many_cases(n: int) -> dict:
    """n varied applications (the random profiles of the generator), for screenshots and volume."""
    out = dict(CASES)
    for i in range(len(CASES), n):
        p = profile(i)
        out[f"random_{i}"] = ({k: p[k] for k in ("surname", "first_name", "nationalities", "diploma_years",
                                                   "languages", "article29", "declarations", "diploma")}, {}, {})
    return out
