"""A demo clinic: a dozen patients at different weeks after fusion, with programs and logs.

Ids are derived from fixed names, so adding the demo clinic twice adds nothing the second time.
The clinic's details and every patient are added in one transaction: a run cut short (a full disk)
adds nothing, and the next run adds it all.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from ptplanner import __version__
from ptplanner.app.clinic import Clinic
from ptplanner.core.adherence import AdherenceEntry, ItemCompletion, Measure, OutcomeItem, OutcomeScore, psfs_score
from ptplanner.core.exchange import PatientRecord
from ptplanner.core.language import Language
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Unit
from ptplanner.core.program import Program, StageMove
from ptplanner.core.walking_program import is_walking_item, planned_minutes_on, program_on

_NAMESPACE = uuid.UUID("6f1c3a52-8d7e-4c1b-9a0e-5b2f7d9e4c11")
LOGGED_WEEKS = 6
DEMO_CLINIC = "Riverside Physical Therapy (demo)"
DEMO_PHONE = "555-0142"
DEMO_AFTER_HOURS = "555-0199"
_SURGEONS = (("Dr. Maria Lee", "555-0177"), ("Dr. Samuel Okoye", "555-0166"))


@dataclass(frozen=True)
class DemoPatient:
    name: str
    age: int
    weeks_since_surgery: int
    levels: tuple[str, ...]
    procedure: str
    template: str
    adherence: float  # chance of doing each prescribed session
    back_pain: float  # back pain at the start of the log, 0-10
    flare: bool = False  # pain rose in the last week
    language: Language | None = None  # None: the clinic's


_PATIENTS = (
    DemoPatient("Margaret Okafor", 67, 2, ("L4-L5",), "Posterior lumbar interbody fusion", "fusion-hip-si", 0.9, 6),
    DemoPatient("James Whitfield", 58, 4, ("L5-S1",), "Transforaminal lumbar interbody fusion", "fusion-hip-si",
                0.75, 5),
    DemoPatient("Zofia Łukasiewicz", 71, 5, ("L4-L5", "L5-S1"), "Posterolateral fusion", "fusion-hip-si", 0.55, 7),
    DemoPatient("Robert Chen", 62, 7, ("L4-L5",), "Posterior lumbar interbody fusion", "fusion-hip-si", 0.85, 5),
    DemoPatient("Dolores Ramírez", 74, 8, ("L3-L4", "L4-L5"), "Posterolateral fusion", "graded-walking",
                0.8, 6, language=Language.SPANISH),
    DemoPatient("Ahmed Haddad", 55, 9, ("L5-S1",), "Anterior lumbar interbody fusion", "fusion-hip-si", 0.65, 4,
                flare=True),
    DemoPatient("Patricia O'Neill", 69, 11, ("L4-L5",), "Transforaminal lumbar interbody fusion", "fusion-hip-si",
                0.9, 4),
    DemoPatient("Eleni Papadopoulou", 60, 13, ("L5-S1",), "Posterior lumbar interbody fusion",
                "si-joint-stabilization", 0.8, 5),
    DemoPatient("William Brooks", 78, 16, ("L2-L3", "L3-L4", "L4-L5"), "Posterolateral fusion", "fusion-hip-si",
                0.45, 6),
    DemoPatient("Grace Nakamura", 52, 20, ("L4-L5",), "Transforaminal lumbar interbody fusion",
                "si-joint-stabilization", 0.9, 3),
    DemoPatient("Ivan Petrov", 64, 27, ("L5-S1",), "Posterior lumbar interbody fusion", "fusion-hip-si", 0.7, 3),
    DemoPatient("Linda Johansson", 70, 38, ("L4-L5", "L5-S1"), "Posterolateral fusion", "fusion-hip-si", 0.6, 2),
)


def add_demo_clinic(clinic: Clinic, today: date) -> tuple[int, int]:
    """Add the demo patients that are not there yet, all or none. Returns (added, already there)."""
    with clinic.writing_together():
        _name_the_clinic(clinic)
        existing = _stored_ids(clinic, today)
        added = 0
        for demo in _PATIENTS:
            patient = _patient(demo, today)
            if patient.id in existing:
                continue
            clinic.import_patient(_record(clinic, demo, patient, today))
            added += 1
    return added, len(_PATIENTS) - added


def _record(clinic: Clinic, demo: DemoPatient, patient: Patient, today: date) -> PatientRecord:
    """Everything about one demo patient, to be stored in one transaction."""
    program = _program(clinic, demo, patient, today)
    saved = program.model_copy(update={"version": program.version + 1})  # as its first save makes it
    return PatientRecord(
        app_version=__version__,
        exported_at=datetime.now(UTC),
        patient=patient,
        programs=(saved,),
        program_history=(saved,),
        adherence=tuple(_log(demo, saved, patient, today)),
        outcomes=tuple(_outcomes(demo, patient, today)),
    )


def remove_demo_clinic(clinic: Clinic, today: date) -> tuple[int, bool]:
    """Erase the demo patients still there, and give back the clinic name and phones the demo set if
    they are still the demo's. Returns (patients erased, whether the clinic's details were reset)."""
    demo_ids = {_patient(demo, today).id for demo in _PATIENTS}
    erased = 0
    for patient_id in sorted(demo_ids & _stored_ids(clinic, today)):
        clinic.erase_patient(patient_id)
        erased += 1
    settings = clinic.clinic_settings()
    still_demo = {key: "" for key, value in _DEMO_DETAILS.items() if getattr(settings, key) == value}
    if still_demo:
        clinic.save_clinic_settings(settings.model_copy(update=still_demo))
    return erased, bool(still_demo)


def _stored_ids(clinic: Clinic, today: date) -> set[str]:
    """Every stored patient's id, discharged ones too."""
    rows = clinic.patient_rows(today) + clinic.patient_rows(today, discharged=True)
    return {row.patient_id for row in rows}


_DEMO_DETAILS = {"name": DEMO_CLINIC, "phone": DEMO_PHONE, "after_hours_phone": DEMO_AFTER_HOURS}


def _name_the_clinic(clinic: Clinic) -> None:
    """Give handouts a clinic name and phones, only while the clinic has set none of them: the demo's
    phone must never end up beside a real clinic's name."""
    settings = clinic.clinic_settings()
    if not any(getattr(settings, key) for key in _DEMO_DETAILS):
        clinic.save_clinic_settings(settings.model_copy(update=_DEMO_DETAILS))


def _demo_id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(str(p) for p in parts)))


def _patient(demo: DemoPatient, today: date) -> Patient:
    surgery = today - timedelta(weeks=demo.weeks_since_surgery, days=3)
    six_weeks = surgery + timedelta(weeks=6)
    return Patient(
        id=_demo_id("patient", demo.name),
        name=demo.name,
        date_of_birth=date(today.year - demo.age, 1 + len(demo.name) % 12, 1 + len(demo.name) % 28),
        surgery_date=surgery,
        procedure=demo.procedure,
        fused_levels=demo.levels,
        therapist="Sam Rivera, PT",
        surgeon=_SURGEONS[len(demo.name) % len(_SURGEONS)][0],
        surgeon_phone=_SURGEONS[len(demo.name) % len(_SURGEONS)][1],
        precautions=(
            Precaution(kind=PrecautionKind.NO_BENDING, until=six_weeks),
            Precaution(kind=PrecautionKind.NO_TWISTING, until=six_weeks),
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB, until=surgery + timedelta(weeks=12)),
            Precaution(kind=PrecautionKind.SITTING_LIMIT, limit=30, unit=Unit.MINUTES, until=six_weeks),
        ),
        notes="Demo patient. Hip and buttock pain on the right since surgery.",
        language=demo.language,
    )


def _program(clinic: Clinic, demo: DemoPatient, patient: Patient, today: date) -> Program:
    template = clinic.templates[demo.template]
    assert patient.surgery_date is not None
    program = template.instantiate(clinic.workspace.bundled, patient.id, patient.surgery_date + timedelta(days=5))
    moves = []
    for index, stage in enumerate(program.stages):
        if index and stage.start_week <= demo.weeks_since_surgery:
            moves.append(StageMove(stage_index=index, on=patient.surgery_date + timedelta(weeks=stage.start_week)))
    program = program.model_copy(update={"id": _demo_id("program", demo.name), "moves": tuple(moves)})
    return program_on(program, patient.surgery_date, today)  # walking items dosed by their plan today


def _stage_on(program: Program, day: date) -> int:
    index = 0
    for move in program.moves:
        if move.on <= day:
            index = move.stage_index
    return index


def _log(demo: DemoPatient, program: Program, patient: Patient, today: date) -> list[AdherenceEntry]:
    rng = random.Random(demo.name)
    walked = random.Random(f"{demo.name} walking")  # its own draws, so the rest of the log stays as it was
    first = max(program.created_on, today - timedelta(weeks=LOGGED_WEEKS))
    entries = []
    for offset in range((today - first).days):
        day = first + timedelta(days=offset)
        items = program.stages[_stage_on(program, day)].items
        weeks_in = offset / 7
        pain = demo.back_pain - 0.4 * weeks_in + rng.uniform(-1, 1)
        if demo.flare and (today - day).days <= 7:
            pain += 4
        completions = tuple(
            ItemCompletion(item_id=item.id, sessions_done=sum(
                (walked if is_walking_item(item) else rng).random() < demo.adherence
                for _ in range(item.dosage.times_per_day)
            ) if day.weekday() < item.dosage.days_per_week else 0)
            for item in items
        )
        planned = planned_minutes_on(program, _stage_on(program, day), patient.surgery_date, day, first)
        walks = [
            (done.sessions_done, item.dosage.times_per_day)
            for done, item in zip(completions, items, strict=True)
            if is_walking_item(item)
        ]
        entries.append(
            AdherenceEntry(
                id=_demo_id("entry", demo.name, day),
                program_id=program.id,
                day=day,
                completions=completions,
                pain_back=_pain(pain),
                pain_leg=_pain(pain / 2 + rng.uniform(-1, 1)),
                walking_minutes=_walked(planned, walks[0] if walks else None, demo.adherence, walked),
                note="Sore after a long car ride." if demo.flare and (today - day).days == 3 else "",
            )
        )
    return entries


def _walked(
    planned: int | None, walks: tuple[int, int] | None, adherence: float, rng: random.Random
) -> int | None:
    """Minutes walked on a day the plan asks for `planned`: the share of the walks done (walks done, walks
    planned) when the stage has its walking exercise, else most days near the plan; each a little off."""
    if planned is None:
        return None
    share = walks[0] / walks[1] if walks else float(rng.random() < adherence)
    return round(planned * share * rng.uniform(0.85, 1.1))


def _pain(value: float) -> int:
    return max(0, min(10, round(value)))


def _outcomes(demo: DemoPatient, patient: Patient, today: date) -> list[OutcomeScore]:
    assert patient.surgery_date is not None
    baseline = patient.surgery_date + timedelta(weeks=1)
    activities = ("Walking to the shop", "Getting out of a car", "Sitting through a meal")
    scores = []
    for when, gain in ((baseline, 0.0), (baseline + timedelta(weeks=6), 2.5)):
        if when >= today:
            break
        items = tuple(OutcomeItem(label=a, score=min(10, 3 + i + gain)) for i, a in enumerate(activities))
        scores += [
            OutcomeScore(id=_demo_id("psfs", demo.name, when), measure=Measure.PSFS, day=when,
                         score=psfs_score(items), items=items),
            OutcomeScore(id=_demo_id("odi", demo.name, when), measure=Measure.ODI, day=when,
                         score=max(0.0, 48 - 6 * gain)),
            OutcomeScore(id=_demo_id("nrs", demo.name, when), measure=Measure.PAIN_NRS, day=when,
                         score=float(_pain(demo.back_pain + 1 - gain))),
        ]
    return scores
