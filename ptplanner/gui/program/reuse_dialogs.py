"""The dialogs of reuse: name a new clinic template, keep the clinic's templates, and pick another
patient's stages to copy. Each gathers an answer and shows failures in itself; gui/program/reuse.py runs
the operations through the dialog's scoped runner."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core.patient_list import PatientListRow
from ptplanner.core.program import Program
from ptplanner.core.program_reuse import MAX_TEMPLATE_NAME, template_name_problem
from ptplanner.core.safe_text import isolated, one_line
from ptplanner.core.templates import ProgramTemplate
from ptplanner.gui.dates import app_dates
from ptplanner.gui.field_labels import buddy_label
from ptplanner.gui.library.fields import ErrorLabel

ID_ROLE = Qt.ItemDataRole.UserRole
NO_TEMPLATES = QT_TRANSLATE_NOOP(
    "ClinicTemplatesDialog",
    "The clinic has no templates of its own yet. Save a stage or a program as one from the Program menu.",
)



def ask_delete(parent: QWidget, name: str) -> bool:
    """Kept apart so tests can answer it without a modal dialog."""
    question = QCoreApplication.translate(
        "ClinicTemplatesDialog",
        "Delete the clinic template “{name}” for everyone? Programs started from it keep their stages.",
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ClinicTemplatesDialog", "Delete template"),
        question.format(name=isolated(name, 80)),
    )
    return answer == QMessageBox.StandardButton.Yes


class SaveTemplateDialog(QDialog):
    confirmed = Signal()

    def __init__(self, whole: bool, suggested: str, parent: QWidget | None = None) -> None:
        """`whole`: the whole program is saved, else one stage."""
        super().__init__(parent, objectName="saveTemplateDialog")
        if whole:
            self.setWindowTitle(self.tr("Save the program as a clinic template"))
            keeps = self.tr("It keeps the program's exercises, doses and notes.")
        else:
            self.setWindowTitle(self.tr("Save the stage as a clinic template"))
            keeps = self.tr("It keeps the stage's exercises, doses and notes.")
        everyone = self.tr(
            "Everyone using this clinic's data can start a program from it, like a bundled template."
        )
        intro = QLabel(f"{everyone} {keeps}", wordWrap=True)
        self.name = QLineEdit(suggested, objectName="templateName", placeholderText=self.tr("Template name"))
        self.name.setMaxLength(MAX_TEMPLATE_NAME)
        self.name.selectAll()
        self.problem = ErrorLabel()
        standard = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(standard.Save | standard.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(buddy_label(self.tr("&Name"), self.name))
        layout.addWidget(self.name)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.name.setFocus()

    def _confirm(self) -> None:
        if problem := template_name_problem(self.name.text()):
            self.show_problem(problem[0].upper() + problem[1:] + ".")
        else:
            self.confirmed.emit()

    def show_problem(self, text: str) -> None:
        self.problem.show_message(text)


class ClinicTemplatesDialog(QDialog):
    """The clinic's templates: rename one in place (F2 or double-click), delete the chosen one."""

    rename_requested = Signal(str, str)  # template id, new name
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="clinicTemplatesDialog")
        self.setWindowTitle(self.tr("Clinic templates"))
        self.list = QListWidget(objectName="clinicTemplateList")
        self.empty = QLabel(self.tr(NO_TEMPLATES), wordWrap=True)
        self.rename_button = QPushButton(self.tr("Rename"), objectName="renameTemplate")
        self.delete_button = QPushButton(self.tr("Delete…"), objectName="deleteTemplate")
        self.problem = ErrorLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        intro = self.tr("Templates saved by this clinic, shared by everyone using its data:")
        layout.addWidget(QLabel(intro))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.resize(440, 320)
        self.rename_button.clicked.connect(lambda: self.list.editItem(self.list.currentItem()))
        self.delete_button.clicked.connect(self._delete)
        self.list.itemChanged.connect(self._renamed)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.set_templates([])

    def set_templates(self, templates: list[ProgramTemplate]) -> None:
        chosen = self.chosen_id()
        self.list.blockSignals(True)
        self.list.clear()
        for template in templates:
            item = QListWidgetItem(one_line(template.name))  # renaming it stores what was shown
            item.setData(ID_ROLE, template.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
            if template.id == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentRow() < 0 and templates:
            self.list.setCurrentRow(0)
        self.empty.setVisible(not templates)
        self.list.setVisible(bool(templates))
        self._update_buttons()
        self.list.setFocus()

    def chosen_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def show_problem(self, text: str) -> None:
        self.problem.show_message(text)

    def _renamed(self, item: QListWidgetItem) -> None:
        self.rename_requested.emit(item.data(ID_ROLE), item.text())

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is not None and ask_delete(self, item.text()):
            self.delete_requested.emit(item.data(ID_ROLE))

    def _update_buttons(self) -> None:
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(self.list.currentItem() is not None)


class CopyStagesDialog(QDialog):
    """First the patient, then the stages of their programs (newest program first) to copy."""

    patient_chosen = Signal(str)
    confirmed = Signal()

    def __init__(self, rows: list[PatientListRow], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="copyStagesDialog")
        self.setWindowTitle(self.tr("Copy stages from another patient"))
        self.search = QLineEdit(objectName="copyPatientSearch")
        self.search.setPlaceholderText(self.tr("Find a patient by name"))
        self.search.setClearButtonEnabled(True)
        self.patients = QListWidget(objectName="copyPatientList")
        for row in rows:
            item = QListWidgetItem(one_line(row.name, 200))
            item.setData(ID_ROLE, row.patient_id)
            self.patients.addItem(item)
        self.stages = QListWidget(objectName="copyStageList")
        self.stages_note = QLabel(self.tr("Choose a patient to see their stages."), wordWrap=True)
        self.problem = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.copy_button = self.buttons.addButton(self.tr("Add to this program"), accept)
        self.copy_button.setObjectName("copyStagesButton")
        self.copy_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirmed)
        self.buttons.rejected.connect(self.reject)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(buddy_label(self.tr("<b>1.</b> &Patient"), self.search))
        left.addWidget(self.search)
        left.addWidget(self.patients, 1)
        right.addWidget(buddy_label(self.tr("<b>2.</b> &Stages to copy"), self.stages))
        right.addWidget(self.stages, 1)
        right.addWidget(self.stages_note)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 400)
        self.search.textChanged.connect(self._filter)
        self.patients.currentItemChanged.connect(self._patient_changed)
        self.stages.itemChanged.connect(self._update_button)
        self.search.setFocus()

    def chosen_patient(self) -> str | None:
        item = self.patients.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def show_programs(self, programs: list[Program]) -> None:
        """The chosen patient's stages, each to tick; all of the newest program ticked to begin with."""
        self.stages.clear()
        for number, program in enumerate(programs):
            for stage in program.stages:
                count = len(stage.items)  # English has no translation file: its plural is chosen here
                if count == 1:
                    exercises = self.tr("%n exercise", "", count)
                else:
                    exercises = self.tr("%n exercises", "", count)
                label = f"{one_line(stage.name, 80)} · {exercises}"
                if len(programs) > 1:
                    label = f"{one_line(program.title, 60)} ({app_dates().full(program.created_on)}): {label}"
                item = QListWidgetItem(label)
                item.setData(ID_ROLE, stage.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if number == 0 else Qt.CheckState.Unchecked)
                self.stages.addItem(item)
        has_stages = self.stages.count() > 0
        none_yet = self.tr("This patient has no program with stages yet.")
        self.stages_note.setText("" if has_stages else none_yet)
        self.stages_note.setVisible(not has_stages)
        self._update_button()

    def chosen_stage_ids(self) -> list[str]:
        return [self.stages.item(r).data(ID_ROLE) for r in range(self.stages.count())
                if self.stages.item(r).checkState() == Qt.CheckState.Checked]

    def show_problem(self, text: str) -> None:
        self.problem.show_message(text)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.patients.count()):
            item = self.patients.item(row)
            item.setHidden(needle not in item.text().casefold())

    def _patient_changed(self) -> None:
        self.stages.clear()
        self._update_button()
        patient_id = self.chosen_patient()
        if patient_id is not None:
            self.stages_note.setText(self.tr("Reading their stages…"))
            self.stages_note.show()
            self.patient_chosen.emit(patient_id)

    def _update_button(self) -> None:
        self.copy_button.setEnabled(bool(self.chosen_stage_ids()))
