"""The one privacy gate (commission.outward): reports, update returns and review packs all pass through it,
so a member without named consent is never named in full in any of them, in any spelling of their name."""

import unicodedata
from dataclasses import replace
from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from commission import outward
from commission.cli import main
from commission.outward import Redactor, clean, for_others
from commission.reports import build_model
from commission.services import edits
from commission.services import reviews as rv
from commission.services.queries import find_commission, load_commission_data
from commission.services.reporting import make_report
from commission.services.returns import write_returns
from commission.services.review_files import write_review_pack

AS_OF = date(2026, 11, 22)
COUNCIL = "Cwm Taf Valleys County Borough Council"
SECRET = "Kelly Watkins"  # M06: no named consent; pseudonym Rhian


def data_of(db):
    return load_commission_data(db, find_commission(db).id)


def by_ref(items, ref):
    return next(x for x in items if x.ref == ref)


def folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def leaks(text: str) -> bool:
    return "kelly watkins" in folded(text) or "watkins, kelly" in folded(text)


def name_everything(db):
    """The council's first commitment's pledge, its action's title and an update note all name M06."""
    data = data_of(db)
    org = next(o for o in data.organisations if o.name == COUNCIL)
    commitment = next(c for c in data.commitments if c.organisation_id == org.id)
    edits.edit(db, "commitment", commitment.id, {"pledge": f"Meet {SECRET} about the food bank referrals"})
    edits.edit(db, "action", commitment.action_id, {"title": "Follow up with kelly  watkins"})
    edits.log_update(
        db,
        commitment.id,
        date=date(2026, 11, 1),
        status="in progress",
        note="Watkins, Kelly said the\nnew form is clearer",
    )
    return data_of(db), commitment


def workbook_text(path) -> str:
    book = openpyxl.load_workbook(path)
    return "\n".join(
        str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v is not None
    )


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


# -------------------------------------------------------------------------------------------- item 1


def test_a_return_does_not_name_a_member_without_consent(sqlite_demo, tmp_path):
    name_everything(sqlite_demo)
    paths = write_returns(sqlite_demo, tmp_path / "returns", as_of=AS_OF)
    council = next(p for p in paths if p.name.startswith(COUNCIL))
    text = workbook_text(council)
    assert "Meet Rhian about the food bank referrals" in text
    assert "Follow up with Rhian" in text
    assert not leaks(text)
    assert not any(leaks(workbook_text(p)) for p in paths)


def test_a_review_pack_does_not_name_a_member_without_consent(sqlite_demo, tmp_path):
    data, commitment = name_everything(sqlite_demo)
    panel = [mb for mb in data.members if mb.role == "community"]
    round_id = rv.create_round(
        sqlite_demo,
        data.commission.id,
        f"Drafts about {SECRET}'s ideas",
        [rv.ItemSpec("action", commitment.action_id)],
        [mb.id for mb in panel],
        asked_on=date(2026, 3, 1),
    )
    reader = by_ref(data.members, "M01")
    text = pdf_text(write_review_pack(sqlite_demo, round_id, reader.id, tmp_path / "pack.pdf", on=AS_OF))
    assert "Rhian" in text and not leaks(text)
    own = pdf_text(
        write_review_pack(sqlite_demo, round_id, by_ref(data.members, "M06").id, tmp_path / "own.pdf", on=AS_OF)
    )
    assert "Kelly Watkins" in " ".join(own.split())  # her own pack may name her


def test_every_outward_output_passes_the_one_gate(sqlite_demo, tmp_path, monkeypatch):
    calls = []
    real = outward.for_others
    monkeypatch.setattr(outward, "for_others", lambda *a, **kw: calls.append(kw.get("reader_id")) or real(*a, **kw))
    data = data_of(sqlite_demo)
    write_returns(sqlite_demo, tmp_path / "returns", as_of=AS_OF)
    assert len(calls) == 1
    for fmt in ("pdf", "docx", "xlsx"):
        make_report(sqlite_demo, tmp_path / f"r.{fmt}", format=fmt, as_of=AS_OF)
    assert len(calls) == 4
    panel = [mb.id for mb in data.members if mb.role == "community"]
    round_id = rv.create_round(
        sqlite_demo,
        data.commission.id,
        "R",
        [rv.ItemSpec("insight", data.insights[0].id)],
        panel,
        asked_on=date(2026, 3, 1),
    )
    write_review_pack(sqlite_demo, round_id, panel[0], tmp_path / "p.pdf", on=AS_OF)
    assert calls[-1] == panel[0]


def test_the_gate_strips_what_never_leaves(sqlite_demo):
    data = data_of(sqlite_demo)
    shown = for_others(data, AS_OF).data
    assert all(not (mb.email or mb.phone or mb.accessibility_notes) for mb in shown.members)
    assert by_ref(shown.members, "M06").display_name == "Rhian"
    assert by_ref(shown.members, "M01").display_name == "Carys Morgan"
    assert by_ref(shown.quotes, "Q015").text == ""  # M10 has not agreed to be quoted: the words do not leave
    assert by_ref(for_others(data, AS_OF, reader_id=by_ref(data.members, "M10").id).data.quotes, "Q015").text


# -------------------------------------------------------------------------------------------- item 2


@pytest.fixture
def redact(sqlite_demo):
    data = data_of(sqlite_demo)
    members = [replace(mb, display_name="Siân O'Neill") if mb.ref == "M06" else mb for mb in data.members]
    return Redactor(replace(data, members=members), AS_OF)


@pytest.mark.parametrize(
    "written",
    [
        "Siân O'Neill",
        "SIÂN O'NEILL",
        "siân o'neill",
        unicodedata.normalize("NFD", "Siân O'Neill"),
        "Siân O’Neill",
        "Siân O‘Neill",
        "Siân Oʼneill",
        "Siân  O'Neill",
        "Siân\u00a0O'Neill",
        "Siân\nO'Neill",
        "Siân \t O'Neill",
        "O'Neill, Siân",
        "O’Neill,Siân",
        "O'NEILL, SIÂN",
        unicodedata.normalize("NFD", "O'Neill,\nSiân"),
    ],
)
def test_full_name_variants_are_redacted(redact, written):
    assert redact(f"We met {written} on Tuesday.") == "We met Rhian on Tuesday."


def test_control_characters_are_cleaned_and_names_found_across_them(redact):
    assert redact("Siân\x0bO'Neill\x00 said\x1b so") == "Rhian said so"
    assert clean("a\x0bb\x0cc\x00d\x1be\tf\ng") == "a\nb\ncd" + "e\tf\ng"


def test_a_one_word_name_is_still_matched_only_as_written(sqlite_demo):
    data = data_of(sqlite_demo)
    members = [replace(mb, display_name="Hope") if mb.ref == "M06" else mb for mb in data.members]
    redact = Redactor(replace(data, members=members), AS_OF)
    assert redact("We hope Hope comes back.") == "We hope Rhian comes back."


def test_redaction_is_as_fast_as_a_set_lookup_when_no_name_is_there(redact):
    import time

    texts = [f"Update {i}: the council met the panel and agreed next steps for the food bank." for i in range(20000)]
    start = time.perf_counter()
    out = [redact(t) for t in texts]
    assert out == texts
    assert time.perf_counter() - start < 2.0  # about 0.1 s here; a per-name scan was many times that


def test_a_first_name_or_surname_alone_is_listed_for_checking(sqlite_demo):
    data = data_of(sqlite_demo)
    org = next(o for o in data.organisations if o.name == COUNCIL)
    ours = next(c for c in data.commitments if c.organisation_id == org.id)
    other = next(c for c in data.commitments if c.organisation_id != org.id)
    edits.edit(sqlite_demo, "commitment", ours.id, {"pledge": "Ask Kelly which forms confused people"})
    edits.edit(sqlite_demo, "commitment", other.id, {"pledge": "Write to Mrs Watkins; we kelly-proof nothing"})
    model = build_model(data_of(sqlite_demo), AS_OF)
    assert [(p.where, p.word) for p in model.checks] == [
        (f"Commitment {ours.ref}: pledge", "Kelly"),
        (f"Commitment {other.ref}: pledge", "Watkins"),
    ]
    assert "Ask Kelly which forms" in model.checks[0].line()
    # the report is still made with the words as written: a name can also be an ordinary word
    assert any("Ask Kelly which forms" in c.pledge for c in model.commitments)
    only_council = build_model(data_of(sqlite_demo), AS_OF, organisation_ref=org.ref)
    assert [p.word for p in only_council.checks] == ["Kelly"]  # what is not in the report is not listed


def test_cli_report_prints_each_place_to_check_on_stderr(sqlite_demo, tmp_path, capsys):
    data = data_of(sqlite_demo)
    edits.edit(sqlite_demo, "commitment", data.commitments[0].id, {"pledge": "Ask Kelly which forms confused people"})
    edits.edit(sqlite_demo, "action", data.actions[0].id, {"title": "Watkins to chair the next meeting"})
    db_path = str(sqlite_demo.path)
    out = tmp_path / "report.pdf"
    assert main(["report", "--db", db_path, "--out", str(out), "--as-of", AS_OF.isoformat()]) == 0
    captured = capsys.readouterr()
    assert out.exists() and "Wrote" in captured.out
    lines = [line for line in captured.err.splitlines() if line.startswith("  ")]
    assert len(lines) == 2, captured.err
    assert any(f"Commitment {data.commitments[0].ref}: pledge" in line and "Kelly" in line for line in lines)
    assert any(f"Action {data.actions[0].ref}: title" in line and "Watkins" in line for line in lines)


def test_a_redacted_pledge_in_a_return_is_not_a_change_when_it_comes_back(sqlite_demo, tmp_path):
    from commission.services.returns import import_return

    _data, commitment = name_everything(sqlite_demo)
    council = next(p for p in write_returns(sqlite_demo, tmp_path, as_of=AS_OF) if p.name.startswith(COUNCIL))
    book = openpyxl.load_workbook(council)
    sheet = book["Updates"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == commitment.ref)
    row[header.index("date")].value = "2026-11-20"
    row[header.index("status")].value = "done"
    book.save(council)
    summary = import_return(sqlite_demo, council, as_of=AS_OF)
    assert summary.updates_added == 1
    assert not any("pledge" in w for w in summary.warnings), summary.warnings


def test_no_output_builds_its_own_filter():
    """The gate is the only maker of redactors: an output that wants one must go through for_others."""
    from pathlib import Path

    package = Path(outward.__file__).parent
    makers = [
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if p.name != "outward.py" and "Redactor(" in p.read_text(encoding="utf-8")
    ]
    assert makers == []


def _every_name_on_every_text(redactor: Redactor, text: str) -> str:
    """Redaction as it was before the first-word index: every name's pattern tried on every text."""
    if not text:
        return ""
    text = clean(text)
    for swap in sorted((s for swaps in redactor._swaps.values() for s in swaps), key=lambda s: -s.length):
        text = swap.pattern.sub(swap.to, text)
    return text


def _texts(data) -> list[str]:
    import dataclasses

    found = []
    for collection in dataclasses.fields(data):
        items = getattr(data, collection.name)
        for item in items if isinstance(items, list) else [items]:
            if dataclasses.is_dataclass(item):
                values = (getattr(item, f.name) for f in dataclasses.fields(item))  # records have slots, not vars
                found += [v for v in values if isinstance(v, str) and v]
    return found


def test_the_first_word_index_gives_what_trying_every_name_gives(sqlite_demo, redact):
    """On every text of the demo (with every member unnamed, so every name is looked for) and on each
    hostile spelling of a name, the indexed redactor writes exactly what a scan of every name writes."""
    data = data_of(sqlite_demo)
    everyone = Redactor(replace(data, members=[replace(m, consent_named=False) for m in data.members]), AS_OF)
    texts = _texts(data) + [f"{m.display_name} and {m.display_name.upper()} met." for m in data.members]
    variants = test_full_name_variants_are_redacted.pytestmark[0].args[1]
    hostile = [f"We met {v} on Tuesday; {v}, again." for v in variants] + [
        "Siân\x0bO'Neill\x00 said\x1b so",
        "O'Neill-Smith Siân, Siân O'Neillson, Siân O'Neill's form",
        "we hope Hope comes",
    ]
    for redactor, cases in ((everyone, texts), (redact, texts + hostile)):
        assert redactor._swaps  # names to look for: the comparison is not empty
        for text in cases:
            assert redactor(text) == _every_name_on_every_text(redactor, text), text
