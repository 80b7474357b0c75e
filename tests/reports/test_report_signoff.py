"""The panel's sign-off trail in the reports: a review round on the demo, closed, then the report in all three
formats says what the panel agreed, by how many and when, and never who."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import date, datetime
from types import SimpleNamespace

import pytest

from commission import privacy
from commission.reports import build_model
from commission.reports.model import SignoffEntry
from commission.services import reviews as rv
from commission.services.queries import find_commission, load_commission_data
from commission.services.reporting import make_report
from commission.storage.db import open_database

from .readback import docx_in_order, docx_text, pdf_flat, xlsx_records, xlsx_sheets, xlsx_text
from .report_fixtures import AS_OF, SECRET_NAMES

CLOSED = date(2026, 3, 12)
AFTER = date(2026, 11, 22)
TITLE = "Drafts for the March meeting"
PRIVATE_COMMENT = "I said this at the Aberdare session, ask me"  # a reviewer's comment: never in a report
I08_NEW = "Nobody tells you what you are entitled to, at the Jobcentre or at the council"


def by_ref(items, ref):
    return next(x for x in items if x.ref == ref)


@pytest.fixture(scope="module")
def closed(tmp_path_factory):
    """The demo with one closed round (13 of the 14 community commissioners asked), its trail and reports."""
    from commission.services.demo import create_demo

    folder = tmp_path_factory.mktemp("signoff")
    db = open_database(folder / "demo.db")
    create_demo(db)
    cid = find_commission(db).id
    data = load_commission_data(db, cid)
    update = next(c for c in rv.available_items(db, cid, as_of=AFTER) if c.kind == "update" and c.suggested)
    specs = [
        rv.ItemSpec("insight", by_ref(data.insights, "I03").id),
        rv.ItemSpec("insight", by_ref(data.insights, "I08").id),
        rv.ItemSpec("session_notes", by_ref(data.sessions, "S01").id),
        rv.ItemSpec("update", update.record_id),
    ]
    panel = sorted((mb for mb in data.members if mb.role == "community"), key=lambda mb: mb.ref)[:13]
    round_id = rv.create_round(db, cid, TITLE, specs, [mb.id for mb in panel], asked_on=date(2026, 3, 1))
    i03, i08, notes, upd = rv.round_view(db, round_id).items
    on = date(2026, 3, 5)
    for mb in panel[:11]:
        rv.record_answer(db, i03.item_id, mb.id, "agree", on=on)
    for mb in panel[:10]:
        rv.record_answer(db, i08.item_id, mb.id, "agree", on=on)
    rv.record_answer(db, i08.item_id, panel[10].id, "change", PRIVATE_COMMENT, on=on)
    rv.resolve_item(db, i08.item_id, new_text=I08_NEW)
    for mb in panel[:3]:
        rv.record_answer(db, i08.item_id, mb.id, "agree", on=date(2026, 3, 10))
    for mb in panel[:12]:
        rv.record_answer(db, notes.item_id, mb.id, "agree", on=on)
    rv.record_answer(db, notes.item_id, panel[12].id, "disagree", PRIVATE_COMMENT, on=on)
    unnamed = next(mb for mb in data.members if not privacy.may_name(data.people[mb.id], AFTER))
    rv.resolve_item(db, notes.item_id, keep_reason=f"{unnamed.display_name} checked the register")
    for mb in panel[:9]:
        rv.record_answer(db, upd.item_id, mb.id, "agree", on=on)
    for mb in panel[9:11]:
        rv.record_answer(db, upd.item_id, mb.id, "disagree", on=on)
    rv.close_round(db, round_id, on=CLOSED)

    trail = rv.signoff_trail(db, cid, as_of=AFTER)
    reports = {
        fmt: make_report(db, folder / f"after.{fmt}", format=fmt, as_of=AFTER) for fmt in ("pdf", "docx", "xlsx")
    }
    reports["before"] = make_report(db, folder / "before.pdf", format="pdf", as_of=date(2026, 3, 11))
    reports["cy"] = make_report(db, folder / "cy.pdf", format="pdf", as_of=AFTER, language="cy")
    reports["large"] = make_report(db, folder / "large.pdf", format="pdf", as_of=AFTER, large_print=True)
    after = load_commission_data(db, cid)
    db.dispose()
    return SimpleNamespace(trail=trail, reports=reports, data=after, panel=panel, unnamed=unnamed)


def section(text: str, start: str, end: str) -> str:
    begin = text.index(start)
    return text[begin : text.index(end, begin)]


def test_the_trail_is_what_the_round_did(closed):
    assert [(s.kind, s.ref) for s in closed.trail][:3] == [
        ("insight", "I03"),
        ("insight", "I08"),
        ("session_notes", "S01"),
    ]
    assert closed.trail[0].sentence == "Agreed by 11 of 13 panel members on 12 March 2026"
    assert closed.trail[1].sentence == "Agreed by 3 of 13 panel members on 12 March 2026"
    assert (
        closed.trail[3].sentence == "Panel verdict 'agree' on 12 March 2026: 9 of 13 panel members agreed it was done"
    )


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_every_format_gives_every_sentence_of_the_trail(closed, fmt):
    read = {"pdf": pdf_flat, "docx": docx_text, "xlsx": xlsx_text}[fmt]
    text = read(closed.reports[fmt])
    assert "Agreed by 11 of 13 panel members on 12 March 2026" in text
    for signoff in closed.trail:
        assert signoff.sentence in text, signoff.sentence


def test_the_pdf_and_docx_list_it_in_the_appendix_under_its_round(closed):
    pdf = section(pdf_flat(closed.reports["pdf"]), "What the panel has agreed", "How the figures are computed")
    docx = section(docx_in_order(closed.reports["docx"]), "What the panel has agreed", "How the figures are computed")
    for text in (pdf, docx):
        assert f"{TITLE}, closed on 12 March 2026" in text
        assert all(s.sentence in " ".join(text.split()) for s in closed.trail)
        assert "Notes of Launch: why we are here, 15 March 2025" in " ".join(text.split())
        assert " ".join(text.split()).count("The words were changed in the round, as the panel asked") == 1  # I08
    assert pdf_flat(closed.reports["pdf"]).index("Sessions held") < pdf_flat(closed.reports["pdf"]).index(
        "What the panel has agreed"
    )


def test_the_xlsx_has_a_sign_off_sheet(closed):
    sheets = xlsx_sheets(closed.reports["xlsx"])
    assert list(sheets)[:3] == ["Commitments", "Summary", "Sign-off"]
    rows = xlsx_records(sheets["Sign-off"])
    assert [r["sign_off"] for r in rows] == [s.sentence for s in closed.trail]
    first = rows[0]
    assert (first["round"], first["closed_on"], first["kind"], first["ref"], first["agreed_by"], first["asked"]) == (
        TITLE,
        datetime(2026, 3, 12),
        "What we heard",
        "I03",
        11,
        13,
    )  # a real date cell
    assert rows[1]["text"] == I08_NEW and rows[1]["edited"] == "yes" and first["edited"] == "no"


def test_insights_the_panel_agreed_say_so_in_you_said_we_did(closed):
    docx = docx_text(closed.reports["docx"])
    for statement in (by_ref(closed.data.insights, "I03").statement, I08_NEW):
        assert f"\u201c{statement}\u201d\nAgreed by the panel on 12 March 2026" in docx
    pdf = pdf_flat(closed.reports["pdf"])
    assert pdf.count("Agreed by the panel on 12 March 2026") == 2
    you_said = section(pdf, "You said, we did", "By organisation")
    assert re.search(re.escape(I08_NEW) + r"\W+\S? ?Agreed by the panel on 12 March 2026", you_said)


def test_no_reviewer_is_named_and_no_comment_or_note_leaves(closed):
    people = closed.data.people
    who = set()
    for mb in closed.panel:
        who |= {mb.display_name, privacy.public_name(people[mb.id], AFTER)}
        if mb.pseudonym:
            who.add(mb.pseudonym)
    pdf = section(pdf_flat(closed.reports["pdf"]), "What the panel has agreed", "How the figures are computed")
    docx = section(docx_in_order(closed.reports["docx"]), "What the panel has agreed", "How the figures are computed")
    sheet = "\n".join(str(c) for row in xlsx_sheets(closed.reports["xlsx"])["Sign-off"] for c in row if c)
    for text in (pdf, docx, sheet):
        named = [name for name in who if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
        assert named == []
    everything = [pdf_flat(closed.reports["pdf"]), docx_text(closed.reports["docx"]), xlsx_text(closed.reports["xlsx"])]
    for text in everything:
        assert PRIVATE_COMMENT not in text
        assert closed.unnamed.display_name not in text  # it was in the coordinator's reason for keeping the notes
        assert "checked the register" not in text


def test_before_the_round_closed_the_report_says_none_has(closed):
    text = pdf_flat(closed.reports["before"])
    assert "No review rounds have been closed yet" in text
    assert "panel members on 12 March 2026" not in text and "Agreed by the panel on" not in text


def test_welsh_and_large_print(closed):
    cy = pdf_flat(closed.reports["cy"])
    assert "Yr hyn y mae'r panel wedi cytuno arno" in cy
    assert "Cytunwyd gan 11 o'r 13 aelod o'r panel ar 12 Mawrth 2026" in cy
    assert "Barn y panel 'cytuno' ar 12 Mawrth 2026" in cy
    assert "Agreed by 11 of 13 panel members on 12 March 2026" in pdf_flat(closed.reports["large"])


# ------------------------------------------------------------------ the model, from plain records


def record(kind, ref, text, closed_on, *, agreed_by=5, asked=8, label=None, round_id=1, **kw):
    values = {
        "round_id": round_id,
        "round_title": "Spring drafts",
        "kind": kind,
        "kind_label": "x",
        "ref": ref,
        "label": label or text[:40],
        "text": text,
        "text_version": 1,
        "agreed_by": agreed_by,
        "asked": asked,
        "closed_on": closed_on,
        "outcome": "agree" if kind == "update" else "agreed",
        "edited": False,
        "kept_reason": "",
        "agreed_earlier": 0,
        "agreed_member_ids": (1, 2, 3),
    }
    values.update(kw)
    return SimpleNamespace(**values)


def test_the_model_carries_counts_and_dates_never_who():
    names = {f.name for f in fields(SignoffEntry)}
    assert not {n for n in names if "member" in n or "reason" in n or "comment" in n}


def test_the_model_keeps_rounds_closed_by_the_date_and_marks_only_the_words_agreed(data):
    i1 = data.insights[0]
    trail = [
        record("insight", i1.ref, i1.statement, date(2026, 5, 1)),
        record("insight", data.insights[1].ref, "Words that were changed later", date(2026, 5, 1)),
        record("action", data.actions[0].ref, data.actions[0].title, date(2026, 12, 1), round_id=2),
    ]
    model = build_model(data, AS_OF, signoffs=trail)
    assert [len(r.entries) for r in model.signoffs] == [2]  # the December round is after the report's date
    marked = {i.ref: i.agreed_on for t in model.themes for i in t.insights}
    assert marked[i1.ref] == (date(2026, 5, 1) if i1.status == "agreed" else None)
    assert marked[data.insights[1].ref] is None
    assert model.signoff_sentence(model.signoffs[0].entries[0]) == "Agreed by 5 of 8 panel members on 1 May 2026"


def test_the_model_filters_the_trail_to_an_organisation_and_redacts_labels(data):
    secret = SECRET_NAMES[0]
    own = next(c for c in data.commitments if c.organisation_id == data.organisations[0].id)
    other = next(c for c in data.commitments if c.organisation_id != own.organisation_id)
    trail = [
        record("update", own.ref, "done", date(2026, 5, 1)),
        record("update", other.ref, "done", date(2026, 5, 1)),
        record(
            "session_notes", data.sessions[0].ref, f"{secret} came", date(2026, 5, 1), label=f"Notes naming {secret}"
        ),
        record("insight", "I-none", f"{secret} said so", date(2026, 5, 1), round_title=f"Round for {secret}"),
    ]
    model = build_model(data, AS_OF, signoffs=trail, organisation_ref=data.organisations[0].ref)
    kept = [(e.kind, e.ref) for r in model.signoffs for e in r.entries]
    assert ("update", own.ref) in kept and ("update", other.ref) not in kept
    assert ("session_notes", data.sessions[0].ref) in kept
    whole = build_model(data, AS_OF, signoffs=trail)
    assert secret not in repr(whole.signoffs)
    assert "1, 2, 3" not in repr(whole.signoffs)
