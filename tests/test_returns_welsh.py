"""An organisation that works in Welsh gets its update return in Welsh, and the return comes back in Welsh:
Welsh status words are read as the statuses they mean and its note is kept as the update's Welsh note."""

from datetime import date

import openpyxl
import pytest
from test_returns import AS_OF, COUNCIL, fill

from commission.services import return_words, returns
from commission.services.queries import find_commission, load_commission_data
from commission.services.returns import import_return, write_returns

COUNCIL_CY = "Cyngor Bwrdeistref Sirol Cymoedd Cwm Taf"


@pytest.fixture
def welsh_council(monkeypatch):
    """The council works in Welsh (the organisation's language comes through this one seam)."""
    monkeypatch.setattr(returns, "organisation_language", lambda org: "cy" if org.ref == "ORG-COUNCIL" else "en")


def test_the_seam_says_english_until_organisations_have_a_language():
    from commission.domain import Organisation

    assert return_words.organisation_language(Organisation(1, "O", "Org")) == "en"


def test_a_welsh_return_is_in_welsh(sqlite_demo, tmp_path, welsh_council):
    paths = write_returns(sqlite_demo, tmp_path, as_of=AS_OF)
    council = next(p for p in paths if p.name.startswith(COUNCIL))
    book = openpyxl.load_workbook(council)
    words = " ".join(str(c) for row in book["Instructions"].iter_rows(values_only=True) for c in row if c)
    assert f"Ffurflen ddiweddaru ar gyfer {COUNCIL_CY}" in words and "22 Tachwedd 2026" in words
    assert "Why you have this" not in words and "Open the Updates sheet" not in words
    data = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id)
    pledge = next(c for c in data.commitments if c.ref == "C01")
    shown = [r[3] for r in book["Commitments"].iter_rows(min_row=2, values_only=True)]
    assert pledge.pledge_cy in shown
    header = [c.value for c in book["Updates"][1]]
    assert "note_cy" in header and "note" not in header
    status_rule = next(
        v
        for v in book["Updates"].data_validations.dataValidation
        if v.type == "list" and "ar y gweill" in (v.formula1 or "")
    )
    assert "in progress" not in status_rule.formula1
    other = next(p for p in paths if not p.name.startswith(COUNCIL))
    assert "Why you have this" in " ".join(
        str(c) for row in openpyxl.load_workbook(other)["Instructions"].iter_rows(values_only=True) for c in row if c
    )


def test_a_welsh_return_comes_back_in_welsh(sqlite_demo, tmp_path, welsh_council):
    paths = write_returns(sqlite_demo, tmp_path, as_of=AS_OF)
    council = next(p for p in paths if p.name.startswith(COUNCIL))
    fill(
        council,
        {
            "C02": {
                "date": "2026-11-20",
                "status": "ar y gweill",
                "progress": 80,
                "note_cy": "Mae desg Treorci ar agor.",
            },
            "C03": {"date": "20/11/2026", "status": "Wedi’i wneud"},
        },
    )
    summary = import_return(sqlite_demo, council, as_of=date(2026, 11, 22))
    assert summary.updates_added == 2 and not any("pledge" in w for w in summary.warnings)
    data = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id)
    ids = {c.ref: c.id for c in data.commitments}
    c02 = [u for u in data.updates if u.commitment_id == ids["C02"]][-1]
    assert (c02.status, c02.progress, c02.note_cy, c02.note) == ("in progress", 80, "Mae desg Treorci ar agor.", "")
    c03 = [u for u in data.updates if u.commitment_id == ids["C03"]][-1]
    assert c03.status == "done"


def test_welsh_verdict_words_are_read_in_a_workbook(sqlite_demo, tmp_path):
    from commission.services.importer import import_workbook

    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "Commission.csv").write_text("key,value\nname,Cwm Taf Valleys Poverty Truth Commission\n")
    (folder / "Updates.csv").write_text(
        "commitment_ref,date,status,verdict\nC02,2026-11-21,mewn perygl,cytuno'n rhannol\n"
    )
    import_workbook(sqlite_demo, folder)
    data = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id)
    last = data.updates[-1]
    assert (last.status, last.verdict) == ("at risk", "partly")


def test_the_instructions_read_the_same_in_both_languages():
    """One template a language: the same lines in the same places, a name taken as it is, never as markup."""
    from commission.domain import CommissionInfo, Organisation
    from commission.vocab import UPDATE_STATUSES

    org = Organisation(1, "ORG-X", "Shop | # Two", name_cy="Siop | ## Dau")
    commission = CommissionInfo(1, "Valleys {org} Commission", name_cy="Comisiwn y Cymoedd")
    english = return_words.instructions("en", org, commission, AS_OF, 1)
    welsh = return_words.instructions("cy", org, commission, AS_OF, 3)
    assert [kind for kind, _label, _text in english] == [kind for kind, _label, _text in welsh]
    in_english = {"note_cy": "note", **dict(zip(return_words.STATUSES_CY, UPDATE_STATUSES, strict=True))}
    assert [label for _k, label, _t in english] == [in_english.get(label, label) for _k, label, _t in welsh]
    assert english[0] == ("title", "", "Update return for Shop | # Two")
    assert welsh[0] == ("title", "", "Ffurflen ddiweddaru ar gyfer Siop | ## Dau")
    assert english[1][2] == "From Valleys {org} Commission. Prepared on 22 November 2026."
    assert welsh[1][2] == "Gan Comisiwn y Cymoedd. Paratowyd ar 22 Tachwedd 2026."
    assert "This file lists your 1 commitment. Please" in english[4][2]  # an indented line goes on, one space
    assert "rhestru eich 3 ymrwymiad." in welsh[4][2]
    texts = [text for _k, _l, text in english + welsh]
    assert not any("  " in text or text != text.strip() for text in texts)
