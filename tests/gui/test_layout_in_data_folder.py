"""With --data-dir the window layout is kept in that data folder, so a portable copy is self-contained."""

import pytest
from gui_helpers import show_window

from ptplanner import cli
from ptplanner.gui import app as gui_app
from ptplanner.gui import layout


@pytest.fixture
def settings_in_data_folder(data_dir):
    layout.keep_settings_in(data_dir)
    yield data_dir / layout.SETTINGS_FILE
    layout.keep_settings_in(None)


def test_the_layout_is_written_to_and_read_from_the_data_folder(
    qtbot, demo_workspace, settings_in_data_folder, private_settings
):
    window = show_window(qtbot, demo_workspace)
    window.library_dock.hide()
    window.close()
    assert settings_in_data_folder.exists()
    assert not (private_settings / "ptplanner").exists()  # nothing in the user's config folder
    again = show_window(qtbot, demo_workspace)
    assert not again.library_dock.isVisible()
    again.close()


def test_data_dir_on_the_command_line_or_in_the_environment_keeps_the_layout_there(
    tmp_path, monkeypatch
):
    used = []
    monkeypatch.setattr(gui_app, "run_app", lambda folder, url: used.append(layout._settings_file) or 0)
    monkeypatch.delenv("PTPLANNER_DATA_DIR", raising=False)
    try:
        cli.main(["--data-dir", str(tmp_path / "portable")])
        layout.keep_settings_in(None)
        monkeypatch.setenv("PTPLANNER_DATA_DIR", str(tmp_path / "env"))
        cli.main([])
    finally:
        layout.keep_settings_in(None)
    assert used[0] == tmp_path / "portable" / layout.SETTINGS_FILE
    assert used[1] == tmp_path / "env" / layout.SETTINGS_FILE


def test_a_data_folder_that_was_never_opened_is_not_created_for_the_layout(qtbot, tmp_path):
    from ptplanner.gui.main_window import MainWindow

    layout.keep_settings_in(tmp_path / "never")
    try:
        window = MainWindow()  # no workspace: as when the database could not be opened
        qtbot.addWidget(window)
        window.close()
    finally:
        layout.keep_settings_in(None)
    assert not (tmp_path / "never").exists()
