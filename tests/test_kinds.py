"""The registry of record kinds (commission.kinds) against the real schema and SPEC, and proof that the
workbook, the loader and History read it rather than a copy of their own."""

import dataclasses
import re
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Column, Text, text

from commission import domain, kinds, sheets
from commission.kinds import KINDS, Field
from commission.services import queries
from commission.services.exporter import export_workbook
from commission.services.importer import import_workbook
from commission.services.queries import find_commission, load_commission_data
from commission.storage import open_database, search_index
from commission.workbook.validate import COLUMN_KINDS

SPEC = Path("/work/shared/SPEC.md")
ALWAYS_INTERNAL = {"id", "commission_id", "version"}  # every table's own bookkeeping, never on a sheet


def _spec_table() -> dict[str, list[tuple[str, bool]]]:
    """SPEC's workbook table: sheet → [(column, required)] in SPEC's order."""
    section = SPEC.read_text(encoding="utf-8").split("## The commission workbook", 1)[1].split("\n## ", 1)[0]
    table = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or cells[0] in ("sheet", "---") or not cells[1]:
            continue
        columns = re.sub(r"\([^)]*\)", "", cells[1]).replace("— keys:", ",")
        table[cells[0]] = [(c.strip("* "), c.strip().startswith("**")) for c in columns.split(",") if c.strip()]
    return table


@pytest.mark.skipif(not SPEC.exists(), reason="SPEC.md is not on this machine")
def test_every_sheet_starts_with_specs_columns_in_specs_order_required_ones_marked():
    table = _spec_table()
    assert "Actions" in table and "Updates" in table
    for name, spec_columns in table.items():
        if name in ("Commission", "Attendance"):
            continue
        kind = kinds.of_sheet(name)
        declared = [(f.column, f.required) for f in kind.fields if f.column]
        assert declared[: len(spec_columns)] == spec_columns, name
        # what follows SPEC's own columns (SPEC's Welsh versions, the coordinator's extras) is optional
        assert not any(required for _c, required in declared[len(spec_columns) :]), name
    commission_keys = [(c, r) for c, r in table["Commission"][2:]]  # after key, value: the keys
    assert commission_keys[0] == ("name", True)
    declared = [(f.column, f.required) for f in KINDS["commission"].fields]
    assert declared[: len(commission_keys)] == commission_keys


def test_the_welsh_versions_spec_names_are_declared_bilingual():
    # SPEC, "Bilingual content": nine Welsh fields across six kinds (issue 12)
    expected = {
        "commission": {"name": "name_cy"},
        "organisation": {"name": "name_cy"},
        "action": {"title": "title_cy", "description": "description_cy"},
        "theme": {"name": "name_cy", "description": "description_cy"},
        "insight": {"statement": "statement_cy"},
        "commitment": {"pledge": "pledge_cy"},
        "update": {"note": "note_cy"},
    }
    assert {k.name: k.bilingual for k in KINDS.values() if k.bilingual} == expected
    for kind in KINDS.values():
        for english, welsh in kind.bilingual.items():
            assert not kind.field(welsh).required and kind.field(english).type == "text"


def test_every_storage_column_of_a_kind_is_declared_or_said_to_be_internal():
    for kind in KINDS.values():
        if not kind.fields:
            continue
        table = kind.model.__table__
        assert kind.collection in ("", table.name), kind.name
        stored = {f.attr for f in kind.fields if f.stored}
        columns = set(table.c.keys()) - ALWAYS_INTERNAL - set(kind.internal)
        assert stored == columns, kind.name
        for f in kind.fields:
            if f.type == "refs":  # a link table with both its columns
                link = getattr(__import__("commission.storage.models", fromlist=["x"]), f.link[0]).__table__
                assert {f.link[1], f.link[2]} <= set(link.c.keys()), (kind.name, f.column)
            if f.type in ("ref", "refs"):
                assert KINDS[f.target].sheet, (kind.name, f.column)
            if f.required and f.stored:
                assert not table.c[f.attr].nullable, (kind.name, f.column)


def test_the_sheets_and_checks_are_the_kinds_declarations():
    for kind in KINDS.values():
        if kind.fields and kind.name != "commission":
            sheet = sheets.BY_NAME[kind.sheet]
            assert (sheet.columns, sheet.required, sheet.key) == (kind.columns, kind.required, kind.key)
            assert set(COLUMN_KINDS[kind.sheet]) <= set(kind.columns)
    assert KINDS["commission"].columns == sheets.COMMISSION_KEYS
    assert {k.search_code: k.name for k in KINDS.values() if k.search_code} == search_index.KIND_CODES


def test_one_name_one_label_across_kinds():
    labels: dict[str, str] = {}
    for kind in KINDS.values():
        for f in kind.fields:
            assert labels.setdefault(f.audit, f.label) == f.label, (kind.name, f.audit)
            assert f.label and f.label[0].isupper()


@pytest.fixture
def with_venue(monkeypatch):
    """A made-up optional field on sessions, as a new field would be: its declaration, its column (what its
    migration would add) and its attribute on the domain class; nothing else is told about it."""
    session = KINDS["session"]
    extra = Field("venue_cy", "text", "Where, in Welsh")
    monkeypatch.setitem(KINDS, "session", dataclasses.replace(session, fields=(*session.fields, extra)))
    table = session.model.__table__
    column = Column("venue_cy", Text, nullable=False, server_default="")
    table.append_column(column)
    with_field = dataclasses.make_dataclass(
        "Session", [("venue_cy", str, dataclasses.field(default=""))], bases=(domain.Session,)
    )
    monkeypatch.setitem(queries._DOMAIN, "sessions", with_field)
    yield
    table._columns.remove(column)


def _add_column(db):
    with db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE sessions ADD COLUMN venue_cy TEXT NOT NULL DEFAULT ''"))


def test_a_new_optional_field_goes_through_export_import_load_and_history(sqlite_demo, tmp_path, with_venue):
    from commission.ui.history import field_words

    _add_column(sqlite_demo)
    data = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id)
    first = data.sessions[0]
    with sqlite_demo.engine.begin() as connection:
        connection.execute(text("UPDATE sessions SET venue_cy = 'Neuadd y dref' WHERE id = :id"), {"id": first.id})

    out = export_workbook(sqlite_demo, tmp_path / "with_venue.xlsx")
    rows = list(openpyxl.load_workbook(out)["Sessions"].values)
    assert rows[0][-1] == "venue_cy"
    assert {r[0]: r[-1] for r in rows[1:]}[first.ref] == "Neuadd y dref"

    fresh = open_database(tmp_path / "fresh.db")
    try:
        _add_column(fresh)
        import_workbook(fresh, out)
        loaded = load_commission_data(fresh, find_commission(fresh).id)
        venue = {s.ref: s.venue_cy for s in loaded.sessions}
        assert venue[first.ref] == "Neuadd y dref"
        assert set(venue.values()) == {"Neuadd y dref", ""}
    finally:
        fresh.dispose()
    assert field_words("venue_cy") == "Where, in Welsh"


def test_the_exporter_and_history_read_the_registry_not_a_copy(sqlite_demo, tmp_path, monkeypatch):
    from commission.ui.history import field_words

    session = KINDS["session"]
    relabelled = tuple(dataclasses.replace(f, label="Venue") if f.column == "location" else f for f in session.fields)
    monkeypatch.setitem(KINDS, "session", dataclasses.replace(session, fields=relabelled))
    assert field_words("location") == "Venue"
    # a column left out of the declaration is left out of the workbook (and the loader never asks for it)
    monkeypatch.setitem(
        KINDS, "session", dataclasses.replace(session, fields=tuple(f for f in session.fields if f.column != "agenda"))
    )
    out = export_workbook(sqlite_demo, tmp_path / "no_agenda.xlsx")
    header = next(openpyxl.load_workbook(out)["Sessions"].values)
    assert "agenda" not in header and header[: len(header)] == KINDS["session"].columns
