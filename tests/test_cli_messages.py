"""Command-line mistakes get one plain line: no temporary file names, no Python error text."""

import argparse
import os
import re

import pytest

from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, build_parser, main

INTERNALS = re.compile(r"\.tmp|\.partial|Errno|Traceback|Error\b")


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clinic") / "data"
    assert main(["--data-dir", str(folder), "demo"]) == EXIT_OK
    return folder


def run(capsys, folder, *args):
    code = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "command",
    [
        ("handout", "okafor", "--out"),
        ("report", "okafor", "--out"),
        ("export", "okafor", "--out"),
        ("backup", "--out"),
        ("library", "catalog", "--out"),
        ("audit", "--out"),
    ],
)
def test_an_output_that_is_a_folder_is_refused_in_plain_words(capsys, demo_folder, tmp_path, command):
    target = tmp_path / "somedir"
    target.mkdir()
    code, out, err = run(capsys, demo_folder, *command, str(target))
    assert code == EXIT_PROBLEMS and not out
    assert err.count("\n") == 1 and "it is a folder" in err and str(target) in err
    assert not INTERNALS.search(err), err
    assert list(target.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["somedir"]


def test_a_backup_never_replaces_a_pipe_or_lands_in_a_missing_folder(capsys, demo_folder, tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    code, _, err = run(capsys, demo_folder, "backup", "--out", str(pipe))
    assert code == EXIT_PROBLEMS and "not a regular file" in err and not INTERNALS.search(err)
    assert not pipe.is_file() and pipe.exists()  # still the pipe
    code, _, err = run(capsys, demo_folder, "backup", "--out", str(tmp_path / "nope" / "x.db"))
    assert code == EXIT_PROBLEMS and "does not exist" in err and not INTERNALS.search(err)


def test_an_ambiguous_name_says_how_many_matched_when_it_lists_only_some(capsys, demo_folder, tmp_path):
    code, _, err = run(capsys, demo_folder, "handout", "a", "--out", str(tmp_path / "x.pdf"))
    matched = int(re.search(r"matches (\d+) patients", err).group(1))
    assert code == EXIT_PROBLEMS and matched > 10
    assert "the first 10:" in err and err.count(";") == 10  # ten names, then "; give the id"
    code, _, err = run(capsys, demo_folder, "handout", "li", "--out", str(tmp_path / "x.pdf"))
    assert "matches 2 patients (" in err and "the first" not in err


def _commands(parser, path=()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                yield (*path, name), command
                yield from _commands(command, (*path, name))


def test_every_command_says_what_it_does_in_its_help(capsys):
    commands = dict(_commands(build_parser()))
    assert len(commands) > 15
    for path, command in commands.items():
        assert command.description and command.description[0].isupper(), " ".join(path)
    with pytest.raises(SystemExit):
        main(["backup", "--help"])
    assert "Copy the database safely" in capsys.readouterr().out


def test_a_file_where_a_folder_should_be_is_named_as_such(capsys, demo_folder, tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, demo_folder, "handout", "okafor", "--out", str(afile / "x.pdf"))
    assert code == EXIT_PROBLEMS and "is a file, not a folder" in err and not INTERNALS.search(err)
    code, _, err = run(capsys, demo_folder, "library", "export", "--out", str(afile))
    assert code == EXIT_PROBLEMS and "is a file, not a folder" in err
    assert afile.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("given", ["", "  "])
def test_an_empty_data_folder_is_refused_not_taken_for_the_default(capsys, monkeypatch, tmp_path, given):
    # `ptplanner --data-dir "$DIR" patients` with DIR unset listed (and a write would have changed) the
    # default clinic, creating it where there was none.
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", given, "patients"])
    assert stopped.value.code == 2
    assert "--data-dir: it is empty" in capsys.readouterr().err
    assert not (tmp_path / "data").exists()
