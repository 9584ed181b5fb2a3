"""File > Export for the hospital (FHIR)...: the open patient's record as an HL7 FHIR R4 Bundle, saved
first like a handout, then read, mapped and written on the task runner (the export writes its audit row)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ptplanner.core import clock
from ptplanner.gui.document import SAVE_ERRORS

if TYPE_CHECKING:
    from ptplanner.app.fhir_export import FhirExport
    from ptplanner.gui.main_window import MainWindow

TITLE = QT_TRANSLATE_NOOP("FhirExport", "Export for the hospital (FHIR)")
NO_PATIENT = QT_TRANSLATE_NOOP("FhirExport", "Open a patient to export their record.")


def export_for_hospital(window: MainWindow) -> None:
    """Ask where, then save the program if it changed and export the record as stored."""
    patient = window.document.patient
    if patient is None:
        window.statusBar().showMessage(QCoreApplication.translate("FhirExport", NO_PATIENT), 5000)
        return
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("FhirExport", TITLE),
        f"fhir-record-{clock.today()}.json",  # not translated: a file name the hospital may look for
        QCoreApplication.translate("FhirExport", "FHIR JSON files") + " (*.json)",
    )
    if not name:
        return
    path = Path(name) if name.lower().endswith(".json") else Path(f"{name}.json")
    clinic, patient_id, today = window.clinic, patient.id, clock.today()
    from ptplanner.app.fhir_export import write_fhir_export  # reportlab (the report) loads only when needed

    def start() -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("FhirExport", "Exporting for the hospital…")
        )
        window.runner.write(
            lambda: write_fhir_export(clinic, patient_id, path, today),
            lambda export: _exported(window, export, path),
            lambda error: _failed(window, error),
        )

    window.document.save(then=start)  # the export shows the program as stored


def _exported(window: MainWindow, export: FhirExport, path: Path) -> None:
    said = QCoreApplication.translate(
        "FhirExport", "Exported the record for the hospital ({count} FHIR resources) to {path}."
    )
    said = said.format(count=export.resources, path=path)
    window.statusBar().showMessage(said)


def _failed(window: MainWindow, error: BaseException) -> None:
    if not isinstance(error, SAVE_ERRORS + (ValueError,)):
        raise error
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "FhirExport", "The export for the hospital was not written: {error}"
        ).format(error=error)
    )
