"""The tables. Nested core objects (programs, entries, scores, exercises) are stored as JSON
documents written by the core models themselves, so what is loaded back equals what was saved."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(64)
# Byte order on PostgreSQL too, so a prefix is a range of the index (storage/patient_words.py).
WORD = Text().with_variant(Text(collation="C"), "postgresql")
Document = dict[str, Any]

# Named constraints keep future migrations (and batch mode on SQLite) predictable.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        Document: JSON,
        list[Any]: JSON,
        Any: JSON,
        datetime: DateTime(timezone=True),
        str: Text,
    }


class PatientRow(Base):
    __tablename__ = "patients"
    # Search scans this index, not the table, in its order (storage/patients.py: find_patients); the list's
    # Active and Discharged tabs read the second, in the same order (storage/patient_pages.py).
    __table_args__ = (
        Index("ix_patients_search_key", "search_key", "id"),
        Index("ix_patients_discharged_on", "discharged_on", "search_key", "id"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str]
    date_of_birth: Mapped[date] = mapped_column(Date)
    surgery_date: Mapped[date | None] = mapped_column(Date)
    procedure: Mapped[str]
    fused_levels: Mapped[list[Any]]
    therapist: Mapped[str]
    precautions: Mapped[list[Any]]
    notes: Mapped[str]
    # Added by migration 0005, with these server defaults.
    surgeon: Mapped[str] = mapped_column(server_default=text("''"))
    surgeon_phone: Mapped[str] = mapped_column(server_default=text("''"))
    assessment: Mapped[str] = mapped_column(server_default=text("''"))
    # Added by migration 0009: not part of core Patient, so saving the details never readmits anyone.
    discharged_on: Mapped[date | None] = mapped_column(Date)  # None: an active patient
    discharge_reason: Mapped[str] = mapped_column(server_default=text("''"))
    # Added by migration 0008: '' follows the clinic's language.
    language: Mapped[str] = mapped_column(server_default=text("''"))
    # Name, surgeon, therapist and date of birth as search matches them (core/names.py: search_text),
    # written with every save; added by migration 0011.
    search_key: Mapped[str] = mapped_column(server_default=text("''"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class PatientWordRow(Base):
    """Each word of a patient's search_key, with the key (storage/patient_words.py): a search reads the
    entries of the words that fit what was typed, and nothing else. Added by migration 0013."""

    __tablename__ = "patient_words"
    # The key is in the index, so a search looks into no table: SQLite keeps rows in their primary key,
    # PostgreSQL's primary key includes it (migration 0014; not declared here, where it loaded PostgreSQL's
    # dialect into every start on SQLite: 20 ms).
    __table_args__ = (
        PrimaryKeyConstraint("word", "patient_id", name="pk_patient_words"),
        {"sqlite_with_rowid": False},
    )
    word: Mapped[str] = mapped_column(WORD, primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    search_key: Mapped[str]


class SearchWordRow(Base):
    """Every word some patient_words row holds, once: a word typed inside another ("mit" in "smith") is
    looked for in these few rows, not in the patients."""

    __tablename__ = "search_words"
    word: Mapped[str] = mapped_column(WORD, primary_key=True)


class ProgramRow(Base):
    __tablename__ = "programs"
    # Every column the patient list reads, in the order it reads them (storage/summaries.py). SQLite keeps
    # a row's later columns after its document, so reading them from the table would walk every page of
    # every document; from this index it reads none.
    __table_args__ = (
        Index(
            "ix_programs_summary",
            "patient_id",
            "created_on",
            "version",
            "id",
            "updated_at",
            "stage_count",
            "current_stage",
            "current_stage_name",
        ),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID, ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    title: Mapped[str]
    version: Mapped[int]
    updated_at: Mapped[datetime]
    # What the patient list shows, copied from the document on every write (storage.programs.program_columns).
    # The server defaults are the ones migration 0004 added the columns with.
    created_on: Mapped[date] = mapped_column(Date, server_default=text("'1970-01-01'"))
    stage_count: Mapped[int] = mapped_column(server_default=text("0"))
    current_stage: Mapped[int | None]  # None: the program has no stages
    current_stage_name: Mapped[str] = mapped_column(server_default=text("''"))
    # The program as storage/program_parts.py packs it (migration 0010 replaced `document`).
    packed: Mapped[bytes] = mapped_column(LargeBinary)


class ProgramPartRow(Base):
    """An exercise exactly as a program item copied it, stored once under the sha256 of its canonical
    JSON and never changed: program documents name it by that key (storage/program_parts.py)."""

    __tablename__ = "program_parts"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    document: Mapped[Document]


class ProgramVersionRow(Base):
    """Every saved version of a program, never changed afterwards, so a handout can be reprinted."""

    __tablename__ = "program_versions"

    program_id: Mapped[str] = mapped_column(
        ID, ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(primary_key=True)
    saved_at: Mapped[datetime]
    packed: Mapped[bytes] = mapped_column(LargeBinary)  # as ProgramRow.packed


class AdherenceMonthRow(Base):
    """A program's log for one calendar month: its logged days packed together (storage/log_months.py)."""

    __tablename__ = "adherence_months"
    __table_args__ = (Index(None, "last_day"),)

    program_id: Mapped[str] = mapped_column(
        ID, ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True
    )
    month: Mapped[date] = mapped_column(Date, primary_key=True)  # its first day
    last_day: Mapped[date] = mapped_column(Date)  # the last day logged in it
    packed: Mapped[bytes] = mapped_column(LargeBinary)


class OutcomeRow(Base):
    __tablename__ = "outcome_scores"
    __table_args__ = (Index(None, "patient_id", "day"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID, ForeignKey("patients.id", ondelete="CASCADE"))
    measure: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date)
    document: Mapped[Document]


class ClinicExerciseRow(Base):
    __tablename__ = "clinic_exercises"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    document: Mapped[Document]
    archived: Mapped[bool]
    updated_at: Mapped[datetime]


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[Any]


class ExercisePhotoRow(Base):
    """The clinic's own photo of one of its exercises, start or end position."""

    __tablename__ = "exercise_photos"

    exercise_id: Mapped[str] = mapped_column(
        ID, ForeignKey("clinic_exercises.id", ondelete="CASCADE"), primary_key=True
    )
    which: Mapped[str] = mapped_column(String(8), primary_key=True)
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]


class HandoutRow(Base):
    """A printed handout, kept byte for byte so a reprint is the very same document."""

    __tablename__ = "handouts"
    __table_args__ = (Index(None, "patient_id", "printed_at"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID, ForeignKey("patients.id", ondelete="CASCADE"))
    program_id: Mapped[str] = mapped_column(ID, ForeignKey("programs.id", ondelete="CASCADE"))
    program_version: Mapped[int]
    printed_at: Mapped[datetime]
    options: Mapped[Document]
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))


class SuggestionDecisionRow(Base):
    """A therapist's answer to a next-step suggestion (accepted or dismissed), erased with the patient."""

    __tablename__ = "suggestion_decisions"

    program_id: Mapped[str] = mapped_column(
        ID, ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    accepted: Mapped[bool]


class ClinicTemplateRow(Base):
    """A program template the clinic saved from a stage or a program (a core ProgramTemplate document)."""

    __tablename__ = "clinic_templates"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str]
    document: Mapped[Document]
    updated_at: Mapped[datetime]


class FavouriteExerciseRow(Base):
    """An exercise the clinic marked as a favourite (bundled or its own; no foreign key, as bundled ones
    live in files)."""

    __tablename__ = "favourite_exercises"

    exercise_id: Mapped[str] = mapped_column(ID, primary_key=True)
    added_at: Mapped[datetime]


class AuditEventRow(Base):
    """Who viewed, changed, printed, exported or imported a patient's record, and when. Append-only
    (triggers refuse UPDATE and DELETE, migration 0006) and chained: each row's hash covers the hash of
    the row before it (storage/audit.py). patient_id is not a foreign key: the record outlives an erasure,
    and holds ids and field names only, never health data or names."""

    __tablename__ = "audit_events"
    __table_args__ = (Index(None, "patient_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    workstation: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    patient_id: Mapped[str | None] = mapped_column(ID)
    details: Mapped[Document]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRow(Base):
    """The chain's one head row: how many rows were appended and the last hash. Appending updates it
    first, which serializes appends on both databases; verifying compares it with the last row, so a
    deleted tail is noticed. A trigger refuses to move its count back or delete it."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    appended: Mapped[int]
    last_hash: Mapped[str] = mapped_column(String(64))


class UserRow(Base):
    """A clinic account. `name_key` (the name case-folded) is unique, so "Ana" and "ana" are one account.
    The password is kept only as its argon2id hash. Failed sign-ins in a row and the last one's time
    make a name wait before the next try (core/roles.py)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(server_default=text("false"))
    created_at: Mapped[datetime]
    failed_attempts: Mapped[int] = mapped_column(server_default=text("0"))
    last_failed_at: Mapped[datetime | None]
