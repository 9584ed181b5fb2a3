"""The staged program editor: stages in order on the left, the chosen stage's fields and exercises
on the right, safety warnings under them. Every change is an undo command on the model's stack."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core import clock
from ptplanner.core import program_edit as edit
from ptplanner.core.exercise import Exercise
from ptplanner.core.language import data_text
from ptplanner.core.library import Library
from ptplanner.core.program import MAX_STAGES, ProgramItem, Stage
from ptplanner.core.program_reuse import is_clinic_template
from ptplanner.core.safe_text import isolated, one_line
from ptplanner.core.templates import ProgramTemplate
from ptplanner.gui import dialogs
from ptplanner.gui.field_labels import buddy_label
from ptplanner.gui.models import program_commands as commands
from ptplanner.gui.models.program import ProgramModel
from ptplanner.gui.program.height_share import ExerciseRowsKept
from ptplanner.gui.program.items_table import ItemsTable, variations
from ptplanner.gui.program.stage_form import StageForm
from ptplanner.gui.program.stage_tiles import StageTiles

NO_STAGES = QT_TRANSLATE_NOOP(
    "ProgramEditor",
    "<h3>No stages yet</h3><p>Start from a template above (the quickest way), or add a first stage "
    "and double-click or drag exercises into it from the library.</p>",
)
ADD_HINT = QT_TRANSLATE_NOOP("ProgramEditor", "Double-click or drag an exercise from the library to add it.")
WEEKS_PER_NEW_STAGE = 6
WARNINGS_SHOWN = 3


class ProgramEditor(QWidget):
    def __init__(self, templates: dict[str, ProgramTemplate], parent=None) -> None:
        super().__init__(parent, objectName="programEditor")
        self.model: ProgramModel | None = None
        self._library = Library()
        self._templates = templates
        self._today = clock.today()

        self.template_choice = QComboBox(objectName="templateChoice")
        self.template_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_choice.setMinimumContentsLength(10)
        self.template_choice.setPlaceholderText(self.tr("Choose a template"))
        self._template_shown: str | None = None  # the template_id the box last showed as the origin
        self.set_templates(templates)
        self.start_button = QPushButton(self.tr("Start from template"), objectName="startFromTemplate")
        self.next_stage_button = QPushButton(self.tr("Move to next stage"), objectName="moveToNextStage")
        self.move_date = QDateEdit(objectName="moveDate", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.stage_list = StageTiles()
        self.add_stage_button = QPushButton(self.tr("Add stage"), objectName="addStage")
        self.copy_stage_button = QPushButton(self.tr("Copy stage"), objectName="copyStage")
        self.remove_stage_button = QPushButton(self.tr("Remove stage"), objectName="removeStage")
        self.stage_form = StageForm()
        self.items = ItemsTable()
        self.easier_button = QToolButton(text=self.tr("Easier"), objectName="easierButton")
        self.harder_button = QToolButton(text=self.tr("Harder"), objectName="harderButton")
        self.up_button = QToolButton(text="▲", objectName="moveItemUp", toolTip=self.tr("Move up (Alt+Up)"))
        self.down_button = QToolButton(text="▼", objectName="moveItemDown")
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.remove_item_button = QToolButton(text=self.tr("Remove"), objectName="removeItem")
        self.update_button = QToolButton(
            text=self.tr("Update from library"),
            objectName="updateFromLibrary",
            toolTip=self.tr("Give the chosen exercises the library's newer text and pictures (Ctrl+U)"),
        )
        self.update_all_button = QPushButton(self.tr("Update all"), objectName="updateAllFromLibrary")
        self.update_all_button.setToolTip(
            self.tr("Update every exercise in the program that the library has changed (Ctrl+Shift+U)")
        )
        self.stage_warnings = _notice("stageWarnings", "background:#fff4e5; border:1px solid #e0a040;")
        self.refusal = _notice("programRefusal", "background:#fdecea; border:1px solid #d9534f;")
        self.library_updates = _notice("libraryUpdates", "background:#eef4fb; border:1px solid #8fb3dc;")
        self.no_stages = QLabel(self.tr(NO_STAGES), objectName="noStages", wordWrap=True)
        self.no_stages.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.first_stage_button = QPushButton(self.tr("Add a first stage"), objectName="addFirstStage")
        self._lay_out()
        self._connect()
        self.set_model(None)

    def set_templates(self, templates: dict[str, ProgramTemplate]) -> None:
        """The templates to start from, bundled and the clinic's own (gui/program/reuse.py); the chosen one
        stays chosen."""
        chosen = self.template_choice.currentData()
        self._templates = templates
        self.template_choice.clear()
        for template in sorted(templates.values(), key=lambda t: data_text(t.name).casefold()):
            # the clinic's own are marked, as two may read alike
            label = self.tr("{name} (clinic)") if is_clinic_template(template.id) else "{name}"
            self.template_choice.addItem(label.format(name=isolated(data_text(template.name))), template.id)
        # None chosen: the placeholder, never the first template as if the program came from it
        self.template_choice.setCurrentIndex(-1 if chosen is None else self.template_choice.findData(chosen))

    # layout

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Temp&late"), self.template_choice))
        top.addWidget(self.template_choice, 1)
        top.addWidget(self.start_button)
        top.addSpacing(8)
        top.addWidget(self.next_stage_button)
        top.addWidget(buddy_label(self.tr("o&n"), self.move_date))
        top.addWidget(self.move_date)

        # Two rows of buttons, no taller than two rows of tiles: the height goes to the exercises.
        stage_buttons = QGridLayout()
        stage_buttons.addWidget(self.add_stage_button, 0, 0)
        stage_buttons.addWidget(self.copy_stage_button, 0, 1)
        stage_buttons.addWidget(self.remove_stage_button, 1, 0, 1, 2)
        stage_buttons.setRowStretch(2, 1)
        stages = QHBoxLayout()
        stages.addWidget(self.stage_list, 1)
        stages.addLayout(stage_buttons)

        item_buttons = QHBoxLayout()
        for button in (
            self.easier_button,
            self.harder_button,
            self.up_button,
            self.down_button,
            self.remove_item_button,
            self.update_button,
        ):
            item_buttons.addWidget(button)
        item_buttons.addWidget(QLabel(f"<small>{self.tr(ADD_HINT)}</small>", wordWrap=True), 1)
        for button in (self.easier_button, self.harder_button):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setMenu(QMenu(button))

        items = QWidget()
        items_layout = QVBoxLayout(items)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.items, 1)
        items_layout.addLayout(item_buttons)
        items_layout.addWidget(self.stage_warnings)
        updates = QHBoxLayout()
        updates.addWidget(self.library_updates, 1)
        updates.addWidget(self.update_all_button, 0, Qt.AlignmentFlag.AlignVCenter)
        items_layout.addLayout(updates)

        # The stage's fields scroll, so on a small screen the exercise table keeps the height.
        form_scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        form_scroll.setWidget(self.stage_form)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="programSplitter")
        self.splitter.addWidget(form_scroll)
        self.splitter.addWidget(items)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        ExerciseRowsKept(self.splitter, self.stage_form, self.items)
        stage_page = QWidget()
        page_layout = QVBoxLayout(stage_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(stages)
        page_layout.addWidget(self.splitter, 1)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch()
        empty_layout.addWidget(self.no_stages)
        empty_layout.addWidget(self.first_stage_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch()
        self.pages = QStackedWidget()
        self.pages.addWidget(stage_page)
        self.pages.addWidget(empty_page)
        self._stage_page, self._empty_page = stage_page, empty_page

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.refusal)
        layout.addWidget(self.pages, 1)

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.start_from_template)
        self.next_stage_button.clicked.connect(self.move_to_next_stage)
        self.add_stage_button.clicked.connect(self.add_stage)
        self.first_stage_button.clicked.connect(self.add_stage)
        self.copy_stage_button.clicked.connect(self.copy_stage)
        self.remove_stage_button.clicked.connect(self.remove_stage)
        self.stage_form.edited.connect(self._stage_edited)
        self.items.swap_requested.connect(self.swap)
        self.items.remove_requested.connect(self.remove_selected_items)
        self.items.move_requested.connect(self.move_current_item)
        self.up_button.clicked.connect(lambda: self.move_current_item(-1))
        self.down_button.clicked.connect(lambda: self.move_current_item(1))
        self.remove_item_button.clicked.connect(self.remove_selected_items)
        self.update_button.clicked.connect(self.update_selected_items)
        self.update_all_button.clicked.connect(self.update_all_items)
        self.up_button.setShortcut("Alt+Up")
        self.down_button.setShortcut("Alt+Down")
        self.update_button.setShortcut("Ctrl+U")
        self.update_all_button.setShortcut("Ctrl+Shift+U")

    # what the owner calls

    def set_model(self, model: ProgramModel | None, today: date | None = None) -> None:
        self.model = model
        self._today = today or clock.today()
        self._template_shown = None  # a newly opened program shows where it came from
        self.move_date.setDate(QDate(self._today.year, self._today.month, self._today.day))
        self.setEnabled(model is not None)
        self.refusal.hide()
        self.stage_list.setModel(model)
        self.items.setModel(model)
        if model is None:
            self.stage_form.show_stage(None)
            for widget in (self.library_updates, self.update_all_button, self.update_button):
                widget.hide()
            return
        model.set_library(self._library)
        self.items.configure_columns()
        self.stage_list.selectionModel().currentRowChanged.connect(self._stage_chosen)
        self.items.selectionModel().currentRowChanged.connect(self._update_item_buttons)
        self.items.selectionModel().selectionChanged.connect(self._update_item_buttons)
        model.program_changed.connect(self._refresh)
        model.refused.connect(self._show_refusal)
        model.modelReset.connect(self._select_current_stage)
        model.rowsInserted.connect(self._show_added_items)
        self._select_current_stage()

    def set_library(self, library: Library) -> None:
        self._library = library
        self.items.set_library(library)
        if self.model is not None:
            self.model.set_library(library)
            self._refresh()  # which exercises the library has changed

    def current_stage(self) -> Stage | None:
        index = self.stage_list.currentIndex()
        return self.model.stage(index.row()) if self.model is not None and index.isValid() else None

    def select_stage(self, row: int) -> None:
        if self.model is not None and 0 <= row < self.model.rowCount():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.stage_list.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _show_added_items(self, parent: QModelIndex, first: int, last: int) -> None:
        """Exercises added to the stage shown (a drop, a paste, an undone removal) are selected and in view."""
        if not parent.isValid() or parent != self.items.rootIndex():
            return
        Flag = QItemSelectionModel.SelectionFlag
        added = QItemSelection(self.model.index(first, 0, parent), self.model.index(last, 0, parent))
        self.items.selectionModel().select(added, Flag.ClearAndSelect | Flag.Rows)
        last_added = QPersistentModelIndex(self.model.index(last, 0, parent))
        self.items.selectionModel().setCurrentIndex(QModelIndex(last_added), Flag.NoUpdate)
        # Once the table has laid out the new rows: scrolling now would use the old scroll range.
        QTimer.singleShot(0, lambda: last_added.isValid() and self.items.scrollTo(QModelIndex(last_added)))

    def select_item(self, row: int) -> None:
        index = self.items.model().index(row, 0, self.items.rootIndex())
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.items.selectionModel().setCurrentIndex(index, flags)
        self.items.scrollTo(index)  # a new exercise at the end of a long stage is seen, not hidden below

    # operations, each one undo step

    def add_exercise(self, exercise_id: str) -> None:
        """Add to the chosen stage, after the chosen exercise (at the end when none is chosen)."""
        stage = self.current_stage()
        if self.model is None or stage is None:
            self._show_refusal(self.tr("Choose or add a stage first, then add exercises to it."))
            return
        current = self.items.currentIndex()
        row = current.row() + 1 if current.isValid() else len(stage.items)
        self.model.add_exercises(stage.id, row, [exercise_id])
        self.select_item(row)

    def start_from_template(self) -> None:
        template = self._templates.get(self.template_choice.currentData())
        if self.model is None or template is None:
            return
        program = self.model.program()
        if any(stage.items for stage in program.stages) and not dialogs.replace_program(self, template.name):
            return
        source = template.instantiate(self._library, program.patient_id, self._today)
        text = self.tr("Start from “{template}”").format(template=data_text(template.name))
        self._push(commands.SetContent(self.model, source, text))

    def add_stage(self) -> None:
        self._insert_stage(self._new_stage(), self.tr("Add stage"))

    def copy_stage(self) -> None:
        stage = self.current_stage()
        if stage is not None:
            text = self.tr("Copy stage {stage}").format(stage=data_text(stage.name))
            self._insert_stage(edit.copy_of_stage(stage), text)

    def remove_stage(self) -> None:
        stage = self.current_stage()
        if self.model is not None and stage is not None:
            text = self.tr("Remove stage {stage}").format(stage=data_text(stage.name))
            self._push(commands.RemoveStage(self.model, stage.id, text))

    def move_to_next_stage(self) -> None:
        if self.model is None:
            return
        program = self.model.program()
        try:
            move = edit.next_stage_move(program, self.move_date.date().toPython())
        except ValueError as error:
            self._show_refusal(str(error).capitalize() + ".")
            return
        name = data_text(program.stages[move.stage_index].name)
        text = self.tr("Move to stage {stage}").format(stage=name)
        self._push(commands.SetMoves(self.model, (*program.moves, move), text))
        self.select_stage(move.stage_index)

    def swap(self, item: ProgramItem, exercise: Exercise) -> None:
        stage = self.current_stage()
        if self.model is None or stage is None:
            return
        text = self.tr("Swap {exercise} for {other}").format(
            exercise=item.exercise.shown_name(), other=exercise.shown_name()
        )
        self._push(commands.SetItem(self.model, stage.id, item, edit.swapped(item, exercise), text))

    def remove_selected_items(self) -> None:
        stage = self.current_stage()
        ids = self.items.selected_item_ids() if self.model is not None else []
        if stage is not None and ids:
            self._push(commands.remove_items(self.model, stage.id, ids))

    def update_selected_items(self) -> None:
        """The chosen exercises that the library has changed get its version; one undo step."""
        ids = self.items.selected_item_ids() if self.model is not None else []
        self._update_from_library(self.model.out_of_date(ids) if ids else [])

    def update_all_items(self) -> None:
        self._update_from_library(self.model.out_of_date() if self.model is not None else [])

    def _update_from_library(self, out_of_date: list[commands.OutOfDate]) -> None:
        if out_of_date:
            self._push(commands.update_from_library(self.model, out_of_date))

    def move_current_item(self, step: int) -> None:
        stage = self.current_stage()
        item = self.items.current_item()
        if self.model is None or stage is None or item is None:
            return
        row = edit.item_row(stage, item.id)
        if 0 <= row + step < len(stage.items):
            self._push(
                commands.MoveItem(
                    self.model, stage.id, item.id, row + step,
                    self.tr("Move {exercise}").format(exercise=item.exercise.shown_name()),
                )
            )
            self.select_item(row + step)

    # keeping the views in step

    def _push(self, command) -> None:
        self.refusal.hide()
        self.model.undo_stack.push(command)

    def _insert_stage(self, stage: Stage, text: str) -> None:
        if self.model is None:
            return
        if self.model.rowCount() >= MAX_STAGES:
            self._show_refusal(self.tr("A program has at most {count} stages.").format(count=MAX_STAGES))
            return
        current = self.stage_list.currentIndex()
        row = current.row() + 1 if current.isValid() else self.model.rowCount()
        self._push(commands.InsertStage(self.model, row, stage, text))
        self.select_stage(row)

    def _new_stage(self) -> Stage:
        stage = self.current_stage()
        if stage is None and self.model is not None and self.model.rowCount():
            stage = self.model.stage(self.model.rowCount() - 1)
        start = 0 if stage is None else stage.end_week or stage.start_week + WEEKS_PER_NEW_STAGE
        count = self.model.rowCount() if self.model is not None else 0
        return Stage(name=self.tr("Stage {number}").format(number=count + 1), start_week=min(start, 519))

    def _stage_edited(self, stage_id: str, changes: dict) -> None:
        if self.model is not None:
            self._push(commands.edit_stage(self.model, stage_id, changes, clock.today()))

    def _select_current_stage(self) -> None:
        if self.model is None:
            return
        current = self.model.program().current_stage_index()
        self.select_stage(current if current is not None else 0)
        self._refresh()

    def _stage_chosen(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        self.items.setRootIndex(current if current.isValid() else QModelIndex())
        self._refresh()

    def _refresh(self) -> None:
        """After any change: the chosen stage's form, warnings, buttons, and the empty state."""
        if self.model is None:
            return
        has_stages = self.model.rowCount() > 0
        self.pages.setCurrentWidget(self._stage_page if has_stages else self._empty_page)
        stage = self.current_stage()
        if stage is None and has_stages:
            self.select_stage(0)
            return
        self.stage_form.show_stage(stage)
        self._show_template_origin()
        warnings = self.model.warnings_for(stage.id) if stage else []
        for item in stage.items if stage else ():
            warnings = warnings + self.model.warnings_for(item.id)
        self._show_warnings(warnings)
        self._show_library_updates(stage)
        last = self.model.program().current_stage_index() in (None, self.model.rowCount() - 1)
        self.next_stage_button.setEnabled(not last)
        self.copy_stage_button.setEnabled(stage is not None)
        self.remove_stage_button.setEnabled(stage is not None)
        self._update_item_buttons()

    def _update_item_buttons(self, *_: QModelIndex) -> None:
        item = self.items.current_item() if self.model is not None else None
        easier, harder = variations(item, self._library) if item else ([], [])
        for button, exercises in ((self.easier_button, easier), (self.harder_button, harder)):
            menu = button.menu()
            menu.clear()
            for exercise in exercises:
                menu.addAction(one_line(exercise.shown_name()), lambda e=exercise, i=item: self.swap(i, e))
            button.setEnabled(bool(exercises))
        self.remove_item_button.setEnabled(item is not None)
        stage = self.current_stage() if item is not None else None
        row = edit.item_row(stage, item.id) if stage is not None else -1
        self.up_button.setEnabled(row > 0)  # not on the first: a click there did nothing, and said nothing
        self.down_button.setEnabled(0 <= row < len(stage.items) - 1 if stage is not None else False)
        # Shown only while the library has changed an exercise of the program; usable for the chosen ones.
        self.update_button.setVisible(self.model is not None and bool(self.model.out_of_date()))
        ids = self.items.selected_item_ids() if item is not None else []
        self.update_button.setEnabled(bool(ids and self.model.out_of_date(ids)))

    def _show_template_origin(self) -> None:
        """The box shows the template the program came from (none chosen for one built by hand)."""
        template_id = self.model.program().template_id
        if template_id != self._template_shown:  # only when it changes, so a choice being made is kept
            self._template_shown = template_id
            self.template_choice.setCurrentIndex(self.template_choice.findData(template_id))

    def _show_warnings(self, warnings: list[str]) -> None:
        """The first few in full; all of them in the tooltip, and each beside its exercise (⚠)."""
        lines = [f"⚠ {w}" for w in warnings]
        more = len(lines) - WARNINGS_SHOWN
        shown = lines[:WARNINGS_SHOWN] + (
            [self.tr("…and %n more: point at a ⚠ exercise to read its warning.", "", more)]
            if more > 0
            else []
        )
        self.stage_warnings.setText("\n".join(shown))
        self.stage_warnings.setToolTip("\n".join(lines[:60]) if more > 0 else "")
        self.stage_warnings.setVisible(bool(warnings))

    def _show_library_updates(self, stage: Stage | None) -> None:
        """Quietly, under the warnings: which exercises the library has changed since they were added."""
        out_of_date = self.model.out_of_date()
        here = [isolated(item.exercise.shown_name()) for stage_id, item, _ in out_of_date
                if stage and stage_id == stage.id]
        elsewhere = len(out_of_date) - len(here)
        parts = [", ".join(here)] if here else []
        if elsewhere:
            if elsewhere == 1:  # English has no translation file: its singular and plural are chosen here
                parts.append(self.tr("%n exercise in another stage", "", elsewhere))
            else:
                parts.append(self.tr("%n exercises in other stages", "", elsewhere))
        newer = self.tr(
            "ℹ Newer in the library than here (shown in italics): {exercises}. "
            "Updating keeps the dose and note."
        )
        self.library_updates.setText(newer.format(exercises=self.tr(" and ").join(parts)))
        self.library_updates.setVisible(bool(out_of_date))
        self.update_all_button.setVisible(bool(out_of_date))

    def _show_refusal(self, message: str) -> None:
        self.refusal.setText(message)
        self.refusal.show()


def _notice(name: str, style: str) -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # exercise and stage names are shown as typed
    label.setStyleSheet(f"QLabel {{ {style} padding: 6px; }}")
    label.hide()
    return label
