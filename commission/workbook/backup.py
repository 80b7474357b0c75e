"""Checks of the full workbook's own sheets (Consents, Review rounds, Review items, Review answers) that
the column kinds of validate.py cannot express: whole numbers, per-reviewer dates, and the record a
review item is about (whose sheet depends on the item's kind)."""

from __future__ import annotations

import pandas as pd

from commission import vocab
from commission.kinds import KINDS

# What a review item's record_ref names, by item kind: a record of the kind the item is about, on that kind's
# sheet. An update has no ref of its own: it is named by its commitment and its place among that commitment's
# updates in recorded order ("C-001#2"), so its ref is on the Commitments sheet.
RECORD_KIND = {
    "insight": "insight",
    "action": "action",
    "session_notes": "session",
    "report_text": "theme",
    "update": "commitment",
}
RECORD_SHEET = {item: KINDS[record].sheet for item, record in RECORD_KIND.items()}


def update_ref(commitment_ref: str, number: int) -> str:
    return f"{commitment_ref}#{number}"


def split_update_ref(text: str) -> tuple[str, int] | None:
    ref, mark, number = text.rpartition("#")
    if not mark or not ref or not number.isdigit() or int(number) < 1:
        return None
    return ref, int(number)


def check(clean: dict[str, pd.DataFrame], existing, problems: list, unchecked=None) -> None:
    """`unchecked` (validate.Unchecked): the sheets that could not be read; refs into them are counted, not checked."""
    # Here, not at the top: validate.py (where Problem lives) imports this module.
    from commission.workbook.validate import Problem

    def known(sheet: str) -> set[str]:
        frame = clean.get(sheet)
        refs = set(frame["ref"]) if frame is not None and "ref" in frame.columns else set()
        return refs | existing.refs.get(sheet, set())

    def whole_numbers(sheet: str, frame: pd.DataFrame, column: str) -> None:
        if column not in frame.columns:
            return
        numbers: list[int | None] = []
        for row, cell in zip(frame.index, frame[column], strict=True):
            if cell == "" and column == "text_version":
                numbers.append(1)
            elif cell.isdigit() and int(cell) >= 1:
                numbers.append(int(cell))
            else:
                problems.append(Problem(sheet, int(row), column, f"'{cell}' is not a whole number from 1 up"))
                numbers.append(None)
        frame[column] = pd.Series(numbers, index=frame.index, dtype=object)

    rounds = clean.get("Review rounds")
    if rounds is not None:
        _check_rounds(rounds, problems, Problem)
    items = clean.get("Review items")
    if items is not None:
        whole_numbers("Review items", items, "position")
        whole_numbers("Review items", items, "text_version")
        _check_items(items, known, problems, Problem, unchecked)
    answers = clean.get("Review answers")
    if answers is not None:
        whole_numbers("Review answers", answers, "position")
        whole_numbers("Review answers", answers, "text_version")
        if items is not None and "position" in answers.columns:
            _check_answers(answers, items, problems, Problem)


def _check_rounds(rounds: pd.DataFrame, problems: list, Problem) -> None:
    """Each round's asked_on: dates, one for all its reviewers or one each."""
    reviewers = (
        rounds["reviewer_refs"]
        if "reviewer_refs" in rounds.columns
        else pd.Series([[]] * len(rounds), index=rounds.index)
    )
    asked = rounds["asked_on"] if "asked_on" in rounds.columns else pd.Series([""] * len(rounds), index=rounds.index)
    dates = []
    for row, who, cell in zip(rounds.index, reviewers, asked, strict=True):
        parts = [p.strip() for p in cell.split(";") if p.strip()]
        parsed = [vocab.parse_date(p) for p in parts]
        if any(d is None for d in parsed):
            problems.append(
                Problem("Review rounds", int(row), "asked_on", f"bad date in '{cell}' — write dates as YYYY-MM-DD")
            )
        elif who and len(parsed) not in (1, len(who)):
            problems.append(
                Problem(
                    "Review rounds",
                    int(row),
                    "asked_on",
                    f"give one date, or one per reviewer ({len(who)}), not {len(parsed)}",
                )
            )
        elif who and not parsed:
            problems.append(Problem("Review rounds", int(row), "asked_on", "say when the reviewers were asked"))
        dates.append(parsed * len(who) if len(parsed) == 1 else parsed)
    rounds["asked_on"] = pd.Series(dates, index=rounds.index, dtype=object)


def _check_items(items: pd.DataFrame, known, problems: list, Problem, unchecked=None) -> None:
    """Each item's record_ref names a record of its kind (an update by its commitment and number)."""
    refs = items["record_ref"] if "record_ref" in items.columns else pd.Series([""] * len(items), index=items.index)
    for row, kind, ref in zip(items.index, items["kind"], refs, strict=True):
        target = RECORD_SHEET.get(kind)
        if target is None:
            continue  # an unknown kind is already a problem
        if unchecked is not None and target in unchecked.sheets:
            unchecked.skip(target, "Review items", [row])
            continue
        if kind == "update":
            update_ref = split_update_ref(ref)
            if update_ref is None:
                problems.append(
                    Problem(
                        "Review items",
                        int(row),
                        "record_ref",
                        f"an update is named by its commitment and number, like 'C-001#2', not '{ref}'",
                    )
                )
            elif update_ref[0] not in known(target):
                problems.append(
                    Problem("Review items", int(row), "record_ref", f"unknown commitment '{update_ref[0]}'")
                )
        elif ref not in known(target):
            noun = {"Insights": "insight", "Actions": "action", "Sessions": "session", "Themes": "theme"}[target]
            problems.append(Problem("Review items", int(row), "record_ref", f"unknown {noun} '{ref}'"))


def _check_answers(answers: pd.DataFrame, items: pd.DataFrame, problems: list, Problem) -> None:
    """Each answer is to an item of the sheet's rounds, and to a text version that item has."""
    versions = dict(
        zip(
            zip(items["round_ref"], items["position"], strict=True),
            items["text_version"] if "text_version" in items.columns else [1] * len(items),
            strict=True,
        )
    )
    rounds_in_sheet = set(items["round_ref"])
    answered = answers["text_version"] if "text_version" in answers.columns else [1] * len(answers)
    for row, round_ref, position, version in zip(
        answers.index, answers["round_ref"], answers["position"], answered, strict=True
    ):
        if round_ref not in rounds_in_sheet or position is None:
            continue
        if (round_ref, position) not in versions:
            problems.append(
                Problem(
                    "Review answers",
                    int(row),
                    "position",
                    f"round {round_ref} has no item {position} in the Review items sheet",
                )
            )
        elif (
            version is not None
            and versions[(round_ref, position)] is not None
            and version > versions[(round_ref, position)]
        ):
            problems.append(
                Problem(
                    "Review answers",
                    int(row),
                    "text_version",
                    f"item {position} of round {round_ref} has no text version {version}",
                )
            )
