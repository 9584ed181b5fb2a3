"""The idle lock and signing out: after the clinic's idle time without input (Clinic settings, 10
minutes unless an admin sets another), every window of the app is covered (no patient data shows,
not even in a title) and a sign-in dialog asks for the password.

The signed-in user signs in again to go on where they were: nothing was saved or closed. Someone
else may sign in instead: the first user's unsaved program (and assessment) is saved first, as the
first user, and only then does the window change hands; if it cannot be saved, the lock stays and
says so, and the first user must come back to deal with it. Work is never discarded.

File > Sign out saves the open program, closes the patient and shows the same lock, for anyone.
Only when sign-in is on: with sign-in off there is nobody to sign in as.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QVBoxLayout, QWidget

from ptplanner.core.safe_text import isolated
from ptplanner.gui.signin import SignInDialog, show_signed_in

if TYPE_CHECKING:
    from ptplanner.core.roles import User

DEFAULT_IDLE_MINUTES = 10  # used until the clinic's setting is read
LOCKED_COVER = QT_TRANSLATE_NOOP("IdleLock", "ptplanner is locked.\nSign in to go on.")
SIGNED_OUT_COVER = QT_TRANSLATE_NOOP("IdleLock", "Signed out.\nSign in to see the clinic's patients.")
# [*]: the window's modified mark may stay, it shows no data
LOCKED_TITLE = QT_TRANSLATE_NOOP("IdleLock", "ptplanner (locked)[*]")
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class Cover(QWidget):
    """A plain panel over one window's whole content, kept on top and the size of the window; the
    window's title is replaced while it is covered."""

    def __init__(self, window: QWidget, text: str) -> None:
        super().__init__(window, objectName="lockCover")
        self._window = window
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QWidget#lockCover { background: #37474f; } QLabel { color: white; font-size: 16pt; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        label = QLabel(text, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        QVBoxLayout(self).addWidget(label)
        self._title = window.windowTitle()
        window.setWindowTitle(QCoreApplication.translate("IdleLock", LOCKED_TITLE))
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
        elif kind == QEvent.Type.ChildAdded:
            QTimer.singleShot(0, self, self.raise_)  # a panel added later goes under the cover
        elif (
            kind == QEvent.Type.WindowTitleChange
            and self._window.windowTitle() != QCoreApplication.translate("IdleLock", LOCKED_TITLE)
        ):
            self._title = self._window.windowTitle()  # kept for later; the patient's name is not shown now
            self._window.setWindowTitle(QCoreApplication.translate("IdleLock", LOCKED_TITLE))
        return False

    @property
    def title(self) -> str:
        """The covered window's own title."""
        return self._title

    def remove(self) -> None:
        self._window.removeEventFilter(self)
        self._window.setWindowTitle(self._title)
        self.hide()
        self.deleteLater()


class IdleLock(QObject):
    locked_changed = Signal(bool)

    def __init__(self, window, clinic) -> None:
        super().__init__(window)
        self._window, self._clinic = window, clinic
        self._timer = QTimer(self, singleShot=True, interval=DEFAULT_IDLE_MINUTES * 60_000)
        self._timer.timeout.connect(self.lock)
        self._fixed = False  # set_interval was given: the clinic's setting is not read over it
        self._covers: list[Cover] = []
        self.dialog: SignInDialog | None = None
        self.locked_user: User | None = None  # None while locked: signed out, anyone may sign in
        self._watching = False  # the app's events are watched for input (only while it can lock)
        window.events.changed.connect(self._maybe_settings_changed)
        self.read_setting()
        self._restart()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def set_interval(self, msecs: int) -> None:
        """Lock after `msecs` without input, whatever the clinic's setting (for tests)."""
        self._fixed = True
        self._timer.setInterval(msecs)
        self._restart()

    def read_setting(self) -> None:
        """The clinic's idle time, read off the GUI thread."""
        if self._fixed:
            return
        clinic = self._clinic

        def use(minutes: int) -> None:
            if not self._fixed:
                self._timer.setInterval(minutes * 60_000)
                self._restart()

        self._window.runner.read(lambda: clinic.clinic_settings().idle_lock_minutes, use, lambda _error: None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and not self.locked and self._timer.isActive():
            self._timer.start()  # any input starts the idle time again
        return False

    # locking

    def lock(self, signed_out: bool = False) -> None:
        """Cover every window and ask for a sign-in. Unsaved work stays as it is."""
        if self.locked or self._clinic.user is None:
            return
        self._timer.stop()
        self.locked_user = None if signed_out else self._clinic.user
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        text = self.tr(SIGNED_OUT_COVER if signed_out else LOCKED_COVER)
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.isWindow() and not isinstance(w, QMenu | SignInDialog)
        ]
        self._covers = [Cover(w, text) for w in windows if w.findChild(Cover) is None]
        if signed_out:
            intro = self.tr("Signed out. Sign in to see the clinic's patients.")
            name = ""
        else:
            name = self.locked_user.name
            intro = self.tr(
                "ptplanner locked itself after a while without input. {name}, type your password to "
                "go on where you were. Someone else may sign in instead: your unsaved program is "
                "saved first.",
            ).format(name=isolated(name))
        dialog = SignInDialog(
            self._clinic, self._window.runner, self._window, intro=intro, name=name, can_quit=False
        )
        dialog.setObjectName("lockDialog")
        dialog.signed_in.connect(self._signed_in)
        self.dialog = dialog
        dialog.open()
        self.locked_changed.emit(True)

    def sign_out(self) -> None:
        """File > Sign out: save the program, close the patient, lock for anyone."""
        status = self._window.statusBar()
        self._save_work_then(
            lambda: (self._window.user_changed(), self.lock(signed_out=True)),
            lambda message: status.showMessage(self.tr("Not signed out: {message}").format(message=message)),
        )

    def _signed_in(self, user: User) -> None:
        if self.locked_user is not None and user.name == self.locked_user.name:
            self._unlock()  # the same user goes on where they were
            return
        first = isolated(self.locked_user.name) if self.locked_user else ""
        still_open = [cover.title for cover in self._covers if cover.parent() is not self._window]
        if still_open:  # their work in it could be lost, and the next user would see it
            self.dialog.show_problem(
                self.tr(
                    "{name} still has {windows} open. {name} must sign in to finish or close it before "
                    "someone else can sign in.",
                ).format(name=first, windows=", ".join(still_open))
            )
            return
        self._save_work_then(
            lambda: self._hand_over(user),
            lambda message: self.dialog.show_problem(
                self.tr(
                    "{name}'s unsaved program could not be saved, so it is kept and {name} must sign in "
                    "to deal with it. {message}",
                ).format(name=first, message=message)
            ),
        )

    def _hand_over(self, user: User) -> None:
        from ptplanner.app.accounts import switch_user

        switch_user(self._clinic, user)
        self._window.user_changed()  # the last user's patient closed, the list read again for this role
        self._unlock()

    def _unlock(self) -> None:
        for cover in self._covers:
            cover.remove()
        self._covers = []
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.accept()
            dialog.deleteLater()
        self.locked_user = None
        show_signed_in(self._window)
        self._restart()
        self.locked_changed.emit(False)

    def _save_work_then(self, proceed: Callable[[], None], failed: Callable[[str], None]) -> None:
        """Store the assessment being typed and the unsaved program, as the user still signed in, then
        `proceed`; `failed` gets why the program was not saved (it stays in the window, unsaved)."""
        window = self._window
        document = window.document
        if document is None:
            proceed()
            return

        def not_saved(message: str) -> None:
            document.save_failed.disconnect(not_saved)
            failed(message)

        def saved() -> None:
            document.save_failed.disconnect(not_saved)
            proceed()

        def save_program() -> None:
            if not document.is_modified():
                proceed()
                return
            document.save_failed.connect(not_saved)
            document.save(then=saved)

        window.progress_controller.assessment.save_then(save_program)

    def _restart(self) -> None:
        if self._clinic.user is not None and not self.locked:
            self._watch_input()
            self._timer.start()

    def _watch_input(self) -> None:
        """Watch every event of the app for input, from the first time it can lock (with sign-in off,
        never): each event then calls into Python, which slowed the window while work ran beside it."""
        if not self._watching:
            QApplication.instance().installEventFilter(self)
            self._watching = True

    def _maybe_settings_changed(self, changes) -> None:
        from ptplanner.app.changes import Changed

        if any(change.what is Changed.SETTINGS for change in changes):
            self.read_setting()
