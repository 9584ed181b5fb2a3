"""A patient's record as an HL7 FHIR R4 Bundle, for a surgeon's office or a hospital's record system.

Pure mapping: core objects in (`FhirInputs`), a JSON-able dict out (`build_bundle`). No database, no Qt;
the application layer gathers the inputs (ptplanner/app/fhir_export.py).
"""

from ptplanner.core.fhir.bundle import FhirInputs, ProgramExport, ReportPdf, build_bundle, bundle_json

__all__ = ["FhirInputs", "ProgramExport", "ReportPdf", "build_bundle", "bundle_json"]
