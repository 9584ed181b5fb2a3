"""Settings > Clinic: what the clinic's handouts show and how they print by default.

Each field is checked as it is edited, with the message beside it; Save stays off until all are fine.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core.clinic import (
    EXERCISE_PAIN_RANGE,
    FEVER_RANGE_C,
    IDLE_LOCK_MINUTES,
    MAX_LOGO_BYTES,
    ClinicSettings,
    Paper,
    celsius_to_fahrenheit,
)
from ptplanner.app.clinic import Clinic
from ptplanner.app.errors import ClinicSettingsDamaged, DatabaseError, NotAllowed
from ptplanner.core.files import UnreadableFile, read_capped
from ptplanner.core.roles import Action
from ptplanner.core.language import Language
from ptplanner.core.patient import Unit
from ptplanner.error_text import user_message
from ptplanner.gui.handout_preview import PAPER_NAMES
from ptplanner.gui.library.fields import ErrorLabel
from ptplanner.gui.library.validation import GENERAL, field_messages
from ptplanner.gui.tasks import TaskRunner

LOGO_SHOWN = (160, 80)
VIDEOS_HINT = QT_TRANSLATE_NOOP(
    "ClinicSettingsDialog",
    "One exercise a line: its id, a space, then the https address of its video. "
    "Handouts print a QR code for it; ptplanner never opens the address.",
)
UNIT_NAMES = {
    Unit.LB: QT_TRANSLATE_NOOP("ClinicSettingsDialog", "pounds (lb)"),
    Unit.KG: QT_TRANSLATE_NOOP("ClinicSettingsDialog", "kilograms (kg)"),
}
_TEXT_FIELDS = ("name", "phone", "after_hours_phone", "emergency_number")


class ClinicSettingsDialog(QDialog):
    def __init__(self, clinic: Clinic, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic settings"))
        self._clinic = clinic
        self.runner = runner.scoped(self)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.after_hours_phone = QLineEdit()
        self.emergency_number = QLineEdit()
        for field, limit in zip(_TEXT_FIELDS, (200, 40, 40, 20), strict=True):
            getattr(self, field).setMaxLength(limit)
        self.name.setPlaceholderText(self.tr("Printed at the top of every handout"))
        self.phone.setPlaceholderText(self.tr("The number patients call with a problem"))
        self.after_hours_phone.setPlaceholderText(self.tr("For when the clinic is closed (optional)"))
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(*LOGO_SHOWN)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_logo = QPushButton(self.tr("C&hoose…"))
        self.remove_logo = QPushButton(self.tr("Re&move"))
        self.paper = QComboBox()
        for paper, label in PAPER_NAMES.items():
            self.paper.addItem(QCoreApplication.translate("HandoutPreview", label), paper.value)
        self.large_print = QCheckBox(self.tr("Print handouts in &large print unless I choose otherwise"))
        self.language = QComboBox(objectName="clinicLanguage")
        for language in Language:
            self.language.addItem(language.label, language.value)
        self.language.setToolTip(
            self.tr("Handouts print in it unless the patient's record names another language.")
        )
        self.weight_unit = QComboBox(objectName="weightUnit")
        for unit, name in UNIT_NAMES.items():
            self.weight_unit.addItem(self.tr(name), unit.value)
        self.weight_unit.setToolTip(self.tr("Lifting limits are typed, shown and printed in it."))
        self.fever = QDoubleSpinBox()
        self.fever.setRange(*FEVER_RANGE_C)
        self.fever.setDecimals(1)
        self.fever.setSingleStep(0.1)
        self.fever.setSuffix(" °C")
        self.fever_in_f = QLabel()
        self.pain_limit = QSpinBox()
        self.pain_limit.setRange(*EXERCISE_PAIN_RANGE)
        self.pain_limit.setSuffix(self.tr(" out of 10"))
        self.patient_id_system = QLineEdit(objectName="patientIdSystem")
        self.patient_id_system.setMaxLength(200)
        self.patient_id_system.setPlaceholderText(
            self.tr("Names your patient ids in FHIR exports (optional)")
        )
        self.exercise_videos = QPlainTextEdit(objectName="exerciseVideos")
        example = "bridge https://videos.example.org/bridge"  # an id and an address: the same in every language
        self.exercise_videos.setPlaceholderText(example)
        self.exercise_videos.setTabChangesFocus(True)  # Tab goes on to the next field
        self.exercise_videos.setFixedHeight(self.exercise_videos.fontMetrics().lineSpacing() * 4 + 12)
        fields = (*_TEXT_FIELDS, "patient_id_system", "exercise_videos", "logo", GENERAL)
        self.errors = {field: ErrorLabel() for field in fields}
        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(*IDLE_LOCK_MINUTES)
        self.idle_lock.setValue(ClinicSettings().idle_lock_minutes)
        self.idle_lock.setSuffix(self.tr(" minutes without use"))
        if not clinic.may(Action.MANAGE_USERS):  # it protects every account: an admin sets it
            self.idle_lock.setEnabled(False)
            self.idle_lock.setToolTip(
                self.tr("Only an admin may change how long the app waits before it locks.")
            )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._logo: bytes | None = None
        self._lay_out()

        self._loaded = False  # Save waits for the stored settings, read off the GUI thread
        self.runner.read(lambda: _stored_settings(clinic), self._show_stored, self._not_read)
        for field in (*_TEXT_FIELDS, "patient_id_system", "exercise_videos"):
            getattr(self, field).textChanged.connect(self._check)
        self.fever.valueChanged.connect(self._show_fahrenheit)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(lambda: self._set_logo(None))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.setFocus()  # the first field
        self._check()

    def settings(self) -> ClinicSettings:
        """The settings as entered; ValidationError if a field is wrong."""
        return ClinicSettings(
            name=self.name.text(),
            phone=self.phone.text(),
            after_hours_phone=self.after_hours_phone.text(),
            emergency_number=self.emergency_number.text(),
            logo=self._logo,
            paper=Paper(self.paper.currentData()),
            large_print=self.large_print.isChecked(),
            fever_threshold_c=round(self.fever.value(), 1),
            exercise_pain_limit=self.pain_limit.value(),
            patient_id_system=self.patient_id_system.text(),
            exercise_videos=videos_from_lines(self.exercise_videos.toPlainText()),
            idle_lock_minutes=self.idle_lock.value(),
            language=Language(self.language.currentData()),
            weight_unit=Unit(self.weight_unit.currentData()),
        )

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    def accept(self) -> None:
        try:
            settings = self.settings()
        except ValidationError:
            self._check()
            return
        if listed_twice(self.exercise_videos.toPlainText()):
            self._check()
            return
        self.buttons.setEnabled(False)
        clinic = self._clinic
        self.runner.write(lambda: clinic.save_clinic_settings(settings), self._saved, self._save_failed)

    def _saved(self, _result: None) -> None:
        super().accept()

    def _save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, DatabaseError | NotAllowed | ValueError):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("The clinic settings were not saved"), str(error), parent=self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def _check(self) -> None:
        messages: dict[str, str] = {}
        try:
            self.settings()
        except ValidationError as error:
            messages = field_messages(error, self.errors)
        twice = listed_twice(self.exercise_videos.toPlainText())
        if twice and "exercise_videos" not in messages:
            messages["exercise_videos"] = self.tr(
                "The exercise {id} is listed twice: keep one line for it."
            ).format(id=twice)
        for field, label in self.errors.items():
            label.show_message(messages.get(field, ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self._loaded and not messages)

    def _show_stored(self, stored: tuple[ClinicSettings, str]) -> None:
        settings, notice = stored
        if notice:
            self.notice.setText(notice)
            self.notice.show()
        self._show_settings(settings)
        self._loaded = True
        self._check()

    def _not_read(self, error: BaseException) -> None:
        # Save stays off: saving the defaults shown would overwrite settings that could not be read.
        self.notice.setText(
            self.tr("The clinic settings could not be read: {error}").format(error=user_message(error))
        )
        self.notice.show()

    def _show_settings(self, settings: ClinicSettings) -> None:
        self.name.setText(settings.name)
        self.phone.setText(settings.phone)
        self.after_hours_phone.setText(settings.after_hours_phone)
        self.emergency_number.setText(settings.emergency_number)
        self.paper.setCurrentIndex(self.paper.findData(settings.paper.value))
        self.large_print.setChecked(settings.large_print)
        self.language.setCurrentIndex(self.language.findData(settings.language.value))
        self.weight_unit.setCurrentIndex(self.weight_unit.findData(settings.weight_unit.value))
        self.fever.setValue(settings.fever_threshold_c)
        self._show_fahrenheit(settings.fever_threshold_c)
        self.pain_limit.setValue(settings.exercise_pain_limit)
        self.patient_id_system.setText(settings.patient_id_system)
        self.exercise_videos.setPlainText(videos_as_lines(settings.exercise_videos))
        self.idle_lock.setValue(settings.idle_lock_minutes)
        self._set_logo(settings.logo)

    def _show_fahrenheit(self, celsius: float) -> None:
        self.fever_in_f.setText(f"= {celsius_to_fahrenheit(celsius):.1f} °F")

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the clinic logo"), "", self.tr("Pictures") + " (*.png *.jpg *.jpeg)"
        )
        if not name:
            return
        try:
            data = read_capped(Path(name), MAX_LOGO_BYTES)
        except UnreadableFile as error:
            self.errors["logo"].show_message(self.tr("The file cannot be used: {error}.").format(error=error))
            return
        problem = _logo_problem(data)
        self.errors["logo"].show_message(problem)
        if not problem:
            self._set_logo(data)

    def _set_logo(self, data: bytes | None) -> None:
        self._logo = data
        self.remove_logo.setEnabled(data is not None)
        if data is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap.fromImage(QImage.fromData(data))
        self.logo_preview.setPixmap(
            pixmap.scaled(
                *LOGO_SHOWN, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Clinic &name:"), _with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("&Phone:"), _with_error(self.phone, self.errors["phone"]))
        form.addRow(
            self.tr("&After-hours phone:"),
            _with_error(self.after_hours_phone, self.errors["after_hours_phone"]),
        )
        form.addRow(
            self.tr("&Emergency number:"), _with_error(self.emergency_number, self.errors["emergency_number"])
        )
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch()
        logo = QWidget()
        logo_column = QVBoxLayout(logo)
        logo_column.setContentsMargins(0, 0, 0, 0)
        logo_column.addLayout(logo_row)
        logo_column.addWidget(
            QLabel(self.tr("PNG or JPEG, up to {size} KB.").format(size=MAX_LOGO_BYTES // 1024))
        )
        logo_column.addWidget(self.errors["logo"])
        form.addRow(self.tr("Logo:"), logo)
        form.addRow(self.tr("Pape&r:"), self.paper)
        form.addRow("", self.large_print)
        form.addRow(self.tr("Patients' lan&guage:"), self.language)
        form.addRow(self.tr("Units f&or lifting limits:"), self.weight_unit)
        fever = QHBoxLayout()
        fever.addWidget(self.fever)
        fever.addWidget(self.fever_in_f)
        fever.addStretch()
        fever_label = QLabel(self.tr("Call about a &fever from:"))
        fever_label.setBuddy(self.fever)  # a row of several widgets gets no buddy of its own
        form.addRow(fever_label, fever)
        form.addRow(self.tr("Pain allo&wed while exercising:"), self.pain_limit)
        form.addRow(
            self.tr("Patient &id system (FHIR):"),
            _with_error(self.patient_id_system, self.errors["patient_id_system"]),
        )
        videos = _with_error(self.exercise_videos, self.errors["exercise_videos"])
        videos.layout().insertWidget(0, QLabel(self.tr(VIDEOS_HINT), wordWrap=True))
        form.addRow(self.tr("E&xercise videos:"), videos)
        form.addRow(self.tr("Lock the app af&ter:"), self.idle_lock)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.errors[GENERAL])
        layout.addWidget(self.buttons)

    def done(self, result: int) -> None:
        self.runner.wait()
        super().done(result)


def videos_from_lines(text: str) -> dict[str, str]:
    """'bridge https://…' lines as {id: address}; a line with no address keeps an empty one, which the
    settings refuse by name."""
    videos = {}
    for line in text.splitlines():
        words = line.split(maxsplit=1)
        if words:
            videos[words[0]] = words[1].strip() if len(words) > 1 else ""
    return videos


def listed_twice(text: str) -> str:
    """The first exercise id given on two lines ('' when none is)."""
    seen = set()
    for line in text.splitlines():
        words = line.split(maxsplit=1)
        if words and words[0] in seen:
            return words[0]
        seen.update(words[:1])
    return ""


def videos_as_lines(videos: dict[str, str]) -> str:
    return "\n".join(f"{exercise_id} {address}" for exercise_id, address in sorted(videos.items()))


def _logo_problem(data: bytes) -> str:
    """Why `data` cannot be the logo ('' if it can)."""
    try:
        ClinicSettings(logo=data)
    except ValidationError as error:
        return field_messages(error, ("logo",))["logo"]
    if QImage.fromData(data).isNull():
        return QCoreApplication.translate(
            "ClinicSettingsDialog",
            "The file is not a picture that can be shown. Save it again as PNG or JPEG.",
        )
    return ""


def _with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    box = QWidget()
    box.setFocusProxy(field)  # the row's Alt+letter lands in the field
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(field)
    column.addWidget(error)
    return box


def _stored_settings(clinic: Clinic) -> tuple[ClinicSettings, str]:
    """The stored settings and a notice for the person (the defaults when they are damaged)."""
    try:
        return clinic.clinic_settings(), ""
    except ClinicSettingsDamaged as error:
        return ClinicSettings(), QCoreApplication.translate(
            "ClinicSettingsDialog", "{error} The defaults are shown."
        ).format(error=error)
