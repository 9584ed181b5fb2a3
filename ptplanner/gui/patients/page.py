"""One patient: surgery details, precautions with their end dates, where they are now, and two tabs: their
progress and their program."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
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

from ptplanner.core.patient import Patient, Precaution, Unit
from ptplanner.core.program import Program
from ptplanner.core.summary import stage_label
from ptplanner.core.weights import shown_weight
from ptplanner.gui.dates import app_dates, app_formats
from ptplanner.gui.program.editor import ProgramEditor

MAX_HEADING = 80  # characters of a name shown in the heading; the tooltip has it all
MAX_DETAIL = 120  # characters of the procedure shown
MAX_NOTES_SHOWN = 200
PROGRESS_TAB = "Progress"


def describe_precaution(precaution: Precaution, today: date, weight: Unit = Unit.LB) -> str:
    """'Lifting limit 4.5 kg, until 4 December 2026': a lifting limit in the clinic's unit (`weight`)."""
    text = precaution.kind.value.capitalize()
    if (pounds := precaution.limit_in_lb()) is not None:
        text += f" {app_formats().decimal(shown_weight(pounds, weight))} {weight.value}"
    elif precaution.limit is not None and precaution.unit is not None:
        text += f" {app_formats().decimal(precaution.limit)} {precaution.unit.value}"
    if precaution.note.strip():
        text += f" ({precaution.note.strip()})"
    if precaution.until is None:
        return text + ", until lifted"
    ended = " (ended)" if precaution.until < today else ""
    return f"{text}, until {app_dates().full(precaution.until)}{ended}"


class PatientPage(QWidget):
    back_requested = Signal()
    edit_requested = Signal()

    def __init__(self, editor: ProgramEditor, progress: QWidget, parent=None) -> None:
        super().__init__(parent, objectName="patientPage")
        self.editor = editor
        self.progress_section = progress
        self.tabs = QTabWidget(objectName="patientTabs")
        self.tabs.addTab(progress, PROGRESS_TAB)
        self.tabs.addTab(editor, "Program")
        self.patient: Patient | None = None
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
        back = QPushButton("← All patients", objectName="backToPatients")
        edit = QPushButton("Edit details…", objectName="editPatientButton")

        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.heading, 1)
        top.addWidget(edit)
        details = QGridLayout()
        details.setColumnStretch(1, 2)
        details.setColumnStretch(3, 3)  # each precaution on one line where it can be: they are read first
        for row, (title, label) in enumerate((("Surgery", self.surgery), ("Now", self.progress))):
            details.addWidget(_title(title), row, 0)
            details.addWidget(label, row, 1)
        details.addWidget(_title("Precautions"), 0, 2, Qt.AlignmentFlag.AlignTop)
        details.addWidget(self.precautions, 0, 3, 2, 1, Qt.AlignmentFlag.AlignTop)
        details.addWidget(self.notes, 2, 0, 1, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(details)
        layout.addWidget(self.tabs, 1)

        back.clicked.connect(self.back_requested)
        edit.clicked.connect(self.edit_requested)

    def show_patient(self, patient: Patient, program: Program, today: date, weight: Unit = Unit.LB) -> None:
        self.patient = patient
        self.heading.setText(_shortened(patient.name, MAX_HEADING))
        self.heading.setToolTip(patient.name[:2000])
        born = f"born {app_dates().full(patient.date_of_birth)}"
        if patient.surgery_date is None:
            surgery = "No surgery date recorded"
        else:
            surgery = f"{app_dates().full(patient.surgery_date)}"
        procedure = _shortened(patient.procedure.strip(), MAX_DETAIL)
        what = ", ".join(part for part in (procedure, " ".join(patient.fused_levels)) if part)
        therapist = f" · therapist {patient.therapist}" if patient.therapist else ""
        self.surgery.setText(f"{surgery}{': ' + what if what else ''} · {born}{therapist}")
        self.surgery.setToolTip(patient.procedure[:2000])
        self.show_program_progress(program, today)
        lines = [describe_precaution(p, today, weight) for p in patient.precautions]
        self.precautions.setText("\n".join(lines) or "None recorded")
        notes = patient.notes.strip()
        self.notes.setText(_shortened(" ".join(notes.split()), MAX_NOTES_SHOWN))
        self.notes.setToolTip(notes[:5000])
        self.notes.setVisible(bool(notes))

    def open_on(self, progress: bool) -> None:
        """A returning patient opens on their progress; a new one on their program, to build it."""
        self.tabs.setCurrentWidget(self.progress_section if progress else self.editor)

    def set_flag_count(self, count: int) -> None:
        title = f"{PROGRESS_TAB} ⚑ {count}" if count else PROGRESS_TAB
        self.tabs.setTabText(self.tabs.indexOf(self.progress_section), title)

    def show_program_progress(self, program: Program, today: date) -> None:
        if self.patient is None:
            return
        week = self.patient.week_after_surgery(today)
        where = f"stage {stage_label(program)}" if program.stages else "no program yet"
        self.progress.setText(
            where[:1].upper() + where[1:] if week is None else f"Week {week} after surgery · {where}"
        )


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label(name: str) -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # patient text is shown exactly as typed, never as markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: #555; font-weight: bold;")
    return label
