"""Clinical names in the real main window: searched as you type, shown in the library and the program,
and kept by the clinic exercise editor."""

from gui_helpers import add_patient, item_index, start_from_fusion_template, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ptplanner.core.exercise import Origin
from ptplanner.core.vocabulary import Region
from ptplanner.gui.dialogs import Unsaved
from ptplanner.gui.models.library import CLINICAL_ROLE


def shown_ids(window) -> set[str]:
    proxy = window.library.proxy
    return {proxy.exercise_at(proxy.index(row, 0)).id for row in range(proxy.rowCount())}


def search(qtbot, window, text: str) -> set[str]:
    window.library.search.clear()
    qtbot.keyClicks(window.library.search, text)
    return shown_ids(window)


def test_typing_a_clinical_name_or_abbreviation_finds_the_exercise(qtbot, empty_window):
    tra = search(qtbot, empty_window, "TrA")
    assert {"abdominal-drawing-in", "heel-slide-with-bracing", "supine-march", "dead-bug"} <= tra
    assert "clamshell" not in tra and "calf-stretch" not in tra
    assert "calf-stretch" not in tra  # the start of a word, not the "tra" in "straight"

    glute_max = search(qtbot, empty_window, "glute max")
    assert {"gluteal-set", "bridge", "single-leg-bridge", "prone-hip-extension"} <= glute_max
    assert "clamshell" not in glute_max and "abdominal-drawing-in" not in glute_max  # glute med, TrA

    glute_med = search(qtbot, empty_window, "glute med")
    assert {"clamshell", "side-lying-hip-abduction", "side-steps-with-band"} <= glute_med
    assert "gluteal-set" not in glute_med

    slr = search(qtbot, empty_window, "SLR")
    assert {"prone-hip-extension", "side-lying-hip-abduction"} <= slr
    assert "bridge" not in slr and "abdominal-drawing-in" not in slr

    assert search(qtbot, empty_window, "PPT") == {"pelvic-tilt", "seated-pelvic-tilt"}
    assert search(qtbot, empty_window, "long arc quad") == {"seated-knee-extension"}


def test_the_library_shows_the_clinical_name_beside_the_patients_name(qtbot, empty_window):
    library = empty_window.library
    search(qtbot, empty_window, "TrA set")
    assert shown_ids(empty_window) == {"abdominal-drawing-in", "seated-belly-draw-in"}
    name_cell = library.proxy.index_of("abdominal-drawing-in")
    assert name_cell.data() == "Belly draw-in"  # the list keeps the patient's name
    assert name_cell.data(CLINICAL_ROLE) == "Transversus abdominis activation (TrA set)"  # the grey line
    tooltip = name_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Clinical name: Transversus abdominis activation (TrA set)" in tooltip
    assert "Also known as: TrA, ADIM" in tooltip
    library.table.setCurrentIndex(name_cell)
    detail = library.detail.toPlainText()
    assert "Belly draw-in" in detail
    assert "Clinical name: Transversus abdominis activation (TrA set)" in detail


def test_the_program_table_tooltip_names_the_exercise_clinically(qtbot, empty_window, unsaved_answers):
    add_patient(qtbot, empty_window)
    start_from_fusion_template(empty_window)
    wait_idle(qtbot, empty_window)
    index = item_index(empty_window, "Buttock squeeze")
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Buttock squeeze\nClinical name: Gluteal set (gluteus maximus isometric)")
    unsaved_answers[0].append(Unsaved.DISCARD)  # the window closes after the test


def test_a_clinic_exercise_keeps_the_clinical_name_and_abbreviations_typed(qtbot, empty_window):
    library = empty_window.library
    qtbot.mouseClick(library.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: library.dialog is not None)
    form = library.dialog.form
    qtbot.keyClicks(form.name, "Leg lift on your side")
    qtbot.keyClicks(form.clinical_name, "Side-lying hip abduction, long lever")
    qtbot.keyClicks(form.abbreviations, " SL ABD ,  HABD, ")
    qtbot.keyClicks(form.summary, "Strengthen the side of the hip.")
    form.regions.box(Region.HIP).setChecked(True)
    form.steps.setPlainText("Lie on your side.\nLift the top leg a little.")
    with qtbot.waitSignal(library.library_changed):
        qtbot.mouseClick(
            library.dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    wait_idle(qtbot, empty_window)
    saved = library.current_exercise()
    assert saved.origin is Origin.CLINIC
    assert saved.clinical_name == "Side-lying hip abduction, long lever"
    assert saved.abbreviations == ("SL ABD", "HABD")
    assert search(qtbot, empty_window, "HABD") == {saved.id}
    assert "Clinical name: Side-lying hip abduction, long lever" in library.detail.toPlainText()
    assert saved in empty_window.clinic.workspace.store.clinic_exercises().exercises  # stored as typed
