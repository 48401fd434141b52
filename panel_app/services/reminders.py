"""The chair's reminder to a member who has candidates left to score: an e-mail draft (.eml), never sent by
the app. It names what is missing (counts and the candidates of the member's own queue), never a mark."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate

from panel_app.domain.errors import NotFound
from panel_app.domain.texts import translate
from panel_app.domain.times import zoned

from .actors import Actor, require_role
from .scoring_view import ScoringView


def reminder_eml(view: ScoringView, reference: str, actor: Actor, member: str, stage: str = "preselection",
                 sender: str = "") -> bytes:
    require_role(actor, "chair", "secretary", action=translate("Errors", "remind a member"), has_members=True)
    progress = next((m for m in view.member_progress(reference, actor, stage) if m.name == member), None)
    if progress is None:
        raise NotFound(translate("Errors", "{member} is not a voting member of {reference}.")
                           .format(member=member, reference=reference))
    msg = EmailMessage()
    msg["Subject"] = f"{reference}: {len(progress.missing)} candidate(s) left to score ({stage})"
    if sender:
        msg["From"] = sender
    msg["Date"] = formatdate(localtime=False)
    msg["X-Unsent"] = "1"  # opens as a draft in Outlook and Thunderbird
    lines = [f"Dear {member},", "",
             f"In the selection procedure {reference}, you have submitted {progress.submitted} of your "
             f"{progress.expected} assessment(s) of the {stage} stage.",
             "The ranking and the consensus meeting wait until every member has submitted.", ""]
    deadline, tz = view.scoring_deadline(reference)
    if deadline is not None:
        lines[-1:] = [f"The panel's scoring deadline is {zoned(deadline, tz)}"
                      + (" and has passed." if progress.late else "."), ""]
    if progress.missing:
        lines += ["Still to submit (in panel_app, Scoring page):", *[f"  - {e}" for e in progress.missing], ""]
    lines += ["With thanks,", actor.name, "Chair of the selection panel"]
    msg.set_content("\n".join(lines), charset="utf-8")
    return bytes(msg)
