"""The bundled demo commission (resources/demo/*.csv) is complete, consistent and privacy-interesting."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from commission import vocab
from commission.sheets import COMMISSION_KEYS, SHEETS
from commission.workbook.validate import COLUMN_KINDS

DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"
AS_OF = date(2026, 11, 22)


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    return {
        sheet.name: pd.read_csv(DEMO_DIR / sheet.csv_name, dtype=str, keep_default_na=False, encoding="utf-8")
        for sheet in SHEETS
    }


def split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def iso(cell: str) -> date:
    parsed = vocab.parse_date(cell)
    assert parsed is not None, f"not an ISO date: {cell!r}"
    return parsed


def test_one_csv_per_sheet_with_exact_columns(frames):
    assert sorted(p.name for p in DEMO_DIR.glob("*.csv")) == sorted(s.csv_name for s in SHEETS)
    for sheet in SHEETS:
        assert tuple(frames[sheet.name].columns) == sheet.columns, sheet.name


def test_required_cells_filled(frames):
    for sheet in SHEETS:
        frame = frames[sheet.name]
        for column in sheet.required:
            blanks = frame.index[frame[column].str.strip() == ""].tolist()
            assert not blanks, f"{sheet.name}.{column} blank in rows {blanks}"


def test_keys_unique(frames):
    for sheet in SHEETS:
        if sheet.key:
            keys = frames[sheet.name][list(sheet.key)].apply(tuple, axis=1)
            dupes = [k for k, n in Counter(keys).items() if n > 1]
            assert not dupes, f"{sheet.name}: duplicate keys {dupes}"


def test_commission_keys(frames):
    values = dict(zip(frames["Commission"]["key"], frames["Commission"]["value"], strict=True))
    assert set(values) <= set(COMMISSION_KEYS)
    assert values["name"]
    assert values["language"] in vocab.LANGUAGES
    assert iso(values["start_date"]) == date(2025, 3, 1)
    assert iso(values["end_date"]) == date(2027, 2, 28)


# (sheet, column, target sheet, is a ;-list), as the importer declares them
REFERENCES = [
    (sheet, column, kind[1], kind[0] == "links")
    for sheet, columns in COLUMN_KINDS.items()
    for column, kind in columns.items()
    if isinstance(kind, tuple) and kind[0] in ("link", "links")
]


@pytest.mark.parametrize(("sheet", "column", "target", "is_list"), REFERENCES)
def test_refs_resolve(frames, sheet, column, target, is_list):
    known = set(frames[target]["ref"])
    missing = []
    for cell in frames[sheet][column]:
        for ref in split(cell) if is_list else [cell.strip()] if cell.strip() else []:
            if ref not in known:
                missing.append(ref)
    assert not missing, f"{sheet}.{column}: unknown {target} refs {missing}"


def test_every_ref_column_is_checked():
    checked = {(sheet, column) for sheet, column, _, _ in REFERENCES}
    for sheet in SHEETS:
        for column in sheet.columns:
            if column.endswith(("_ref", "_refs")):
                assert (sheet.name, column) in checked, f"{sheet.name}.{column} not checked"


def test_enumerated_values(frames):
    def check(sheet, column, choices, allow_blank=False):
        for cell in frames[sheet][column]:
            if allow_blank and cell == "":
                continue
            assert cell in choices, f"{sheet}.{column}: {cell!r} not in {choices}"

    check("Organisations", "kind", vocab.ORGANISATION_KINDS)
    check("Members", "role", vocab.ROLES)
    check("Members", "language", vocab.LANGUAGES)
    check("Members", "consent_named", ("yes", "no"))
    check("Members", "consent_quote", ("yes", "no"))
    check("Sessions", "kind", vocab.SESSION_KINDS)
    check("Attendance", "status", vocab.ATTENDANCE)
    check("Themes", "asset", vocab.ASSETS)
    check("Insights", "status", vocab.INSIGHT_STATUSES)
    check("Updates", "status", vocab.UPDATE_STATUSES)
    check("Updates", "verdict", vocab.VERDICTS, allow_blank=True)


def test_dates_are_iso(frames):
    for sheet, column in [
        ("Members", "consent_named_expires"),
        ("Members", "consent_quote_expires"),
        ("Sessions", "date"),
        ("Commitments", "made_on"),
        ("Commitments", "due"),
        ("Updates", "date"),
    ]:
        for cell in frames[sheet][column]:
            if cell:
                iso(cell)


def test_numbers(frames):
    for cell in frames["Updates"]["progress"]:
        if cell:
            assert cell.isdigit() and 0 <= int(cell) <= 100, cell
    for cell in frames["Commitments"]["weight"]:
        assert cell.isdigit() and int(cell) >= 1, cell
    for cell in frames["Themes"]["colour"]:
        assert len(cell) == 7 and cell[0] == "#" and int(cell[1:], 16) >= 0, cell


def test_counts(frames):
    counts = {name: len(frame) for name, frame in frames.items()}
    assert counts["Organisations"] == 6
    assert 9 <= counts["Sessions"] <= 12
    assert 6 <= counts["Themes"] <= 8
    assert 18 <= counts["Insights"] <= 24
    assert 35 <= counts["Quotes"] <= 50
    assert 10 <= counts["Actions"] <= 14
    assert 22 <= counts["Commitments"] <= 30
    assert 50 <= counts["Updates"] <= 70
    roles = Counter(frames["Members"]["role"])
    assert 12 <= roles["community"] <= 15
    assert 10 <= roles["civic"] <= 14
    assert roles["facilitator"] == 2


def test_organisations_cover_every_kind_needed(frames):
    kinds = set(frames["Organisations"]["kind"])
    assert {"council", "health", "dwp", "housing", "voluntary", "business"} <= kinds
    per_org = Counter(frames["Commitments"]["organisation_ref"])
    assert set(per_org) == set(frames["Organisations"]["ref"])
    assert min(per_org.values()) >= 2


def test_members(frames):
    members = frames["Members"].set_index("ref")
    civic = members[members["role"] == "civic"]
    assert (civic["organisation_ref"] != "").all()
    assert (civic["consent_named"] == "yes").all()
    community = members[members["role"] == "community"]
    assert (community["organisation_ref"] == "").all()
    named = community[(community["consent_named"] == "yes") & (community["consent_named_expires"] == "")]
    assert len(named) >= 3
    pseudonymous = community[(community["consent_named"] == "no") & (community["pseudonym"] != "")]
    assert len(pseudonymous) >= 3
    nameless = community[(community["consent_named"] == "no") & (community["pseudonym"] == "")]
    assert len(nameless) == 1
    assert (community["consent_quote"] == "no").sum() >= 2
    named_expires = community.loc[community["consent_named"] == "yes", "consent_named_expires"]
    assert list(named_expires[named_expires != ""]) == ["2026-06-30"]
    quote_expires = community.loc[community["consent_quote"] == "yes", "consent_quote_expires"]
    assert list(quote_expires[quote_expires != ""]) == ["2026-09-30"]
    assert "cy" in set(members["language"])
    assert (members["email"] != "").any() and (members["phone"] != "").any()
    notes = set(members["accessibility_notes"])
    assert {"Large print, 16 pt", "Needs step-free access", "Prefers Welsh"} <= notes


def test_commitments_made_by_their_own_organisation(frames):
    members = frames["Members"].set_index("ref")
    for _, row in frames["Commitments"].iterrows():
        maker = members.loc[row["made_by_ref"]]
        assert maker["role"] == "civic", row["ref"]
        assert maker["organisation_ref"] == row["organisation_ref"], row["ref"]
        assert date(2025, 9, 1) <= iso(row["made_on"]) <= date(2026, 6, 30), row["ref"]
        assert date(2026, 3, 1) <= iso(row["due"]) <= date(2027, 6, 30), row["ref"]


def test_sessions(frames):
    sessions = frames["Sessions"]
    assert set(sessions["kind"]) == set(vocab.SESSION_KINDS)
    dates = [iso(d) for d in sessions["date"]]
    assert min(dates) >= date(2025, 3, 1) and max(dates) <= date(2026, 10, 31)
    for _, row in sessions.iterrows():
        assert 100 <= len(row["notes"].split()) <= 300, row["ref"]
        assert row["location"] and row["agenda"], row["ref"]


def test_quotes_are_words_from_their_session(frames):
    notes = dict(zip(frames["Sessions"]["ref"], frames["Sessions"]["notes"], strict=True))
    for _, quote in frames["Quotes"].iterrows():
        assert quote["text"] in notes[quote["session_ref"]], quote["ref"]
        assert split(quote["insight_refs"]), quote["ref"]


def test_quoted_speakers_were_there(frames):
    attendance = frames["Attendance"]
    present = set(
        attendance.loc[attendance["status"] == "present", ["session_ref", "member_ref"]].itertuples(
            index=False, name=None
        )
    )
    for quote in frames["Quotes"].itertuples():
        if quote.member_ref:
            assert (quote.session_ref, quote.member_ref) in present, quote.ref


def test_quotes_exercise_consent(frames):
    members = frames["Members"].set_index("ref")
    quotes = frames["Quotes"]
    speakers = quotes["member_ref"]
    assert (speakers == "").sum() >= 2
    community = set(members.index[members["role"] == "community"])
    assert speakers[speakers != ""].isin(community).mean() > 0.8

    def quote_valid(ref: str) -> bool:
        member = members.loc[ref]
        expires = member["consent_quote_expires"]
        return member["consent_quote"] == "yes" and (not expires or iso(expires) >= AS_OF)

    withheld = [ref for ref in speakers if ref and not quote_valid(ref)]
    assert len(withheld) >= 4
    # Withheld for each reason: refused, expired.
    assert any(members.loc[ref, "consent_quote_expires"] for ref in withheld)
    assert any(members.loc[ref, "consent_quote"] == "no" for ref in withheld)


def test_themes_cover_all_assets(frames):
    themes = frames["Themes"]
    assert set(themes["asset"]) == set(vocab.ASSETS)
    assert 1 <= (themes["parent_ref"] != "").sum() <= 2
    assert (themes["description"] != "").all()
    top = themes[themes["parent_ref"] == ""]
    assert len(top) == 6


def test_insights_and_actions(frames):
    insights = frames["Insights"]
    assert set(insights["status"]) == set(vocab.INSIGHT_STATUSES)
    for cell in insights["session_refs"]:
        assert 1 <= len(split(cell)) <= 2
    quoted = {ref for cell in frames["Quotes"]["insight_refs"] for ref in split(cell)}
    assert set(insights["ref"]) <= quoted, "every insight has a quote behind it"
    kinds = dict(zip(frames["Sessions"]["ref"], frames["Sessions"]["kind"], strict=True))
    actions = frames["Actions"]
    for _, action in actions.iterrows():
        assert 1 <= len(split(action["insight_refs"])) <= 3, action["ref"]
        assert kinds[action["agreed_session_ref"]] in ("theme", "joint", "closing"), action["ref"]
    assert set(actions["ref"]) == set(frames["Commitments"]["action_ref"]), "every action has a pledge"


def test_updates_dated_in_range(frames):
    updates = frames["Updates"]
    assert max(iso(d) for d in updates["date"]) <= date(2026, 11, 15)
    pairs = Counter(zip(updates["commitment_ref"], updates["date"], strict=True))
    assert max(pairs.values()) >= 2, "two updates on one commitment on one day"
    for cell in updates["verdict_comment"][updates["verdict"].isin(["", "not assessed"])]:
        assert cell == ""
    for cell in updates["verdict_comment"][updates["verdict"].isin(["agree", "partly", "disagree"])]:
        assert cell


def _states(frames, as_of: date) -> dict[str, tuple[str, str]]:
    """(state, latest assessed verdict) per commitment, by SPEC.md's progress rules."""
    by_commitment: dict[str, list] = {}
    for position, row in enumerate(frames["Updates"].itertuples()):
        if iso(row.date) <= as_of:
            by_commitment.setdefault(row.commitment_ref, []).append((iso(row.date), position, row))
    result = {}
    for row in frames["Commitments"].itertuples():
        updates = [u for _, _, u in sorted(by_commitment.get(row.ref, []), key=lambda t: t[:2])]
        latest = updates[-1] if updates else None
        status = latest.status if latest else "not started"
        assessed = [u.verdict for u in updates if u.verdict not in ("", "not assessed")]
        verdict = assessed[-1] if assessed else "not assessed"
        alive = iso(latest.date) if latest else iso(row.made_on)
        if status == "done":
            state = "done"
        elif status == "dropped":
            state = "dropped"
        elif iso(row.due) < as_of:
            state = "overdue"
        elif status in ("at risk", "stalled") or as_of - alive > timedelta(days=90):
            state = "at risk"
        else:
            state = "on track"
        result[row.ref] = (state, verdict)
    return result


def test_state_mix_as_of_demo_date(frames):
    states = _states(frames, AS_OF)
    mix = Counter(state for state, _ in states.values())
    assert set(mix) == set(vocab.STATES)
    assert 5 <= mix["done"] <= 8
    assert 1 <= mix["dropped"] <= 2
    assert 3 <= mix["overdue"] <= 5
    assert 4 <= mix["at risk"] <= 6
    assert mix["on track"] >= 5
    done_verdicts = Counter(verdict for state, verdict in states.values() if state == "done")
    assert done_verdicts["agree"] and (done_verdicts["partly"] or done_verdicts["disagree"])
    assert done_verdicts["disagree"], "the panel does not always agree"


def test_done_with_verdict_on_an_earlier_update(frames):
    updates = frames["Updates"]
    found = False
    for _ref, group in updates.groupby("commitment_ref", sort=False):
        last = group.iloc[-1]
        earlier_assessed = group.iloc[:-1]["verdict"].isin(["agree", "partly", "disagree"]).any()
        if last["status"] == "done" and last["verdict"] in ("", "not assessed") and earlier_assessed:
            found = True
    assert found


def test_a_commitment_with_no_updates(frames):
    updated = set(frames["Updates"]["commitment_ref"])
    assert set(frames["Commitments"]["ref"]) - updated
