"""Files a user points ptplanner at: only regular files are read, never beyond a cap; output files are
written all or nothing, and a failure names the file."""

from __future__ import annotations

import errno
import os
import signal
from pathlib import Path

import pytest

from ptplanner.core.files import UnreadableFile, WriteFailed, atomic_path, read_capped, write_file_atomically


@pytest.fixture
def no_hang():
    """Fail instead of hanging forever should a read wait on a pipe."""
    previous = signal.signal(signal.SIGALRM, lambda *_: pytest.fail("the read hung"))
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def special_files(tmp_path: Path) -> dict[str, Path]:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    folder = tmp_path / "folder.json"
    folder.mkdir()
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    return {"device": Path("/dev/zero"), "link to a device": link, "pipe": fifo, "folder": folder,
            "loop": loop}


def test_only_regular_files_are_read(tmp_path, no_hang):
    for kind, path in special_files(tmp_path).items():
        with pytest.raises(UnreadableFile) as refused:
            read_capped(path, 1024)
        assert str(refused.value).startswith(("not a regular file", "a folder", "a link")), kind
    with pytest.raises(UnreadableFile, match="no such file"):
        read_capped(tmp_path / "missing.json", 1024)


def test_reading_stops_at_the_cap_whatever_the_file_claims(tmp_path):
    path = tmp_path / "data.json"
    path.write_bytes(b"x" * 1000)
    assert read_capped(path, 1000) == b"x" * 1000
    with pytest.raises(UnreadableFile, match="larger than"):
        read_capped(path, 999)
    # /proc files claim a size of 0 and hold more: the cap still holds.
    with pytest.raises(UnreadableFile, match="larger than"):
        read_capped(Path("/proc/self/maps"), 10)


def test_an_output_file_appears_whole_and_private(tmp_path):
    out = tmp_path / "export.json"
    write_file_atomically(out, b"new")
    assert out.read_bytes() == b"new" and (out.stat().st_mode & 0o777) == 0o600
    write_file_atomically(out, b"shared", private=False)
    assert (out.stat().st_mode & 0o777) == 0o666 & ~_umask()
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_a_full_disk_leaves_the_old_file_and_no_temporary_and_names_the_file(tmp_path, monkeypatch, failing):
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"old")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, failing, full)
    if failing == "write":
        monkeypatch.setattr(Path, "write_bytes", lambda self, data: full())
    with pytest.raises(WriteFailed) as failed:
        write_file_atomically(out, b"new")
    assert str(failed.value) == f"Cannot write {out}: the disk is full. Nothing was written."
    monkeypatch.undo()
    assert out.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [out]


def test_a_failure_inside_the_block_removes_the_temporary_file(tmp_path):
    out = tmp_path / "catalog.pdf"
    with pytest.raises(ZeroDivisionError), atomic_path(out) as partial:
        partial.write_bytes(b"half")
        1 / 0  # noqa: B018 - the PDF builder failing half-way
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(WriteFailed, match="its folder does not exist"):
        write_file_atomically(tmp_path / "no" / "x.pdf", b"x")


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def test_an_output_over_a_device_pipe_or_folder_is_refused_and_a_link_keeps_pointing_at_its_file(tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    for target, reason in ((Path("/dev/null"), "not a regular file"), (fifo, "not a regular file"),
                           (tmp_path, "it is a folder")):
        with pytest.raises(WriteFailed, match=reason):
            write_file_atomically(target, b"x")
    assert Path("/dev/null").is_char_device() and fifo.is_fifo()
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_file_atomically(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
