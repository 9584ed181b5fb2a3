"""The clinic's own program templates and favourite exercises, shared by every workstation on the database.

Neither is part of a patient's record; each change is audited with ids only (no patient)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ptplanner.core.language import tr_clinic
from ptplanner.core.templates import ProgramTemplate
from ptplanner.storage import audit
from ptplanner.storage.damaged_rows import UNREADABLE, RecordDamaged, reading, validated
from ptplanner.storage.database import Database
from ptplanner.storage.errors import NotFound
from ptplanner.storage.models import ClinicTemplateRow, FavouriteExerciseRow
from ptplanner.storage.patients import now

GONE = "That template is no longer stored (someone may have deleted it)."


@dataclass
class ClinicTemplates:
    """The clinic's templates that read, by name, and why each of the others does not: one damaged row
    hides only itself, not the other templates (or the bundled ones beside them)."""

    templates: list[ProgramTemplate] = field(default_factory=list)
    unreadable: list[RecordDamaged] = field(default_factory=list)


def clinic_templates(db: Database) -> ClinicTemplates:
    read = ClinicTemplates()
    with db.session() as session:
        try:
            rows = session.execute(select(ClinicTemplateRow.name, ClinicTemplateRow.document)).all()
        except UNREADABLE:  # one document is not JSON (SQLite keeps any text): read each alone to name it
            rows = None
        if rows is None:
            for template_id in session.scalars(select(ClinicTemplateRow.id)).all():
                try:
                    read.templates.append(_stored(session, template_id)[1])
                except RecordDamaged as damaged:
                    read.unreadable.append(damaged)
        else:
            for name, document in rows:
                try:
                    read.templates.append(validated(ProgramTemplate, document, partial(_words, name)))
                except RecordDamaged as damaged:
                    read.unreadable.append(damaged)
    read.templates = sorted(filter(None, read.templates), key=lambda t: (t.name.casefold(), t.id))
    return read


def _words(name: str) -> str:
    return tr_clinic("the clinic's template “{name}”").format(name=name)


def _stored(session: Session, template_id: str) -> tuple[ClinicTemplateRow | None, ProgramTemplate | None]:
    """The template's row and the template it holds; RecordDamaged naming it if that does not read."""
    name = session.scalar(select(ClinicTemplateRow.name).where(ClinicTemplateRow.id == template_id))
    with reading(partial(_words, name)):
        row = session.get(ClinicTemplateRow, template_id)
        return row, None if row is None else ProgramTemplate.model_validate(row.document)


def save_template(db: Database, template: ProgramTemplate) -> None:
    """Add the template, or replace the stored one with the same id."""
    with db.session() as session:
        row = session.get(ClinicTemplateRow, template.id)
        document = template.model_dump(mode="json")
        if row is None:
            row = ClinicTemplateRow(id=template.id, name=template.name, document=document, updated_at=now())
            session.add(row)
        else:
            row.name, row.document, row.updated_at = template.name, document, now()
        stages = len(template.stages)
        audit.record(session, "template", None, {"template_id": template.id, "saved": True, "stages": stages})


def rename_template(db: Database, template_id: str, name: str) -> ProgramTemplate:
    with db.session() as session:
        row, stored = _stored(session, template_id)
        if row is None or stored is None:
            raise NotFound(GONE)
        renamed = stored.model_copy(update={"name": name})
        row.name, row.document, row.updated_at = name, renamed.model_dump(mode="json"), now()
        audit.record(session, "template", None, {"template_id": template_id, "renamed": True})
        return renamed


def delete_template(db: Database, template_id: str) -> None:
    with db.session() as session:
        deleted = session.execute(delete(ClinicTemplateRow).where(ClinicTemplateRow.id == template_id))
        if deleted.rowcount == 0:
            raise NotFound(GONE)
        audit.record(session, "template", None, {"template_id": template_id, "deleted": True})


def favourite_exercises(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(FavouriteExerciseRow.exercise_id)))


def set_favourite(db: Database, exercise_id: str, favourite: bool) -> bool:
    """Mark or unmark; False when it already was so (nothing written, nothing audited)."""
    with db.session() as session:
        row = session.get(FavouriteExerciseRow, exercise_id)
        if (row is not None) == favourite:
            return False
        if favourite:
            session.add(FavouriteExerciseRow(exercise_id=exercise_id, added_at=now()))
        else:
            session.delete(row)
        audit.record(session, "favourite", None, {"exercise_id": exercise_id, "favourite": favourite})
        return True
