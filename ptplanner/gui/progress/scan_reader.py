"""File > Read scanned log sheet… and dropping scans on the window: the scans of the open patient's
returned sheet are read on the task runner, then open in the log-sheet dialog, prefilled, with the cells
to check highlighted. Nothing is saved until the therapist saves the dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ptplanner.app.clinic import Clinic
from ptplanner.app.log_scan import (
    ScannedSheet,
    cells_to_check,
    entries_to_save,
    install_hint,
    note_sheet_read,
    read_scanned_log,
    readings_by_cell,
)
from ptplanner.gui.progress.controller import ProgressController
from ptplanner.gui.tasks import TaskRunner

SCAN_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg")
OPEN_PATIENT_FIRST = QT_TRANSLATE_NOOP(
    "ScanReader", "Open the patient whose log sheet it is, then read the scan."
)


class ScanReader(QObject):
    def __init__(
        self, window: QWidget, clinic: Clinic, runner: TaskRunner, progress: ProgressController
    ) -> None:
        super().__init__(window)
        self._window, self._clinic, self._runner, self._progress = window, clinic, runner, progress
        self.sheet: ScannedSheet | None = None  # the last reading
        self.message: QMessageBox | None = None  # the last thing said (why nothing was read)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def choose_files(self) -> None:
        if self._refused():
            return
        names, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Read scanned log sheet"), "", self.tr("Scans (*.pdf *.png *.jpg *.jpeg)")
        )
        if names:
            self.read([Path(name) for name in names])

    def read(self, files: list[Path]) -> None:
        if self._refused():
            return
        patient, _program = self._progress.open_patient_and_program()
        clinic, patient_id = self._clinic, patient.id
        self._runner.read(lambda: read_scanned_log(clinic, files, patient_id), self._read,
                          lambda error: self._tell(self.tr("The scan was not read: {why}").format(why=error)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _scans(event):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and _scans(event):
            event.acceptProposedAction()
            self.read(_scans(event))
            return True
        return super().eventFilter(watched, event)

    def _refused(self) -> bool:
        hint = install_hint()
        reason = hint or self._progress.unavailable_reason()
        patient, _ = self._progress.open_patient_and_program()
        if patient is None:
            reason = self.tr(OPEN_PATIENT_FIRST)
        if reason:
            self._tell(reason)
        return bool(reason)

    def _read(self, sheet: ScannedSheet) -> None:
        self.sheet = sheet
        _patient, program = self._progress.open_patient_and_program()
        if not sheet.pages:
            self._tell(self.tr("No log-sheet page was read.") + "\n" + "\n".join(sheet.problems))
            return
        if program is None or sheet.program_id != program.id:
            self._tell(
                self.tr(
                    "This sheet was printed for another program of this patient: open that program first."
                )
            )
            return
        self._progress.record_log()
        dialog = self._progress.log_dialog
        if dialog is None:
            return
        model = dialog.model
        model.to_check = cells_to_check(sheet, model.today)
        model.from_scan = readings_by_cell(sheet)
        entries = entries_to_save(sheet, model.today)
        items = {item.id for stage in program.stages for item in stage.items}
        for entry in entries:
            kept = tuple(done for done in entry.completions if done.item_id in items)
            model.put_entry(entry.day, entry.model_copy(update={"completions": kept}))
        if entries:
            model.show_week_from(min(entry.day for entry in entries))
        dialog.saved.connect(lambda: self._note_read(sheet, len(entries)))
        dialog.show_note(self._summary(sheet, len(entries), model.today))

    def _note_read(self, sheet: ScannedSheet, days: int) -> None:
        clinic = self._clinic
        self._runner.write(lambda: note_sheet_read(clinic, sheet, days), lambda _: None)

    def _tell(self, text: str) -> None:
        title = self.tr("Read scanned log sheet")
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self._window)
        box.setObjectName("scanMessage")
        box.finished.connect(box.deleteLater)
        self.message = box
        box.open()

    def _summary(self, sheet: ScannedSheet, days: int, today: date) -> str:
        """English has no translation file: its singulars and plurals are chosen here; each is a numerus
        message, so every other language gets all of its own plural forms."""
        checks, logged = len(cells_to_check(sheet, today)), len(sheet.logged_days)
        if days == 1:
            parts = [self.tr("Read from the scan: %n day filled in below, not saved yet.", "", days)]
        else:
            parts = [self.tr("Read from the scan: %n days filled in below, not saved yet.", "", days)]
        if checks == 1:
            parts.append(self.tr("Check the %n highlighted cell, then save.", "", checks))
        elif checks:
            parts.append(self.tr("Check the %n highlighted cells, then save.", "", checks))
        if logged == 1:
            parts.append(self.tr("%n day already logged was kept as it was.", "", logged))
        elif logged:
            parts.append(self.tr("%n days already logged were kept as they were.", "", logged))
        parts += list(sheet.problems)
        return " ".join(parts)


def _scans(event: QEvent) -> list[Path]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in SCAN_SUFFIXES]
