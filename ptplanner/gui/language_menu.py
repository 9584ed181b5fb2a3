"""View > Language: the app's language from its next start, kept in the user's `ui/language` setting."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from ptplanner.gui.layout import app_settings
from ptplanner.gui.ui_language import LANGUAGE_SETTING

COMPUTERS = QT_TRANSLATE_NOOP("LanguageMenu", "The computer's language")
LANGUAGES = (("", COMPUTERS), ("en", "English"), ("es", "Español"))  # each named in its own language


def add_language_menu(window: QMainWindow, menu: QMenu) -> QMenu:
    languages = menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    languages.setObjectName("languageMenu")
    group = QActionGroup(languages)
    chosen = str(app_settings().value(LANGUAGE_SETTING, "") or "")
    for code, name in LANGUAGES:
        action = languages.addAction(QCoreApplication.translate("LanguageMenu", name) if not code else name)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        group.addAction(action)
    group.triggered.connect(lambda action: choose_language(window, action.data()))
    return languages


def choose_language(window: QMainWindow, code: str) -> None:
    """Keep the choice ('' for the computer's); the windows already open keep their words until a restart."""
    settings = app_settings()
    if code:
        settings.setValue(LANGUAGE_SETTING, code)
    else:
        settings.remove(LANGUAGE_SETTING)
    said = QCoreApplication.translate("LanguageMenu", "The new language is used when ptplanner starts again.")
    window.statusBar().showMessage(said, 10_000)
