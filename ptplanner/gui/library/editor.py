"""The dialog that creates or edits one of the clinic's own exercises.

Every value goes through the core Exercise model; its messages appear beside the fields they are
about, once the field has been edited (or all of them on Save). Nothing is stored until Save, and
a failed save keeps the dialog and its edits open.
"""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout

from ptplanner.app.errors import DatabaseError, NotAllowed
from ptplanner.core.dosage import Dosage
from ptplanner.core.exercise import Exercise
from ptplanner.core.library import Library
from ptplanner.core.translation import line_count_problems
from ptplanner.error_text import user_message
from ptplanner.gui.library.clinic import Draft, new_clinic_id
from ptplanner.gui.library.exercise_form import ExerciseForm, Photos
from ptplanner.gui.library.fields import ErrorLabel
from ptplanner.gui.library.validation import GENERAL, field_messages

# Saves the exercise and, unless None (unchanged), its photos; raises when it cannot.
# Saves off the GUI thread: (exercise, photos, call when saved, call with the error when not).
SaveFunction = Callable[[Exercise, Photos | None, Callable[[], None], Callable[[BaseException], None]], None]


class ExerciseDialog(QDialog):
    def __init__(
        self,
        draft: Draft,
        library: Library,
        save: SaveFunction,
        photos: Photos | None = None,
        title: str = QT_TRANSLATE_NOOP("ExerciseDialog", "Clinic exercise"),
        parent=None,
    ) -> None:
        """`draft`: the exercise's fields (id None for a new one); `photos`: its stored photos by
        "start"/"end", or None to hide the photo slots."""
        super().__init__(parent)
        self.setObjectName("exerciseDialog")
        self.setWindowTitle(self.tr(title))
        self._draft = draft
        self._taken_ids = set(library.exercises)
        self._save = save
        self._touched: set[str] = set()
        self._show_all = False
        self._modified = False
        self.saved_exercise: Exercise | None = None

        self.form = ExerciseForm(library, draft.get("id"), with_photos=photos is not None)
        self.form.fill(draft, photos or {})
        self.banner = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.resize(720, 640)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.field_edited.connect(self._edited)
        self.form.photo_changed.connect(self._photo_changed)
        self.validate()
        self.form.name.setFocus()  # the first field

    def values(self) -> Draft:
        """The exercise as the form has it; fields the form does not show keep the draft's values."""
        form = self.form.values()
        exercise_id = self._draft.get("id") or new_clinic_id(form["name"], self._taken_ids)
        return {**self._draft, **form, "id": exercise_id}

    def validate(self) -> Exercise | None:
        """Check the form through the core model and show the messages; the exercise when it is valid."""
        values = self.values()
        # A translation must match the English line for line; saved otherwise, a step would go missing.
        counts = line_count_problems("es", values, values.get("translations", {}).get("es") or {})
        lines = {key: text[:1].upper() + text[1:] + "." for key, text in counts if values.get("translations")}
        try:
            exercise, messages = Exercise.model_validate(values), {}
        except ValidationError as error:
            exercise, messages = None, field_messages(error, self.form.errors)
        if problems := lines | self.form.control_problems():
            exercise, messages = None, messages | problems
        self.form.show_messages({key: text for key, text in messages.items() if self._shows(key)})
        if self._show_all and messages.get(GENERAL):
            self.banner.show_message(messages[GENERAL])
        self._preview_dosage()
        return exercise

    def messages(self) -> dict[str, str]:
        """The messages shown beside the fields now, by field."""
        return self.form.shown_messages()

    def save(self) -> None:
        self._show_all = True
        exercise = self.validate()
        if exercise is None:
            self.form.go_to_first_problem()
            return
        self.buttons.setEnabled(False)  # one save at a time
        try:
            self._save(exercise, self.form.changed_photos(), lambda: self._saved(exercise), self._not_saved)
        except (DatabaseError, NotAllowed, OSError, ValueError) as error:
            self._not_saved(error)

    def _saved(self, exercise: Exercise) -> None:
        self.buttons.setEnabled(True)
        self.saved_exercise = exercise
        self._modified = False
        self.accept()

    def _not_saved(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        message = self.tr("The exercise was not saved: {error}").format(error=user_message(error))
        self.banner.show_message(message)

    def reject(self) -> None:
        if self._modified:
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("This exercise has changes that are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _edited(self, key: str) -> None:
        self._modified = True
        self._touched.add(key)
        self.banner.show_message("")
        self.validate()

    def _photo_changed(self) -> None:
        self._modified = True
        self.banner.show_message("")

    def _shows(self, key: str) -> bool:
        """A field's message shows once it (for the dose as a whole: any dose field) was edited."""
        if self._show_all:
            return True
        if key == "dosage":
            return any(touched.startswith("dosage") for touched in self._touched)
        return key in self._touched

    def _preview_dosage(self) -> None:
        try:
            self.form.dose_preview.setText(Dosage.model_validate(self.form.dosage_values()).describe())
        except ValidationError:
            self.form.dose_preview.setText("")
