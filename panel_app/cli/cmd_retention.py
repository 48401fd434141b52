"""panel-app retention [--dry-run] | --apply [--yes] [--as-of YYYY-MM-DD]; retention settings [--… N]."""

from __future__ import annotations

from datetime import date

from panel_app.domain.errors import UserFacingError

from .output import emit


def _as_of(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserFacingError(f"--as-of {text}: give a day as YYYY-MM-DD.") from None


def _lines(r) -> str:
    out = [f"Retention of {r.reference} on {r.as_of} (non-recruited: {r.policy['non_recruited_years']} year(s) after "
           f"the close; reserve list: {r.policy['reserve_years']} year(s) after its validity)."]
    if r.blocked_by:
        out.append(f"BLOCKED by {r.blocked_by}: nothing will be deleted.")
    for i in r.items:
        d = i.deletes
        what = (f"{d['applications']} application(s), {d['documents']} document(s) ({d['document_bytes']:,} bytes) "
                f"with {d['text_chars']:,} characters of extracted/OCR text, the personal fields (name, e-mail, "
                f"subject, source, evidence), {d['marks']} mark(s), {d['assessments']} assessment(s), "
                f"{d['decisions']} decision(s); {d['audit_events_redacted']} audit event(s) redacted (hashes kept)")
        state = f"  HELD by {i.held_by}: not deleted" if i.held_by else ""
        out.append(f"- {i.candidate}: {i.reason}.\n    {'deleted' if r.applied else 'would delete'}: {what}.{state}")
    if not r.items:
        out.append("Nothing is due for deletion.")
    out += [f"  kept: {k}" for k in r.kept]
    t = r.totals
    if t:
        out.append(f"{'Deleted' if r.applied else 'Total'}: {t['candidates']} candidate(s), {t['documents']} document(s), "
                   f"{t['document_bytes']:,} bytes, {t['audit_events_redacted']} audit event(s) redacted.")
    return "\n".join(out)


def run(ctx) -> int:
    a = ctx.args
    sv = ctx.services.retention
    if a.settings:
        if a.non_recruited_years is not None or a.reserve_years is not None:
            out = sv.update_settings(ctx.reference, ctx.actor, non_recruited_years=a.non_recruited_years,
                                     reserve_years=a.reserve_years).result
        else:
            out = sv.settings(ctx.reference)
        emit(ctx, out.as_dict(), f"Non-recruited candidates: {out.non_recruited_years} year(s) after the close; "
                                 f"reserve list: {out.reserve_years} year(s) after its validity ends.")
        return 0
    as_of = _as_of(a.as_of)
    if not a.apply:
        r = sv.dry_run(ctx.reference, ctx.actor, as_of)
        emit(ctx, r.as_dict(), _lines(r))
        return 0
    preview = sv.dry_run(ctx.reference, ctx.actor, as_of)
    if preview.deletable:
        from .output import confirm

        t = preview.totals
        confirm(ctx, f"Delete the personal data of {t['candidates']} candidate(s) of {ctx.reference} "
                     f"({t['documents']} document(s))? This cannot be undone.")
    r = sv.apply(ctx.reference, ctx.actor, as_of).result
    emit(ctx, r.as_dict(), _lines(r))
    return 0
