"""The `ptplanner` command. With no sub-command it opens the main window."""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path

from ptplanner import __version__
from ptplanner.core import clock
from ptplanner.core.safe_text import escaped, one_line
from ptplanner.datadirs import DATA_DIR_ENV, DATABASE_URL_ENV, data_dir, database_url_override
from ptplanner.handouts import DEFAULT_LOG_WEEKS, MAX_LOG_WEEKS

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_BUG = 70  # an error ptplanner did not expect (sysexits' EX_SOFTWARE)
EXIT_INTERRUPTED = 130
MATCHES_SHOWN = 10  # of the patients an ambiguous name matches
MAX_PROBLEMS_SHOWN = 3  # of a patient file, on the one line a refusal takes
LOCK_WAIT_SECONDS = 5  # how long a write waits for the app or another command to give the data folder back


class CommandError(Exception):
    """A message for the user; the command exits with EXIT_PROBLEMS."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ptplanner",
        description="Staged home-exercise programs and patient handouts. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"ptplanner {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", type=_folder,
        help=f"data folder (default: ${DATA_DIR_ENV} or the OS default)",
    )
    parser.add_argument(
        "--database-url", metavar="URL", help=f"shared PostgreSQL database instead of the data folder's SQLite file "
        f"(or ${DATABASE_URL_ENV}), e.g. postgresql+psycopg://user@host/ptplanner"
    )
    parser.add_argument("--user", dest="signin_user", metavar="NAME",
                        help="sign in as NAME when the clinic has accounts (password: terminal or "
                        "$PTPLANNER_PASSWORD)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    _cli_library().add_library_parser(commands)

    demo = commands.add_parser("demo", help="fill the data folder with a demo clinic (safe to run twice)")
    demo.add_argument("--remove", action="store_true",
                      help="take the demo patients and clinic details out again")
    patients = commands.add_parser("patients",
                                   help="list active patients: id, name, week after surgery, handout "
                                   "language, stage")
    patients.add_argument("--discharged", action="store_true", help="list the discharged patients instead")
    _cli_patients().add_patient_parsers(commands)

    export_patient = commands.add_parser("export", help="write everything about one patient as JSON")
    export_patient.add_argument("patient", metavar="PATIENT", help="an id (or its first characters) or a name")
    export_patient.add_argument("--out", required=True, metavar="FILE.json", type=Path)
    export_patient.add_argument(
        "--format", choices=("json", "fhir"), default="json",
        help="json: ptplanner's own file (default); fhir: an HL7 FHIR R4 Bundle for a hospital",
    )
    import_patient = commands.add_parser("import", help="read a patient exported with 'ptplanner export'")
    import_patient.add_argument("file", metavar="FILE.json", type=Path)

    handout = commands.add_parser("handout", help="print a patient's current program as a PDF handout")
    handout.add_argument("patient", metavar="PATIENT", help="an id (or its first characters) or a name")
    handout.add_argument("--out", required=True, metavar="FILE.pdf", type=Path)
    handout.add_argument("--paper", choices=("letter", "a4"), help="default: the clinic's setting")
    handout.add_argument("--large-print", action="store_true", default=None, help="body text at 17 pt")
    handout.add_argument("--language", choices=("en", "es"),
                         help="print in this language this once (default: the patient's, else the clinic's)")
    handout.add_argument("--no-log-sheet", dest="log_sheet", action="store_false", help="leave out the log sheet")
    handout.add_argument("--stage", type=_whole_number, metavar="N",
                         help="print stage N, counted from 1 (default: the patient's current stage)")
    handout.add_argument("--log-weeks", type=_log_weeks, metavar="N",
                         help=f"weeks of log sheet, 1 to {MAX_LOG_WEEKS} (default: {DEFAULT_LOG_WEEKS})")

    report = commands.add_parser("report", help="print a patient's progress report as a PDF")
    report.add_argument("patient", metavar="PATIENT", help="an id (or its first characters) or a name")
    report.add_argument("--out", required=True, metavar="FILE.pdf", type=Path)
    report.add_argument("--paper", choices=("letter", "a4"), help="default: the clinic's setting")

    _cli_backup().add_backup_parsers(commands)
    _add_audit(commands)
    _add_users(commands)
    _add_reprint(commands)
    _cli_logsheet().add_logsheet_parser(commands)
    _describe_commands(parser)  # last: every command added above gets its description
    return parser


def _describe_commands(parser: argparse.ArgumentParser) -> None:
    """Each command's --help opens with what it does: the one line the command list shows for it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, command in action.choices.items():
                text = helps.get(name)
                if command.description is None and text:
                    command.description = f"{text[0].upper()}{text[1:]}."
                _describe_commands(command)


def _add_audit(commands) -> None:
    from ptplanner.cli_audit import add_audit_parser

    add_audit_parser(commands)


def _add_reprint(commands) -> None:
    from ptplanner.cli_reprint import add_reprint_parser

    add_reprint_parser(commands)


def _add_users(commands) -> None:
    _cli_users().add_users_parser(commands)


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None


def _folder(text: str) -> str:
    """A --data-dir given empty (a script's unset variable) is refused: it meant the default clinic."""
    if not text.strip():
        raise argparse.ArgumentTypeError("it is empty: give a folder, or leave it out for the default one")
    return text


def _log_weeks(text: str) -> int:
    weeks = _whole_number(text)
    if not 1 <= weeks <= MAX_LOG_WEEKS:
        raise argparse.ArgumentTypeError(f"a log sheet covers 1 to {MAX_LOG_WEEKS} weeks, not {weeks}")
    return weeks


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        folder, url = data_dir(args.data_dir), database_url_override(args.database_url)
        if url is None:
            from ptplanner.app.workspace import start_checking

            start_checking(folder)  # overlaps the GUI's imports; opening waits for it
        from ptplanner.gui.app import run_app  # Qt is imported only when a window is wanted
        from ptplanner.gui.layout import keep_settings_in

        if args.data_dir or os.environ.get(DATA_DIR_ENV):
            keep_settings_in(folder)  # a portable copy keeps its window layout with its data
        return run_app(folder, url)
    handler = _HANDLERS[_handler_name(args)]
    try:
        return _run_signed_in(handler, args)
    except BrokenPipeError:  # e.g. `ptplanner patients | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("ptplanner: stopped", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # noqa: BLE001 - every failure ends in one line, never a traceback
        print(f"ptplanner: {_printable(_one_line(error))}", file=sys.stderr)
        return EXIT_BUG if _is_bug(error) else EXIT_PROBLEMS


def _run_signed_in(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run the command once sign-in and role allow it, as the signed-in user (audit rows name them)."""
    users = _cli_users()
    try:
        args.signed_in_user = users.signed_in(args, _handler_name(args))
    except users.NotSignedIn as refused:
        return users.refuse(_printable(str(refused)))
    args.signed_in_as = None if args.signed_in_user is None else args.signed_in_user.name
    with users.acting_as(args.signed_in_user):
        return handler(args)


def _handler_name(args: argparse.Namespace) -> str:
    """The command with its action, for the commands that have actions."""
    actions = {"library": "library_command", "audit": "audit_command", "users": "users_command",
               "logsheet": "logsheet_command"}
    action = actions.get(args.command)
    chosen = getattr(args, action) if action else None
    if args.command == "demo" and args.remove:
        return "demo --remove"
    return f"{args.command} {chosen}" if chosen else args.command


def _one_line(error: Exception) -> str:
    """What the user is told. Errors ptplanner words itself say what went wrong; any other is a bug,
    told by its type and place only (its message could hold a patient's details)."""
    from ptplanner.core.files import WriteFailed, plain_os_reason

    if isinstance(error, WriteFailed):
        return str(error)
    if isinstance(error, OSError):
        return f"{error.filename}: {plain_os_reason(error)}" if error.filename else plain_os_reason(error)
    if not _is_bug(error):
        return str(error)
    from ptplanner.error_text import summary, where

    return (f"unexpected error ({summary(error)}, in {where(error.__traceback__)}). Please report it; "
            "its details are not shown, as they could hold a patient's data.")


def _is_bug(error: Exception) -> bool:
    from ptplanner.app.errors import BadInput, DatabaseError

    return not isinstance(error, CommandError | DatabaseError | OSError | BadInput)


@contextmanager
def _opened(args: argparse.Namespace, writes: bool = False):
    """The clinic the options name, as the signed-in user, closed again however the command ends. A command
    that writes to an SQLite data folder first takes the app's lock on it (folder_lock), waiting a few
    seconds."""
    from ptplanner.app.clinic import Clinic
    from ptplanner.folder_lock import FolderBusy, FolderLock

    folder, url = data_dir(args.data_dir), database_url_override(args.database_url)
    lock = FolderLock(folder, f"ptplanner {args.command}") if writes and url is None else None
    try:
        if lock is not None:
            lock.acquire(wait_seconds=LOCK_WAIT_SECONDS)
        clinic = Clinic.open(folder, url, getattr(args, "signed_in_user", None))
    except FolderBusy as busy:
        raise CommandError(str(busy)) from busy
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    _warn(clinic.warnings)
    if writes and clinic.database_check_running():  # after a crash: the first save waits for the check
        clinic.start_up_done()
        print(CHECKING_AFTER_CRASH, file=sys.stderr)
    try:
        yield clinic
    finally:
        _warn(clinic.close())  # an automatic backup that failed
        if lock is not None:
            lock.release()


def _demo(args: argparse.Namespace) -> int:
    from ptplanner.app.demo import add_demo_clinic

    with _opened(args, writes=True) as clinic:
        added, present = add_demo_clinic(clinic, clock.today())
    print(f"Demo clinic: added {added} patient(s), {present} were already there.")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from ptplanner.core.exchange import record_to_json
    from ptplanner.safe_write import write_private_text

    if args.format == "fhir":
        from ptplanner.cli_fhir import export_fhir  # imported when run: it imports this module

        return export_fhir(args)
    with _opened(args) as clinic:
        patient = _find_one_patient(clinic, args.patient)
        record = clinic.export_patient(patient.id)
    write_private_text(args.out, record_to_json(record))
    print(f"Exported {_cell(patient.name, 60)} to {args.out}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from ptplanner.core.exchange import RecordError, read_record_file

    try:
        record = read_record_file(args.file)
    except RecordError as error:
        more = len(error.problems) - MAX_PROBLEMS_SHOWN
        extra = f" ({more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        shown = "; ".join(error.problems[:MAX_PROBLEMS_SHOWN])
        raise CommandError(f"{args.file}: {shown}{extra}. Nothing was imported.") from None
    with _opened(args, writes=True) as clinic:
        patient = clinic.import_patient(record)
    print(f"Imported {_cell(patient.name, 60)} (id {patient.id[:8]})")
    return EXIT_OK


def _handout(args: argparse.Namespace) -> int:
    from ptplanner.app.handouts import default_options, handout_program, prepare_handout, record_printed
    from ptplanner.core.handout_text import stage_title
    from ptplanner.handouts.content import HandoutError, stage_to_print
    from ptplanner.handouts.options import HandoutOptions
    from ptplanner.safe_write import write_private_bytes

    _require_folder_of(args.out)
    with _opened(args, writes=True) as clinic:  # records what it printed
        patient = _find_one_patient(clinic, args.patient)
        chosen = {
            "paper": args.paper,
            "large_print": args.large_print,
            "log_sheet": args.log_sheet,
            "log_weeks": args.log_weeks,
            "language": args.language,
        }
        try:
            program = handout_program(clinic, patient.id, None)
            if args.stage is not None:
                chosen["stage_index"] = stage_to_print(program, args.stage - 1)
            chosen = {key: value for key, value in chosen.items() if value is not None}
            options = HandoutOptions.model_validate(default_options(clinic).model_dump() | chosen)
            prepared = prepare_handout(clinic, patient.id, program.id, options, clock.today())
        except HandoutError as error:
            raise CommandError(str(error)) from error
        write_private_bytes(args.out, prepared.handout.pdf)
        record_printed(clinic, prepared)
    _warn(prepared.handout.warnings)
    stage = _cell(stage_title(program, prepared.handout.stage_index), 80)
    language, pages = prepared.handout.language.label, prepared.handout.pages
    print(f"Wrote the handout for {_cell(patient.name, 60)} ({stage}; {language}; {pages} pages, "
          f"program version {prepared.program_version}) to {args.out}")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from ptplanner.app.report_inputs import NoProgramError, gather_report_inputs, record_report
    from ptplanner.core.clinic import Paper
    from ptplanner.handouts.report import build_report
    from ptplanner.safe_write import write_private_bytes

    _require_folder_of(args.out)
    with _opened(args, writes=True) as clinic:  # records that it was printed
        patient = _find_one_patient(clinic, args.patient)
        try:
            inputs = gather_report_inputs(clinic, patient.id, None, clock.today())
        except NoProgramError:
            raise CommandError(
                f"{_cell(patient.name, 60)} has no program yet, so there is no progress to report"
            ) from None
        report = build_report(inputs, paper=Paper(args.paper) if args.paper else None)
        write_private_bytes(args.out, report.pdf)
        record_report(clinic, inputs)
    _warn(report.warnings)
    print(f"Wrote the progress report for {_cell(patient.name, 60)} ({report.pages} pages) to {args.out}")
    return EXIT_OK


def _require_folder_of(path: Path) -> None:
    """Refuse before any work is done, rather than after building a PDF with nowhere to put it."""
    if str(path.parent) and path.parent.exists() and not path.parent.is_dir():
        raise CommandError(f"Cannot write {path}: {path.parent} is a file, not a folder. Nothing was written.")
    if str(path.parent) and not path.parent.is_dir():
        raise CommandError(f"the folder {path.parent} does not exist")


CHECKING_AFTER_CRASH = (
    "ptplanner was not closed properly, so it checks the database before saving; for a big clinic this can "
    "take a minute."
)


def _warn(warnings) -> None:
    for warning in warnings:
        print(f"warning: {one_line(str(warning), control=escaped)}", file=sys.stderr)


def _find_one_patient(clinic, text: str):
    """The one patient `text` names: the patient with exactly that id, else the one match of an id's first
    characters or a name."""
    return _the_one_named(clinic.patients_named(text), text)


def _the_one_named(matches: list, text: str):
    """The one of the patients `text` matched (each with an id and a name); CommandError if none or more."""
    if not matches:
        raise CommandError(f"no patient matches '{_cell(text, 60)}'; 'ptplanner patients' lists them")
    if len(matches) > 1:
        names = "; ".join(f"{p.id[:8]} {_cell(p.name, 30)}" for p in matches[:MATCHES_SHOWN])
        shown = f"the first {MATCHES_SHOWN}: " if len(matches) > MATCHES_SHOWN else ""
        raise CommandError(f"'{_cell(text, 60)}' matches {len(matches)} patients ({shown}{names}); give the id")
    return matches[0]


def _printable(text: str) -> str:
    """One line on any terminal: a newline or escape character in a file name is shown as \\n, \\x1b..."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _cell(text: str, width: int) -> str:
    """Text fit for one terminal cell (core/safe_text.py): no escape sequence or direction control reaches
    the terminal, control characters are shown as \x1b..., cut with an ellipsis."""
    return one_line(text, width, control=escaped)


def _column(text: str, width: int) -> str:
    """_cell(text) as a table column `width` terminal columns wide, cut or padded with spaces: a Chinese,
    Japanese or Korean letter takes two columns and an accent none, so counting letters misaligned the
    columns after such a name."""
    shown = _cell(text, 4 * width)
    if _columns(shown) > width:
        kept = []
        for ch in shown:
            if _columns("".join(kept)) + _columns(ch) > width - 1:
                break
            kept.append(ch)
        shown = "".join(kept).rstrip() + "…"
    return shown + " " * (width - _columns(shown))


def _columns(text: str) -> int:
    """How many terminal columns `text` takes (as wcwidth counts them)."""
    return sum(_columns_of(ch) for ch in text)


def _columns_of(ch: str) -> int:
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):  # accents, and marks such as RLM: none
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "library check": lambda args: _cli_library().library_check(args),
    "library export": lambda args: _cli_library().library_export(args),
    "library catalog": lambda args: _cli_library().library_catalog(args),
    "demo": _demo,
    "demo --remove": lambda args: _cli_patients().demo_remove(args),
    "discharge": lambda args: _cli_patients().discharge(args),
    "readmit": lambda args: _cli_patients().readmit(args),
    "erase": lambda args: _cli_patients().erase(args),
    "patients": lambda args: _cli_patients().list_patients(args),
    "export": _export,
    "import": _import,
    "backup": lambda args: _cli_backup().backup(args),
    "restore": lambda args: _cli_backup().restore(args),
    "handout": _handout,
    "reprint": lambda args: _reprint_handler()(args),
    "report": _report,
    "audit": lambda args: _audit_handler("show_audit")(args),
    "audit verify": lambda args: _audit_handler("verify_audit")(args),
    "users add": lambda args: _cli_users().users_add(args),
    "users list": lambda args: _cli_users().users_list(args),
    "users disable": lambda args: _cli_users().users_disable(args),
    "users passwd": lambda args: _cli_users().users_passwd(args),
    "users role": lambda args: _cli_users().users_role(args),
    "logsheet read": lambda args: _cli_logsheet().logsheet_read(args),
}


def _audit_handler(name: str) -> Callable[[argparse.Namespace], int]:
    from ptplanner import cli_audit

    return getattr(cli_audit, name)



def _reprint_handler() -> Callable[[argparse.Namespace], int]:
    from ptplanner.cli_reprint import reprint

    return reprint


def _cli_patients():
    from ptplanner import cli_patients  # imported when run: it imports this module

    return cli_patients


def _cli_logsheet():
    from ptplanner import cli_logsheet  # imported when run: it imports this module

    return cli_logsheet


def _cli_users():
    from ptplanner import cli_users  # imported when run: it imports this module

    return cli_users


def _cli_library():
    from ptplanner import cli_library  # imported when run: it imports this module

    return cli_library


def _cli_backup():
    from ptplanner import cli_backup  # imported when run: it imports this module

    return cli_backup
