"""Opening a workspace reads neither the bundled library nor its templates: they are read once, when first
asked for, whichever thread asks (the window's patient list needs neither and came later for them)."""

import threading

from ptplanner.app import workspace as workspace_module
from ptplanner.app.workspace import Workspace


def test_the_bundled_files_are_read_once_when_first_asked_for(data_dir, monkeypatch):
    reads = []
    really_load = workspace_module.load_library

    def counted(folder):
        reads.append(threading.current_thread().name)
        return really_load(folder)

    monkeypatch.setattr(workspace_module, "load_library", counted)
    workspace = Workspace.open(data_dir)
    try:
        assert reads == []  # opened: the database only
        found = []
        askers = [threading.Thread(target=lambda: found.append(workspace.templates)) for _ in range(4)]
        for asker in askers:
            asker.start()
        for asker in askers:
            asker.join()
        assert len(reads) == 1
        assert all(templates is found[0] for templates in found) and "fusion-hip-si" in found[0]
        assert len(workspace.bundled.exercises) >= 67 and workspace.problems == []
        assert "ankle-pumps" in workspace.library().exercises
        assert len(reads) == 1
    finally:
        workspace.close()


def test_a_workspace_given_its_library_reads_no_files(data_dir, monkeypatch):
    from ptplanner.core.library import Library

    monkeypatch.setattr(workspace_module, "load_library", lambda folder: 1 / 0)
    opened = Workspace.open(data_dir)
    try:
        given = Workspace(opened.database, opened.store, Library(), {})
        assert given.bundled.exercises == {} and given.templates == {} and given.problems == []
    finally:
        opened.close()
