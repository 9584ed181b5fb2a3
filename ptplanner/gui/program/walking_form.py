"""A stage's walking plan in the stage form: on or off, its numbers, and the weeks it gives.

A change is offered (signal `plan_edited`) when the therapist leaves a field, only if WalkingPlan
accepts it; otherwise the problem is shown under the fields and nothing changes.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ptplanner.core.validation_words import problem_sentence
from ptplanner.core.walking import WalkingPlan, WalkingWeek
from ptplanner.gui.field_labels import buddy_label
from ptplanner.gui.patients.fields import FieldMessage

DEFAULT_PLAN = WalkingPlan(  # 3 walks of 5 minutes, one minute more each week, to 3 walks of 10
    baseline_minutes_per_day=15,
    weekly_increase_minutes=3,
    target_minutes_per_day=30,
    walks_per_day=3,
    weeks=6,
)
# field, label, the field's bounds come from WalkingPlan
_FIELDS = (
    ("baseline_minutes_per_day", QT_TRANSLATE_NOOP("WalkingPlanForm", "Start at (m&inutes a day)")),
    ("weekly_increase_minutes", QT_TRANSLATE_NOOP("WalkingPlanForm", "Add eac&h week (minutes)")),
    ("target_minutes_per_day", QT_TRANSLATE_NOOP("WalkingPlanForm", "&Up to (minutes a day)")),
    ("walks_per_day", QT_TRANSLATE_NOOP("WalkingPlanForm", "Walks a &day")),
    ("weeks", QT_TRANSLATE_NOOP("WalkingPlanForm", "&Weeks")),
)


class WalkingPlanForm(QWidget):
    plan_edited = Signal(object)  # the new WalkingPlan, or None when the stage has no plan any more

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="walkingPlanForm")
        self._plan: WalkingPlan | None = None
        self.enabled = QCheckBox(self.tr("Walking plan"), objectName="walkingPlanOn")
        self.spins: dict[str, QSpinBox] = {}
        grid = QGridLayout()
        for column, (field, label) in enumerate(_FIELDS):
            low, high = _bounds(field)
            spin = QSpinBox(objectName=f"walking_{field}", minimum=low, maximum=high)
            spin.setKeyboardTracking(False)
            spin.editingFinished.connect(self._offer)
            grid.addWidget(buddy_label(self.tr(label), spin), 0, column)
            grid.addWidget(spin, 1, column)
            self.spins[field] = spin
        self.weeks_shown = QLabel(objectName="walkingPlanWeeks")
        self.message = FieldMessage("walkingPlanMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addLayout(grid)
        layout.addWidget(self.weeks_shown)
        layout.addWidget(self.message)
        self.enabled.toggled.connect(self._toggled)

    def show_plan(self, plan: WalkingPlan | None) -> None:
        self._plan = plan
        shown = plan or DEFAULT_PLAN
        self.enabled.blockSignals(True)
        self.enabled.setChecked(plan is not None)
        self.enabled.blockSignals(False)
        for field, spin in self.spins.items():
            spin.setValue(getattr(shown, field))
            spin.setEnabled(plan is not None)
        self.weeks_shown.setText(self._weeks_text(plan))
        self.message.show_problem("")

    def _toggled(self, on: bool) -> None:
        for spin in self.spins.values():
            spin.setEnabled(on)
        self._offer()

    def _offer(self) -> None:
        if not self.enabled.isChecked():
            if self._plan is not None:
                self.plan_edited.emit(None)
            return
        values = {field: spin.value() for field, spin in self.spins.items()}
        base = (self._plan or DEFAULT_PLAN).model_dump()
        try:
            plan = WalkingPlan.model_validate({**base, **values})
        except ValidationError as error:
            detail = error.errors(include_url=False)[0]
            self.message.show_problem(problem_sentence(detail, named=False))
            return
        self.message.show_problem("")
        if plan != self._plan:
            self.plan_edited.emit(plan)

    def _weeks_text(self, plan: WalkingPlan | None) -> str:
        if plan is None:
            return self.tr("No walking plan in this stage.")
        schedule = plan.schedule()
        return self.tr("Week 1: {first}. Week {last_week}: {last}.").format(
            first=self._walks(schedule[0]), last_week=len(schedule), last=self._walks(schedule[-1])
        )

    def _walks(self, week: WalkingWeek) -> str:
        """'3 walks of 10 minutes'. English has no translation file: its singular and plural are chosen
        here; each is a numerus message, so every other language gets all of its own plural forms."""
        count, minutes = week.walks_per_day, week.minutes_per_walk
        walks = self.tr("%n walk", "", count) if count == 1 else self.tr("%n walks", "", count)
        long = self.tr("%n minute", "", minutes) if minutes == 1 else self.tr("%n minutes", "", minutes)
        return self.tr("{walks} of {minutes}").format(walks=walks, minutes=long)


def _bounds(field: str) -> tuple[int, int]:
    metadata = WalkingPlan.model_fields[field].metadata
    low = next(m.ge for m in metadata if hasattr(m, "ge"))
    high = next(m.le for m in metadata if hasattr(m, "le"))
    return low, high

