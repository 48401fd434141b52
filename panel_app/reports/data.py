"""Plain data the reports print. The service layer fills these; reports never touch the DB or Qt.

Times are timezone-aware datetimes (UTC is fine); the reports show them in `ReportContext.timezone`.
Marks are floats or None (None = N/A or not scored, printed as an en dash).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from .i18n import translate
from .numbers import number
from .words import said

DEFAULT_MARKING = "CONFIDENTIAL – Selection panel proceedings (Staff Regulations, Annex III Art. 6)"


@dataclass(frozen=True)
class AuditSeal:
    """The audit chain's verification when the report was generated (services/audit.py)."""

    ok: bool
    events: int
    last_hash: str
    first_finding: str = ""  # the first broken link, when not ok

    def line(self) -> str:
        """In the language of the report being made (panel_app.reports.i18n)."""
        if self.ok:
            return translate("Reports", "Audit chain verified: {events} events, last event hash {hash}").format(
                events=number(self.events), hash=self.last_hash)
        return translate("Reports", "AUDIT CHAIN BROKEN: {finding}").format(finding=said(self.first_finding))


@dataclass(frozen=True)
class PanelMemberInfo:
    """One panel seat. `role`: chair / member / secretary / observer. Non-voting seats sign no list."""

    name: str
    role: str = "member"
    voting: bool = True
    replaced_by: str | None = None  # name of the member who replaced this one, if any
    declaration_signed_at: datetime | None = None  # confidentiality + absence of conflict declaration
    signoff_at: datetime | None = None  # sign-off of the frozen shortlist / report


@dataclass(frozen=True)
class ReportContext:
    """What every page header and the title block show."""

    reference: str  # e.g. "DIGIT/COM/2026/1039"
    title: str  # post title, e.g. "IT Service Officer – DevOps Lead Architect"
    grade: str = ""  # e.g. "AD5-7"
    post: str = ""  # DG / unit, e.g. "DG DIGIT – Unit DIGIT.S.2"
    place: str = ""  # place of employment
    confidentiality: str = DEFAULT_MARKING
    timezone: str = "Europe/Brussels"
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))  # not part of the hash
    panel: list[PanelMemberInfo] = field(default_factory=list)
    procedure: str = ""  # e.g. "Selection of a temporary agent 2(b)"
    draft: bool = False  # force the DRAFT watermark (the shortlist also shows it until frozen)
    audit: AuditSeal | None = None  # printed on the last page; a broken chain marks every page (not hashed)
    language: str = "en"  # the procedure's report language (domain/report_language.py): en / fr / de


@dataclass(frozen=True)
class CriterionInfo:
    """A criterion of the sealed grid. `group`: selection / asset / requirement / interview / eligibility."""

    code: str
    title: str
    group: str = "selection"
    weight: float = 1.0
    minimum: float | None = None  # per-criterion threshold on the final mark, if any


@dataclass(frozen=True)
class RuleInfo:
    """The rule that cut the shortlist, as declared in the sealed grid."""

    pass_mark: float | None = None  # on the weighted total
    minimums: dict[str, float] = field(default_factory=dict)  # criterion code -> minimum final mark
    best_n: int | None = None
    tie_break: list[str] = field(default_factory=list)  # tie-break steps in order, in words
    ties_at_cut: list[str] = field(default_factory=list)  # names/emails tied at the cut
    article29_bypass: bool = False  # Art. 29 candidates passing the marks are invited beyond best N
    max_total: float | None = None  # the maximum possible total, for "62.0 / 100"
    article29_text: str = ""  # what Art. 29 priority means under the procedure's setting (domain wording)
    text: str = ""  # the whole rule in words, as `panel-app ranking` states it (domain wording)


@dataclass(frozen=True)
class RankRow:
    """One candidate in a ranking. `status`: invited / not_invited / excluded / reserve / recommended."""

    rank: int | None
    name: str
    email: str = ""
    article29: str = ""  # Art. 29 category (official, other institution, laureate); "" if none
    finals: dict[str, float | None] = field(default_factory=dict)  # criterion code -> final mark
    total: float | None = None
    status: str = ""
    reason: str = ""  # why not invited / the tie-break applied, in words
    consensus: list[str] = field(default_factory=list)  # codes whose final mark is a consensus mark
    tie_break: str = ""  # how a tie on the total was settled (deciding criterion and both marks), if any
    preselection_total: float | None = None  # in the final ranking: the candidate's preselection total (%)


@dataclass(frozen=True)
class ShortlistData:
    """The shortlist the panel signs. `article29_rows` print first (Art. 29 priority), then
    `invited_rows` in rank order. `annex_rows` (optional) is the full ranking annex."""

    context: ReportContext
    criteria: list[CriterionInfo]  # scored preselection criteria, in grid order
    rule: RuleInfo
    article29_rows: list[RankRow] = field(default_factory=list)
    invited_rows: list[RankRow] = field(default_factory=list)
    not_invited_counts: dict[str, int] = field(default_factory=dict)  # reason -> count
    annex_rows: list[RankRow] | None = None
    frozen: bool = False
    frozen_at: datetime | None = None
    frozen_by: str = ""
    # every Art. 29 priority candidate recorded (eligible or not), with total, status and reason
    priority_rows: list[RankRow] = field(default_factory=list)
    not_invited_rows: list[RankRow] = field(default_factory=list)  # every ranked candidate not invited
    record: list[tuple[str, str]] = field(default_factory=list)  # the record behind the list: label -> text
    changed_since_freeze: bool = False


# An eligibility check: (outcome, reason); outcome is "met" / "not_met" / "to_verify" / "declared".
Check = tuple[str, str]


@dataclass(frozen=True)
class EligibilityRow:
    """One application. `received`: the receipt time, a `Moment` the report writes as its language does (its str is
    the local "12.06.2026 11:59:58")."""

    name: str
    email: str = ""
    source: str = ""  # file or message the application came from
    flags: list[str] = field(default_factory=list)  # intake flags: late, no_reference, not_one_pdf …
    received: str = ""
    checks: dict[str, Check] = field(default_factory=dict)  # criterion code -> (outcome, reason)
    overall: str = ""  # eligible / not_eligible / to_verify
    excluded: bool = False
    exclusion_reason: str = ""
    article29: str = ""
    decided: dict[str, str] = field(default_factory=dict)  # criterion code -> "who, when" of the decision
    undecided: list[str] = field(default_factory=list)  # criterion codes still without a person's decision
    excluded_by: str = ""  # "who, when" of the exclusion


@dataclass(frozen=True)
class IntakeCounts:
    """Counts of applications at intake and eligibility."""

    received: int = 0
    on_time: int = 0
    eligible: int = 0
    excluded: int = 0
    to_verify: int = 0


@dataclass(frozen=True)
class EligibilityData:
    context: ReportContext
    criteria: list[CriterionInfo]  # eligibility criteria (codes + titles), in grid order
    rows: list[EligibilityRow]
    counts: IntakeCounts
    certification: str = ""  # what the secretary certifies (every outcome decided by a person, by whom)
    received_zone: str = ""  # the zone of the received times, e.g. "Europe/Brussels"


@dataclass(frozen=True)
class CandidateSheet:
    """One candidate's consolidated assessment. `member_marks` (member -> code -> mark) is printed
    only when `CandidateSheetData.show_member_marks` is True (internal panel use)."""

    name: str
    email: str = ""
    finals: dict[str, float | None] = field(default_factory=dict)
    total: float | None = None
    rank: int | None = None
    justifications: dict[str, str] = field(default_factory=dict)  # code -> consensus justification
    evidence_pages: dict[str, list[int]] = field(default_factory=dict)  # code -> pages of the PDF
    consensus_notes: str = ""
    member_marks: dict[str, dict[str, float | None]] | None = None
    article29: str = ""
    status: str = ""


@dataclass(frozen=True)
class CandidateSheetData:
    context: ReportContext
    criteria: list[CriterionInfo]
    sheets: list[CandidateSheet]
    show_member_marks: bool = False
    pass_mark: float | None = None
    stage: str = "preselection"


@dataclass(frozen=True)
class FieldChange:
    """One field an amendment changed: its code (weight, minimum, pass_mark, tie_break …), the value before and
    after (numbers, words, lists of codes as the grid holds them)."""

    field: str
    before: object = None
    after: object = None


@dataclass(frozen=True)
class AmendmentInfo:
    """A change to the grid after sealing: when, by whom, what (the criterion, or the grid's rules when `criterion`
    is "", and each field changed), and why. The report writes it in its language (reports/words.amendment_words)."""

    at: datetime
    by: str
    criterion: str
    changes: list[FieldChange]
    reason: str


@dataclass(frozen=True)
class ConflictInfo:
    """A declared conflict of interest: only member, candidate and type — never the details."""

    member: str
    candidate: str
    type: str


@dataclass(frozen=True)
class EligibilityOutcome:
    """An eligibility outcome for the panel report (typically the not-eligible ones)."""

    name: str
    outcome: str
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ConsensusNote:
    """A consensus mark that departs from the mean, with its justification."""

    candidate: str
    criterion: str
    mean: float | None
    consensus: float | None
    justification: str


@dataclass(frozen=True)
class ReliabilityRow:
    """An inter-rater reliability figure, e.g. ICC per criterion."""

    label: str
    value: float | None
    note: str = ""


@dataclass(frozen=True)
class StageRecord:
    """One stage's freeze and its sign-offs (a signature block shows only these, for what they cover)."""

    stage: str  # "preselection" | "interview"
    covers: str  # what the signatures cover, in words
    frozen_at: datetime | None = None
    frozen_by: str = ""
    signoffs: dict[str, datetime] = field(default_factory=dict)  # member -> sign-off time
    void: str = ""  # why no sign-off is shown (not frozen; changed since the freeze)


@dataclass(frozen=True)
class PanelReportData:
    """The minutes of the procedure (docs/domain-rules.md, "Documents the panel signs")."""

    context: ReportContext
    criteria: list[CriterionInfo]  # preselection criteria
    grid_hash: str
    sealed_at: datetime | None
    counts: IntakeCounts
    method: str  # consolidation method, in words
    shortlist_rule: RuleInfo
    amendments: list[AmendmentInfo] = field(default_factory=list)
    conflicts: list[ConflictInfo] = field(default_factory=list)
    eligibility: list[EligibilityOutcome] = field(default_factory=list)
    consensus: list[ConsensusNote] = field(default_factory=list)
    reliability: list[ReliabilityRow] = field(default_factory=list)
    ranking: list[RankRow] = field(default_factory=list)  # preselection ranking
    shortlist: list[RankRow] = field(default_factory=list)  # invited to interview
    robustness: list[str] = field(default_factory=list)  # findings of the robustness checks
    interview_criteria: list[CriterionInfo] = field(default_factory=list)
    interview_rows: list[RankRow] = field(default_factory=list)
    recommended: list[str] = field(default_factory=list)
    reserve: list[str] = field(default_factory=list)
    reserve_valid_until: date | None = None
    totals: list[float] = field(default_factory=list)  # preselection totals, for the distribution chart
    marks_per_criterion: dict[str, list[float]] = field(default_factory=dict)  # code -> final marks
    nationality_counts: dict[str, int] = field(default_factory=dict)  # EU code -> applications
    underrepresented: list[str] = field(default_factory=list)  # EU codes listed in the notice
    notice: list[tuple[str, str]] = field(default_factory=list)  # publication, deadline … label -> text
    compliance: list[tuple[str, str]] = field(default_factory=list)  # statement -> what the record shows
    leniency: list[tuple[str, float | None]] = field(default_factory=list)  # member -> mean deviation
    final_method: str = ""  # the final-ranking method and the interview pass mark, in words
    final_ties: list[str] = field(default_factory=list)  # every shared place in the final ranking, explained
    invited_note: str = ""  # why the "Invited to interview" table is empty, when it is
    stages: list[StageRecord] = field(default_factory=list)  # per stage: freeze and sign-offs
    meetings: list[tuple[str, str, str, str]] = field(default_factory=list)  # (date, where, attendance, purpose)
    # the register of invitation letters: (generated, by, to, language, interview slot, sha256 of the .eml)
    letters: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class StageMarks:
    """One stage of a candidate's assessment, as their extract shows it: one table per stage, named."""

    name: str  # e.g. "Preselection", "Interview"
    criteria: list[CriterionInfo]
    finals: dict[str, float | None]
    total: float | None
    pass_mark: float | None
    result: str = ""  # the outcome of that stage in words


@dataclass(frozen=True)
class ExtractData:
    """A candidate's access extract (Regulation (EU) 2018/1725).

    Deliberately has NO field for members' marks, other candidates or the ranking. The context's
    panel list is dropped on construction so no member name can reach the extract."""

    context: ReportContext
    name: str
    email: str
    submitted: dict[str, str]  # label -> value, as submitted by the candidate
    eligibility_result: str  # eligible / not eligible / to verify
    eligibility_reasons: dict[str, str]  # criterion title -> outcome and reason in words
    criteria: list[CriterionInfo]  # the criteria the candidate was assessed on
    finals: dict[str, float | None]  # consolidated mark per criterion
    total: float | None
    pass_mark: float | None
    stage_reached: str  # e.g. "Preselection (not invited to interview)"
    marking: str = "Personal data – Regulation (EU) 2018/1725"
    stages: list[StageMarks] | None = None  # one table per stage; None: `criteria`/`finals`/`total` as one table

    def __post_init__(self) -> None:
        object.__setattr__(self, "context", replace(self.context, panel=[], confidentiality=self.marking))


ReportData = ShortlistData | EligibilityData | CandidateSheetData | PanelReportData | ExtractData
"""What `ReportService.data` returns: the data class of one report kind (`panel_app.reports.render` takes it)."""
