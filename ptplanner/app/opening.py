"""Opening a clinic by its database URL in two steps, so that the sign-in dialog comes first.

The dialog needs only the database, connected and its schema checked, and whether it needs a sign-in.
The clinic's operations (a third of a second of imports, and the table mappings) are made ready after,
while the dialog waits for typing and argon2 checks the password on another thread: argon2 leaves the
interpreter to them. Nothing here reads a patient; the app attaches the clinic once both are done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ptplanner.app.accounts import SignIn, check_sign_in_on, database_sign_in_state
from ptplanner.core.roles import User
from ptplanner.storage.database import Database, open_database, prepare_queries

if TYPE_CHECKING:
    from ptplanner.app.clinic import Clinic


class OpenDatabase:
    """A clinic's database, open and checked, before its operations are ready (clinic())."""

    def __init__(self, database: Database) -> None:
        self._database = database

    @classmethod
    def open(cls, database_url: str) -> OpenDatabase:
        """Connect and check the schema (bringing it up to date, as Clinic.open does)."""
        return cls(open_database(database_url))

    @property
    def warnings(self) -> list[str]:
        """What the user should know about the database, found when opening (as Clinic.warnings)."""
        return list(self._database.warnings)

    def sign_in_state(self) -> SignIn:
        return database_sign_in_state(self._database)

    def check_sign_in(self, name: str, password: str) -> User:
        """The account, if the name and password match (accounts.check_sign_in), not yet signed in."""
        return check_sign_in_on(self._database, name, password)

    def clinic(self) -> Clinic:
        """The clinic on this database, its queries ready to run: the slow step, on a worker."""
        from ptplanner.app.clinic import Clinic
        from ptplanner.app.workspace import Workspace

        prepare_queries()
        return Clinic(Workspace.on_database(self._database))

    def close(self) -> None:
        """When the app stops before the clinic was made (a quit sign-in); Clinic.close closes it after."""
        self._database.close()
