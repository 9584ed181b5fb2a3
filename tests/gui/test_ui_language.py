"""The app in Spanish through Qt's translator: every message of the source has its Spanish, every text the
code shows goes through the translator, and the real window and dialogs show no English left."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from account_helpers import clinic_with_accounts, system_actor, window_signed_in  # noqa: F401
from dialog_openers import (
    audit_trail,
    clinic_settings,
    handout_preview,
    new_exercise,
    printed_handouts,
    sign_in,
    sign_in_again,
)
from feature_dialogs import shoot
from gui_helpers import wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

import ptplanner.gui
from ptplanner.gui.actions import Actions
from ptplanner.gui.main_window import MainWindow
from ptplanner.gui.ui_language import (
    LANGUAGE_SETTING,
    LANGUAGE_VARIABLE,
    SOURCES,
    compiled_translation,
    install_translators,
    remove_translators,
    ui_language,
)

SOURCE = SOURCES / "ptplanner_es.ts"
GUI = Path(ptplanner.gui.__file__).parent
# Calls whose text argument the user reads: constructors of text widgets and the setters of their words.
TEXT_CALLS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "QMenu",
    "QDockWidget", "QMessageBox", "QTableWidgetItem", "QListWidgetItem", "QTreeWidgetItem", "QStandardItem",
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setTitle", "addTab", "insertTab", "setTabText", "addItem", "addItems", "insertItem",
    "setItemText", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addRow",
    "insertRow", "showMessage", "addMenu", "addAction", "addButton", "setInformativeText", "setLabelText",
    "setSuffix", "setPrefix", "setSpecialValueText", "show_message", "show_problem", "getOpenFileName",
    "getSaveFileName", "getExistingDirectory", "getText", "getItem", "getInt",
}
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}  # QMessageBox.<these>(...)
TEXT_KEYWORDS = {"text", "title", "toolTip", "statusTip", "placeholderText", "windowTitle", "accessibleName"}
TRANSLATING = {"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
NOT_TRANSLATED_MARK = "# not translated"  # on the line: an id, an address or a file name, not words


@pytest.fixture
def spanish(qapp, tmp_path):
    installed = install_translators("es", tmp_path / "cache")
    assert len(installed) == 2  # ptplanner's words and Qt's own
    yield installed
    remove_translators(installed)


# the source


def messages() -> list[ET.Element]:
    return list(ET.parse(SOURCE).iter("message"))


def test_every_message_has_a_finished_spanish_text_with_the_same_placeholders():
    assert len(messages()) > 300
    for message in messages():
        source = message.find("source").text
        translation = message.find("translation")
        assert translation.get("type") is None, f"unfinished or gone: {source!r}"
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        assert forms and all(forms), f"no Spanish for {source!r}"
        for text in forms:
            assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", source)), source
            assert _mnemonics(text) == _mnemonics(source), f"a shortcut letter added or lost: {text!r}"
        if message.get("numerus") == "yes":
            assert len(forms) == 2 and "%n" in forms[1], source


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


# the code: every text shown goes through the translator


def gui_files() -> list[tuple[str, Path]]:
    return sorted((path.relative_to(GUI).as_posix(), path) for path in GUI.rglob("*.py"))


def test_no_bare_text_reaches_a_qt_text_call():
    """A literal or f-string handed to a text widget or setter would never be translated."""
    bare = []
    for name, path in gui_files():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for call in (node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)):
            for argument in _text_arguments(call):
                if _is_bare_text(argument) and NOT_TRANSLATED_MARK not in lines[argument.lineno - 1]:
                    bare.append(f"{name}:{argument.lineno}: {ast.get_source_segment(source, argument)}")
    assert not bare, "texts not passed through the translator:\n" + "\n".join(bare)


def _text_arguments(call: ast.Call) -> list[ast.expr]:
    function = _called(call)
    is_box = (
        isinstance(call.func, ast.Attribute) and _called_on(call) == "QMessageBox" and function in MESSAGE_BOX
    )
    positional = list(call.args) if function in TEXT_CALLS or is_box else []
    return positional + [keyword.value for keyword in call.keywords if keyword.arg in TEXT_KEYWORDS]


def _is_bare_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_is_bare_text(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _is_bare_text(node.left) or _is_bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_bare_text(node.body) or _is_bare_text(node.orelse)
    if isinstance(node, ast.Call) and _called(node) == "format" and isinstance(node.func, ast.Attribute):
        return _is_bare_text(node.func.value)  # "…".format(): the template itself must be translated
    return False


def _has_words(text: str) -> bool:
    """Words a reader would see, leaving out placeholders, markup, file patterns and addresses."""
    text = re.sub(r"\{[^}]*\}|<[^>]*>|\*\.\w+|https?://\S+", " ", text)
    return re.search(r"[^\W\d_]{2,}", text) is not None


def _called(call: ast.Call) -> str:
    function = call.func
    return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")


def _called_on(call: ast.Call) -> str:
    target = call.func.value
    return target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")


def test_every_text_marked_for_translation_is_in_the_spanish_source():
    """lupdate silently drops a call it cannot read (a plural counted by a function call in
    QCoreApplication.translate, for one): every marked text must be in the source, in its context."""
    known = {
        (context.find("name").text, message.find("source").text)
        for context in ET.parse(SOURCE).iter("context")
        for message in context.iter("message")
    }
    marked = {pair for _, path in gui_files() for pair in _marked_texts(path)}
    assert len(marked) > 300
    assert not marked - known, f"not in {SOURCE.name} (run pyside6-lupdate): {sorted(marked - known)}"


def _marked_texts(path: Path) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call) and _called(node) in TRANSLATING:
            texts = [
                arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            ]
            if _called(node) in ("tr", "QT_TR_NOOP") and len(texts) >= 1:
                found.add((cls, texts[0]))
            elif (
                len(texts) >= 2
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                found.add((texts[0], texts[1]))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


# the running app


def english_patterns() -> list[re.Pattern]:
    """Each English source text whose Spanish differs, as a pattern matching it with any values filled in."""
    patterns = []
    for message in messages():
        if message.get("numerus") == "yes":
            continue
        source, spanish = message.find("source").text, message.find("translation").text
        if _plain(source) == _plain(spanish):
            continue
        literal = re.sub(r"\\\{\w+\\\}", "(.+)", re.escape(_plain(source)))
        pattern = re.compile(literal, re.DOTALL)
        if "(.+)" in literal and (
            len(re.findall(r"[^\W\d_]{3,}", re.sub(r"\{\w+\}", "", source))) < 2
            or pattern.fullmatch(_plain(spanish))
        ):
            continue  # too little English in it to tell, or the Spanish has the same shape
        patterns.append(pattern)
    return patterns


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every word a widget under `root` can show: titles, labels, buttons, tabs, choices,
    placeholders, column headers, menus and actions, tooltips."""
    found: list[tuple[str, str]] = []
    seen_actions: set[int] = set()

    def add(widget: QWidget, text: str | None) -> None:
        if text:
            found.append((f"{type(widget).__name__}#{widget.objectName()}", text))

    def walk(widget: QWidget) -> None:
        add(widget, widget.windowTitle() if widget.isWindow() else "")
        add(widget, widget.toolTip())
        add(widget, widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        if isinstance(widget, QGroupBox | QMenu):
            add(widget, widget.title())
        if isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            add(widget, getattr(widget, "suffix", lambda: "")())
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
            add(widget, widget.placeholderText())
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(widget, model.headerData(column, Qt.Orientation.Horizontal))
        for action in QWidget.actions(widget):  # the main window keeps its registry as .actions
            if id(action) not in seen_actions and not action.isSeparator():
                seen_actions.add(id(action))
                add(widget, action.text())
                add(widget, action.toolTip())
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            walk(child)

    walk(root)
    return [(where, text) for where, text in found if isinstance(text, str)]


def english_left(root: QWidget) -> list[str]:
    patterns, data = english_patterns(), exercise_names()
    return [
        f"{where}: {text!r}"
        for where, text in shown_texts(root)
        if _plain(text) not in data and any(pattern.fullmatch(_plain(text)) for pattern in patterns)
    ]


def exercise_names() -> set[str]:
    """Names of the bundled exercises: data shown in lists, which may match a label ("Walking plan")."""
    from ptplanner.core.library import load_library
    from ptplanner.resources import exercises_dir

    return {exercise.name for exercise in load_library(exercises_dir()).active()}


def test_the_check_finds_english_in_an_english_window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    left = english_left(window)
    assert any("Exercise library" in line for line in left) and any("&File" in line for line in left)


def test_the_main_window_shows_no_english_in_spanish(qtbot, spanish, demo_window):
    window = demo_window
    assert window.library_dock.windowTitle() == "Biblioteca de ejercicios"
    assert window.statusBar().currentMessage() == "12 pacientes"
    assert not english_left(window), "\n".join(english_left(window))
    for menu in [window.menuBar(), *(action.menu() for action in window.menuBar().actions())]:
        texts = [action.text() for action in QWidget.actions(menu)
                 if action.isVisible()]
        letters = _letters(texts)
        assert len(letters) == len(set(letters)), f"a shortcut letter used twice in {texts}"
    shoot(window, "es-main-window")


# The dialogs of the modules translated here (tests/gui/test_dialog_focus.py opens them).
DIALOGS = [clinic_settings, handout_preview, new_exercise, printed_handouts, sign_in, sign_in_again,
           audit_trail]


@pytest.mark.parametrize("opener", DIALOGS, ids=lambda opener: opener.__name__)
def test_each_dialog_shows_no_english_and_no_shortcut_letter_twice(
    qtbot, spanish, demo_window, monkeypatch, opener
):
    dialog, _ = opener(qtbot, demo_window, monkeypatch)
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, demo_window)
    left = english_left(dialog)
    assert not left, "\n".join(left)
    letters = _shortcut_letters(dialog)
    assert len(letters) == len(set(letters)), f"a shortcut letter used twice: {sorted(letters)}"
    shown_ampersand = [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)
                       and label.buddy() is None and _mnemonics(label.text())]
    assert not shown_ampersand, f"an & shown as it is (a label with no buddy): {shown_ampersand}"
    shoot(dialog, f"es-{opener.__name__}")
    dialog.reject()
    wait_idle(qtbot, demo_window)


@pytest.mark.usefixtures("system_actor")
def test_the_lock_screen_and_the_signed_in_line_are_in_spanish(qtbot, spanish, demo_workspace):
    window = window_signed_in(qtbot, clinic_with_accounts(demo_workspace), "therapist")
    assert window.findChild(QLabel, "signedInAs").text() == "Sesión: therapist (terapeuta)"
    window.idle_lock.set_interval(50)
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=10_000)
    window.idle_lock.set_interval(600_000)
    dialog = window.idle_lock.dialog
    assert window.windowTitle() == "ptplanner (bloqueado)[*]"
    assert dialog.intro.text().startswith("ptplanner se bloqueó")
    left = english_left(window) + english_left(dialog)
    assert not left, "\n".join(left)
    shoot(window, "es-locked-window")
    shoot(dialog, "es-lock-dialog")
    window.runner.wait()
    window.close()
    window.deleteLater()


def _shortcut_letters(dialog: QWidget) -> list[str]:
    """The Alt+letter of each control showing on the dialog now."""
    texts = [widget.text() for widget in dialog.findChildren(QAbstractButton) if widget.isVisibleTo(dialog)]
    texts += [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(dialog)
    ]
    return _letters(texts)


def _letters(texts: list[str]) -> list[str]:
    return [match.lower() for text in texts for match in re.findall(r"&([^&\s])", text.replace("&&", ""))]


def test_every_menu_command_and_menu_title_is_in_spanish(qtbot, spanish):
    english = {message.find("source").text for message in messages()}
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = Actions.create(parent)
    texts = [
        getattr(actions, name).text() for name in vars(actions) if isinstance(getattr(actions, name), QAction)
    ]
    assert len(texts) == 20 and not set(texts) & english
    assert "&Nuevo paciente…" in texts and "&Deshacer" in texts
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:4] == ["&Archivo", "&Edición", "&Progreso", "&Ver"] and "&Herramientas" in titles


# choosing the language and compiling it


def test_the_source_is_compiled_once_and_english_installs_nothing(qapp, tmp_path):
    first = compiled_translation("es", tmp_path)
    assert first is not None and first.stat().st_size > 0
    modified = first.stat().st_mtime_ns
    assert compiled_translation("es", tmp_path) == first and first.stat().st_mtime_ns == modified
    assert compiled_translation("fr", tmp_path) is None
    assert install_translators("en", tmp_path) == [] and install_translators("fr", tmp_path) == []


def test_the_language_is_the_variables_else_the_settings_else_the_computers(monkeypatch):
    from ptplanner.gui import ui_language as module
    from ptplanner.gui.layout import app_settings

    monkeypatch.delenv(LANGUAGE_VARIABLE, raising=False)
    monkeypatch.setattr(module, "system_language", lambda: "es")
    assert ui_language() == "es"
    monkeypatch.setattr(module, "system_language", lambda: "en")
    assert ui_language() == "en"
    app_settings().setValue(LANGUAGE_SETTING, "es")
    assert ui_language() == "es"
    monkeypatch.setenv(LANGUAGE_VARIABLE, " EN ")
    assert ui_language() == "en"
    app_settings().remove(LANGUAGE_SETTING)


def test_the_computers_language_is_its_first_part(monkeypatch):
    from ptplanner.gui import ui_language as module

    for name, language in (("es_MX", "es"), ("en_US", "en"), ("C", "en")):
        monkeypatch.setattr(module.QLocale, "system", lambda name=name: module.QLocale(name))
        assert module.system_language() == language


def test_view_language_keeps_the_choice_for_the_next_start(qtbot, monkeypatch):
    from ptplanner.gui import ui_language as module
    from ptplanner.gui.layout import app_settings

    monkeypatch.delenv(LANGUAGE_VARIABLE, raising=False)
    monkeypatch.setattr(module, "system_language", lambda: "en")
    window = MainWindow()
    qtbot.addWidget(window)
    menu = window.findChild(QMenu, "languageMenu")
    choices = {action.text(): action for action in menu.actions()}
    assert list(choices) == ["The computer's language", "English", "Español"]
    assert choices["The computer's language"].isChecked()
    choices["Español"].trigger()
    assert app_settings().value(LANGUAGE_SETTING) == "es" and ui_language() == "es"
    assert "starts again" in window.statusBar().currentMessage()
    choices["The computer's language"].trigger()
    assert app_settings().value(LANGUAGE_SETTING) is None and ui_language() == "en"


@pytest.mark.parametrize(("running", "chosen", "written"), [
    ("en", "Español", "December 4, 2026"),
    ("es", "English", "4 de diciembre de 2026"),
])
def test_dates_on_screen_keep_the_running_language_after_another_is_chosen(
    qtbot, monkeypatch, tmp_path, running, chosen, written
):
    # The menus keep their words until a restart; the dates beside them did not, and mixed two languages.
    from datetime import date

    from ptplanner.gui import ui_language as module
    from ptplanner.gui.dates import app_dates

    monkeypatch.delenv(LANGUAGE_VARIABLE, raising=False)
    monkeypatch.setattr(module, "system_language", lambda: running)
    monkeypatch.setattr(module.QLocale, "system", lambda: module.QLocale("en_US"))
    installed = install_translators(cache=tmp_path / "cache")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        before = app_dates().long(date(2026, 12, 4))
        choices = {action.text(): action for action in window.findChild(QMenu, "languageMenu").actions()}
        choices[chosen].trigger()
        assert before == app_dates().long(date(2026, 12, 4)) == written
    finally:
        remove_translators(installed)
        from ptplanner.gui.layout import app_settings

        app_settings().remove(LANGUAGE_SETTING)
