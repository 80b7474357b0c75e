"""Panel review of drafts, the whole cycle: a round is created, answered (in the app and on paper), the
coordinator resolves what the panel asked to change, closes the round, and the sign-off trail is kept."""

from collections import Counter
from dataclasses import dataclass
from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from commission import privacy
from commission.errors import UserError, WorkbookError
from commission.services import edits
from commission.services import reviews as rv
from commission.services.check import check_database
from commission.services.queries import find_commission, load_commission_data
from commission.services.review_files import import_review_return, write_review_pack, write_review_return

TODAY = date(2026, 11, 22)
OWN_QUOTE = "The line shuts at five"  # Q015, said by M10, who has not agreed to be quoted to others


def data_of(db):
    return load_commission_data(db, find_commission(db).id)


def by_ref(items, ref):
    return next(x for x in items if x.ref == ref)


@dataclass
class Review:
    db: object
    data: object
    round_id: int
    items: dict
    members: dict
    update: object


@pytest.fixture
def review(demo_db):
    """A round on the demo: two insights (one a draft), an action, session notes, report text and an update."""
    data = data_of(demo_db)
    update = next(
        c for c in rv.available_items(demo_db, data.commission.id, as_of=TODAY) if c.kind == "update" and c.suggested
    )
    specs = [
        rv.ItemSpec("insight", by_ref(data.insights, "I03").id),
        rv.ItemSpec("insight", by_ref(data.insights, "I08").id),
        rv.ItemSpec("action", by_ref(data.actions, "A01").id),
        rv.ItemSpec("session_notes", by_ref(data.sessions, "S01").id),
        rv.ItemSpec("report_text", by_ref(data.themes, "T01").id),
        rv.ItemSpec("update", update.record_id),
    ]
    panel = [mb for mb in data.members if mb.role == "community"]
    round_id = rv.create_round(
        demo_db,
        data.commission.id,
        "Drafts for the March meeting",
        specs,
        [mb.id for mb in panel],
        asked_on=date(2026, 3, 1),
    )
    items = {i.kind: i for i in rv.round_view(demo_db, round_id).items}
    members = {mb.ref: mb for mb in panel}
    return Review(demo_db, data, round_id, items, members, update)


def test_a_round_is_created_with_items_in_order_and_reviewers(review):
    db, data, round_id = review.db, review.data, review.round_id
    view = rv.round_view(db, round_id)
    assert [i.kind for i in view.items] == ["insight", "insight", "action", "session_notes", "report_text", "update"]
    assert [i.number for i in view.items] == [1, 2, 3, 4, 5, 6]
    assert len(view.reviewers) == 14 and all(r.asked_on == date(2026, 3, 1) for r in view.reviewers)
    assert all(i.unanswered == 14 and not i.unresolved for i in view.items)
    assert by_ref(data_of(db).insights, "I08").status == "in review"  # was a draft
    report_text = next(i for i in view.items if i.kind == "report_text")
    assert report_text.text.startswith("You said:") and "We did:" in report_text.text
    assert rv.list_rounds(db, data.commission.id)[0].items == 6
    with pytest.raises(UserError, match="already in this round"):
        rv.add_items(db, round_id, [rv.ItemSpec("insight", by_ref(data.insights, "I03").id)])


def test_answers_belong_to_a_reviewer_and_a_text_and_replace_earlier_ones(review):
    db, data, round_id, members = review.db, review.data, review.round_id, review.members
    first = rv.reviewer_items(db, round_id, members["M01"].id)[0]
    rv.record_answer(db, first.item_id, members["M01"].id, "agree")
    rv.record_answer(db, first.item_id, members["M01"].id, " Change ", "Say 'people', not 'customers'.")
    item = rv.round_view(db, round_id).items[0]
    assert item.tally == {"agree": 0, "change": 1, "disagree": 0} and item.unanswered == 13 and item.unresolved
    assert [(a.member_ref, a.answer, a.comment) for a in item.answers] == [
        ("M01", "change", "Say 'people', not 'customers'.")
    ]
    again = rv.reviewer_items(db, round_id, members["M01"].id)[0]
    assert (again.answer, again.comment) == ("change", "Say 'people', not 'customers'.")

    civic = next(mb for mb in data.members if mb.role == "civic")
    with pytest.raises(UserError, match="not asked"):
        rv.record_answer(db, first.item_id, civic.id, "agree")
    with pytest.raises(UserError, match="agree, change or disagree"):
        rv.record_answer(db, first.item_id, members["M02"].id, "maybe")


def test_a_reviewer_sees_their_own_words_and_others_only_with_consent(review):
    db, round_id, members = review.db, review.round_id, review.members
    mine = rv.reviewer_items(db, round_id, members["M10"].id, on=TODAY)[0]
    theirs = rv.reviewer_items(db, round_id, members["M01"].id, on=TODAY)[0]
    assert any(q.own and q.speaker == "You" and OWN_QUOTE in q.text for q in mine.quotes)
    assert not any(OWN_QUOTE in q.text for q in theirs.quotes)
    assert theirs.quotes_withheld == mine.quotes_withheld + 1


def pdf_text_and_sizes(path):
    sizes, pages = set(), []
    for page in PdfReader(path).pages:
        pages.append(
            page.extract_text(
                visitor_text=lambda text, cm, tm, font, size: text.strip() and sizes.add(round(size * tm[0] * cm[0], 1))
            )
        )
    return " ".join(" ".join(pages).split()), sizes


def test_review_pack_is_large_print_plain_and_private(review, tmp_path):
    db, data, round_id, members = review.db, review.data, review.round_id, review.members
    own = write_review_pack(db, round_id, members["M10"].id, tmp_path / "m10.pdf", on=TODAY)
    other = write_review_pack(db, round_id, members["M01"].id, tmp_path / "m01.pdf", on=TODAY)
    own_text, own_sizes = pdf_text_and_sizes(own)
    other_text, other_sizes = pdf_text_and_sizes(other)

    assert min(own_sizes | other_sizes) >= 14
    assert OWN_QUOTE in own_text and "you said this" in own_text
    for words in (
        "Your review pack",
        "Drafts for the March meeting",
        "How to fill this in",
        "Part 1 of 6",
        "Is this what the panel said?",
        "Do you agree this is done?",
        "Your comments",
    ):
        assert words in own_text  # M10 reads English
    assert own_text.count("Disagree") >= 6 and own_text.count("Agree") >= 6
    # M01 prefers Welsh: her pack's own words are Welsh, and it still leaves out the quote she may not see
    assert OWN_QUOTE not in other_text and "am nad yw'r" in other_text
    for words in (
        "Eich pecyn adolygu",
        "Drafts for the March meeting",
        "Sut i lenwi hwn",
        "Rhan 1 o 6",
        "Ai dyma beth ddywedodd y panel?",
        "Ydych chi'n cytuno bod hyn wedi'i wneud?",
        "Eich sylwadau",
    ):
        assert words in other_text
    assert other_text.count("Anghytuno") >= 6 and other_text.count("Cytuno") >= 6

    people = data.people
    for mb in data.members:
        for secret in (mb.email, mb.phone, mb.accessibility_notes):
            if secret:
                assert secret not in own_text and secret not in other_text
        if mb.id != members["M01"].id and not privacy.may_name(people[mb.id], TODAY):
            assert mb.display_name not in other_text
    assert "@" not in own_text + other_text
    assert not list(tmp_path.glob(".*"))  # written whole, nothing half-made left behind


def fill_return(path, answers):
    """Type answers as a coordinator would from paper: {(reviewer_ref, part): (answer, comment)}."""
    book = openpyxl.load_workbook(path)
    sheet = book["Answers"]
    header = [c.value for c in sheet[1]]
    col = {name: header.index(name) + 1 for name in header}
    rows = {}
    for row in sheet.iter_rows(min_row=2):
        rows[(row[0].value, int(row[col["part"] - 1].value))] = row[0].row
    for key, (answer, comment) in answers.items():
        sheet.cell(row=rows[key], column=col["answer"], value=answer)
        sheet.cell(row=rows[key], column=col["comment"], value=comment)
    book.save(path)
    return rows


def test_review_return_is_typed_in_and_imported_all_or_nothing(review, tmp_path):
    db, round_id = review.db, review.round_id
    path = write_review_return(db, round_id, tmp_path / "answers.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Answers"]
    assert [c.value for c in sheet[1]] == [
        "reviewer_ref",
        "reviewer",
        "part",
        "item",
        "text_version",
        "answer",
        "comment",
    ]
    assert sheet.max_row == 1 + 14 * 6 and sheet.protection.sheet
    assert sheet["A2"].protection.locked and not sheet["F2"].protection.locked and not sheet["G2"].protection.locked
    rule = sheet.data_validations.dataValidation[0]
    assert rule.type == "list" and "disagree" in rule.formula1
    assert book["Round"].sheet_state == "hidden"

    answers = {(ref, part): ("agree", "") for ref in ("M01", "M02", "M03", "M04") for part in (1, 2, 4, 5, 6)}
    answers[("M05", 1)] = ("Change", "Add 'and a phone that is answered'.")
    answers[("M06", 6)] = ("disagree", "Nobody has phoned anyone I know.")
    fill_return(path, answers)
    summary = import_review_return(db, path, on=date(2026, 3, 10))
    assert summary.recorded == len(answers) and summary.unchanged == 0
    view = rv.round_view(db, round_id)
    assert view.items[0].tally == {"agree": 4, "change": 1, "disagree": 0} and view.items[0].unresolved
    assert view.items[2].tally == {"agree": 0, "change": 0, "disagree": 0}  # nobody answered the action
    assert import_review_return(db, path).recorded == 0  # importing again changes nothing

    bad = write_review_return(db, round_id, tmp_path / "bad.xlsx")
    rows = fill_return(bad, {("M07", 1): ("maybe", ""), ("M08", 2): ("", "I was not there that day.")})
    book = openpyxl.load_workbook(bad)
    book["Answers"].cell(row=rows[("M09", 3)], column=3, value=99)
    book["Answers"].cell(row=rows[("M09", 3)], column=6, value="agree")
    book.save(bad)
    with pytest.raises(WorkbookError) as caught:
        import_review_return(db, bad)
    found = {(p.row, p.column): p.reason for p in caught.value.problems}
    assert "unknown answer 'maybe'" in found[rows[("M07", 1)], "answer"]
    assert "a comment but no answer" in found[rows[("M08", 2)], "answer"]
    assert "no part '99'" in found[rows[("M09", 3)], "part"]
    assert rv.round_view(db, round_id) == view  # nothing was written


def test_resolve_close_and_the_signoff_trail(review):
    db, round_id, members, update = review.db, review.round_id, review.members, review.update
    view = rv.round_view(db, round_id)
    i03, i08, _action, notes, report, upd = view.items
    panel = list(members.values())
    for mb in panel[:9]:
        for item in (i03, i08, notes, report, upd):
            rv.record_answer(db, item.item_id, mb.id, "agree", on=date(2026, 3, 5))
    rv.record_answer(db, i03.item_id, panel[9].id, "change", "Say which offices: the Jobcentre and the council.")
    rv.record_answer(db, notes.item_id, panel[10].id, "disagree", "It was more than twenty-two people.")
    rv.record_answer(db, upd.item_id, panel[10].id, "disagree", "Not in Aberdare it isn't.")
    rv.record_answer(db, upd.item_id, panel[11].id, "change", "")
    assert [i.item_id for i in rv.round_view(db, round_id).unresolved] == [i03.item_id, notes.item_id]

    new_text = (
        "Phone lines, apps and office hours at the Jobcentre and the council shut out people without data or free time"
    )
    assert rv.resolve_item(db, i03.item_id, new_text=new_text, expected_text_version=1) == 2
    assert by_ref(data_of(db).insights, "I03").statement == new_text
    edited = rv.round_view(db, round_id).items[0]
    assert edited.text_version == 2 and edited.tally == {"agree": 0, "change": 0, "disagree": 0}
    assert all(not a.current for a in edited.answers) and not edited.unresolved
    rv.record_answer(db, i03.item_id, panel[9].id, "agree", on=date(2026, 3, 10))
    with pytest.raises(UserError, match="Say why"):
        rv.resolve_item(db, notes.item_id, keep_reason="  ")
    rv.resolve_item(db, notes.item_id, keep_reason="The register shows twenty-two.")
    assert rv.round_view(db, round_id).unresolved == []
    rv.record_answer(db, notes.item_id, panel[12].id, "change", "Add the crèche.")
    assert [i.item_id for i in rv.round_view(db, round_id).unresolved] == [notes.item_id]  # reopened
    rv.record_answer(db, notes.item_id, panel[12].id, "agree")
    rv.resolve_item(db, notes.item_id, keep_reason="The register shows twenty-two.")

    summary = rv.close_round(db, round_id, on=date(2026, 3, 12))
    assert len(summary.agreed) == 4 and [why for _, why in summary.not_agreed] == ["no one has agreed to it yet"]
    assert summary.verdicts == [(upd.label, "agree")]
    after = data_of(db)
    assert by_ref(after.insights, "I03").status == "agreed" and by_ref(after.insights, "I08").status == "agreed"
    verdict = next(u for u in after.updates if u.id == update.record_id)
    assert verdict.verdict == "agree"
    assert "9 agreed, 1 asked for changes, 1 disagreed" in verdict.verdict_comment
    assert "Not in Aberdare it isn't." in verdict.verdict_comment

    trail = rv.signoff_trail(db, after.commission.id, as_of=TODAY)
    assert [t.kind for t in trail] == ["insight", "insight", "session_notes", "report_text", "update"]
    first = trail[0]
    assert (first.ref, first.text, first.text_version, first.agreed_by, first.asked) == ("I03", new_text, 2, 1, 14)
    assert first.sentence == "Agreed by 1 of 14 panel members on 12 March 2026" and first.edited
    assert trail[1].sentence == "Agreed by 9 of 14 panel members on 12 March 2026"
    assert trail[2].kept_reason == "The register shows twenty-two." and trail[2].agreed_by == 10
    assert trail[4].outcome == "agree" and trail[4].agreed_by == 9
    assert all(t.closed_on == date(2026, 3, 12) for t in trail)

    operations = Counter(
        (h["operation"], h["field"]) for h in edits.history(db, "insight", by_ref(after.insights, "I03").id)
    )
    assert operations[("edit", "statement")] == 1 and operations[("edit", "status")] == 1
    assert operations[("agree", "review")] == 1
    assert check_database(db) == []  # every change was audited
    with pytest.raises(UserError, match="closed"):
        rv.record_answer(db, i08.item_id, panel[0].id, "disagree")
    with pytest.raises(UserError, match="closed"):
        rv.close_round(db, round_id)


def test_an_update_cannot_be_edited_in_a_round(review):
    db, items = review.db, review.items
    with pytest.raises(UserError, match="their own account"):
        rv.resolve_item(db, items["update"].item_id, new_text="It is all done, honestly.")
    with pytest.raises(UserError, match="Either edit"):
        rv.resolve_item(db, items["update"].item_id)


@pytest.mark.parametrize(
    "answers, verdict",
    [
        ({"agree": 3}, "agree"),
        ({"agree": 1, "change": 2}, "partly"),
        ({"disagree": 2, "agree": 1}, "disagree"),
        ({"agree": 2, "disagree": 2}, "partly"),
        ({}, None),
    ],
)
def test_majority_verdict(answers, verdict):
    assert rv.majority_verdict(Counter(answers)) == verdict
