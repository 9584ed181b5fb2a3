"""Names holding a right-to-left override, an escape sequence or a flood of accents, as an imported record
may: the window shows each in its own place, and none takes over the line it is shown in."""

import pytest
from gui_helpers import open_patient, show_window

from ptplanner.app.clinic import Clinic
from ptplanner.gui.models.patients import NAME

RENAMED = {
    "Ahmed Haddad": "Ahmed \u202eHaddad",  # an override never closed: "Ahmed daddaH" and all that follows
    "Dolores Ramírez": "Dolores\x1b[2J\u2028Ramírez",  # an escape sequence and a line separator
    "Grace Nakamura": "G" + "\u0301" * 200 + "race Nakamura",  # 200 accents on one letter
    "Linda Johansson": "דוד כהן",  # Hebrew, shown as typed
}


@pytest.fixture
def hostile_window(qtbot, demo_workspace):
    clinic = Clinic(demo_workspace)
    for patient in demo_workspace.store.list_patients():
        if patient.name in RENAMED:
            clinic.save_patient(patient.model_copy(update={"name": RENAMED[patient.name]}))
    window = show_window(qtbot, demo_workspace)
    yield window
    window.close()
    window.deleteLater()


def test_the_patient_list_shows_each_name_without_what_could_take_over_its_line(hostile_window):
    model = hostile_window.patient_list.model
    shown = {model.index(row, NAME).data() for row in range(model.rowCount())}
    assert {"Ahmed Haddad", "Dolores\ufffd[2J Ramírez", "G\u0301\u0301\u0301\u0301race Nakamura", "דוד כהן"} <= shown


def test_the_window_title_and_heading_keep_their_own_direction(qtbot, hostile_window):
    window = hostile_window
    open_patient(qtbot, window, "Ahmed \u202eHaddad")
    assert window.windowTitle().startswith("Ahmed Haddad — ")  # not "Ahmed daddaH — rennalptp"
    assert window.patient_page.heading.text() == "Ahmed Haddad"


def test_a_hebrew_name_does_not_turn_the_window_title_around(qtbot, hostile_window):
    window = hostile_window
    open_patient(qtbot, window, "דוד כהן")
    # In an isolate: the title stays left to right, the name right to left, whatever it holds.
    assert window.windowTitle().startswith("\u2068דוד כהן\u2069 — ")
