"""Where ptplanner keeps its data, from one place: --data-dir, then PTPLANNER_DATA_DIR, then the OS default."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ptplanner"
DATA_DIR_ENV = "PTPLANNER_DATA_DIR"
DATABASE_URL_ENV = "PTPLANNER_DATABASE_URL"
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "afs", "9p", "fuse.sshfs", "davfs", "ncpfs"}


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def create_private_folder(folder: Path) -> None:
    """Create the data folder readable by this user only (patients' records), if it is not there yet,
    and any missing folders above it the same way. A folder that exists keeps its mode."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=0o700)
        except FileExistsError:  # made by another copy of ptplanner meanwhile
            continue
        created.chmod(0o700)  # mkdir's mode is reduced by the umask; 0700 whatever it is


def database_url_override(override: str | None = None) -> str | None:
    """A client/server database URL (PostgreSQL) given on the command line or in the environment."""
    return override or os.environ.get(DATABASE_URL_ENV) or None


def network_filesystem(path: Path, mounts_table: str | None = None) -> str | None:
    """The file-system type if `path` is on a network share (SQLite corrupts there), else None.

    Reads /proc/mounts, so it only answers on Linux; elsewhere it returns None.
    """
    if mounts_table is None:
        try:
            mounts_table = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return None
    mounts = mounts_table.splitlines()
    target = str(path.resolve())
    best, best_type = "", None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type if best_type in NETWORK_FILESYSTEMS else None
