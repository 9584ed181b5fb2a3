"""Add or edit a patient. Every field is checked as it is typed, and the problem is shown beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core.language import Language
from ptplanner.core.patient import MAX_NAME, Patient, Unit
from ptplanner.core.patient_entry import PatientEntry, entry_problems, patient_from
from ptplanner.gui.field_labels import buddy_label
from ptplanner.gui.patients.fields import DateField, FieldMessage
from ptplanner.gui.patients.precaution_row import PrecautionRow

_TEXT_LIMITS = {"procedure": 500, "therapist": 500, "surgeon": 200, "surgeon_phone": 40}
_FORM_ROWS = {  # each field's label, translated when the form is built
    "name": QT_TRANSLATE_NOOP("PatientDialog", "&Name"),
    "date_of_birth": QT_TRANSLATE_NOOP("PatientDialog", "Date of &birth"),
    "surgery_date": QT_TRANSLATE_NOOP("PatientDialog", "S&urgery date"),
    "procedure": QT_TRANSLATE_NOOP("PatientDialog", "&Procedure"),
    "fused_levels": QT_TRANSLATE_NOOP("PatientDialog", "&Fused levels"),
    "therapist": QT_TRANSLATE_NOOP("PatientDialog", "&Therapist"),
    "surgeon": QT_TRANSLATE_NOOP("PatientDialog", "Sur&geon"),
    "surgeon_phone": QT_TRANSLATE_NOOP("PatientDialog", "Surgeon's office p&hone"),
}
_STAND_IN_BIRTH = date(1950, 1, 1)  # lets the other fields be checked while the birth date is unreadable


class PatientDialog(QDialog):
    def __init__(self, patient: Patient | None, today: date, parent=None, weight: Unit = Unit.LB) -> None:
        super().__init__(parent, objectName="patientDialog")
        self._weight = weight  # the clinic's unit for lifting limits
        if patient is None:
            self.setWindowTitle(QCoreApplication.translate("PatientDialog", "New patient"))
        else:
            self.setWindowTitle(QCoreApplication.translate("PatientDialog", "Edit patient"))
        self._today = today
        self._patient_id = patient.id if patient is not None else PatientEntry("", today).patient_id
        self._touched: set[str] = set()
        self._assessment = patient.assessment if patient is not None else ""  # edited on the progress page
        self.patient: Patient | None = None  # set when saved

        self.name = QLineEdit(objectName="name")
        self.name.setMaxLength(MAX_NAME)
        self.date_of_birth = DateField("dateOfBirth")
        self.surgery_date = DateField("surgeryDate")
        self.surgery_date.setToolTip(
            QCoreApplication.translate("PatientDialog", "Leave it empty when there is no surgery date yet.")
        )
        self.procedure = QLineEdit(objectName="procedure")
        self.procedure.setPlaceholderText(QCoreApplication.translate("PatientDialog", "e.g. TLIF"))
        self.fused_levels = QLineEdit(objectName="fusedLevels")
        self.fused_levels.setPlaceholderText(QCoreApplication.translate("PatientDialog", "e.g. L4-L5, L5-S1"))
        self.therapist = QLineEdit(objectName="therapist")
        self.surgeon = QLineEdit(objectName="surgeon")
        self.surgeon.setPlaceholderText(QCoreApplication.translate("PatientDialog", "e.g. Dr. Maria Lee"))
        self.surgeon_phone = QLineEdit(objectName="surgeonPhone")
        self.surgeon_phone.setPlaceholderText(
            QCoreApplication.translate("PatientDialog", "the office number patients call")
        )
        for name, limit in _TEXT_LIMITS.items():
            getattr(self, name).setMaxLength(limit)
        self.language = QComboBox(objectName="language")
        self.language.addItem(QCoreApplication.translate("PatientDialog", "The clinic's language"), None)
        for language in Language:
            self.language.addItem(language.label, language.value)
        self.language.setToolTip(
            QCoreApplication.translate(
                "PatientDialog", "The language this patient's handouts and log sheets print in."
            )
        )
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setMaximumHeight(90)
        self.notes.setTabChangesFocus(True)  # Tab goes on to Save, never typed into the notes
        self.fields: dict[str, QWidget] = {
            "name": self.name,
            "date_of_birth": self.date_of_birth,
            "surgery_date": self.surgery_date,
            "procedure": self.procedure,
            "fused_levels": self.fused_levels,
            "therapist": self.therapist,
            "surgeon": self.surgeon,
            "surgeon_phone": self.surgeon_phone,
            "notes": self.notes,
        }
        self.messages = {field: FieldMessage(f"{field}Message") for field in self.fields}
        self.precaution_rows: list[PrecautionRow] = []
        self._precaution_box = QVBoxLayout()
        add_precaution = QPushButton(
            QCoreApplication.translate("PatientDialog", "Add precaution"), objectName="addPrecaution"
        )
        self._add_button = add_precaution
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out(add_precaution)

        if patient is not None:
            self._show(patient)
        for field, widget in self.fields.items():
            widget.textChanged.connect(lambda *_, field=field: self._edited(field))
        add_precaution.clicked.connect(self._add_precaution_typed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.setFocus()  # the first keys typed are the name
        self._as_shown = self._as_typed()  # what Cancel and Escape compare with before asking

    def _lay_out(self, add_precaution: QPushButton) -> None:
        form = QFormLayout()
        for field, label in _FORM_ROWS.items():
            label = QCoreApplication.translate("PatientDialog", label)
            widget = self.fields[field]
            form.addRow(buddy_label(label, widget), _with_message(widget, self.messages[field]))
        language = QHBoxLayout()
        language.addWidget(self.language)
        language.addStretch()
        language_label = QCoreApplication.translate("PatientDialog", "Handout &language")
        form.addRow(buddy_label(language_label, self.language), language)
        precautions = QVBoxLayout()
        precautions.addLayout(self._precaution_box)
        precautions.addWidget(add_precaution, 0, Qt.AlignmentFlag.AlignLeft)
        precautions_label = QCoreApplication.translate("PatientDialog", "Pr&ecautions")
        form.addRow(buddy_label(precautions_label, add_precaution), precautions)  # the rows come and go
        notes = buddy_label(QCoreApplication.translate("PatientDialog", "N&otes"), self.notes)
        form.addRow(notes, _with_message(self.notes, self.messages["notes"]))
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(form)
        column.addStretch()
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.resize(820, 560)

    def add_precaution_row(self, precaution=None) -> PrecautionRow:
        row = PrecautionRow(precaution, weight=self._weight)
        self.precaution_rows.append(row)
        self._precaution_box.addWidget(row)
        self._keep_tab_order(row)
        row.changed.connect(row.check_as_typed)
        row.remove_requested.connect(lambda: self._remove_precaution_row(row))
        return row

    def _add_precaution_typed(self) -> None:
        """A new row, ready for its kind to be chosen (by arrow keys, say)."""
        self.add_precaution_row().kind.setFocus(Qt.FocusReason.TabFocusReason)

    def _keep_tab_order(self, row: PrecautionRow) -> None:
        """Tab goes through a row where it shows: after the rows above it, before "Add precaution"; left
        alone, a row added later came after the Save button."""
        previous = self.precaution_rows[-2].remove_button if len(self.precaution_rows) > 1 else self.language
        for widget in (row.kind, row.limit, row.unit, row.about, row.until, row.note, row.remove_button):
            QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(previous, self._add_button)

    def problems(self) -> dict[str, str]:
        """Every field's problem, whether or not it is shown yet."""
        problems: dict[str, str] = {}
        dates = {}
        for field, widget in (("date_of_birth", self.date_of_birth), ("surgery_date", self.surgery_date)):
            try:
                dates[field] = widget.date()
            except ValueError as error:
                problems[field] = str(error)
        if "date_of_birth" not in problems and dates["date_of_birth"] is None:
            enter = QCoreApplication.translate("PatientDialog", "Enter the date of birth.")
            problems["date_of_birth"] = enter
        birth = dates.get("date_of_birth") or _STAND_IN_BIRTH
        entry = self._entry(birth, dates.get("surgery_date"), precautions=[])
        for field, problem in entry_problems(entry, self._today).items():
            if field == "surgery_date" and "date_of_birth" in problems:
                continue  # judged against the stand-in birth date, so not a real problem
            problems.setdefault(field, problem)
        return problems

    def accept(self) -> None:
        self._touched.update(self.messages)
        problems = self._show_problems()
        rows_ok = all([row.check() for row in self.precaution_rows])  # noqa: C419 - check (and mark) every row
        if problems or not rows_ok:
            first = next((f for f in self.messages if f in problems), None)
            if first is not None:
                self.fields[first].setFocus()
            return
        entry = self._entry(
            self.date_of_birth.date(),
            self.surgery_date.date(),
            [row.precaution() for row in self.precaution_rows],
        )
        self.patient = patient_from(entry)
        super().accept()

    def reject(self) -> None:
        """Cancel or Escape: details typed are not thrown away without asking (a program's and a log
        sheet's changes are not either)."""
        from ptplanner.gui import dialogs

        if self._as_typed() != self._as_shown and not dialogs.discard_patient_details(self):
            return
        super().reject()

    def _as_typed(self) -> tuple:
        texts = tuple(
            widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            for widget in self.fields.values()
        )
        rows = tuple(row.as_typed() for row in self.precaution_rows)
        return texts, self.language.currentIndex(), rows

    def _entry(self, birth, surgery, precautions) -> PatientEntry:
        return PatientEntry(
            name=self.name.text(),
            date_of_birth=birth,
            surgery_date=surgery,
            procedure=self.procedure.text(),
            fused_levels=self.fused_levels.text(),
            therapist=self.therapist.text(),
            surgeon=self.surgeon.text(),
            surgeon_phone=self.surgeon_phone.text(),
            precautions=precautions,
            notes=self.notes.toPlainText(),
            assessment=self._assessment,
            language=self.chosen_language(),
            patient_id=self._patient_id,
        )

    def chosen_language(self) -> Language | None:
        code = self.language.currentData()
        return None if code is None else Language(code)

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        self._show_problems()

    def _show_problems(self) -> dict[str, str]:
        problems = self.problems()
        for field, message in self.messages.items():
            message.show_problem(problems.get(field, "") if field in self._touched else "")
        return problems

    def _show(self, patient: Patient) -> None:
        entry = PatientEntry.of(patient)
        self.name.setText(entry.name)
        self.date_of_birth.set_date(entry.date_of_birth)
        self.surgery_date.set_date(entry.surgery_date)
        self.procedure.setText(entry.procedure)
        self.fused_levels.setText(entry.fused_levels)
        self.therapist.setText(entry.therapist)
        self.surgeon.setText(entry.surgeon)
        self.surgeon_phone.setText(entry.surgeon_phone)
        self.notes.setPlainText(entry.notes)
        code = entry.language.value if entry.language else None
        self.language.setCurrentIndex(self.language.findData(code))
        for precaution in entry.precautions:
            self.add_precaution_row(precaution)

    def _remove_precaution_row(self, row: PrecautionRow) -> None:
        if row.isAncestorOf(QApplication.focusWidget()):  # removed by keys: they go on from the add button
            self._add_button.setFocus(Qt.FocusReason.TabFocusReason)
        self.precaution_rows.remove(row)
        row.deleteLater()


def _with_message(widget: QWidget, message: FieldMessage) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(2)
    if isinstance(widget, DateField):  # a short field; its message still gets the whole width
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addStretch()
        column.addLayout(row)
    else:
        column.addWidget(widget)
    column.addWidget(message)
    return column
