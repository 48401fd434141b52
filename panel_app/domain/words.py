"""The domain's fixed words as a person reads them: stages, roles. Stored and passed around as codes
("preselection", "chair"); put into a message as these words, so the interface shows them in its language
(domain/texts.py; the same "Words" entries as panel_app/ui/words.py)."""

from __future__ import annotations

from .texts import translate

STAGE_WORDS = {"eligibility": translate("Words", "eligibility"), "preselection": translate("Words", "preselection"),
               "interview": translate("Words", "interview")}
ROLE_WORDS = {"chair": translate("Words", "chair"), "member": translate("Words", "member"),
              "secretary": translate("Words", "secretary"), "observer": translate("Words", "observer"),
              "voting": translate("Words", "voting member"), "nonvoting": translate("Words", "non-voting member"),
              "setup": translate("Words", "set-up"), "administrator": translate("Words", "administrator")}


def stage_word(stage: str) -> str:
    return STAGE_WORDS.get(stage, stage)


def role_word(role: str) -> str:
    return ROLE_WORDS.get(role, role)
