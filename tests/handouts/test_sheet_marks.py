"""The log sheet made to be read: its code names the printed handout and the page, corner marks, a map."""

import re
import uuid

from handout_samples import TODAY, make_patient, make_program, pdf_text
from pypdf import PdfReader
from io import BytesIO

from ptplanner.app.clinic import Clinic
from ptplanner.app.handouts import prepare_handout, record_printed
from ptplanner.app.workspace import Workspace
from ptplanner.core.sheet_map import CellKind, code_text, read_code_text
from ptplanner.handouts.document import build_handout
from ptplanner.handouts.log_sheet import row_names
from ptplanner.handouts.options import HandoutOptions
from ptplanner.core.clinic import ClinicSettings
from ptplanner.storage.handouts import handouts_for

HANDOUT_ID = "0b9f3c52-7d4e-4f7a-9a51-2c8e6d1f0a34"


def test_the_code_names_only_the_handout_and_the_page():
    text = code_text(HANDOUT_ID, 7)
    assert text == "PT/0B9F3C527D4E4F7A9A512C8E6D1F0A34/7"
    assert read_code_text(text) == (HANDOUT_ID, 7)
    assert read_code_text("https://example.org/video") is None
    assert read_code_text("PT/0B9F3C52/7") is None


def test_each_log_sheet_page_is_mapped_box_by_box():
    patient = make_patient()
    program = make_program(patient)
    handout = build_handout(patient, program, ClinicSettings(), HandoutOptions(log_weeks=2), TODAY,
                            font_folders=(), handout_id=HANDOUT_ID)
    sheet = handout.sheet_map
    assert sheet is not None and sheet.handout_id == HANDOUT_ID
    pages = [page.page for page in sheet.pages]
    assert pages and pages[-1] == handout.pages  # the log sheet ends the handout
    page = sheet.pages[-1]
    days = sorted({cell.day for cell in page.cells})
    assert len(days) == 14 and days[0] == TODAY  # printed today: the log starts today
    stage = program.stages[program.current_stage_index() or 0]
    names = row_names_of(stage, patient, program)
    ticked_rows = {cell.row for cell in page.cells if cell.kind is CellKind.TICK}
    assert ticked_rows == {name for name in names if re.match(r"\d+\. ", name) and "walked" not in name}
    for cell in page.cells:
        if cell.kind is CellKind.TICK:
            item = next(item for item in stage.items if item.id == cell.item_id)
            assert len(cell.boxes) == item.dosage.times_per_day
            assert all(width >= 15 for _, _, width, height in cell.boxes)  # the 5 mm boxes, as printed
    pain_days = [cell.day for cell in page.cells if cell.kind is CellKind.PAIN_BACK]
    assert pain_days == [*days]
    width, height = page.size
    for x, y, side, _ in page.marks:  # in the margins, inside what a printer prints (5 mm from the edge)
        assert 14 <= x <= width - 14 - side and 14 <= y <= height - 14 - side


def row_names_of(stage, patient, program):
    from ptplanner.handouts.content import HandoutContent

    content = HandoutContent.of(patient, program, ClinicSettings(), None, TODAY)
    return row_names(content)


def test_the_code_is_printed_on_the_log_sheet_pages_only():
    patient = make_patient()
    program = make_program(patient)
    handout = build_handout(patient, program, ClinicSettings(), HandoutOptions(), TODAY, font_folders=(),
                            handout_id=HANDOUT_ID)
    plain = build_handout(patient, program, ClinicSettings(), HandoutOptions(), TODAY, font_folders=())
    assert plain.sheet_map is None
    log_pages = {page.page for page in handout.sheet_map.pages}
    reader, plain_reader = PdfReader(BytesIO(handout.pdf)), PdfReader(BytesIO(plain.pdf))
    for number, (marked, unmarked) in enumerate(zip(reader.pages, plain_reader.pages), start=1):
        same = marked.get_contents().get_data() == unmarked.get_contents().get_data()
        assert same is (number not in log_pages)
    assert pdf_text(handout.pdf) == pdf_text(plain.pdf)  # the code adds no words to the page


def test_printing_records_the_handout_under_the_id_its_code_names(data_dir):
    workspace = Workspace.open(data_dir)
    try:
        patient = make_patient()
        workspace.store.save_patient(patient)
        program = workspace.store.save_program(make_program(patient).model_copy(update={"version": 0}))
        clinic = Clinic(workspace)
        prepared = prepare_handout(clinic, patient.id, program.id, HandoutOptions(log_weeks=1), TODAY)
        uuid.UUID(prepared.handout_id)
        record = record_printed(clinic, prepared)
        assert record.id == prepared.handout_id
        again = record_printed(clinic, prepared)  # printed, then saved as a PDF too: one record
        assert again.id == record.id
        [stored] = handouts_for(workspace.database, patient.id)
        assert stored.sheet_map == prepared.handout.sheet_map and "log_sheet_map" not in stored.options
    finally:
        workspace.close()
