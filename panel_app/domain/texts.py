"""Texts that domain/, services/, store/ and intake/ write for a person to read (error messages and hints, reasons,
stage and status words), kept translatable without Qt.

`translate("Errors", "No criterion {code} in {reference}.").format(code=code, reference=ref)` is a `Text`: a
`str` whose value is the English sentence (the CLI, the logs and the audit trail read it unchanged), which also
carries its context, its template and its parameters. The interface shows it in its language with
`render(text, QCoreApplication.translate)`; the reports with their own catalogue reader. `QT_TRANSLATE_NOOP`
marks a fixed word kept in a table (a flag's label, a stage's name): it returns the source unchanged, and the
reader looks it up by (context, source).

pyside6-lupdate (checked with PySide6 6.x) extracts exactly two forms from a .py file, by the called name:
`translate("Context", "source")` and `QT_TRANSLATE_NOOP("Context", "source")`, each with two string literals
(implicit concatenation is read; an f-string, a keyword argument or `texts.translate(...)` are not). So the
parameters go into `.format(...)` after the call, never into the template itself: names, dates and numbers stay
out of what a translator translates.

Contexts (shared with the reports' reader):
- "Errors": every error message and hint (UserFacingError, Refused, NotFound, ... and their subclasses);
- "Eligibility": eligibility reasons, suggestions and the words of the eligibility checks;
- "Ranking": ranking reasons and standings;
- "Words": fixed words shown in tables and lists (flags, stages, statuses), shared with panel_app/ui/words.py;
- "Deadline": the scoring-deadline line.
- "Record": the sentences the services write into the reports (services/report_data*.py: the compliance
  statement, the certifications, what the signatures cover, the methods, the shortlist's record).
- "" (no context): a composition made by `joined()`; only its parts are translated.

A date or a time inside a text is a `Moment` (a parameter, or a value on its own): its str is the EU's numeric
form in the procedure's zone (12.06.2026 12:00), and `render(..., date_format=...)` writes it as the reader's
language writes dates (12/06/2026 12:00 in French).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from .times import DEFAULT_ZONE, EU_DATE, zoned

Translator = Callable[[str, str], str]  # (context, source) -> the translation, or the source when there is none


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Marks a fixed word for the catalogue; returns it unchanged."""
    return source


class Text(str):
    """An English text that knows its template: `str(text)` is the English, `render()` is the translation.

    Equal to, hashable as and usable wherever its English `str` is. A text built from parts (`+`, f-strings,
    `.strip()`) becomes a plain `str` again, i.e. English only."""

    context: str
    template: str
    params: Mapping[str, Any] | None  # None: a fixed text (its braces, if any, are literal)

    def __new__(cls, context: str, template: str, params: Mapping[str, Any] | None = None) -> Text:
        english = template if params is None else str.format(template, **params)
        self = super().__new__(cls, english)
        self.context, self.template, self.params = context, template, (None if params is None else dict(params))
        return self

    def format(self, *args: object, **params: Any) -> Text:
        """The template with its parameters (keywords only): still a Text."""
        if args:
            raise TypeError("a Text template takes named parameters only")
        merged = {**self.params, **params} if self.params else params
        text = str.__new__(Text, str.format(self.template, **merged))  # Text.__new__ without its copy of `merged`
        text.context, text.template, text.params = self.context, self.template, merged
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.template, self.params))

    def __repr__(self) -> str:
        return f"Text({self.context!r}, {self.template!r}, {self.params!r})"


class Code(Text):
    """A stored code that a reader sees as its word: `str(code)` is the code as stored ("not_eligible": the CLI,
    the logs and the audit record read it unchanged), `render()` is its word ("not eligible", a "Words" Text of
    domain/words.CODE_WORDS) in the reader's language."""

    def __new__(cls, code: str, word: Text) -> Code:
        self = str.__new__(cls, code)
        self.context, self.template, self.params = word.context, word.template, word.params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Code, (str.__str__(self), Text(self.context, self.template, self.params)))


class Number(str):
    """A figure a text names (a mark, a total, a pass mark), as the domain writes it: `str(number)` is its English
    (3.25, 60), `render(..., number_format=...)` writes it as the reader's language does (3,25 in a French
    report). Built from the English digits: `Number(f"{total:.2f}")`."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (Number, (str(self),))


class Moment(str):
    """A date, or a point in time in the procedure's zone, that a text names: `str(moment)` is its English (the EU's
    numeric 12.06.2026 12:00), `written(date_format)` writes it as another language does. An aware datetime is
    shown in `zone` (named after it when `named`); a `date` is a day."""

    at: datetime | date
    zone: str
    seconds: bool
    named: bool

    def __new__(cls, at: datetime | date, zone: str | None = DEFAULT_ZONE, *, seconds: bool = False,
                named: bool = False) -> Moment:
        self = super().__new__(cls, _written(at, zone or DEFAULT_ZONE, seconds, named, EU_DATE))
        self.at, self.zone, self.seconds, self.named = at, zone or DEFAULT_ZONE, seconds, named
        return self

    def written(self, date_format: str) -> str:
        return _written(self.at, self.zone, self.seconds, self.named, date_format)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_moment, (self.at, self.zone, self.seconds, self.named))


def _moment(at: datetime | date, zone: str, seconds: bool, named: bool) -> Moment:
    return Moment(at, zone, seconds=seconds, named=named)


def _written(at: datetime | date, zone: str, seconds: bool, named: bool, date_format: str) -> str:
    if isinstance(at, datetime):
        return zoned(at, zone, seconds=seconds, date_format=date_format, named=named)
    return at.strftime(date_format)


def moment(at: datetime | date | None, zone: str | None = DEFAULT_ZONE, *, seconds: bool = False,
           named: bool = False) -> Moment | str:
    """A Moment, or "" for no time."""
    return "" if at is None else Moment(at, zone, seconds=seconds, named=named)


_FIXED: dict[tuple[str, str], Text] = {}  # a Text is never changed once made: one per template is enough


def translate(context: str, source: str) -> Text:
    """Marks a message template for the catalogue (pyside6-lupdate reads this call): a Text in English."""
    found = _FIXED.get((context, source))
    if found is None:
        found = Text(context, source)
        if len(_FIXED) < 8192:  # the templates are literals in the code: a few hundred
            _FIXED[(context, source)] = found
    return found


_TRANSLATABLE = (Text, Moment, Number)  # a tuple: `Text | Moment | Number` would build a union on every test


def joined(parts: Sequence[str], sep: str = "; ") -> str:
    """Texts put one after the other (reasons joined by "; "): a Text whose parts each render in the reader's
    language. Its context is "" (a composition, never looked up); plain parts stay as they are."""
    if len(parts) == 1:  # one part is itself (its English and its translation are the composition's)
        return parts[0]
    if not any(isinstance(p, _TRANSLATABLE) for p in parts):
        return sep.join(parts)
    params: dict[str, object] = {f"p{i}": part for i, part in enumerate(parts)}
    between = "{sep}" if sep == "; " else sep
    template = between.join("{" + name + "}" for name in params)
    if sep == "; ":  # French writes " ; "
        params["sep"] = translate("Words", "; ")
    # its English is the parts joined by `sep`, which is what formatting the template would give
    text = str.__new__(Text, sep.join(parts))
    text.context, text.template, text.params = "", template, params
    return text


def to_json(value: object) -> object:
    """A Text as JSON data that `from_json` makes a Text again (to keep a reason translatable in a stored
    snapshot); anything else unchanged."""
    if not isinstance(value, Text):
        return value
    params = None if value.params is None else {k: to_json(v) for k, v in value.params.items()}
    return {"context": value.context, "template": value.template, "params": params}


def from_json(data: object) -> object:
    """The inverse of `to_json`: a dict it wrote becomes the Text again; anything else is returned as is."""
    if isinstance(data, dict) and set(data) == {"context", "template", "params"}:
        params = data["params"]
        try:
            return Text(str(data["context"]), str(data["template"]),
                        None if params is None else {k: from_json(v) for k, v in dict(params).items()})
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            return data  # not what to_json wrote (a row edited by hand): the callers keep their stored English
    return data


STORED_PREFIX = '{"context": '
VERBATIM = "Verbatim"  # the context of a typed text kept as JSON: no catalogue has it, so it reads as typed


def stored(value: str | None) -> str | None:
    """A text kept in a plain text column: a Text as its JSON (so that `unstored` gives it back translatable), a
    str or None as it is, except a typed str that itself reads like that JSON: it is kept as a fixed Text of its
    own words, so that what was typed is what is shown (never another sentence of the catalogues)."""
    if isinstance(value, str) and not isinstance(value, Text) and value.startswith(STORED_PREFIX):
        value = Text(VERBATIM, value)
    return json.dumps(to_json(value), ensure_ascii=False) if isinstance(value, Text) else value


def unstored(value: str | None) -> str | None:
    """The inverse of `stored`: the Text again (its str is the English), or the column's text as it is (older
    rows hold the English only)."""
    if value and value.startswith(STORED_PREFIX):
        try:
            text = from_json(json.loads(value))
        except ValueError:
            return value
        return text if isinstance(text, Text) else value
    return value


def render(value: object, tr: Translator, date_format: str | None = None,
           number_format: Callable[[str], str] | None = None) -> str:
    """The value in the reader's language: a Text through `tr` (its parameters rendered too, so a Text given as a
    parameter is translated as well); a Moment with `date_format` (the reader's way of writing a date; its
    English when None); a Number through `number_format` (its English digits -> the reader's); anything else as
    `str()`. A translation that lost a placeholder falls back to the
    English, never an exception in front of the user."""
    if isinstance(value, Moment):
        return value.written(date_format) if date_format else str(value)
    if isinstance(value, Number):
        return number_format(str(value)) if number_format else str(value)
    if not isinstance(value, Text):
        return "" if value is None else str(value)
    translated = (tr(value.context, value.template) if value.context else "") or value.template
    if value.params is None:
        return translated
    params = {k: render(v, tr, date_format, number_format) if isinstance(v, _TRANSLATABLE) else v
              for k, v in value.params.items()}
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(value)


def english(context: str, source: str) -> str:
    """A Translator that translates nothing (the CLI's and the logs' language)."""
    return source
