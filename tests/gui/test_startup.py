"""Starting the app: the window is on screen and answers before the clinic's data is open, then the
data is attached; a database that cannot be opened is explained."""

import shutil
import subprocess
import sys
import textwrap
import time

import pytest
from gui_helpers import close_launched, show_window, wait_idle
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from ptplanner.app.clinic import Clinic
from ptplanner.core import clock
from ptplanner.gui import app
from ptplanner.gui.app import launch


def test_the_window_shows_first_and_the_workspace_is_attached_after(qtbot, data_dir, demo_data_template):
    shutil.copytree(demo_data_template, data_dir)
    window = launch(data_dir, None)
    try:
        assert window.isVisible() and window.clinic is None
        assert not window.actions.new_patient.isEnabled()  # nothing to add a patient to yet
        assert not window.patient_list.new_button.isEnabled()
        assert window.actions.find.isEnabled() and window.actions.quit.isEnabled()
        assert window.patient_list.notice.text() == "<h3>Loading patients…</h3>"
        window.patient_list.search.setText("haddad")  # typed while loading: applied when the list arrives

        qtbot.waitUntil(lambda: window.patient_list.model.rowCount() > 0, timeout=20_000)
        # The first rows are in: every command is enabled by then, while the library may still be read.
        a = window.actions
        assert window.clinic is not None and window.patient_list.new_button.isEnabled()
        commands = (a.new_patient, a.clinic_settings, a.add_demo, a.find, a.show_patients, a.reprint)
        assert all(action.isEnabled() for action in (*commands, a.audit_trail))
        assert all(action.isEnabled() for action in (window.reuse.manage, window.reuse.copy))
        wait_idle(qtbot, window)
        assert window.actions.new_patient.isEnabled() and window.patient_list.new_button.isEnabled()
        assert window.patient_list.model.rowCount() == 12
        shown = [window.patient_list.proxy.index(r, 0).data() for r in range(window.patient_list.proxy.rowCount())]
        assert shown == ["Ahmed Haddad"]
        assert window.library is not None and len(window.library.library()) >= 67
        assert not window.library_loading.isVisible()
    finally:
        close_launched(window)


def test_the_window_answers_between_building_its_parts_and_putting_them_in(
    qtbot, data_dir, demo_data_template, monkeypatch
):
    """Built, shown and drawn in one go, the parts kept the window from answering for 60-70 ms at start-up:
    a timer due once they are built (input would be the same) is answered before they go in."""
    from ptplanner.gui import main_window
    from ptplanner.gui.workbench import Workbench

    shutil.copytree(demo_data_template, data_dir)
    happened: list[str] = []
    real_build, real_put_in = Workbench.build.__func__, main_window.MainWindow._put_in
    due = QTimer(singleShot=True, interval=1)
    due.timeout.connect(lambda: happened.append("answered"))

    def build(cls, window, *args):
        parts = real_build(cls, window, *args)
        happened.append("built")
        due.start()
        time.sleep(0.005)  # due now
        return parts

    def put_in(window, clinic, parts):
        happened.append("put in")
        real_put_in(window, clinic, parts)

    monkeypatch.setattr(Workbench, "build", classmethod(build))
    monkeypatch.setattr(main_window.MainWindow, "_put_in", put_in)
    window = launch(data_dir, None)
    try:
        qtbot.waitUntil(lambda: window.patient_list.model.rowCount() > 0, timeout=20_000)
        assert happened == ["built", "answered", "put in"]
        assert window.clinic is not None and window.patient_page is not None
    finally:
        close_launched(window)


def test_a_slow_start_says_it_is_still_opening(qtbot, data_dir, monkeypatch):
    from ptplanner.gui import main_window

    monkeypatch.setattr(main_window, "STILL_OPENING_AFTER_MS", 10)
    really_open = app.open_clinic

    def slow_open(*args):
        time.sleep(0.5)  # as a database being updated for a new version of ptplanner
        return really_open(*args)

    monkeypatch.setattr(app, "open_clinic", slow_open)
    window = launch(data_dir, None)
    try:
        assert window.statusBar().currentMessage() == main_window.OPENING
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == main_window.STILL_OPENING, timeout=5_000)
        qtbot.waitUntil(lambda: window.clinic is not None, timeout=20_000)
        wait_idle(qtbot, window)
        assert window.statusBar().currentMessage() == "0 patients"
    finally:
        close_launched(window)


def test_a_database_that_cannot_be_opened_is_explained_and_the_app_stops(qtbot, data_dir, monkeypatch):
    data_dir.mkdir()
    (data_dir / "ptplanner.db").write_bytes(b"this is a letter, not a database" * 100)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    window = launch(data_dir, None)
    try:
        qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
        [(title, text)] = shown
        assert title == "ptplanner cannot open its database"
        assert "ptplanner.db" in text
        assert not window.isVisible() and window.clinic is None and window.open_error is not None
        assert (data_dir / "ptplanner.db").read_bytes() == b"this is a letter, not a database" * 100
    finally:
        close_launched(window)


def test_the_app_stops_with_status_1_when_its_database_cannot_be_opened(qapp, data_dir, monkeypatch):
    data_dir.mkdir()
    (data_dir / "ptplanner.db").write_bytes(b"\0" * 4096)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(title))
    safety_net = QTimer(singleShot=True, interval=20_000, timeout=qapp.quit)  # fail rather than hang
    safety_net.start()
    try:
        assert app.run_app(data_dir, None) == 1
    finally:
        safety_net.stop()
    assert shown == ["ptplanner cannot open its database"]
    assert not (data_dir / app.LOCK_FILE).exists()  # the lock is given back


def test_the_window_frame_needs_neither_the_database_layer_nor_the_domain_models():
    """What keeps start-up fast: if this fails, something slow is imported before the window shows. (The
    core modules allowed import nothing but the standard library: safe_text, names shown in the title.)"""
    code = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from ptplanner.gui.app import application
        from ptplanner.gui.main_window import MainWindow
        app = application()
        window = MainWindow()
        window.show()
        app.processEvents()
        slow = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "pydantic", "reportlab", "alembic")
                      or m.startswith(("ptplanner.core.", "ptplanner.storage.")) and m not in ("ptplanner.core.patient_list", "ptplanner.core.names",
                                                                     "ptplanner.core.clock", "ptplanner.core.safe_text"))
        print(" ".join(slow))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == []


@pytest.mark.parametrize("before_qt", ["ptplanner.app.opening", "ptplanner.storage.damaged_rows", "pydantic"])
def test_the_models_import_after_qt_whatever_was_imported_before_it(before_qt):
    """pydantic loaded in part before Qt (as opening a PostgreSQL database does) and the rest after:
    shiboken's import hook made that fail ("partially initialized module") until the gui package did it."""
    code = f"import {before_qt}; import ptplanner.gui.app; import ptplanner.app.clinic; print('imported')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["imported"], result.stderr[-600:]


def test_the_start_up_workers_import_no_module_that_defines_a_qt_class():
    """A class deriving from a Qt class, made on a worker while the GUI thread ran Qt, crashed the app now
    and then (a segmentation fault at start-up). The workers' imports are GUI-free; the window's parts that
    define Qt classes are imported on the GUI thread (app.ATTACH_GUI_MODULES), and they are all of those
    the window's parts import."""
    code = textwrap.dedent(
        """
        import importlib, sys
        import shiboken6
        import ptplanner.gui.app as app
        import ptplanner.gui.main_window

        def defining_qt(names):
            return sorted(n for n in names if n.startswith("ptplanner") and any(
                isinstance(v, type) and issubclass(v, shiboken6.Shiboken.Object) and v.__module__ == n
                for v in vars(sys.modules[n]).values()))

        before = set(sys.modules)
        app._import_what_attaching_needs()
        from ptplanner.app.opening import OpenDatabase
        print("worker:", *defining_qt(set(sys.modules) - before))
        before = set(sys.modules)
        for name in app.ATTACH_GUI_MODULES:
            importlib.import_module(name)
        new = set(sys.modules) - before
        print("gui:", len(defining_qt(new)), *sorted(n for n in new if not n.startswith("ptplanner.gui")))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    worker, gui = result.stdout.splitlines()
    assert worker == "worker:"
    assert gui.split()[1] != "0" and gui.split()[2:] == []  # the GUI thread imports no GUI-free module


def test_no_module_that_defines_a_qt_class_is_imported_on_a_worker(data_dir, demo_data_template):
    """The whole start and opening a patient, in a fresh interpreter: every module of ptplanner.gui whose
    code ran on a worker is noted, and none of them may define a Qt class (see the test above)."""
    shutil.copytree(demo_data_template, data_dir)
    code = textwrap.dedent(
        f"""
        import importlib.machinery, os, sys, threading, time
        from pathlib import Path
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        on_workers = set()

        class NoteWhereRun:  # finds ptplanner.gui's modules as usual, noting those whose code runs on a worker
            def find_spec(self, name, path, target=None):
                if not name.startswith("ptplanner.gui"):
                    return None
                spec = importlib.machinery.PathFinder.find_spec(name, path)
                if spec is not None and spec.loader is not None:
                    run = spec.loader.exec_module

                    def exec_module(module, run=run):
                        if threading.current_thread() is not threading.main_thread():
                            on_workers.add(module.__name__)
                        run(module)

                    spec.loader.exec_module = exec_module
                return spec

        sys.meta_path.insert(0, NoteWhereRun())
        import shiboken6
        from ptplanner.gui.app import application, launch
        app = application()
        window = launch(Path({str(data_dir)!r}), None)

        def until(done, seconds=20):
            end = time.monotonic() + seconds
            while not done() and time.monotonic() < end:
                app.processEvents()
                time.sleep(0.01)
            assert done(), "timed out"

        until(lambda: window.clinic is not None and window.patient_list.model.rowCount() > 0)
        patient = window.clinic.workspace.store.list_patients()[0]
        window.open_patient(patient.id)
        until(lambda: window.progress_controller.figures is not None)
        until(lambda: not window.runner.is_busy())
        window.runner.wait()
        defining = sorted(n for n in on_workers if any(
            isinstance(v, type) and issubclass(v, shiboken6.Shiboken.Object) and v.__module__ == n
            for v in vars(sys.modules[n]).values()))
        print("defining:", *defining)
        os._exit(0)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["defining:"], result.stdout


def test_the_gui_thread_waits_at_most_50_microseconds_for_a_worker_running_python(qapp):
    app.application()
    assert sys.getswitchinterval() == pytest.approx(app.SWITCH_INTERVAL_S) and app.SWITCH_INTERVAL_S == 0.00005


def test_attaching_the_data_leaves_pictures_editors_and_log_dialogs_for_later(demo_data_template, tmp_path):
    """The modules only the library's pictures, the exercise editor, a patient's log and outcome dialogs or
    printing need are imported after the window is attached (on a worker, or when first used)."""
    shutil.copytree(demo_data_template, tmp_path / "data")
    code = textwrap.dedent(
        """
        import os, sys
        from pathlib import Path
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from ptplanner.gui.app import application, launch
        app = application()
        window = launch(Path(sys.argv[1]), None)
        def attached():
            later = ("ptplanner.core.figure", "ptplanner.gui.pictures", "ptplanner.gui.library.editor",
                     "ptplanner.gui.progress.log_dialog", "ptplanner.gui.progress.outcome_dialog",
                     "ptplanner.handouts.document", "reportlab.platypus")
            print("imported:", *sorted(m for m in later if m in sys.modules))
            print("bundled files read:", window.clinic.workspace.given_bundled is not None)
            app.quit()
        window.attached.connect(attached)
        app.exec()
        window.runner.wait()
        window.clinic.close()
        """
    )
    command = [sys.executable, "-c", code, str(tmp_path / "data")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.splitlines() == ["imported:", "bundled files read: False"]


def test_the_first_screen_of_the_library_is_drawn_before_it_is_shown(qtbot, demo_workspace, monkeypatch):
    from ptplanner.gui import pictures

    drawn_on_the_gui_thread = []
    really_render = pictures.render_pose_pixmap

    def counted(*args):
        drawn_on_the_gui_thread.append(1)
        return really_render(*args)

    monkeypatch.setattr(pictures, "render_pose_pixmap", counted)
    window = show_window(qtbot, demo_workspace)
    try:
        table = window.library.table
        window.grab()  # paints the first screen of the library
        shown = [table.model().index(row, 0) for row in range(table.rows_in(table.viewport().height()))]
        thumbnails = [index.data(Qt.ItemDataRole.DecorationRole) for index in shown if index.isValid()]
        assert len(thumbnails) >= 3 and None not in thumbnails
        assert drawn_on_the_gui_thread == []
        table.scrollToBottom()  # rows further down are drawn as they come into view
        window.grab()
        assert drawn_on_the_gui_thread
    finally:
        window.runner.wait()
        window.close()
        window.deleteLater()


def test_a_patient_list_that_cannot_be_read_is_explained_and_the_library_still_loads(
    qtbot, empty_workspace, monkeypatch
):
    from ptplanner.gui.main_window import MainWindow
    from ptplanner.storage import patient_pages
    from ptplanner.storage.errors import DatabaseUnavailable

    def broken(*args):
        raise DatabaseUnavailable("the database file is locked by another program")

    monkeypatch.setattr(patient_pages, "patient_page", broken)
    window = MainWindow(Clinic(empty_workspace))
    window.show()
    try:
        wait_idle(qtbot, window)
        notice = window.patient_list.notice
        assert window.patient_list.stack.currentWidget() is notice
        assert notice.text() == "The patient list could not be read: the database file is locked by another program"
        assert len(window.library.library()) >= 67
    finally:
        window.runner.wait()
        window.close()
        window.deleteLater()


def test_the_first_screen_is_read_in_one_go_as_the_list_would_read_it(qtbot, demo_workspace):
    """The page, its flags and the count the list reads first, read together on a worker."""

    from ptplanner.core.patient_list import PatientQuery
    from ptplanner.gui.patients.list_loader import FIRST_SCREEN, FirstScreen
    from ptplanner.gui.tasks import TaskRunner

    clinic, today = Clinic(demo_workspace), clock.today()
    runner, found = TaskRunner(), []
    runner.read(lambda: FirstScreen.read(clinic, today), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    [screen] = found
    assert screen.count == 12 and not screen.page.more
    first = lambda: clinic.patient_page(today, PatientQuery(), 0, FIRST_SCREEN)  # noqa: E731
    runner.read(lambda: (first(), clinic.progress_flags(today)), found.append)
    qtbot.waitUntil(lambda: len(found) == 2, timeout=10_000)
    assert (screen.page, screen.flags) == found[1]


def test_a_first_screen_that_cannot_be_read_in_one_go_is_read_the_usual_way(
    qtbot, data_dir, demo_data_template, monkeypatch
):
    from ptplanner.gui.patients.list_loader import FirstScreen

    shutil.copytree(demo_data_template, data_dir)
    asked = []

    def unreadable(cls, clinic, today):
        asked.append(today)
        raise OSError("the disk is busy")

    monkeypatch.setattr(FirstScreen, "read", classmethod(unreadable))
    window = launch(data_dir, None)
    try:
        qtbot.waitUntil(lambda: window.patient_list.model.rowCount() > 0, timeout=20_000)
        wait_idle(qtbot, window)
        # asked on opening (start_reads.ScreenAhead), then once more attached, then read the usual way
        assert len(asked) == 2 and window.patient_list.model.rowCount() == 12
        assert window.statusBar().currentMessage() == "12 patients"
    finally:
        close_launched(window)
