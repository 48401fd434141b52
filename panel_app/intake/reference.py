"""Tolerant matching of the selection reference in a mail subject."""

from __future__ import annotations

import re
from functools import cache

_SEP = r"[\s/\-_.\\]*"


@cache
def _pattern(reference: str) -> re.Pattern[str]:
    tokens = [t for t in re.split(r"[^0-9A-Za-z]+", reference) if t]
    body = _SEP.join(re.escape(t) for t in tokens)
    return re.compile(rf"(?<![0-9A-Za-z]){body}(?![0-9A-Za-z])", re.IGNORECASE)


def reference_matches(subject: str | None, reference: str) -> bool:
    """True when `subject` contains `reference`, whatever the case and the separators.

    `DIGIT/COM/2026/1039`, `digit-com-2026-1039`, `Ref: DIGIT COM 2026 1039` and
    `RE: FW: digit_com_2026_1039` all match; `DIGIT/COM/2026/10390` does not. Reply/forward prefixes
    need no special handling since the reference is searched anywhere in the subject.
    """
    if not subject or not reference.strip():
        return False
    return bool(_pattern(reference.strip()).search(subject))
