"""The exercise form: every field of a clinic exercise on five tabs, each with a message line.

It shows and reads values; checking them is the dialog's job (through the core model).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core import dosage as limits
from ptplanner.core.dosage import RepUnit, Side
from ptplanner.core.library import Library
from ptplanner.core.safe_text import tidy_typed
from ptplanner.core.validation_words import control_character_problem
from ptplanner.core.vocabulary import STAGE_NAMES, Category, Equipment, Movement, Muscle, Position, Region
from ptplanner.gui.library.clinic import Draft
from ptplanner.gui.library.fields import (
    CheckGroup,
    EnumCombo,
    ErrorLabel,
    LinesEdit,
    OptionalSpinBox,
    VariationPicker,
)
from ptplanner.gui.library.photo_field import PhotoField
from ptplanner.gui.library.photos import Photo
from ptplanner.gui.library.vocabulary import stage_name

Photos = dict[str, Photo | None]  # "start"/"end" -> the photo, or None for no photo
ERROR_TAB_COLOR = QColor("#b00020")
SPIN_BOX_WIDTH = 110


class ExerciseForm(QTabWidget):
    """Emits `field_edited(key)` when the user changes a field, `photo_changed` for a photo."""

    field_edited = Signal(str)
    photo_changed = Signal()

    def __init__(self, library: Library, exercise_id: str | None, with_photos: bool, parent=None) -> None:
        """`exercise_id`: the exercise edited (it cannot be its own variation); None for a new one."""
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.tab_of: dict[str, int] = {}
        self._build_about_tab()
        self._build_instructions_tab()
        self._build_dose_tab()
        self._build_variations_tab(library, exercise_id, with_photos)
        self._build_spanish_tab()
        self._connect_changes()

    # building

    def _build_about_tab(self) -> None:
        self.name = QLineEdit(placeholderText=self.tr("What patients will call it, e.g. Side-lying leg lift"))
        self.clinical_name = QLineEdit(
            placeholderText=self.tr("For therapists and the surgeon's report (optional)")
        )
        self.abbreviations = QLineEdit(
            placeholderText=self.tr("Short names to search by (TrA, SLR), with commas")
        )
        self.summary = QLineEdit(placeholderText=self.tr("One sentence: what it is for"))
        self.category = EnumCombo(Category)
        self.position = EnumCombo(Position)
        self.earliest_stage = QComboBox()
        for stage in STAGE_NAMES:
            self.earliest_stage.addItem(f"{stage}: {stage_name(stage)}", stage)
        self.regions = CheckGroup(Region, columns=4)
        self.muscles = CheckGroup(Muscle, columns=3)
        self.equipment = CheckGroup(Equipment, columns=3)  # four do not fit the longer Spanish words
        self.tags = QLineEdit(placeholderText=self.tr("Other words to find it by, separated by commas"))
        self._add_tab(
            self.tr("About"),
            [
                (self.tr("Name"), self.name, "name"),
                (self.tr("Clinical name"), self.clinical_name, "clinical_name"),
                (self.tr("Abbreviations"), self.abbreviations, "abbreviations"),
                (self.tr("Summary"), self.summary, "summary"),
                (self.tr("Category"), self.category, "category"),
                (self.tr("Position"), self.position, "position"),
                (self.tr("Earliest stage"), self.earliest_stage, "earliest_stage"),
                (self.tr("Body regions"), self.regions, "regions"),
                (self.tr("Muscles"), self.muscles, "muscles"),
                (self.tr("Equipment"), self.equipment, "equipment"),
                (self.tr("Search words"), self.tags, "tags"),
            ],
        )

    def _build_instructions_tab(self) -> None:
        self.steps = LinesEdit(self.tr("One step per line, in the order the patient does them"))
        self.cues = LinesEdit(self.tr("Short tips, one per line (optional)"))
        self.stop_if = QLineEdit()
        self.precautions = LinesEdit(self.tr("One per line (optional)"))
        self.contraindications = LinesEdit(self.tr("When not to use it, one per line (optional)"))
        self.movements = CheckGroup(Movement, columns=3)
        self._add_tab(
            self.tr("Instructions"),
            [
                (self.tr("Steps"), self.steps, "steps"),
                (self.tr("Tips"), self.cues, "cues"),
                (self.tr("Stop if"), self.stop_if, "stop_if"),
                (self.tr("Precautions"), self.precautions, "precautions"),
                (self.tr("Do not use when"), self.contraindications, "contraindications"),
                (self.tr("Spine movements"), self.movements, "movements"),
            ],
        )

    def _build_dose_tab(self) -> None:
        self.sets = OptionalSpinBox(limits.MAX_SETS)
        self.reps = OptionalSpinBox(limits.MAX_REPS)
        self.rep_unit = EnumCombo(RepUnit)
        self.hold_seconds = OptionalSpinBox(limits.MAX_HOLD_SECONDS, " s")
        self.duration_minutes = OptionalSpinBox(limits.MAX_DURATION_MINUTES, " min")
        self.rest_seconds = OptionalSpinBox(limits.MAX_REST_SECONDS, " s")
        self.side = EnumCombo(Side, none_label="—")
        self.times_per_day = QSpinBox(minimum=1, maximum=limits.MAX_TIMES_PER_DAY)
        self.days_per_week = QSpinBox(minimum=1, maximum=7)
        self.load = QLineEdit(placeholderText=self.tr("e.g. light band (optional)"))
        self.dose_note = QLineEdit(placeholderText=self.tr("Anything the numbers do not say (optional)"))
        self.dose_preview = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.dose_preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for box in (
            self.sets,
            self.reps,
            self.hold_seconds,
            self.duration_minutes,
            self.rest_seconds,
            self.times_per_day,
            self.days_per_week,
        ):
            box.setMinimumWidth(SPIN_BOX_WIDTH)
        self._add_tab(
            self.tr("Usual dose"),
            [
                (self.tr("Sets"), self.sets, "dosage.sets"),
                (self.tr("Repetitions"), self.reps, "dosage.reps"),
                (self.tr("Counted in"), self.rep_unit, "dosage.rep_unit"),
                (self.tr("Hold"), self.hold_seconds, "dosage.hold_seconds"),
                (self.tr("Duration"), self.duration_minutes, "dosage.duration_minutes"),
                (self.tr("Rest between sets"), self.rest_seconds, "dosage.rest_seconds"),
                (self.tr("Side"), self.side, "dosage.side"),
                (self.tr("Times a day"), self.times_per_day, "dosage.times_per_day"),
                (self.tr("Days a week"), self.days_per_week, "dosage.days_per_week"),
                (self.tr("Load"), self.load, "dosage.load"),
                (self.tr("Note"), self.dose_note, "dosage.note"),
                (self.tr("Patients will read"), self.dose_preview, "dosage"),
            ],
        )

    def _build_variations_tab(self, library: Library, exercise_id: str | None, with_photos: bool) -> None:
        self.easier = VariationPicker()
        self.harder = VariationPicker()
        for picker in (self.easier, self.harder):
            picker.set_library(library, excluded_id=exercise_id)
        self.start_photo = PhotoField(self.tr("Start"))
        self.end_photo = PhotoField(self.tr("End"))
        self.video_url = QLineEdit(
            placeholderText=self.tr("https://… (optional): printed as a QR code to scan")
        )
        rows = [
            (self.tr("Easier"), self.easier, "easier"),
            (self.tr("Harder"), self.harder, "harder"),
            (self.tr("Video address"), self.video_url, "video_url"),
        ]
        if with_photos:
            rows += [(self.tr("Photos"), self.start_photo, None), ("", self.end_photo, None)]
        self._add_tab(
            self.tr("Variations, photos, video") if with_photos else self.tr("Variations and video"), rows
        )

    def _build_spanish_tab(self) -> None:
        """The patient's words in Spanish, line for line with the English (empty: none; the handout then
        prints the English, marked)."""
        self.spanish = {
            "name": QLineEdit(
                placeholderText=self.tr("The name in Spanish, e.g. Levantar la pierna de lado")
            ),
            "summary": QLineEdit(placeholderText=self.tr("One sentence (all empty: no Spanish text)")),
            "steps": LinesEdit(self.tr("As many steps as in English, one per line")),
            "cues": LinesEdit(self.tr("As many tips as in English, one per line")),
            "stop_if": QLineEdit(placeholderText=self.tr("Pare si...")),
            "precautions": LinesEdit(self.tr("As many as in English, one per line")),
        }
        labels = (
            self.tr("Name"),
            self.tr("Summary"),
            self.tr("Steps"),
            self.tr("Tips"),
            self.tr("Stop if"),
            self.tr("Precautions"),
        )
        fields = zip(labels, self.spanish.items())
        rows = [(label, field, f"translations.es.{name}") for label, (name, field) in fields]
        self._add_tab(self.tr("Spanish"), rows)

    def _add_tab(self, title: str, rows: list[tuple[str, QWidget, str | None]]) -> None:
        """Rows of (label, editor, field key); a keyed editor gets a message line under it."""
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, widget, key in rows:
            if key is None:
                form.addRow(label, widget)
                continue
            error = ErrorLabel()
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(widget)
            cell_layout.addWidget(error)
            form.addRow(label, cell)
            widget.setObjectName(key)
            self.fields[key] = widget
            self.errors[key] = error
            self.tab_of[key] = self.count()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.addTab(scroll, title)

    # values

    def fill(self, draft: Draft, photos: Photos) -> None:
        self.name.setText(draft.get("name", ""))
        self.clinical_name.setText(draft.get("clinical_name") or "")
        self.abbreviations.setText(", ".join(draft.get("abbreviations", ())))
        self.summary.setText(draft.get("summary", ""))
        self.category.set_value(draft.get("category"))
        self.position.set_value(draft.get("position"))
        self.earliest_stage.setCurrentIndex(
            max(0, self.earliest_stage.findData(draft.get("earliest_stage", 1)))
        )
        self.regions.set_values(draft.get("regions", ()))
        self.muscles.set_values(draft.get("muscles", ()))
        self.equipment.set_values(draft.get("equipment", ()))
        self.tags.setText(", ".join(draft.get("tags", ())))
        self.steps.set_lines(draft.get("steps", ()))
        self.cues.set_lines(draft.get("cues", ()))
        self.stop_if.setText(draft.get("stop_if", ""))
        self.precautions.set_lines(draft.get("precautions", ()))
        self.contraindications.set_lines(draft.get("contraindications", ()))
        self.movements.set_values(draft.get("movements", ()))
        self._load_spanish(draft.get("translations", {}).get("es") or {})
        self._load_dosage(draft.get("dosage", {}))
        self.easier.set_ids(draft.get("easier", ()))
        self.harder.set_ids(draft.get("harder", ()))
        self.video_url.setText(draft.get("video_url") or "")
        # A duplicate starts with the original's photos, which are then new to this exercise.
        is_new = draft.get("id") is None
        self.start_photo.set_photo(photos.get("start"), changed=is_new and photos.get("start") is not None)
        self.end_photo.set_photo(photos.get("end"), changed=is_new and photos.get("end") is not None)

    def _load_spanish(self, text: dict[str, Any]) -> None:
        for name, field in self.spanish.items():
            if isinstance(field, QLineEdit):
                field.setText(text.get(name, ""))
            else:
                field.set_lines(tuple(text.get(name, ())))

    def spanish_values(self) -> dict[str, dict[str, Any]]:
        """{"es": the Spanish text} when any of it is filled in; else no translation at all."""
        text = {
            name: field.text() if isinstance(field, QLineEdit) else field.lines()
            for name, field in self.spanish.items()
        }
        text["name"] = tidy_typed(text["name"])
        return {"es": text} if any(text.values()) else {}

    def _load_dosage(self, dose: dict[str, Any]) -> None:
        self.sets.set_value_or_none(dose.get("sets"))
        self.reps.set_value_or_none(dose.get("reps"))
        self.rep_unit.set_value(dose.get("rep_unit", RepUnit.TIMES))
        self.hold_seconds.set_value_or_none(dose.get("hold_seconds"))
        self.duration_minutes.set_value_or_none(dose.get("duration_minutes"))
        self.rest_seconds.set_value_or_none(dose.get("rest_seconds"))
        self.side.set_value(dose.get("side"))
        self.times_per_day.setValue(dose.get("times_per_day", 1))
        self.days_per_week.setValue(dose.get("days_per_week", 7))
        self.load.setText(dose.get("load", ""))
        self.dose_note.setText(dose.get("note", ""))

    def values(self) -> Draft:
        """What the form says, as Exercise fields (the id is the caller's to choose)."""
        return {
            "name": tidy_typed(self.name.text()),  # without what only makes trouble in a name (safe_text.py)
            "clinical_name": tidy_typed(self.clinical_name.text()).strip() or None,
            "abbreviations": _comma_list(self.abbreviations.text()),
            "summary": self.summary.text(),
            "category": self.category.value(),
            "position": self.position.value(),
            "earliest_stage": self.earliest_stage.currentData(),
            "regions": self.regions.values(),
            "muscles": self.muscles.values(),
            "equipment": self.equipment.values(),
            "tags": _comma_list(self.tags.text()),
            "steps": self.steps.lines(),
            "cues": self.cues.lines(),
            "stop_if": self.stop_if.text(),
            "precautions": self.precautions.lines(),
            "contraindications": self.contraindications.lines(),
            "movements": self.movements.values(),
            "dosage": self.dosage_values(),
            "easier": self.easier.ids(),
            "harder": self.harder.ids(),
            "video_url": self.video_url.text().strip() or None,
            "translations": self.spanish_values(),
        }

    def dosage_values(self) -> dict[str, Any]:
        return {
            "sets": self.sets.value_or_none(),
            "reps": self.reps.value_or_none(),
            "rep_unit": self.rep_unit.value(),
            "hold_seconds": self.hold_seconds.value_or_none(),
            "duration_minutes": self.duration_minutes.value_or_none(),
            "rest_seconds": self.rest_seconds.value_or_none(),
            "side": self.side.value(),
            "times_per_day": self.times_per_day.value(),
            "days_per_week": self.days_per_week.value(),
            "load": self.load.text(),
            "note": self.dose_note.text(),
        }

    def control_problems(self) -> dict[str, str]:
        """The refusals of the name fields that hold a control character, by field."""
        names = {"name": self.name, "clinical_name": self.clinical_name}
        names["translations.es.name"] = self.spanish["name"]
        problems = {key: control_character_problem(field.text()) for key, field in names.items()}
        return {key: problem for key, problem in problems.items() if problem}

    def changed_photos(self) -> Photos | None:
        """Both photo slots when either changed; None when the stored photos stay as they are."""
        fields = {"start": self.start_photo, "end": self.end_photo}
        if not any(field.is_changed() for field in fields.values()):
            return None
        return {which: field.photo() for which, field in fields.items()}

    def show_messages(self, messages: dict[str, str]) -> None:
        """Show each field's message beside it (empty hides it) and colour the tabs that have one."""
        tabs_with_problems = set()
        for key, label in self.errors.items():
            message = messages.get(key, "")
            label.show_message(message)
            if message:
                tabs_with_problems.add(self.tab_of[key])
        for index in range(self.count()):
            self.tabBar().setTabTextColor(index, ERROR_TAB_COLOR if index in tabs_with_problems else QColor())

    def shown_messages(self) -> dict[str, str]:
        return {key: label.text() for key, label in self.errors.items() if label.text()}

    def go_to_first_problem(self) -> None:
        for key, label in self.errors.items():
            if label.text():
                self.setCurrentIndex(self.tab_of[key])
                return

    def _connect_changes(self) -> None:
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                signal = widget.textChanged
            elif isinstance(widget, QSpinBox):
                signal = widget.valueChanged
            elif isinstance(widget, QComboBox):
                signal = widget.currentIndexChanged
            elif isinstance(widget, (CheckGroup, LinesEdit, VariationPicker)):
                signal = widget.changed
            else:
                continue  # the dose preview: shows, never edits
            signal.connect(lambda *_, key=key: self.field_edited.emit(key))
        for photo in (self.start_photo, self.end_photo):
            photo.changed.connect(self.photo_changed)


def _comma_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())
