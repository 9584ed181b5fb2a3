"""The library browser: find an exercise, read how it is done, and keep the clinic's own exercises.

Signals: `exercise_activated(id)` on double-click or Enter ("add this to the program");
`library_changed()` after the clinic created, edited, archived or restored one of its exercises.
Drags carry the ids as `application/x-ptplanner-exercise-ids`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING


from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core.exercise import Exercise, Origin
from ptplanner.core.library import Library
from ptplanner.core.roles import Action
from ptplanner.core.safe_text import isolated
from ptplanner.error_text import user_message
from ptplanner.gui.library.clinic import (
    Draft,
    blank_draft,
    duplicate_draft,
    edit_draft,
    with_clinic_exercises,
)
from ptplanner.gui.library.detail import ExerciseDetail
from ptplanner.gui.library.filters import FilterBar
from ptplanner.gui.library.photo_shelf import PhotoShelf, stored_form
from ptplanner.gui.search_keys import SearchKeys
from ptplanner.gui.tasks import TaskRunner
from ptplanner.gui.library.pictures import ExercisePictures
from ptplanner.gui.library.table import ExerciseTable
from ptplanner.gui.models.library import LibraryFilterProxy, LibraryTableModel, SortedLibrary

if TYPE_CHECKING:
    from ptplanner.app.clinic import Clinic, ClinicExercises
    from ptplanner.gui.library.editor import ExerciseDialog
    from ptplanner.gui.library.exercise_form import Photos

NO_STORE_TIP = QT_TRANSLATE_NOOP("LibraryBrowser", "Open a clinic's data folder to keep its own exercises.")


class LibraryBrowser(QWidget):
    exercise_activated = Signal(str)
    library_changed = Signal()
    search_left = Signal()  # Escape in an empty search box or the list: the keyboard goes back to the page

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryBrowser")
        self._library = Library()
        self._clinic: Clinic | None = None
        self._photos: PhotoShelf | None = None
        self._runner: TaskRunner | None = None  # set with the clinic: the library's reads and writes
        self.dialog: ExerciseDialog | None = None

        self.pictures = ExercisePictures(device_pixel_ratio=self.devicePixelRatioF())
        self.model = LibraryTableModel(parent=self, thumbnail=self.pictures.thumbnail)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(
            objectName="librarySearch",
            placeholderText=self.tr("Search: name, clinical name or abbreviation (TrA, SLR), muscle or tag"),
        )
        self.search.setClearButtonEnabled(True)
        self.filters = FilterBar()
        self.count = QLabel(objectName="libraryCount", textFormat=Qt.TextFormat.RichText)
        self.count.linkActivated.connect(lambda _: self.clear_filters())
        self.table = ExerciseTable()
        self.table.setModel(self.proxy)
        self.table.configure_columns()
        self.detail = ExerciseDetail(self.pictures.pictures)
        # Short words, so the panel can be narrow on a small screen; the panel's title says what is new.
        self.new_button = QPushButton(
            self.tr("New…"), objectName="newExercise", toolTip=self.tr("Make a new clinic exercise")
        )
        self.duplicate_button = QPushButton(self.tr("Duplicate…"), objectName="duplicateExercise")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="editExercise")
        self.archive_button = QPushButton(self.tr("Archive"), objectName="archiveExercise")
        self._lay_out()

        self.search.textChanged.connect(self._filter)
        self.filters.changed.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.exercise_activated.connect(self.exercise_activated)
        SearchKeys(self.search, self.table, self.table.activate, self.search_left.emit)
        self.detail.exercise_link_clicked.connect(self.select_exercise)
        self.new_button.clicked.connect(self.new_exercise)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archived)
        self._show_count()
        self._update_buttons()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.edit_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search)
        top_layout.addWidget(self.filters)
        top_layout.addWidget(self.count)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # what the owner calls

    def set_library(
        self, library: Library, sorted_library: SortedLibrary | None = None, thumbnails: dict | None = None
    ) -> None:
        """Show `library` (bundled plus clinic exercises), keeping the selected exercise if it is still there;
        `sorted_library`: its exercises sorted for the model already (SortedLibrary.of, on a worker);
        `thumbnails`: the first screen's, drawn there too (pictures.first_thumbnails)."""
        selected = self.current_exercise()
        self._library = library
        if self._photos is not None:
            self._photos.refresh()
        self.pictures.forget()
        self.pictures.add_drawn(thumbnails or {})
        if sorted_library is None:
            self.model.set_exercises(library.exercises.values())
        else:
            self.model.set_sorted(sorted_library)
        if selected is not None:
            self.select_exercise(selected.id)
        self._show_count()
        self._show_current()

    def set_clinic(self, clinic: Clinic, runner: TaskRunner) -> None:
        """Where the clinic's exercises and their photos are kept, and the `runner` that reads and writes
        them off the GUI thread."""
        self._clinic = clinic
        self._runner = runner
        self._photos = PhotoShelf(clinic, self._runner, self._photos_arrived)
        self.pictures.set_photo_loader(self._photos.image if self._photos else None)
        self.table.viewport().update()
        self._show_current()

    def library(self) -> Library:
        return self._library

    def _photos_arrived(self, exercise_id: str | None) -> None:
        self.pictures.forget(exercise_id, keep_drawn=exercise_id is None)  # a photo may now come first
        self.table.viewport().update()
        current = self.current_exercise()
        if exercise_id is None or (current is not None and current.id == exercise_id):
            self._show_current()

    def current_exercise(self) -> Exercise | None:
        return self.proxy.exercise_at(self.table.currentIndex())

    def select_exercise(self, exercise_id: str) -> bool:
        """Select and show the exercise, clearing the filters if they hide it. False if it cannot be shown."""
        index = self.proxy.index_of(exercise_id)
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.index_of(exercise_id)
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def clear_filters(self) -> None:
        self.search.clear()
        self.filters.clear()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """An Escape not taken by the list, the filters or a button: back to the page, as from the search."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.search_left.emit()
            return
        super().keyPressEvent(event)

    # browsing

    def _filter(self) -> None:
        self.proxy.set_filter(self.filters.library_filter(self.search.text()))
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        narrowed = bool(self.search.text().strip()) or self.filters.is_narrowing()
        if not narrowed:
            self.count.setText(self.tr("{count} exercises").format(count=total))
        elif shown == 0:
            self.count.setText(
                self.tr("No exercise matches. <a href='clear'>Clear the search and filters</a>")
            )
        else:
            self.count.setText(
                self.tr("{shown} of {total} exercises · <a href='clear'>show all</a>").format(
                    shown=shown, total=total
                )
            )

    def _show_current(self, *_: QModelIndex) -> None:
        exercise = self.current_exercise()
        if exercise is None:
            self.detail.show_nothing()
        else:
            self.detail.show_exercise(exercise, self._library)
        self._update_buttons()

    def role_changed(self) -> None:
        """Another account signed in: offer what its role may do."""
        self._update_buttons()

    def _update_buttons(self) -> None:
        exercise = self.current_exercise()
        refused = None if self._clinic is None else self._clinic.refusal(Action.CHANGE_CLINICAL)
        can_store = self._clinic is not None and refused is None
        no_store_tip = refused or self.tr(NO_STORE_TIP)
        is_clinic = exercise is not None and exercise.origin is Origin.CLINIC
        self.new_button.setEnabled(can_store)
        self.duplicate_button.setEnabled(can_store and exercise is not None)
        self.edit_button.setEnabled(can_store and is_clinic)
        self.archive_button.setEnabled(can_store and is_clinic)
        self.archive_button.setText(
            self.tr("Restore") if is_clinic and exercise.archived else self.tr("Archive")
        )
        for button in (self.new_button, self.duplicate_button):
            button.setToolTip("" if can_store else no_store_tip)
        if exercise is not None and not is_clinic:
            tip = self.tr("Exercises that come with ptplanner cannot be changed; duplicate one to adapt it.")
        else:
            tip = "" if can_store else no_store_tip
        self.edit_button.setToolTip(tip)
        self.archive_button.setToolTip(tip)

    # the clinic's own exercises

    def new_exercise(self) -> None:
        self._open_dialog(blank_draft(), self.tr("New clinic exercise"), photos={})

    def duplicate_selected(self) -> None:
        exercise = self.current_exercise()
        if exercise is not None:
            self._open_with_photos(exercise, duplicate_draft(exercise), self.tr("Duplicate exercise"))

    def edit_selected(self) -> None:
        exercise = self.current_exercise()
        if exercise is not None and exercise.origin is Origin.CLINIC:
            self._open_with_photos(exercise, edit_draft(exercise), self.tr("Edit clinic exercise"))

    def toggle_archived(self) -> None:
        exercise = self.current_exercise()
        if self._clinic is None or exercise is None or exercise.origin is not Origin.CLINIC:
            return
        changed = exercise.model_copy(update={"archived": not exercise.archived})
        clinic = self._clinic

        def not_changed(error: BaseException) -> None:
            why = user_message(error)
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("“{name}” could not be changed: {why}").format(
                    name=isolated(exercise.shown_name()), why=why
                ),
            )

        def saved(_: object) -> None:
            self._reload_clinic(changed.id)

        self._runner.write(lambda: clinic.save_exercise(changed), saved, not_changed)

    def _open_with_photos(self, exercise: Exercise, draft: Draft, title: str) -> None:
        """Open the dialog with the exercise's stored photos, read off the GUI thread first (None: photos
        cannot be kept here; a bundled exercise has none)."""
        if self._photos is None:
            self._open_dialog(draft, title, None)
        elif exercise.origin is not Origin.CLINIC:
            self._open_dialog(draft, title, {})
        else:
            # Not opened without them: saving would then remove the photos that could not be read.
            def not_read(error: BaseException) -> None:
                why = user_message(error)
                message = self.tr("The photos of “{name}” could not be read: {why}").format(
                    name=isolated(exercise.shown_name()), why=why
                )
                QMessageBox.warning(self, self.tr("Not opened"), message)

            def opened(photos: Photos) -> None:
                self._open_dialog(draft, title, photos)

            self._photos.with_photos(exercise.id, opened, not_read)

    def _open_dialog(self, draft: Draft, title: str, photos: Photos | None) -> None:
        if self._clinic is None:
            return
        if self._photos is None:
            photos = None
        from ptplanner.gui.library.editor import ExerciseDialog  # when first asked for, not at start-up

        self.dialog = ExerciseDialog(draft, self._library, self._save, photos, title, parent=self)
        self.dialog.accepted.connect(self._dialog_saved)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _save(
        self,
        exercise: Exercise,
        photos: Photos | None,
        done: Callable[[], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        assert self._clinic is not None
        clinic = self._clinic
        # One transaction: an exercise whose photos could not be written is not saved either.
        kept = stored_form(photos) if photos is not None and self._photos is not None else None

        def then(report: Callable[..., None], *args: object) -> None:
            if self._photos is not None:
                self._photos.refresh()
            report(*args)

        self._runner.write(
            lambda: clinic.save_exercise(exercise, kept),
            lambda _: then(done),
            lambda error: then(failed, error),
        )

    def _dialog_saved(self) -> None:
        saved = self.dialog.saved_exercise if self.dialog else None
        self.dialog = None
        if saved is not None:
            self._reload_clinic(saved.id)

    def _reload_clinic(self, select_id: str) -> None:
        assert self._clinic is not None
        clinic = self._clinic

        def show(read: ClinicExercises) -> None:
            self.set_library(with_clinic_exercises(self._library, read.exercises, read.problems()))
            self.select_exercise(select_id)
            self.library_changed.emit()

        def not_read(error: BaseException) -> None:
            why = user_message(error)
            message = self.tr("The clinic's exercises could not be read again: {why}").format(why=why)
            QMessageBox.warning(self, self.tr("Not shown"), message)

        self._runner.read(lambda: clinic.clinic_exercises(include_archived=True), show, not_read)
