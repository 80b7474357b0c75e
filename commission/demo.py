"""The demo commission: the bundled one (resources/demo/*.csv) and a synthetic one for scale.

Both come back as workbook frames: one pandas DataFrame per sheet of commission/sheets.py, with
exactly that sheet's columns and every cell a string ("" for a blank), ready for the workbook
module to validate, import or write.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from commission import vocab
from commission.frameworks import PRESETS
from commission.sheets import SHEETS

# The repo is installed in editable mode, so the resources folder sits beside the package.
DEMO_DIR: Path = Path(__file__).resolve().parent.parent / "resources" / "demo"

LARGE_NAME = "Large test commission"
_START = np.datetime64("2025-01-04", "D")


def load_demo_frames(directory: Path | None = None) -> dict[str, pd.DataFrame]:
    """The bundled demo commission, one frame per sheet, every cell as text."""
    directory = DEMO_DIR if directory is None else Path(directory)
    frames = {}
    for sheet in SHEETS:
        frame = pd.read_csv(directory / sheet.csv_name, dtype=str, keep_default_na=False, encoding="utf-8")
        frames[sheet.name] = frame.reindex(columns=list(sheet.columns), fill_value="")
    return frames


def generate_frames(
    *,
    commitments: int = 2000,
    updates: int = 100_000,
    members: int = 60,
    seed: int = 7,
    organisations: int = 20,
    sessions: int = 60,
    themes: int = 12,
    insights: int = 200,
    quotes: int = 1000,
    actions: int = 300,
) -> dict[str, pd.DataFrame]:
    """A large, valid, deterministic synthetic commission for testing at scale.

    Built column by column with numpy, so 100,000 updates take a fraction of a second.
    """
    if members < 5:
        raise ValueError("a synthetic commission needs at least 5 members")
    if min(organisations, sessions, themes, insights, actions) < 1:
        raise ValueError(
            "a synthetic commission needs at least one of each organisation, session, theme, insight and action"
        )
    if updates and not commitments:
        raise ValueError("updates need at least one commitment")
    rng = np.random.default_rng(seed)
    frames: dict[str, pd.DataFrame] = {}

    # Commission
    end = _START + 1095
    frames["Commission"] = _frame(
        "Commission",
        {
            "key": ["name", "area", "start_date", "end_date", "language", "description"],
            "value": [
                LARGE_NAME,
                "Test area",
                str(_START),
                str(end),
                "en",
                "Synthetic data for testing the app at scale. Nobody in it is real.",
            ],
        },
    )

    # Organisations: every kind in turn.
    org_refs = _refs("ORG-", organisations, 3)
    org_kinds = _cycle(vocab.ORGANISATION_KINDS, organisations)
    frames["Organisations"] = _frame(
        "Organisations",
        {
            "ref": org_refs,
            "name": _join("Organisation ", np.arange(1, organisations + 1).astype(str), " (", org_kinds, ")"),
            "kind": org_kinds,
            "language": _cycle(("en", "en", "cy"), organisations),  # a third work in Welsh
            # a contact for update returns for all but every fifth (they get a return and no email draft)
            "contact_name": np.where(
                np.arange(organisations) % 5 == 4, "", _join("Contact ", np.arange(1, organisations + 1).astype(str))
            ),
            "contact_email": np.where(
                np.arange(organisations) % 5 == 4,
                "",
                _join("returns", np.arange(1, organisations + 1).astype(str), "@org.example"),
            ),
        },
    )

    # Members: two facilitators, then about 40% civic (one organisation each, round robin), the rest
    # community commissioners with a mix of consents.
    n_fac = 2
    n_civic = max(1, round((members - n_fac) * 0.4))
    n_comm = members - n_fac - n_civic
    member_refs = _refs("M", members, 4)
    numbers = np.arange(1, members + 1).astype(str)
    roles = np.array(["community"] * n_comm + ["civic"] * n_civic + ["facilitator"] * n_fac, dtype=object)
    civic_org = np.arange(n_civic) % organisations
    member_org = np.full(members, "", dtype=object)
    member_org[n_comm : n_comm + n_civic] = org_refs[civic_org]
    community = roles == "community"
    named = np.where(community, rng.random(members) < 0.5, True)
    pseudonym = np.where(community & ~named & (rng.random(members) < 0.8), _join("Pseudonym ", numbers), "")
    quote_ok = np.where(community, rng.random(members) < 0.8, True)
    named_expires = np.where(
        named & community & (rng.random(members) < 0.2), _dates(_START + 365 + rng.integers(0, 730, members)), ""
    )
    quote_expires = np.where(
        quote_ok & community & (rng.random(members) < 0.2), _dates(_START + 365 + rng.integers(0, 730, members)), ""
    )
    frames["Members"] = _frame(
        "Members",
        {
            "ref": member_refs,
            "display_name": _join("Member ", numbers),
            "role": roles,
            "organisation_ref": member_org,
            "pseudonym": pseudonym,
            "consent_named": _yes_no(named),
            "consent_named_expires": named_expires,
            "consent_quote": _yes_no(quote_ok),
            "consent_quote_expires": quote_expires,
            "language": np.where(rng.random(members) < 0.2, "cy", "en"),
            "email": np.where(rng.random(members) < 0.3, _join("member", numbers, "@example.org"), ""),
            "phone": np.where(
                rng.random(members) < 0.2,
                _join("01443 ", np.char.zfill((np.arange(members) % 1000).astype(str), 6)),
                "",
            ),
            "accessibility_notes": _pick(
                rng, ["", "", "", "", "Large print, 16 pt", "Needs step-free access", "Prefers Welsh"], members
            ),
        },
    )

    # Sessions, in date order over the first 20 months.
    session_refs = _refs("S", sessions, 3)
    session_days = np.sort(rng.choice(600, size=sessions, replace=sessions > 600))
    kinds = _pick(rng, vocab.SESSION_KINDS, sessions)
    frames["Sessions"] = _frame(
        "Sessions",
        {
            "ref": session_refs,
            "date": _dates(_START + session_days),
            "title": _join("Session ", np.arange(1, sessions + 1).astype(str), ": ", kinds),
            "kind": kinds,
            "location": _pick(
                rng,
                ["Community centre", "Chapel vestry", "Library, community room", "Workmen's hall", "Family centre"],
                sessions,
            ),
            "notes": _pick(rng, _NOTES, sessions),
            "agenda": np.full(sessions, "1. Welcome\n2. Discussion\n3. Next steps", dtype=object),
        },
    )

    # Attendance: everyone, every session.
    frames["Attendance"] = _frame(
        "Attendance",
        {
            "session_ref": np.repeat(session_refs, members),
            "member_ref": np.tile(member_refs, sessions),
            "status": _pick(rng, vocab.ATTENDANCE, sessions * members, p=[0.7, 0.2, 0.1]),
        },
    )

    # Themes: every asset in turn; the last sixth are sub-themes of the first ones.
    theme_refs = _refs("T", themes, 3)
    n_sub = themes // 6 if themes > 1 else 0
    parent = np.full(themes, "", dtype=object)
    if n_sub:
        parent[themes - n_sub :] = theme_refs[np.arange(n_sub) % (themes - n_sub)]
    frames["Themes"] = _frame(
        "Themes",
        {
            "ref": theme_refs,
            "name": _join("Theme ", np.arange(1, themes + 1).astype(str)),
            "description": np.full(themes, "A synthetic theme.", dtype=object),
            "parent_ref": parent,
            "asset": _cycle(vocab.ASSETS, themes),
            "colour": np.array([f"#{value:06x}" for value in rng.integers(0, 0xFFFFFF, themes)], dtype=object),
        },
    )

    # Insights
    insight_refs = _refs("I", insights, 4)
    frames["Insights"] = _frame(
        "Insights",
        {
            "ref": insight_refs,
            "theme_ref": theme_refs[rng.integers(0, themes, insights)],
            "statement": _join("Synthetic insight ", np.arange(1, insights + 1).astype(str)),
            "status": _pick(rng, vocab.INSIGHT_STATUSES, insights),
            "session_refs": _ref_lists(rng, session_refs, insights, 2),
        },
    )

    # Quotes: mostly community commissioners, one in ten anonymous.
    quote_speakers = np.concatenate([member_refs[:n_comm], [""]])
    p_speaker = np.full(n_comm + 1, 0.9 / n_comm)
    p_speaker[-1] = 0.1
    frames["Quotes"] = _frame(
        "Quotes",
        {
            "ref": _refs("Q", quotes, 5),
            "session_ref": session_refs[rng.integers(0, sessions, quotes)],
            "text": _pick(rng, _QUOTES, quotes),
            "member_ref": rng.choice(quote_speakers, size=quotes, p=p_speaker).astype(object),
            "insight_refs": _ref_lists(rng, insight_refs, quotes, 2),
        },
    )

    # Actions
    action_refs = _refs("A", actions, 4)
    frames["Actions"] = _frame(
        "Actions",
        {
            "ref": action_refs,
            "title": _join("Synthetic action ", np.arange(1, actions + 1).astype(str)),
            "insight_refs": _ref_lists(rng, insight_refs, actions, 3),
            "description": np.full(actions, "An agreed local action.", dtype=object),
            "agreed_session_ref": session_refs[rng.integers(0, sessions, actions)],
            "frameworks": _framework_tags(actions),
        },
    )

    # Commitments: made by a civic member of the committing organisation, where it has one.
    commitment_refs = _refs("C", commitments, 5)
    c_org = rng.integers(0, organisations, commitments)
    civic_count = np.maximum(0, -(-(n_civic - c_org) // organisations))  # ceil, 0 when none
    pick = (rng.random(commitments) * np.maximum(civic_count, 1)).astype(int)
    maker = np.where(civic_count > 0, n_comm + c_org + pick * organisations, -1)
    made_on_day = 120 + rng.integers(0, 480, commitments)
    due_day = made_on_day + rng.integers(90, 720, commitments)
    frames["Commitments"] = _frame(
        "Commitments",
        {
            "ref": commitment_refs,
            "action_ref": action_refs[rng.integers(0, actions, commitments)],
            "organisation_ref": org_refs[c_org],
            "pledge": _join("Synthetic pledge ", np.arange(1, commitments + 1).astype(str)),
            "made_by_ref": np.where(maker >= 0, member_refs[np.maximum(maker, 0)], ""),
            "made_on": _dates(_START + made_on_day),
            "due": _dates(_START + due_day),
            "weight": _pick(rng, ["1", "1", "1", "1", "2", "3"], commitments),
        },
    )

    # Updates: dated between the pledge and a few months past its due date, sorted per commitment.
    u_commitment = rng.integers(0, max(commitments, 1), updates)
    if commitments:
        span = due_day[u_commitment] - made_on_day[u_commitment] + 120
        u_day = made_on_day[u_commitment] + (rng.random(updates) * span).astype(int)
    else:
        u_day = np.zeros(0, dtype=int)
    order = np.lexsort((u_day, u_commitment))
    u_commitment, u_day = u_commitment[order], u_day[order]
    # Where each update falls in its commitment's story: early ones start, middle ones progress
    # (sometimes at risk or stalled), the last one is the commitment's outcome.
    per = np.bincount(u_commitment, minlength=max(commitments, 1))
    first = np.concatenate([[0], np.cumsum(per)[:-1]])
    rank = np.arange(updates) - first[u_commitment]
    fraction = (rank + 1) / per[u_commitment]
    last = rank == per[u_commitment] - 1
    status = _pick(rng, ("in progress", "at risk", "stalled"), updates, p=[0.8, 0.12, 0.08])
    status[(fraction < 0.15) & (rng.random(updates) < 0.5)] = "not started"
    outcome = _pick(rng, ("done", "dropped", ""), max(commitments, 1), p=[0.3, 0.05, 0.65])[u_commitment]
    status[last & (outcome != "")] = outcome[last & (outcome != "")]
    progress = np.minimum(100, (fraction * 95 + rng.integers(0, 6, updates)).astype(int))
    progress = progress.astype(str).astype(object)
    progress[status == "not started"] = "0"
    progress[rng.random(updates) < 0.1] = ""
    progress[status == "done"] = "100"
    progress[status == "dropped"] = ""
    verdict = _pick(rng, ("", "not assessed", "agree", "partly", "disagree"), updates, p=[0.6, 0.15, 0.12, 0.08, 0.05])
    comment = np.full(updates, "", dtype=object)
    for word, text in (
        ("agree", "The panel agrees."),
        ("partly", "Partly: there is more to do."),
        ("disagree", "The panel does not see this happening."),
    ):
        comment[verdict == word] = text
    frames["Updates"] = _frame(
        "Updates",
        {
            "commitment_ref": commitment_refs[u_commitment] if commitments else np.zeros(0, dtype=object),
            "date": _dates(_START + u_day),
            "status": status,
            "progress": progress,
            "note": _pick(rng, _UPDATE_NOTES, updates),
            "reported_by": _pick(
                rng, ["Service manager", "Head of service", "Project officer", "Partnership manager"], updates
            ),
            "verdict": verdict,
            "verdict_comment": comment,
        },
    )
    frames["Milestones"] = _milestones(commitment_refs, made_on_day)
    return _with_value_sheets(frames)


def _framework_tags(actions: int) -> np.ndarray:
    """Each synthetic action tagged with one area of each shipped framework, in turn."""
    columns = [_cycle(tuple(f"{p.key}:{a.key}" for a in p.areas), actions) for p in PRESETS]
    return np.array([";".join(tags) for tags in zip(*columns, strict=True)], dtype=object)


def _with_value_sheets(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The Frameworks and Value sheets (none of the coordinator's own frameworks, no outcomes), in sheet order."""
    for name in ("Frameworks", "Value"):
        frames[name] = _frame(name, {column: [] for column in next(s for s in SHEETS if s.name == name).columns})
    return {sheet.name: frames[sheet.name] for sheet in SHEETS if sheet.name in frames}


def _milestones(commitment_refs: np.ndarray, made_on_day: np.ndarray) -> pd.DataFrame:
    """Two steps for every third commitment, two and six months after it was made; the first done early
    on every other one (no random draws: the rest of the generator's output stays as it was)."""
    picked = np.arange(0, len(commitment_refs), 3)
    refs = np.repeat(commitment_refs[picked], 2)
    step = np.tile([60, 180], len(picked))
    due = np.repeat(made_on_day[picked], 2) + step
    done = np.full(len(refs), "", dtype=object)
    early = (np.tile([True, False], len(picked))) & (np.repeat(np.arange(len(picked)) % 2 == 0, 2))
    done[early] = _dates(_START + due[early] - 5)
    return _frame(
        "Milestones",
        {
            "commitment_ref": refs,
            "title": np.tile(["Plan agreed with the panel", "First results reported"], len(picked)),
            "due": _dates(_START + due),
            "done_on": done,
        },
    )


def as_of_for(frames: dict[str, pd.DataFrame]) -> date:
    """A sensible as-of date for a set of frames: the latest update, else today."""
    dates = frames["Updates"]["date"]
    return date.fromisoformat(max(dates)) if len(dates) else date.today()


# ------------------------------------------------------------------ helpers


def _frame(sheet_name: str, columns: dict[str, object]) -> pd.DataFrame:
    sheet = next(s for s in SHEETS if s.name == sheet_name)
    welsh = [c for c in sheet.columns if c.endswith("_cy") and c not in columns]  # generated data: English only
    assert tuple(columns) == tuple(c for c in sheet.columns if c not in welsh), sheet_name
    data = {name: np.asarray(values, dtype=object).astype(str) for name, values in columns.items()}
    length = len(next(iter(data.values()))) if data else 0
    data.update({name: np.full(length, "", dtype=object) for name in welsh})
    return pd.DataFrame(data, columns=list(sheet.columns))


def _refs(prefix: str, count: int, width: int) -> np.ndarray:
    return np.char.add(prefix, np.char.zfill(np.arange(1, count + 1).astype(str), width)).astype(object)


def _join(*parts) -> np.ndarray:
    """Element-wise concatenation of strings and string arrays."""
    result = np.asarray(parts[0], dtype=object)
    for part in parts[1:]:
        result = result + np.asarray(part, dtype=object)
    return result


def _cycle(choices, count: int) -> np.ndarray:
    return np.asarray(choices, dtype=object)[np.arange(count) % len(choices)]


def _pick(rng: np.random.Generator, choices, count: int, p=None) -> np.ndarray:
    return np.asarray(choices, dtype=object)[rng.choice(len(choices), size=count, p=p)]


def _dates(days: np.ndarray) -> np.ndarray:
    return np.asarray(days, dtype="datetime64[D]").astype(str).astype(object)


def _yes_no(flags: np.ndarray) -> np.ndarray:
    return np.where(flags, "yes", "no").astype(object)


def _ref_lists(rng: np.random.Generator, refs: np.ndarray, count: int, most: int) -> np.ndarray:
    """count cells, each a ';'-list of 1..most distinct refs."""
    n = len(refs)
    first = rng.integers(0, n, count)
    step = 1 + rng.integers(0, max(1, (n - 1) // max(1, most - 1)), count)
    size = rng.integers(1, min(most, n) + 1, count)
    cells = refs[first]
    for k in range(1, most):
        extra = refs[(first + k * step) % n]
        cells = np.where(size > k, cells + ";" + extra, cells)
    return cells


_NOTES = [
    "People talked about how long it takes to get help, and how often they are passed from one service "
    "to another. Several said they had stopped asking because it felt pointless. Others said a single "
    "kind person had made all the difference.",
    "The group discussed transport, childcare and the cost of getting to appointments. People described "
    "whole days lost to two buses each way, and fares that come out of the food budget.",
    "A long conversation about housing: damp, repairs that never get done, and being blamed for the "
    "state of the building. People want someone who comes when they say and tells them the truth.",
    "Commissioners reviewed the progress reported by organisations and gave their verdicts. Some pledges "
    "are working; others have stalled without anyone telling the panel.",
]
_QUOTES = [
    "Nobody asked what I was good at.",
    "I rang six times and got six different people.",
    "The last bus goes before my shift ends.",
    "You sit in your coat because the heating goes straight out through the walls.",
    "I was on the waiting list for over a year.",
    "They treated me like a case number, not a person.",
    "What I needed was the bus fare, not another course.",
    "Being in this room is the first time I've felt listened to.",
]
_UPDATE_NOTES = [
    "Work is under way and on schedule.",
    "A delay in recruitment has slowed progress this quarter.",
    "Pilot running in two areas, with feedback from commissioners.",
    "Waiting for a funding decision before the next stage.",
    "Completed and now part of normal practice.",
    "Reviewed with the panel at the last follow-up session.",
]
