"""`ptplanner discharge`, `readmit`, `erase`, `patients --discharged` and `demo --remove`, as a clinic
runs them."""

from contextlib import contextmanager
from datetime import date

from ptplanner.app.clinic import Clinic
from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.language import Language
from ptplanner.core.patient import Patient

OKAFOR = "Margaret Okafor"


def run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@contextmanager
def opened(data_dir):
    clinic = Clinic.open(data_dir)
    try:
        yield clinic
    finally:
        clinic.close()


def clinic_details(data_dir) -> tuple[str, str, str]:
    with opened(data_dir) as clinic:
        settings = clinic.clinic_settings()
    return settings.name, settings.phone, settings.after_hours_phone


def names(capsys, data_dir, *flags) -> list[str]:
    _, out, _ = run(capsys, data_dir, "patients", *flags)
    return [line[10:44].strip() for line in out.splitlines()[1:]]


def test_discharge_moves_a_patient_to_the_discharged_list_and_readmit_brings_them_back(capsys, data_dir):
    run(capsys, data_dir, "demo")
    code, out, _ = run(capsys, data_dir, "discharge", "Okafor", "--reason", "Goals met")
    assert code == EXIT_OK
    assert out.startswith(f"Discharged {OKAFOR} today; 'ptplanner readmit ")
    assert OKAFOR not in names(capsys, data_dir)
    _, out, _ = run(capsys, data_dir, "patients", "--discharged")
    assert "DISCHARGED" in out.splitlines()[0] and out.rstrip().endswith(": Goals met")
    assert names(capsys, data_dir, "--discharged") == [OKAFOR]

    code, out, err = run(capsys, data_dir, "discharge", "Okafor")
    assert (code, out) == (EXIT_PROBLEMS, "")
    assert err.startswith("ptplanner: That patient was already discharged on ") and err.count("\n") == 1

    code, out, _ = run(capsys, data_dir, "demo")  # a discharged demo patient is there already
    assert (code, out) == (EXIT_OK, "Demo clinic: added 0 patient(s), 12 were already there.\n")
    code, out, _ = run(capsys, data_dir, "readmit", "Okafor")
    assert code == EXIT_OK and "on the active list again" in out
    assert OKAFOR in names(capsys, data_dir)
    _, out, _ = run(capsys, data_dir, "patients", "--discharged")
    assert out == "No discharged patients.\n"
    code, _, err = run(capsys, data_dir, "readmit", "Okafor")
    assert code == EXIT_PROBLEMS and "not discharged" in err


def test_a_patient_no_one_matches_is_named_in_one_line(capsys, data_dir):
    run(capsys, data_dir, "demo")
    for command in ("discharge", "readmit", "erase"):
        code, out, err = run(capsys, data_dir, command, "Nobody")
        assert (code, out) == (EXIT_PROBLEMS, "")
        assert err == "ptplanner: no patient matches 'Nobody'; 'ptplanner patients' lists them\n"


def test_erase_refuses_without_yes_then_erases_and_names_the_backups(capsys, data_dir):
    run(capsys, data_dir, "demo")
    code, out, err = run(capsys, data_dir, "erase", "Okafor")
    assert (code, out) == (EXIT_PROBLEMS, "")
    assert "add --yes to confirm. Nothing was erased." in err and err.count("\n") == 1
    assert OKAFOR in names(capsys, data_dir)

    code, out, _ = run(capsys, data_dir, "erase", "Okafor", "--yes")
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0].startswith(f"Erased {OKAFOR} (id ")
    assert "backup(s) still hold them" in lines[1] and "backups" in lines[2]
    assert OKAFOR not in names(capsys, data_dir)
    assert b"Okafor" not in (data_dir / "ptplanner.db").read_bytes()


def test_import_of_a_stored_patient_names_the_erase_command(capsys, data_dir, tmp_path):
    run(capsys, data_dir, "demo")
    run(capsys, data_dir, "export", "Okafor", "--out", str(tmp_path / "okafor.json"))
    code, _, err = run(capsys, data_dir, "import", str(tmp_path / "okafor.json"))
    assert code == EXIT_PROBLEMS
    assert "'ptplanner erase " in err and "--yes'" in err and "Erase patient" in err


def test_demo_remove_takes_out_its_patients_and_details_but_leaves_the_clinics_own(capsys, data_dir):
    run(capsys, data_dir, "demo")
    with opened(data_dir) as clinic:
        clinic.save_patient(Patient(name="Real Person", date_of_birth=date(1960, 1, 1)))
        settings = clinic.clinic_settings()
        clinic.save_clinic_settings(settings.model_copy(update={"name": "Hill Street PT"}))

    code, out, _ = run(capsys, data_dir, "demo", "--remove")

    assert (code, out) == (EXIT_OK, "Demo clinic removed: erased 12 demo patient(s) and the demo clinic's "
                                    "name and phones.\n")
    assert names(capsys, data_dir) == ["Real Person"]
    assert clinic_details(data_dir) == ("Hill Street PT", "", "")
    code, out, _ = run(capsys, data_dir, "demo", "--remove")
    assert out == "Demo clinic removed: erased 0 demo patient(s).\n"


def test_demo_never_sets_its_phones_beside_a_name_the_clinic_gave(capsys, data_dir):
    with opened(data_dir) as clinic:
        clinic.save_clinic_settings(ClinicSettings(after_hours_phone="555-9000"))
    run(capsys, data_dir, "demo")
    assert clinic_details(data_dir) == ("", "", "555-9000")


def test_front_desk_may_not_discharge_erase_or_remove_the_demo(capsys, data_dir, monkeypatch):
    from ptplanner.cli_users import PASSWORD_ENV

    run(capsys, data_dir, "demo")
    monkeypatch.setenv(PASSWORD_ENV, "correct horse battery")
    monkeypatch.setenv("PTPLANNER_NEW_PASSWORD", "correct horse battery")
    run(capsys, data_dir, "users", "add", "boss", "--role", "admin")
    run(capsys, data_dir, "--user", "boss", "users", "add", "desk", "--role", "front-desk")
    for command in (["discharge", "Okafor"], ["erase", "Okafor", "--yes"], ["demo", "--remove"]):
        code, _, err = run(capsys, data_dir, "--user", "desk", *command)
        assert code != EXIT_OK
        assert "a front-desk account may not run 'ptplanner " in err
    assert OKAFOR in names_as(capsys, data_dir, "boss")


def names_as(capsys, data_dir, user) -> list[str]:
    _, out, _ = run(capsys, data_dir, "--user", user, "patients")
    return [line[10:44].strip() for line in out.splitlines()[1:]]


def test_the_patient_list_names_the_language_each_patients_handouts_print_in(capsys, data_dir):
    run(capsys, data_dir, "demo")
    _, out, _ = run(capsys, data_dir, "patients")
    header, *lines = out.splitlines()
    assert header.split() == ["ID", "NAME", "WEEK", "LANGUAGE", "STAGE"]
    languages = {line[10:44].strip(): line[50:58].strip() for line in lines}
    assert languages["Dolores Ramírez"] == "Español"  # her record names Spanish
    assert languages[OKAFOR] == "English"  # the clinic's language
    with opened(data_dir) as clinic:
        spanish = clinic.clinic_settings().model_copy(update={"language": Language.SPANISH})
        clinic.save_clinic_settings(spanish)
    _, out, _ = run(capsys, data_dir, "patients")
    assert {line[50:58].strip() for line in out.splitlines()[1:]} == {"Español"}
