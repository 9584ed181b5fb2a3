"""What a feature kept in its own module (patients leaving, reuse, favourites) uses to join the main window:
its actions, its menu before Progress, and its dialogs, each kept on the feature while open (tests reach
them there) and deleted once closed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu


def add_menu(window: QMainWindow, title: str, name: str, actions: list[QAction | None]) -> QMenu:
    """A menu of `actions` (None: a separator), placed before the Progress menu."""
    menu = QMenu(title, window, objectName=name)
    for action in actions:
        menu.addSeparator() if action is None else menu.addAction(action)
    menus = window.menuBar().findChildren(QMenu)
    progress = next(
        (m.menuAction() for m in menus if m.title() == QCoreApplication.translate("MainWindow", "&Progress")),
        None,
    )
    window.menuBar().insertMenu(progress, menu) if progress else window.menuBar().addMenu(menu)
    return menu


def new_action(window: QMainWindow, text: str, name: str) -> QAction:
    action = QAction(text, window, objectName=name)
    window.addAction(action)
    return action


def open_dialog(feature, dialog: QDialog) -> None:
    """Open `dialog` window-modal, as `feature.dialog` until it is closed, then deleted. (Kept as
    `feature.dialog` once deleted, the clinic templates' list was refreshed after closing, and failed.)"""
    feature.dialog = dialog
    dialog.finished.connect(lambda _result: _forget(feature, dialog))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _forget(feature, dialog: QDialog) -> None:
    if feature.dialog is dialog:
        feature.dialog = None


def show_status(window: QMainWindow, text: str) -> None:
    window.statusBar().showMessage(text, 8000)
