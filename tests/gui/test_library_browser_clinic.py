"""The clinic's own exercises, end to end through the dialog against a real data folder."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from shiboken6 import isValid

from ptplanner.app.clinic import Clinic
from ptplanner.app.workspace import Workspace
from ptplanner.core.exercise import Origin
from ptplanner.core.vocabulary import Region
from ptplanner.gui.library.browser import LibraryBrowser
from ptplanner.gui.library.editor import ExerciseDialog
from ptplanner.gui.library.photos import MAX_SIDE
from ptplanner.gui.tasks import TaskRunner
from ptplanner.storage.errors import DatabaseUnavailable
from ptplanner.storage.photos import load_photo


@pytest.fixture
def browser(qtbot, empty_workspace) -> LibraryBrowser:
    widget = LibraryBrowser()
    qtbot.addWidget(widget)
    widget.set_library(empty_workspace.library())
    widget.runner = TaskRunner(widget)  # the photo list is read off the GUI thread
    widget.set_clinic(Clinic(empty_workspace), widget.runner)
    qtbot.waitUntil(lambda: not widget.runner.is_busy())
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def reopened(data_dir):
    workspace = Workspace.open(data_dir)
    try:
        return workspace.library()
    finally:
        workspace.close()


def open_dialog(qtbot, browser, button) -> ExerciseDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: browser.dialog is not None)  # after the photos are read off the GUI thread
    dialog = browser.dialog
    assert isinstance(dialog, ExerciseDialog) and dialog.isVisible()
    return dialog


def fill_new_exercise(qtbot, dialog: ExerciseDialog, name: str) -> None:
    dialog.form.name.setText(name)  # QTest can only type ASCII
    qtbot.keyClicks(dialog.form.summary, "Strengthen the side of the hip.")
    dialog.form.regions.box(Region.HIP).setChecked(True)
    dialog.form.steps.setPlainText("Lie on your side.\n\nLift the top leg a little.\nLower it slowly.")


def save(qtbot, browser: LibraryBrowser, dialog: ExerciseDialog) -> None:
    with qtbot.waitSignal(browser.library_changed):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not isValid(dialog) or not dialog.isVisible()  # closed (and maybe deleted) once saved


def write_image(path, width, height, kind):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    assert image.save(str(path), kind)
    return path


def test_create_a_clinic_exercise_and_find_it_after_reopening(qtbot, browser, data_dir):
    dialog = open_dialog(qtbot, browser, browser.new_button)
    fill_new_exercise(qtbot, dialog, "Hüftabduktion <im Liegen> & more")
    save(qtbot, browser, dialog)

    created = browser.current_exercise()
    assert created.origin is Origin.CLINIC and created.id.startswith("clinic-huftabduktion")
    assert created.steps == ("Lie on your side.", "Lift the top leg a little.", "Lower it slowly.")
    assert "Hüftabduktion <im Liegen> & more" in browser.detail.toPlainText()
    assert browser.edit_button.isEnabled() and browser.archive_button.isEnabled()
    assert reopened(data_dir).get(created.id) == created


def test_every_bad_value_is_shown_beside_its_field_and_nothing_is_saved(qtbot, browser, empty_workspace):
    dialog = open_dialog(qtbot, browser, browser.new_button)
    assert dialog.messages() == {}  # a fresh form does not scold
    dialog.save()
    messages = dialog.messages()
    assert messages["name"] == "Required." and messages["summary"] == "Required."
    assert messages["regions"] == "Choose or enter at least one."
    assert messages["steps"] == "Choose or enter at least one."
    assert dialog.isVisible() and dialog.form.currentIndex() == 0

    dialog.form.name.setText("x" * 121)
    assert dialog.messages()["name"] == "At most 120 characters."
    dialog.form.steps.setPlainText("\n".join(f"Step {n}" for n in range(11)))
    assert dialog.messages()["steps"] == "At most 10 entries."
    dialog.form.reps.set_value_or_none(None)
    assert dialog.messages()["dosage"] == "Give reps, a hold time, a duration, or a note saying how much."
    dialog.form.sets.setValue(3)
    dialog.form.reps.setValue(12)
    assert "dosage" not in dialog.messages()
    assert dialog.form.dose_preview.text() == "3 sets of 12, once a day"
    assert empty_workspace.store.clinic_exercises(include_archived=True).exercises == []


def test_duplicate_a_bundled_exercise_and_edit_the_copy(qtbot, browser, data_dir):
    browser.select_exercise("bridge")
    original = browser.current_exercise()
    dialog = open_dialog(qtbot, browser, browser.duplicate_button)
    assert dialog.form.name.text() == "Bridge (copy)"
    dialog.form.name.setText("Bridge, slow lowering")
    dialog.form.hold_seconds.setValue(8)
    save(qtbot, browser, dialog)

    copy = browser.current_exercise()
    assert copy.id != "bridge" and copy.origin is Origin.CLINIC
    assert copy.steps == original.steps and copy.pictures == original.pictures
    assert copy.dosage.hold_seconds == 8
    assert browser.library().get("bridge") == original

    dialog = open_dialog(qtbot, browser, browser.edit_button)
    dialog.form.reps.setValue(15)
    dialog.form.cues.setPlainText("Lower one bone at a time.")
    # The copy keeps the bridge's Spanish, which now has more tips than the English: not saved, and said.
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and browser.library().get(copy.id) == copy
    assert "where the English has 1" in dialog.form.errors["translations.es.cues"].text()
    dialog.form.spanish["cues"].setPlainText("Baje una vértebra a la vez.")
    save(qtbot, browser, dialog)

    library = reopened(data_dir)
    assert library.get(copy.id).dosage.reps == 15
    assert library.get(copy.id).cues == ("Lower one bone at a time.",)
    assert library.get("bridge") == original


def test_archive_and_restore_a_clinic_exercise(qtbot, browser, empty_workspace, data_dir):
    browser.select_exercise("clamshell")
    save(qtbot, browser, open_dialog(qtbot, browser, browser.duplicate_button))
    copy_id = browser.current_exercise().id

    with qtbot.waitSignal(browser.library_changed):
        qtbot.mouseClick(browser.archive_button, Qt.MouseButton.LeftButton)
    assert not browser.proxy.index_of(copy_id).isValid()
    assert [e.id for e in empty_workspace.store.clinic_exercises().exercises] == []
    assert reopened(data_dir).get(copy_id).archived

    browser.filters.show_archived.setChecked(True)
    assert browser.select_exercise(copy_id)
    assert browser.archive_button.text() == "Restore"
    with qtbot.waitSignal(browser.library_changed):
        qtbot.mouseClick(browser.archive_button, Qt.MouseButton.LeftButton)
    assert [e.id for e in empty_workspace.store.clinic_exercises().exercises] == [copy_id]


def choose_file(qtbot, monkeypatch, button, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_photos_png_and_jpeg_are_stored_scaled_and_bad_files_refused(
    qtbot, monkeypatch, browser, empty_workspace, tmp_path
):
    dialog = open_dialog(qtbot, browser, browser.new_button)
    fill_new_exercise(qtbot, dialog, "Side-lying leg lift")
    choose_file(qtbot, monkeypatch, dialog.form.start_photo.choose_button, write_image(tmp_path / "a.png", 320, 240, "PNG"))
    choose_file(qtbot, monkeypatch, dialog.form.end_photo.choose_button, write_image(tmp_path / "b.jpg", 3000, 2000, "JPEG"))

    fake = tmp_path / "notes.png"
    fake.write_text("not a picture")
    choose_file(qtbot, monkeypatch, dialog.form.start_photo.choose_button, fake)
    assert "“notes.png” is not a PNG or JPEG picture." in dialog.form.start_photo.error.text()
    assert not dialog.form.start_photo.error.isHidden()  # on a tab not shown now
    assert dialog.form.start_photo.photo().mime == "image/png"  # the good photo stays
    save(qtbot, browser, dialog)
    qtbot.waitUntil(lambda: not browser.runner.is_busy())  # which photos are stored: read off the GUI thread

    exercise_id = browser.current_exercise().id
    start = load_photo(empty_workspace.database, exercise_id, "start")
    end = load_photo(empty_workspace.database, exercise_id, "end")
    assert start[1] == "image/png" and QImage.fromData(start[0]).size().toTuple() == (320, 240)
    assert end[1] == "image/jpeg" and QImage.fromData(end[0]).size().toTuple() == (MAX_SIDE, 800)
    thumbnail = browser.proxy.index_of(exercise_id).data(Qt.ItemDataRole.DecorationRole)
    assert thumbnail is not None and not thumbnail.isNull()
    assert "No picture yet" not in browser.detail.toPlainText()

    dialog = open_dialog(qtbot, browser, browser.edit_button)
    assert dialog.form.end_photo.photo() is not None
    qtbot.mouseClick(dialog.form.end_photo.remove_button, Qt.MouseButton.LeftButton)
    save(qtbot, browser, dialog)
    assert load_photo(empty_workspace.database, exercise_id, "end") is None
    assert load_photo(empty_workspace.database, exercise_id, "start") == start


def test_a_failed_save_is_shown_and_the_edits_stay(qtbot, monkeypatch, browser, empty_workspace):
    def refuse(exercise, photos=None):
        raise DatabaseUnavailable("The database is read-only.")

    monkeypatch.setattr(empty_workspace.store, "save_clinic_exercise", refuse)
    dialog = open_dialog(qtbot, browser, browser.new_button)
    fill_new_exercise(qtbot, dialog, "Wall sit")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.text() != "")  # the save runs off the GUI thread
    assert dialog.isVisible() and dialog.form.name.text() == "Wall sit"
    assert dialog.banner.text() == "The exercise was not saved: The database is read-only."


def test_cancelling_with_changes_asks_first(qtbot, monkeypatch, browser):
    dialog = open_dialog(qtbot, browser, browser.new_button)
    qtbot.keyClicks(dialog.form.name, "Half done")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    dialog.reject()
    assert dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()


def test_a_photo_over_the_size_limit_is_refused_before_reading(qtbot, browser, tmp_path):
    from ptplanner.gui.library.photos import MAX_PHOTO_BYTES

    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as file:
        file.truncate(MAX_PHOTO_BYTES + 1)
    dialog = open_dialog(qtbot, browser, browser.new_button)
    assert not dialog.form.start_photo.load_file(huge)
    assert "“huge.jpg” is larger than 10 MB, the most a photo can be." in dialog.form.start_photo.error.text()
    assert dialog.form.start_photo.photo() is None


def test_photos_that_cannot_be_read_keep_the_dialog_closed(qtbot, monkeypatch, browser, empty_workspace, tmp_path):
    from ptplanner.storage import photos as stored_photos

    dialog = open_dialog(qtbot, browser, browser.new_button)
    fill_new_exercise(qtbot, dialog, "Side-lying leg lift")
    choose_file(qtbot, monkeypatch, dialog.form.start_photo.choose_button, write_image(tmp_path / "a.png", 320, 240, "PNG"))
    save(qtbot, browser, dialog)
    qtbot.waitUntil(lambda: not browser.runner.is_busy())

    def unreadable(*args):
        raise DatabaseUnavailable("The database is locked.")

    warnings = []
    monkeypatch.setattr(stored_photos, "load_photo", unreadable)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    qtbot.mouseClick(browser.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "could not be read: The database is locked." in warnings[0]
    assert browser.dialog is None  # saving without the photos would have removed them


def test_a_clinic_exercise_carries_a_checked_video_address(qtbot, browser, data_dir):
    dialog = open_dialog(qtbot, browser, browser.new_button)
    fill_new_exercise(qtbot, dialog, "Wall sit")
    dialog.form.video_url.setText("http://videos.example.org/wall-sit")
    dialog.save()
    said = dialog.messages()["video_url"]
    assert said == "A video address must start with https:// (a secure web address)."
    assert dialog.isVisible()
    dialog.form.video_url.setText("  https://videos.example.org/wall-sit  ")
    assert "video_url" not in dialog.messages()
    save(qtbot, browser, dialog)
    created = browser.current_exercise()
    assert created.video_url == "https://videos.example.org/wall-sit"
    text = browser.detail.toPlainText()
    assert f"Id: {created.id}" in text
    assert "Video: https://videos.example.org/wall-sit (printed as a QR code)" in text
    assert "href" not in browser.detail.toHtml().split("Video:")[1][:200]  # shown, never a link
    assert reopened(data_dir).get(created.id).video_url == "https://videos.example.org/wall-sit"
