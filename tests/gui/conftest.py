"""GUI test fixtures: real data folders in tmp_path, window settings in a temporary folder, and
the "save changes?" question answered without a modal dialog."""

import shutil
import sqlite3

import gui_thread_database
import pytest
from damaged_rows import NOT_JSON, TARGET
from gui_helpers import show_window
from PySide6.QtCore import QSettings

from ptplanner.app.clinic import Clinic
from ptplanner.app.demo import add_demo_clinic
from ptplanner.app.workspace import Workspace
from ptplanner.core import clock
from ptplanner.gui import dialogs
from ptplanner.gui.ui_language import LANGUAGE_VARIABLE, install_translators, remove_translators


@pytest.fixture(autouse=True)
def no_database_on_the_gui_thread():
    """Fails a test in which ptplanner's GUI code used the database on the GUI thread."""
    gui_thread_database.start()
    yield
    offenders = gui_thread_database.stop()
    assert not offenders, f"database work on the GUI thread in: {', '.join(offenders)}"


@pytest.fixture(autouse=True)
def language_read_again():
    """Each test starts as a run whose translators are not installed yet: the language is read again."""
    yield
    remove_translators([])


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    """QSettings writes under tmp_path, never into the real user's settings."""
    folder = tmp_path / "settings"
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def unsaved_answers(monkeypatch):
    """Answers to "save the changes?", taken in order; the questions asked are recorded.

    With no answer queued the question fails the test: a test must expect every question.
    """
    answers: list[dialogs.Unsaved] = []
    asked: list[str] = []

    def ask(parent, name):
        asked.append(name)
        assert answers, f"unexpected question: save the changes to {name!r}?"
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "ask_to_save", ask)
    answers_and_questions = (answers, asked)
    return answers_and_questions


@pytest.fixture(autouse=True)
def replace_answers(monkeypatch):
    """Answers to "replace this program with the template?", taken in order; unexpected, it fails the test."""
    answers: list[bool] = []

    def ask(parent, template_name):
        assert answers, f"unexpected question: replace the program with {template_name!r}?"
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "replace_program", ask)
    return answers


@pytest.fixture(autouse=True)
def discard_answers(monkeypatch):
    """Answers to "discard the details you typed for this patient?", taken in order; with none queued,
    "discard", as a form closed at a test's end always did (a modal question would wait for ever)."""
    answers: list[bool] = []

    def ask(parent):
        return answers.pop(0) if answers else True

    monkeypatch.setattr(dialogs, "discard_patient_details", ask)
    return answers


@pytest.fixture
def empty_workspace(data_dir):
    workspace = Workspace.open(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture(scope="session")
def demo_data_template(tmp_path_factory):
    """A data folder with the demo clinic, built once; each test gets its own copy."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    workspace = Workspace.open(folder)
    add_demo_clinic(Clinic(workspace), clock.today())
    workspace.close()
    return folder


@pytest.fixture
def demo_workspace(data_dir, demo_data_template):
    shutil.copytree(demo_data_template, data_dir)
    workspace = Workspace.open(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def damaged_demo_workspace(data_dir, demo_data_template):
    """The demo clinic with Robert Chen's record damaged behind the app's back (its stored text cut short, as
    a damaged page leaves it) before it is opened, and his id."""
    shutil.copytree(demo_data_template, data_dir)
    with sqlite3.connect(data_dir / "ptplanner.db") as connection:
        query = "UPDATE patients SET precautions = ? WHERE name = ? RETURNING id"
        [(damaged_id,)] = connection.execute(query, (NOT_JSON, TARGET)).fetchall()
    connection.close()
    workspace = Workspace.open(data_dir)
    yield workspace, damaged_id
    workspace.close()


@pytest.fixture
def demo_window(qtbot, demo_workspace):
    window = show_window(qtbot, demo_workspace)
    yield window
    window.close()
    window.deleteLater()


@pytest.fixture
def spanish_window(qtbot, demo_workspace, tmp_path, monkeypatch):
    """The demo clinic's window as the app starts in Spanish: its words, dates and the core's sentences."""
    monkeypatch.setenv(LANGUAGE_VARIABLE, "es")
    installed = install_translators(cache=tmp_path / "cache")
    window = show_window(qtbot, demo_workspace)
    yield window
    window.close()
    window.deleteLater()
    remove_translators(installed)


@pytest.fixture
def empty_window(qtbot, empty_workspace):
    window = show_window(qtbot, empty_workspace)
    yield window
    window.close()
    window.deleteLater()
