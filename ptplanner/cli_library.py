"""`ptplanner library check`, `export` and `catalog`: the exercise library. Kept apart from cli.py, which
registers them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, CommandError, _cell, _opened, _printable, _warn
from ptplanner.cli import _require_folder_of


def add_library_parser(commands) -> None:
    library = commands.add_parser("library", help="check, export or print the exercise library")
    library_commands = library.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    check = library_commands.add_parser("check",
                                        help="validate a library folder (default: the bundled library)")
    check.add_argument("folder", nargs="?", metavar="DIR", type=Path)
    export = library_commands.add_parser(
        "export", help="write the clinic's own exercises as library files (exit status 1 if any stored one "
        "cannot be read: it is named, the others are written)"
    )
    export.add_argument("--out", required=True, metavar="DIR", type=Path)
    catalog = library_commands.add_parser(
        "catalog", help="print the whole library as a PDF catalog (exit status 1 if a clinic exercise is "
        "left out: it is named, the PDF is still written)"
    )
    catalog.add_argument("--out", required=True, metavar="FILE.pdf", type=Path)
    catalog.add_argument("--paper", choices=("letter", "a4"), default="letter")


def library_check(args: argparse.Namespace) -> int:
    from ptplanner.core.figure.compare import look_alike_problems
    from ptplanner.core.figure.constraints import library_picture_problems
    from ptplanner.core.library import load_library
    from ptplanner.core.templates import load_templates
    from ptplanner.core.translation import library_translation_problems
    from ptplanner.resources import exercises_dir

    folder = args.folder or exercises_dir()
    library = load_library(folder)
    templates, template_problems = load_templates(folder / "templates", library)
    pictures = library_picture_problems(library) + look_alike_problems(library)
    problems = library.problems + library_translation_problems(library) + pictures + template_problems
    for problem in problems:
        print(_printable(str(problem)))
    files = len({p.file for p in problems})
    summary = f"{len(library)} exercises and {len(templates)} templates in {folder}"
    if problems:
        print(f"{len(problems)} problem(s) in {files} file(s); {summary} are usable", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"ok: {summary}, no problems")
    return EXIT_OK


def library_export(args: argparse.Namespace) -> int:
    from ptplanner.core.library_writer import write_exercise_file

    if args.out.exists() and not args.out.is_dir():
        raise CommandError(f"Cannot write into {args.out}: it is a file, not a folder. Nothing was written.")
    with _opened(args) as clinic:
        read = clinic.clinic_exercises(include_archived=False)
    exercises = read.exercises
    if not exercises and not read.refused:
        print("The clinic has no exercises of its own yet; nothing written.")
        return EXIT_OK
    if exercises:
        args.out.mkdir(parents=True, exist_ok=True)
        for exercise in exercises:
            write_exercise_file(exercise, args.out)
        print(f"Wrote {len(exercises)} clinic exercise file(s) to {args.out}")
    for problem in read.problems():
        print(_printable(f"Not written, its stored record cannot be read: {problem}"), file=sys.stderr)
    return EXIT_PROBLEMS if read.refused else EXIT_OK


def library_catalog(args: argparse.Namespace) -> int:
    from ptplanner.core.files import atomic_path
    from ptplanner.handouts.catalog import build_catalog

    _require_folder_of(args.out)
    with _opened(args) as clinic:
        library, refused, hidden = clinic.library_read()
    catalog = build_catalog(library, paper=args.paper)
    with atomic_path(args.out, private=False) as partial:  # no patient data: readable as any new file
        partial.write_bytes(catalog.pdf)
    _warn(catalog.warnings)
    print(f"Wrote the catalog of {len(library.active())} exercises ({catalog.pages} pages) to {args.out}")
    for problem in refused:
        print(_printable(f"Left out, its stored record cannot be read: {problem}"), file=sys.stderr)
    hidden = [exercise for exercise in hidden if not exercise.archived]  # the catalog prints no archived one
    for exercise in hidden:
        name = _cell(exercise.name, 60)
        said = (f"Left out, a bundled exercise has its id: {exercise.id} ({name}), so the bundled one is "
                "printed; 'ptplanner library export' writes the clinic's one to keep it")
        print(_printable(said), file=sys.stderr)
    return EXIT_PROBLEMS if refused or hidden else EXIT_OK

