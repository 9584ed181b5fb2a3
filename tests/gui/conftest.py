from datetime import date

import pytest

from ptplanner.demo import add_demo_clinic
from ptplanner.workspace import Workspace


@pytest.fixture
def empty_workspace(data_dir):
    workspace = Workspace.open(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_workspace(empty_workspace):
    add_demo_clinic(empty_workspace, date.today())
    return empty_workspace
