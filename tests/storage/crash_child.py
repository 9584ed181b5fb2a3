"""ptplanner processes for the crash tests to kill. Each opens a database (creating or updating its
schema), then saves or imports without end, printing one line after each save the Store confirmed;
or runs `ptplanner demo`.

    python crash_child.py serve

reads `URL-OR-FOLDER <tab> WORK <tab> OUTPUT-FILE` lines and, for each, forks a process that does
WORK (saves, imports, demo) with its output in OUTPUT-FILE, and prints its process id. Forking from
a process that has imported everything already makes each run start in milliseconds, so the kills
land inside the first start and the update themselves rather than in Python's imports.
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from storage_samples import make_entry, make_patient, make_program, make_score  # noqa: E402

from ptplanner import __version__  # noqa: E402
from ptplanner.core.exchange import PatientRecord  # noqa: E402
from ptplanner.storage.database import open_database  # noqa: E402
from ptplanner.storage.store import Store  # noqa: E402

ENTRIES_PER_IMPORT = 30


def say(*words: object) -> None:
    os.write(1, (" ".join(map(str, words)) + "\n").encode())  # unbuffered: a kill loses no confirmed line


def saves(store: Store) -> None:
    """New patients with a program, and a program saved again and again, each confirmed."""
    anchor = make_patient(name="Anchor", id=str(uuid.uuid4()))
    store.save_patient(anchor)
    program = store.save_program(make_program(anchor.id))
    say("program", program.id, program.version)
    for number in range(1_000_000):
        patient = make_patient(name=f"Patient {number}", id=str(uuid.uuid4()))
        store.save_patient(patient)
        say("patient", patient.id)
        program = store.save_program(program.model_copy(update={"title": f"Version {number}"}))
        say("program", program.id, program.version)
        entry = make_entry(program, date(2024, 2, 10) + timedelta(days=number), id=str(uuid.uuid4()))
        store.save_entry(entry)
        say("entry", entry.id)


def imports(store: Store) -> None:
    """Whole patient records, each imported in one transaction, each confirmed."""
    while True:
        patient = make_patient(name="Imported", id=str(uuid.uuid4()))
        program = make_program(patient.id, id=str(uuid.uuid4()), version=1)
        record = PatientRecord(
            app_version=__version__,
            exported_at=datetime.now(UTC),
            patient=patient,
            programs=(program,),
            program_history=(program,),
            adherence=tuple(
                make_entry(program, date(2024, 2, 10) + timedelta(days=day), id=str(uuid.uuid4()))
                for day in range(ENTRIES_PER_IMPORT)
            ),
            outcomes=(make_score(date(2024, 3, 1), id=str(uuid.uuid4())),),
        )
        store.import_patient(record)
        say("import", patient.id)


def run(target: str, work: str) -> None:
    if work == "demo":
        from ptplanner.cli import main

        say("opening")
        say("exit", main(["--data-dir", target, "demo"]))
        return
    say("opening")
    database = open_database(target)
    say("open")
    {"saves": saves, "imports": imports}[work](Store(database))


def serve() -> None:
    import alembic.command  # noqa: F401 - imported before forking, as everything else
    import ptplanner.cli  # noqa: F401
    import ptplanner.app.demo  # noqa: F401

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed children are reaped by the system
    for line in sys.stdin:
        target, work, output = line.rstrip("\n").split("\t")
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(descriptor, 1)
            os.dup2(descriptor, 2)
            try:
                run(target, work)
            except BaseException:  # noqa: BLE001 - shown to the test, which reads the output file
                os.write(2, traceback.format_exc().encode())
                os._exit(1)
            os._exit(0)
        print(pid, flush=True)


if __name__ == "__main__":
    serve()
