"""Sign-in on the command line (the global --user option) and `ptplanner users ...`. Kept apart from
cli.py, which registers them and asks `signed_in` before running any command."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from contextlib import contextmanager

from ptplanner.cli import EXIT_OK, CommandError, _cell, _opened
from ptplanner.core.roles import Action, Role, User, allowed
from ptplanner.datadirs import data_dir, database_url_override

PASSWORD_ENV = "PTPLANNER_PASSWORD"  # the signing-in user's password (or the first admin's new one)
NEW_PASSWORD_ENV = "PTPLANNER_NEW_PASSWORD"  # a new password, given by a signed-in admin
EXIT_NOT_SIGNED_IN = 2  # not signed in, or the role may not do this

# What each command does, for the role check; None: it reads no clinic data.
COMMAND_ACTIONS: dict[str, Action | None] = {
    "library check": None,
    "library export": Action.EXPORT,
    "library catalog": Action.VIEW_CLINICAL,
    "demo": Action.IMPORT,
    "demo --remove": Action.ERASE,
    "discharge": Action.CHANGE_CLINICAL,
    "readmit": Action.CHANGE_CLINICAL,
    "erase": Action.ERASE,
    "patients": Action.VIEW_CONTACTS,
    "export": Action.EXPORT,
    "import": Action.IMPORT,
    "backup": Action.EXPORT,
    "restore": Action.IMPORT,
    "handout": Action.PRINT_HANDOUT,
    "reprint": Action.REPRINT_HANDOUT,
    "report": Action.VIEW_CLINICAL,
    "logsheet read": Action.VIEW_CLINICAL,
    "audit": Action.READ_AUDIT,
    "audit verify": Action.READ_AUDIT,
    "users add": Action.MANAGE_USERS,
    "users list": Action.MANAGE_USERS,
    "users disable": Action.MANAGE_USERS,
    "users passwd": Action.MANAGE_USERS,
    "users role": Action.MANAGE_USERS,
}


class NotSignedIn(Exception):
    """The command may not run: the message says why, on one line."""


def add_users_parser(commands) -> None:
    users = commands.add_parser("users", help="clinic accounts for sign-in (admins only)")
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an account; the first admin turns sign-in on")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    actions.add_parser("list", help="list the accounts: name, role, enabled or disabled")
    actions.add_parser("disable", help="stop an account from signing in").add_argument("name", metavar="NAME")
    actions.add_parser("passwd", help="set an account's password").add_argument("name", metavar="NAME")
    role = actions.add_parser("role", help="give an account another role (the last admin keeps theirs)")
    role.add_argument("name", metavar="NAME")
    role.add_argument("--role", required=True, choices=[role.value for role in Role])


def signed_in(args: argparse.Namespace, command: str) -> User | None:
    """Check who runs `command`: the signed-in user, or None when sign-in is off. Raises NotSignedIn when
    sign-in is on and the --user, the password or the role do not allow it."""
    from ptplanner.app.accounts import SignIn, SignInRefused, sign_in_before_opening, sign_in_state

    action = COMMAND_ACTIONS[command]
    if action is None:
        return None
    folder, url = data_dir(args.data_dir), database_url_override(args.database_url)
    state = sign_in_state(folder, url, restoring=command == "restore")
    if state is SignIn.OFF:
        if args.signin_user is not None:
            raise NotSignedIn("sign-in is off for this clinic (no admin yet): leave out --user")
        return None
    if state is SignIn.NO_ADMIN:
        if command == "users add" and args.role == Role.ADMIN:
            return None
        raise NotSignedIn("this clinic's database has no admin yet: add one first with "
                          "'ptplanner users add NAME --role admin'")
    if args.signin_user is None:
        raise NotSignedIn("sign-in is on: give --user NAME (the password from the terminal or "
                          f"${PASSWORD_ENV})")
    try:
        user = sign_in_before_opening(folder, url, args.signin_user, lambda: _password("Password: "))
    except SignInRefused as refused:
        raise NotSignedIn(str(refused)) from None
    if not allowed(user.role, action):
        raise NotSignedIn(f"a {user.role.value} account may not run 'ptplanner {command}'")
    return user


def _password(prompt: str) -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise NotSignedIn("no password was given") from None


def _new_password(args: argparse.Namespace) -> str:
    """A new password: from the environment, or typed twice on the terminal."""
    for name in (NEW_PASSWORD_ENV, *(() if args.signed_in_as else (PASSWORD_ENV,))):
        if os.environ.get(name) is not None:
            return os.environ[name]
    try:
        first = getpass.getpass("New password: ")
        again = getpass.getpass("The same password again: ")
    except EOFError:
        raise CommandError("no password was given; nothing was changed") from None
    if first != again:
        raise CommandError("the two passwords differ; nothing was changed")
    return first


def users_add(args: argparse.Namespace) -> int:
    from ptplanner.app.accounts import add_user

    password = _new_password(args)
    with _opened(args, writes=True) as clinic:
        user = add_user(clinic, args.name, Role(args.role), password)
    print(f"Added {_cell(user.name, 60)} ({user.role.value}).")
    if user.role is Role.ADMIN and args.signed_in_as is None:
        print("Sign-in is on: every command now needs --user NAME and its password.")
    return EXIT_OK


def users_list(args: argparse.Namespace) -> int:
    from ptplanner.app.accounts import list_users

    with _opened(args, writes=True) as clinic:
        users = list_users(clinic)
    if not users:
        print("No accounts yet; sign-in is off. 'ptplanner users add NAME --role admin' turns it on.")
        return EXIT_OK
    print(f"{'NAME':<32}  {'ROLE':<10}  {'STATUS':<8}  CREATED")
    for user in users:
        status = "disabled" if user.disabled else "enabled"
        print(f"{_cell(user.name, 32):<32}  {user.role.value:<10}  {status:<8}  "
              f"{user.created_at.astimezone().strftime('%Y-%m-%d')}")
    return EXIT_OK


def users_disable(args: argparse.Namespace) -> int:
    from ptplanner.app.accounts import disable_user

    with _opened(args, writes=True) as clinic:
        user = disable_user(clinic, args.name)
    print(f"Disabled {_cell(user.name, 60)}: it can no longer sign in.")
    return EXIT_OK


def users_role(args: argparse.Namespace) -> int:
    from ptplanner.app.accounts import set_role

    with _opened(args, writes=True) as clinic:
        user = set_role(clinic, args.name, Role(args.role))
    print(f"{_cell(user.name, 60)} is now {user.role.value}.")
    return EXIT_OK


def users_passwd(args: argparse.Namespace) -> int:
    from ptplanner.app.accounts import find_user, set_password

    with _opened(args, writes=True) as clinic:  # an unknown name is refused before a password is asked
        if find_user(clinic, args.name) is None:
            raise CommandError(f"there is no account named {_cell(args.name, 60)!r}")
        set_password(clinic, args.name, _new_password(args))
    print(f"Changed the password of {_cell(args.name, 60)}.")
    return EXIT_OK


def refuse(message: str) -> int:
    print(f"ptplanner: {message}", file=sys.stderr)
    return EXIT_NOT_SIGNED_IN


@contextmanager
def acting_as(user: User | None):
    """Audit rows name `user` (and this workstation) until the block ends; None: the system user."""
    from ptplanner.app.clinic import acting_user

    if user is None:
        yield
        return
    acting_user(user)
    try:
        yield
    finally:
        acting_user(None)  # the operating-system user again
