from datetime import date, timedelta


from ptplanner.core.patient import Patient, Precaution, PrecautionKind
from ptplanner.core.patient_list import (
    QUIET_AFTER_DAYS,
    PatientFacts,
    ProgramFacts,
    list_row,
)

TODAY = date(2024, 6, 1)


def facts(last_logged=TODAY, saved_on=TODAY - timedelta(days=30)) -> ProgramFacts:
    return ProgramFacts(
        stage_index=1, stage_count=4, stage_name="Stabilization", last_logged=last_logged, saved_on=saved_on
    )


def patient(*precautions, saved_on=TODAY) -> PatientFacts:
    ana = Patient(
        name="Ana",
        date_of_birth=date(1960, 1, 1),
        surgery_date=TODAY - timedelta(days=50),
        precautions=precautions,
    )
    return PatientFacts.of(ana, saved_on)


def test_a_row_shows_week_stage_and_the_latest_activity():
    row = list_row(
        patient(saved_on=TODAY - timedelta(days=40)), facts(last_logged=TODAY - timedelta(days=2)), TODAY
    )
    assert (row.name, row.week, row.stage) == ("Ana", 7, "2 of 4: Stabilization")
    assert row.last_activity == TODAY - timedelta(days=2)
    assert row.flags == ()


def test_a_patient_without_a_program_is_flagged():
    row = list_row(patient(saved_on=TODAY - timedelta(days=3)), None, TODAY)
    assert (row.stage, row.last_activity, row.flags) == (
        "no program yet",
        TODAY - timedelta(days=3),
        ("no program",),
    )


def test_a_quiet_patient_is_flagged_with_the_days_since_the_last_log():
    quiet = TODAY - timedelta(days=QUIET_AFTER_DAYS + 3)
    assert list_row(patient(saved_on=quiet), facts(last_logged=quiet), TODAY).flags == (
        f"no log for {QUIET_AFTER_DAYS + 3} days",
    )
    assert list_row(patient(saved_on=quiet), facts(last_logged=None), TODAY).flags == ("nothing logged",)
    recent = TODAY - timedelta(days=QUIET_AFTER_DAYS)
    assert list_row(patient(saved_on=quiet), facts(last_logged=recent), TODAY).flags == ()


def test_precautions_in_force_are_flagged_and_ended_ones_are_not():
    ended = Precaution(kind=PrecautionKind.NO_BENDING, until=TODAY - timedelta(days=1))
    assert list_row(patient(ended), facts(), TODAY).flags == ()
    ongoing = Precaution(kind=PrecautionKind.NO_BENDING, until=TODAY)
    assert list_row(patient(ongoing), facts(), TODAY).flags == ("precautions",)


def test_patient_facts_agree_with_the_patient():
    ends = Precaution(kind=PrecautionKind.NO_BENDING, until=TODAY)
    lifted = Precaution(kind=PrecautionKind.NO_TWISTING)
    full = Patient(
        name="Bo", date_of_birth=date(1950, 1, 1), surgery_date=date(2024, 1, 3), precautions=(ends, lifted)
    )
    facts_ = PatientFacts.of(full, TODAY)
    for day in (TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=400)):
        assert facts_.week_after_surgery(day) == full.week_after_surgery(day)
        assert facts_.has_precautions_on(day) == bool(full.active_precautions(day))
    without = PatientFacts.of(full.model_copy(update={"surgery_date": None, "precautions": (ends,)}), TODAY)
    assert without.week_after_surgery(TODAY) is None
    assert not without.has_precautions_on(TODAY + timedelta(days=1))
