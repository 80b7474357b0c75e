"""A small commission built by hand, covering every consent case, state, asset and a sub-theme.

As of AS_OF (22 November 2026), by construction:
  states: done 2 (C1 agree, C7 disagree), on track 3 (C2, C6, C9), at risk 2 (C3 stalled, C8 silent),
          overdue 1 (C4), dropped 1 (C5); C9's only update is dated after AS_OF,
  so it is not counted. Overall progress 42.5, panel agreement 50.0. Since 22 August: C1 newly done, C4 newly
  overdue, C6 and C9 new.
  quotes behind insights: 6, withheld 3 (Carl: no consent; Dafydd: expired; Eira: withdrawn).
"""

from __future__ import annotations

from datetime import date

from commission.domain import (
    Action,
    Attendance,
    CommissionData,
    CommissionInfo,
    Commitment,
    Insight,
    Member,
    Organisation,
    Quote,
    Session,
    Theme,
    Update,
)

AS_OF = date(2026, 11, 22)

# things that must never leave the app in a report for others
SECRET_NAMES = ("Carl Hiddenson", "Dafydd Expiredson", "Eira Withdrawnson", "Bethan Pseudonymson", "Helen Officerson")
CONTACTS = (
    "alice@example.org",
    "07700 900001",
    "bethan@example.org",
    "07700 900002",
    "carl@example.org",
    "helen@council.example",
)
ACCESSIBILITY = ("Needs step-free access", "Uses a hearing loop", "Prefers large print in Welsh")
WITHHELD_QUOTES = (
    "CARLSECRET words about the jobcentre",
    "DAFYDDEXPIRED words about damp",
    "EIRAWITHDRAWN words about confidence",
)
SHOWN_QUOTES = (
    "Alice said the staff looked straight through her",
    "Rhiannon said the letters frighten people",
    "Nobody told us the money had stopped",
)
NAMED = ("Alice Namedwell", "Gareth Civicman")


def build_commission() -> CommissionData:
    orgs = [
        Organisation(1, "ORG-C", "Cwm Example Council", "council"),
        Organisation(2, "ORG-H", "Example University Health Board", "health"),
        Organisation(3, "ORG-D", "Jobcentre Plus, Example district", "dwp"),
        Organisation(4, "ORG-HA", "Tai Example Housing Association: [North]/South*", "housing"),
        Organisation(5, "ORG-V", "Example Food Bank Network", "voluntary"),  # no commitments
    ]
    members = [
        Member(
            1,
            "M01",
            "Alice Namedwell",
            "community",
            consent_named=True,
            consent_quote=True,
            email="alice@example.org",
            phone="07700 900001",
            accessibility_notes="Needs step-free access",
        ),
        Member(
            2,
            "M02",
            "Bethan Pseudonymson",
            "community",
            pseudonym="Rhiannon",
            consent_named=False,
            consent_quote=True,
            email="bethan@example.org",
            phone="07700 900002",
            accessibility_notes="Uses a hearing loop",
        ),
        Member(
            3,
            "M03",
            "Carl Hiddenson",
            "community",
            email="carl@example.org",
            accessibility_notes="Prefers large print in Welsh",
        ),
        Member(
            4,
            "M04",
            "Dafydd Expiredson",
            "community",
            consent_named=True,
            consent_named_expires=date(2026, 1, 31),
            consent_quote=True,
            consent_quote_expires=date(2026, 1, 31),
        ),
        Member(5, "M05", "Eira Withdrawnson", "community", pseudonym="Seren", consent_named=False, consent_quote=False),
        Member(6, "M06", "Gareth Civicman", "civic", organisation_id=1, consent_named=True, consent_quote=True),
        Member(7, "M07", "Helen Officerson", "civic", organisation_id=2, email="helen@council.example"),
    ]
    sessions = [
        Session(1, "S1", date(2025, 10, 1), "Launch listening session"),
        Session(2, "S2", date(2025, 11, 5), "Money and the jobcentre"),
        Session(3, "S3", date(2026, 1, 20), "Choosing themes", kind="theme"),
        Session(4, "S4", date(2026, 3, 10), "Closing event", kind="closing"),
        Session(5, "S5", date(2027, 1, 15), "Future follow-up", kind="follow-up"),  # after AS_OF
    ]
    attendance = [Attendance(1, m, "present") for m in (1, 2, 3, 4, 5)] + [
        Attendance(2, 1, "present"),
        Attendance(2, 3, "apologies"),
        Attendance(2, 5, "absent"),
        Attendance(4, 1, "present"),
        Attendance(4, 6, "present"),
        Attendance(4, 7, "present"),
        Attendance(4, 3, "present"),
    ]
    themes = [
        Theme(1, "T1", "Stigma in services", asset="public"),
        Theme(2, "T1a", "Jobcentre appointments", parent_id=1),  # no asset: takes public from its parent
        Theme(3, "T2", "Housing that works", asset="physical"),
        Theme(4, "T3", "Money and debt", asset="financial"),
        Theme(5, "T4", "Confidence and skills", asset="human"),
        Theme(6, "T5", "Belonging", asset="social"),
    ]
    insights = [
        Insight(1, "I1", 1, "Staff treat us as cases, not people", "agreed", [1]),
        Insight(2, "I2", 2, "Appointments are set without asking", "agreed", [2]),
        Insight(3, "I3", 3, "Repairs never get done", "agreed", [2]),
        Insight(4, "I4", 4, "Benefit changes arrive without warning", "agreed", [2]),
        Insight(5, "I5", 5, "Our skills from caring are not counted", "in review", [3]),
        Insight(6, "I6", 6, "Nowhere warm to meet", "draft", [3]),
    ]
    quotes = [
        Quote(1, "Q1", 1, SHOWN_QUOTES[0], 1, [1]),
        Quote(2, "Q2", 1, SHOWN_QUOTES[1], 2, [1]),
        Quote(3, "Q3", 2, WITHHELD_QUOTES[0], 3, [2]),
        Quote(4, "Q4", 2, WITHHELD_QUOTES[1], 4, [3]),
        Quote(5, "Q5", 2, SHOWN_QUOTES[2], None, [4]),
        Quote(6, "Q6", 3, WITHHELD_QUOTES[2], 5, [5]),
        Quote(7, "Q7", 3, "A quote linked to no insight", 3, []),  # not counted either way
    ]
    actions = [
        Action(1, "A1", "Train front-line staff with commissioners", insight_ids=[1, 2], agreed_session_id=4),
        Action(2, "A2", "Repairs fixed within ten working days", insight_ids=[3], agreed_session_id=4),
        Action(3, "A3", "Warn people before benefits change", insight_ids=[4]),
        Action(4, "A4", "A skills passport and warm spaces", insight_ids=[5, 6]),
        Action(5, "A5", "Publish an annual review of progress"),  # linked to no insight
    ]
    long_pledge = (
        "Review every housing repair process end to end with tenants and commissioners, including "
        "the out-of-hours line, the contractor framework, the damp and mould protocol and the way "
        "complaints are escalated, and publish what changes as a result in plain English and Welsh. " * 2
    ).strip()
    commitments = [
        Commitment(
            1,
            "C1",
            1,
            1,
            "Train every customer-facing officer",
            made_by_id=6,
            made_on=date(2026, 3, 10),
            due=date(2026, 12, 31),
        ),
        Commitment(
            2,
            "C2",
            1,
            3,
            "Co-deliver training for work coaches",
            made_by_id=None,
            made_on=date(2026, 3, 10),
            due=date(2027, 6, 30),
        ),
        Commitment(
            3, "C3", 2, 4, "Inspect damp reports within ten days", made_on=date(2026, 3, 10), due=date(2027, 3, 31)
        ),
        Commitment(
            4, "C4", 3, 1, "Write to people before any change", made_on=date(2026, 3, 10), due=date(2026, 9, 30)
        ),
        Commitment(
            5, "C5", 4, 2, "Fund a skills passport", made_by_id=7, made_on=date(2026, 3, 10), due=date(2027, 3, 31)
        ),
        Commitment(
            6,
            "C6",
            4,
            2,
            "Open two warm spaces",
            made_by_id=7,
            made_on=date(2026, 10, 1),
            due=date(2027, 3, 31),
            weight=2.0,
        ),
        Commitment(
            7, "C7", 5, 1, "Publish an annual review", made_by_id=6, made_on=date(2026, 3, 10), due=date(2026, 6, 30)
        ),
        Commitment(8, "C8", 2, 4, long_pledge, made_on=None, due=None),
        Commitment(
            9, "C9", 3, 3, "Name a contact for every claimant", made_on=date(2026, 10, 20), due=date(2027, 10, 1)
        ),
    ]
    updates = [
        Update(1, 1, date(2026, 4, 1), "in progress", 30, "Two cohorts trained."),
        Update(
            2,
            1,
            date(2026, 10, 1),
            "done",
            None,
            "All officers trained; Carl Hiddenson helped deliver it.",
            reported_by="Gareth Civicman",
            verdict="agree",
            verdict_comment="We saw the difference.",
        ),
        Update(
            3,
            2,
            date(2026, 10, 15),
            "in progress",
            40,
            "Pilot under way.",
            reported_by="Helen Officerson",
            verdict="partly",
            verdict_comment="Bethan Pseudonymson says it is slow. Call 07700 900002.",
        ),
        Update(4, 3, date(2026, 9, 1), "stalled", None, "Waiting for the contractor."),
        Update(5, 4, date(2026, 6, 1), "in progress", 60, "Letters drafted."),
        Update(
            6,
            5,
            date(2026, 7, 1),
            "dropped",
            None,
            "No funding.",
            verdict="disagree",
            verdict_comment="It was the one thing we asked for.",
        ),
        Update(
            7,
            7,
            date(2026, 5, 5),
            "done",
            100,
            "Published.",
            verdict="disagree",
            verdict_comment="We have not seen it.",
        ),
        Update(8, 7, date(2026, 6, 1), "done", 100, "Reprinted.", verdict="not assessed"),
        Update(9, 9, date(2026, 12, 15), "done", 100, "Done after the report date."),
    ]
    return CommissionData(
        commission=CommissionInfo(1, "Example Valleys Poverty Truth Commission", area="Example County"),
        organisations=orgs,
        members=members,
        sessions=sessions,
        attendance=attendance,
        themes=themes,
        insights=insights,
        quotes=quotes,
        actions=actions,
        commitments=commitments,
        updates=updates,
    )
