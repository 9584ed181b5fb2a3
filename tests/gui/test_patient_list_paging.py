"""The real main window on a clinic bigger than a page of the patient list: the list is read a page at
a time as it scrolls, searched and sorted by the database, and shows what was saved elsewhere."""

from datetime import date

import pytest
from account_helpers import clinic_with_accounts, system_actor, window_signed_in  # noqa: F401 - fixture
from gui_helpers import show_window, wait_idle
from many_patients import COUNT, DISCHARGED_EVERY, build_many_patients, opened_copy
from PySide6.QtCore import Qt

from ptplanner.app.clinic import Clinic
from ptplanner.app.workspace import Workspace
from ptplanner.core import clock
from ptplanner.core.patient import Patient
from ptplanner.gui.models.patients import FLAGS, ID_ROLE, STAGE, WEEK, PatientTableModel
from ptplanner.gui.patients.list_loader import FIRST_SCREEN, PAGE

pytestmark = pytest.mark.gui
ACTIVE = COUNT - COUNT // DISCHARGED_EVERY


@pytest.fixture(scope="module")
def many_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("many") / "data"
    build_many_patients(folder, clock.today())
    return folder


@pytest.fixture
def big_workspace(data_dir, many_template):
    with opened_copy(many_template, data_dir) as workspace:
        yield workspace


@pytest.fixture
def window(qtbot, big_workspace):
    window = show_window(qtbot, big_workspace)
    yield window
    wait_idle(qtbot, window)  # a page read may start another (its flags): all of them back first
    window.close()
    window.deleteLater()


def shown(window, column=0) -> list:
    proxy = window.patient_list.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def settle(qtbot, window, condition) -> None:
    qtbot.waitUntil(condition, timeout=10_000)
    wait_idle(qtbot, window)


def test_the_first_screen_is_shown_and_scrolling_reads_the_next_pages(qtbot, window):
    model, table = window.patient_list.model, window.patient_list.table
    assert model.paged and model.rowCount() == FIRST_SCREEN
    assert shown(window)[0] == "Ana Silva 0010"  # name order, case and accents ignored; 0000 left
    settle(qtbot, window, lambda: window.statusBar().currentMessage() == f"{ACTIVE} patients")
    table.scrollToBottom()
    settle(qtbot, window, lambda: model.rowCount() == FIRST_SCREEN + PAGE)
    table.scrollToBottom()
    settle(qtbot, window, lambda: model.rowCount() == FIRST_SCREEN + 2 * PAGE)
    names = shown(window)
    assert len(set(names)) == len(names) == FIRST_SCREEN + 2 * PAGE


def test_the_paged_model_passes_qtmodeltester_as_pages_arrive(qtmodeltester, window):
    listed = window.patient_list.model._rows[:30]  # real rows of the first page
    model = PatientTableModel()
    model.set_page(listed[:10], more=True)
    asked = []
    model.more_wanted.connect(lambda: asked.append(model.rowCount()))
    qtmodeltester.check(model)  # asks for more
    assert asked == [10] and not model.canFetchMore()
    model.add_page(listed[10:20], more=True)
    model.add_page(listed[20:], more=False)
    assert model.patient_ids() == [row.patient_id for row in listed] and not model.canFetchMore()
    model.sort(WEEK)  # paged: the query sorts, not the model
    assert model.index(0, 0).data(ID_ROLE) == listed[0].patient_id
    qtmodeltester.check(model)


def test_search_runs_in_the_database_and_the_keyboard_opens_a_match(qtbot, window):
    page = window.patient_list
    qtbot.keyClicks(page.search, "zoe SILVA 00")
    expected = [f"Zoë Silva {n:04d}" for n in range(3, 100, 10)]
    settle(qtbot, window, lambda: shown(window) == expected)
    page.search.setText("dr. vaz 2")  # the surgeon, as `ptplanner patients find` matches
    settle(qtbot, window, lambda: page.model.rowCount() == PAGE)
    page.search.setText("nobody like this")
    settle(qtbot, window, lambda: page.stack.currentWidget() is page.notice)
    assert "nobody like this" in page.notice.text()
    page.search.setText("élodie silva 0011")
    settle(qtbot, window, lambda: shown(window) == ["Élodie Silva 0011"])
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.proxy.patient_id(page.table.currentIndex()) is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(qtbot, window, lambda: window.document.patient is not None)
    assert window.document.patient.name == "Élodie Silva 0011"


def test_sorting_by_week_pages_and_by_stage_reads_the_whole_list(qtbot, window):
    page = window.patient_list
    page.table.sortByColumn(WEEK, Qt.SortOrder.AscendingOrder)
    settle(qtbot, window, lambda: shown(window, WEEK)[0] == "")  # no surgery date first
    page.table.scrollToBottom()  # the first page has no surgery date at all
    settle(qtbot, window, lambda: page.model.rowCount() == 2 * PAGE)
    weeks = [int(week) for week in shown(window, WEEK) if week]
    assert page.model.paged and weeks == sorted(weeks) and weeks[0] == 0
    page.table.sortByColumn(WEEK, Qt.SortOrder.DescendingOrder)
    settle(qtbot, window, lambda: shown(window, WEEK)[0] != "")
    weeks = [int(week) for week in shown(window, WEEK)]
    assert weeks == sorted(weeks, reverse=True)
    page.table.sortByColumn(STAGE, Qt.SortOrder.DescendingOrder)
    settle(qtbot, window, lambda: page.model.rowCount() == ACTIVE)
    stages = shown(window, STAGE)
    assert not page.model.paged and stages == sorted(stages, reverse=True) and stages[-1].startswith("1 of ")


def test_the_discharged_tab_and_changes_saved_elsewhere(qtbot, window, data_dir):
    page = window.patient_list
    window.leaving.show_discharged(True)
    settle(qtbot, window, lambda: page.model.rowCount() == COUNT // DISCHARGED_EVERY)
    assert all(flags.startswith("discharged ") for flags in shown(window, FLAGS))
    window.leaving.show_discharged(False)
    settle(qtbot, window, lambda: page.model.paged and page.model.rowCount() == PAGE)

    elsewhere = Clinic.open(data_dir)
    try:
        newcomer = Patient(name="Aaron Aardvark", date_of_birth=date(1970, 1, 2))
        elsewhere.save_patient(newcomer)
        window.remote_changes.check_now()
        settle(qtbot, window, lambda: shown(window)[0] == "Aaron Aardvark")
        elsewhere.save_patient(newcomer.model_copy(update={"name": "Aaron Aardvarks"}))
        window.remote_changes.check_now()
        settle(qtbot, window, lambda: shown(window)[0] == "Aaron Aardvarks")
        elsewhere.discharge_patient(newcomer.id, clock.today())
        window.remote_changes.check_now()
        settle(qtbot, window, lambda: shown(window)[0] != "Aaron Aardvarks")
    finally:
        elsewhere.close()


@pytest.mark.usefixtures("system_actor")
def test_the_front_desk_sees_pages_without_flags(qtbot, big_workspace):
    window = window_signed_in(qtbot, clinic_with_accounts(big_workspace), "front-desk")
    try:
        model = window.patient_list.model
        assert model.paged and model.rowCount() == FIRST_SCREEN
        window.patient_list.table.scrollToBottom()
        settle(qtbot, window, lambda: model.rowCount() == FIRST_SCREEN + PAGE)
        assert set(shown(window, FLAGS)) == {""}
    finally:
        wait_idle(qtbot, window)
        window.close()
        window.deleteLater()


def test_a_tab_of_a_few_screens_is_read_a_screen_first_then_held_whole(qtbot, data_dir):
    """Start-up reads one screen; the count then finds the tab small enough to hold whole, sorted and
    searched in memory as before."""
    count = (FIRST_SCREEN + PAGE) // 2
    build_many_patients(data_dir, clock.today(), count)
    active = count - len(range(0, count, DISCHARGED_EVERY))
    workspace = Workspace.open(data_dir)
    window = show_window(qtbot, workspace)
    try:
        model = window.patient_list.model
        settle(qtbot, window, lambda: not model.paged and model.rowCount() == active)
        assert window.statusBar().currentMessage() == f"{active} patients"
        window.patient_list.search.setText("zoe silva 00")
        settle(qtbot, window, lambda: 0 < window.patient_list.proxy.rowCount() < active)
        assert not model.paged  # searched in memory
    finally:
        wait_idle(qtbot, window)
        window.close()
        window.deleteLater()
        workspace.close()
