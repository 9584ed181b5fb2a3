"""The fast patient-list query agrees with what loading every whole program would show."""

from datetime import date, timedelta

from storage_samples import make_entry, make_patient, make_program

from ptplanner.core.program import StageMove
from ptplanner.core.summary import summarize
from ptplanner.storage.summaries import patient_list

TODAY = date(2024, 6, 1)


def test_an_empty_clinic_has_an_empty_list(db):
    assert patient_list(db, TODAY) == []


def test_rows_agree_with_the_whole_programs(db, store):
    with_moves = make_patient("Ana Silva")
    store.save_patient(with_moves)
    older = make_program(with_moves.id, title="Old", created_on=date(2024, 1, 1))
    store.save_program(older)
    newest = make_program(with_moves.id, moves=(StageMove(stage_index=1, on=date(2024, 3, 20)),))
    newest = store.save_program(store.save_program(newest))  # version 2 of the newest program
    store.save_entry(make_entry(newest, TODAY - timedelta(days=10)))
    store.save_entry(make_entry(older, TODAY - timedelta(days=1)))  # the old program's log is not counted
    without_program = make_patient("Bo Berg", surgery_date=None, precautions=())
    store.save_patient(without_program)

    rows = patient_list(db, TODAY)

    assert [row.name for row in rows] == ["Ana Silva", "Bo Berg"]
    for row in rows:
        expected = summarize(store.get_patient(row.patient_id), store.programs_for(row.patient_id), TODAY)
        assert (row.patient_id, row.name, row.week, row.stage) == (
            expected.patient_id,
            expected.name,
            expected.week,
            expected.stage,
        )
    ana, bo = rows
    assert ana.stage == "2 of 2: Stabilization"
    assert ana.flags == ("no log for 10 days", "precautions")  # the lifting limit has no end date
    assert ana.last_activity == date.today()  # saved today, after the last log
    assert (bo.stage, bo.week, bo.flags) == ("no program yet", None, ("no program",))


def test_the_newest_program_wins_by_date_then_version(db, store):
    patient = make_patient()
    store.save_patient(patient)
    store.save_program(make_program(patient.id, created_on=date(2024, 5, 1)))
    newer = make_program(patient.id, created_on=date(2024, 5, 2), moves=())
    store.save_program(newer.model_copy(update={"stages": newer.stages[1:]}))
    assert patient_list(db, TODAY)[0].stage == "1 of 1: Stabilization"


def test_the_sqlite_shortcut_reads_the_same_facts_as_the_portable_queries(db, store):
    from ptplanner.storage.summaries import _last_logged, _newest, _programs_portable, _programs_sqlite

    for name, moves in (("Ana", ()), ("Bo", (StageMove(stage_index=1, on=date(2024, 3, 1)),))):
        patient = make_patient(name)
        store.save_patient(patient)
        store.save_program(make_program(patient.id, moves=moves))
    with db.session() as session:
        logged = _last_logged(session)
        assert _newest(_programs_sqlite(session), logged) == _newest(_programs_portable(session), logged)
