"""A stage's own fields: name, weeks, goals, precautions, criteria to move on, and its walking plan.

A change is offered (signal `edited`) when the therapist leaves the field, and only if the Stage
model accepts it; otherwise the problem is shown beside the field and nothing changes.

On a screen in another language, a name or line stored as a template wrote it in English is shown in the
template's translation. What is stored does not change by being shown: a line left as shown is read back
as its stored English, and only a line the therapist edits is stored as typed (in the words typed), so a
handout in either language still prints every untouched line in its own language.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ptplanner.core.language import current_language, known
from ptplanner.core.program import Stage
from ptplanner.core.program_edit import updated
from ptplanner.core.safe_text import tidy_typed
from ptplanner.core.stage_precaution import with_texts
from ptplanner.core.validation_words import control_character_problem, problem_sentence
from ptplanner.gui.field_labels import buddy_label
from ptplanner.gui.patients.fields import FieldMessage
from ptplanner.gui.program.walking_form import WalkingPlanForm

MAX_WEEK = 520
OPEN_ENDED = QT_TRANSLATE_NOOP("StageForm", "open-ended")
_LISTS = (
    ("goals", QT_TRANSLATE_NOOP("StageForm", "&Goals")),
    ("precautions", QT_TRANSLATE_NOOP("StageForm", "Pre&cautions")),
    ("criteria", QT_TRANSLATE_NOOP("StageForm", "&Move on when")),
)


class LinesEdit(QPlainTextEdit):
    """One entry per line; `editing_finished` when focus leaves, like QLineEdit's."""

    editing_finished = Signal()

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setTabChangesFocus(True)  # Tab goes on to the next field; a tab in a goal means nothing

    def lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_lines(self, lines: tuple[str, ...]) -> None:
        if self.lines() != lines:
            self.setPlainText("\n".join(lines))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class StageForm(QWidget):
    edited = Signal(str, dict)  # stage id, the fields that changed

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="stageForm")
        self._stage: Stage | None = None
        self._stored: dict[str, str] = {}  # a shown translation -> the stored English it stands for
        self.name = QLineEdit(objectName="stageName")
        self.name.setMaxLength(Stage.model_fields["name"].metadata[-1].max_length)
        self.start_week = QSpinBox(objectName="stageStart", minimum=0, maximum=MAX_WEEK)
        self.end_week = QSpinBox(objectName="stageEnd", minimum=0, maximum=MAX_WEEK)
        self.end_week.setSpecialValueText(self.tr(OPEN_ENDED))  # 0 can never be an end week
        self.lists = {field: LinesEdit(objectName=f"stage_{field}") for field, _ in _LISTS}
        self.name_message = FieldMessage("stageNameMessage")
        self.weeks_message = FieldMessage("stageWeeksMessage")
        self.walking = WalkingPlanForm()

        weeks = QHBoxLayout()
        weeks.addWidget(buddy_label(self.tr("fr&om week"), self.start_week))
        weeks.addWidget(self.start_week)
        weeks.addWidget(buddy_label(self.tr("to wee&k"), self.end_week))
        weeks.addWidget(self.end_week)
        weeks.addStretch()
        top = QFormLayout()
        top.addRow(self.tr("&Stage"), self.name)
        top.addRow("", self.name_message)
        top.addRow(buddy_label(self.tr("Weeks after surger&y"), self.start_week), weeks)
        top.addRow("", self.weeks_message)
        texts = QGridLayout()
        for column, (field, title) in enumerate(_LISTS):
            heading = self.tr("<b>{title}</b> <small>(one per line)</small>").format(title=self.tr(title))
            texts.addWidget(buddy_label(heading, self.lists[field]), 0, column)
            texts.addWidget(self.lists[field], 1, column)
            self.lists[field].setMaximumHeight(76)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(top)
        layout.addRow(texts)
        layout.addRow(self.walking)

        self.name.editingFinished.connect(self._offer)
        self.start_week.editingFinished.connect(self._offer)
        self.end_week.editingFinished.connect(self._offer)
        for edit in self.lists.values():
            edit.editing_finished.connect(self._offer)
        self.walking.plan_edited.connect(self._offer_plan)

    def show_stage(self, stage: Stage | None) -> None:
        self._stage = stage
        self.setEnabled(stage is not None)
        if stage is None:
            return
        self._stored = {}
        if self.name.text() != (name := self._shown(stage.name)):
            self.name.setText(name)
        self.start_week.setValue(stage.start_week)
        self.end_week.setValue(stage.end_week or 0)
        for field, edit in self.lists.items():
            lines = stage.precaution_texts() if field == "precautions" else getattr(stage, field)
            edit.set_lines(tuple(self._shown(line) for line in lines))
        self.walking.show_plan(stage.walking)
        self.name_message.show_problem("")
        self.weeks_message.show_problem("")

    def _shown(self, stored: str) -> str:
        """`stored` in the screen's language where a template or the catalog has it, remembered so that
        reading the field back gives the stored text."""
        shown = known(stored, current_language()) or stored
        if shown != stored:
            self._stored[shown] = stored
        return shown

    def _values(self) -> dict[str, object]:
        def stored(text: str) -> str:
            return self._stored.get(text, text)

        values: dict[str, object] = {
            "name": stored(self.name.text()),
            "start_week": self.start_week.value(),
            "end_week": self.end_week.value() or None,
        }
        for field, edit in self.lists.items():
            values[field] = tuple(stored(line) for line in edit.lines())
        if self._stage is not None:
            values["precautions"] = with_texts(self._stage.precautions, values["precautions"])
        return values

    def _offer(self) -> None:
        stage = self._stage
        if stage is None:
            return
        changes = {field: value for field, value in self._values().items() if getattr(stage, field) != value}
        if not changes:
            return
        if problem := control_character_problem(self.name.text()):
            self.name_message.show_problem(problem)
            return
        if "name" in changes:  # as typed, without what only makes trouble in a name (core/safe_text.py)
            changes["name"] = tidy_typed(changes["name"])
        if not tidy_typed(self.name.text()).strip():
            self.name_message.show_problem(self.tr("Give the stage a name."))
            return
        try:
            updated(stage, **changes)
        except ValidationError as error:
            self._show_refusal(error)
            return
        self.name_message.show_problem("")
        self.weeks_message.show_problem("")
        self.edited.emit(stage.id, changes)

    def _offer_plan(self, plan: object) -> None:
        """The walking plan goes through the program's own edit (see program_commands.edit_stage), which
        doses the walking exercise by the plan as well."""
        if self._stage is not None:
            self.edited.emit(self._stage.id, {"walking": plan})

    def _show_refusal(self, error: ValidationError) -> None:
        for detail in error.errors(include_url=False):
            field = detail["loc"][0] if detail["loc"] else "weeks"
            if field == "name":
                self.name_message.show_problem(self.tr("Give the stage a name."))
            elif field in ("start_week", "end_week", "weeks"):
                self.weeks_message.show_problem(problem_sentence(detail, named=False))
