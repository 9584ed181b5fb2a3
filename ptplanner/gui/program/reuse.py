"""Reuse in the main window: the Program menu's clinic templates (save a stage or the program as one, and
keep them) and stages copied from another patient. Installed by the main window with `ProgramReuse(window)`.

"Start from template" lists the clinic's templates beside the bundled ones; they are read again whenever
any workstation's change report says the templates changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from ptplanner.app.changes import Changed
from ptplanner.core import clock
from ptplanner.core.program import MAX_STAGES
from ptplanner.core.roles import Action
from ptplanner.core.safe_text import isolated
from ptplanner.error_text import user_message
from ptplanner.gui.models import program_commands as commands
from ptplanner.gui.program.reuse_dialogs import ClinicTemplatesDialog, CopyStagesDialog, SaveTemplateDialog
from ptplanner.gui.window_parts import add_menu, new_action, open_dialog, show_status

if TYPE_CHECKING:
    from ptplanner.gui.main_window import MainWindow

OPEN_FIRST = QT_TRANSLATE_NOOP("ProgramReuse", "Open a patient with a program first.")


class ProgramReuse(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: SaveTemplateDialog | ClinicTemplatesDialog | CopyStagesDialog | None = None
        self.save_stage = new_action(window, self.tr("Save &stage as clinic template…"),
                                     "saveStageTemplateAction")
        self.save_program = new_action(window, self.tr("Save &program as clinic template…"),
                                       "saveProgramTemplateAction")
        self.manage = new_action(window, self.tr("Clinic &templates…"), "clinicTemplatesAction")
        self.copy = new_action(window, self.tr("&Copy stages from another patient…"), "copyStagesAction")
        self.save_stage.triggered.connect(lambda: self.ask_to_save(whole=False))
        self.save_program.triggered.connect(lambda: self.ask_to_save(whole=True))
        self.manage.triggered.connect(self.manage_templates)
        self.copy.triggered.connect(self.copy_stages)
        actions = [self.save_stage, self.save_program, self.manage, None, self.copy]
        self.menu = add_menu(window, self.tr("P&rogram"), "programMenu", actions)
        for action in (self.save_stage, self.save_program, self.manage, self.copy):
            action.setEnabled(window.clinic.may(Action.CHANGE_CLINICAL))  # greyed out for the front desk
        window.events.changed.connect(self._data_changed)
        # The templates are read once the patient list is in (MainWindow.attach): reading the bundled
        # files beside the list's first page would hold the list back.

    def reload_templates(self) -> None:
        clinic = self.window.clinic
        self.window.runner.read(clinic.read_templates, self._templates_read, lambda error: None)

    def _templates_read(self, read) -> None:
        templates, unreadable = read
        if unreadable:  # the others are offered as usual; the damaged one is named, with what to do
            more = self.tr(" (and %n more)", "", len(unreadable) - 1) if len(unreadable) > 1 else ""
            self._say(user_message(unreadable[0]) + more)
        self.window.editor.set_templates(templates)
        if isinstance(self.dialog, ClinicTemplatesDialog):
            clinic_own = sorted((t for t in templates.values() if t.id not in self.window.clinic.templates),
                                key=lambda t: (t.name.casefold(), t.id))
            self.dialog.set_templates(clinic_own)

    def _data_changed(self, changes) -> None:
        if any(change.what is Changed.TEMPLATES for change in changes):
            self.reload_templates()

    # saving templates

    def ask_to_save(self, whole: bool) -> None:
        model = self.window.document.model
        stage = self.window.editor.current_stage()
        if model is None or not model.program().stages or (not whole and stage is None):
            self._say(self.tr(OPEN_FIRST) if model is None or not model.program().stages
                      else self.tr("Choose a stage first."))
            return
        program = model.program()
        stages = program.stages if whole else (stage,)
        dialog = SaveTemplateDialog(whole, program.title if whole else stage.name,
                                    self.window)
        runner, clinic = self.window.runner.scoped(dialog), self.window.clinic

        def save() -> None:
            name = dialog.name.text()
            runner.write(lambda: clinic.save_as_template(name, stages), done,
                         lambda error: dialog.show_problem(user_message(error)))

        def done(template) -> None:
            dialog.accept()
            said = self.tr("Saved the template “{name}”; Start from template lists it.")
            self._say(said.format(name=isolated(template.name, 80)))

        dialog.confirmed.connect(save)
        open_dialog(self, dialog)

    def manage_templates(self) -> None:
        dialog = ClinicTemplatesDialog(self.window)
        runner, clinic = self.window.runner.scoped(dialog), self.window.clinic
        problem = lambda error: dialog.show_problem(user_message(error))  # noqa: E731

        def rename(template_id: str, name: str) -> None:
            dialog.show_problem("")
            runner.write(lambda: clinic.rename_template(template_id, name), lambda _: None,
                         lambda error: (problem(error), self.reload_templates()))

        dialog.rename_requested.connect(rename)
        dialog.delete_requested.connect(
            lambda template_id: runner.write(lambda: clinic.delete_template(template_id), lambda _: None,
                                             problem)
        )
        open_dialog(self, dialog)
        self.reload_templates()

    # copying stages

    def copy_stages(self) -> None:
        window = self.window
        model, patient = window.document.model, window.document.patient
        if model is None or patient is None:
            self._say(self.tr("Open the patient to copy stages to first."))
            return
        clinic = window.clinic

        def rows():
            everyone = clinic.patient_rows(clock.today()) + clinic.patient_rows(clock.today(), discharged=True)
            others = [row for row in everyone if row.patient_id != patient.id]
            return sorted(others, key=lambda row: row.name.casefold())

        window.runner.read(rows, lambda found: self._choose_stages(found, patient.id),
                           lambda error: self._say(user_message(error)))

    def _choose_stages(self, rows, to_patient_id: str) -> None:
        dialog = CopyStagesDialog(rows, self.window)
        runner, clinic = self.window.runner.scoped(dialog), self.window.clinic

        def show(patient_id: str) -> None:
            def programs():
                oldest_first = sorted(clinic.programs_for(patient_id), key=lambda p: (p.created_on, p.version))
                return oldest_first[::-1]

            def shown(found) -> None:
                if dialog.chosen_patient() == patient_id:  # not another patient chosen meanwhile
                    dialog.show_programs(found)

            runner.read(programs, shown,
                        lambda error: dialog.show_problem(user_message(error)))

        def copy() -> None:
            from_id, stage_ids = dialog.chosen_patient(), dialog.chosen_stage_ids()
            runner.write(lambda: clinic.copy_stages(from_id, stage_ids, to_patient_id), add,
                         lambda error: dialog.show_problem(user_message(error)))

        def add(stages) -> None:
            model = self.window.document.model
            if model is None or self.window.document.patient is None or \
                    self.window.document.patient.id != to_patient_id:
                dialog.show_problem(self.tr("That patient's program is no longer open; nothing was added."))
                return
            if model.rowCount() + len(stages) > MAX_STAGES:
                dialog.show_problem(self.tr("A program has at most {count} stages; choose fewer.").format(
                    count=MAX_STAGES
                ))
                return
            step = commands.Compound(self.tr("Copy %n stage(s) from another patient", "", len(stages)))
            for offset, stage in enumerate(stages):
                step.add(commands.InsertStage(model, model.rowCount() + offset, stage, stage.name))
            model.undo_stack.push(step)
            self.window.editor.select_stage(model.rowCount() - len(stages))
            dialog.accept()
            self._say(self.tr("Added %n stage(s). Save the program to keep them.", "", len(stages)))

        dialog.patient_chosen.connect(show)
        dialog.confirmed.connect(copy)
        open_dialog(self, dialog)

    def _say(self, text: str) -> None:
        show_status(self.window, text)
