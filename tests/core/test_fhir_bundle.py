"""The FHIR R4 Bundle built from core objects: structure, codes, timing, dates and hostile text."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime

import pytest
from fhir_checks import (
    assert_no_empty_values,
    assert_references_resolve,
    references,
    resources,
    validate_with_fhir_resources,
)

from ptplanner.core.adherence import AdherenceEntry, ItemCompletion, Measure, OutcomeItem, OutcomeScore
from ptplanner.core.dosage import Dosage, Side
from ptplanner.core.exercise import Exercise
from ptplanner.core.fhir import FhirInputs, ProgramExport, ReportPdf, build_bundle, bundle_json
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Unit
from ptplanner.core.program import Program, ProgramItem, Stage, StageMove
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.vocabulary import Category, Position, Region

SURGERY = date(2026, 9, 1)
TODAY = date(2026, 11, 2)
NOW = datetime(2026, 11, 2, 15, 30, tzinfo=UTC)
HOSTILE = "<b>Ann</b> & \"O'Brien\" 🎉 שלום  \\u0000 {\"x\": 1}"
PDF = b"%PDF-1.4 a small report"


def exercise(exercise_id: str, name: str, clinical: str | None = None) -> Exercise:
    return Exercise(
        id=exercise_id, name=name, clinical_name=clinical, summary="Do it.",
        category=Category.CORE_STRENGTHENING,
        regions=(Region.HIP,), position=Position.HOOK_LYING, steps=("Do it.",), stop_if="Stop if it hurts.",
        earliest_stage=1, dosage=Dosage(reps=10),
    )


def make_patient(**changes) -> Patient:
    fields = dict(
        id="patient-1", name="Robert Chen", date_of_birth=date(1958, 3, 14), surgery_date=SURGERY,
        procedure="TLIF, posterior approach", fused_levels=("L4-L5",), therapist="Sam Rivera, PT",
        surgeon="Dr. Okoye",
        precautions=(
            Precaution(kind=PrecautionKind.NO_BENDING, until=date(2026, 11, 20)),
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB, until=date(2026, 10, 1)),
        ),
    )
    return Patient(**{**fields, **changes})


def make_program(item_name: str = "Belly draw-in") -> Program:
    draw_in = ProgramItem(
        id="item-draw-in",
        exercise=exercise("draw-in", item_name, "Transversus abdominis activation (TrA set)"),
        dosage=Dosage(sets=2, reps=10, hold_seconds=5, times_per_day=2, days_per_week=7),
        note="Keep breathing",
    )
    bridge = ProgramItem(
        id="item-bridge", exercise=exercise("bridge", "Bridge"),
        dosage=Dosage(reps=10, side=Side.BOTH, times_per_day=1, days_per_week=3),
    )
    return Program(
        id="program-1", patient_id="patient-1", title="After fusion", created_on=SURGERY, version=3,
        stages=(
            Stage(id="s1", name="Protection", start_week=0, end_week=6, goals=("Walk 30 minutes a day",),
                  precautions=("Bend forward only a little.",), items=(draw_in,)),
            Stage(id="s2", name="Stabilization", start_week=6, end_week=12, goals=("Stand on one leg 10 s",),
                  items=(bridge,)),
        ),
        moves=(StageMove(stage_index=1, on=date(2026, 10, 13)),),
    )


def entries() -> tuple[AdherenceEntry, ...]:
    return (
        AdherenceEntry(id="e1", program_id="program-1", day=date(2026, 10, 20), pain_back=4, pain_leg=2,
                       completions=(ItemCompletion(item_id="item-bridge", sessions_done=1),)),
        AdherenceEntry(id="e2", program_id="program-1", day=date(2026, 10, 21), pain_back=3),
    )


def outcomes() -> tuple[OutcomeScore, ...]:
    psfs_items = tuple(OutcomeItem(label=label, score=score) for label, score in
                       (("Put on socks", 4), ("Walk the dog", 6), ("Garden", 2)))
    odi_items = tuple(OutcomeItem(score=s) for s in (2, 3, 1, 2, 2, 1, 2, 3, 1, 2))
    return (
        OutcomeScore(id="o1", measure=Measure.PAIN_NRS, day=date(2026, 9, 15), score=7,
                     note="After the walk"),
        OutcomeScore(id="o2", measure=Measure.ODI, day=date(2026, 9, 15), score=38, items=odi_items),
        OutcomeScore(id="o3", measure=Measure.PSFS, day=date(2026, 10, 27), score=4, items=psfs_items),
    )


def make_inputs(patient: Patient | None = None, program: Program | None = None, with_log: bool = True,
                **changes) -> FhirInputs:
    program = program or make_program()
    log = entries() if with_log else ()
    scores = outcomes() if with_log else ()
    weeks = progress_figures(program, log, scores, ProgressRules(), TODAY).weeks
    fields = dict(
        patient=patient or make_patient(), programs=(ProgramExport(program, True, weeks),), entries=log,
        outcomes=scores, patient_system="https://clinic.example/patients", exported_at=NOW, today=TODAY,
        report=ReportPdf(PDF, program.id, TODAY),
    )
    return FhirInputs(**{**fields, **changes})


@pytest.fixture
def bundle():
    return build_bundle(make_inputs())


def test_a_bundle_of_type_collection_whose_references_all_resolve(bundle):
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    assert bundle["timestamp"] == "2026-11-02T15:30:00+00:00"
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds[0] == "Patient" and kinds.count("Patient") == 1
    expected = {"Procedure", "Flag", "CarePlan", "Goal", "ServiceRequest", "Observation", "DiagnosticReport"}
    assert expected <= set(kinds)
    assert_references_resolve(bundle)
    assert_no_empty_values(bundle)


def test_every_resource_is_valid_fhir(bundle):
    validate_with_fhir_resources(bundle)


def test_the_same_record_gives_the_same_ids():
    first, second = build_bundle(make_inputs()), build_bundle(make_inputs())
    assert [e["fullUrl"] for e in first["entry"]] == [e["fullUrl"] for e in second["entry"]]
    other = build_bundle(make_inputs(patient=make_patient(id="patient-2")))
    assert not {e["fullUrl"] for e in first["entry"]} & {e["fullUrl"] for e in other["entry"]}


def test_the_patient_carries_the_clinic_id_name_and_birth_date(bundle):
    (patient,) = resources(bundle, "Patient")
    assert patient["identifier"] == [
        {"use": "usual", "system": "https://clinic.example/patients", "value": "patient-1"}
    ]
    assert patient["name"] == [{"text": "Robert Chen"}]
    assert patient["birthDate"] == "1958-03-14"


def test_the_surgery_is_a_spinal_fusion_procedure_with_its_date_level_and_approach(bundle):
    (procedure,) = resources(bundle, "Procedure")
    assert procedure["code"]["coding"] == [{"system": "http://snomed.info/sct", "code": "55705006",
                                            "display": "Spinal fusion"}]
    assert procedure["code"]["text"] == "TLIF, posterior approach"
    assert procedure["performedDateTime"] == "2026-09-01" and procedure["status"] == "completed"
    assert procedure["bodySite"] == [{"text": "Fused levels: L4-L5"}]


def test_the_care_plan_has_its_period_author_goals_and_one_activity_an_exercise(bundle):
    (plan,) = resources(bundle, "CarePlan")
    assert plan["status"] == "active" and plan["intent"] == "plan"
    assert plan["period"] == {"start": "2026-09-01", "end": "2026-11-23"}  # weeks 0 to 12: their last day
    assert plan["author"] == {"display": "Sam Rivera, PT"}
    goals = resources(bundle, "Goal")
    assert [g["description"]["text"] for g in goals] == ["Walk 30 minutes a day", "Stand on one leg 10 s"]
    assert [g["lifecycleStatus"] for g in goals] == ["completed", "active"]  # moved to stage 2 on Oct 13
    assert goals[0]["target"] == [{"dueDate": "2026-10-12"}]
    assert plan["goal"] == [{"reference": f"urn:uuid:{g['id']}"} for g in goals]
    requests = resources(bundle, "ServiceRequest")
    activities = [a["reference"]["reference"] for a in plan["activity"]]
    assert activities == [f"urn:uuid:{r['id']}" for r in requests]


def test_an_exercise_is_exercise_therapy_with_its_names_dose_and_stage_weeks(bundle):
    draw_in, bridge = resources(bundle, "ServiceRequest")
    assert draw_in["code"]["coding"] == [{"system": "http://snomed.info/sct", "code": "229065009",
                                          "display": "Exercise therapy"}]
    assert draw_in["code"]["text"] == "Belly draw-in (Transversus abdominis activation (TrA set))"
    # 2 times a day, 7 days a week, for the stage's weeks 0 to 6
    assert draw_in["occurrenceTiming"]["repeat"] == {
        "frequency": 2, "period": 1, "periodUnit": "d",
        "boundsPeriod": {"start": "2026-09-01", "end": "2026-10-12"},
    }
    assert draw_in["occurrenceTiming"]["code"] == {"text": "2 times a day, 7 days a week"}
    assert draw_in["patientInstruction"] == "2 sets of 10, hold 5 seconds, twice a day. Keep breathing."
    assert draw_in["status"] == "completed" and bridge["status"] == "active"
    # once a day on 3 days a week: Timing's one frequency is 3 a week
    assert bridge["occurrenceTiming"]["repeat"]["frequency"] == 3
    assert bridge["occurrenceTiming"]["repeat"]["periodUnit"] == "wk"
    assert "each side" in bridge["patientInstruction"]
    assert bridge["code"]["text"] == "Bridge"


def test_precautions_are_flags_with_their_end_dates(bundle):
    flags = resources(bundle, "Flag")
    texts = [f["code"]["text"] for f in flags]
    assert texts[0] == "Do not bend forward at your waist until November 20, 2026."
    assert flags[0]["period"] == {"start": "2026-09-01", "end": "2026-11-20"}
    assert flags[0]["status"] == "active"
    assert flags[1]["period"]["end"] == "2026-10-01" and flags[1]["status"] == "inactive"  # over by today
    stage_limit = flags[2]
    assert stage_limit["code"]["text"] == "Bend forward only a little."
    assert stage_limit["period"] == {"start": "2026-09-01", "end": "2026-10-12"}
    (plan,) = resources(bundle, "CarePlan")
    assert plan["supportingInfo"] == [{"reference": f"urn:uuid:{f['id']}"} for f in flags]


def test_scores_and_log_pain_carry_their_loinc_codes_dates_and_sites(bundle):
    observations = resources(bundle, "Observation")
    by_code = {}
    for observation in observations:
        by_code.setdefault(observation["code"]["coding"][0]["code"], []).append(observation)
    nrs_score, *log_pain = by_code["72514-3"]
    assert nrs_score["effectiveDateTime"] == "2026-09-15" and nrs_score["valueQuantity"]["value"] == 7
    assert "bodySite" not in nrs_score and nrs_score["note"] == [{"text": "After the walk"}]
    assert [(o["effectiveDateTime"], o["bodySite"]["coding"][0]["code"], o["valueQuantity"]["value"])
            for o in log_pain] == [("2026-10-20", "37822005", 4), ("2026-10-20", "61685007", 2),
                                   ("2026-10-21", "37822005", 3)]
    (odi,) = by_code["97909-6"]
    assert odi["code"]["coding"][0]["system"] == "http://loinc.org"
    assert odi["valueQuantity"]["value"] == 38 and odi["effectiveDateTime"] == "2026-09-15"
    (psfs,) = by_code["psfs"]
    assert psfs["code"]["coding"][0]["system"] == "urn:ptplanner:fhir:codes"
    assert [(c["code"]["text"], c["valueQuantity"]["value"]) for c in psfs["component"]] == [
        ("Put on socks", 4), ("Walk the dog", 6), ("Garden", 2)]


def test_adherence_is_one_percent_a_week_based_on_the_plan(bundle):
    observations = resources(bundle, "Observation")
    weekly = [o for o in observations if o["code"]["coding"][0]["code"] == "weekly-adherence"]
    assert weekly, "no weekly adherence"
    (plan,) = resources(bundle, "CarePlan")
    for observation in weekly:
        assert observation["basedOn"] == [{"reference": f"urn:uuid:{plan['id']}"}]
        assert observation["valueQuantity"]["code"] == "%"
        assert 0 <= observation["valueQuantity"]["value"] <= 100
        assert set(observation["effectivePeriod"]) == {"start", "end"}


def test_the_progress_report_is_a_diagnostic_report_holding_the_pdf(bundle):
    (report,) = resources(bundle, "DiagnosticReport")
    (form,) = report["presentedForm"]
    assert form["contentType"] == "application/pdf" and base64.b64decode(form["data"]) == PDF
    (plan,) = resources(bundle, "CarePlan")
    assert report["basedOn"] == [{"reference": f"urn:uuid:{plan['id']}"}]
    assert report["effectiveDateTime"] == "2026-11-02" and report["status"] == "final"
    assert len(report["result"]) == 3  # the three scores


def test_a_patient_with_no_scores_no_program_and_no_surgery_is_just_the_patient():
    patient = Patient(id="p9", name="Ana Silva", date_of_birth=date(1961, 4, 9))
    bundle = build_bundle(make_inputs(patient=patient, with_log=False, programs=(), report=None))
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == ["Patient"]
    assert_no_empty_values(bundle)
    validate_with_fhir_resources(bundle)


def test_a_program_without_scores_or_log_has_no_observations_and_stays_valid():
    bundle = build_bundle(make_inputs(with_log=False))
    assert not resources(bundle, "Observation")
    (report,) = resources(bundle, "DiagnosticReport")
    assert "result" not in report
    assert_references_resolve(bundle)
    validate_with_fhir_resources(bundle)


def test_hostile_text_survives_exactly():
    bundle = build_bundle(make_inputs(patient=make_patient(name=HOSTILE, therapist=HOSTILE),
                                      program=make_program(item_name=HOSTILE[:120])))
    text = bundle_json(bundle)
    again = json.loads(text)
    assert resources(again, "Patient")[0]["name"] == [{"text": HOSTILE}]
    assert resources(again, "CarePlan")[0]["author"] == {"display": HOSTILE}
    assert resources(again, "ServiceRequest")[0]["code"]["text"].startswith(HOSTILE[:120])
    validate_with_fhir_resources(again)


def test_control_characters_fhir_forbids_are_marked_not_passed_on():
    bundle = build_bundle(make_inputs(patient=make_patient(therapist="Sam\x07Rivera\tPT")))
    assert resources(bundle, "CarePlan")[0]["author"] == {"display": "Sam\ufffdRivera\tPT"}


def test_a_surgery_not_yet_done_and_a_procedure_that_is_not_a_fusion():
    patient = make_patient(surgery_date=date(2026, 12, 1), procedure="Microdiscectomy", fused_levels=())
    (procedure,) = resources(build_bundle(make_inputs(patient=patient)), "Procedure")
    assert procedure["status"] == "preparation" and "coding" not in procedure["code"]
    assert procedure["code"]["text"] == "Microdiscectomy"


def test_every_reference_in_the_bundle_is_a_urn_uuid(bundle):
    assert all(ref.startswith("urn:uuid:") for ref in references(bundle))
