"""Database.together(): the sessions opened inside are one transaction, committed or rolled back whole."""

import pytest
from sqlalchemy import event
from storage_samples import make_patient

from ptplanner.storage.errors import NotFound
from ptplanner.storage.store import Store


@pytest.fixture
def commits(db):
    counted: list[int] = []
    event.listen(db.engine, "commit", lambda _connection: counted.append(1))
    return counted


def test_sessions_inside_are_one_transaction_seen_by_each_other(db, commits):
    store = Store(db)
    ana, bo = make_patient(name="Ana Ruiz"), make_patient(name="Bo Lind")
    with db.together():
        store.save_patient(ana)
        store.save_patient(bo)
        assert store.get_patient(ana.id).name == "Ana Ruiz"  # another session sees the first one's write
        with db.together():  # nested: still the same transaction
            assert store.get_patient(bo.id).name == "Bo Lind"
    assert len(commits) == 1
    assert {store.get_patient(p.id).name for p in (ana, bo)} == {"Ana Ruiz", "Bo Lind"}


def test_an_error_inside_rolls_back_every_session_in_it(db, commits):
    store = Store(db)
    kept, lost = make_patient(name="Kept Before"), make_patient(name="Lost Inside")
    store.save_patient(kept)
    with pytest.raises(RuntimeError, match="power cut"), db.together():
        store.save_patient(lost)
        raise RuntimeError("power cut")
    assert len(commits) == 1  # the save before the block alone
    assert store.get_patient(kept.id).name == "Kept Before"
    with pytest.raises(NotFound):
        store.get_patient(lost.id)


def test_another_database_inside_keeps_its_own_transactions(db, other_db, commits):
    other_commits: list[int] = []
    event.listen(other_db.engine, "commit", lambda _connection: other_commits.append(1))
    with db.together():
        assert Store(db).list_patients() == []
        Store(other_db).save_patient(make_patient(name="Other Clinic"))
        Store(other_db).save_patient(make_patient(name="Other Again"))
    assert (len(commits), len(other_commits)) == (1, 2)
