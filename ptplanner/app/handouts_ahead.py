"""The open patient's handout, built ahead of its print and kept until a print preview takes it.

A 12-exercise handout takes 150-200 ms to build even with every block's layout kept: the preview waited
that long each time it opened. Built on a worker while the therapist looks at the patient's page, the
preview shows it at once. It is given to a print only when everything it was built from is what that print
reads from the stored data (the patient, the program's saved version, the clinic's settings, the options,
the day, the library's copies, the app's language): then the PDF is the one the print would have built,
byte for byte. Its log sheet's code names a handout id, so it is given once; the next preview builds anew.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.language import Language
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program
from ptplanner.core.translation import Translations
from ptplanner.handouts.options import HandoutOptions

if TYPE_CHECKING:
    from ptplanner.app.clinic import Clinic
    from ptplanner.app.handouts import PreparedHandout


@dataclass(frozen=True)
class HandoutInputs:
    """All a handout's PDF is made from but its id: equal inputs and id build the same bytes. The options
    name the stage and the language (as build_handout resolves them when they do not), so a print that
    names them, as the preview does once it lists the stages, asks for the handout built ahead without."""

    patient: Patient
    program: Program
    settings: ClinicSettings
    options: HandoutOptions
    today: date
    translations: Translations
    app_language: Language  # the notices to the person printing are in it


WAIT_AT_MOST_S = 3.0  # for the handout being built ahead, before building it anew (it takes 0.1-0.4 s)

# Per open clinic, the handout kept (the open patient's) and the one being built ahead, with what they are
# built from; a closed clinic's go with it.
_kept: weakref.WeakKeyDictionary[Clinic, tuple[HandoutInputs, PreparedHandout]]
_building: weakref.WeakKeyDictionary[Clinic, tuple[HandoutInputs, threading.Event]]
_kept, _building = weakref.WeakKeyDictionary(), weakref.WeakKeyDictionary()
_lock = threading.Lock()


@contextmanager
def building_ahead(clinic: Clinic, inputs: HandoutInputs) -> Iterator[None]:
    """Around building the handout of `inputs` ahead: a print asking for the same meanwhile waits for it
    rather than building it a second time beside it."""
    done = threading.Event()
    with _lock:
        _building[clinic] = (inputs, done)
    try:
        yield
    finally:
        with _lock:
            if _building.get(clinic, (None, None))[1] is done:
                del _building[clinic]
        done.set()


def keep_ahead(clinic: Clinic, inputs: HandoutInputs, prepared: PreparedHandout) -> None:
    """Keep `prepared`, built from `inputs`, in place of the one kept before."""
    with _lock:
        _kept[clinic] = (inputs, prepared)


def taken_ahead(clinic: Clinic, inputs: HandoutInputs) -> PreparedHandout | None:
    """The handout kept for `clinic` if it was built from `inputs` (waiting for it while it is being built
    ahead), no longer kept; else None."""
    with _lock:
        building = _building.get(clinic)
    if building is not None and building[0] == inputs:
        building[1].wait(WAIT_AT_MOST_S)
    with _lock:
        kept = _kept.get(clinic)
        if kept is None or kept[0] != inputs:
            return None
        del _kept[clinic]
        return kept[1]
