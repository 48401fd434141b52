"""Tables (SQLAlchemy 2 typed models). The ONLY place that defines the schema; alembic migrates it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from panel_app.domain.grid import Rules

from .clock import utcnow


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes on every backend (SQLite keeps no zone: store naive UTC, return aware)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC time")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict: JSON, list: JSON, datetime: UTCDateTime}


class Versioned:
    """Optimistic concurrency: every editable row carries a version and who changed it last."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_by: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime | None]


class Procedure(Versioned, Base):
    __tablename__ = "procedure"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    directorate_general: Mapped[str] = mapped_column(String(300), default="")
    unit: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    staff_category: Mapped[str] = mapped_column(String(300), default="")
    grade: Mapped[str] = mapped_column(String(50), default="")
    mailbox: Mapped[str] = mapped_column(String(300), default="")
    deadline_utc: Mapped[datetime]
    # the date by which members should have submitted (domain/scoring_deadline.py); a target, never a lock
    scoring_deadline_utc: Mapped[datetime | None]
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Brussels")
    confidentiality: Mapped[str] = mapped_column(String(500), default="")
    underrepresented: Mapped[list] = mapped_column(default=list)
    rules: Mapped[dict] = mapped_column(default=dict)  # read it typed, as `grid_rules`
    anchors: Mapped[dict] = mapped_column(default=dict)
    sealed_at: Mapped[datetime | None]
    sealed_by: Mapped[str | None] = mapped_column(String(200))
    grid_hash: Mapped[str | None] = mapped_column(String(64))
    # who enters the scoring queues (domain/gates.py): "eligibility_first" (only candidates decided eligible)
    # or "parallel" (score while eligibility is checked); fixed once the first mark is given
    scoring_gate: Mapped[str] = mapped_column(String(30), default="eligibility_first",
                                              server_default="eligibility_first")
    # the language of the procedure's reports (domain/report_language.py): "en" unless the procedure sets another
    report_language: Mapped[str] = mapped_column(String(5), default="en", server_default="en")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # closed after archiving (issue 20): read-only from then on (domain/lifecycle.py)
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(200))
    close_reason: Mapped[str | None] = mapped_column(Text)
    # retention periods (domain/retention.py RetentionPolicy; empty: the defaults)
    retention: Mapped[dict | None] = mapped_column(JSON)
    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="procedure", order_by="Criterion.position", cascade="all, delete-orphan")
    __mapper_args__ = {"version_id_col": Versioned.version}

    @property
    def grid_rules(self) -> Rules:
        """The stored rules, typed (`domain.grid.Rules`): the store boundary."""
        return Rules.from_dict(self.rules)


class Criterion(Versioned, Base):
    __tablename__ = "criterion"
    __table_args__ = (UniqueConstraint("procedure_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(50))
    group: Mapped[str] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    minimum: Mapped[float | None] = mapped_column(Float)
    anchors: Mapped[dict] = mapped_column(default=dict)
    keywords: Mapped[list] = mapped_column(default=list)
    declared: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    procedure: Mapped[Procedure] = relationship(back_populates="criteria")
    __mapper_args__ = {"version_id_col": Versioned.version}


class Member(Versioned, Base):
    __tablename__ = "member"
    __table_args__ = (UniqueConstraint("procedure_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # chair | member | secretary | observer
    voting: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    replaces: Mapped[str | None] = mapped_column(String(200))
    # Deferred: a member's PostgreSQL login may not read it (permissions.HIDDEN_COLUMNS); see store/logins.py.
    password_hash: Mapped[str | None] = mapped_column(String(300), deferred=True)
    public_key: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # the chair reset the password: the member sets their own at the next sign-in (issue 14)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    __mapper_args__ = {"version_id_col": Versioned.version}


class Candidate(Versioned, Base):
    __tablename__ = "candidate"
    __table_args__ = (UniqueConstraint("procedure_id", "email"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    surname: Mapped[str] = mapped_column(String(200), default="")
    first_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(300))
    __mapper_args__ = {"version_id_col": Versioned.version}


class DocumentBlob(Base):
    """Content-addressed bytes: one row per distinct file, whatever the number of messages carrying it."""

    __tablename__ = "document_blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Application(Versioned, Base):
    __tablename__ = "application"
    # the pair: the eligibility gate looks up one candidate's application on every autosave (migration 0015)
    __table_args__ = (UniqueConstraint("procedure_id", "source_sha256"),
                      Index("ix_application_procedure_candidate", "procedure_id", "candidate_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidate.id"), index=True)
    source: Mapped[str] = mapped_column(String(500))
    source_sha256: Mapped[str] = mapped_column(String(64))
    raw_sha256: Mapped[str | None] = mapped_column(ForeignKey("document_blob.sha256"))
    kind: Mapped[str] = mapped_column(String(20))
    message_id: Mapped[str | None] = mapped_column(String(500), index=True)
    subject: Mapped[str | None] = mapped_column(Text)
    sender_name: Mapped[str | None] = mapped_column(String(300))
    sender_email: Mapped[str | None] = mapped_column(String(300))
    received_utc: Mapped[datetime | None]
    received_entered: Mapped[bool] = mapped_column(Boolean, default=False)
    date_header_utc: Mapped[datetime | None]
    on_time: Mapped[bool | None] = mapped_column(Boolean)
    reference_ok: Mapped[bool | None] = mapped_column(Boolean)
    flags: Mapped[list] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(20), default="active")
    error: Mapped[str | None] = mapped_column(Text)
    suggestions: Mapped[list] = mapped_column(default=list)
    excluded: Mapped[bool] = mapped_column(Boolean, default=False)
    exclusion_reason: Mapped[str | None] = mapped_column(Text)
    article29: Mapped[str | None] = mapped_column(String(30))
    article29_evidence: Mapped[str | None] = mapped_column(Text)
    eligibility: Mapped[dict] = mapped_column(default=dict)  # suggestion snapshot (facts, checks)
    # the panel's decided outcome (domain/gates.py): "eligible" | "not_eligible" | None (a check not decided
    # by a person yet); kept by services/gates.py in the transaction of every eligibility decision
    eligibility_decided: Mapped[str | None] = mapped_column(String(20))
    # "after_freeze": imported after the shortlist was frozen, held until the chair decides;
    # "out_of_scope": the chair recorded it as out of scope (reason in a Decision "intake_hold")
    intake_hold: Mapped[str | None] = mapped_column(String(30))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    documents: Mapped[list[Document]] = relationship(
        back_populates="application", order_by="Document.position", cascade="all, delete-orphan")
    __mapper_args__ = {"version_id_col": Versioned.version}


class Document(Base):
    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("document_blob.sha256"), index=True)
    filename: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20))
    pages: Mapped[int | None] = mapped_column(Integer)
    has_text: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text, default="", deferred=True)  # loaded only when read
    flags: Mapped[list] = mapped_column(default=list)
    from_archive: Mapped[str | None] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # OCR of a scan, beside the original (whose bytes never change): marked as OCR by these columns, never
    # mixed into `text` (the PDF's own text layer). ocr_at is set once read, also when nothing was found.
    ocr_text: Mapped[str | None] = mapped_column(Text, deferred=True)  # pages separated by \f
    ocr_confidence: Mapped[float | None] = mapped_column(Float)  # mean word confidence, 0-100
    ocr_engine: Mapped[str | None] = mapped_column(String(200))
    ocr_at: Mapped[datetime | None]
    # per page, each word read: [left, top, right, bottom, word] in PDF points from the page's top left
    ocr_words: Mapped[list | None] = mapped_column(JSON, deferred=True)
    application: Mapped[Application] = relationship(back_populates="documents")


class Assessment(Versioned, Base):
    """A member's assessment of one candidate at one stage: draft until submitted."""

    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("member_id", "candidate_id", "stage"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    submitted_at: Mapped[datetime | None]
    __mapper_args__ = {"version_id_col": Versioned.version}


class Score(Versioned, Base):
    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("member_id", "candidate_id", "criterion_id"),
                      Index("ix_score_stage_cells", "procedure_id", "stage", "candidate_id", "criterion_id",
                            "member_id", "value", "na"))
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    value: Mapped[float | None] = mapped_column(Float)
    na: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    evidence_page: Mapped[int | None] = mapped_column(Integer)
    __mapper_args__ = {"version_id_col": Versioned.version}


class Declaration(Base):
    """Confidentiality / no-conflict declaration (candidate_id NULL) or a conflict on one candidate."""

    __tablename__ = "declaration"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidate.id"))
    kind: Mapped[str] = mapped_column(String(20))  # confidentiality | conflict
    conflict_type: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)
    signed_at: Mapped[datetime] = mapped_column(default=utcnow)


class Decision(Versioned, Base):
    """A recorded decision: eligibility outcome, exclusion, consensus mark, freeze, sign-off, amendment."""

    __tablename__ = "decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("application.id"), index=True)
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidate.id"), index=True)
    criterion_code: Mapped[str | None] = mapped_column(String(50))
    stage: Mapped[str | None] = mapped_column(String(20))
    value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    __mapper_args__ = {"version_id_col": Versioned.version}


class AuditEvent(Base):
    """One audited write. `seq`, `prev_hash` and `hash` chain the events of a procedure (domain/audit/chain.py);
    `state` holds the after-values of the rows the write changed, for the replay (domain/audit/replay.py)."""

    __tablename__ = "audit_event"
    __table_args__ = (UniqueConstraint("procedure_id", "seq", name="uq_audit_event_chain"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str | None] = mapped_column(String(100))
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    state: Mapped[list | None] = mapped_column(JSON)
    seq: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditHead(Base):
    """The last link of each procedure's chain (procedure_key 0: events of no procedure). Writers lock this row
    to append, so concurrent writers never fork the chain; verify compares it with the last event found."""

    __tablename__ = "audit_head"
    procedure_key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64))


class SignInGuard(Base):
    """Wrong passwords in a row for one member, and until when their sign-in is paused (issue 14)."""

    __tablename__ = "signin_guard"
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    paused_until: Mapped[datetime | None]
    last_failure_at: Mapped[datetime | None]


class OfflinePackage(Base):
    """An exported offline package: per assessment ("email|stage") the state it was built from."""

    __tablename__ = "offline_package"
    package_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    exported_at: Mapped[datetime] = mapped_column(default=utcnow)
    exported_by: Mapped[str] = mapped_column(String(200))
    bases: Mapped[dict] = mapped_column(JSON)


class PackageReturn(Base):
    """A merged return file (merged once): per assessment, the state the merge left it in."""

    __tablename__ = "package_return"
    return_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    package_id: Mapped[str] = mapped_column(ForeignKey("offline_package.package_id", ondelete="CASCADE"),
                                            index=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    made_at: Mapped[datetime | None]
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)
    merged_by: Mapped[str] = mapped_column(String(200))
    merged: Mapped[dict] = mapped_column(JSON)


class LegalHold(Versioned, Base):
    """A legal hold (complaint, Ombudsman inquiry, court case) on a procedure (candidate_id NULL) or on one
    candidate: it blocks every retention deletion it covers until it is lifted, with a reason (issue 20)."""

    __tablename__ = "legal_hold"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidate.id"))
    reason: Mapped[str] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(String(200))
    set_at: Mapped[datetime] = mapped_column(default=utcnow)
    lifted_by: Mapped[str | None] = mapped_column(String(200))
    lifted_at: Mapped[datetime | None]
    lift_reason: Mapped[str | None] = mapped_column(Text)
    __mapper_args__ = {"version_id_col": Versioned.version}
