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


def _listed_after_renaming(capsys, data_dir, renamed: dict[str, str]) -> str:
    """`ptplanner patients` printed for the demo clinic with these patients renamed (old name: new)."""
    assert main(["--data-dir", str(data_dir), "demo"]) == EXIT_OK
    clinic = Clinic.open(data_dir)
    for patient in clinic.find_patients(""):
        if patient.name in renamed:
            clinic.save_patient(patient.model_copy(update={"name": renamed[patient.name]}))
    clinic.close()
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "patients"]) == EXIT_OK
    return capsys.readouterr().out


def test_the_patient_list_never_sends_a_control_character_to_the_terminal(capsys, data_dir):
    out = _listed_after_renaming(capsys, data_dir, RENAMED)
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in out.replace("\n", ""))
    lines = out.splitlines()
    assert len(lines) == 13  # the heading and one line a patient: no name broke its line
    assert any(line[10:].startswith("Ahmed Haddad   ") for line in lines)
    assert any(line[10:].startswith("Dolores\\x1b[2J\\x1b[31m Ramírez…") for line in lines)
    assert any(line[10:].startswith("G" + "\u0301" * 4 + "race Nakamura") for line in lines)


def _columns(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def test_the_columns_after_a_wide_or_accented_name_start_under_their_headings(capsys, data_dir):
    # Padded by letters, a Japanese name pushed its row's WEEK four columns right, an accented one left.
    names = {"Ahmed Haddad": "山田太郎", "Dolores Ramírez": "Zoe\u0308 Lo\u0301pez",
             "Grace Nakamura": "李" * 40}
    heading, *rows = _listed_after_renaming(capsys, data_dir, names).splitlines()
    week_ends = _columns(heading[: heading.index("WEEK") + 4])
    for row in rows:
        before_language = row[: row.index("  English") if "  English" in row else row.index("  Español")]
        assert _columns(before_language) == week_ends, row
    assert any(row[10:].startswith("李" * 15 + "…") for row in rows)  # cut within its 32 columns
