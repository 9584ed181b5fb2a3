"""One patient: surgery details, precautions with their end dates, where they are now, and two tabs: their
progress and their program."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core.language import data_text
from ptplanner.core.patient import Patient, Precaution, Unit
from ptplanner.core.program import Program
from ptplanner.core.safe_text import isolated, one_line
from ptplanner.core.weights import shown_weight
from ptplanner.gui.dates import app_dates, app_formats
from ptplanner.gui.patients.precaution_row import kind_name, unit_name
from ptplanner.gui.program.editor import ProgramEditor

MAX_HEADING = 80  # characters of a name shown in the heading; the tooltip has it all
MAX_DETAIL = 120  # characters of the procedure shown
MAX_NOTES_SHOWN = 200
PROGRESS_TAB = QT_TRANSLATE_NOOP("PatientPage", "Progress")


def describe_precaution(precaution: Precaution, today: date, weight: Unit = Unit.LB) -> str:
    """'Lifting limit 4.5 kg, until 4 December 2026': a lifting limit in the clinic's unit (`weight`)."""
    kind = kind_name(precaution.kind)
    text = kind[:1].upper() + kind[1:]
    if (pounds := precaution.limit_in_lb()) is not None:
        text += f" {app_formats().decimal(shown_weight(pounds, weight))} {unit_name(weight)}"
    elif precaution.limit is not None and precaution.unit is not None:
        text += f" {app_formats().decimal(precaution.limit)} {unit_name(precaution.unit)}"
    if precaution.note.strip():
        text += f" ({precaution.note.strip()})"
    if precaution.until is None:
        return QCoreApplication.translate("PatientPage", "{precaution}, until lifted").format(precaution=text)
    if precaution.until < today:
        ended = QCoreApplication.translate("PatientPage", "{precaution}, until {day} (ended)")
    else:
        ended = QCoreApplication.translate("PatientPage", "{precaution}, until {day}")
    return ended.format(precaution=text, day=app_dates().full(precaution.until))


class PatientPage(QWidget):
    back_requested = Signal()
    edit_requested = Signal()

    def __init__(self, editor: ProgramEditor, progress: QWidget, parent=None) -> None:
        super().__init__(parent, objectName="patientPage")
        self.editor = editor
        self.progress_section = progress
        self.tabs = QTabWidget(objectName="patientTabs")
        self.tabs.addTab(progress, self.tr(PROGRESS_TAB))
        self.tabs.addTab(editor, self.tr("Program"))
        self.patient: Patient | None = None
        self.discharged_on: date | None = None  # the open patient's discharge (leaving.py says it)
        self._shown: tuple[Program, date] | None = None  # the program and day the "Now" line shows
        self.heading = _label("patientHeading")
        self.heading.setWordWrap(False)
        # A long name is cut, not allowed to widen the window.
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.surgery = _label("surgeryDetails")
        self.progress = _label("patientProgress")
        self.precautions = _label("precautionList")
        self.notes = _label("patientNotes")
        self.notes.setStyleSheet("color: #555;")
        back = QPushButton(self.tr("← All patients"), objectName="backToPatients")
        edit = QPushButton(self.tr("Edit details…"), objectName="editPatientButton")

        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.heading, 1)
        top.addWidget(edit)
        details = QGridLayout()
        details.setColumnStretch(1, 2)
        details.setColumnStretch(3, 3)  # each precaution on one line where it can be: they are read first
        rows = ((self.tr("Surgery"), self.surgery), (self.tr("Now"), self.progress))
        for row, (title, label) in enumerate(rows):
            details.addWidget(_title(title), row, 0)
            details.addWidget(label, row, 1)
        details.addWidget(_title(self.tr("Precautions")), 0, 2, Qt.AlignmentFlag.AlignTop)
        details.addWidget(self.precautions, 0, 3, 2, 1, Qt.AlignmentFlag.AlignTop)
        details.addWidget(self.notes, 2, 0, 1, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(details)
        layout.addWidget(self.tabs, 1)

        back.clicked.connect(self.back_requested)
        edit.clicked.connect(self.edit_requested)

    def show_patient(self, patient: Patient, program: Program, today: date, weight: Unit = Unit.LB) -> None:
        if self.patient is None or self.patient.id != patient.id:
            self.discharged_on = None  # known once read (show_discharged)
        self.patient = patient
        self.heading.setText(one_line(patient.name, MAX_HEADING))
        self.heading.setToolTip(one_line(patient.name, 2000))
        born = self.tr("born {day}").format(day=app_dates().full(patient.date_of_birth))
        if patient.surgery_date is None:
            surgery = self.tr("No surgery date recorded")
        else:
            surgery = f"{app_dates().full(patient.surgery_date)}"
        procedure = one_line(patient.procedure.strip(), MAX_DETAIL)
        what = ", ".join(part for part in (procedure, " ".join(patient.fused_levels)) if part)
        therapist = isolated(patient.therapist, MAX_DETAIL)
        therapist = self.tr(" · therapist {name}").format(name=therapist) if patient.therapist else ""
        self.surgery.setText(f"{surgery}{': ' + what if what else ''} · {born}{therapist}")
        self.surgery.setToolTip(one_line(patient.procedure, 2000))
        self.show_program_progress(program, today)
        lines = [describe_precaution(p, today, weight) for p in patient.precautions]
        self.precautions.setText("\n".join(lines) or self.tr("None recorded"))
        notes = patient.notes.strip()
        self.notes.setText(one_line(" ".join(notes.split()), MAX_NOTES_SHOWN))
        self.notes.setToolTip(notes[:5000])
        self.notes.setVisible(bool(notes))

    def open_on(self, progress: bool) -> None:
        """A returning patient opens on their progress; a new one on their program, to build it."""
        self.tabs.setCurrentWidget(self.progress_section if progress else self.editor)

    def set_flag_count(self, count: int) -> None:
        title = f"{self.tr(PROGRESS_TAB)} ⚑ {count}" if count else self.tr(PROGRESS_TAB)
        self.tabs.setTabText(self.tabs.indexOf(self.progress_section), title)

    def show_discharged(self, day: date | None) -> None:
        """The open patient was discharged on `day` (None: they are in care): the "Now" line says so."""
        self.discharged_on = day
        if self._shown is not None:
            self.show_program_progress(*self._shown)

    def show_program_progress(self, program: Program, today: date) -> None:
        if self.patient is None:
            return
        self._shown = (program, today)
        week = self.patient.week_after_surgery(today)
        if self.discharged_on is not None:
            where = self.tr("Discharged on {day} · stage {stage}") if program.stages else self.tr(
                "Discharged on {day} · no program"
            )
            day = app_dates().full(self.discharged_on)
            self.progress.setText(where.format(day=day, stage=self._stage_label(program)))
            return
        if week is None:
            where = self.tr("Stage {stage}") if program.stages else self.tr("No program yet")
        else:
            where = self.tr("Week {week} after surgery · stage {stage}") if program.stages else self.tr(
                "Week {week} after surgery · no program yet"
            )
        self.progress.setText(where.format(week=week, stage=self._stage_label(program)))

    def _stage_label(self, program: Program) -> str:
        """'2 of 4: Stabilization' (the stage's own name as the program has it)."""
        if not program.stages:
            return ""
        index = program.current_stage_index() or 0
        label = self.tr("{number} of {count}: {name}")
        name = isolated(data_text(program.stages[index].name), MAX_DETAIL)
        return label.format(number=index + 1, count=len(program.stages), name=name)


def _label(name: str) -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # patient text is shown exactly as typed, never as markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: #555; font-weight: bold;")
    return label
