"""Saved PDFs are named after the patient and what they are, and the next Save starts in the same folder."""

from pathlib import Path

from gui_helpers import TODAY, open_patient, wait_idle

from ptplanner.gui import handout_preview
from ptplanner.gui.handout_preview import HandoutPreview
from ptplanner.gui.progress import controller


def test_handout_and_report_names_and_the_last_folder(qtbot, demo_window, monkeypatch, tmp_path):
    window = demo_window
    patient = open_patient(qtbot, window, "Robert Chen")
    stage = window.document.model.program().current_stage_index() + 1
    suggested: list[str] = []
    chosen = tmp_path / "handouts for Robert"
    chosen.mkdir()

    def save_dialog(parent, title, path, filters):
        suggested.append(path)
        return str(chosen / Path(path).name), filters

    monkeypatch.setattr(handout_preview.QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(controller.QFileDialog, "getSaveFileName", save_dialog)
    previews = []
    monkeypatch.setattr(HandoutPreview, "exec", lambda dialog: previews.append(dialog) or dialog.show())
    window.actions.print.trigger()
    qtbot.waitUntil(lambda: bool(previews) and not previews[0].is_busy(), timeout=10_000)
    previews[0].save_button.click()
    handout = f"Chen Robert - handout stage {stage} - {TODAY.isoformat()}.pdf"
    qtbot.waitUntil((chosen / handout).exists, timeout=10_000)
    assert Path(suggested[0]).name == handout and Path(suggested[0]).parent != chosen
    previews[0].reject()
    wait_idle(qtbot, window)

    window.actions.progress_report.trigger()
    report = chosen / f"Chen Robert - progress report - {TODAY.isoformat()}.pdf"
    assert Path(suggested[1]) == report  # the folder the handout went to
    qtbot.waitUntil(report.exists, timeout=10_000)
    wait_idle(qtbot, window)
    assert patient.name == "Robert Chen"
