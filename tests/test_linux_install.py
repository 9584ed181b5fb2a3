"""install.sh and uninstall.sh from the Linux archive, run against a temporary home on a small fake
bundle: where things go, updating in place, and that the data folder is never touched."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the Linux installer scripts")


def make_archive(folder: Path, version: str) -> Path:
    """An unpacked archive as packaging/build.sh lays it out, with a shell script for the program."""
    for name in ("install.sh", "uninstall.sh", "install-paths.sh", "ptplanner.desktop"):
        shutil.copy(LINUX / name, folder / name)
    (folder / "icons").mkdir()
    for icon in ("ptplanner.svg", "ptplanner-16.png", "ptplanner-256.png"):
        shutil.copy(ROOT / "assets" / "icons" / icon, folder / "icons")
    (folder / "ptplanner" / "_internal").mkdir(parents=True)
    (folder / "ptplanner" / "_internal" / "library.so").write_text(version)
    program = folder / "ptplanner" / "ptplanner"
    program.write_text(f'#!/bin/sh\necho "ptplanner {version} $*"\n')
    program.chmod(0o755)
    (folder / "VERSION").write_text(version + "\n")
    return folder


def run(script: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PTPLANNER_"))}
    environ |= {"HOME": str(home), **env}
    return subprocess.run(["sh", str(script), *args], env=environ, capture_output=True, text=True, timeout=60)


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    data = home / ".local" / "share" / "ptplanner"
    data.mkdir(parents=True)
    (data / "ptplanner.db").write_bytes(b"the clinic's patients")
    (data / "backups").mkdir()
    (data / "backups" / "ptplanner-2026-12-01-080000.db").write_bytes(b"a backup")
    return home


def data_files(home: Path) -> dict[str, bytes]:
    data = home / ".local" / "share" / "ptplanner"
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}


def archive(tmp_path: Path, version: str) -> Path:
    folder = tmp_path / f"ptplanner-{version}"
    folder.mkdir()
    return make_archive(folder, version)


def test_user_install_puts_the_program_launcher_menu_entry_and_icons_under_local(tmp_path, home):
    before = data_files(home)
    done = run(archive(tmp_path, "1.0") / "install.sh", home, "--user")
    assert done.returncode == 0, done.stderr
    app = home / ".local" / "opt" / "ptplanner"
    launcher = home / ".local" / "bin" / "ptplanner"
    assert subprocess.run([str(launcher), "demo"], capture_output=True, text=True).stdout == "ptplanner 1.0 demo\n"
    entry = (home / ".local" / "share" / "applications" / "ptplanner.desktop").read_text()
    assert f"Exec={app}/ptplanner/ptplanner\n" in entry and "Icon=ptplanner" in entry and "@" not in entry
    icons = home / ".local" / "share" / "icons" / "hicolor"
    assert (icons / "16x16" / "apps" / "ptplanner.png").is_file()
    assert (icons / "256x256" / "apps" / "ptplanner.png").is_file()
    assert (icons / "scalable" / "apps" / "ptplanner.svg").is_file()
    assert (app / "uninstall.sh").is_file() and (app / "install-paths.sh").is_file()
    assert str(app) in done.stdout and "uninstall.sh" in done.stdout
    assert data_files(home) == before
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(icons.parent.parent / "applications" / "ptplanner.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_installing_a_new_version_replaces_the_old_one_and_keeps_the_data(tmp_path, home):
    before = data_files(home)
    assert run(archive(tmp_path, "1.0") / "install.sh", home, "--user").returncode == 0
    done = run(archive(tmp_path, "2.0") / "install.sh", home, "--user")
    assert done.returncode == 0, done.stderr
    app = home / ".local" / "opt" / "ptplanner"
    assert (app / "ptplanner" / "_internal" / "library.so").read_text() == "2.0"
    assert subprocess.run([str(home / ".local" / "bin" / "ptplanner")], capture_output=True, text=True).stdout.startswith(
        "ptplanner 2.0"
    )
    assert sorted(p.name for p in app.parent.iterdir()) == ["ptplanner"]  # no .new or .old left behind
    assert data_files(home) == before


def test_uninstall_removes_everything_installed_and_never_the_data(tmp_path, home):
    before = data_files(home)
    assert run(archive(tmp_path, "1.0") / "install.sh", home, "--user").returncode == 0
    done = run(home / ".local" / "opt" / "ptplanner" / "uninstall.sh", home, "--user")
    assert done.returncode == 0, done.stderr
    assert "Your data is still in" in done.stdout
    local = home / ".local"
    assert not (local / "opt" / "ptplanner").exists()
    assert not (local / "bin" / "ptplanner").exists()
    assert not (local / "share" / "applications" / "ptplanner.desktop").exists()
    assert not list((local / "share" / "icons").rglob("ptplanner*"))
    assert data_files(home) == before


def test_the_installed_uninstall_removes_the_install_it_came_with_without_options(tmp_path, home):
    """Run as root (as the tests are here) or not, it removes the user's install, not /opt's."""
    assert run(archive(tmp_path, "1.0") / "install.sh", home, "--user").returncode == 0
    done = run(home / ".local" / "opt" / "ptplanner" / "uninstall.sh", home)
    assert done.returncode == 0, done.stderr
    assert not (home / ".local" / "opt" / "ptplanner").exists()
    assert not (home / ".local" / "bin" / "ptplanner").exists()


def test_uninstall_with_nothing_installed_removes_nothing(tmp_path, home):
    before = data_files(home)
    done = run(archive(tmp_path, "1.0") / "uninstall.sh", home, "--user")
    assert done.returncode == 1 and "nothing removed" in done.stderr
    assert data_files(home) == before


def test_install_refuses_a_folder_it_did_not_make(tmp_path, home):
    foreign = home / ".local" / "opt" / "ptplanner"
    foreign.mkdir(parents=True)
    (foreign / "notes.txt").write_text("someone else's")
    done = run(archive(tmp_path, "1.0") / "install.sh", home, "--user")
    assert done.returncode == 1 and "was not made by this installer" in done.stderr
    assert (foreign / "notes.txt").read_text() == "someone else's"


def test_system_install_goes_to_opt_and_usr_local(tmp_path, home):
    root = tmp_path / "root"
    done = run(archive(tmp_path, "1.0") / "install.sh", home, "--system", PTPLANNER_DESTDIR=str(root))
    assert done.returncode == 0, done.stderr
    assert (root / "opt" / "ptplanner" / "ptplanner" / "ptplanner").is_file()
    launcher = (root / "usr" / "local" / "bin" / "ptplanner").read_text()
    assert 'exec "/opt/ptplanner/ptplanner/ptplanner"' in launcher  # the path the installed system sees
    entry = (root / "usr" / "local" / "share" / "applications" / "ptplanner.desktop").read_text()
    assert "Exec=/opt/ptplanner/ptplanner/ptplanner\n" in entry
    assert not (home / ".local" / "opt").exists()
    done = run(root / "opt" / "ptplanner" / "uninstall.sh", home, "--system", PTPLANNER_DESTDIR=str(root))
    assert done.returncode == 0, done.stderr
    assert not [p for p in root.rglob("*") if p.is_file()]


def test_an_unknown_option_is_refused(tmp_path, home):
    done = run(archive(tmp_path, "1.0") / "install.sh", home, "--everyone")
    assert done.returncode == 2 and "unknown option --everyone" in done.stderr
    assert not (home / ".local" / "opt").exists()
