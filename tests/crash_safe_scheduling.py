"""`pytest -n auto --dist loadgroup` that ends when a worker crashes, instead of hanging.

pytest-xdist (3.8) replaces a worker that dies (a segmentation fault in Qt, say) and reports the test it
died on as failed. Under loadgroup its scheduler then hung the run for good, until CI's time limit:
- the dead worker's groups went back on the queue whole, the ones it had finished too, and a worker sent
  a finished group is given no test, so it never asks for more;
- a worker is only handed its first test once it holds a second (or is told there are no more), and a
  new worker given a group of one test waited for that second test forever;
- the test the worker died on went back on the queue, to take the next worker down with it.
This scheduler puts back only the tests not run, never the one that crashed, and gives a worker at
least two tests or tells it there are no more. tests/test_crash_safe_scheduling.py crashes a worker.
It relies on the scheduler's internals, so pyproject.toml takes pytest-xdist below 3.9 until a newer
release is checked against that test.
"""

from __future__ import annotations

import pytest
from xdist.scheduler import LoadGroupScheduling

TESTS_A_WORKER_HOLDS = 2  # a worker runs its first test once it has the next (xdist/remote.py)


class CrashSafeGroupScheduling(LoadGroupScheduling):
    def remove_node(self, node) -> str | None:
        """Forget a worker that finished or died; for one that died, queue again the tests it had not
        started and return the one it died on."""
        workload = self.assigned_work.pop(node)
        unfinished = {group: tests for group, tests in workload.items() if not all(tests.values())}
        if not unfinished:
            return None
        # A worker runs its tests in the order given: the first not finished is the one it died on.
        crashed = next(test for tests in unfinished.values() for test, done in tests.items() if not done)
        for tests in unfinished.values():
            tests.pop(crashed, None)
        self.workqueue.update((group, tests) for group, tests in unfinished.items() if tests)
        for other in self.assigned_work:
            self._reschedule(other)
        return crashed

    def _reschedule(self, node) -> None:
        if node.shutting_down:
            return
        if not self.workqueue:
            node.shutdown()
            return
        if self._pending_of(self.assigned_work[node]) > TESTS_A_WORKER_HOLDS:
            return
        self._assign_work_unit(node)
        while self.workqueue and self._pending_of(self.assigned_work[node]) < TESTS_A_WORKER_HOLDS:
            self._assign_work_unit(node)
        if not self.workqueue and self._pending_of(self.assigned_work[node]) < TESTS_A_WORKER_HOLDS:
            node.shutdown()  # its last test runs now, rather than waiting for a next that will not come


@pytest.hookimpl(optionalhook=True, tryfirst=True)  # before xdist's own, which answers too
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") == "loadgroup":
        return CrashSafeGroupScheduling(config, log)
    return None
