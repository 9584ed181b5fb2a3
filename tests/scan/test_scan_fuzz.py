"""Damaged scans, fuzzed: a real scanned sheet (JPEG, PNG and a scanner's PDF) with bytes flipped, cut short
or spliced in is either read or refused with one line naming the file; the reader never raises, never
crashes the process and never saves a box it was not sure of."""

from datetime import date

import pytest

from ptplanner.scan import missing_extra

if missing_extra():
    pytest.skip(missing_extra(), allow_module_level=True)

import cv2  # noqa: E402 - the scan extra
import numpy as np  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from PIL import Image  # noqa: E402
from scan_corpus import fill_in, render_page, seeded_handout_ids, spoil  # noqa: E402

from ptplanner.app.clinic import Clinic  # noqa: E402
from ptplanner.app.demo import add_demo_clinic  # noqa: E402
from ptplanner.app.handouts import prepare_handout, record_printed  # noqa: E402
from ptplanner.app.log_scan import read_scanned_log  # noqa: E402
from ptplanner.handouts.options import HandoutOptions  # noqa: E402

TODAY = date(2026, 12, 4)
FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    """An open demo clinic and one filled-in sheet of Haddad's handout as JPEG, PNG and PDF bytes."""
    folder = tmp_path_factory.mktemp("clinic")
    clinic = Clinic.open(folder)
    add_demo_clinic(clinic, TODAY)
    patient = clinic.find_patients("Haddad")[0]
    with seeded_handout_ids(7):
        prepared = prepare_handout(clinic, patient.id, None, HandoutOptions(log_weeks=2), TODAY)
        record = record_printed(clinic, prepared)
    [stored] = [kept for kept in clinic.printed_handouts(patient.id) if kept.id == record.id]
    page = stored.sheet_map.pages[-1]
    rng = np.random.default_rng(7)
    image = render_page(clinic.printed_pdf(stored.id), page.page, 150)
    fill_in(image, page, 150, rng)
    image = spoil(image, rng, False)
    files = {".jpg": cv2.imencode(".jpg", image)[1].tobytes(), ".png": cv2.imencode(".png", image)[1].tobytes()}
    pdf = tmp_path_factory.mktemp("pdf") / "scan.pdf"
    Image.fromarray(image).save(pdf, "PDF", resolution=150)
    files[".pdf"] = pdf.read_bytes()
    yield clinic, files
    clinic.close()


def test_the_undamaged_scans_are_read(scans, tmp_path):
    clinic, files = scans
    for suffix, data in files.items():
        path = tmp_path / f"whole{suffix}"
        path.write_bytes(data)
        sheet = read_scanned_log(clinic, [path])
        assert sheet.pages and not sheet.problems, (suffix, sheet.problems)


def _damage(data: bytes, draw) -> bytes:
    """Flip some bytes, then maybe cut the file short or splice junk into it."""
    damaged = bytearray(data)
    for _ in range(draw(st.integers(1, 40))):
        at = draw(st.integers(0, len(damaged) - 1))
        damaged[at] = draw(st.integers(0, 255))
    how = draw(st.sampled_from(["flips", "cut", "splice"]))
    if how == "cut":
        damaged = damaged[: draw(st.integers(0, len(damaged) - 1))]
    elif how == "splice":
        at = draw(st.integers(0, len(damaged)))
        damaged[at:at] = draw(st.binary(min_size=1, max_size=4096))
    return bytes(damaged)


@pytest.mark.parametrize("suffix", [".jpg", ".png", ".pdf"])
@FUZZ
@given(draw=st.data())
def test_a_damaged_scan_is_read_or_refused_in_one_line(scans, tmp_path, suffix, draw):
    clinic, files = scans
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(_damage(files[suffix], draw.draw))
    sheet = read_scanned_log(clinic, [path])  # any exception fails the test
    for problem in sheet.problems:
        assert problem.startswith("damaged") and "\n" not in problem and "Traceback" not in problem, problem
    assert sheet.pages or sheet.problems  # a file that yields nothing says why


def test_a_pdf_that_opens_but_whose_page_is_damaged_is_refused_naming_the_page(scans, tmp_path):
    # Found by the fuzzing above: pdfium opened the file, then failed to load its page, and the error
    # escaped the reader. A page whose dictionary no longer says it is a page does the same.
    clinic, files = scans
    pdf = files[".pdf"]
    assert pdf.count(b"/Type /Page\n") == 1
    flipped = bytearray(pdf)
    flipped[116] = 1
    for name, data in (("flipped", bytes(flipped)), ("unpaged", pdf.replace(b"/Type /Page\n", b"/Type /Xage\n"))):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        sheet = read_scanned_log(clinic, [path])
        assert sheet.pages or sheet.problems, name
        for problem in sheet.problems:
            assert problem.startswith(name) and "\n" not in problem, problem
    assert list(sheet.problems) == [f"{path.name}: page 1 is damaged and cannot be read."]
