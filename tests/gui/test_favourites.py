"""Favourite exercises from the real main window: marked with the button, listed first, filtered alone,
and kept for the clinic."""

from feature_dialogs import shoot
from gui_helpers import wait_idle
from PySide6.QtCore import Qt


def library_names(window) -> list[str]:
    proxy = window.library.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_favourites_sort_first_have_their_own_filter_and_are_kept_for_the_clinic(qtbot, demo_window):
    window = demo_window
    library, button = window.library, window.favourites.button
    assert not button.isEnabled()  # nothing chosen yet
    first_before = library_names(window)[0]
    for exercise_id in ("clamshell", "bridge"):
        library.select_exercise(exercise_id)
        assert button.isEnabled() and not button.isChecked()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.library.model.is_favourite(exercise_id), timeout=10_000)
        wait_idle(qtbot, window)
    names = library_names(window)
    bridge, clamshell = (library.library().exercises[i].name for i in ("bridge", "clamshell"))
    assert names[:2] == sorted([f"★ {bridge}", f"★ {clamshell}"], key=str.casefold)
    assert names[2] == first_before
    assert button.isChecked() and button.text() == "★"
    assert window.clinic.favourite_exercises() == {"clamshell", "bridge"}

    library.filters.favourites_only.setChecked(True)
    assert library_names(window) == names[:2]
    assert "2 of" in library.count.text()
    shoot(library, "favourites")

    library.select_exercise("bridge")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.library.model.is_favourite("bridge"), timeout=10_000)
    wait_idle(qtbot, window)
    assert library_names(window) == [f"★ {clamshell}"]
    library.clear_filters()
    assert not library.filters.favourites_only.isChecked()
    assert len(library_names(window)) > 50
