"""Loads the open patient's log and outcome scores, keeps their progress figures in step with the
program as it is edited, and carries out what the therapist asks from the progress section: record a
log sheet or an outcome score, answer a suggested next step, save the progress report.

Reading, computing and writing all run on the task runner; the figures of an older request are
dropped when a newer one was made meanwhile.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QWidget

from ptplanner.app.clinic import Clinic, ProgressLog
from ptplanner.core import clock
from ptplanner.core.adherence import OutcomeScore
from ptplanner.core.dates import DateWords
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program, StageMove
from ptplanner.core.progress.figures import ProgressFigures, flag_kinds, progress_figures
from ptplanner.core.progress.log import Prescribed
from ptplanner.core.suggestions import (
    Suggestion,
    SuggestionDecision,
    SuggestionKind,
    open_suggestions,
    suggest,
)
from ptplanner.gui.dates import app_dates
from ptplanner.gui.document import SAVE_ERRORS, PatientDocument
from ptplanner.gui.models import program_commands as commands
from ptplanner.gui.models.program import ProgramModel
from ptplanner.gui.progress.assessment import AssessmentKeeper
from ptplanner.gui.progress.section import ProgressSection
from ptplanner.gui.save_folder import remember_folder, suggested_path
from ptplanner.gui.tasks import TaskRunner, import_in_turns

if TYPE_CHECKING:
    from ptplanner.gui.progress.log_dialog import LogSheetDialog
    from ptplanner.gui.progress.outcome_dialog import OutcomeDialog
    from ptplanner.handouts.report import Report

NEVER_SAVED = QT_TRANSLATE_NOOP(
    "ProgressController", "Save the program first: the log and the report belong to a saved program."
)
NO_STAGES = QT_TRANSLATE_NOOP(
    "ProgressController", "The program has no stages yet, so there is nothing to log."
)
# The log and outcome dialogs, which the window does not need to start (imported with it, they held the
# patient list back by tens of milliseconds): imported once a patient's progress is shown, a module per turn
# of the event loop, on the GUI thread (a module defining Qt classes, imported on a worker, crashed the app).
DIALOG_MODULES = ("ptplanner.gui.progress.log_dialog", "ptplanner.gui.progress.outcome_dialog")
DIALOGS_AFTER_MS = 300  # after a patient's figures are shown: the log and outcome dialogs' modules, in turns
ProgressRead = tuple[ProgressLog, ProgressFigures, Suggestion | None]  # a patient's log, figures, next step


class ProgressController(QObject):
    status = Signal(str)  # a short message for the status bar
    ready_changed = Signal()  # what can be recorded now may have changed
    flags_changed = Signal(str, object)  # a patient id and the kinds of flag their saved program raises

    def __init__(
        self,
        clinic: Clinic,
        runner: TaskRunner,
        document: PatientDocument,
        section: ProgressSection,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._clinic, self._runner, self._document = clinic, runner, document
        self.section, self._window = section, window
        self._today = clock.today()
        self._log: ProgressLog | None = None  # None while loading
        self._request = 0
        self.figures: ProgressFigures | None = None
        self.suggestion: Suggestion | None = None
        document.read_along = self._reader
        self.log_dialog: LogSheetDialog | None = None
        self.outcome_dialog: OutcomeDialog | None = None
        section.suggestion.decided.connect(self._decided)
        self.assessment = AssessmentKeeper(document, section.assessment, self)
        self.assessment.status.connect(self.status)
        document.save_failed.connect(lambda _: section.suggestion.set_busy(False))

    # what the window calls

    def load(self, today: date) -> None:
        """Read the open patient's log, outcome scores, rules and decisions, then show their progress."""
        patient, program = self._open()
        if patient is None or program is None:
            return
        self._today, self._log = today, None
        self.assessment.show_patient(patient)
        self.figures = self.suggestion = None
        self.section.show_problem("")
        self.section.show_loading()
        self.ready_changed.emit()
        request = self._next_request()
        read_along = self._document.read_along_with(program, today)
        if read_along is not None:  # read with the patient, as they were opened
            self._loaded(request, program, *read_along)
            return
        read = self._reader(today)
        done = lambda result: self._loaded(request, program, *result)  # noqa: E731
        self._runner.read(lambda: read(patient, program), done, self._not_loaded)

    def _reader(self, today: date) -> Callable[[Patient, Program], ProgressRead]:
        """On the GUI thread: what reads a patient's log and works out their figures, on a worker."""
        clinic, words = self._clinic, app_dates(today)  # read here, where the locale is

        def read(patient: Patient, program: Program) -> ProgressRead:
            log = clinic.progress_log(patient.id, program, rules_or_defaults=True)  # the page says so
            return (log, *_progress_of(patient, program, log, today, words))

        return read

    def refresh(self) -> None:
        """The program changed in the window: recompute its figures from the log already read."""
        if self._log is not None:
            self._compute(self._next_request())

    def unavailable_reason(self) -> str | None:
        """Why no log can be recorded for the open program now, or None."""
        _patient, program = self._open()
        if program is None or self._log is None:
            if program is None:
                return self.tr("Open a patient first.")
            return self.tr("The log is still loading.")
        if program.version == 0:
            return self.tr(NEVER_SAVED)
        return self.tr(NO_STAGES) if not program.stages else None

    def open_patient_and_program(self) -> tuple[Patient | None, Program | None]:
        return self._open()

    def record_log(self, today_only: bool = False) -> None:
        patient, program = self._open()
        if self._refused() or patient is None or program is None or self._log is None:
            return
        from ptplanner.gui.progress.log_dialog import LogSheetDialog  # usually imported by now (DIALOG_MODULES)

        dialog = LogSheetDialog(
            self._runner,
            self._clinic,
            patient.id,
            patient.name,
            program,
            self._log.entries,
            self._today,
            self._window,
        )
        if today_only:
            dialog.show_today()
        dialog.saved.connect(lambda: self.load(self._today))
        dialog.finished.connect(dialog.deleteLater)
        self.log_dialog = dialog
        dialog.open()

    def add_outcome(self) -> None:
        patient, _program = self._open()
        if patient is None:
            return
        from ptplanner.gui.progress.outcome_dialog import OutcomeDialog  # usually imported by now, as above

        dialog = OutcomeDialog(self._today, patient.date_of_birth, self._window)
        dialog.submitted.connect(lambda score: self._save_outcome(dialog, patient.id, score))
        dialog.finished.connect(dialog.deleteLater)
        self.outcome_dialog = dialog
        dialog.open()

    def save_report(self) -> None:
        patient, program = self._open()
        if patient is None or program is None:
            return
        if program.version == 0:
            self.section.show_problem(self.tr(NEVER_SAVED))
            return
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save the progress report"),
            suggested_path(patient.name, self.tr("progress report"), self._today),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        remember_folder(path)
        clinic, today = self._clinic, self._today
        # reportlab loads only when a report is made
        from ptplanner.app.report_inputs import gather_report_inputs, record_report
        from ptplanner.handouts.report import build_report
        from ptplanner.safe_write import write_private_bytes

        def build() -> Report:  # the program as last saved, so the report names the version it shows
            inputs = gather_report_inputs(clinic, patient.id, program.id, today)
            report = build_report(inputs)
            write_private_bytes(path, report.pdf)
            record_report(clinic, inputs)
            return report

        def start() -> None:
            self.status.emit(self.tr("Building the progress report…"))
            self._runner.write(build, lambda report: self._report_saved(report, path), self._report_failed)

        self.assessment.save_then(start)  # the report prints the assessment as stored

    # loading and computing

    def _open(self) -> tuple[Patient | None, Program | None]:
        document = self._document
        return document.patient, None if document.model is None else document.model.program()

    def _next_request(self) -> int:
        self._request += 1
        return self._request

    def _loaded(
        self,
        request: int,
        program: Program,
        log: ProgressLog,
        figures: ProgressFigures,
        suggestion: Suggestion | None,
    ) -> None:
        if request != self._request:
            return
        self._log = log
        self.section.show_rules_notice(log.rules_notice or "")
        self.ready_changed.emit()
        if self._open()[1] == program:
            self._show(request, figures, suggestion)
        else:  # edited while the log was read
            self.refresh()
        if not all(name in sys.modules for name in DIALOG_MODULES):
            # Once the page is drawn, not before it: the first opening of a start waited 10-16 ms for them.
            QTimer.singleShot(DIALOGS_AFTER_MS, lambda: import_in_turns(DIALOG_MODULES, lambda: None))

    def _not_loaded(self, error: BaseException) -> None:
        if not isinstance(error, SAVE_ERRORS + (ValueError,)):
            raise error
        self.section.show_problem(self.tr("The log could not be read: {why}").format(why=error))

    def _compute(self, request: int) -> None:
        patient, program = self._open()
        log = self._log
        if patient is None or program is None or log is None:
            return
        today, words = self._today, app_dates(self._today)
        self._runner.read(
            lambda: _progress_of(patient, program, log, today, words),
            lambda result: self._show(request, *result),
        )

    def _show(self, request: int, figures: ProgressFigures, suggestion: Suggestion | None) -> None:
        if request != self._request or self._log is None:
            return
        self.figures, self.suggestion = figures, suggestion
        patient, program = self._open()
        saved = program is not None and program.version > 0
        self.section.show_progress(figures, self._log.rules, suggestion, saved, self._log.discharged_on)
        if patient is not None and saved:
            self.flags_changed.emit(patient.id, flag_kinds(figures))

    # answering a suggestion

    def _decided(self, suggestion: Suggestion, accepted: bool) -> None:
        _patient, program = self._open()
        model = self._document.model
        if program is None or model is None:
            return
        decision = SuggestionDecision(
            program_id=program.id, kind=suggestion.kind, on=self._today, accepted=accepted
        )
        command = _carry_out(suggestion, program, model, self._today) if accepted else None
        if command is None:
            self._record(decision)
            return
        model.undo_stack.push(command)
        self._document.save(then=lambda: self._record(decision))

    def _record(self, decision: SuggestionDecision) -> None:
        patient, _program = self._open()
        if patient is None:
            return
        clinic, patient_id = self._clinic, patient.id
        self._runner.write(
            lambda: clinic.save_decision(patient_id, decision),
            lambda _: self._recorded(decision),
            self._not_recorded,
        )

    def _recorded(self, decision: SuggestionDecision) -> None:
        if self._log is not None:
            self._log.decisions.append(decision)
        if decision.accepted:
            self.status.emit(self.tr("Accepted, and noted."))
        else:
            self.status.emit(self.tr("Dismissed, and noted."))
        self.refresh()

    def _not_recorded(self, error: BaseException) -> None:
        if not isinstance(error, SAVE_ERRORS):
            raise error
        self.section.suggestion.set_busy(False)
        not_recorded = self.tr("The answer to the suggestion was not recorded: {why}")
        self.section.show_problem(not_recorded.format(why=error))

    # outcome scores and the report

    def _save_outcome(self, dialog: OutcomeDialog, patient_id: str, score: OutcomeScore) -> None:
        clinic = self._clinic

        def saved(_: object) -> None:
            dialog.saved()
            self.status.emit(self.tr("Outcome score saved."))
            self.load(self._today)

        def failed(error: BaseException) -> None:
            if not isinstance(error, SAVE_ERRORS):
                raise error
            not_saved = self.tr("Not saved: {why} Try again once the problem is fixed.")
            dialog.not_saved(not_saved.format(why=getattr(error, "orig", None) or error))

        self._runner.write(lambda: clinic.save_outcome(patient_id, score), saved, failed)

    def _report_saved(self, report: Report, path: Path) -> None:
        count = report.pages  # English has no translation file: its singular and plural are chosen here
        if count == 1:
            said = self.tr("Saved the progress report (%n page) to {path}.", "", count)
        else:
            said = self.tr("Saved the progress report (%n pages) to {path}.", "", count)
        self.status.emit(said.format(path=path))
        self.section.show_problem(" ".join(report.warnings))

    def _report_failed(self, error: BaseException) -> None:
        if not isinstance(error, SAVE_ERRORS):
            raise error
        self.section.show_problem(self.tr("The progress report was not saved: {why}").format(why=error))

    def _refused(self) -> bool:
        reason = self.unavailable_reason()
        if reason is not None:
            self.section.show_problem(reason)
        return reason is not None


def _progress_of(
    patient: Patient, program: Program, log: ProgressLog, today: date, words: DateWords
) -> tuple[ProgressFigures, Suggestion | None]:
    """The figures, and the next step to show (a program never saved has no log, so none). The program
    in the window applies from today: edits not yet saved change what today prescribes, not the past.
    A discharged patient's figures end when they left care, and no next step is suggested."""
    history = [*log.history, Prescribed(today, program)]
    end = log.end(today)
    figures = progress_figures(program, log.entries, log.outcomes, log.rules, end, history, words)
    in_care = log.discharged_on is None
    suggested = suggest(patient, program, figures, log.rules, words) if program.version and in_care else []
    shown = open_suggestions(suggested, log.decisions, today, log.rules)
    return figures, shown[0] if shown else None


def _carry_out(
    suggestion: Suggestion, program: Program, model: ProgramModel, today: date
) -> QUndoCommand | None:
    """The program edit that does what the accepted suggestion says; None when it changes nothing."""
    index = suggestion.stage_index
    if index is None or index >= len(program.stages):
        return None
    stage = program.stages[index]
    if suggestion.kind is SuggestionKind.NEXT_STAGE:
        move = StageMove(stage_index=index, on=today)
        text = QCoreApplication.translate("ProgressController", "Move to stage {stage}")
        text = text.format(stage=stage.name)
        return commands.SetMoves(model, (*program.moves, move), text)
    if suggestion.walking is not None:
        return commands.set_walking_plan(
            model, stage.id, suggestion.walking, today,
            QCoreApplication.translate("ProgressController", "Apply the suggested walking plan"),
        )
    return None


