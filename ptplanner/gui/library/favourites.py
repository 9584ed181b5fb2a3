"""The clinic's favourite exercises in the library browser: a Favourite button for the chosen exercise,
favourites listed first with a star, and the "Favourites only" filter. Stored for the clinic, so every
workstation on the same database shares them. Installed by the main window with `Favourites(window)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QToolButton, QWidget

from ptplanner.app.changes import Changed
from ptplanner.core.roles import Action
from ptplanner.error_text import user_message
from ptplanner.gui.window_parts import show_status

if TYPE_CHECKING:
    from ptplanner.gui.main_window import MainWindow

MARK, UNMARK = "☆", "★"  # the star alone: the button row must fit the library panel at 1024x640


class Favourites(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        browser = window.library
        self.button = QToolButton(text=MARK, objectName="favouriteExercise", checkable=True)
        self.button.setToolTip(
            self.tr("Favourite: listed first in the library, for everyone in the clinic (★ = is one)")
        )
        self.button.setAccessibleName(self.tr("Favourite"))
        # With the favourites filter, not in the button row: that row must fit the panel at 1024x640.
        _before(browser.filters.favourites_only, self.button)
        self.button.clicked.connect(self.toggle)
        browser.table.selectionModel().currentRowChanged.connect(self._update_button)
        browser.model.modelReset.connect(self._update_button)
        window.events.changed.connect(self._data_changed)
        self.reload()

    def reload(self) -> None:
        clinic = self.window.clinic
        self.window.runner.read(clinic.favourite_exercises, self._read, lambda error: None)

    def toggle(self) -> None:
        exercise = self.window.library.current_exercise()
        if exercise is None:
            return
        favourite = not self.window.library.model.is_favourite(exercise.id)
        clinic = self.window.clinic
        self.window.runner.write(
            lambda: clinic.set_favourite(exercise.id, favourite), lambda _: None,
            lambda error: (show_status(self.window, user_message(error)), self._update_button()),
        )

    def _read(self, favourites: set[str]) -> None:
        browser = self.window.library
        chosen = browser.current_exercise()
        browser.model.set_favourites(favourites)
        browser.proxy.invalidate()  # the favourites filter works from the rows the model now has
        # Chosen again only if still shown: selecting would clear the filters that now hide it.
        if chosen is not None and browser.proxy.index_of(chosen.id).isValid():
            browser.select_exercise(chosen.id)
        self._update_button()

    def _data_changed(self, changes) -> None:
        if any(change.what is Changed.FAVOURITES for change in changes):
            self.reload()

    def _update_button(self, *_) -> None:
        exercise = self.window.library.current_exercise()
        favourite = exercise is not None and self.window.library.model.is_favourite(exercise.id)
        self.button.setEnabled(exercise is not None and self.window.clinic.may(Action.CHANGE_CLINICAL))
        self.button.setChecked(favourite)
        self.button.setText(UNMARK if favourite else MARK)


def _before(anchor: QWidget, button: QToolButton) -> None:
    """Put `button` in the row holding `anchor`, right before it."""
    layout = anchor.parentWidget().layout()
    for row in [layout] + [layout.itemAt(i).layout() for i in range(layout.count())]:
        if isinstance(row, QBoxLayout) and row.indexOf(anchor) >= 0:
            row.insertWidget(row.indexOf(anchor), button)
            return
    layout.addWidget(button)
