"""Trustworthy with sensitive data: encryption, back-ups, data rights, and files that must be refused."""

import hashlib
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from commission.errors import PassphraseNeeded, UserError
from commission.services import edits
from commission.services.check import check_database
from commission.services.demo import create_demo
from commission.services.exporter import export_workbook
from commission.services.queries import find_commission, load_commission_data
from commission.services.rights import erase_member, export_member, find_member
from commission.storage import open_database
from commission.storage.backup import BACKUPS_KEPT, backup_now, list_backups, restore_backup
from tests.locking import held_locked

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "userdata"))


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def checkpoint(db):
    with db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# --- encryption at rest ---


@pytest.fixture
def encrypted(tmp_path):
    path = tmp_path / "secret.db"
    db = open_database(path, passphrase="correct horse battery", encrypt=True)
    create_demo(db)
    yield db
    db.dispose()


def secrets_of(db):
    data = load_commission_data(db, find_commission(db).id)
    return [m.display_name for m in data.members] + [q.text for q in data.quotes]


def test_encrypted_file_holds_no_name_and_no_quote(encrypted):
    secrets = secrets_of(encrypted)
    checkpoint(encrypted)
    encrypted.dispose()
    raw = encrypted.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for secret in secrets:
        assert secret.encode() not in raw
        assert secret.split()[0].encode() not in raw or len(secret.split()[0]) < 5


def test_passphrase_is_needed_and_a_wrong_one_is_refused(encrypted):
    encrypted.dispose()
    before = digest(encrypted.path)
    with pytest.raises(PassphraseNeeded):
        open_database(encrypted.path)
    with pytest.raises(UserError, match="passphrase does not open"):
        open_database(encrypted.path, passphrase="wrong")
    assert digest(encrypted.path) == before
    again = open_database(encrypted.path, passphrase="correct horse battery")
    assert again.encrypted and find_commission(again).name.startswith("Cwm Taf")
    again.dispose()


def test_exports_and_backups_of_an_encrypted_database_stay_encrypted(encrypted, tmp_path):
    secrets = secrets_of(encrypted)
    exported = export_workbook(encrypted, tmp_path / "copy.xlsx")
    backup = backup_now(encrypted)
    member = load_commission_data(encrypted, 1).members[0]
    theirs = export_member(encrypted, member.id, tmp_path / "theirs.xlsx")
    assert theirs.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # an Office container: protected
    assert export_member(encrypted, member.id, tmp_path / "to-give.xlsx", plain=True).read_bytes()[:2] == b"PK"
    for path in (exported, backup, theirs):
        raw = path.read_bytes()
        assert not any(secret.encode() in raw for secret in secrets), path.name
    with pytest.raises(UserError, match="open it with its passphrase"):
        open_database(backup)
    with pytest.raises(UserError, match=r"encrypted: export to an \.xlsx"):
        export_workbook(encrypted, tmp_path / "folder")
    plain = export_workbook(encrypted, tmp_path / "plain.xlsx", plain=True)
    assert plain.read_bytes()[:2] == b"PK"


# --- back-ups ---


def test_rolling_backups_keep_the_newest_ten(sqlite_demo):
    taken = [backup_now(sqlite_demo) for _ in range(BACKUPS_KEPT + 3)]
    kept = list_backups(sqlite_demo)
    assert len(kept) == BACKUPS_KEPT
    assert kept[0].path == taken[-1] and taken[0] not in [b.path for b in kept]


def test_restore_brings_back_the_backup_and_keeps_the_current_aside(sqlite_demo):
    backup = backup_now(sqlite_demo)
    action = load_commission_data(sqlite_demo, 1).actions[0]
    edits.edit(sqlite_demo, "action", action.id, {"title": "Changed after the back-up"})
    sqlite_demo.dispose()
    aside = restore_backup(sqlite_demo.path, backup)
    restored = open_database(sqlite_demo.path)
    assert load_commission_data(restored, 1).actions[0].title == action.title
    kept = open_database(aside)
    assert load_commission_data(kept, 1).actions[0].title == "Changed after the back-up"
    assert check_database(restored) == []
    restored.dispose()
    kept.dispose()


def test_restore_while_a_window_has_the_database_open_keeps_what_it_writes_next(sqlite_demo):
    """The command line restores while the app holds the database open: the app's next read sees the back-up,
    and what it writes after the restore is kept (a file copied over it, its write-ahead log deleted, lost it)."""
    backup = backup_now(sqlite_demo)
    actions = load_commission_data(sqlite_demo, 1).actions
    edits.edit(sqlite_demo, "action", actions[0].id, {"title": "Changed after the back-up"})
    aside = restore_backup(sqlite_demo.path, backup)  # sqlite_demo stays open, as a window's would
    assert load_commission_data(sqlite_demo, 1).actions[0].title == actions[0].title
    edits.edit(sqlite_demo, "action", actions[1].id, {"title": "Written after the restore"})
    sqlite_demo.dispose()
    reopened = open_database(sqlite_demo.path)
    titles = [a.title for a in load_commission_data(reopened, 1).actions]
    assert titles[:2] == [actions[0].title, "Written after the restore"]
    assert check_database(reopened) == []
    reopened.dispose()
    kept = open_database(aside)
    assert load_commission_data(kept, 1).actions[0].title == "Changed after the back-up"
    kept.dispose()


def test_restore_is_refused_calmly_while_a_change_is_being_saved(sqlite_demo):
    backup = backup_now(sqlite_demo)
    writer = sqlite3.connect(sqlite_demo.path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE actions SET title = 'being saved' WHERE id = 1")
    with pytest.raises(UserError, match="busy saving a change"):
        restore_backup(sqlite_demo.path, backup)
    writer.commit()
    writer.close()
    assert "being saved" in [a.title for a in load_commission_data(sqlite_demo, 1).actions]


def test_restore_into_an_open_encrypted_database_through_sqlite(encrypted):
    """An encrypted back-up is written into the encrypted database a window holds open (SQLCipher's
    backup API, keyed with the passphrase); a wrong passphrase is refused in one line, nothing changed."""
    phrase = "correct horse battery"
    backup = backup_now(encrypted)
    actions = load_commission_data(encrypted, 1).actions
    edits.edit(encrypted, "action", actions[0].id, {"title": "Changed after the back-up"})
    checkpoint(encrypted)
    before = digest(encrypted.path)
    with pytest.raises(UserError) as refused:
        restore_backup(encrypted.path, backup, passphrase="wrong")
    assert str(refused.value) == f"That passphrase does not open {backup.name}; nothing was changed. Try again."
    assert digest(encrypted.path) == before
    assert load_commission_data(encrypted, 1).actions[0].title == "Changed after the back-up"

    aside = restore_backup(encrypted.path, backup, passphrase=phrase)  # encrypted stays open, as a window's would
    assert load_commission_data(encrypted, 1).actions[0].title == actions[0].title
    edits.edit(encrypted, "action", actions[1].id, {"title": "Written after the restore"})
    secrets = secrets_of(encrypted)
    checkpoint(encrypted)
    encrypted.dispose()
    raw = encrypted.path.read_bytes()
    assert raw[:16] != b"SQLite format 3\x00" and not any(s.encode() in raw for s in secrets)
    with pytest.raises(PassphraseNeeded):
        open_database(encrypted.path)
    reopened = open_database(encrypted.path, passphrase=phrase)
    assert [a.title for a in load_commission_data(reopened, 1).actions][:2] == [
        actions[0].title,
        "Written after the restore",
    ]
    assert check_database(reopened) == []
    reopened.dispose()
    kept = open_database(aside, passphrase=phrase)
    assert load_commission_data(kept, 1).actions[0].title == "Changed after the back-up"
    kept.dispose()


def test_restore_refuses_something_that_is_not_a_backup(sqlite_demo, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("nothing to see")
    sqlite_demo.dispose()
    before = digest(sqlite_demo.path)
    with pytest.raises(UserError):
        restore_backup(sqlite_demo.path, junk)
    assert digest(sqlite_demo.path) == before


def test_backup_is_consistent_while_another_connection_writes(sqlite_demo):
    writer = sqlite3.connect(sqlite_demo.path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE actions SET title = 'uncommitted' WHERE id = 1")
    backup = backup_now(sqlite_demo)
    writer.rollback()
    writer.close()
    copy = open_database(backup)
    assert "uncommitted" not in [a.title for a in load_commission_data(copy, 1).actions]
    copy.dispose()


# --- data rights ---


def test_member_export_holds_everything_about_them(sqlite_demo, tmp_path):
    import openpyxl

    cid = find_commission(sqlite_demo).id
    data = load_commission_data(sqlite_demo, cid)
    member = next(m for m in data.members if m.email)
    own_quotes = [q.text for q in data.quotes if q.member_id == member.id]
    out = export_member(sqlite_demo, member.id, tmp_path / "theirs.xlsx")
    book = openpyxl.load_workbook(out, read_only=True)
    cells = {str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row if c is not None}
    assert member.display_name in cells and member.email in cells
    assert set(own_quotes) <= cells


@pytest.mark.parametrize("choice", ["remove", "anonymise"])
def test_erasure_removes_details_and_handles_quotes_as_chosen(sqlite_demo, choice):
    cid = find_commission(sqlite_demo).id
    member_id = find_member(sqlite_demo, cid, "M01")
    edits.edit(sqlite_demo, "member", member_id, {"phone": "01443 000999", "pseudonym": "Seren"})
    before = load_commission_data(sqlite_demo, cid)
    member = next(m for m in before.members if m.id == member_id)
    quotes = [q for q in before.quotes if q.member_id == member_id]
    assert quotes
    erase_member(sqlite_demo, member_id, quotes=choice)
    after = load_commission_data(sqlite_demo, cid)
    erased = next(m for m in after.members if m.id == member_id)
    assert erased.erased and erased.display_name == "Erased member"
    assert (erased.email, erased.phone, erased.pseudonym, erased.accessibility_notes) == ("", "", "", "")
    remaining = {q.id: q for q in after.quotes}
    if choice == "remove":
        assert not any(q.id in remaining for q in quotes)
    else:
        assert all(remaining[q.id].member_id is None for q in quotes)
    trail = edits.history(sqlite_demo, "member", member_id)
    assert trail[-1]["operation"] == "erase"
    dump = "\n".join(sqlite3.connect(sqlite_demo.path).iterdump())
    for secret in (member.display_name, "01443 000999", "Seren"):
        assert secret not in dump
    assert check_database(sqlite_demo) == []


# --- files that must be refused, untouched ---


def test_locked_database_is_refused_untouched(sqlite_demo):
    sqlite_demo.dispose()
    with held_locked(sqlite_demo.path):
        before = digest(sqlite_demo.path)
        with pytest.raises(UserError, match="locked by another program"):
            open_database(sqlite_demo.path)
        assert digest(sqlite_demo.path) == before


def _mount(*args):
    done = subprocess.run(["mount", *args], capture_output=True)
    if done.returncode != 0:
        pytest.fail(f"mount {' '.join(args)} failed: {done.stderr.decode().strip()}")


def test_read_only_database_is_refused_untouched(tmp_path, capsys):
    from commission.cli import main

    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "readonly.db"
    db = open_database(path)
    create_demo(db)
    checkpoint(db)
    db.dispose()
    before = digest(path)
    # A read-only file system refuses writes even to root (as on a locked-down share or a CD).
    _mount("--bind", str(folder), str(folder))
    try:
        _mount("-o", "remount,ro,bind", str(folder))
        assert main(["check", "--db", str(path)]) == 1
        err = capsys.readouterr().err
        assert "read-only" in err and err.count("\n") == 1
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
    assert digest(path) == before


def test_damaged_database_fails_its_integrity_check_and_is_untouched(tmp_path):
    path = tmp_path / "damaged.db"
    db = open_database(path)
    create_demo(db)
    with db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        c.exec_driver_sql("PRAGMA journal_mode=DELETE")
        page_size = c.exec_driver_sql("PRAGMA page_size").scalar()
        pages = c.exec_driver_sql("PRAGMA page_count").scalar()
    db.dispose()
    data = bytearray(path.read_bytes())
    middle = (pages // 2) * page_size
    data[middle : middle + page_size] = bytes(range(256)) * (page_size // 256)
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(UserError, match="damaged"):
        open_database(path)
    assert digest(path) == before


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 4 MB file system, so a growing database meets a full disk."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.fail(f"cannot mount a small file system for the full-disk test: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_during_an_edit_leaves_the_database_as_it_was(tiny_disk):
    db = open_database(tiny_disk / "full.db")
    create_demo(db)
    commitment = load_commission_data(db, 1).commitments[0]
    before = load_commission_data(db, 1)
    filler = tiny_disk / "filler"
    try:
        with filler.open("wb", buffering=0) as handle:  # take what is left of the disk
            while True:
                handle.write(b"\0" * 4096)
    except OSError:
        pass
    with pytest.raises(UserError, match="disk is full"):
        edits.log_update(
            db, commitment.id, date=date(2026, 11, 1), status="in progress", note="A long report. " * 2_000
        )  # within a field's 32,767 characters
    filler.unlink()
    after = load_commission_data(db, 1)
    assert len(after.updates) == len(before.updates)
    assert check_database(db) == []
    db.dispose()


def test_check_spots_a_change_that_bypassed_the_audit_trail(sqlite_demo):
    action = load_commission_data(sqlite_demo, 1).actions[0]
    edits.edit(sqlite_demo, "action", action.id, {"title": "Audited title"})
    assert check_database(sqlite_demo) == []
    with sqlite_demo.transaction() as s:
        s.execute(text("UPDATE actions SET title = 'changed behind the trail' WHERE id = :id"), {"id": action.id})
    assert any("audit trail" in p for p in check_database(sqlite_demo))
