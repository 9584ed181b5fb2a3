"""What the window reads first after opening the clinic, read on the worker that opened it.

Attaching used to ask a worker several times in turn (is a sign-in needed; the baseline for changes made
elsewhere; the patient list's first page, then its flags and size), each time waiting for the event loop
on the way back. Read here, right after opening, the list is filled as the commands are enabled. Anything that fails here is
simply read again the usual way, which explains the failure.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from ptplanner.app import accounts
from ptplanner.app.accounts import SignIn
from ptplanner.app.clinic import Clinic
from ptplanner.app.watch import ChangeWatch
from ptplanner.gui.patients.list_loader import FirstScreen

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HeadStart:
    sign_in: SignIn | None = None  # None: not known, asked again before attaching
    watch: ChangeWatch | None = None  # started before the page was read: later changes count
    first_screen: FirstScreen | None = None  # of the active list by name, as the window opens on it
    day: date | None = None  # the day it was read for

    @classmethod
    def read(cls, clinic: Clinic) -> HeadStart:
        try:
            sign_in = accounts.clinic_sign_in_state(clinic)  # (looked up here: tests replace it)
        except Exception:  # noqa: BLE001 - asked again on the GUI side, which explains the failure
            log.debug("sign-in state not read ahead", exc_info=True)
            return cls()
        if sign_in is not SignIn.OFF:
            return cls(sign_in)  # nothing about any patient before the sign-in
        try:
            watch, day = ChangeWatch(clinic), date.today()
            watch.start()
            return cls(sign_in, watch, FirstScreen.read(clinic, day), day)
        except Exception:  # noqa: BLE001 - the list is read again after attaching and explains it
            log.debug("first page not read ahead", exc_info=True)
            return cls(sign_in)
