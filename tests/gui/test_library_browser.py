"""The library browser over the bundled library: search, filters, pictures, details, drag and activation."""

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl

from ptplanner.core.library import Library, load_library
from ptplanner.core.vocabulary import Category, Equipment, Position, Region
from ptplanner.gui.library.browser import LibraryBrowser
from ptplanner.gui.library.clinic import duplicate_draft, edit_draft
from ptplanner.gui.library.detail import READ_ONLY_NOTE, exercise_link
from ptplanner.gui.models.library import (
    MIME_TYPE,
    LibraryFilter,
    LibraryFilterProxy,
    LibraryTableModel,
)
from ptplanner.resources import exercises_dir


@pytest.fixture(scope="module")
def bundled() -> Library:
    return load_library(exercises_dir())


@pytest.fixture
def browser(qtbot, bundled) -> LibraryBrowser:
    widget = LibraryBrowser()
    qtbot.addWidget(widget)
    widget.set_library(bundled)
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_ids(browser: LibraryBrowser) -> list[str]:
    proxy = browser.proxy
    return [proxy.exercise_at(proxy.index(row, 0)).id for row in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, bundled):
    model = LibraryTableModel(bundled.exercises.values())
    qtmodeltester.check(model)
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(LibraryFilter(text="bridge", stage=2))
    qtmodeltester.check(proxy)


def test_the_list_shows_every_exercise_sorted_by_name(browser, bundled):
    names = [browser.proxy.index(row, 0).data() for row in range(browser.proxy.rowCount())]
    assert len(names) == len(bundled)
    assert names == sorted(names, key=str.casefold)
    assert browser.count.text() == f"{len(bundled)} exercises"


def test_search_as_you_type_matches_names_tags_and_muscles(qtbot, browser, bundled):
    qtbot.keyClicks(browser.search, "Bridge")
    ids = shown_ids(browser)
    assert "bridge" in ids and "single-leg-bridge" in ids and len(ids) < len(bundled)
    assert "No exercise" not in browser.count.text() and f"of {len(bundled)}" in browser.count.text()

    browser.search.clear()
    qtbot.keyClicks(browser.search, "quadruped")  # a tag, in no name
    assert set(shown_ids(browser)) == {"bird-dog", "bird-dog-arm-only", "bird-dog-leg-only"}

    browser.search.clear()
    qtbot.keyClicks(browser.search, "hamstrings")  # a muscle
    assert set(shown_ids(browser)) == {e.id for e in bundled.active() if "hamstrings" in e.muscles}


def test_every_word_must_match_but_not_as_one_phrase(qtbot, browser):
    qtbot.keyClicks(browser.search, "bird arm")
    assert set(shown_ids(browser)) == {"bird-dog", "bird-dog-arm-only"}


def test_nothing_found_offers_to_clear_the_search(qtbot, browser, bundled):
    qtbot.keyClicks(browser.search, "zzzz")
    assert browser.proxy.rowCount() == 0
    assert "No exercise matches" in browser.count.text()
    browser.count.linkActivated.emit("clear")
    assert browser.search.text() == "" and browser.proxy.rowCount() == len(bundled)


@pytest.mark.parametrize(
    ("combo_name", "value", "keeps"),
    [
        ("category", Category.HIP_STRENGTHENING, lambda e: e.category is Category.HIP_STRENGTHENING),
        ("stage", 1, lambda e: e.earliest_stage == 1),
        ("stage", 2, lambda e: e.earliest_stage <= 2),
        ("position", Position.SIDE_LYING, lambda e: e.position is Position.SIDE_LYING),
        ("equipment", Equipment.BAND, lambda e: Equipment.BAND in e.equipment),
        ("region", Region.ANKLE, lambda e: Region.ANKLE in e.regions),
    ],
)
def test_each_filter_keeps_exactly_the_matching_exercises(browser, bundled, combo_name, value, keeps):
    combo = getattr(browser.filters, combo_name)
    combo.setCurrentIndex(combo.findData(value))
    expected = {e.id for e in bundled.active() if keeps(e)}
    assert 0 < len(expected) < len(bundled)
    assert set(shown_ids(browser)) == expected


def test_filters_combine_with_the_search(qtbot, browser, bundled):
    browser.filters.stage.setCurrentIndex(browser.filters.stage.findData(1))
    qtbot.keyClicks(browser.search, "glutes")
    expected = {e.id for e in bundled.active() if e.earliest_stage == 1 and "glutes" in e.search_text()}
    assert set(shown_ids(browser)) == expected and expected


def test_every_bundled_exercise_has_a_thumbnail(browser):
    model = browser.model
    for row in range(model.rowCount()):
        pixmap = model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
        assert pixmap is not None and not pixmap.isNull(), model.exercise(row).id


def test_the_detail_pane_tells_how_to_do_the_exercise(browser, bundled):
    assert browser.select_exercise("bird-dog")
    exercise = bundled.get("bird-dog")
    text = browser.detail.toPlainText()
    for line in (*exercise.steps, *exercise.cues, exercise.stop_if, *exercise.precautions):
        assert line in text
    assert exercise.dosage.describe() in text
    assert "Easier: Bird dog, arm only" in text and "Harder: Plank on your knees" in text
    assert READ_ONLY_NOTE in text
    assert "Start" in text and "End" in text
    assert "No picture yet" not in text


def test_a_variation_link_selects_that_exercise_even_when_filtered_out(qtbot, browser):
    qtbot.keyClicks(browser.search, "bird arm leg")
    assert shown_ids(browser) == ["bird-dog"]
    browser.select_exercise("bird-dog")
    link = exercise_link("bird-dog-arm-only")
    assert f'href="{link}"' in browser.detail.toHtml()

    browser.detail.anchorClicked.emit(QUrl(link))

    assert browser.current_exercise().id == "bird-dog-arm-only"
    assert "Bird dog, arm only" in browser.detail.toPlainText()


def test_double_click_and_enter_activate_the_exercise(qtbot, browser):
    browser.select_exercise("bridge")
    table = browser.table
    rect = table.visualRect(table.currentIndex())
    with qtbot.waitSignal(browser.exercise_activated) as double_click:
        # A real double-click starts with a press; the view only activates the row it saw pressed.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert double_click.args == ["bridge"]

    browser.select_exercise("clamshell")
    table.setFocus()
    with qtbot.waitSignal(browser.exercise_activated) as enter:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert enter.args == ["clamshell"]


def test_dragging_carries_the_exercise_ids(browser):
    proxy = browser.proxy
    bridge, clamshell = proxy.index_of("bridge"), proxy.index_of("clamshell")
    assert proxy.flags(bridge) & Qt.ItemFlag.ItemIsDragEnabled
    assert MIME_TYPE in proxy.mimeTypes()
    mime = proxy.mimeData([clamshell, bridge, bridge.siblingAtColumn(2)])
    assert mime.hasFormat(MIME_TYPE)
    assert bytes(mime.data(MIME_TYPE).data()) == b"bridge\nclamshell"


def test_bundled_exercises_are_read_only(browser, bundled):
    browser.select_exercise("bridge")
    assert not browser.edit_button.isEnabled() and not browser.archive_button.isEnabled()
    assert "cannot be changed" in browser.edit_button.toolTip()
    with pytest.raises(ValueError, match="duplicate it"):
        edit_draft(bundled.get("bridge"))
    assert duplicate_draft(bundled.get("bridge"))["origin"] == "clinic"


def test_without_a_store_nothing_can_be_created(browser):
    browser.select_exercise("bridge")
    assert not browser.new_button.isEnabled() and not browser.duplicate_button.isEnabled()


def test_no_selection_shows_a_hint(browser):
    browser.table.setCurrentIndex(QModelIndex())
    assert "Choose an exercise" in browser.detail.toPlainText()


def test_a_new_library_keeps_the_selected_exercise(browser, bundled):
    browser.select_exercise("clamshell")
    renamed = bundled.get("bridge").model_copy(update={"name": "Aaa bridge"})
    browser.set_library(Library({**bundled.exercises, "bridge": renamed}))
    assert browser.current_exercise().id == "clamshell"
    assert browser.proxy.index(0, 0).data() == "Aaa bridge"


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Wall sit", set(), "clinic-wall-sit"),
        ("Wall sit", {"clinic-wall-sit", "clinic-wall-sit-2"}, "clinic-wall-sit-3"),
        ("Écarté — côté", set(), "clinic-ecarte-cote"),
        ("Приседание у стены", set(), "clinic-exercise"),
        ("x" * 200, set(), "clinic-" + "x" * 48),
    ],
)
def test_clinic_ids_are_readable_and_unique(name, taken, expected):
    from ptplanner.gui.library.clinic import new_clinic_id

    assert new_clinic_id(name, taken) == expected


def test_the_first_screen_s_thumbnails_draw_each_pose_once(qapp, bundled, monkeypatch):
    """A clinic's exercises are often copies of the same one: their shared pose is drawn once."""
    import ptplanner.core.figure
    from ptplanner.gui.library.pictures import first_thumbnails

    drawn = []
    really_draw = ptplanner.core.figure.draw_pose
    monkeypatch.setattr(ptplanner.core.figure, "draw_pose", lambda pose: drawn.append(pose) or really_draw(pose))
    pictured = [e for e in bundled.exercises.values() if e.pictures is not None and not e.archived][:2]
    copies = [pictured[0].model_copy(update={"id": f"copy-{n}"}) for n in range(3)]
    images = first_thumbnails([*copies, *pictured], 10, 1.0)
    assert set(images) == {*(e.id for e in copies), *(e.id for e in pictured)}
    assert len(drawn) == 2 and all(not image.isNull() for image in images.values())
    assert images["copy-2"] == images[pictured[0].id]
