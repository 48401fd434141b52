"""A candidate's identity when the application gives no e-mail address (a loose PDF, a scan from the post).

Scoring, conflicts and the audit trail know a candidate by one key, the e-mail address. An application that
names none still belongs to a person: the import makes a candidate from the form's name with a placeholder
address under the reserved `.invalid` domain (RFC 2606: it can never reach anyone), stable for the
procedure's lifetime, so the application can be decided, scored and reported like any other. The secretary
corrects the name (audited); the placeholder stays the key, as every audited row refers to it.
"""

from __future__ import annotations

from .texts import translate

PLACEHOLDER_DOMAIN = "placeholder.invalid"
NO_EMAIL = translate("Words", "no e-mail")  # a Text: the interface shows it in its language


def placeholder_email(key: str) -> str:
    """The placeholder address of the application whose stored bytes have the sha256 `key` (hex)."""
    return f"no-email-{key[:12].lower()}@{PLACEHOLDER_DOMAIN}"


def is_placeholder(email: str | None) -> bool:
    return bool(email and email.lower().endswith("@" + PLACEHOLDER_DOMAIN))


def shown_email(email: str | None) -> str:
    """What a list shows in the e-mail column: the address, or "no e-mail" for a placeholder or none."""
    return NO_EMAIL if not email or is_placeholder(email) else email
