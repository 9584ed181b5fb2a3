"""The FHIR export from the stored record: every demo patient, the audit row, and the command line."""

from __future__ import annotations

import json

import pytest
from fhir_checks import (
    assert_no_empty_values,
    assert_references_resolve,
    resources,
    validate_with_fhir_resources,
)

from ptplanner.app.clinic import Clinic
from ptplanner.app.fhir_export import fhir_export
from ptplanner.app.workspace import Workspace
from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from ptplanner.core import clock
from ptplanner.core.clinic import ClinicSettings
from ptplanner.storage.audit_check import audit_events
from ptplanner.storage.clinic_settings import save_clinic_settings


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_demo_patient_exports_as_a_valid_bundle_whose_references_resolve(demo_dir):
    workspace = Workspace.open(demo_dir)
    try:
        for patient in workspace.store.list_patients():
            bundle = json.loads(fhir_export(Clinic(workspace), patient.id, clock.today()).text)
            assert resources(bundle, "Patient")[0]["name"] == [{"text": patient.name}]
            assert len(resources(bundle, "CarePlan")) == len(workspace.store.programs_for(patient.id))
            assert len(resources(bundle, "DiagnosticReport")) == 1
            assert_references_resolve(bundle)
            assert_no_empty_values(bundle)
            validate_with_fhir_resources(bundle)
    finally:
        workspace.close()


def test_the_export_is_audited_as_an_export_naming_its_format(demo_dir):
    workspace = Workspace.open(demo_dir)
    try:
        patient = workspace.store.list_patients()[0]
        before = len(audit_events(workspace.database))
        fhir_export(Clinic(workspace), patient.id, clock.today())
        (event,) = audit_events(workspace.database)[before:]
        assert (event.action, event.patient_id, event.details["format"]) == ("export", patient.id, "fhir")
    finally:
        workspace.close()


def test_the_clinic_names_the_system_of_its_patient_ids(tmp_path, demo_dir):
    workspace = Workspace.open(demo_dir)
    try:
        save_clinic_settings(workspace.store, ClinicSettings(patient_id_system="urn:oid:1.2.840.99999.1"))
        patient = workspace.store.list_patients()[0]
        bundle = json.loads(fhir_export(Clinic(workspace), patient.id, clock.today()).text)
        assert resources(bundle, "Patient")[0]["identifier"][0] == {
            "use": "usual", "system": "urn:oid:1.2.840.99999.1", "value": patient.id}
    finally:
        save_clinic_settings(workspace.store, ClinicSettings())
        workspace.close()


def test_the_command_line_writes_a_private_bundle(capsys, demo_dir, tmp_path):
    out_file = tmp_path / "robert.fhir.json"
    code, out, err = run(capsys, "--data-dir", str(demo_dir), "export", "Robert Chen", "--format", "fhir",
                         "--out", str(out_file))
    assert code == EXIT_OK, err
    assert out.startswith("Exported Robert Chen as a FHIR R4 Bundle (") and str(out_file) in out
    bundle = json.loads(out_file.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    assert out_file.stat().st_mode & 0o777 == 0o600


def test_the_command_line_refuses_a_missing_folder_an_unknown_patient_and_an_unknown_format(
    capsys, demo_dir, tmp_path
):
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "export", "Robert Chen", "--format", "fhir",
                       "--out", str(tmp_path / "nowhere" / "x.json"))
    assert code == EXIT_PROBLEMS and "does not exist" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "export", "Nobody Here", "--format", "fhir",
                       "--out", str(tmp_path / "x.json"))
    assert code == EXIT_PROBLEMS and "no patient matches" in err
    assert not (tmp_path / "x.json").exists()
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(demo_dir), "export", "Robert Chen", "--format", "hl7v2", "--out", "x"])
    assert stopped.value.code == EXIT_USAGE
