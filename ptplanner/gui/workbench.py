"""The parts of the main window that work on the clinic's data: the open patient, their page with the
program editor and progress, and the library browser.

They are built once the clinic's data is open. Importing this module pulls in the domain models and the
database layer, most of a second of imports, so the app imports it on a worker thread while the
window's frame and patient list are already on screen (see gui/app.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ptplanner.gui.actions import Actions
from ptplanner.gui.document import PatientDocument
from ptplanner.gui.library.browser import LibraryBrowser
from ptplanner.gui.patients.page import PatientPage
from ptplanner.gui.program.editor import ProgramEditor
from ptplanner.gui.progress.controller import ProgressController
from ptplanner.gui.progress.section import ProgressSection
from ptplanner.gui.tasks import TaskRunner
from ptplanner.app.clinic import Clinic


@dataclass
class Workbench:
    document: PatientDocument
    editor: ProgramEditor
    progress: ProgressSection
    patient_page: PatientPage
    progress_controller: ProgressController
    library: LibraryBrowser

    @classmethod
    def build(cls, window: QWidget, clinic: Clinic, actions: Actions, runner: TaskRunner) -> Workbench:
        document = PatientDocument(clinic, runner, actions.undo_stack, window)
        editor = ProgramEditor({})  # the templates come after the patient list (gui/program/reuse.py)
        a = actions
        progress = ProgressSection((a.record_log, a.record_today, a.add_outcome, a.progress_report))
        library = LibraryBrowser()
        library.set_clinic(clinic, runner)
        return cls(
            document=document,
            editor=editor,
            progress=progress,
            patient_page=PatientPage(editor, progress),
            progress_controller=ProgressController(clinic, runner, document, progress, window),
            library=library,
        )
