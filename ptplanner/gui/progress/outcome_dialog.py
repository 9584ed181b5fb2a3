"""Record an outcome measure: pain (NRS), the Patient-Specific Functional Scale or the Oswestry
Disability Index, on a day. The score is shown as it is typed; PSFS and ODI scores are computed.

Save hands the score to whoever stores it (`submitted`); the dialog stays open, with what was typed,
until they call `saved()`, or `not_saved()` to say why not.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core.adherence import Measure, OutcomeScore
from ptplanner.gui.patients.fields import DateField, FieldMessage
from ptplanner.gui.progress.outcome_pages import MeasurePage, NrsPage, OdiPage, PsfsPage, Reading
from ptplanner.gui.progress.typed import Refused

MEASURE_NAMES = {
    Measure.PAIN_NRS: QT_TRANSLATE_NOOP("OutcomeDialog", "Pain, numeric rating scale (0-10)"),
    Measure.PSFS: QT_TRANSLATE_NOOP("OutcomeDialog", "Patient-Specific Functional Scale (PSFS)"),
    Measure.ODI: QT_TRANSLATE_NOOP("OutcomeDialog", "Oswestry Disability Index (ODI)"),
}
MAX_NOTE = OutcomeScore.model_fields["note"].metadata[0].max_length


class OutcomeDialog(QDialog):
    submitted = Signal(object)  # the OutcomeScore to store

    def __init__(self, today: date, born: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="outcomeDialog")
        self.setWindowTitle(self.tr("Add outcome score"))
        self._today, self._born = today, born
        self.score: OutcomeScore | None = None  # set when submitted
        self._touched = False  # until something is typed, what is missing reads as a hint, not an error
        self.measure = QComboBox(objectName="measure")
        self.pages: dict[Measure, MeasurePage] = {
            Measure.PAIN_NRS: NrsPage(),
            Measure.PSFS: PsfsPage(),
            Measure.ODI: OdiPage(),
        }
        self.stack = QStackedWidget()
        for measure, page in self.pages.items():
            self.measure.addItem(self.tr(MEASURE_NAMES[measure]), measure.value)
            self.stack.addWidget(page)
            page.edited.connect(self._edited)
        self.day = DateField("outcomeDay")
        self.day.set_date(today)
        self.day_message = FieldMessage("outcomeDayMessage")
        self.note = QLineEdit(objectName="outcomeNote")
        self.note.setMaxLength(MAX_NOTE)
        self.result = QLabel(objectName="outcomeResult", wordWrap=True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)  # refusals quote what was typed
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Measure"), self.measure)
        form.addRow(self.tr("&Day"), self.day)
        form.addRow("", self.day_message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.stack)
        layout.addWidget(self.result)
        note = QFormLayout()
        note.addRow(self.tr("&Note"), self.note)
        layout.addLayout(note)
        layout.addWidget(self.buttons)
        self.measure.currentIndexChanged.connect(self._measure_chosen)
        self.day.textChanged.connect(self._show_day_problem)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._measure_chosen()
        self.measure.setFocus()  # the first field: which score is recorded

    def chosen(self) -> Measure:
        return Measure(self.measure.currentData())

    def choose(self, measure: Measure) -> None:
        self.measure.setCurrentIndex(self.measure.findData(measure.value))

    def reading(self) -> Reading:
        """The score and its items as typed; Refused says what is missing or wrong."""
        return self.pages[self.chosen()].read()

    def accept(self) -> None:
        self._touched = True
        day = self._show_day_problem()
        reading = self._show_result()
        if day is None or reading is None:
            return
        score, items = reading
        self.score = OutcomeScore(
            measure=self.chosen(), day=day, score=score, items=items, note=self.note.text().strip()
        )
        self.buttons.setEnabled(False)
        self.submitted.emit(self.score)

    def saved(self) -> None:
        super().accept()

    def not_saved(self, why: str) -> None:
        self.buttons.setEnabled(True)
        self.result.setStyleSheet("color: #b00020;")
        self.result.setText(why)

    def _edited(self) -> None:
        self._touched = True
        self._show_result()

    def _measure_chosen(self) -> None:
        self.stack.setCurrentWidget(self.pages[self.chosen()])
        self._show_result()

    def _show_result(self) -> Reading | None:
        try:
            reading = self.reading()
        except Refused as refusal:
            self.result.setStyleSheet("color: #b00020;" if self._touched else "color: #555;")
            self.result.setText(str(refusal))
            return None
        self.result.setStyleSheet("font-weight: bold;")
        self.result.setText(_describe(self.chosen(), reading))
        return reading

    def _show_day_problem(self) -> date | None:
        problem = ""
        try:
            day = self.day.date()
        except ValueError as error:
            day, problem = None, str(error)
        if day is None and not problem:
            problem = self.tr("Enter the day the score was taken.")
        elif day is not None and day > self._today:
            day, problem = None, self.tr("The day is in the future.")
        elif day is not None and day < self._born:
            day, problem = None, self.tr("The day is before the patient was born.")
        self.day_message.show_problem(problem)
        return day


def _describe(measure: Measure, reading: Reading) -> str:
    score, items = reading
    if measure is Measure.PSFS:
        if len(items) == 1:  # English has no translation file: its singular and plural are chosen here
            described = QCoreApplication.translate(
                "OutcomeDialog", "PSFS score {score}: the rating of 1 activity."
            )
        else:
            described = QCoreApplication.translate(
                "OutcomeDialog", "PSFS score {score}: the average of {count} activities."
            )
        return described.format(score=f"{score:g}", count=len(items))
    if measure is Measure.ODI and items:
        total = sum(item.score for item in items)
        described = QCoreApplication.translate(
            "OutcomeDialog",
            "ODI score {score}%: {total} points of {most} "
            "({count} of 10 items answered, sum ÷ (5 × answered) × 100).",
        )
        return described.format(score=f"{score:g}", total=f"{total:g}", most=5 * len(items), count=len(items))
    if measure is Measure.ODI:
        return QCoreApplication.translate("OutcomeDialog", "ODI score {score}%.").format(score=f"{score:g}")
    return QCoreApplication.translate("OutcomeDialog", "Pain {score} of 10.").format(score=f"{score:g}")
