"""`ptplanner export PATIENT --format fhir --out FILE.json`: the record as an HL7 FHIR R4 Bundle."""

from __future__ import annotations

import argparse

from ptplanner.cli import EXIT_OK, _cell, _find_one_patient, _opened, _require_folder_of
from ptplanner.core import clock


def export_fhir(args: argparse.Namespace) -> int:
    from ptplanner.app.fhir_export import write_fhir_export

    _require_folder_of(args.out)
    with _opened(args) as clinic:
        patient = _find_one_patient(clinic, args.patient)
        export = write_fhir_export(clinic, patient.id, args.out, clock.today())
    print(f"Exported {_cell(patient.name, 60)} as a FHIR R4 Bundle ({export.resources} resources) "
          f"to {args.out}")
    return EXIT_OK
