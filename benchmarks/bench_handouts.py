"""How fast handouts are built, beside a bare reportlab document of the same page count.

Run: python benchmarks/bench_handouts.py
Targets (issue 16): a 12-exercise handout with pictures and a log sheet in 100 ms (in the running app, so
fonts are already loaded), and 100 handouts in a batch in 8 s on a 2-core machine (a process pool).
"""

from __future__ import annotations

import os
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from io import BytesIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.library import load_library
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program, ProgramItem, Stage
from ptplanner.handouts.document import build_handout
from ptplanner.handouts.exercise_block import core_drawings
from ptplanner.handouts.fonts import register_fonts
from ptplanner.handouts.options import HandoutOptions
from ptplanner.handouts.paragraphs import _kept
from ptplanner.handouts.pictures import _printed
from ptplanner.resources import exercises_dir

TODAY = date(2025, 3, 1)
EXERCISES = 12
SINGLE_TARGET_S = 0.100  # issue 16: in the running app
BATCH, BATCH_TARGET_S = 100, 8.0  # issue 16, on 2 cores
REPEATS = 15


def sample() -> tuple[Patient, Program, ClinicSettings]:
    """A patient with a 12-exercise stage; every exercise has pictures."""
    illustrated = [e for e in load_library(exercises_dir()).active() if e.pictures is not None][:EXERCISES]
    assert len(illustrated) == EXERCISES, "the bundled library has too few illustrated exercises"
    patient = Patient(
        id="bench",
        name="Margaret Okafor",
        date_of_birth=date(1958, 4, 2),
        surgery_date=date(2025, 1, 6),
        therapist="Sam Rivera, PT",
    )
    stage = Stage(
        name="Stabilization",
        start_week=6,
        end_week=12,
        items=tuple(ProgramItem.of(exercise) for exercise in illustrated),
    )
    program = Program(
        id="bench", patient_id=patient.id, title="Bench", created_on=date(2025, 1, 11), stages=(stage,)
    )
    return patient, program, ClinicSettings(name="Riverside Physical Therapy", phone="(555) 010-2030")


def handout_pages(_: int = 0) -> int:
    patient, program, clinic = _SAMPLE
    return build_handout(patient, program, clinic, HandoutOptions(), TODAY, font_folders=()).pages


def handout_pages_unseen_pictures() -> int:
    """As if none of the exercises had been printed since the app started: their figures not posed, their
    pictures' operators and their words' markup not kept."""
    core_drawings.cache_clear()
    _printed.cache_clear()
    _kept.clear()
    return handout_pages()


def bare_document(pages: int) -> int:
    """The simplest reportlab document with the same number of pages, in the same embedded font."""
    regular, _ = register_fonts()
    style = ParagraphStyle("body", fontName=regular, fontSize=13, leading=16)
    story = []
    for page in range(pages):
        story += [Paragraph(f"Page {page + 1}. " + "Some plain words on a page. " * 40, style), PageBreak()]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, invariant=1, initialFontName=regular).build(story[:-1])
    return pages


def _median_seconds(work, *args) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        work(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _batch_seconds(pool: ProcessPoolExecutor, work, args: list[int]) -> float:
    start = time.perf_counter()
    list(pool.map(work, args, chunksize=5))
    return time.perf_counter() - start


def _row(label: str, seconds: float, target: float | None, bare: float) -> str:
    verdict = "" if target is None else ("ok" if seconds <= target else "TOO SLOW")
    target_text = "-" if target is None else f"{target * 1000:.0f} ms" if target < 1 else f"{target:.0f} s"
    bare_text = f"bare reportlab {bare * 1000:>7.0f} ms"
    return f"{label:<34} {seconds * 1000:>9.0f} ms   target {target_text:>7}   {bare_text}  {verdict}"


_SAMPLE = sample()


def main() -> None:
    start = time.perf_counter()
    pages = handout_pages()  # the first build in a process also loads the fonts
    cold = time.perf_counter() - start
    unseen = _median_seconds(handout_pages_unseen_pictures)
    warm = _median_seconds(handout_pages)
    bare_single = _median_seconds(bare_document, pages)
    workers = os.cpu_count() or 2
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(bare_document, [1] * workers))  # start the workers before timing
        batch = _batch_seconds(pool, handout_pages, list(range(BATCH)))
        bare_batch = _batch_seconds(pool, bare_document, [pages] * BATCH)
    print(
        f"{EXERCISES}-exercise handout with pictures and log sheet: {pages} pages; {workers} worker processes"
    )
    print(_row("one handout, first in the process", cold, None, bare_single))
    print(_row("one handout, app running (median)", unseen, SINGLE_TARGET_S, bare_single))
    print(_row("the same exercises printed again", warm, SINGLE_TARGET_S, bare_single))
    print(_row(f"{BATCH} handouts in a batch", batch, BATCH_TARGET_S, bare_batch))


if __name__ == "__main__":
    main()
