"""Decidim accountability results, both ways (issue 15, item 4)."""

from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from commission import domain
from commission.cli import main
from commission.errors import WorkbookError
from commission.services.decidim import OrganisationNeeded, export_results, recognise
from commission.services.preview import import_file, preview_import
from commission.services.queries import find_commission, load_commission_data
from commission.storage import open_database

AS_OF = date(2026, 11, 22)


def figures_by_ref(db) -> dict:
    """Every figure SPEC's progress rules give, keyed by refs (ids differ between databases)."""
    data = load_commission_data(db, find_commission(db).id)
    f = domain.evaluate(data, AS_OF)
    actions = {a.id: a for a in data.actions}
    commitments = {
        c.ref: (
            actions[c.action_id].ref,
            c.pledge,
            c.pledge_cy,
            c.made_on,
            c.due,
            c.weight,
            r.state,
            r.progress,
            r.latest_status,
            r.latest_update,
        )
        for c in data.commitments
        if (r := f.commitments.get(c.id)) is not None
    }
    return {
        "actions": {
            a.ref: (a.title, a.description, a.title_cy, a.description_cy, round(f.actions[a.id], 6))
            for a in data.actions
            if a.id in f.agreed_actions
        },
        "commitments": commitments,
        "organisations": {
            c.ref: o.ref
            for c in data.commitments
            for o in data.organisations
            if o.id == c.organisation_id and c.id in f.commitments
        },
        "overall": round(f.overall, 6),
        "states": f.states,
    }


def file_hash(path: Path) -> str:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_gives_the_same_actions_commitments_and_progress(demo_db, tmp_path):
    out, _places = export_results(demo_db, tmp_path / "results.csv", as_of=AS_OF)
    assert recognise(out)
    fresh = open_database(tmp_path / "fresh.db")
    try:
        summary = import_file(fresh, out, commission="From Decidim", as_of=AS_OF)
        assert summary.created["Commitments"] > 20
        before, after = figures_by_ref(demo_db), figures_by_ref(fresh)
        assert after == before
        assert set(after["states"].values()) != {0} and after["states"]["done"] and after["states"]["overdue"]
        # and a second import of the same file adds nothing
        again = import_file(fresh, out, as_of=AS_OF)
        assert again.updates_added == 0 and not any(again.created.values())
    finally:
        fresh.dispose()


def test_export_has_decidims_columns_one_result_per_action_and_a_child_per_commitment(demo_db, tmp_path):
    out, _ = export_results(demo_db, tmp_path / "results.csv", as_of=AS_OF)
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    header = text.splitlines()[0].split(";")
    for column in (
        "id",
        "parent/id",
        "title/en",
        "title/cy",
        "description/en",
        "description/cy",
        "start_date",
        "end_date",
        "status/key",
        "status/name/en",
        "progress",
        "weight",
        "external_id",
    ):
        assert column in header
    data = load_commission_data(demo_db, find_commission(demo_db).id)
    f = domain.evaluate(data, AS_OF)
    parents = [r for r in rows if not r["parent/id"]]
    children = [r for r in rows if r["parent/id"]]
    assert len(parents) == len(f.agreed_actions) and len(children) == len(f.commitments)
    ids = {r["id"] for r in parents}
    assert all(r["parent/id"] in ids for r in children)
    assert len({r["id"] for r in rows}) == len(rows)
    by_ref = {c.ref: f.commitments[c.id] for c in data.commitments if c.id in f.commitments}
    for r in children:
        expected = by_ref[r["external_id"]]
        assert r["status/name/en"] == expected.latest_status
        assert (float(r["progress"]) if r["progress"] else None) == expected.progress
    # Welsh: the demo's Welsh titles and pledges are in Decidim's cy columns
    welsh = {a.ref: a.title_cy for a in data.actions} | {c.ref: c.pledge_cy for c in data.commitments}
    assert all(r["title/cy"] == welsh[r["external_id"]] for r in rows)
    assert sum(bool(r["title/cy"]) for r in rows) == len(rows)


def test_export_goes_through_the_privacy_gate(demo_db, tmp_path):
    """A member without named consent, named in a pledge, is shown by their public name."""
    from commission.services import edits

    data = load_commission_data(demo_db, find_commission(demo_db).id)
    people = data.people
    hidden = next(mb for mb in data.members if mb.role == "community" and not people[mb.id].named)
    commitment = data.commitments[0]
    edits.edit(demo_db, "commitment", commitment.id, {"pledge": f"We will meet {hidden.display_name} monthly."})
    out, _ = export_results(demo_db, tmp_path / "results.csv", as_of=AS_OF)
    text = out.read_text(encoding="utf-8-sig")
    assert hidden.display_name not in text
    assert "monthly" in text


# Built from the columns Decidim's own serializer writes: decidim/decidim
# decidim-accountability/lib/decidim/accountability/result_serializer.rb (id, category/id, category/name/<locale>,
# scope/id, scope/name/<locale>, parent/id, title/<locale>, description/<locale>, start_date, end_date, status/id,
# status/key, status/name/<locale>, progress, created_at, url, component/id, proposal_urls), flattened with "/"
# and joined with ";" by decidim-core/lib/decidim/exporters/csv.rb; descriptions are HTML.
DECIDIM_HEADER = (
    "id;category/id;category/name/ca;category/name/en;scope/id;scope/name/ca;scope/name/en;parent/id;"
    "title/ca;title/en;description/ca;description/en;start_date;end_date;status/id;status/key;"
    "status/name/ca;status/name/en;progress;created_at;url;component/id;proposal_urls"
)
DECIDIM_ROWS = [
    (
        "101;;;;;;;;Habitatge;Warm homes;<p>Cases</p>;<p>Every home <strong>warm</strong> by winter.</p>;"
        "2024-01-15;2025-12-31;;;;;40.0;2024-01-10 09:00:00 UTC;https://decidim.example/results/101;7;"
    ),
    (
        "102;;;;;;;101;Aïllament;Insulate 200 council homes;<p>Aïllar</p>;<p>Loft and wall insulation.</p>;"
        "2024-02-01;2025-06-30;3;finished;Finalitzat;Finished;100.0;2024-02-01 10:00:00 UTC;"
        'https://decidim.example/results/102;7;"https://decidim.example/proposals/5, https://decidim.example/proposals/9"'
    ),
    (
        "103;;;;;;;101;Assessorament;Energy advice at the library;<p>x</p>;<p>Weekly drop-in.</p>;"
        "2024-03-01;2026-03-31;2;ongoing;En curs;Ongoing;30.0;2024-03-01 10:00:00 UTC;"
        "https://decidim.example/results/103;7;"
    ),
]


def decidim_csv(tmp_path: Path, rows=DECIDIM_ROWS, name="results-decidim.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([DECIDIM_HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_decidim_made_results_csv_imports(demo_db, tmp_path):
    path = decidim_csv(tmp_path)
    assert recognise(path)
    with pytest.raises(OrganisationNeeded):  # Decidim has no organisations: the caller must choose one
        preview_import(demo_db, path, as_of=AS_OF)
    preview = preview_import(demo_db, path, as_of=AS_OF, organisation="ORG-COUNCIL")
    assert preview.kind == "decidim" and preview.changes_anything
    assert any("decidim-101" in line for line in preview.lines())
    summary = import_file(demo_db, path, as_of=AS_OF, organisation="org-council")  # a ref in any case
    assert summary.created["Actions"] == 1 and summary.created["Commitments"] == 2
    data = load_commission_data(demo_db, find_commission(demo_db).id)
    action = next(a for a in data.actions if a.ref == "decidim-101")
    assert action.title == "Warm homes" and action.description == "Every home warm by winter."
    f = domain.evaluate(data, AS_OF)
    got = {c.ref: f.commitments[c.id] for c in data.commitments if c.action_id == action.id}
    assert got["decidim-102"].latest_status == "done" and got["decidim-102"].progress == 100
    assert got["decidim-103"].latest_status == "in progress" and got["decidim-103"].progress == 30
    council = next(o for o in data.organisations if o.ref == "ORG-COUNCIL")
    assert {c.organisation_id for c in data.commitments if c.action_id == action.id} == {council.id}


HOSTILE = {
    "a DDE formula": ("102;;;;;;;101;;=cmd|' /C calc'!A0;;<p>x</p>;;;;;;;;;;7;", "title/en", "formula"),
    "a huge cell": ("102;;;;;;;101;;" + "x" * 40_000 + ";;<p>x</p>;;;;;;;;;;7;", "title/en", "32,767"),
    "an unknown parent": ("102;;;;;;;999;;Orphan;;<p>x</p>;;;;;;;;;;7;", "parent/id", "999"),
    "a duplicate id": ("101;;;;;;;;;Again;;<p>x</p>;;;;;;;;;;7;", "id", "duplicate"),
    "a bad date": ("102;;;;;;;101;;Dated;;<p>x</p>;31/31/2024;;;;;;;;;7;", "start_date", "not a date"),
    "a progress over 100": ("102;;;;;;;101;;Much;;<p>x</p>;;;;;;;250;;;7;", "progress", "0 to 100"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_cells_give_one_line_problems_and_change_nothing(sqlite_demo, tmp_path, case):
    row, column, words = HOSTILE[case]
    path = decidim_csv(tmp_path, [DECIDIM_ROWS[0], row])
    before = file_hash(sqlite_demo.path)
    with pytest.raises(WorkbookError) as caught:
        import_file(sqlite_demo, path, as_of=AS_OF, organisation="ORG-COUNCIL")
    problems = [str(p) for p in caught.value.problems]
    assert any(f"row 3, column {column}" in p and words in p for p in problems), problems
    assert all("\n" not in p and len(p) < 300 for p in problems)
    assert file_hash(sqlite_demo.path) == before


def test_cli_export_and_import(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db)]) == 0
    out = tmp_path / "results.csv"
    assert main(["export", "--db", str(db), "--format", "decidim", "--out", str(out), "--as-of", "2026-11-22"]) == 0
    assert main(["import", "--db", str(tmp_path / "new.db"), str(out), "--commission", "Copy"]) == 0
    capsys.readouterr()
    bad = decidim_csv(tmp_path)
    assert main(["import", "--db", str(db), str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert "--organisation" in err and len(err.splitlines()) == 1
    assert main(["import", "--db", str(db), str(bad), "--organisation", "ORG-COUNCIL", "--dry-run"]) == 0
    assert "Dry run" in capsys.readouterr().out


def test_a_results_file_opens_in_libreoffice_with_text_kept_as_text(demo_db, tmp_path):
    """What the app writes opens in LibreOffice Calc (semicolons, UTF-8) cell for cell, and a title that begins
    with "=" is shown as text, never run as a formula."""
    from office import _profile, soffice

    from commission.services import edits

    data = load_commission_data(demo_db, find_commission(demo_db).id)
    edits.edit(demo_db, "action", data.actions[0].id, {"title": '=HYPERLINK("http://evil")'})
    out, _ = export_results(demo_db, tmp_path / "results.csv", as_of=AS_OF)
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={_profile().as_uri()}",
            "--headless",
            "--norestore",
            "--infilter=CSV:59,34,76,1",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path / "lo"),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    sheet = openpyxl.load_workbook(tmp_path / "lo" / "results.xlsx").active
    cells = list(sheet.iter_rows(values_only=False))
    header = [c.value for c in cells[0]]
    assert header[:3] == ["id", "category/id", "category/name/en"]
    title = cells[1][header.index("title/en")]
    assert title.data_type != "f" and "HYPERLINK" in str(title.value)
    written = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert sheet.max_row == len(written) + 1
    for row, cells_of_row in zip(written, cells[1:], strict=True):
        assert str(cells_of_row[header.index("external_id")].value) == row["external_id"]


def test_only_a_results_header_is_recognised(tmp_path):
    """A workbook's own .csv sheet, a return or a renamed spreadsheet never reaches the Decidim import."""
    sheet = tmp_path / "Commitments.csv"
    sheet.write_text("ref,action_ref,organisation_ref,pledge\nC1,A1,O1,x\n", encoding="utf-8")
    renamed = tmp_path / "results.csv"
    renamed.write_bytes(b"PK\x03\x04id;parent/id;title/en\n")
    comma = tmp_path / "comma.csv"
    comma.write_text("\ufeffid,parent/id,title/ca,description/ca\n1,,Hola,<p>x</p>\n", encoding="utf-8")
    assert not recognise(sheet) and not recognise(renamed) and not recognise(tmp_path)
    assert recognise(comma)  # Decidim's separator is configurable: a comma works too


def test_every_problem_is_listed_at_once(sqlite_demo, tmp_path):
    """A refused cell does not hide the problems the workbook's own checks find in the other rows."""
    rows = [
        DECIDIM_ROWS[0],
        "102;;;;;;;101;;=cmd|' /C calc'!A0;;<p>x</p>;;;;;;;;;;7;",
        "103;;;;;;;101;;Fine;;<p>x</p>;2024-01-01;;;;;;;;;7;",
        "104;;;;;;;101;;Heavy;;<p>x</p>;;;;;;;;;;7;",
    ]
    path = decidim_csv(tmp_path, rows)
    text = path.read_text(encoding="utf-8")
    header, *body = text.splitlines()
    path.write_text(
        "\n".join([header + ";weight", *(b + (";-3" if b.startswith("104") else ";") for b in body)]) + "\n",
        encoding="utf-8",
    )
    before = file_hash(sqlite_demo.path)
    with pytest.raises(WorkbookError) as caught:
        import_file(sqlite_demo, path, as_of=AS_OF, organisation="ORG-COUNCIL")
    problems = [str(p) for p in caught.value.problems]
    assert any("row 3, column title/en" in p and "formula" in p for p in problems), problems
    assert any("row 5, column weight" in p for p in problems), problems
    assert sum("row 3" in p for p in problems) == 1
    assert file_hash(sqlite_demo.path) == before
