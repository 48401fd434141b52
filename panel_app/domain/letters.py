"""Invitation letters (issue 17): the rules a letter follows, pure standard library.

- Only the candidates the frozen, signed shortlist invites get a letter (the notice: only candidates selected for
  the next step are notified).
- The language is the one the candidate's application form is written in (French or German labels), English
  otherwise.
- The interview's date, first time, minutes per interview (0 = every candidate at the same time), place and/or
  video link are set by the chair; candidates get consecutive slots in alphabetical order (an order that says
  nothing of their rank).
- A template is plain text a secretary can edit: a first line "Subject: …", a blank line, the body; fields are
  written $name or ${name} (see FIELDS). An unknown field is refused with its name and the template's file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from string import Template
from zoneinfo import ZoneInfo

from .errors import UserFacingError
from .texts import translate

LANGUAGES = ("en", "fr", "de")
FIELDS = {
    "name": "the candidate's name as they wrote it (first name, surname)",
    "reference": "the selection's reference",
    "title": "the post's title",
    "date": "the interview's date, in the letter's language",
    "time": "the candidate's interview time, with the zone",
    "where": "the place and/or the video link, in the letter's language",
    "mailbox": "the panel's functional mailbox",
}
# Words that only an application form in that language carries (labels of the form, as candidates print them).
FORM_WORDS = {
    "fr": ("formulaire de candidature", "prénom", "nationalité", "durée des études", "langue maternelle",
           "déclarations", "référence de la sélection", "date de naissance"),
    "de": ("bewerbungsformular", "vorname", "nachname", "staatsangehörigkeit", "studiendauer", "muttersprache",
           "erklärungen", "auswahlreferenz", "geburtsdatum"),
    "en": ("application form", "first name", "surname", "nationality", "duration of studies", "mother tongue",
           "declarations", "selection reference", "date of birth"),
}
DAYS = {"en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")}
MONTHS = {"en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"),
          "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"),
          "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember")}
WHERE = {"en": ("at {place}", "by video link: {video}", "at {place}, or by video link: {video}"),
         "fr": ("à l'adresse suivante : {place}", "par visioconférence : {video}",
                "à l'adresse suivante : {place}, ou par visioconférence : {video}"),
         "de": ("am folgenden Ort: {place}", "per Videokonferenz: {video}",
                "am folgenden Ort: {place} oder per Videokonferenz: {video}")}


def form_language(text: str) -> str:
    """"fr" or "de" when the form's labels are in that language, else "en" (also when nothing is read)."""
    low = (text or "").casefold()
    hits = {lang: sum(low.count(w) for w in words) for lang, words in FORM_WORDS.items()}
    best = max(("fr", "de"), key=lambda lang: hits[lang])
    return best if hits[best] > hits["en"] else "en"


@dataclass(frozen=True)
class InterviewPlan:
    """What the chair sets: the day, the first interview's time, minutes per interview, where."""

    day: date
    first: time
    minutes: int = 0
    place: str = ""
    video: str = ""
    zone: str = "Europe/Brussels"

    @classmethod
    def parse(cls, day: str, first: str, minutes: int | str | None, place: str | None, video: str | None,
              zone: str) -> InterviewPlan:
        """The plan from what a person typed; bad input is refused with the field's name."""
        try:
            d = date.fromisoformat(str(day).strip())
        except ValueError:
            raise UserFacingError(translate("Errors", "'{day}' is not a date: write the interview's date "
                                                      "as YYYY-MM-DD.").format(day=day)) from None
        m = re.fullmatch(r"\s*(\d{1,2})[:.h](\d{2})\s*", str(first or ""))
        if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
            raise UserFacingError(translate("Errors", "'{first}' is not a time: write the first "
                                                      "interview's time as HH:MM (e.g. 09:30).")
                                      .format(first=first))
        try:
            every = int(minutes or 0)
        except ValueError:
            raise UserFacingError(translate("Errors", "'{minutes}' is not a number of minutes per "
                                                      "interview.").format(minutes=minutes)) from None
        if not 0 <= every <= 480:
            raise UserFacingError(translate("Errors", "Minutes per interview must be between 0 (everyone "
                                                      "at the same time) and 480."))
        place, video = (place or "").strip(), (video or "").strip()
        if not place and not video:
            raise UserFacingError(translate("Errors", "Say where the interview takes place: a place, a "
                                                      "video link, or both."))
        if video and not re.match(r"https://\S+$", video):
            raise UserFacingError(translate("Errors", "'{video}' is not a video link: give the https:// "
                                                      "address of the meeting.").format(video=video))
        return cls(d, time(int(m.group(1)), int(m.group(2))), every, place, video, zone)

    def slot(self, i: int) -> datetime:
        """The i-th candidate's interview time (aware, in the procedure's zone)."""
        start = datetime.combine(self.day, self.first, tzinfo=ZoneInfo(self.zone))
        return start + timedelta(minutes=self.minutes * i)


def date_words(day: date, lang: str) -> str:
    """"Tuesday 15 September 2026", "mardi 15 septembre 2026", "Dienstag, 15. September 2026"."""
    wd, month = DAYS[lang][day.weekday()], MONTHS[lang][day.month - 1]
    if lang == "de":
        return f"{wd}, {day.day}. {month} {day.year}"
    return f"{wd} {day.day} {month} {day.year}"


def where_words(plan: InterviewPlan, lang: str) -> str:
    at, link, both = WHERE[lang]
    text = both if plan.place and plan.video else at if plan.place else link
    return text.format(place=plan.place, video=plan.video)


@dataclass(frozen=True)
class LetterText:
    subject: str
    body: str


def fill(template: str, values: dict[str, str], source: str) -> LetterText:
    """The template's subject and body with every $field filled; `source` names the file in a refusal."""
    head, sep, body = template.replace("\r\n", "\n").partition("\n\n")
    if not sep or not head.lower().startswith("subject:"):
        raise UserFacingError(translate("Errors", "{source} does not start with a line 'Subject: …' "
                                                  "followed by a blank line.").format(source=source),
                              hint=translate("Errors", "Restore that first line; the body follows the "
                                                       "blank line."))
    unknown = sorted({m.group("named") or m.group("braced") for m in Template.pattern.finditer(template)
                      if (m.group("named") or m.group("braced")) and (m.group("named") or m.group("braced"))
                      not in FIELDS})
    if unknown:
        raise UserFacingError(translate("Errors", "{source} uses ${unknown}, which is not a field of a "
                                                  "letter.").format(source=source, unknown=unknown[0]),
                              hint=translate("Errors", "The fields are {fields}.").format(fields=", ".join(f"${k}" for k in FIELDS)))
    try:
        subject = Template(head[len("subject:"):].strip()).substitute(values)
        text = Template(body).substitute(values)
    except ValueError as e:  # a lone $ in the text
        raise UserFacingError(translate("Errors", "{source}: {e}; write $$ for a dollar sign.")
                                  .format(source=source, e=e)) from None
    return LetterText(subject, text.rstrip() + "\n")
