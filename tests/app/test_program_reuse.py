"""Clinic templates, stages copied between patients and favourite exercises, as app operations."""

from datetime import date

import pytest
from app_helpers import add_patient, sign_in_front_desk

from ptplanner.app.audit import audit_events
from ptplanner.app.changes import Change, Changed
from ptplanner.app.errors import BadInput, NotAllowed, NotFound
from ptplanner.core.patient import Patient


@pytest.fixture
def program(clinic):
    _, started = add_patient(clinic, "Ana Ruiz")
    first = started.stages[0]
    item = first.items[0].model_copy(update={"note": "Slowly, with a towel under the knees."})
    changed = first.model_copy(update={"name": "Our first weeks", "items": (item, *first.items[1:])})
    return clinic.save_program(started.model_copy(update={"stages": (changed, *started.stages[1:])}))


def test_a_template_name_loses_what_cannot_be_seen_and_refuses_a_control_character(clinic, program):
    template = clinic.save_as_template("Our \u202efusion\u200b plan", program.stages)
    assert template.name == "Our fusion plan"
    assert clinic.rename_template(template.id, "דוד\u2066\tplan").name == "דוד plan"
    with pytest.raises(BadInput, match=r"^The name holds a control character \(U\+001B\), which cannot be"):
        clinic.rename_template(template.id, "Plan\x1b[2J")


def test_a_program_saved_as_a_template_starts_a_new_program_with_its_stages_doses_and_notes(clinic, program):
    seen: list[Change] = []
    clinic.on_change(seen.append)

    template = clinic.save_as_template("  Our fusion plan ", program.stages)

    assert template.name == "Our fusion plan" and template.id.startswith("clinic-")
    assert clinic.all_templates()[template.id] == template
    assert "fusion-hip-si" in clinic.all_templates()  # beside the bundled ones
    started = template.instantiate(clinic.library(), "someone-else", date(2026, 12, 1))
    assert [s.name for s in started.stages] == [s.name for s in program.stages]
    assert started.stages[0].items[0].note == "Slowly, with a towel under the knees."
    assert [i.dosage for i in started.stages[1].items] == [i.dosage for i in program.stages[1].items]
    assert started.template_id == template.id
    assert seen == [Change(Changed.TEMPLATES)]

    renamed = clinic.rename_template(template.id, "Fusion, our way")
    assert [t.name for t in clinic.clinic_templates()] == ["Fusion, our way"] == [renamed.name]
    clinic.delete_template(template.id)
    assert clinic.clinic_templates() == []
    assert seen == [Change(Changed.TEMPLATES)] * 3
    rows = [e for e in audit_events(clinic) if e.action == "template"]
    assert [sorted(e.details) for e in rows] == [
        ["saved", "stages", "template_id"], ["renamed", "template_id"], ["deleted", "template_id"]]
    assert all(e.patient_id is None and "Our" not in str(e.details) for e in rows)


def test_one_stage_is_a_template_too_and_names_are_checked(clinic, program):
    one = clinic.save_as_template("First weeks", program.stages[:1])
    assert len(one.stages) == 1
    for name, message in (("", "needs a name"), ("first WEEKS", "exists already"),
                          ("x" * 201, "longer than 200"),
                          ("graded walking", "exists already")):
        with pytest.raises(BadInput, match=message):
            clinic.save_as_template(name, program.stages)
    with pytest.raises(BadInput, match="at least one stage"):
        clinic.save_as_template("Nothing", ())
    with pytest.raises(NotFound, match="no longer stored"):
        clinic.delete_template("clinic-gone")
    assert [t.name for t in clinic.clinic_templates()] == ["First weeks"]


def test_stages_copied_from_another_patient_get_new_ids_and_the_reading_is_audited(clinic, program):
    other = Patient(name="Ben Ode", date_of_birth=date(1960, 1, 1))
    clinic.save_patient(other)
    wanted = [program.stages[2].id, program.stages[0].id]

    copied = clinic.copy_stages(program.patient_id, wanted, other.id)

    assert [s.name for s in copied] == [program.stages[2].name, "Our first weeks"]
    assert not {s.id for s in copied} & {s.id for s in program.stages}
    old_items = {i.id for s in program.stages for i in s.items}
    assert not {i.id for s in copied for i in s.items} & old_items
    [view] = [e for e in audit_events(clinic, patient_id=program.patient_id) if e.details.get("copied_to")]
    assert view.action == "view" and view.details == {"stages": wanted, "copied_to": other.id}
    with pytest.raises(BadInput, match="no longer stored"):
        clinic.copy_stages(program.patient_id, ["gone"], other.id)


def test_favourites_are_kept_for_the_clinic_and_reported_once_per_change(clinic):
    seen: list[Change] = []
    clinic.on_change(seen.append)
    clinic.set_favourite("clamshell", True)
    clinic.set_favourite("clamshell", True)  # already: nothing written
    clinic.set_favourite("bridge", True)
    assert clinic.favourite_exercises() == {"clamshell", "bridge"}
    clinic.set_favourite("clamshell", False)
    assert clinic.favourite_exercises() == {"bridge"}
    assert seen == [Change(Changed.FAVOURITES)] * 3
    assert len([e for e in audit_events(clinic) if e.action == "favourite"]) == 3


def test_front_desk_may_not_touch_templates_favourites_or_copy(clinic, program):
    template = clinic.save_as_template("Ours", program.stages)
    sign_in_front_desk(clinic)
    seen: list[Change] = []
    clinic.on_change(seen.append)
    for operation in (
        lambda: clinic.save_as_template("Mine", program.stages),
        lambda: clinic.rename_template(template.id, "Theirs"),
        lambda: clinic.delete_template(template.id),
        lambda: clinic.all_templates(),
        lambda: clinic.copy_stages(program.patient_id, [program.stages[0].id], program.patient_id),
        lambda: clinic.set_favourite("clamshell", True),
        lambda: clinic.favourite_exercises(),
    ):
        with pytest.raises(NotAllowed):
            operation()
    assert seen == []
