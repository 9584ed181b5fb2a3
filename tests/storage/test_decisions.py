"""Suggestion decisions: kept per program and day, erased with the patient."""

from datetime import date

import pytest
from storage_samples import at_once, make_patient, make_program

from ptplanner.core.suggestions import SuggestionDecision, SuggestionKind
from ptplanner.storage.decisions import decisions_for, save_decision
from ptplanner.storage.errors import ConflictError, NotFound
from ptplanner.storage.models import SuggestionDecisionRow


def saved(store):
    patient = make_patient()
    store.save_patient(patient)
    return patient, store.save_program(make_program(patient.id))


def decision(program, day, kind=SuggestionKind.NEXT_STAGE, accepted=False):
    return SuggestionDecision(program_id=program.id, kind=kind, on=day, accepted=accepted)


def test_decisions_are_kept_in_order_and_a_same_day_answer_replaces(db, store):
    patient, program = saved(store)
    save_decision(db, patient.id, decision(program, date(2026, 3, 9)))
    save_decision(db, patient.id, decision(program, date(2026, 3, 2), SuggestionKind.HOLD, accepted=True))
    save_decision(db, patient.id, decision(program, date(2026, 3, 9), accepted=True))
    assert decisions_for(db, program.id) == [
        decision(program, date(2026, 3, 2), SuggestionKind.HOLD, accepted=True),
        decision(program, date(2026, 3, 9), accepted=True),
    ]


def test_decisions_go_with_the_erased_patient(db, store):
    patient, program = saved(store)
    save_decision(db, patient.id, decision(program, date(2026, 3, 9)))
    store.erase_patient(patient.id)
    assert decisions_for(db, program.id) == []


def test_a_decision_for_another_patients_or_a_missing_program_is_refused(db, store):
    patient, program = saved(store)
    other = make_patient(name="Someone Else")
    store.save_patient(other)
    with pytest.raises(ConflictError):
        save_decision(db, other.id, decision(program, date(2026, 3, 9)))
    with pytest.raises(NotFound):
        save_decision(db, patient.id, SuggestionDecision(
            program_id="gone", kind=SuggestionKind.HOLD, on=date(2026, 3, 9), accepted=False))
    assert decisions_for(db, program.id) == []


def test_of_two_workstations_answering_the_same_suggestion_at_once_the_later_answer_is_kept(
    db, store, second_workstation
):
    patient, program = saved(store)
    day = date(2026, 3, 9)
    first = SuggestionDecisionRow(
        program_id=program.id, kind=SuggestionKind.NEXT_STAGE.value, day=day, accepted=False
    )
    at_once(
        db,
        lambda session: session.add(first),
        second_workstation,
        lambda: save_decision(second_workstation, patient.id, decision(program, day, accepted=True)),
    )
    assert decisions_for(db, program.id) == [decision(program, day, accepted=True)]
