"""Sets of output files (update returns, review packs): names only from cleaned text, never outside the chosen
folder, never colliding, the set whole or not at all, and nothing left behind by a run that failed or was
killed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from commission import files
from commission.cli import main
from commission.errors import UserError
from commission.services import edits
from commission.services import returns as returns_module
from commission.services import reviews as rv
from commission.services.queries import find_commission, load_commission_data
from commission.services.returns import write_returns

AS_OF = date(2026, 11, 22)


def data_of(db):
    return load_commission_data(db, find_commission(db).id)


def add_organisation(db, ref: str, name: str) -> int:
    data = data_of(db)
    org = edits.create(db, "organisation", {"commission_id": data.commission.id, "ref": ref, "name": name})
    edits.create(
        db,
        "commitment",
        {
            "commission_id": data.commission.id,
            "action_id": data.actions[0].id,
            "organisation_id": org["id"],
            "pledge": f"A pledge by {ref}",
        },
    )
    return org["id"]


def organisation_in(path: Path) -> str:
    sheet = openpyxl.load_workbook(path)["Return"]
    return dict(sheet.iter_rows(min_row=2, values_only=True))["organisation_ref"]


def everything_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


def test_a_name_that_cleans_to_nothing_never_falls_back_on_the_raw_ref(sqlite_demo, tmp_path):
    outside = tmp_path / "victim.xlsx"
    outside.write_bytes(b"precious")
    add_organisation(sqlite_demo, str(tmp_path / "victim"), "///")  # an absolute ref
    add_organisation(sqlite_demo, "../../victim", "...")
    add_organisation(sqlite_demo, "NUL", "con")
    out = tmp_path / "deep" / "returns"
    before = everything_under(tmp_path)
    paths = write_returns(sqlite_demo, out, as_of=AS_OF)
    assert outside.read_bytes() == b"precious"
    assert all(p.parent == out for p in paths)
    assert everything_under(tmp_path) - before == {tmp_path / "deep", out, *paths}
    names = sorted(p.name for p in paths if organisation_in(p) in (str(tmp_path / "victim"), "../../victim", "NUL"))
    assert names == [
        "con (file) - update return.xlsx",
        "organisation (2) - update return.xlsx",
        "organisation - update return.xlsx",
    ]


def test_two_organisations_with_the_same_name_get_their_own_return(sqlite_demo, tmp_path):
    add_organisation(sqlite_demo, "ORG-A", "Valleys Housing")
    add_organisation(sqlite_demo, "ORG-B", "valleys housing")  # the same on a case-blind file system
    paths = write_returns(sqlite_demo, tmp_path, as_of=AS_OF)
    ours = {p.name: organisation_in(p) for p in paths if p.name.lower().startswith("valleys housing")}
    assert len(ours) == 2 and sorted(ours.values()) == ["ORG-A", "ORG-B"]
    assert len({n.casefold() for n in ours}) == 2


def test_a_missing_folder_is_made_and_a_file_in_the_way_is_one_plain_error(sqlite_demo, tmp_path, capsys):
    assert write_returns(sqlite_demo, tmp_path / "a" / "b", as_of=AS_OF)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="it is a file, not a folder"):
        write_returns(sqlite_demo, blocker, as_of=AS_OF)
    assert main(["returns", "--db", str(sqlite_demo.path), "--out", str(blocker / "sub")]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_the_set_is_written_whole_or_not_at_all(sqlite_demo, tmp_path, monkeypatch):
    out = tmp_path / "returns"
    first = write_returns(sqlite_demo, out, as_of=AS_OF)
    earlier = {p: p.read_bytes() for p in first}
    real = returns_module._write_return
    count = {"n": 0}

    def fails_on_the_third(path, *args):
        count["n"] += 1
        if count["n"] == 3:
            raise OSError(28, "No space left on device")
        real(path, *args)

    monkeypatch.setattr(returns_module, "_write_return", fails_on_the_third)
    with pytest.raises(UserError, match=r"No space left on device\. Nothing was saved"):
        write_returns(sqlite_demo, out, as_of=date(2026, 12, 1))
    assert {p: p.read_bytes() for p in out.iterdir()} == earlier  # the old set, untouched; no temp left

    monkeypatch.setattr(returns_module, "_write_return", real)
    real_replace, moves = os.replace, {"n": 0}

    def fails_on_the_third_move(src, dst):
        if str(dst).endswith("update return.xlsx") and Path(src).parent.name != ".aside":
            moves["n"] += 1
            if moves["n"] == 3:
                raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fails_on_the_third_move)
    with pytest.raises(UserError, match=r"Input/output error\. Nothing was saved"):
        write_returns(sqlite_demo, out, as_of=date(2026, 12, 1))
    assert {p: p.read_bytes() for p in out.iterdir()} == earlier  # the two moved are put back as they were


def test_review_packs_for_an_unknown_round_make_no_folder(sqlite_demo, tmp_path, capsys):
    out = tmp_path / "packs"
    assert main(["review", "packs", "--db", str(sqlite_demo.path), "--round", "99", "--out", str(out)]) == 1
    assert not out.exists()
    assert "review round" in capsys.readouterr().err


def test_review_packs_are_a_whole_set_with_clean_names(sqlite_demo, tmp_path):
    data = data_of(sqlite_demo)
    panel = [mb for mb in data.members if mb.role == "community"][:3]
    round_id = rv.create_round(
        sqlite_demo,
        data.commission.id,
        "R",
        [rv.ItemSpec("insight", data.insights[0].id)],
        [mb.id for mb in panel],
        asked_on=date(2026, 3, 1),
    )
    out = tmp_path / "packs"
    assert main(["review", "packs", "--db", str(sqlite_demo.path), "--round", str(round_id), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"review pack {mb.ref}.pdf" for mb in panel)


def test_safe_names():
    assert files.safe_name("../../etc/passwd") == "etc passwd"
    assert files.safe_name("/") == "file" and files.safe_name("..", "fallback") == "fallback"
    assert files.safe_name("COM1.txt") == "COM1.txt (file)"
    assert files.unique_names(["A", "a", "A"], ".pdf") == ["A.pdf", "a (2).pdf", "A (3).pdf"]


KILLED = textwrap.dedent("""
    import os, sys
    from datetime import date
    from commission.services import returns
    from commission.storage import open_database

    real, count = returns._write_return, [0]
    def dies_half_way(path, *args):
        count[0] += 1
        if count[0] == 3:
            path.write_bytes(b"")  # a 0-byte file, and a half-written set
            os._exit(9)  # as SIGKILL would: no finally, no clean-up
        real(path, *args)
    returns._write_return = dies_half_way
    returns.write_returns(open_database(sys.argv[1]), sys.argv[2], as_of=date(2026, 11, 22))
""")


def test_a_killed_run_leaves_only_names_the_next_run_sweeps(sqlite_demo, tmp_path):
    out = tmp_path / "returns"
    out.mkdir()
    (out / "mine.txt").write_text("the coordinator's own file")
    sqlite_demo.dispose()
    done = subprocess.run(
        [sys.executable, "-c", KILLED, str(sqlite_demo.path), str(out)], capture_output=True, check=False, timeout=300
    )
    assert done.returncode == 9, done.stderr.decode()
    left = [p for p in out.iterdir() if p.name != "mine.txt"]
    assert left and all(
        p.name.startswith(files.PREFIX) and p.name.endswith(files.SUFFIX) for p in left
    )  # nothing where the coordinator looks for returns: only our temp names
    assert not any(p.name.endswith("update return.xlsx") for p in out.iterdir())

    paths = write_returns(sqlite_demo, out, as_of=AS_OF)
    assert sorted(out.iterdir()) == sorted([*paths, out / "mine.txt"])
    assert all(p.stat().st_size > 0 for p in paths)


def test_sweep_keeps_what_a_live_run_is_writing(tmp_path):
    live = tmp_path / f"{files.PREFIX}{os.getpid()}-x-abc{files.SUFFIX}"
    live.write_text("")
    gone = tmp_path / f"{files.PREFIX}999999999-x-abc{files.SUFFIX}"
    gone.mkdir()
    other = tmp_path / ".commission-notes.part"  # not ours: no pid
    other.write_text("")
    assert files.sweep(tmp_path) == 1
    assert live.exists() and other.exists() and not gone.exists()


def test_head_of_reads_a_files_first_bytes_and_nothing_else(tmp_path):
    head_of = files.head_of
    book = tmp_path / "book.xlsx"
    book.write_bytes(b"PK\x03\x04rest of the file")
    assert head_of(book, 4) == b"PK\x03\x04"
    assert head_of(book, 1000) == b"PK\x03\x04rest of the file"
    (tmp_path / "empty.csv").write_bytes(b"")
    assert head_of(tmp_path / "empty.csv", 4) == b""
    assert head_of(tmp_path / "missing.csv", 4) is None
    assert head_of(tmp_path, 4) is None  # a folder is not a file
