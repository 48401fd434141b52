"""The eligibility suggestion engine: one suggested outcome per eligibility criterion, with its evidence.

Suggestions only: the panel decides. Declared items (civic rights, military service, fitness, character
references) are at most "declared", never "met". An unreadable document never makes a check "not_met":
document-based checks become "to_verify" unless Europass states the fact, and even then a negative
Europass reading is only "to_verify" (the unread document may say more).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from ..reference import cefr_rank
from ..texts import joined, translate
from . import article29, diploma, languages, nationality
from .boxes import read_groups
from .facts import ApplicationFacts
from .fields import read_document
from .honour import Declaration, read_declarations
from .sources import Sources

SUGGESTIONS = ("met", "not_met", "to_verify", "declared")
FORMAT_FLAGS = {
    "no_attachment": translate("Eligibility", "no attachment"),
    "not_single_pdf": translate("Eligibility", "the application is not one single PDF"),
    "not_pdf": translate("Eligibility", "the attachment is not a PDF"),
    "archive": translate("Eligibility", "the attachment is an archive"),
    "reference_missing": translate("Eligibility", "the selection reference is missing from the subject"),
}
DECLARED_KINDS = {"E-CIVIC": "civic", "E-MILITARY": "military", "E-FITNESS": "fitness", "E-REFERENCES": "references"}
DECLARED_WORDS = {"civic rights": "civic", "military service": "military", "physical fitness": "fitness",
                  "character references": "references"}
MIN_C1, MIN_B2 = cefr_rank("C1"), cefr_rank("B2")


@dataclass
class Check:
    criterion: str
    suggested: str  # met | not_met | to_verify | declared
    evidence: str = ""
    page: int | None = None
    reason: str | None = None


@dataclass
class EligibilitySuggestion:
    nationalities: list[str] = field(default_factory=list)
    diploma_years: float | None = None
    languages: list[dict] = field(default_factory=list)  # [{"lang": "pl", "level": "C2"}]
    article29: str | None = None
    article29_evidence: str | None = None
    article29_unsure: str | None = None  # why the Article 29 boxes leave the category to verify
    warnings: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)

    def check(self, criterion: str) -> Check | None:
        return next((c for c in self.checks if c.criterion == criterion), None)

    @property
    def outcome(self) -> str:
        return overall([c.suggested for c in self.checks])


def overall(checks_decided_or_suggested: list[str]) -> str:
    """eligible when every criterion is met or declared; not_eligible when any is not_met; else to_verify."""
    values = list(checks_decided_or_suggested)
    if any(v == "not_met" for v in values):
        return "not_eligible"
    if values and all(v in ("met", "declared") for v in values):
        return "eligible"
    return "to_verify"


@functools.lru_cache(maxsize=256)  # of the procedure's criterion codes (not of a document): the same ten every time
def _kind(code: str) -> str:
    c = code.upper()
    for prefix, kind in (("E-DEADLINE", "deadline"), ("E-FORMAT", "format"), ("E-NATIONALITY", "nationality"),
                         ("E-NAT", "nationality"), ("E-DIPLOMA", "diploma"), ("E-EDUCATION", "diploma"),
                         ("E-LANG-MAIN", "lang_main"), ("E-LANG-SECOND", "lang_second")):
        if c.startswith(prefix):
            return kind
    return DECLARED_KINDS.get(c, "") or next((k for w, k in DECLARED_WORDS.items() if w in code.lower()), "unknown")


def suggest(facts: ApplicationFacts, criteria: list[tuple[str, bool]], min_years: int = 3) -> EligibilitySuggestion:
    readable = facts.is_readable()
    unreadable = translate("Eligibility", "{why}: check by hand").format(why=facts.why_unreadable())
    doc = read_document(facts) if readable else read_document(ApplicationFacts(page_texts=[]))
    groups = read_groups(doc.lines) if readable else []
    src = Sources(facts, readable, unreadable)
    out = EligibilitySuggestion()

    nat_t = nationality.read_document(doc) if readable else nationality.NationalityReading()
    nat_x = nationality.read_europass(src.europass) if src.europass and src.europass.get("nationalities") else None
    out.nationalities = list(nat_t.codes or (nat_x.codes if nat_x else []))

    read_t = languages.read_document(doc) if readable else []
    langs_t = languages.merge(read_t)
    langs_low = languages.merge_cautious(read_t)
    langs_x = languages.merge(languages.read_europass(src.europass)) if src.europass else {}
    shown = langs_t or langs_x
    official = sorted((r for r in shown.values() if r.official and r.level), key=lambda r: -cefr_rank(r.level or ""))
    out.languages = [{"lang": r.lang, "level": r.level} for r in official]
    for r in shown.values():
        if not r.official:
            out.warnings.append(translate("Eligibility", "{language} ({level}) is not an official EU language: not "
                                                         "counted").format(language=languages.language_name(r.lang),
                                                                           level=r.level or r.raw))

    dip = diploma.read_document(doc) if readable else diploma.DiplomaReading()
    dip_x = diploma.read_europass(src.europass) if src.europass else diploma.DiplomaReading()
    out.diploma_years = dip.years if dip.years is not None else dip_x.years
    if dip.note:
        out.warnings.append(translate("Eligibility", "Diploma: {note}").format(note=dip.note))
    if warning := diploma.grade_warning(facts.grade):
        out.warnings.append(warning)

    art = article29.read_document(doc, groups) if readable else article29.Article29Reading()
    out.article29, out.article29_evidence = art.category, (art.evidence if art.category else None)
    out.article29_unsure = art.unsure
    if art.unsure:
        out.warnings.append(translate("Eligibility", "{why}: check by hand").format(why=art.unsure))
    elif not art.understood:
        out.warnings.append(translate("Eligibility", "Article 29 status not understood: '{raw}'").format(raw=art.raw))
    if not readable:
        out.warnings.append(translate("Eligibility", "Article 29 status not read: {why}").format(why=unreadable))
    if "forwarded" in facts.intake_flags:
        out.warnings.append(translate("Eligibility", "Forwarded application: judged on the inner message"))

    declarations = read_declarations(doc, groups) if readable else {}
    for code, _is_declared in criteria:
        kind = _kind(code)
        if kind == "deadline":
            check = _deadline(code, facts.intake_flags)
        elif kind == "format":
            reasons = [r for f, r in FORMAT_FLAGS.items() if f in facts.intake_flags]
            check = (Check(code, "to_verify", ", ".join(facts.intake_flags), None, joined(reasons)) if reasons
                     else Check(code, "met", translate("Eligibility", "one PDF with the reference in the subject")))
        elif kind == "nationality":
            text = _nationality(code, nat_t) if nat_t.codes or nat_t.unrecognised else None
            check = src.combine(code, text, _nationality(code, nat_x) if nat_x else None,
                                translate("Eligibility", "no nationality found"))
        elif kind == "diploma":
            text = _diploma(code, dip, min_years) if dip.years is not None or dip.degree else None
            xml = _diploma(code, dip_x, min_years) if dip_x.years is not None else None
            check = src.combine(code, text, xml, translate("Eligibility", "no diploma or duration of studies found"))
        elif kind in ("lang_main", "lang_second"):
            text = _pages_agree(code, _languages(code, kind, langs_t), _languages(code, kind, langs_low)) \
                if langs_t else None
            xml = _languages(code, kind, langs_x) if langs_x else None
            check = src.combine(code, text, xml, translate("Eligibility", "no language levels found in the application"))
        elif kind in DECLARED_KINDS.values():
            check = _declared(code, declarations.get(kind), readable, unreadable)
        else:
            check = Check(code, "to_verify", "", None, translate("Eligibility", "no automatic rule; check by hand"))
        out.checks.append(check)
    return out


def _pages_agree(code: str, high: Check, low: Check) -> Check:
    """The form and the CV give different levels and the check depends on which is right: to verify."""
    if high.suggested == low.suggested or "to_verify" in (high.suggested, low.suggested):
        return high
    return Check(code, "to_verify", high.evidence, high.page,
                 translate("Eligibility", "the pages disagree: '{high}' (page {high_page}) meets it, '{low}' (page "
                                          "{low_page}) does not ({why})")
                 .format(high=high.evidence, high_page=high.page, low=low.evidence, low_page=low.page, why=low.reason))


def _deadline(code: str, flags: list[str]) -> Check:
    if "late" in flags:
        return Check(code, "not_met", "intake flag: late", None,
                     translate("Eligibility", "received after the deadline"))
    if "received_time_unknown" in flags:
        return Check(code, "to_verify", "intake flag: received_time_unknown", None,
                     translate("Eligibility", "the mailbox receipt time is unknown: check by hand"))
    return Check(code, "met", translate("Eligibility", "received on time (mailbox receipt time)"))


def _nationality(code: str, nat: nationality.NationalityReading) -> Check:
    if nat.eu:
        shown = ", ".join(nat.codes)
        dual = translate("Eligibility", "{codes} (dual national, eligible through the EU nationality)").format(
            codes=shown) if len(nat.codes) > 1 else None
        return Check(code, "met", nat.evidence or shown, nat.page, dual)
    if nat.codes and not nat.unrecognised:
        if nat.conflict:
            return Check(code, "to_verify", nat.evidence, nat.page,
                         translate("Eligibility", "{codes}: not a Member State of the EU, but {conflict}")
                         .format(codes=", ".join(nat.codes), conflict=nat.conflict))
        return Check(code, "not_met", nat.evidence, nat.page,
                     translate("Eligibility", "{codes}: not a Member State of the EU").format(codes=", ".join(nat.codes)))
    if nat.unrecognised:
        return Check(code, "to_verify", nat.evidence, nat.page,
                     translate("Eligibility", "nationality not understood: '{values}'")
                     .format(values="; ".join(nat.unrecognised)))
    return Check(code, "to_verify", "", None, translate("Eligibility", "no nationality found in the application"))


def _diploma(code: str, dip: diploma.DiplomaReading, min_years: int) -> Check:
    if dip.years is None:
        what = (translate("Eligibility", "duration of studies not found for '{degree}'").format(degree=dip.degree)
                if dip.degree else translate("Eligibility", "no diploma found"))
        return Check(code, "to_verify", dip.evidence, dip.page,
                     translate("Eligibility", "{why}: check by hand").format(why=what))
    if dip.years >= min_years:
        return Check(code, "met", dip.evidence, dip.page, dip.note)
    if dip.unsure:
        return Check(code, "to_verify", dip.evidence, dip.page,
                     translate("Eligibility", "{why}: check by hand").format(why=dip.unsure))
    if dip.note:
        return Check(code, "not_met", dip.evidence, dip.page,
                     translate("Eligibility", "{years} years of university studies ({note}); at least {minimum} "
                                              "required").format(years=dip.years, note=dip.note, minimum=min_years))
    return Check(code, "not_met", dip.evidence, dip.page,
                 translate("Eligibility", "{years} years of university studies; at least {minimum} required")
                 .format(years=dip.years, minimum=min_years))


def _languages(code: str, kind: str, best: dict) -> Check:
    known = sorted((r for r in best.values() if r.official and r.level), key=lambda r: -cefr_rank(r.level or ""))
    unknown = [r for r in best.values() if r.official and not r.level]
    first = known[0] if known else None
    if kind == "lang_main":
        if first and cefr_rank(first.level) >= MIN_C1:
            return Check(code, "met", first.evidence, first.page, None)
        need, target = translate("Eligibility", "C1 or above in an official EU language"), None
    else:
        second = next((r for r in known[1:] if cefr_rank(r.level) >= MIN_B2), None)
        if first and cefr_rank(first.level) >= MIN_C1 and second:
            return Check(code, "met", second.evidence, second.page, None)
        if first and cefr_rank(first.level) < MIN_C1 and second:
            return Check(code, "met", second.evidence, second.page,
                         translate("Eligibility", "two official languages at B2 or above; the C1 one is checked "
                                                  "separately"))
        need, target = translate("Eligibility", "B2 or above in a second, different official EU language"), first
    if unknown:
        raw = "; ".join(f"'{r.raw or r.evidence}'" for r in unknown)
        return Check(code, "to_verify", unknown[0].evidence, unknown[0].page,
                     translate("Eligibility", "level not understood: {raw}").format(raw=raw))
    if not languages.has_mother_tongue(best):  # every form states one: without it the reading is short
        shown = languages.languages_words([(r.lang, r.level or r.raw) for r in best.values()])
        return Check(code, "to_verify", first.evidence if first else "", first.page if first else None,
                     translate("Eligibility", "no mother tongue was found, so the languages read may be incomplete "
                                              "({shown}): check by hand").format(shown=shown))
    if not known:  # not even the mother tongue was read: the reading, not the candidate, is short
        others = languages.languages_words([(r.lang, None) for r in best.values()])
        return Check(code, "to_verify", "", None,
                     translate("Eligibility", "no official EU language with a level was read (read: {others}): check "
                                              "by hand").format(others=others))
    shown = languages.languages_words([(r.lang, r.level) for r in known]) or translate("Eligibility", "none")
    evidence = target.evidence if target else (first.evidence if first else "")
    page = target.page if target else (first.page if first else None)
    unofficial = [r for r in best.values() if not r.official]
    if unofficial:
        return Check(code, "not_met", evidence, page,
                     translate("Eligibility", "no {need} (official languages: {shown}; not counted: {others})")
                     .format(need=need, shown=shown, others=languages.languages_words([(r.lang, None) for r in unofficial])))
    return Check(code, "not_met", evidence, page,
                 translate("Eligibility", "no {need} (official languages: {shown})").format(need=need, shown=shown))


def _declared(code: str, dec: Declaration | None, readable: bool, unreadable: str) -> Check:
    if not readable:
        return Check(code, "to_verify", "", None, unreadable)
    if dec is None:
        return Check(code, "to_verify", "", None,
                     translate("Eligibility", "no declaration of honour or declaration box found in the form"))
    if not dec.declared:
        return Check(code, "to_verify", dec.evidence, dec.page,
                     dec.reason or translate("Eligibility", "the declaration box is not ticked"))
    return Check(code, "declared", dec.evidence, dec.page, None)
