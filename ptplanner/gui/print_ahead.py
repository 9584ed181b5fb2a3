"""The open patient's handout laid out ahead, while the therapist looks at the patient's page: the first
print of exercises not printed since the app started took about 200 ms, of which the layout search and
posing the pictures were the most; laid out ahead, the print takes what a reprint takes (~150 ms). Then the
whole handout is built and kept (app/handouts_ahead.py): the print preview shows it at once."""

from __future__ import annotations

import time
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from ptplanner.app.clinic import Clinic
    from ptplanner.core.patient import Patient
    from ptplanner.core.program import Program
    from ptplanner.gui.tasks import TaskRunner

# Once the patient has been open this long: opening one patient after another, the work for each (on a
# worker, but sharing the interpreter) slowed the next opening. A print sooner than that is built as usual.
AFTER_MS = 400
PAUSE_S = 0.01  # between blocks (each about 10 ms): the window has the interpreter to itself meanwhile


class PrintAhead(QObject):
    def __init__(self, clinic: Clinic, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clinic, self._runner = clinic, runner
        self._turn = 0  # each start and stop begins a new turn; a worker on an older one stops
        self._timer = QTimer(self, singleShot=True, interval=AFTER_MS)
        self._work: tuple[Patient, Program, date] | None = None
        self._timer.timeout.connect(self._lay_out)

    def start(self, patient: Patient, program: Program, today: date) -> None:
        """Lay out the handout of `program` as saved (a program never saved prints nothing yet), soon."""
        self.stop()
        if program.version > 0:
            self._work = (patient, program, today)
            self._timer.start()

    def stop(self) -> None:
        """Stop laying out (the patient was closed, or the window is closing)."""
        self._turn += 1
        self._timer.stop()
        self._work = None

    def _lay_out(self) -> None:
        if self._work is None:
            return
        (patient, program, today), turn, clinic = self._work, self._turn, self._clinic

        def go_on() -> bool:
            time.sleep(PAUSE_S)
            return self._turn == turn

        def work() -> None:
            from ptplanner.app import handouts  # here, on the worker: reportlab is slow to import at the start

            if go_on():
                handouts.lay_out_handout_ahead(clinic, patient, program, today, go_on)
            if go_on():  # then the whole handout, which the print preview then shows at once
                handouts.prepare_handout_ahead(clinic, patient.id, program.id, today)

        self._runner.idle(work)
