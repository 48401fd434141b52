"""The domain's fixed words as a person reads them: stages, roles, statuses and the other codes the app stores, the
names of languages and countries. Stored and passed around as codes ("preselection", "chair", "not_met", "en"); put into a
message as these words, so the interface and the reports show them in their language (domain/texts.py; "Words"
entries, read by panel_app/ui/words.py too; "Languages" for the names of languages, "Countries" for those of countries).

`CODE_WORDS` is the one table from a stored code to its word: the History page's Change column shows an audit
payload's codes through it (domain/audit/history.py), the pages show statuses and roles through it. A code
with no entry is shown as stored."""

from __future__ import annotations

from .gates import CONFIRMED_AS_SUGGESTED, ELIGIBILITY_FIRST, HOLD_TEXT, PARALLEL
from .texts import QT_TRANSLATE_NOOP, Text, joined, translate

STAGE_WORDS = {"eligibility": translate("Words", "eligibility"), "preselection": translate("Words", "preselection"),
               "interview": translate("Words", "interview")}
ROLE_WORDS = {"chair": translate("Words", "chair"), "member": translate("Words", "member"),
              "secretary": translate("Words", "secretary"), "observer": translate("Words", "observer"),
              "voting": translate("Words", "voting member"), "nonvoting": translate("Words", "non-voting member"),
              "setup": translate("Words", "set-up"), "administrator": translate("Words", "administrator")}
PANEL_ROLES = ("chair", "member", "secretary", "observer")  # the roles a member of the panel has

STATUS_WORDS = {
    # the states of an application (services/applications, services/intake), as the Applications page shows them
    "all": translate("Words", "all"),
    "active": translate("Words", "active"),
    "superseded": translate("Words", "superseded"),
    "duplicate": translate("Words", "duplicate"),
    "late_resend": translate("Words", "late resend"),
    "excluded": translate("Words", "excluded"),
    "not_application": translate("Words", "not an application"),
    # a candidate's standing in the ranking (domain/scoring/marks.STATUSES)
    "invited": translate("Words", "invited"),
    "not_invited": translate("Words", "not invited"),
    "below_pass_mark": translate("Words", "below pass mark"),
    "below_minimum": translate("Words", "below minimum"),
    "pending": translate("Words", "pending"),
}

CODE_WORDS: dict[str, Text] = {
    **STAGE_WORDS,
    **{r: ROLE_WORDS[r] for r in PANEL_ROLES},
    **{k: v for k, v in STATUS_WORDS.items() if k != "all"},
    # an eligibility check's value, suggested or decided, and an application's decided outcome
    "met": translate("Words", "met"),
    "not_met": translate("Words", "not met"),
    "declared": translate("Words", "declared"),
    "to_verify": translate("Words", "to verify"),
    "eligible": translate("Words", "eligible"),
    "not_eligible": translate("Words", "not eligible"),
    # an assessment's state
    "submitted": translate("Words", "submitted"),
    "draft": translate("Words", "draft"),
    # a final outcome (services/panel_final.OUTCOMES)
    "recommended": translate("Words", "recommended"),
    "reserve": translate("Words", "reserve list"),
    # the Article 29 categories (domain/eligibility/article29.CATEGORIES)
    "official": translate("Words", "Commission official"),
    "other_institution": translate("Words", "official of another institution"),
    "laureate": translate("Words", "competition laureate"),
    # a declaration's kind and a conflict's type (services/scoring.CONFLICT_TYPES)
    "confidentiality": translate("Words", "confidentiality"),
    "family": translate("Words", "family"),
    "professional": translate("Words", "professional"),
    "hierarchical": translate("Words", "hierarchical"),
    "financial": translate("Words", "financial"),
    "personal": translate("Words", "personal"),
    "other": translate("Words", "other"),
    # the scoring gate (domain/gates) and an application held after the freeze
    ELIGIBILITY_FIRST: translate("Words", "eligibility first"),
    PARALLEL: translate("Words", "score while eligibility is checked"),
    **HOLD_TEXT,
    # the grid's rules (domain/grid: CONSOLIDATION, FINAL_RANKING)
    "mean": translate("Words", "mean"),
    "consensus_required": translate("Words", "consensus required"),
    "interview_only": translate("Words", "interview only"),
    # a criterion's kind (domain/grid.KINDS)
    "scored": translate("Words", "scored"),
    "pass_fail": translate("Words", "pass/fail"),
    "combined": translate("Words", "combined"),
    # a legal hold's scope (the other scope is a candidate's e-mail), a backup's kind
    "procedure": translate("Words", "the whole procedure"),
    "sqlite": translate("Words", "SQLite database"),
    "postgresql": translate("Words", "PostgreSQL archive (pg_dump)"),
    # fixed English the services write as a value (a reason, a channel)
    "confirmed as suggested": CONFIRMED_AS_SUGGESTED,
    "decided eligible": translate("Words", "decided eligible"),
    "decided not eligible": translate("Words", "decided not eligible"),
    "eligibility not decided yet (eligibility first)": translate("Words", "eligibility not decided yet "
                                                                          "(eligibility first)"),
    "offline package": translate("Words", "offline package"),
}


def stage_word(stage: str) -> str:
    return STAGE_WORDS.get(stage, stage)


def role_word(role: str) -> str:
    return ROLE_WORDS.get(role, role)


def code_word(code: str) -> str:
    """A stored code's word (a Text, English as its str), or the code as stored when it has none."""
    return CODE_WORDS.get(code, code)


# the names of languages (issue 20): the EU's 24 official languages by ISO 639-1 code, as data/reference names them,
# then the other languages an application may state (domain/eligibility/languages.OTHER_NAMES); context "Languages"
LANGUAGE_NAMES = {
    "bg": QT_TRANSLATE_NOOP("Languages", "Bulgarian"), "cs": QT_TRANSLATE_NOOP("Languages", "Czech"),
    "da": QT_TRANSLATE_NOOP("Languages", "Danish"), "de": QT_TRANSLATE_NOOP("Languages", "German"),
    "el": QT_TRANSLATE_NOOP("Languages", "Greek"), "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"), "et": QT_TRANSLATE_NOOP("Languages", "Estonian"),
    "fi": QT_TRANSLATE_NOOP("Languages", "Finnish"), "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "ga": QT_TRANSLATE_NOOP("Languages", "Irish"), "hr": QT_TRANSLATE_NOOP("Languages", "Croatian"),
    "hu": QT_TRANSLATE_NOOP("Languages", "Hungarian"), "it": QT_TRANSLATE_NOOP("Languages", "Italian"),
    "lt": QT_TRANSLATE_NOOP("Languages", "Lithuanian"), "lv": QT_TRANSLATE_NOOP("Languages", "Latvian"),
    "mt": QT_TRANSLATE_NOOP("Languages", "Maltese"), "nl": QT_TRANSLATE_NOOP("Languages", "Dutch"),
    "pl": QT_TRANSLATE_NOOP("Languages", "Polish"), "pt": QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    "ro": QT_TRANSLATE_NOOP("Languages", "Romanian"), "sk": QT_TRANSLATE_NOOP("Languages", "Slovak"),
    "sl": QT_TRANSLATE_NOOP("Languages", "Slovenian"), "sv": QT_TRANSLATE_NOOP("Languages", "Swedish"),
}
OTHER_LANGUAGE_NAMES = {
    "no": QT_TRANSLATE_NOOP("Languages", "Norwegian"), "ru": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "tr": QT_TRANSLATE_NOOP("Languages", "Turkish"), "uk": QT_TRANSLATE_NOOP("Languages", "Ukrainian"),
    "sr": QT_TRANSLATE_NOOP("Languages", "Serbian"), "is": QT_TRANSLATE_NOOP("Languages", "Icelandic"),
    "ar": QT_TRANSLATE_NOOP("Languages", "Arabic"), "zh": QT_TRANSLATE_NOOP("Languages", "Chinese"),
    "ja": QT_TRANSLATE_NOOP("Languages", "Japanese"), "ca": QT_TRANSLATE_NOOP("Languages", "Catalan"),
    "lb": QT_TRANSLATE_NOOP("Languages", "Luxembourgish"), "sq": QT_TRANSLATE_NOOP("Languages", "Albanian"),
    "mk": QT_TRANSLATE_NOOP("Languages", "Macedonian"), "bs": QT_TRANSLATE_NOOP("Languages", "Bosnian"),
    "hi": QT_TRANSLATE_NOOP("Languages", "Hindi"), "he": QT_TRANSLATE_NOOP("Languages", "Hebrew"),
    "ko": QT_TRANSLATE_NOOP("Languages", "Korean"), "be": QT_TRANSLATE_NOOP("Languages", "Belarusian"),
    "fa": QT_TRANSLATE_NOOP("Languages", "Persian"), "eu": QT_TRANSLATE_NOOP("Languages", "Basque"),
}


def language_word(code: str) -> str:
    """A language's name from its ISO 639-1 code ("en" -> English), a Text that the interface and the reports show
    in their language (anglais, Englisch); an unknown code as it is."""
    key = (code or "").strip().lower()
    name = LANGUAGE_NAMES.get(key) or OTHER_LANGUAGE_NAMES.get(key)
    return Text("Languages", name) if name else code


# the names of countries (issue 20): the 27 Member States by EU code (EL for Greece) in protocol order, as
# data/reference names them (the Procedure page lists them), then the other countries a nationality is read as
# (domain/eligibility/nationality_names) by ISO 3166 code; context "Countries"
MEMBER_STATE_NAMES = {
    "BE": QT_TRANSLATE_NOOP("Countries", "Belgium"), "BG": QT_TRANSLATE_NOOP("Countries", "Bulgaria"),
    "CZ": QT_TRANSLATE_NOOP("Countries", "Czechia"), "DK": QT_TRANSLATE_NOOP("Countries", "Denmark"),
    "DE": QT_TRANSLATE_NOOP("Countries", "Germany"), "EE": QT_TRANSLATE_NOOP("Countries", "Estonia"),
    "IE": QT_TRANSLATE_NOOP("Countries", "Ireland"), "EL": QT_TRANSLATE_NOOP("Countries", "Greece"),
    "ES": QT_TRANSLATE_NOOP("Countries", "Spain"), "FR": QT_TRANSLATE_NOOP("Countries", "France"),
    "HR": QT_TRANSLATE_NOOP("Countries", "Croatia"), "IT": QT_TRANSLATE_NOOP("Countries", "Italy"),
    "CY": QT_TRANSLATE_NOOP("Countries", "Cyprus"), "LV": QT_TRANSLATE_NOOP("Countries", "Latvia"),
    "LT": QT_TRANSLATE_NOOP("Countries", "Lithuania"), "LU": QT_TRANSLATE_NOOP("Countries", "Luxembourg"),
    "HU": QT_TRANSLATE_NOOP("Countries", "Hungary"), "MT": QT_TRANSLATE_NOOP("Countries", "Malta"),
    "NL": QT_TRANSLATE_NOOP("Countries", "Netherlands"), "AT": QT_TRANSLATE_NOOP("Countries", "Austria"),
    "PL": QT_TRANSLATE_NOOP("Countries", "Poland"), "PT": QT_TRANSLATE_NOOP("Countries", "Portugal"),
    "RO": QT_TRANSLATE_NOOP("Countries", "Romania"), "SI": QT_TRANSLATE_NOOP("Countries", "Slovenia"),
    "SK": QT_TRANSLATE_NOOP("Countries", "Slovakia"), "FI": QT_TRANSLATE_NOOP("Countries", "Finland"),
    "SE": QT_TRANSLATE_NOOP("Countries", "Sweden"),
}
OTHER_COUNTRY_NAMES = {
    "NO": QT_TRANSLATE_NOOP("Countries", "Norway"), "CH": QT_TRANSLATE_NOOP("Countries", "Switzerland"),
    "GB": QT_TRANSLATE_NOOP("Countries", "United Kingdom"), "UA": QT_TRANSLATE_NOOP("Countries", "Ukraine"),
    "IS": QT_TRANSLATE_NOOP("Countries", "Iceland"), "RS": QT_TRANSLATE_NOOP("Countries", "Serbia"),
    "TR": QT_TRANSLATE_NOOP("Countries", "Türkiye"), "US": QT_TRANSLATE_NOOP("Countries", "United States"),
    "LI": QT_TRANSLATE_NOOP("Countries", "Liechtenstein"), "AL": QT_TRANSLATE_NOOP("Countries", "Albania"),
    "MK": QT_TRANSLATE_NOOP("Countries", "North Macedonia"), "ME": QT_TRANSLATE_NOOP("Countries", "Montenegro"),
    "BA": QT_TRANSLATE_NOOP("Countries", "Bosnia and Herzegovina"), "MD": QT_TRANSLATE_NOOP("Countries", "Moldova"),
    "GE": QT_TRANSLATE_NOOP("Countries", "Georgia"), "RU": QT_TRANSLATE_NOOP("Countries", "Russia"),
    "BY": QT_TRANSLATE_NOOP("Countries", "Belarus"), "CA": QT_TRANSLATE_NOOP("Countries", "Canada"),
    "AU": QT_TRANSLATE_NOOP("Countries", "Australia"), "CN": QT_TRANSLATE_NOOP("Countries", "China"),
    "IN": QT_TRANSLATE_NOOP("Countries", "India"), "BR": QT_TRANSLATE_NOOP("Countries", "Brazil"),
    "MA": QT_TRANSLATE_NOOP("Countries", "Morocco"), "TN": QT_TRANSLATE_NOOP("Countries", "Tunisia"),
    "DZ": QT_TRANSLATE_NOOP("Countries", "Algeria"),
}


def country_word(code: str) -> str:
    """A country's name from its code (a Member State's EU code, EL for Greece; another country's ISO code): a Text
    that the interface and the reports show in their language (Danemark, Dänemark); an unknown code as it is."""
    key = (code or "").strip().upper()
    name = MEMBER_STATE_NAMES.get(key) or OTHER_COUNTRY_NAMES.get(key)
    return Text("Countries", name) if name else code


def countries_words(codes: list[str], sep: str = ", ") -> str:
    """"Denmark, Switzerland": countries by code, each name in the reader's language."""
    return joined([country_word(c) for c in codes], sep)
