"""The idle lock's time is a clinic setting only an admin changes (it protects every account)."""

import pytest

from ptplanner.app import accounts
from ptplanner.app.clinic import Clinic, acting_user
from ptplanner.app.errors import NotAllowed
from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.roles import Role

PASSWORD = "correct horse battery"


@pytest.fixture
def clinic(data_dir):
    clinic = Clinic.open(data_dir)
    accounts.add_user(clinic, "boss", Role.ADMIN, PASSWORD)
    accounts.sign_in(clinic, "boss", PASSWORD)
    accounts.add_user(clinic, "ben", Role.THERAPIST, PASSWORD)
    yield clinic
    acting_user(None)
    clinic.close()


def test_ten_minutes_unless_an_admin_sets_another_time(clinic):
    assert clinic.clinic_settings().idle_lock_minutes == 10
    clinic.save_clinic_settings(ClinicSettings(name="Hill Street PT", idle_lock_minutes=5))
    assert clinic.clinic_settings().idle_lock_minutes == 5


def test_a_therapist_changes_the_other_settings_but_not_the_idle_time(clinic):
    accounts.sign_in(clinic, "ben", PASSWORD)
    clinic.save_clinic_settings(ClinicSettings(name="Hill Street PT"))
    with pytest.raises(NotAllowed, match="Only an admin may change how long the app waits before it locks."):
        clinic.save_clinic_settings(ClinicSettings(name="Hill Street PT", idle_lock_minutes=240))
    assert clinic.clinic_settings() == ClinicSettings(name="Hill Street PT")


@pytest.mark.parametrize("minutes", [0, 241])
def test_an_idle_time_out_of_range_is_refused(minutes):
    with pytest.raises(ValueError, match="idle_lock_minutes"):
        ClinicSettings(idle_lock_minutes=minutes)
