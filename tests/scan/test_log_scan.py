"""Reading scanned log sheets: synthetic scans of printed sheets, read back and checked against what was
drawn on them; refusals; what may be saved; the command line."""

import json
import uuid
from datetime import date, timedelta

import pytest

from ptplanner.scan import missing_extra

if missing_extra():
    pytest.skip(missing_extra(), allow_module_level=True)

import cv2  # noqa: E402 - the scan extra
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402
from scan_corpus import fill_in, handout_ids_from, render_page, seeded_handout_ids, spoil  # noqa: E402

from ptplanner.app.clinic import Clinic  # noqa: E402
from ptplanner.app.demo import add_demo_clinic
from ptplanner.app.handouts import prepare_handout, record_printed
from ptplanner.app.log_scan import entries_to_save, read_scanned_log, save_scanned_log
from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.core.adherence import AdherenceEntry
from ptplanner.handouts.options import HandoutOptions
from ptplanner.scan.sheet import SURE

TODAY = date(2026, 12, 4)  # the demo's day: each sheet starts on it


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clinic")
    clinic = Clinic.open(folder)
    add_demo_clinic(clinic, TODAY)
    clinic.data_dir = folder
    with seeded_handout_ids(20261204):
        yield clinic
    clinic.close()


def printed(clinic, name, weeks=2):
    """A patient's handout, printed and recorded: (patient id, record, log-sheet page map)."""
    patient = clinic.find_patients(name)[0]
    prepared = prepare_handout(clinic, patient.id, None, HandoutOptions(log_weeks=weeks), TODAY)
    record = record_printed(clinic, prepared)
    [stored] = [kept for kept in clinic.printed_handouts(patient.id) if kept.id == record.id]
    return patient.id, stored, stored.sheet_map.pages[-1]


def scan_file(clinic, record, page, folder, seed, dpi, phone, suffix=".jpg", **marks):
    rng = np.random.default_rng(seed)
    image = render_page(clinic.printed_pdf(record.id), page.page, dpi)
    truth = fill_in(image, page, dpi, rng, **marks)
    path = folder / f"scan-{seed}{suffix}"
    cv2.imwrite(str(path), spoil(image, rng, phone))
    return path, truth


@pytest.mark.parametrize(("name", "seed", "dpi", "phone", "suffix"), [
    ("Haddad", 1, 150, False, ".jpg"),
    ("Ramírez", 2, 200, True, ".jpg"),  # walking rows, boxes to write in that are whole cells
    ("Whitfield", 3, 300, False, ".png"),  # two squares a day, a count box
    ("Łukasiewicz", 4, 150, True, ".jpeg"),
    ("Ramírez", 13, 300, True, ".jpg"),  # a phone photo at 300 dpi: bold title letters near a mark
])
def test_synthetic_scans_are_read_box_by_box(clinic, tmp_path, name, seed, dpi, phone, suffix):
    patient_id, record, page = printed(clinic, name)
    path, truth = scan_file(clinic, record, page, tmp_path, seed, dpi, phone, suffix)
    sheet = read_scanned_log(clinic, [path], patient_id)
    assert sheet.problems == () and sheet.pages == (page.page,) and sheet.handout_id == record.id
    assert len(sheet.boxes) == len(truth.ticked) + len(truth.crossed_out)
    for box in sheet.boxes:
        key = (box.row, box.day, box.box)
        if key in truth.crossed_out:
            assert box.confidence < SURE  # a crossed-out box is the therapist's call
        else:
            assert box.ticked == truth.ticked[key], box
    pain = [box for box in sheet.written if box.kind.value in ("back", "leg")]
    assert {(box.kind, box.day) for box in pain if box.written} == set(truth.written)
    assert all(box.value is None and box.confidence == 0 for box in pain if box.written)  # not guessed


@pytest.mark.parametrize(("name", "handout_id", "seed"), [
    ("Łukasiewicz", "4d644a3d-78ad-4c81-acdb-fe8cb32004f9", 4),
    ("Whitfield", "ccfdd958-9d02-49e5-9555-3d8f00d14578", 83),
    ("Whitfield", "ee7b6a35-e76d-4ce2-b843-f576cad6bd55", 87),
])
def test_a_code_seen_but_not_read_is_read_closer_up(clinic, tmp_path, monkeypatch, name, handout_id, seed):
    """Phone photos at 150 dpi whose code, drawn from these handout ids, is too soft to read on the whole
    page, even enlarged: it is read on the part of the page around where a code was seen."""
    handout_ids_from(monkeypatch, lambda: uuid.UUID(handout_id))
    patient_id, record, page = printed(clinic, name)
    path, _ = scan_file(clinic, record, page, tmp_path, seed, 150, True)
    sheet = read_scanned_log(clinic, [path], patient_id)
    assert sheet.problems == () and sheet.pages == (page.page,) and sheet.handout_id == handout_id


def test_a_large_photo_is_brought_down_and_read(clinic, tmp_path):
    patient_id, record, page = printed(clinic, "Chen")
    path, truth = scan_file(clinic, record, page, tmp_path, 10, 300, True, crossed_out=0)
    large = tmp_path / "large.jpg"
    cv2.imwrite(str(large), cv2.resize(cv2.imread(str(path)), None, fx=2.2, fy=2.2))  # a 48-megapixel phone
    sheet = read_scanned_log(clinic, [large], patient_id)
    assert sheet.pages == (page.page,)
    assert all(box.ticked == truth.ticked[(box.row, box.day, box.box)] for box in sheet.boxes)


def test_a_scanner_pdf_of_several_pages(clinic, tmp_path):
    """A scanner's PDF: a page that is no log sheet and the same sheet scanned twice are left out."""
    patient_id, record, page = printed(clinic, "Ramírez")
    path, truth = scan_file(clinic, record, page, tmp_path, 5, 200, False, ".png")
    sheet_image = Image.open(path).convert("L")
    blank = Image.new("L", sheet_image.size, 255)
    scan = tmp_path / "scanner.pdf"
    sheet_image.save(scan, save_all=True, append_images=[blank, sheet_image], resolution=200)
    sheet = read_scanned_log(clinic, [scan], None)
    assert sheet.patient_id == patient_id and sheet.pages == (page.page,)
    assert sheet.problems == (
        "scanner.pdf, page 2: no log-sheet code found. Scan the whole page of a log sheet printed by "
        "ptplanner.",
        f"scanner.pdf, page 3: page {page.page} was scanned twice; the second copy is left out.",
    )
    assert sum(box.ticked for box in sheet.boxes if box.confidence >= SURE) == sum(truth.ticked.values())


def test_other_patients_and_unknown_handouts_are_refused(clinic, tmp_path):
    patient_id, record, page = printed(clinic, "Nakamura")
    path, _ = scan_file(clinic, record, page, tmp_path, 6, 200, False)
    other = clinic.find_patients("Petrov")[0].id
    refused = read_scanned_log(clinic, [path], other)
    assert refused.pages == () and refused.boxes == ()
    assert refused.problems == (f"{path.name}: this sheet belongs to another patient; it is left out.",)
    # A sheet printed elsewhere: its code names a handout this clinic never recorded.
    prepared = prepare_handout(clinic, patient_id, None, HandoutOptions(log_weeks=1), TODAY)
    unknown = tmp_path / "unknown.png"
    sheet_page = prepared.handout.sheet_map.pages[-1].page
    cv2.imwrite(str(unknown), render_page(prepared.handout.pdf, sheet_page, 150))
    [problem] = read_scanned_log(clinic, [unknown], patient_id).problems
    assert problem == ("unknown.png: this sheet was not printed by this clinic (no printed handout has its "
                       "code); it is left out.")


def test_bad_files_get_one_line_each(clinic, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a scan")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 truncated")
    missing = tmp_path / "missing.png"
    sheet = read_scanned_log(clinic, [text, broken, missing], None)
    assert sheet.pages == ()
    assert sheet.problems[0] == "notes.txt: not a PDF, PNG or JPEG file."
    assert sheet.problems[1] == "broken.jpg: the picture is damaged or not a PNG or JPEG."
    assert sheet.problems[2].startswith("missing.png: the file cannot be read")


def test_saving_keeps_logged_days_and_refuses_a_second_reading(clinic, tmp_path):
    patient_id, record, page = printed(clinic, "Okafor")
    path, truth = scan_file(clinic, record, page, tmp_path, 7, 200, False, crossed_out=0, tick_share=0.7)
    logged_day = TODAY + timedelta(days=1)
    clinic.save_log(patient_id, [AdherenceEntry(program_id=record.program_id, day=logged_day)], [])
    sheet = read_scanned_log(clinic, [path], patient_id)
    assert sheet.logged_days == (logged_day,)
    today = TODAY + timedelta(days=6)
    decided = {key: truth.ticked[key] for key in [(box.row, box.day, box.box) for box in sheet.uncertain()]}
    entries = entries_to_save(sheet, today, decided)  # the boxes a person looked at, as they decided
    days = [entry.day for entry in entries]
    assert logged_day not in days and all(TODAY <= day <= today for day in days) and days
    first = entries[0]
    for completion in first.completions:  # the sessions ticked that day, per exercise
        ticked = [box for box in sheet.boxes if box.day == first.day and box.item_id == completion.item_id]
        assert completion.sessions_done == sum(truth.ticked[(b.row, b.day, b.box)] for b in ticked)
    save_scanned_log(clinic, sheet, entries)
    stored = {entry.day: entry for entry in clinic.workspace.store.entries_for(record.program_id)}
    assert stored[first.day].completions == first.completions and stored[logged_day].completions == ()
    again = read_scanned_log(clinic, [path], patient_id)
    assert again.pages == ()
    assert again.problems == (
        f"{path.name}: page {page.page} of this sheet was read and saved before; it is left out.",)


def test_the_command_prints_json_and_saves_only_sure_readings(clinic, tmp_path, capsys):
    patient_id, record, page = printed(clinic, "Whitfield")
    unsure, _ = scan_file(clinic, record, page, tmp_path, 8, 200, True, crossed_out=2)
    data = ["--data-dir", str(clinic.data_dir)]
    code = main([*data, "logsheet", "read", str(unsure), "--patient", patient_id[:8], "--json", "--save"])
    out, err = capsys.readouterr()
    assert code == EXIT_PROBLEMS
    reading = json.loads(out)
    assert reading["handout"] == record.id and reading["pages"] == [page.page]
    cell = reading["cells"][0]
    assert set(cell) == {"row", "day", "box", "ticked", "confidence"} and 0 <= cell["confidence"] <= 1
    assert {pain["kind"] for pain in reading["pain"]} == {"back", "leg"}
    assert "Nothing saved: 2 box(es) need a look." in err
    assert clinic.workspace.store.entries_for(record.program_id) == [] or all(
        entry.day < TODAY for entry in clinic.workspace.store.entries_for(record.program_id))


def test_the_command_says_how_to_add_the_scan_extra(clinic, tmp_path, capsys, monkeypatch):
    import ptplanner.app.log_scan as log_scan

    monkeypatch.setattr(log_scan, "missing_extra", lambda: log_scan.INSTALL_HINT)
    code = main(["--data-dir", str(clinic.data_dir), "logsheet", "read", str(tmp_path / "scan.png")])
    _, err = capsys.readouterr()
    assert code == EXIT_PROBLEMS
    assert err == 'ptplanner: Reading scans needs the scan add-on: pip install "ptplanner[scan]"\n'


def test_the_command_saves_a_sheet_read_with_confidence(clinic, tmp_path, capsys):
    patient_id, record, page = printed(clinic, "Johansson")
    path, _ = scan_file(clinic, record, page, tmp_path, 9, 300, False, crossed_out=0, light_share=0,
                        tick_share=0.9)
    code = main(["--data-dir", str(clinic.data_dir), "logsheet", "read", str(path), "--save"])
    out, err = capsys.readouterr()
    assert code == EXIT_OK, err
    assert out.startswith(f"Read page(s) {page.page} of handout {record.id}: ")
    assert "Saved " in err
    saved = [entry for entry in clinic.workspace.store.entries_for(record.program_id) if entry.day >= TODAY]
    assert saved and all(entry.completions for entry in saved)


def test_a_small_photo_is_read_once_its_code_is_enlarged(clinic, tmp_path):
    """At 75 dpi the code's squares are about 1.5 pixels: it is looked for again on the picture enlarged."""
    patient_id, record, page = printed(clinic, "Haddad")
    path, truth = scan_file(clinic, record, page, tmp_path, 11, 200, True, crossed_out=0)
    small = tmp_path / "small.png"
    smaller = cv2.resize(cv2.imread(str(path)), None, fx=0.375, fy=0.375, interpolation=cv2.INTER_AREA)
    cv2.imwrite(str(small), smaller)
    sheet = read_scanned_log(clinic, [small], patient_id)
    assert sheet.pages == (page.page,)
    assert all(box.ticked == truth.ticked[(box.row, box.day, box.box)] for box in sheet.boxes)


def png_declaring(width: int, height: int) -> bytes:
    """A valid grey PNG of `width` x `height` black pixels: a few hundred KB for a vast picture."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = zlib.compress((b"\x00" + bytes(width)) * height, 9)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def test_a_small_file_declaring_a_vast_picture_is_refused_before_it_is_decoded(tmp_path):
    from ptplanner.scan import ScanError
    from ptplanner.scan.images import scan_pages

    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_declaring(12_000, 12_000))  # 144 million pixels in a few hundred KB
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(ScanError, match=r"bomb.png: the picture is too large .*12000 x 12000"):
        scan_pages(bomb)
    fine = tmp_path / "fine.png"
    fine.write_bytes(png_declaring(1200, 1600))
    assert scan_pages(fine)[0].image.shape == (1600, 1200)


def test_a_pdf_of_more_pages_than_a_batch_of_sheets_is_refused_before_any_is_rendered(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    from ptplanner.scan import ScanError
    from ptplanner.scan.images import MAX_PAGES, scan_pages

    many = tmp_path / "many.pdf"
    canvas = Canvas(str(many))
    for _ in range(MAX_PAGES + 1):
        canvas.showPage()
    canvas.save()
    with pytest.raises(ScanError, match=rf"many.pdf: {MAX_PAGES + 1} pages; scan at most {MAX_PAGES}"):
        scan_pages(many)
