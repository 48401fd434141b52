"""Eligibility suggestions for one application (pure; standard library only).

    from panel_app.domain.eligibility import ApplicationFacts, suggest, overall

    s = suggest(facts, [("E-NATIONALITY", False), ("E-CIVIC", True), ...])
    s.checks  # one Check per criterion: met / not_met / to_verify / declared, with evidence and reason
    overall([c.suggested for c in s.checks])  # eligible / not_eligible / to_verify

The suggestions are for the panel, which decides; nothing here is ever "verified".
"""

from .article29 import CATEGORIES as ARTICLE29_CATEGORIES
from .checks import SUGGESTIONS, Check, EligibilitySuggestion, overall, suggest
from .diploma import AD7_WARNING, grade_warning
from .facts import INTAKE_FLAGS, ApplicationFacts, fold
from .nationality import codes_in as nationality_codes

__all__ = [
    "AD7_WARNING",
    "ARTICLE29_CATEGORIES",
    "INTAKE_FLAGS",
    "SUGGESTIONS",
    "ApplicationFacts",
    "Check",
    "EligibilitySuggestion",
    "fold",
    "grade_warning",
    "nationality_codes",
    "overall",
    "suggest",
]
