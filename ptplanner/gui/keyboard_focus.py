"""Where the keyboard goes when the screen changes under it: a patient opened, or the library search left
with Escape. Without this the focus stayed on a hidden widget or fell on the first button of the page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ptplanner.gui.main_window import MainWindow


class KeyboardFocus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.document.opened.connect(self._patient_opened)  # after the window has shown the patient
        window.library.search_left.connect(self.back_to_program)

    def _patient_opened(self) -> None:
        """A new patient's first step is the template box; a returning one's page opens on its tabs,
        where Left and Right choose progress or program."""
        window = self._window
        if self._has_stages():
            _focus(window.patient_page.tabs.tabBar())
        else:
            _focus(window.editor.template_choice)

    def back_to_program(self) -> None:
        """From the library search to the program's exercises (or the template box while it has none);
        on the patient list, back to the list."""
        window = self._window
        if window.pages.currentWidget() is not window.patient_page:
            _focus(window.patient_list.table)
            return
        window.patient_page.open_on(progress=False)
        editor = window.editor
        target = editor.items if self._has_stages() else editor.template_choice
        _focus(target)

    def _has_stages(self) -> bool:
        model = self._window.document.model
        return model is not None and bool(model.program().stages)


def _focus(widget: QWidget) -> None:
    """Focus moved as by a key, so the style frames the widget, even while a closing dialog still has
    the keyboard (the window gets the focus back with it)."""
    widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
