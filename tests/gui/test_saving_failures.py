"""A save the database refuses is shown to the therapist, and every edit stays in the window."""


from gui_helpers import add_patient, start_from_fusion_template, wait_idle

from ptplanner.app.errors import DatabaseUnavailable
from ptplanner.app.workspace import Workspace
from ptplanner.storage.store import Store


def save(qtbot, window):
    window.actions.save.trigger()
    wait_idle(qtbot, window)


def test_a_read_only_database_is_reported_and_the_edits_stay(qtbot, empty_window, monkeypatch):
    add_patient(qtbot, empty_window)
    start_from_fusion_template(empty_window)
    edited = empty_window.document.model.program()

    def read_only(self, program):
        raise DatabaseUnavailable("attempt to write a readonly database")  # as the engine words it

    with monkeypatch.context() as patch:
        patch.setattr(Store, "save_program", read_only)
        save(qtbot, empty_window)
        assert empty_window.save_problem.isVisible()
        assert "attempt to write a readonly database" in empty_window.save_problem.text()
        assert "Your changes are still here" in empty_window.save_problem.text()
        assert empty_window.isWindowModified()
        assert empty_window.document.model.program() == edited
        assert empty_window.actions.undo.isEnabled()

    save(qtbot, empty_window)  # once the problem is fixed, saving again works
    assert not empty_window.save_problem.isVisible()
    assert not empty_window.isWindowModified()
    stored = empty_window.clinic.workspace.store.programs_for(edited.patient_id)
    assert [p.stages for p in stored] == [edited.stages]


def test_a_program_saved_meanwhile_on_another_workstation_is_not_overwritten(qtbot, empty_window, data_dir):
    add_patient(qtbot, empty_window)
    start_from_fusion_template(empty_window)
    save(qtbot, empty_window)
    mine = empty_window.document.model

    other = Workspace.open(data_dir)  # the other workstation, on the same database
    try:
        theirs = other.store.programs_for(mine.program().patient_id)[0]
        theirs = other.store.save_program(theirs.model_copy(update={"title": "Their version"}))
    finally:
        other.close()

    empty_window.editor.remove_stage_button.click()
    edited = mine.program()
    save(qtbot, empty_window)

    banner = empty_window.remote_changes.banner  # what changed there, with Reload and Keep mine
    assert banner.isVisible() and not empty_window.save_problem.isVisible()
    assert "Not saved: Ana Silva's program was saved on another workstation" in banner.text.text()
    assert "Title: now “Their version”" in banner.text.text()
    assert empty_window.isWindowModified()
    assert mine.program() == edited
    stored = empty_window.clinic.workspace.store.get_program(edited.id)
    assert stored.title == "Their version" and stored.version == theirs.version
    empty_window.document.undo_stack.setClean()
