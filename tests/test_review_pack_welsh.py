"""A review pack speaks its reader's language: a panel member who prefers Welsh (members.language) gets the
pack's own words in Welsh; the words under review stay as they were written."""

from datetime import date

from pypdf import PdfReader

from commission.services import reviews as rv
from commission.services.queries import find_commission, load_commission_data
from commission.services.review_files import build_review_pack, write_review_pack

AS_OF = date(2026, 11, 22)


def _text(path):
    return " ".join("\n".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_a_welsh_member_gets_a_welsh_pack(sqlite_demo, tmp_path):
    data = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id)
    welsh = next(m for m in data.members if m.ref == "M01")  # Carys Morgan prefers Welsh
    english = next(m for m in data.members if m.ref == "M02")
    assert (welsh.language, english.language) == ("cy", "en")
    insight = next(i for i in data.insights if i.ref == "I01")
    round_id = rv.create_round(
        sqlite_demo,
        data.commission.id,
        "Cylch adolygu",
        [rv.ItemSpec("insight", insight.id)],
        [welsh.id, english.id],
        asked_on=date(2026, 3, 1),
    )
    assert build_review_pack(sqlite_demo, round_id, welsh.id, on=AS_OF).language == "cy"
    cy = _text(write_review_pack(sqlite_demo, round_id, welsh.id, tmp_path / "cy.pdf", on=AS_OF))
    for words in (
        "Eich pecyn adolygu",
        "Rhan 1 o 1",
        "Ai dyma beth ddywedodd y panel?",
        "Cytuno",
        "Anghytuno",
        "Eich sylwadau:",
        "22 Tachwedd 2026",
        "Tudalen 1 o",
    ):
        assert words in cy, words
    for words in ("Your review pack", "Part 1 of", "Your comments", "November", "Page 1 of"):
        assert words not in cy, words
    assert insight.statement in cy  # the words under review, as written
    en = _text(write_review_pack(sqlite_demo, round_id, english.id, tmp_path / "en.pdf", on=AS_OF))
    assert "Your review pack" in en and "Part 1 of 1" in en and "Eich pecyn" not in en
