"""Names holding escape sequences, direction controls or line breaks, as an imported record may: the
command line prints them visibly and inertly, and no override turns the rest of a line around."""

import unicodedata

from ptplanner.app.clinic import Clinic
from ptplanner.cli import EXIT_OK, main

RENAMED = {
    "Ahmed Haddad": "Ahmed \u202eHaddad",
    "Dolores Ramírez": "Dolores\x1b[2J\x1b[31m Ramírez\u2028Jr.",
    "Grace Nakamura": "G" + "\u0301" * 200 + "race Nakamura",
}


def test_the_patient_list_never_sends_a_control_character_to_the_terminal(capsys, data_dir):
    assert main(["--data-dir", str(data_dir), "demo"]) == EXIT_OK
    clinic = Clinic.open(data_dir)
    for patient in clinic.find_patients(""):
        if patient.name in RENAMED:
            clinic.save_patient(patient.model_copy(update={"name": RENAMED[patient.name]}))
    clinic.close()
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "patients"]) == EXIT_OK
    out = capsys.readouterr().out
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in out.replace("\n", ""))
    lines = out.splitlines()
    assert len(lines) == 13  # the heading and one line a patient: no name broke its line
    assert any(line[10:].startswith("Ahmed Haddad   ") for line in lines)
    assert any(line[10:].startswith("Dolores\\x1b[2J\\x1b[31m Ramírez…") for line in lines)
    assert any(line[10:].startswith("G" + "\u0301" * 4 + "race Nakamura") for line in lines)
