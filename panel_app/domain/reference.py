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
    """The EU code of a Member State given its EU code, ISO code or English name; None if not a Member State."""
    v = value.strip()
    for ms in member_states():
        if v.upper() in (ms.code, ms.iso) or v.casefold() == ms.name.casefold():
            return ms.code
    return None


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
