"""Saved program versions carry the day they were saved, so adherence counts each logged day against
what was prescribed that day: an exercise added last week does not make the weeks before look missed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import update
from storage_samples import make_entry, make_patient, make_program

from ptplanner.core import clock
from ptplanner.core.program import ProgramItem
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.storage.models import ProgramVersionRow
from ptplanner.storage.summaries import progress_flags

TODAY = clock.today()
RULES = ProgressRules()


def saved_on(db, program, version: int, day: date) -> None:
    """Date a stored version as if it had been saved at noon on `day`, here."""
    noon = datetime(day.year, day.month, day.day, 12).astimezone(UTC)
    with db.session() as session:
        session.execute(
            update(ProgramVersionRow)
            .where(ProgramVersionRow.program_id == program.id, ProgramVersionRow.version == version)
            .values(saved_at=noon)
        )


def test_exercises_added_four_days_ago_count_from_that_day_only(db, store):
    patient = make_patient()
    store.save_patient(patient)
    first = store.save_program(make_program(patient.id, created_on=TODAY - timedelta(days=30)))
    protection = first.stages[0]
    more = tuple(ProgramItem.of(protection.items[n % 2].exercise) for n in range(3))  # 2 exercises become 5
    changed = first.model_copy(
        update={"stages": (protection.model_copy(update={"items": protection.items + more}), *first.stages[1:])}
    )
    second = store.save_program(changed)
    saved_on(db, first, 1, TODAY - timedelta(days=14))
    saved_on(db, second, 2, TODAY - timedelta(days=4))
    for back in range(14, 0, -1):
        day = TODAY - timedelta(days=back)
        store.save_entry(make_entry(first if back > 4 else second, day))  # did all that was prescribed

    history = store.prescriptions(second.id)

    assert [(p.since, p.program.version) for p in history] == [
        (TODAY - timedelta(days=14), 1),
        (TODAY - timedelta(days=4), 2),
    ]
    entries = store.entries_for(second.id)
    assert progress_figures(second, entries, (), RULES, TODAY, history).overall.percent == 100
    # Counted against the newest version alone, the patient would look well behind, and be flagged:
    assert progress_figures(second, entries, (), RULES, TODAY).overall.percent < RULES.low_adherence_percent
    assert patient.id not in progress_flags(db, TODAY, RULES)


def test_a_program_never_saved_has_no_versions(store):
    assert store.prescriptions("not-saved-yet") == []
