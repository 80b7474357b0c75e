"""A protected export never puts plain data on the disk, not for a moment: every file the export creates,
anywhere, is traced (Python's audit hooks see every open, rename and removal) and read just before it is
renamed or removed and at the end; none may hold a member's details in the clear, compressed or not."""

from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

import pytest

from commission.services.demo import create_demo
from commission.services.exporter import export_workbook
from commission.services.queries import find_commission, load_commission_data
from commission.services.rights import export_member
from commission.storage import open_database

PASSPHRASE = "correct horse battery"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted Office file is an OLE compound file
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC | getattr(os, "O_TMPFILE", 0)


class Tracer:
    """Every path opened for writing, and the bytes of each file as it is renamed, removed or at the end."""

    def __init__(self):
        self.on = False
        self.created: list[str] = []
        self.seen: dict[str, list[bytes]] = {}

    def __call__(self, event: str, args: tuple) -> None:
        if not self.on:
            return
        if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            path, mode, flags = args[0], args[1] or "", args[2] or 0
            if any(ch in str(mode) for ch in "wax+") or flags & WRITE_FLAGS:
                self.created.append(os.fsdecode(path))
        elif event in ("os.rename", "os.remove") and isinstance(args[0], (str, bytes, os.PathLike)):
            self.read(os.fsdecode(args[0]))

    def read(self, path: str) -> None:
        self.on = False  # our own reading is not the export's writing
        try:
            if os.path.isfile(path):
                self.seen.setdefault(path, []).append(Path(path).read_bytes())
        finally:
            self.on = True


@pytest.fixture(scope="module")
def tracer():
    tracer = Tracer()
    sys.addaudithook(tracer)  # hooks cannot be removed: this one is switched off outside a trace
    return tracer


@pytest.fixture
def encrypted(tmp_path):
    db = open_database(tmp_path / "secret.db", passphrase=PASSPHRASE, encrypt=True)
    create_demo(db)
    yield db
    db.dispose()


def plain_text(content: bytes) -> bytes:
    """The bytes a reader could get back without the passphrase: the file, and inside any zip, its parts."""
    out = [content]
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as book:
            out += [book.read(name) for name in book.namelist()]
    except zipfile.BadZipFile:
        pass
    return b"\n".join(out)


def traced(tracer, work):
    tracer.created.clear()
    tracer.seen.clear()
    tracer.on = True
    try:
        result = work()
    finally:
        tracer.on = False
    for path in set(tracer.created):
        tracer.read(path)
        tracer.on = False
    return result


def assert_nothing_plain(tracer, secrets, out: Path):
    assert tracer.created, "the trace saw nothing: it is not tracing"
    for path in set(tracer.created):
        assert Path(path).parent == out.parent, f"the export wrote outside its folder: {path}"
        for content in tracer.seen.get(path, []):
            assert not content or content.startswith(OLE), f"{path} held plain data"
            readable = plain_text(content)
            for secret in secrets:
                assert secret.encode() not in readable, f"{secret!r} was on the disk in {path}"
    assert out.read_bytes().startswith(OLE)
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")], "temporary files left behind"


def secrets_of(db) -> list[str]:
    data = load_commission_data(db, find_commission(db).id)
    return (
        [m.display_name for m in data.members if len(m.display_name) > 5]
        + [m.email for m in data.members if m.email]
        + [q.text[:30] for q in data.quotes if len(q.text) > 30]
    )


def test_a_protected_full_export_never_writes_plain_data(encrypted, tracer, tmp_path):
    out = tmp_path / "exports" / "backup.xlsx"
    out.parent.mkdir()
    secrets = secrets_of(encrypted)
    traced(tracer, lambda: export_workbook(encrypted, out))
    assert_nothing_plain(tracer, secrets, out)
    import msoffcrypto

    opened = msoffcrypto.OfficeFile(io.BytesIO(out.read_bytes()))
    opened.load_key(password=PASSPHRASE)
    plain = io.BytesIO()
    opened.decrypt(plain)
    assert secrets[0].encode() in plain_text(plain.getvalue())  # it is all there, for the passphrase


def test_a_protected_member_export_never_writes_plain_data(encrypted, tracer, tmp_path):
    from commission.services.rights import find_member

    data = load_commission_data(encrypted, find_commission(encrypted).id)
    member = next(m for m in data.members if m.email)
    out = tmp_path / "member" / "everything.xlsx"
    out.parent.mkdir()
    member_id = find_member(encrypted, data.commission.id, member.ref)
    traced(tracer, lambda: export_member(encrypted, member_id, out))
    assert_nothing_plain(tracer, [member.display_name, member.email], out)
