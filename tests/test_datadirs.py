from pathlib import Path

import platformdirs

from ptplanner.datadirs import data_dir, network_filesystem

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//server/clinic /mnt/clinic cifs rw,vers=3.0 0 0
server:/export /srv/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/clinic/local ext4 rw 0 0
"""


def test_data_dir_precedence(monkeypatch, tmp_path):
    monkeypatch.delenv("PTPLANNER_DATA_DIR", raising=False)
    assert data_dir() == Path(platformdirs.user_data_dir("ptplanner", appauthor=False))
    monkeypatch.setenv("PTPLANNER_DATA_DIR", str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"


def test_network_shares_are_recognised():
    assert network_filesystem(Path("/mnt/clinic/ptplanner"), MOUNTS) == "cifs"
    assert network_filesystem(Path("/srv/nfs"), MOUNTS) == "nfs4"
    assert network_filesystem(Path("/mnt/clinic/local/ptplanner"), MOUNTS) is None  # deeper local mount wins
    assert network_filesystem(Path("/mnt/clinicians"), MOUNTS) is None  # a prefix is not a parent
    assert network_filesystem(Path("/home/pt"), MOUNTS) is None
