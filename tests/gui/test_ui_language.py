"""The app's menus in Spanish through Qt's translator: every action and menu title has its Spanish, the
source compiles on first use, and English installs nothing."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ptplanner.gui.actions import Actions
from ptplanner.gui.main_window import MainWindow
from ptplanner.gui.ui_language import SOURCES, compiled_translation, install_translators, remove_translators

SOURCE = SOURCES / "ptplanner_es.ts"


@pytest.fixture
def spanish(qapp, tmp_path):
    installed = install_translators("es", tmp_path / "cache")
    assert len(installed) == 2  # ptplanner's words and Qt's own
    yield installed
    remove_translators(installed)


def test_the_spanish_source_is_complete():
    messages = list(ET.parse(SOURCE).iter("message"))
    assert len(messages) == 25  # 20 commands and 5 menu titles
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") is None and translation.text, message.find("source").text


def test_every_menu_command_and_menu_title_is_in_spanish(qtbot, spanish):
    english = {message.find("source").text for message in ET.parse(SOURCE).iter("message")}
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = Actions.create(parent)
    texts = [getattr(actions, name).text() for name in vars(actions) if isinstance(getattr(actions, name), QAction)]
    assert len(texts) == 20 and not set(texts) & english
    assert "&Nuevo paciente…" in texts and "&Deshacer" in texts
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:4] == ["&Archivo", "&Edición", "&Progreso", "&Ver"] and "&Herramientas" in titles


def test_the_source_is_compiled_once_and_english_installs_nothing(qapp, tmp_path):
    first = compiled_translation("es", tmp_path)
    assert first is not None and first.stat().st_size > 0
    modified = first.stat().st_mtime_ns
    assert compiled_translation("es", tmp_path) == first and first.stat().st_mtime_ns == modified
    assert compiled_translation("fr", tmp_path) is None
    assert install_translators("en", tmp_path) == [] and install_translators("fr", tmp_path) == []


def test_the_app_is_english_unless_the_variable_asks_for_spanish(monkeypatch):
    from ptplanner.gui.ui_language import LANGUAGE_VARIABLE, ui_language

    monkeypatch.delenv(LANGUAGE_VARIABLE, raising=False)
    assert ui_language() == "en"
    monkeypatch.setenv(LANGUAGE_VARIABLE, " ES ")
    assert ui_language() == "es"
