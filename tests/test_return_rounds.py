"""Issue 15: organisations' contacts, returns sent as a recorded round with email drafts, who has replied,
and chasing. Drafts are read back with Python's own email parser, as a mail program would."""

from __future__ import annotations

import email
import os
from datetime import date, timedelta
from email import policy

import openpyxl
import pytest
from sqlalchemy import func, select

from commission import contacts, files
from commission.cli import main
from commission.errors import UserError, WorkbookError
from commission.services import edits
from commission.services import return_rounds as rr
from commission.services.queries import find_commission, load_commission_data
from commission.services.return_import import import_return
from commission.storage import models as m

AS_OF = date(2026, 11, 22)
DUE = date(2026, 12, 5)
COUNCIL = "Cwm Taf Valleys County Borough Council"
HOUSING = "Cartrefi Cwm Housing Association"  # works in Welsh in the demo
CVC = "Valleys Voluntary Action (county voluntary council)"  # has no contact in the demo


def data_of(db):
    return load_commission_data(db, find_commission(db).id)


def org_named(db, name):
    return next(o for o in data_of(db).organisations if o.name == name)


def parse(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def rounds(db) -> tuple[int, int]:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(m.ReturnRound)), s.scalar(
            select(func.count()).select_from(m.ReturnSent)
        )


def audit_entries(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(m.AuditEntry))


def fill(path, entries):
    book = openpyxl.load_workbook(path)
    sheet = book["Updates"]
    header = [c.value for c in sheet[1]]
    ref_col = header.index("commitment_ref")
    rows = {row[ref_col].value: row[ref_col].row for row in sheet.iter_rows(min_row=2) if row[ref_col].value}
    for ref, values in entries.items():
        for column, value in values.items():
            sheet.cell(row=rows[ref], column=header.index(column) + 1, value=value)
    book.save(path)


# ------------------------------------------------------------------------------------------ the drafts


def test_a_round_writes_a_draft_beside_each_return_with_a_contact(demo_db, tmp_path):
    sent = rr.send_returns(demo_db, tmp_path / "out", as_of=AS_OF, due=DUE, on=AS_OF)
    assert len(sent.returns) == 6 and len(sent.drafts) == 5
    assert sent.without_contact == [CVC]
    assert any("No email draft for 1 organisation" in line and CVC in line for line in sent.lines())
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in sent.returns + sent.drafts)

    council = org_named(demo_db, COUNCIL)
    draft = parse(tmp_path / "out" / f"{COUNCIL} - email.eml")
    assert draft["To"].addresses[0].addr_spec == council.contact_email
    assert draft["To"].addresses[0].display_name == council.contact_name
    assert draft["Subject"] == f"Update return for {COUNCIL}: please reply by 5 December 2026"
    body = draft.get_body(("plain",)).get_content()
    assert f"Dear {council.contact_name}," in body and "by 5 December 2026" in body and "Updates sheet" in body
    [attached] = list(draft.iter_attachments())
    assert attached.get_filename() == f"{COUNCIL} - update return.xlsx"
    assert attached.get_content() == (tmp_path / "out" / f"{COUNCIL} - update return.xlsx").read_bytes()

    welsh = parse(tmp_path / "out" / f"{HOUSING} - email.eml")
    # in Welsh, with the organisation's and the commission's Welsh names
    assert welsh["Subject"] == "Ffurflen ddiweddaru ar gyfer Cymdeithas Tai Cartrefi Cwm: atebwch erbyn 5 Rhagfyr 2026"
    assert welsh["To"].addresses[0].display_name == "Siân ap Dafydd"  # non-ASCII, encoded and read back
    text = welsh.get_body(("plain",)).get_content()
    assert text.startswith("Annwyl Siân ap Dafydd,") and "erbyn 5 Rhagfyr 2026" in text and "Diolch" in text
    assert "Comisiwn" in text and HOUSING not in text
    [attached] = list(welsh.iter_attachments())
    assert attached.get_content() == (tmp_path / "out" / f"{HOUSING} - update return.xlsx").read_bytes()
    assert rounds(demo_db) == (1, 6)


def test_a_draft_header_cannot_be_broken_by_a_hostile_contact(sqlite_demo, tmp_path):
    council = org_named(sqlite_demo, COUNCIL)
    hostile = "Eve\r\nBcc: spy@evil.example\r\n\r\nInjected body " + "ŵ" * 5000
    edits.edit(
        sqlite_demo, "organisation", council.id, {"contact_name": hostile, "name": "Council\nX-Evil: 1 " + "y" * 3000}
    )
    with pytest.raises(UserError, match="line break"):
        edits.edit(sqlite_demo, "organisation", council.id, {"contact_email": "a@b.example\r\nBcc: spy@evil.example"})
    sent = rr.send_returns(sqlite_demo, tmp_path, as_of=AS_OF, on=AS_OF)
    [path] = [p for p in sent.drafts if p.name.startswith("Council X-Evil")]
    raw = path.read_bytes()
    assert b"\nBcc:" not in raw and b"\nX-Evil" not in raw
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))  # RFC 5322's longest line
    draft = parse(path)
    assert draft["Bcc"] is None and draft["X-Evil"] is None
    assert set(draft.keys()) == {
        "To",
        "Subject",
        "Date",
        "X-Unsent",
        "Content-Language",
        "MIME-Version",
        "Content-Type",
    }
    assert draft["To"].addresses[0].addr_spec == council.contact_email
    assert "\n" not in draft["To"].addresses[0].display_name
    assert len(draft["Subject"]) < 500
    [attached] = list(draft.iter_attachments())
    assert attached.get_content() == next(p for p in sent.returns if p.name.startswith("Council X-Evil")).read_bytes()
    # an address that got past the checks some other way (a hand-edited database) gets no draft, not a bad one
    with sqlite_demo.transaction() as s:
        s.get(m.Organisation, council.id).contact_email = "x@y.example\nBcc: spy@evil.example"
    again = rr.send_returns(sqlite_demo, tmp_path / "again", as_of=AS_OF, on=AS_OF)
    assert len(again.drafts) == 4 and len(again.without_contact) == 2


def test_email_and_language_are_checked_in_one_line():
    assert contacts.email_problem("officer@council.gov.uk") is None
    assert contacts.email_problem("") is None
    for bad in ("no-at-sign", "a@b", "a b@c.org", "a@b.org\nBcc: c@d.org", "a..b@c.org", "x" * 300 + "@c.org"):
        problem = contacts.email_problem(bad)
        assert problem and "\n" not in problem and len(problem) < 140


def test_a_workbook_with_a_bad_contact_is_refused_with_one_line_each(sqlite_demo, tmp_path):
    import pandas as pd

    from commission.services.importer import import_frames

    frames = {
        "Commission": pd.DataFrame({"key": ["name"], "value": [find_commission(sqlite_demo).name]}, index=[2]),
        "Organisations": pd.DataFrame(
            {
                "ref": ["ORG-COUNCIL", "ORG-HEALTH"],
                "name": ["A", "B"],
                "language": ["fr", "CY"],
                "contact_email": ["not an email", "ok@nhs.example"],
            },
            index=[2, 3],
            dtype=object,
        ),
    }
    with pytest.raises(WorkbookError) as refused:
        import_frames(sqlite_demo, frames, source="t.xlsx")
    lines = [str(p) for p in refused.value.problems]
    assert lines == [
        "Organisations, row 2, column language: unknown language 'fr' — use one of: en, cy",
        (
            "Organisations, row 2, column contact_email: 'not an email' is not an email address: it has "
            "a space or a line break in it"
        ),
    ]
    assert org_named(sqlite_demo, COUNCIL).name == COUNCIL  # nothing changed


# ------------------------------------------------------------------------------------------ who has replied


def test_status_words_across_a_round(demo_db, tmp_path):
    sent = rr.send_returns(demo_db, tmp_path / "out", as_of=AS_OF, due=DUE, on=AS_OF)
    status = rr.round_status(demo_db, on=AS_OF)
    assert {o.status for o in status.organisations} == {"awaiting"}

    council = org_named(demo_db, COUNCIL)
    path = next(p for p in sent.returns if p.name.startswith(COUNCIL))
    ref = next(c.ref for c in data_of(demo_db).commitments if c.organisation_id == council.id)
    fill(path, {ref: {"date": date(2026, 11, 25), "status": "in progress", "note": "Under way."}})
    health = next(p for p in sent.returns if p.name.startswith("Valleys University"))
    import_return(demo_db, health, as_of=AS_OF, dry_run=True, received_on=AS_OF)  # a dry run marks nothing
    summary = import_return(demo_db, path, as_of=AS_OF, received_on=date(2026, 11, 28))
    assert summary.marked_received and "Marked received" in summary.lines()[-1]

    words = {o.name: o.status for o in rr.round_status(demo_db, on=DUE).organisations}
    assert words[COUNCIL] == "received" and words["Valleys University Health Board"] == "awaiting"
    assert list(words.values()).count("awaiting") == 5
    after = {o.name: o for o in rr.round_status(demo_db, on=DUE + timedelta(days=1)).organisations}
    assert after[COUNCIL].status == "received" and after[COUNCIL].received_on == date(2026, 11, 28)
    assert [o.status for n, o in after.items() if n != COUNCIL] == ["late"] * 5
    assert rr.round_status(demo_db, on=date(2026, 11, 27)).organisations[-1].status == "awaiting"  # not yet back

    # importing it again keeps the first date; a new round starts everyone afresh
    import_return(demo_db, path, as_of=AS_OF, received_on=date(2026, 12, 1))
    assert {o.name: o.received_on for o in rr.round_status(demo_db, on=DUE).organisations}[COUNCIL] == date(
        2026, 11, 28
    )
    rr.send_returns(demo_db, tmp_path / "next", as_of=AS_OF, due=DUE + timedelta(days=90), on=DUE)
    assert {o.status for o in rr.round_status(demo_db, on=DUE).organisations} == {"awaiting"}


def test_a_return_with_nothing_filled_in_is_not_received_and_writes_nothing(sqlite_demo, tmp_path, capsys):
    """Trial finding: an update return sent back empty was marked received. It is recorded as having come back
    with nothing filled in: not received (still awaited, and chased), nothing written, one line to say so."""
    sent = rr.send_returns(sqlite_demo, tmp_path / "out", as_of=AS_OF, due=DUE, on=AS_OF)
    council = next(p for p in sent.returns if p.name.startswith(COUNCIL))
    updates_before, audit_before = len(data_of(sqlite_demo).updates), audit_entries(sqlite_demo)
    preview = import_return(sqlite_demo, council, as_of=AS_OF, dry_run=True)
    assert preview.came_back_empty and len(preview.lines()) == 1
    assert main(["import", "--db", str(sqlite_demo.path), str(council)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out == [
        f"The return from {COUNCIL} came back with nothing filled in: nothing was added, "
        "and it is not marked received (it is still awaited)."
    ]
    assert len(data_of(sqlite_demo).updates) == updates_before
    assert audit_entries(sqlite_demo) == audit_before
    words = {o.name: o for o in rr.round_status(sqlite_demo, on=DUE).organisations}
    assert words[COUNCIL].status == "awaiting" and words[COUNCIL].received_on is None
    assert any(p.name.startswith(COUNCIL) for p in rr.chase(sqlite_demo, tmp_path / "chase", on=DUE).drafts)

    # a row filled in afterwards makes it a reply: received, with the update
    ref = next(
        c.ref for c in data_of(sqlite_demo).commitments if c.organisation_id == org_named(sqlite_demo, COUNCIL).id
    )
    fill(council, {ref: {"date": date(2026, 11, 25), "status": "in progress"}})
    summary = import_return(sqlite_demo, council, as_of=AS_OF, received_on=AS_OF)
    assert not summary.came_back_empty and summary.marked_received and summary.updates_added == 1


def test_chase_writes_a_reminder_for_those_not_back(sqlite_demo, tmp_path):
    sent = rr.send_returns(sqlite_demo, tmp_path / "out", as_of=AS_OF, due=DUE, on=AS_OF)
    council = next(p for p in sent.returns if p.name.startswith(COUNCIL))
    ref = next(
        c.ref for c in data_of(sqlite_demo).commitments if c.organisation_id == org_named(sqlite_demo, COUNCIL).id
    )
    fill(council, {ref: {"date": date(2026, 11, 25), "status": "in progress"}})
    import_return(sqlite_demo, council, as_of=AS_OF, received_on=AS_OF)
    chased = rr.chase(sqlite_demo, tmp_path / "chase", on=DUE + timedelta(days=3))
    assert len(chased.drafts) == 4 and chased.without_contact == [CVC] and chased.received == 1
    assert not any(p.name.startswith(COUNCIL) for p in chased.drafts)
    assert sorted(os.listdir(tmp_path / "chase")) == sorted(p.name for p in chased.drafts)
    welsh = parse(next(p for p in chased.drafts if p.name.startswith(HOUSING)))
    assert welsh["Subject"].startswith("Nodyn atgoffa: ffurflen ddiweddaru")
    assert "roedd i fod i ddod erbyn 5 Rhagfyr 2026" in welsh.get_body(("plain",)).get_content()
    english = parse(next(p for p in chased.drafts if p.name.startswith("Valleys University")))
    assert english["Subject"] == "Reminder: update return from Valleys University Health Board (due 5 December 2026)"
    [attached] = list(english.iter_attachments())
    assert attached.get_content()[:2] == b"PK"  # a fresh return, attached again
    reminded = {o.name: o.reminded_on for o in rr.round_status(sqlite_demo, on=DUE).organisations}
    assert reminded["Valleys University Health Board"] == DUE + timedelta(days=3) and reminded[COUNCIL] is None


def test_returns_status_on_the_command_line(sqlite_demo, tmp_path, capsys):
    db = str(sqlite_demo.path)
    assert main(["returns", "--db", db, "--status"]) == 0
    assert "No returns have been sent" in capsys.readouterr().out
    assert (
        main(["returns", "--db", db, "--out", str(tmp_path / "r"), "--as-of", "2026-11-22", "--due", "2099-01-31"]) == 0
    )
    out = capsys.readouterr().out
    assert "5 email drafts" in out and "No email draft for 1 organisation" in out
    assert main(["returns", "--db", db, "--status"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("Returns sent") and len(lines) == 7
    assert all(line.split()[0] == "awaiting" for line in lines[1:])
    assert main(["returns", "--db", db, "--status", "--as-of", "2099-02-01"]) == 0
    assert all(line.split()[0] == "late" for line in capsys.readouterr().out.strip().splitlines()[1:])
    assert main(["returns", "--db", db, "--out", str(tmp_path / "x"), "--due", "2001-01-01"]) == 1
    assert "before today" in capsys.readouterr().err
    assert not (tmp_path / "x").exists() and rounds(sqlite_demo) == (1, 6)
    assert main(["returns", "--db", db]) == 1
    err = capsys.readouterr().err.strip()
    assert "--out DIR" in err and "\n" not in err


# ------------------------------------------------------------------------------------------ all or nothing


@pytest.mark.parametrize("where", ["draft", "move", "cancel"])
def test_a_failed_send_leaves_no_files_and_no_round(sqlite_demo, tmp_path, monkeypatch, where):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    check = None
    if where == "draft":
        calls = []

        def failing(**kw):
            calls.append(1)
            if len(calls) == 3:
                raise OSError(28, "No space left on device")
            return real_draft(**kw)

        real_draft = contacts.return_draft
        monkeypatch.setattr(contacts, "return_draft", failing)
    elif where == "move":
        real_replace = os.replace
        moved = []

        def replace(src, dst):
            if ".aside" not in str(src) and ".aside" not in str(dst):
                moved.append(dst)
                if len(moved) == 4:
                    raise OSError(5, "Input/output error")
            return real_replace(src, dst)

        monkeypatch.setattr(files.os, "replace", replace)
    else:

        def check():
            raise KeyboardInterrupt("cancelled")

    with pytest.raises((UserError, KeyboardInterrupt)):
        rr.send_returns(sqlite_demo, out, as_of=AS_OF, on=AS_OF, check=check)
    assert os.listdir(out) == ["keep.txt"]
    assert rounds(sqlite_demo) == (0, 0)


def test_the_contact_never_leaves_in_an_output_for_others(sqlite_demo, tmp_path):
    """Every output for others, in every format, searched for the organisations' contact names and emails
    (also where a coordinator typed the email into a pledge or an update note)."""
    from commission.services import reviews as rv
    from commission.services.network import make_network_report
    from commission.services.reporting import make_report
    from commission.services.review_files import write_review_packs
    from tests.reports.readback import docx_text, pdf_text

    data = data_of(sqlite_demo)
    council = org_named(sqlite_demo, COUNCIL)
    commitment = next(c for c in data.commitments if c.organisation_id == council.id)
    edits.edit(
        sqlite_demo,
        "commitment",
        commitment.id,
        {"pledge": f"Ask {council.contact_email} or sarah pritchard about the referrals"},
    )
    edits.log_update(
        sqlite_demo,
        commitment.id,
        date=date(2026, 11, 1),
        status="in progress",
        note=f"{council.contact_name} ({council.contact_email.upper()}) says the form is clearer",
    )
    secrets = [s.casefold() for o in data.organisations for s in (o.contact_name, o.contact_email) if s]
    assert len(secrets) == 10

    def text_of(path) -> str:
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            return pdf_text(path)
        if suffix == ".docx":
            return docx_text(path)
        if suffix == ".xlsx":
            book = openpyxl.load_workbook(path)
            cells = [str(v) for sh in book.worksheets for row in sh.iter_rows(values_only=True) for v in row if v]
            return "\n".join(cells) + "\n" + "\n".join(str(v) for v in vars(book.properties).values() if v)
        return path.read_text("utf-8")

    outputs = []
    for fmt in ("pdf", "docx", "xlsx", "html"):
        for language in ("en", "cy"):
            outputs.append(
                make_report(
                    sqlite_demo, tmp_path / f"report-{language}.{fmt}", format=fmt, as_of=AS_OF, language=language
                )
            )
        outputs.append(make_network_report(sqlite_demo, tmp_path / f"network.{fmt}", format=fmt, as_of=AS_OF))
    outputs.append(
        make_report(sqlite_demo, tmp_path / "council.pdf", format="pdf", as_of=AS_OF, organisation_ref=council.ref)
    )
    sent = rr.send_returns(sqlite_demo, tmp_path / "returns", as_of=AS_OF, on=AS_OF)
    outputs += sent.returns
    panel = [mb.id for mb in data.members if mb.role == "community"]
    round_id = rv.create_round(
        sqlite_demo,
        data.commission.id,
        "Do you agree?",
        [rv.ItemSpec("action", commitment.action_id)],
        panel,
        asked_on=date(2026, 3, 1),
    )
    outputs += write_review_packs(sqlite_demo, round_id, tmp_path / "packs", on=AS_OF)
    assert len(outputs) > 20
    for path in outputs:
        text = " ".join(text_of(path).casefold().split())
        found = [s for s in secrets if s in text]
        assert not found, f"{path.name} holds {found}"
    assert "[contact withheld]" in " ".join(
        text_of(next(p for p in sent.returns if p.name.startswith(COUNCIL))).split()
    )
    # the drafts themselves are addressed to the contact: that is what they are for
    assert council.contact_email in next(p for p in sent.drafts if p.name.startswith(COUNCIL)).read_text("ascii")


def test_contacts_go_round_the_full_workbook_unchanged(sqlite_demo, tmp_path):
    from commission.services.exporter import export_workbook
    from commission.services.importer import import_workbook
    from commission.storage import open_database

    edits.edit(
        sqlite_demo,
        "organisation",
        org_named(sqlite_demo, CVC).id,
        {"contact_name": "=Bethan “Beth” O'Neill", "contact_email": "beth+returns@cvc.example", "language": "cy"},
    )
    first = export_workbook(sqlite_demo, tmp_path / "one.xlsx")
    fresh = open_database(tmp_path / "fresh.db")
    import_workbook(fresh, first)
    again = export_workbook(fresh, tmp_path / "two.xlsx")
    read = [
        {row[0]: row for row in openpyxl.load_workbook(p)["Organisations"].iter_rows(values_only=True)}
        for p in (first, again)
    ]
    assert read[0] == read[1]
    assert read[0]["ref"][:7] == ("ref", "name", "kind", "name_cy", "language", "contact_name", "contact_email")
    assert read[1]["ORG-CVC"][4:7] == ("cy", "=Bethan “Beth” O'Neill", "beth+returns@cvc.example")
    fresh.dispose()
