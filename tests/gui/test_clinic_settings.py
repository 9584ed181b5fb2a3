"""File > Clinic settings: every field checked as it is typed, and saved for the next handout."""

from gui_helpers import clinic_and_runner
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ptplanner.core.clinic import ClinicSettings, Paper
from ptplanner.core.patient import Unit
from ptplanner.gui import clinic_settings
from ptplanner.gui.clinic_settings import ClinicSettingsDialog
from ptplanner.storage.clinic_settings import SETTING_KEY, load_clinic_settings, save_clinic_settings


def open_dialog(qtbot, workspace):
    dialog = ClinicSettingsDialog(*clinic_and_runner(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy())  # the stored settings are read off the GUI thread
    return dialog


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def a_logo(path, size=(120, 40)):
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(path), "PNG")
    return path


def test_the_settings_are_shown_edited_and_saved(qtbot, empty_workspace, tmp_path, monkeypatch):
    save_clinic_settings(empty_workspace.store, ClinicSettings(name="Old name", phone="555-0100"))
    dialog = open_dialog(qtbot, empty_workspace)
    assert dialog.name.text() == "Old name" and dialog.logo_preview.text() == "No logo"
    dialog.name.setText("Przychodnia Łódź <b>&</b>")
    dialog.phone.setText("+48 42 000 00 00")
    dialog.after_hours_phone.setText("+48 42 000 00 99")
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.large_print.setChecked(True)
    dialog.fever.setValue(38.3)
    assert dialog.fever_in_f.text() == "= 100.9 °F"
    logo = a_logo(tmp_path / "logo.png")
    monkeypatch.setattr(clinic_settings.QFileDialog, "getOpenFileName", lambda *args: (str(logo), ""))
    dialog.choose_logo.click()
    assert dialog.remove_logo.isEnabled() and not dialog.logo_preview.pixmap().isNull()

    save_button(dialog).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5_000)
    saved = load_clinic_settings(empty_workspace.store)
    assert saved.name == "Przychodnia Łódź <b>&</b>" and saved.paper is Paper.A4 and saved.large_print
    assert saved.fever_threshold_c == 38.3 and saved.logo == logo.read_bytes()
    assert saved.after_hours_phone == "+48 42 000 00 99"


def test_a_bad_field_shows_why_and_blocks_saving(qtbot, empty_workspace):
    dialog = open_dialog(qtbot, empty_workspace)
    dialog.phone.setText("555\t0100")
    assert "one line" in dialog.errors["phone"].text() and dialog.errors["phone"].isVisible()
    assert not save_button(dialog).isEnabled()
    dialog.phone.setText("555-0100")
    assert not dialog.errors["phone"].isVisible() and save_button(dialog).isEnabled()


def test_an_empty_emergency_number_is_refused(qtbot, empty_workspace):
    dialog = open_dialog(qtbot, empty_workspace)
    dialog.emergency_number.setText("")
    assert dialog.errors["emergency_number"].text() == "Required."
    assert not save_button(dialog).isEnabled()


def test_a_logo_that_is_not_a_png_or_jpeg_is_refused_and_the_old_one_kept(
    qtbot, empty_workspace, tmp_path, monkeypatch
):
    dialog = open_dialog(qtbot, empty_workspace)
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"GIF89a" + bytes(50))
    monkeypatch.setattr(clinic_settings.QFileDialog, "getOpenFileName", lambda *args: (str(fake), ""))
    dialog.choose_logo.click()
    assert "PNG or JPEG" in dialog.errors["logo"].text()
    assert dialog.settings().logo is None and save_button(dialog).isEnabled()


def test_damaged_saved_settings_are_explained_and_the_defaults_shown(qtbot, empty_workspace):
    empty_workspace.store.set_setting(SETTING_KEY, {"fever_threshold_c": "hot"})
    dialog = open_dialog(qtbot, empty_workspace)
    assert dialog.notice.isVisible() and "cannot be read" in dialog.notice.text()
    assert dialog.settings() == ClinicSettings()


def test_the_patient_id_system_for_fhir_exports_must_be_a_uri(qtbot, empty_workspace):
    dialog = open_dialog(qtbot, empty_workspace)
    dialog.patient_id_system.setText("our clinic ids")
    assert "web address" in dialog.errors["patient_id_system"].text()
    assert not save_button(dialog).isEnabled()
    dialog.patient_id_system.setText("https://clinic.example/patient-ids")
    assert not dialog.errors["patient_id_system"].isVisible()
    save_button(dialog).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5_000)
    saved = load_clinic_settings(empty_workspace.store)
    assert saved.patient_id_system == "https://clinic.example/patient-ids"


def test_exercise_videos_are_checked_line_by_line_and_saved(qtbot, empty_workspace):
    dialog = open_dialog(qtbot, empty_workspace)
    dialog.exercise_videos.setPlainText("bridge http://videos.example.org/bridge")
    assert dialog.errors["exercise_videos"].text() == (
        "For bridge: a video address must start with https:// (a secure web address)."
    )
    assert not save_button(dialog).isEnabled()
    dialog.exercise_videos.setPlainText("bridge")
    assert "for bridge: give a video address" in dialog.errors["exercise_videos"].text().lower()
    dialog.exercise_videos.setPlainText("bridge https://a.example.org/1\nbridge https://b.example.org/2")
    said = dialog.errors["exercise_videos"].text()
    assert said == "The exercise bridge is listed twice: keep one line for it."
    assert not save_button(dialog).isEnabled()
    dialog.exercise_videos.setPlainText(
        "bridge   https://videos.example.org/bridge\n\nclamshell https://youtu.be/abc123\n"
    )
    assert not dialog.errors["exercise_videos"].isVisible() and save_button(dialog).isEnabled()
    save_button(dialog).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5_000)
    assert load_clinic_settings(empty_workspace.store).exercise_videos == {
        "bridge": "https://videos.example.org/bridge", "clamshell": "https://youtu.be/abc123"}
    again = open_dialog(qtbot, empty_workspace)
    assert again.exercise_videos.toPlainText() == (
        "bridge https://videos.example.org/bridge\nclamshell https://youtu.be/abc123"
    )


def test_the_unit_of_lifting_limits_is_chosen_and_saved(qtbot, empty_workspace):
    save_clinic_settings(empty_workspace.store, ClinicSettings(weight_unit=Unit.KG))
    dialog = open_dialog(qtbot, empty_workspace)
    assert dialog.weight_unit.currentData() == "kg"
    assert [dialog.weight_unit.itemText(i) for i in range(2)] == ["pounds (lb)", "kilograms (kg)"]
    dialog.weight_unit.setCurrentIndex(dialog.weight_unit.findData("lb"))
    save_button(dialog).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5_000)
    assert load_clinic_settings(empty_workspace.store).weight_unit is Unit.LB
