"""Signing in to the app: the dialog that asks for a name and password, the start-up step that shows it
before any patient data is read, and the status-bar line that says who is signed in.

The password is checked on the task runner (argon2 takes a moment, and a failure is counted in the
database). The dialog only checks; whoever opened it decides what signing in means (start the
window, unlock it, or hand it to another user), so the lock screen can save the first user's work
as them before a second user takes over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core.safe_text import isolated
from ptplanner.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from ptplanner.app.accounts import SignIn
    from ptplanner.app.clinic import Clinic
    from ptplanner.app.opening import OpenDatabase
    from ptplanner.core.roles import User

SIGN_IN_TITLE = QT_TRANSLATE_NOOP("SignInDialog", "Sign in to ptplanner")
SIGN_IN_INTRO = QT_TRANSLATE_NOOP(
    "SignInDialog", "This clinic's records need a sign-in. Type your name and password."
)
NO_ADMIN = QT_TRANSLATE_NOOP(
    "SignInDialog",
    "This clinic's database needs a sign-in, and it has no admin account yet. Add one on the "
    "command line, then start ptplanner again: ptplanner users add NAME --role admin",
)
ROLE_NAMES = {
    "admin": QT_TRANSLATE_NOOP("SignInDialog", "admin"),
    "therapist": QT_TRANSLATE_NOOP("SignInDialog", "therapist"),
    "front-desk": QT_TRANSLATE_NOOP("SignInDialog", "front desk"),
}


class SignInDialog(QDialog):
    """Name and password, checked off the GUI thread. `signed_in` carries the User; the dialog is then
    accepted. A refused sign-in shows the app layer's one message (the same for an unknown name, a wrong
    password and a name that must wait after repeated failures) and keeps the name typed."""

    signed_in = Signal(object)  # core.roles.User

    def __init__(
        self,
        clinic: Clinic | None,
        runner: TaskRunner,
        parent: QWidget | None = None,
        intro: str = SIGN_IN_INTRO,
        name: str = "",
        can_quit: bool = True,
        check: Callable[[str, str], User] | None = None,
    ) -> None:
        """`check`: how a name and password are checked (on a worker) when `clinic` is not open yet
        (None); otherwise accounts.check_sign_in on the clinic."""
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr(SIGN_IN_TITLE))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)  # nothing else takes input meanwhile
        self._clinic = clinic
        self._check = check
        self._can_quit = can_quit
        self.runner = runner.scoped(self)
        self.intro = QLabel(self.tr(intro), wordWrap=True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit(name, objectName="signInName")
        self.name.setMaxLength(100)
        self.password = QLineEdit(objectName="signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="signInMessage", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("QLabel { color: #b3261e; }")
        self.message.hide()
        buttons = QDialogButtonBox.StandardButton.Ok
        if can_quit:
            buttons |= QDialogButtonBox.StandardButton.Close
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        if can_quit:
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Quit"))
        self._lay_out()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        (self.password if name else self.name).setFocus()

    def submit(self) -> None:
        name, password = self.name.text().strip(), self.password.text()
        if not name or not password:
            self._refused(self.tr("Type your name and your password."))
            return
        from ptplanner.app.accounts import check_sign_in

        self.buttons.setEnabled(False)
        self.message.hide()
        clinic, check = self._clinic, self._check
        if check is None:
            self.runner.write(lambda: check_sign_in(clinic, name, password), self._matched, self._failed)
        else:
            self.runner.write(lambda: check(name, password), self._matched, self._failed)

    def show_problem(self, text: str) -> None:
        """Say why signing in did not go ahead (also for the lock screen's own reasons)."""
        self.buttons.setEnabled(True)
        self._refused(text)

    def reject(self) -> None:
        if self._can_quit:  # at start-up: Quit ends the app; the lock screen cannot be closed
            super().reject()

    def done(self, result: int) -> None:
        if self.runner.is_busy():  # its own check; not the library read ahead meanwhile (start_reads.py)
            self.runner.wait()
        super().done(result)

    def _matched(self, user: User) -> None:
        self.password.clear()
        self.signed_in.emit(user)

    def _failed(self, error: BaseException) -> None:
        from ptplanner.app.errors import DatabaseError

        if not isinstance(error, DatabaseError):  # SignInRefused is one; anything else is a bug
            self.buttons.setEnabled(True)
            raise error
        self.show_problem(str(error))

    def _refused(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.password.clear()
        self.password.setFocus()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)


def sign_in_then(window, clinic: Clinic, attach: Callable[[], None], state: SignIn | None = None) -> None:
    """At start-up: when the clinic needs a sign-in, ask for it before `attach` reads any patient data;
    otherwise attach at once. Quitting the dialog closes the window. `state`: read already (app.py)."""
    from ptplanner.app.accounts import SignIn, clinic_sign_in_state

    def checked(state: SignIn) -> None:
        if state is SignIn.OFF:
            attach()
            return
        if state is SignIn.NO_ADMIN:
            _no_admin(window)
            return
        _waits_for_sign_in(window)
        _read_library_ahead(window, clinic)
        dialog = SignInDialog(clinic, window.runner, window)
        dialog.signed_in.connect(lambda user: _signed_in(window, clinic, dialog, user, attach))
        _open_at_start(window, dialog)

    def failed(error: BaseException) -> None:
        from ptplanner.app.errors import DatabaseError

        if not isinstance(error, DatabaseError):
            raise error
        title = QCoreApplication.translate("Startup", "ptplanner cannot open its database")
        QMessageBox.critical(window, title, str(error))
        window.open_error = error  # the app then stops with status 1
        window.close()

    if state is not None:
        checked(state)
        return
    window.runner.read(lambda: clinic_sign_in_state(clinic), checked, failed)


def sign_in_while_opening(
    window,
    database: OpenDatabase,
    state: SignIn,
    open_clinic: Callable[[], Clinic],
    attach: Callable[[Clinic], None],
    failed: Callable[[BaseException], None],
) -> None:
    """At start-up on a database opened by its URL, before its clinic: when it needs a sign-in, the dialog
    shows now and `open_clinic` makes the clinic ready on a worker meanwhile (argon2, checking the password
    on another, leaves it the interpreter). The clinic is attached once both are in, never before the
    password matched; until then the dialog stays, its buttons off. `failed`: the clinic could not be made."""
    from ptplanner.app.accounts import SignIn

    if state is SignIn.NO_ADMIN:
        _no_admin(window)
        database.close()
        return
    if state is SignIn.OFF:
        window.runner.read(open_clinic, attach, failed)
        return
    _waits_for_sign_in(window)
    dialog = SignInDialog(None, window.runner, window, check=database.check_sign_in)
    found: dict[str, object] = {}

    def arrived(key: str, value: object) -> None:
        found[key] = value
        if key == "clinic" and "user" not in found:  # the library is read while the dialog waits
            _read_library_ahead(window, value)
        if "clinic" in found and "user" in found:
            clinic = found["clinic"]
            _signed_in(window, clinic, dialog, found["user"], lambda: attach(clinic))

    def not_made(error: BaseException) -> None:
        failed(error)
        dialog.done(QDialog.DialogCode.Rejected)

    dialog.signed_in.connect(lambda user: arrived("user", user))
    _open_at_start(window, dialog)
    window.runner.read(open_clinic, lambda clinic: arrived("clinic", clinic), not_made)


def _read_library_ahead(window, clinic: Clinic) -> None:
    from ptplanner.gui.start_reads import LibraryAhead

    LibraryAhead.start(window, clinic)


def _no_admin(window) -> None:
    """A shared PostgreSQL database always signs in, once it has an admin: nobody could, so the app stops."""
    title = QCoreApplication.translate("SignInDialog", "This clinic has no admin yet")
    QMessageBox.warning(window, title, QCoreApplication.translate("SignInDialog", NO_ADMIN))
    window.close()


def _waits_for_sign_in(window) -> None:
    from ptplanner.app.accounts import prepare_sign_in

    words = QCoreApplication.translate("SignInDialog", "Sign in to see the clinic's patients.")
    window.statusBar().showMessage(words)
    # Made ahead while the dialog waits, when needed (argon2 frees the interpreter); else the check makes it.
    window.runner.read(prepare_sign_in, lambda _: None, lambda _error: None)


def _open_at_start(window, dialog: SignInDialog) -> None:
    """The start-up dialog: quitting it closes the window (and so the app)."""
    dialog.rejected.connect(window.close)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _signed_in(window, clinic: Clinic, dialog: SignInDialog, user: User, attach: Callable[[], None]) -> None:
    from ptplanner.app.accounts import switch_user

    switch_user(clinic, user)
    dialog.accept()
    if window.library_ahead is not None:  # it stands aside until the list is read (start_reads.py)
        window.library_ahead.hold()
    # Once the window has drawn itself without the dialog and answered what came meanwhile: hiding it and
    # attaching in one go kept the window from answering for 80 ms.
    window.runner.next_turn(attach)


def who(user: User | None) -> str:
    """The status bar's words for the signed-in account."""
    if user is None:
        return ""
    role = ROLE_NAMES.get(user.role.value)
    role = user.role.value if role is None else QCoreApplication.translate("SignInDialog", role)
    return QCoreApplication.translate("SignInDialog", "Signed in: {name} ({role})").format(
        name=isolated(user.name), role=role
    )


def show_signed_in(window) -> None:
    """The permanent status-bar line naming the signed-in account (none with sign-in off)."""
    label = window.findChild(QLabel, "signedInAs")
    if label is None:
        label = QLabel(objectName="signedInAs")
        label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(label)
    user = None if window.clinic is None else window.clinic.user
    label.setText(who(user))
    label.setVisible(user is not None)
