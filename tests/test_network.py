"""The network view: every commission side by side, each row that commission's own Summary."""

from __future__ import annotations

from datetime import date

import pytest

from commission.cli import main
from commission.demo_network import NETWORK_AS_OF, network_frames, network_plans
from commission.reports.network import NETWORK_COLUMNS
from commission.services.demo import create_demo
from commission.services.importer import import_frames
from commission.services.queries import list_commissions
from commission.services.reporting import make_report
from commission.storage import open_database
from commission.workbook.reader import sheets_from_frames
from tests.reports.readback import docx_text, pdf_flat, xlsx_records, xlsx_sheets


@pytest.fixture(scope="module")
def network_db(tmp_path_factory):
    """The bundled demo and four generated commissions, one at each stage, two of them Welsh-first."""
    folder = tmp_path_factory.mktemp("network")
    db = open_database(folder / "network.db")
    create_demo(db)
    plans = network_plans()
    for plan in (plans[0], plans[2], plans[6], plans[15]):  # small ones, one per stage
        import_frames(db, sheets_from_frames(network_frames(plan)), source="test")
    yield db
    db.dispose()


def test_network_plans_are_varied_and_deterministic():
    plans = network_plans()
    assert len(plans) == 20 and len({p.name for p in plans}) == 20
    assert {p.stage for p in plans} == {"listening", "pledged", "one year on", "three years on"}
    assert sum(p.language == "cy" for p in plans) >= 4
    assert len({p.commitments for p in plans}) >= 15
    first, again = network_frames(plans[3]), network_frames(plans[3])
    assert all(first[k].equals(again[k]) for k in first)
    # nothing dated after the network's day; a listening commission has pledged nothing yet
    assert (first["Updates"]["date"] <= NETWORK_AS_OF.isoformat()).all()
    assert len(network_frames(plans[0])["Commitments"]) == 0
    assert len(network_frames(plans[1])["Updates"]) == 0  # pledged, no news yet


@pytest.mark.parametrize("as_of", [NETWORK_AS_OF, date(2026, 3, 31)])
def test_every_network_row_is_that_commissions_own_summary(network_db, tmp_path, capsys, as_of):
    out = tmp_path / "network.xlsx"
    assert (
        main(["report", "--db", str(network_db.path), "--network", "--out", str(out), "--as-of", as_of.isoformat()])
        == 0
    )
    rows = xlsx_sheets(out)["Network"]
    assert rows[0] == NETWORK_COLUMNS
    network = {r["commission"]: r for r in xlsx_records(rows)}
    commissions = list_commissions(network_db)
    assert set(network) == {c.name for c in commissions} and len(commissions) == 5
    for info in commissions:
        own = make_report(
            network_db, tmp_path / f"own-{info.id}.xlsx", format="xlsx", as_of=as_of, commission=info.name
        )
        summary = dict(xlsx_sheets(own)["Summary"][1:])
        assert {k: v for k, v in network[info.name].items() if k != "commission"} == {
            k: summary[k] for k in NETWORK_COLUMNS[1:]
        }, info.name


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_network_pdf_and_word_list_every_commission_with_its_figures(network_db, tmp_path, fmt):
    from commission.services.network import load_network, make_network_report

    out = make_network_report(network_db, tmp_path / f"n.{fmt}", format=fmt, as_of=NETWORK_AS_OF)
    text = pdf_flat(out) if fmt == "pdf" else " ".join(docx_text(out).split())
    model = load_network(network_db, NETWORK_AS_OF)
    for row in model.rows:
        assert row.name in text
    assert "What is overdue, commission by commission" in text


def test_network_report_keeps_each_commissions_privacy(network_db):
    """A member who may not be named, named in an overdue pledge, is shown by their public name, by the
    rules of their own commission."""
    from dataclasses import replace

    from commission import privacy
    from commission.reports.network import network_row
    from commission.services.queries import find_commission, load_commission_data

    info = find_commission(network_db, "Cwm Taf Valleys Poverty Truth Commission")
    data = load_commission_data(network_db, info.id)
    secret = next(m for m in data.members if not privacy.may_name(data.people[m.id], NETWORK_AS_OF))
    late = next(r for r in network_row(data, NETWORK_AS_OF).overdue)
    data = replace(
        data,
        commitments=[
            replace(c, pledge=f"Meet {secret.display_name} about the bus pass") if c.ref == late.ref else c
            for c in data.commitments
        ],
    )
    item = next(o for o in network_row(data, NETWORK_AS_OF).overdue if o.ref == late.ref)
    assert secret.display_name not in item.pledge
    assert privacy.public_name(data.people[secret.id], NETWORK_AS_OF) in item.pledge


def test_network_refuses_a_commission_filter(network_db, capsys, tmp_path):
    code = main(
        ["report", "--db", str(network_db.path), "--network", "--commission", "x", "--out", str(tmp_path / "n.pdf")]
    )
    assert code == 1
    assert "--network covers every commission" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["en", "cy", "both"])
def test_network_web_page_has_the_trackers_figures_and_passes_axe(network_db, tmp_path, language):
    """`--network --format html`: one accessible page whose table says what the tracker's Network sheet says."""
    from io import StringIO

    import pandas as pd

    from commission.reports.formatting import pct
    from commission.reports.network import NETWORK_COLUMNS
    from tests.reports.axe_check import TAGS, run_axe

    page, tracker = tmp_path / "network.html", tmp_path / "network.xlsx"
    for out in (page, tracker):
        assert (
            main(
                [
                    "report",
                    "--db",
                    str(network_db.path),
                    "--network",
                    "--out",
                    str(out),
                    "--as-of",
                    NETWORK_AS_OF.isoformat(),
                    "--language",
                    language,
                ]
            )
            == 0
        )
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<main" in html and html.count("<h1") == 1
    assert "http://" not in html and "https://" not in html  # nothing fetched from outside
    table = pd.read_html(StringIO(html))[0].astype(str)
    sheet = {r["commission"]: r for r in xlsx_records(xlsx_sheets(tracker)["Network"])}
    assert len(table) == len(sheet) == 5
    for _, row in table.iterrows():
        want = sheet[row.iloc[0]]
        # commitments and the five states, in the sheet's order
        assert [int(v) for v in row.iloc[1:7]] == [int(want[k]) for k in NETWORK_COLUMNS[1:7]], row.iloc[0]
        assert row.iloc[7] == pct(want["overall_progress"])
    result = run_axe(page)
    assert not result.violations, f"axe-core {result.version}, tags {TAGS}:\n{result.describe()}"
