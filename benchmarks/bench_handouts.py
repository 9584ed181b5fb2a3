"""How fast handouts are built, beside a bare reportlab document of the same page count.

Run: python benchmarks/bench_handouts.py
Targets (issue 16): a 12-exercise handout with pictures and a log sheet in 100 ms (in the running app, so
fonts are already loaded), and 100 handouts in a batch in 8 s on a 2-core machine (a process pool).
Rows: the print preview's handout in the app, on a clinic in a new data folder, when the open patient's
handout was built ahead while their page was shown (app/handouts_ahead.py: then the print only reads the
stored data and takes it) and when it was not; a first print of exercises not printed since the app started,
as the app prints it (laid out ahead while the patient's page was shown: gui/print_ahead.py; the time laid
out ahead is printed too, on its worker) and without that; the same exercises with new doses and numbers (a
new patient's program), also with the words' paragraphs not kept; the same handout again.
"""

from __future__ import annotations

import os
import resource
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from io import BytesIO
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.library import load_library
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program, ProgramItem, Stage
from ptplanner.core.translation import Translations
from ptplanner.handouts.ahead import lay_out_ahead
from ptplanner.handouts.block_plans import forget_plans
from ptplanner.handouts.document import build_handout
from ptplanner.handouts.exercise_block import content_boxes, core_drawings, cut_pictures
from ptplanner.handouts.fonts import register_fonts
from ptplanner.handouts.options import HandoutOptions
from ptplanner.handouts.paragraphs import forget as forget_paragraphs
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
    pictures' operators, their words' markup and their blocks' layouts not kept."""
    _forget_all()
    return handout_pages()


def _forget_all() -> None:
    for derived_from_poses in (core_drawings, content_boxes, cut_pictures):
        derived_from_poses.cache_clear()
    _printed.cache_clear()
    forget_paragraphs()
    forget_plans()


def unseen_laid_out_ahead() -> tuple[float, float]:
    """The exercises unseen since the app started, laid out ahead as the app does when the patient is
    opened: the CPU time that took (on the app's worker), and the print's time after it."""
    ahead, printing = [], []
    patient, program, clinic = _SAMPLE
    for _ in range(REPEATS):
        _forget_all()
        start_cpu = time.process_time()
        lay_out_ahead(patient, program, clinic, HandoutOptions(), TODAY, Translations(), font_folders=())
        ahead.append(time.process_time() - start_cpu)
        start = time.perf_counter()
        handout_pages()
        printing.append(time.perf_counter() - start)
    return statistics.median(ahead), statistics.median(printing)


_new_doses = iter(range(1, 1_000_000))


def handout_pages_new_doses(forget_words: bool = False) -> int:
    """As for a new patient given exercises printed before with other doses: each print has doses never
    printed yet, the exercises in another order (so other numbers); the pictures posed and cut.
    `forget_words`: the words' markup and heights not kept either (stricter than a running app)."""
    patient, program, clinic = _SAMPLE
    turn = next(_new_doses)
    items = [_with_new_dose(item, turn) for item in program.stages[0].items]
    shifted = turn % len(items)
    stage = program.stages[0].model_copy(update={"items": tuple(items[shifted:] + items[:shifted])})
    if forget_words:
        forget_paragraphs()
    new = program.model_copy(update={"stages": (stage,)})
    return build_handout(patient, new, clinic, HandoutOptions(), TODAY, font_folders=()).pages


def _with_new_dose(item: ProgramItem, turn: int) -> ProgramItem:
    dosage = item.dosage
    field = next(name for name in ("reps", "hold_seconds", "duration_minutes") if getattr(dosage, name))
    changed = dosage.model_copy(update={field: 1 + (getattr(dosage, field) + turn) % 50})
    return item.model_copy(update={"dosage": type(dosage).model_validate(changed.model_dump())})


def app_prints() -> tuple[float, float, float]:
    """In the app, on a clinic in a new data folder holding the sample patient and program: the print
    preview's build (prepare_handout, with the reads from the database) when the handout was built ahead
    while the patient's page was shown (app/handouts_ahead.py), the same when it was not, and the CPU time
    of the build ahead (on the app's worker)."""
    from ptplanner.app.clinic import Clinic
    from ptplanner.app.handouts import prepare_handout, prepare_handout_ahead

    patient, program, _ = _SAMPLE
    with tempfile.TemporaryDirectory() as folder:
        clinic = Clinic.open(Path(folder) / "data")
        try:
            clinic.save_patient(patient)
            saved = clinic.save_program(program)
            options = HandoutOptions.clinic_defaults(clinic.clinic_settings())
            prepare_handout(clinic, patient.id, saved.id, options, TODAY)  # fonts, pictures: as a running app
            taken, built, ahead = [], [], []
            for _ in range(REPEATS):
                start_cpu = time.process_time()
                prepare_handout_ahead(clinic, patient.id, saved.id, TODAY)
                ahead.append(time.process_time() - start_cpu)
                start = time.perf_counter()
                prepare_handout(clinic, patient.id, saved.id, options, TODAY)
                taken.append(time.perf_counter() - start)
                start = time.perf_counter()
                prepare_handout(clinic, patient.id, saved.id, options, TODAY)  # the kept one was taken
                built.append(time.perf_counter() - start)
        finally:
            clinic.close()
    return statistics.median(taken), statistics.median(built), statistics.median(ahead)


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
    return _medians(work, *args)[0]


def _medians(work, *args) -> tuple[float, float]:
    """The median time of `work`, and its median CPU time (less disturbed by others on a shared machine)."""
    times, cpu = [], []
    for _ in range(REPEATS):
        start, start_cpu = time.perf_counter(), time.process_time()
        work(*args)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times), statistics.median(cpu)


def _batch_seconds(workers: int, work, args: list[int]) -> tuple[float, float]:
    """The time a pool of `workers` processes takes for `work` over `args`, and the CPU time its workers
    used in all (counted once they have ended)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(bare_document, [1] * workers))  # start the workers before timing
        start = time.perf_counter()
        list(pool.map(work, args, chunksize=5))
        took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return took, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


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
    ahead_cpu, after_ahead = unseen_laid_out_ahead()
    unseen, unseen_cpu = _medians(handout_pages_unseen_pictures)
    new_doses, new_doses_cpu = _medians(handout_pages_new_doses)
    new_words, new_words_cpu = _medians(handout_pages_new_doses, True)
    warm, warm_cpu = _medians(handout_pages)
    app_taken, app_built, app_ahead = app_prints()
    bare_single, bare_cpu = _medians(bare_document, pages)
    workers = os.cpu_count() or 2
    batch, batch_cpu = _batch_seconds(workers, handout_pages, list(range(BATCH)))
    bare_batch, bare_batch_cpu = _batch_seconds(workers, bare_document, [pages] * BATCH)
    print(
        f"{EXERCISES}-exercise handout with pictures and log sheet: {pages} pages; {workers} worker processes"
    )
    print(_row("one handout, first in the process", cold, None, bare_single))
    print(_row("in the app, built ahead", app_taken, SINGLE_TARGET_S, bare_single))
    print(_row("  building it ahead (worker CPU)", app_ahead, None, bare_cpu))
    print(_row("in the app, not built ahead", app_built, SINGLE_TARGET_S, bare_single))
    print(_row("first print, laid out ahead", after_ahead, SINGLE_TARGET_S, bare_single))
    print(_row("  laying out ahead (worker CPU)", ahead_cpu, None, bare_cpu))
    print(_row("first print, not laid out ahead", unseen, SINGLE_TARGET_S, bare_single))
    print(_row("  its CPU time (median)", unseen_cpu, SINGLE_TARGET_S, bare_cpu))
    print(_row("the same exercises, new doses", new_doses, SINGLE_TARGET_S, bare_single))
    print(_row("  its CPU time (median)", new_doses_cpu, SINGLE_TARGET_S, bare_cpu))
    print(_row("  the words' paragraphs not kept", new_words, SINGLE_TARGET_S, bare_single))
    print(_row("  its CPU time (median)", new_words_cpu, SINGLE_TARGET_S, bare_cpu))
    print(_row("the same exercises printed again", warm, SINGLE_TARGET_S, bare_single))
    print(_row("  its CPU time (median)", warm_cpu, SINGLE_TARGET_S, bare_cpu))
    print(_row(f"{BATCH} handouts in a batch", batch, BATCH_TARGET_S, bare_batch))
    # What the batch would take on its cores with no one else on the machine: its CPU time shared by them.
    print(_row(f"  its CPU time / {workers} cores", batch_cpu / workers, BATCH_TARGET_S, bare_batch_cpu / workers))


if __name__ == "__main__":
    main()
