"""The report model: figures from the rules, privacy applied once, the quarter compared."""

from datetime import date

import pytest

from commission.domain import evaluate
from commission.errors import UserError
from commission.reports.changes import months_before
from commission.reports.formatting import pct, points
from commission.reports.model import build_model, theme_assets
from commission.reports.text import Text

from .report_fixtures import AS_OF, CONTACTS, SECRET_NAMES, SHOWN_QUOTES, WITHHELD_QUOTES


def test_figures_are_the_rules_figures(data):
    model = build_model(data, AS_OF)
    figures = evaluate(data, AS_OF)
    assert model.states == figures.states
    assert model.states == {"done": 2, "dropped": 1, "overdue": 1, "at risk": 2, "on track": 3}
    assert model.overall == pytest.approx(figures.overall) == pytest.approx(42.5)
    assert model.panel_agreement == figures.panel_agreement == 50.0
    assert model.done_agreed == 1
    for entry in model.commitments:
        result = figures.commitments[entry.id]
        assert (entry.state, entry.progress, entry.latest_status, entry.latest_update, entry.verdict) == (
            result.state,
            result.progress,
            result.latest_status,
            result.latest_update,
            result.verdict,
        )


def test_updates_after_as_of_do_not_count(data):
    c9 = next(c for c in build_model(data, AS_OF).commitments if c.ref == "C9")
    assert c9.state == "on track" and c9.progress == 0 and c9.timeline == []


def test_latest_assessed_verdict_wins_over_a_later_unassessed_update(data):
    c7 = next(c for c in build_model(data, AS_OF).commitments if c.ref == "C7")
    assert c7.verdict == "disagree" and c7.verdict_comment == "We have not seen it."
    assert c7.latest_note == "Reprinted."


def test_members_are_shown_only_as_consent_allows(data):
    model = build_model(data, AS_OF)
    by_ref = {c.ref: c for c in model.commitments}
    assert by_ref["C1"].made_by == "Gareth Civicman"  # named consent
    assert by_ref["C5"].made_by == "Civic commissioner 2"  # civic, no consent, no pseudonym
    quotes = [q for t in model.themes for i in t.insights for q in i.quotes]
    speakers = {q.text: q.speaker for q in quotes}
    assert speakers == {
        SHOWN_QUOTES[0]: "Alice Namedwell",
        SHOWN_QUOTES[1]: "Rhiannon",
        SHOWN_QUOTES[2]: "a panel member",
    }
    assert model.quotes_total == 6 and model.quotes_withheld == 3


def test_free_text_is_redacted(data):
    model = build_model(data, AS_OF)
    by_ref = {c.ref: c for c in model.commitments}
    assert "Carl Hiddenson" not in by_ref["C1"].latest_note
    assert "Community commissioner 3" in by_ref["C1"].latest_note
    assert by_ref["C2"].latest_reported_by == "Civic commissioner 2"
    assert by_ref["C2"].verdict_comment.startswith("Rhiannon says it is slow.")
    assert "07700 900002" not in by_ref["C2"].verdict_comment


def test_nothing_private_in_the_model(data):
    text = repr(build_model(data, AS_OF))
    for secret in SECRET_NAMES + CONTACTS + WITHHELD_QUOTES:
        assert secret not in text
    assert "step-free" not in text and "hearing loop" not in text


def test_expired_consent_counts_on_the_as_of_date(data):
    early = build_model(data, date(2026, 1, 31))  # Dafydd's consents still valid that day
    quotes = [q.text for t in early.themes for i in t.insights for q in i.quotes]
    assert WITHHELD_QUOTES[1] in quotes
    assert early.quotes_withheld == 2


def test_sessions_held_and_attendance(data):
    model = build_model(data, AS_OF)
    assert [s.ref for s in model.sessions] == ["S1", "S2", "S3", "S4"]  # S5 is after the as-of date
    s1 = model.sessions[0]
    assert (s1.present, s1.apologies, s1.absent) == (5, 0, 0)
    assert s1.named_present == ["Alice Namedwell"] and s1.unnamed_present == 4
    s4 = model.sessions[3]
    assert s4.named_present == ["Alice Namedwell", "Gareth Civicman"] and s4.unnamed_present == 2


def test_assets_from_themes_with_sub_themes_taking_their_parents(data):
    assets = theme_assets(data.themes)
    assert assets[2] == "public"
    model = build_model(data, AS_OF)
    by_asset = {a.asset: a for a in model.assets}
    assert {a: f.actions for a, f in by_asset.items()} == {
        "human": 1,
        "social": 1,
        "physical": 1,
        "public": 1,
        "financial": 1,
    }
    figures = evaluate(data, AS_OF)
    assert by_asset["public"].progress == pytest.approx(figures.actions[1])


def test_actions_reported_under_their_first_theme(data):
    model = build_model(data, AS_OF)
    names = {t.name: t for t in model.themes}
    assert [t.name for t in model.themes][:2] == ["Stigma in services", "Jobcentre appointments"]
    assert [a.ref for a in names["Stigma in services"].actions] == ["A1"]
    assert names["Jobcentre appointments"].see_also == [("A1", "Stigma in services")]
    assert [a.ref for a in model.other_actions] == ["A5"]


def test_what_changed_since_the_previous_quarter(data):
    model = build_model(data, AS_OF)
    by_id = {c.id: c.ref for c in model.commitments}
    changes = model.changes
    assert changes.since == date(2026, 8, 22)
    assert [by_id[i] for i in changes.newly_done] == ["C1"]
    assert [by_id[i] for i in changes.newly_overdue] == ["C4"]
    assert [by_id[i] for i in changes.new_commitments] == ["C6", "C9"]
    assert changes.updates_received == 3
    assert changes.overall_now - changes.overall_before == pytest.approx(changes.delta)
    assert changes.overall_before == pytest.approx(evaluate(data, date(2026, 8, 22)).overall)


@pytest.mark.parametrize(
    "day,expected",
    [
        (date(2026, 5, 31), date(2026, 2, 28)),
        (date(2024, 5, 31), date(2024, 2, 29)),
        (date(2026, 2, 15), date(2025, 11, 15)),
        (date(2026, 1, 1), date(2025, 10, 1)),
    ],
)
def test_months_before(day, expected):
    assert months_before(day, 3) == expected


def test_organisation_filter(data):
    model = build_model(data, AS_OF, organisation_ref="ORG-H")
    assert model.organisation == "Example University Health Board"
    assert [c.ref for c in model.commitments] == ["C5", "C6"]
    assert model.states["dropped"] == 1 and model.states["on track"] == 1
    assert [a.ref for t in model.themes for a in t.actions] == ["A4"]


def test_organisation_filter_matching_nothing(data):
    model = build_model(data, AS_OF, organisation_ref="ORG-V")
    assert model.commitments == [] and model.overall == 0 and model.panel_agreement is None
    assert [o.name for o in model.organisations] == ["Example Food Bank Network"]


def test_unknown_organisation_is_a_user_error(data):
    with pytest.raises(UserError, match="No organisation with ref 'NOPE'"):
        build_model(data, AS_OF, organisation_ref="NOPE")


def test_welsh_and_bilingual_words():
    assert Text("cy").state("done") == "wedi'i wneud"
    assert Text("both")("at_a_glance") == "Cipolwg / At a glance"  # Welsh placed to be read first
    assert Text("cy").date(date(2026, 11, 22)) == "22 Tachwedd 2026"
    assert Text("en").date(date(2026, 11, 22)) == "22 November 2026"
    assert Text("cy").speaker("Community commissioner 3") == "Comisiynydd cymunedol 3"
    assert Text("en")("n_actions", n=1) == "1 action"
    with pytest.raises(UserError):
        Text("fr")


def test_formatting():
    assert pct(42.5) == "42.5%" and pct(50.0) == "50%" and pct(None) == "\u2014" and pct(33.333) == "33.3%"
    assert points(7.46) == "+7.5" and points(-2.0) == "\u22122" and points(0.01) == "0"


def test_redaction_matches_full_names_in_any_case_and_single_names_as_written(data):
    from commission.reports.model import Redactor

    data.members[2].display_name = "Hope"  # Carl becomes a one-word name
    redact = Redactor(data, AS_OF)
    assert redact("We hope Hope comes back.") == "We hope Community commissioner 3 comes back."
    assert redact("BETHAN PSEUDONYMSON spoke.") == "Rhiannon spoke."
    assert redact("Write to alice@example.org") == "Write to [contact withheld]"
