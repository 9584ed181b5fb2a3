"""What the signed-in account's role may use in the window. A command the role may not use is disabled,
its tooltip giving the app layer's reason ("A front-desk account may not change clinical records.").
The app layer refuses such operations anyway; this only keeps the window from offering them.

The front desk opens a patient from the list onto their contact card and printed handouts, never onto
the clinical record.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu


def needs() -> dict:
    """Each command of the window (gui/actions.py) and the core.roles.Action it needs. Imported when asked:
    the window's frame is shown before the domain is imported (see gui/app.py)."""
    from ptplanner.core.roles import Action

    return {
        "new_patient": Action.CHANGE_CLINICAL,
        "edit_patient": Action.CHANGE_CLINICAL,
        "save": Action.CHANGE_CLINICAL,
        "print": Action.PRINT_HANDOUT,
        "clinic_settings": Action.CHANGE_CLINICAL,
        "add_demo": Action.IMPORT,
        "record_log": Action.CHANGE_CLINICAL,
        "record_today": Action.CHANGE_CLINICAL,
        "add_outcome": Action.CHANGE_CLINICAL,
        "progress_report": Action.VIEW_CLINICAL,
        "reprint": Action.REPRINT_HANDOUT,
        "audit_trail": Action.READ_AUDIT,
    }

# Commands the window's own _update_actions does not manage: on whenever the role allows them.
ROLE_ONLY = ("reprint", "audit_trail")
_REFUSED = "refusedByRole"  # marks a tooltip set here, so it is taken back when another role signs in


def apply_role(window) -> None:
    """Disable, with the reason, what the signed-in role may not use (after the window set what it can)."""
    clinic = window.clinic
    actions = window.actions
    actions.sign_out.setEnabled(clinic is not None and clinic.user is not None)
    for name in ROLE_ONLY:
        getattr(actions, name).setEnabled(clinic is not None)
    if clinic is None:
        return
    wanted = needs()
    for name, action in wanted.items():
        _allow(getattr(actions, name), clinic.refusal(action))
    _allow(window.patient_list.new_button, clinic.refusal(wanted["new_patient"]))
    for menu in window.menuBar().findChildren(QMenu):
        menu.setToolTipsVisible(True)  # the reasons show on the menus too
    if window.library is not None:
        window.library.role_changed()


def _allow(control, refusal: str | None) -> None:
    if refusal is not None:
        control.setEnabled(False)
        control.setToolTip(refusal)
        control.setProperty(_REFUSED, True)
    elif control.property(_REFUSED):
        control.setToolTip("")
        control.setProperty(_REFUSED, False)


def role_refusal(control) -> str | None:
    """Why the signed-in role may not use `control`, if that is why it is off."""
    return control.toolTip() if control.property(_REFUSED) else None


def opened_without_clinical_access(window, patient_id: str) -> bool:
    """For a role that may not open clinical records: show the patient's contact card and printed
    handouts instead, and say so (True). False: open the record as usual."""
    from ptplanner.core.roles import Action

    clinic = window.clinic
    if clinic is None or clinic.may(Action.VIEW_CLINICAL):
        return False
    show_printed_handouts(window, patient_id)
    return True


def show_printed_handouts(window, patient_id: str | None = None) -> None:
    """The reprint dialog for `patient_id`, else the open patient, else the one selected in the list."""
    from ptplanner.gui.reprint_dialog import PrintedHandoutsDialog

    if patient_id is None:
        patient_id = _chosen_patient(window)
    if patient_id is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("RoleActions", "Choose a patient in the list first."), 5000
        )
        return
    dialog = PrintedHandoutsDialog(window.clinic, window.runner, patient_id, window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _chosen_patient(window) -> str | None:
    if window.pages.currentWidget() is window.patient_page and window.document.patient is not None:
        return window.document.patient.id
    page = window.patient_list
    index = page.table.currentIndex()
    return page.proxy.patient_id(index) if index.isValid() else None
