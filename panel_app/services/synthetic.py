"""Synthetic applications as a functional mailbox would export them (.eml with the PDF attached).

Used by the demo procedure and by the benchmarks; everything is generated locally from a seed.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from panel_app.reports.application_form import make_profile, render_application

DEADLINE_UTC = datetime(2026, 6, 12, 10, 0, 0, tzinfo=UTC)


def application_eml(i: int, *, seed: int = 1039, late: bool = False, pages_of_cv: int = 2,
                    reference: str = "DIGIT/COM/2026/1039") -> bytes:
    rng = random.Random(seed * 100_003 + i)
    profile = make_profile(rng, i)
    received = DEADLINE_UTC + (timedelta(minutes=rng.randint(1, 600)) if late
                               else -timedelta(minutes=rng.randint(5, 60 * 24 * 20)))
    msg = EmailMessage()
    msg["Received"] = (f"from smtp.example.net (smtp.example.net [192.0.2.{i % 250 + 1}]) by mx1.ec.europa.eu "
                       f"with ESMTPS id {i:08x}; {format_datetime(received)}")
    msg["From"] = f"{profile['first_name']} {profile['surname']} <{profile['email']}>"
    msg["To"] = "digit-s2@ec.europa.eu"
    msg["Subject"] = rng.choice([f"Application {reference}", f"RE: {reference.lower().replace('/', '-')}",
                                 f"Ref: {reference.replace('/', ' ')} – application"])
    msg["Date"] = format_datetime(received - timedelta(seconds=rng.randint(2, 90)))
    msg["Message-ID"] = f"<app-{seed}-{i}@example.net>"
    msg.set_content("Dear selection panel,\nplease find attached my CV and application form.\n")
    pdf = render_application(profile, pages_of_cv=pages_of_cv)
    msg.add_attachment(pdf, maintype="application", subtype="pdf",
                       filename=f"{profile['surname']}_application.pdf")
    return bytes(msg)


def write_mailbox(folder: Path, n: int, *, seed: int = 1039, late_every: int = 12) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"application-{i:05d}.eml"
        path.write_bytes(application_eml(i, seed=seed, late=bool(late_every) and i % late_every == late_every - 1))
        paths.append(path)
    return paths


def write_awkward_cases(folder: Path, seed: int = 1039) -> None:
    """The cases every real mailbox has: a resend, a mail without attachment, a loose PDF, a non-PDF."""
    resend = application_eml(0, seed=seed, pages_of_cv=3).replace(
        f"<app-{seed}-0@example.net>".encode(), f"<app-{seed}-0-resend@example.net>".encode())
    (folder / "application-resend.eml").write_bytes(resend)
    msg = EmailMessage()
    msg["Received"] = f"from smtp.example.net by mx1.ec.europa.eu; {format_datetime(DEADLINE_UTC - timedelta(days=2))}"
    msg["From"] = "Jean Dupont <jean.dupont@example.fr>"
    msg["Subject"] = "Candidature DIGIT/COM/2026/1039"
    msg["Message-ID"] = "<no-attachment@example.fr>"
    msg.set_content("Bonjour, je vous envoie ma candidature.\n")
    (folder / "no-attachment.eml").write_bytes(bytes(msg))
    rng = random.Random(seed)
    (folder / "scan-from-the-post.pdf").write_bytes(render_application(make_profile(rng, 900), text_layer=False))
