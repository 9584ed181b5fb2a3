"""One precaution in the patient form: what it forbids or limits, until when, and a note."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ptplanner.core.patient import Precaution, PrecautionKind, Subject, Unit
from ptplanner.core.patient_entry import precaution_from
from ptplanner.core.weights import shown_weight
from ptplanner.gui.field_labels import buddy_label
from ptplanner.gui.patients.fields import DateField, FieldMessage

# The core's values are stored words; these are their names on screen.
_KIND_NAMES = {
    PrecautionKind.NO_BENDING: QT_TRANSLATE_NOOP("PrecautionRow", "no bending"),
    PrecautionKind.NO_LIFTING: QT_TRANSLATE_NOOP("PrecautionRow", "no lifting"),
    PrecautionKind.NO_TWISTING: QT_TRANSLATE_NOOP("PrecautionRow", "no twisting"),
    PrecautionKind.LIFTING_LIMIT: QT_TRANSLATE_NOOP("PrecautionRow", "lifting limit"),
    PrecautionKind.SITTING_LIMIT: QT_TRANSLATE_NOOP("PrecautionRow", "sitting limit"),
    PrecautionKind.OTHER: QT_TRANSLATE_NOOP("PrecautionRow", "other"),
}
_UNIT_NAMES = {
    Unit.LB: QT_TRANSLATE_NOOP("PrecautionRow", "lb"),
    Unit.KG: QT_TRANSLATE_NOOP("PrecautionRow", "kg"),
    Unit.MINUTES: QT_TRANSLATE_NOOP("PrecautionRow", "min"),
}
_SUBJECT_NAMES = {
    Subject.BENDING: QT_TRANSLATE_NOOP("PrecautionRow", "about: bending"),
    Subject.LIFTING: QT_TRANSLATE_NOOP("PrecautionRow", "about: lifting"),
    Subject.TWISTING: QT_TRANSLATE_NOOP("PrecautionRow", "about: twisting"),
    Subject.SITTING: QT_TRANSLATE_NOOP("PrecautionRow", "about: sitting"),
    Subject.DRIVING: QT_TRANSLATE_NOOP("PrecautionRow", "about: driving"),
    Subject.BATHING: QT_TRANSLATE_NOOP("PrecautionRow", "about: bath, hot tub and pool"),
    Subject.BRACE: QT_TRANSLATE_NOOP("PrecautionRow", "about: brace"),
    Subject.GETTING_UP: QT_TRANSLATE_NOOP("PrecautionRow", "about: getting in and out of bed"),
    Subject.HIGH_IMPACT: QT_TRANSLATE_NOOP("PrecautionRow", "about: high-impact activity"),
    Subject.GENERAL: QT_TRANSLATE_NOOP("PrecautionRow", "about: anything else"),
}


def kind_name(kind: PrecautionKind) -> str:
    return QCoreApplication.translate("PrecautionRow", _KIND_NAMES.get(kind, kind.value))


def unit_name(unit: Unit) -> str:
    return QCoreApplication.translate("PrecautionRow", _UNIT_NAMES.get(unit, unit.value))


class PrecautionRow(QWidget):
    changed = Signal()
    remove_requested = Signal()

    def __init__(self, precaution: Precaution | None = None, parent=None, weight: Unit = Unit.LB) -> None:
        super().__init__(parent, objectName="precautionRow")
        # A lifting limit is typed in the clinic's unit (kept in pounds); its own unit is not chosen here.
        self._units = {PrecautionKind.LIFTING_LIMIT: (weight,), PrecautionKind.SITTING_LIMIT: (Unit.MINUTES,)}
        self._stored = precaution
        self.kind = QComboBox(objectName="precautionKind")
        for kind in PrecautionKind:
            self.kind.addItem(kind_name(kind), kind)
        # Wider than any real limit, so a typo is typed, seen and explained rather than silently clipped.
        self.limit = QDoubleSpinBox(objectName="precautionLimit", decimals=1, maximum=9999, minimum=0)
        # shown for 0, a limit not typed yet, as a placeholder
        self.limit.setSpecialValueText(self.tr("limit"))
        self._limit_typed = precaution is not None and precaution.limit is not None
        self.unit = QComboBox(objectName="precautionUnit")
        self.unit.setToolTip(self.tr("Lifting limits are in the clinic's unit: File > Clinic settings."))
        # What an "other" precaution is about, so the handout prints it instead of a stage's line on it.
        self.about = QComboBox(objectName="precautionAbout", toolTip=self.tr("What this precaution is about"))
        for subject in Subject:
            self.about.addItem(self.tr(_SUBJECT_NAMES.get(subject, subject.value)), subject)
        # As narrow as the limit it stands in for: the note beside it is what says the precaution.
        self.about.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.about.setMinimumContentsLength(12)
        self.until = DateField("precautionUntil")
        self.until.setPlaceholderText(self.tr("no end date"))
        self.until.setToolTip(self.tr("The last day it applies (YYYY-MM-DD); empty until you lift it."))
        self.note = QLineEdit(objectName="precautionNote")
        self.note.setPlaceholderText(self.tr("note (e.g. as the surgeon said)"))
        self.note.setMaxLength(Precaution.model_fields["note"].metadata[0].max_length)
        self.note.setMinimumWidth(150)
        self.remove_button = remove = QToolButton(text="✕", objectName="removePrecaution")
        remove.setToolTip(self.tr("Remove this precaution"))
        self.message = FieldMessage("precautionMessage")

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        until = buddy_label(self.tr("until"), self.until)  # no Alt+letter: one letter cannot go to every row
        row = (self.kind, self.limit, self.unit, until, self.until, self.note, remove)
        for column, widget in enumerate(row):
            layout.addWidget(widget, 0, column)
        layout.addWidget(self.about, 0, 1, 1, 2)  # in the place of the limit, which "other" has not
        layout.setColumnStretch(5, 1)
        layout.addWidget(self.message, 1, 0, 1, 7)

        if precaution is not None:
            self._show(precaution)
        self._fit_units()
        self.kind.currentIndexChanged.connect(self._fit_units)
        self.limit.valueChanged.connect(self._typed_limit)  # before `changed`, whose check reads it
        for signal in (
            self.kind.currentIndexChanged,
            self.limit.valueChanged,
            self.unit.currentIndexChanged,
            self.about.currentIndexChanged,
            self.until.textChanged,
            self.note.textChanged,
        ):
            signal.connect(self.changed)
        remove.clicked.connect(self.remove_requested)

    def as_typed(self) -> tuple:
        """What the row shows, to tell whether it was changed (whether or not it reads as a precaution)."""
        chosen = tuple(combo.currentIndex() for combo in (self.kind, self.unit, self.about))
        return (*chosen, self.limit.value(), self.until.text(), self.note.text())

    def precaution(self) -> Precaution:
        """The precaution as entered; ValueError with a sentence when it is not valid."""
        kind = self.kind.currentData()
        has_limit = kind in self._units
        limit, unit = self._limit_as_entered() if has_limit else (None, None)
        return precaution_from(
            kind,
            self.until.date(),
            limit,
            unit,
            self.note.text(),
            self.about.currentData() if kind == PrecautionKind.OTHER else Subject.GENERAL,
        )

    def _limit_as_entered(self) -> tuple[float, Unit]:
        """The limit typed; a stored lifting limit left as it was shown keeps its exact pounds, so saving
        the form for another reason never moves it by a rounding (10 lb shown as 4.5 kg stays 10 lb)."""
        value, unit, stored = self.limit.value(), self._chosen_unit(), self._stored
        if (
            stored is not None and stored.kind is PrecautionKind.LIFTING_LIMIT
            and self.kind.currentData() == PrecautionKind.LIFTING_LIMIT
            and (pounds := stored.limit_in_lb()) is not None and value == shown_weight(pounds, unit)
        ):
            return pounds, Unit.LB
        return value, unit

    def _chosen_unit(self) -> Unit | None:
        data = self.unit.currentData()  # Qt gives the enum back as plain text
        return None if data is None else Unit(data)

    def check_as_typed(self) -> None:
        """While the row is filled in: no scolding about a limit not typed yet (Save checks it)."""
        if self.kind.currentData() in self._units and not self._limit_typed:
            self.message.show_problem("")
            return
        self.check()

    def _typed_limit(self) -> None:
        self._limit_typed = True

    def check(self) -> bool:
        try:
            self.precaution()
        except ValueError as error:
            self.message.show_problem(str(error))
            return False
        self.message.show_problem("")
        return True

    def _show(self, precaution: Precaution) -> None:
        self.kind.setCurrentIndex(self.kind.findData(precaution.kind))
        self._fit_units()
        pounds = precaution.limit_in_lb() if precaution.kind is PrecautionKind.LIFTING_LIMIT else None
        if pounds is not None:
            self.limit.setValue(shown_weight(pounds, self._chosen_unit()))
        elif precaution.limit is not None:
            self.limit.setValue(precaution.limit)
        self.until.set_date(precaution.until)
        self.note.setText(precaution.note)
        self.about.setCurrentIndex(self.about.findData(precaution.about))

    def _fit_units(self) -> None:
        units = self._units.get(self.kind.currentData(), ())
        chosen = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in units:
            self.unit.addItem(unit_name(unit), unit)
        if chosen in units:
            self.unit.setCurrentIndex(self.unit.findData(chosen))
        self.unit.blockSignals(False)
        self.limit.setVisible(bool(units))
        self.unit.setVisible(bool(units))
        self.about.setVisible(self.kind.currentData() == PrecautionKind.OTHER)
