"""Reference data (Member States, official languages, CEFR levels), read once from data/reference/eu.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from .paths import DATA_DIR


@dataclass(frozen=True)
class MemberState:
    code: str  # EU code (EL for Greece)
    iso: str  # ISO 3166-1 alpha-2 (GR for Greece)
    name: str


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1
    iso639_2: str
    name: str


@cache
def _raw() -> dict:
    with open(DATA_DIR / "reference" / "eu.toml", "rb") as fh:
        return tomllib.load(fh)


@cache
def member_states() -> tuple[MemberState, ...]:
    return tuple(MemberState(**m) for m in _raw()["member_states"])


@cache
def official_languages() -> tuple[Language, ...]:
    return tuple(Language(**lang) for lang in _raw()["official_languages"])


@cache
def cefr_levels() -> tuple[str, ...]:
    return tuple(_raw()["cefr_levels"])


@cache
def non_member_states() -> tuple[tuple[str, str], ...]:
    return tuple((c["iso"], c["name"]) for c in _raw()["non_member_states"])


def eu_code(value: str) -> str | None:
    """The EU code of a Member State given its EU code, ISO code or English name; None if not a Member State.
    The first Member State, in the reference order, whose code or ISO code is `value` in capitals or whose name
    is `value` case-folded (looked up in two tables built once: the readers call this for every name they see)."""
    v = value.strip()
    by_code, by_name = _eu_tables()
    found = [hit for hit in (by_code.get(v.upper()), by_name.get(v.casefold())) if hit is not None]
    return min(found)[1] if found else None


@cache
def _eu_tables() -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]]]:
    """({code or ISO code: (position, EU code)}, {case-folded name: (position, EU code)}), the first one kept."""
    by_code: dict[str, tuple[int, str]] = {}
    by_name: dict[str, tuple[int, str]] = {}
    for i, ms in enumerate(member_states()):
        by_code.setdefault(ms.code, (i, ms.code))
        by_code.setdefault(ms.iso, (i, ms.code))
        by_name.setdefault(ms.name.casefold(), (i, ms.code))
    return by_code, by_name


def language_code(value: str) -> str | None:
    """ISO 639-1 code of an official EU language from a 639-1/639-2 code or English name; else None."""
    v = value.strip().lower()
    for lang in official_languages():
        if v in (lang.code, lang.iso639_2, lang.name.lower()):
            return lang.code
    return None


def cefr_rank(level: str) -> int:
    """0 for A1 … 5 for C2; -1 when not a CEFR level."""
    try:
        return cefr_levels().index(level.strip().upper())
    except ValueError:
        return -1
