"""Review rounds on paper and by email: a review pack (PDF) per reviewer, and the review return workbook.

    write_review_pack(db, round_id, member_id, folder / "pack.pdf")   # large print, tick boxes, privacy-filtered
    write_review_return(db, round_id, folder / "answers.xlsx")        # one row per reviewer per item, to type into
    summary = import_review_return(db, folder / "answers.xlsx")       # all or nothing; summary.lines()

The review return is the coordinator's own working file (it names the reviewers); packs are for the
panel member they are addressed to and follow the consent rules for everyone else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from python_calamine import CalamineWorkbook

from commission import files, vocab
from commission.errors import UserError, WorkbookError
from commission.outward import clean
from commission.reports.review_pack import PackItem, PackQuote, ReviewPack, write_review_pack_pdf
from commission.reports.review_pack_words import HINTS_CY, KIND_LABELS_CY, QUESTIONS_CY
from commission.services import audit
from commission.services.edits import run_transaction
from commission.services.review_answers import _store_answer
from commission.services.review_rounds import audit_round
from commission.services.review_text import HINTS, split_action_text
from commission.services.review_views import reviewer_round, round_view
from commission.storage import models as m
from commission.storage.db import Database
from commission.workbook import Problem, read_workbook

ROUND_SHEET = "Round"
ANSWERS_SHEET = "Answers"
RETURN_KIND = "review return"
ANSWER_COLUMNS = ("reviewer_ref", "reviewer", "part", "item", "text_version", "answer", "comment")


def _atomic(out: Path, write) -> Path:
    out = Path(out)
    with files.atomic_file(out) as temp:
        write(temp)
    return out


# --------------------------------------------------------------------------------------------- the pack


def build_review_pack(db: Database, round_id: int, member_id: int, *, on: date | None = None) -> ReviewPack:
    """The plain data of one reviewer's pack (what review mode shows too), filtered for privacy on `on`."""
    on = on or date.today()
    view = round_view(db, round_id)
    reviewer = next((r for r in view.reviewers if r.member_id == member_id), None)
    if reviewer is None:
        raise UserError("That member was not asked to review this round.")
    items = []
    shown, round_title = reviewer_round(db, round_id, member_id, on=on)  # through the privacy gate
    language = member_language(db, member_id)  # the pack's own words in the member's preferred language
    welsh = language == "cy"
    for i in shown:
        title, text = split_action_text(i.text) if i.kind == "action" else ("", i.text)
        items.append(
            PackItem(
                number=i.number,
                count=i.count,
                kind_label=KIND_LABELS_CY.get(i.kind, i.kind_label) if welsh else i.kind_label,
                heading=i.heading,
                text=text,
                title=title,
                question=QUESTIONS_CY.get(i.kind, i.question) if welsh else i.question,
                quotes=tuple(PackQuote(q.text, q.speaker, q.own) for q in i.quotes),
                quotes_withheld=i.quotes_withheld,
                hint=(HINTS_CY if welsh else HINTS).get(i.kind, ""),
            )
        )
    return ReviewPack(
        commission=clean(view.commission),
        round_title=round_title,
        reviewer=clean(reviewer.name),
        made_on=on,
        items=tuple(items),
        language=language,
    )


def member_language(db: Database, member_id: int) -> str:
    """A member's preferred language (members.language): "en" or "cy"."""
    with db.session() as s:
        member = s.get(m.Member, member_id)
        return member.language if member is not None and member.language in ("en", "cy") else "en"


def write_review_pack(db: Database, round_id: int, member_id: int, out: str | Path, *, on: date | None = None) -> Path:
    """Write one reviewer's pack as a PDF (large print, tick boxes, lines for comments); the path written.

    Their own quotes are always in it; others' only with valid quote consent on `on` (default today), and
    names only with consent; no contact details ever."""
    pack = build_review_pack(db, round_id, member_id, on=on)
    return _atomic(Path(out), lambda temp: write_review_pack_pdf(pack, temp))


def write_review_packs(db: Database, round_id: int, folder: str | Path, *, on: date | None = None) -> list[Path]:
    """A pack for every reviewer of the round in `folder` (made if missing, only once the round is known),
    written whole or not at all; file names from cleaned text only, distinct."""
    reviewers = round_view(db, round_id).reviewers  # an unknown round fails here, before anything is made
    if not reviewers:
        raise UserError("Nobody has been asked to review this round, so there are no packs to print.")
    names = files.unique_names([files.safe_name(f"review pack {r.ref}", "review pack") for r in reviewers], ".pdf")

    def writer(member_id: int) -> Callable[[Path], object]:
        return lambda path: write_review_pack_pdf(build_review_pack(db, round_id, member_id, on=on), path)

    return files.write_set(
        folder,
        {name: writer(r.member_id) for name, r in zip(names, reviewers, strict=True)},
    )


# --------------------------------------------------------------------------------------------- the return


def write_review_return(db: Database, round_id: int, out: str | Path) -> Path:
    """Write the round's review return: a row per reviewer per item, with any answers already recorded,
    for answers given on paper or by email to be typed in. Read-only cells are locked and greyed."""
    view = round_view(db, round_id)
    if not view.is_open:
        raise UserError(f"The review round '{view.title}' is closed: there is nothing more to type in.")
    return _atomic(Path(out), lambda temp: _write_return(temp, view, view.commission))


def _write_return(path: Path, view, commission: str) -> None:
    import xlsxwriter  # heavy: only when a review return is written

    book = xlsxwriter.Workbook(
        str(path), {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}
    )
    try:
        header = book.add_format({"bold": True, "bg_color": "#dfe7ef", "border": 1})
        grey = book.add_format(
            {
                "bg_color": "#ececec",
                "locked": True,
                "valign": "top",
                "text_wrap": True,
                "border": 1,
                "border_color": "#d0d0d0",
            }
        )
        typed = book.add_format(
            {
                "bg_color": "#fff6c8",
                "locked": False,
                "valign": "top",
                "text_wrap": True,
                "border": 1,
                "border_color": "#c9c09a",
            }
        )
        text = book.add_format({"text_wrap": True, "valign": "top", "font_size": 12})
        title = book.add_format({"bold": True, "font_size": 16, "font_color": "#0b4f6c"})

        guide = book.add_worksheet("Instructions")
        guide.set_column(0, 0, 100)
        guide.write_string(0, 0, f"Review return: {view.title}", title)
        lines = (
            (
                f"From {commission}. This file is for the coordinator: it names the panel members asked. Do not send "
                "it on."
            ),
            (
                "On the Answers sheet there is one row for each person and each part of the review pack ('part' is "
                "the number printed in the pack)."
            ),
            (
                "Type each answer in the yellow cells: choose agree, change or disagree, and copy any comment. Leave "
                "a row empty if there is no answer yet."
            ),
            (
                "Answers already recorded in the app are filled in; changing one here replaces it when the file is "
                "imported. Import it with 'Import review return' in the app."
            ),
        )
        for row, line in enumerate(lines, start=2):
            guide.write_string(row, 0, line, text)
            guide.set_row(row, 34)
        guide.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})

        sheet = book.add_worksheet(ANSWERS_SHEET)
        widths = {
            "reviewer_ref": 12,
            "reviewer": 24,
            "part": 6,
            "item": 60,
            "text_version": 12,
            "answer": 12,
            "comment": 60,
        }
        for col, name in enumerate(ANSWER_COLUMNS):
            sheet.write_string(0, col, name, header)
            sheet.set_column(col, col, widths[name])
        sheet.freeze_panes(1, 2)
        row = 0
        for reviewer in view.reviewers:
            for item in view.items:
                row += 1
                answer = next((a for a in item.answers if a.member_id == reviewer.member_id and a.current), None)
                sheet.write_string(row, 0, reviewer.ref, grey)
                sheet.write_string(row, 1, reviewer.name, grey)
                sheet.write_number(row, 2, item.number, grey)
                sheet.write_string(row, 3, item.label, grey)
                sheet.write_number(row, 4, item.text_version, grey)
                sheet.write_string(row, 5, answer.answer if answer else "", typed)
                sheet.write_string(row, 6, answer.comment if answer else "", typed)
        if row:
            sheet.data_validation(
                1,
                5,
                row,
                5,
                {
                    "validate": "list",
                    "source": list(vocab.REVIEW_ANSWERS),
                    "input_title": "Answer",
                    "input_message": "agree, change or disagree",
                    "error_title": "Unknown answer",
                    "error_message": "Choose agree, change or disagree.",
                },
            )
        sheet.protect(
            "",
            {
                "select_locked_cells": True,
                "select_unlocked_cells": True,
                "format_columns": True,
                "format_rows": True,
                "autofilter": True,
            },
        )
        sheet.activate()

        info = book.add_worksheet(ROUND_SHEET)
        pairs = [
            ("kind", RETURN_KIND),
            ("commission", commission),
            ("round_id", str(view.id)),
            ("round", view.title),
            ("written_on", date.today().isoformat()),
        ]
        info.write_row(0, 0, ["key", "value"], header)
        for i, (key, value) in enumerate(pairs, start=1):
            info.write_string(i, 0, key)
            info.write_string(i, 1, value)
        info.hide()
        info.protect()
    finally:
        book.close()


@dataclass
class ReviewReturnSummary:
    round_title: str
    recorded: int = 0
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        plural = "s" if self.recorded != 1 else ""
        first = f"Review return for '{self.round_title}': {self.recorded} answer{plural} recorded, "
        return [first + f"{self.unchanged} already there."] + [f"  Note: {w}" for w in self.warnings]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def _sheet(path: Path, name: str) -> list[list[str]] | None:
    try:
        book = CalamineWorkbook.from_path(str(path))
        found = next((n for n in book.sheet_names if n.strip().lower() == name.lower()), None)
        return None if found is None else [[_cell(v) for v in row] for row in book.get_sheet_by_name(found).to_python()]
    except Exception as exc:
        raise UserError(f"{path.name} is damaged and cannot be read as a workbook.") from exc


def import_review_return(
    db: Database, path: str | Path, *, on: date | None = None, actor: str | None = None
) -> ReviewReturnSummary:
    """Record the answers typed into a review return: all or nothing, every problem with its row.

    Empty rows are skipped. An answer on a row whose text_version is older than the item's text now is
    kept as an answer to the earlier wording (it does not count toward the current text) and noted."""
    path = Path(path)
    read_workbook(path)  # refuses a file that is not a workbook, or a damaged one, in one clear message
    view = _open_round(db, path)
    header, rows = _answers_sheet(path)
    reviewers = {r.ref: r for r in view.reviewers}
    items = {str(i.number): i for i in view.items}
    summary = ReviewReturnSummary(round_title=view.title)
    problems: list[Problem] = []
    wanted = _wanted_answers(header, rows, reviewers, items, problems)
    if problems:
        raise WorkbookError(
            f"{path.name} was not imported: {len(problems)} problem{'s' if len(problems) != 1 else ''} "
            "to put right first (nothing was changed).",
            problems,
        )

    actor = actor or audit.default_actor()
    today = on or date.today()

    def work(s) -> None:
        rnd = s.get(m.ReviewRound, view.id)
        if rnd is None or rnd.status != "open":
            raise UserError(f"The review round '{view.title}' was closed meanwhile: {path.name} was not imported.")
        for item, reviewer, answer, comment, version in wanted:
            row = s.get(m.ReviewItem, item.item_id)
            if row is None or row.text_version < version:
                raise UserError(f"Part {item.number} of '{view.title}' changed meanwhile: import {path.name} again.")
            if _store_answer(s, row, rnd, reviewer.member_id, answer, comment, today, version, actor):
                summary.recorded += 1
                if version < row.text_version:
                    summary.warnings.append(
                        f"{reviewer.ref}'s answer to part {item.number} is to its earlier "
                        "wording and does not count toward the text as it is now"
                    )
            else:
                summary.unchanged += 1
        audit_round(s, actor, "import", rnd, ref=path.name[:100], new=summary.lines()[0])

    run_transaction(db, work)
    return summary


def _open_round(db: Database, path: Path):
    """The open review round a return's Round sheet names."""
    info_rows = _sheet(path, ROUND_SHEET)
    info = {r[0].lower(): r[1] for r in (info_rows or [])[1:] if len(r) >= 2 and r[0]}
    if info.get("kind") != RETURN_KIND or not info.get("round_id", "").isdigit():
        raise UserError(f"{path.name} is not a review return (it has no Round sheet naming its review round).")
    view = round_view(db, int(info["round_id"]))
    if not view.is_open:
        raise UserError(f"The review round '{view.title}' is closed: {path.name} was not imported.")
    return view


def _answers_sheet(path: Path) -> tuple[list[str], list[list[str]]]:
    """The Answers sheet's header (lower case) and rows, refused without its required columns."""
    rows = _sheet(path, ANSWERS_SHEET)
    if not rows:
        raise WorkbookError(
            f"{path.name} was not imported: it has no Answers sheet.",
            [Problem(ANSWERS_SHEET, None, "", "the Answers sheet is missing")],
        )
    header = [h.lower() for h in rows[0]]
    problems = [
        Problem(ANSWERS_SHEET, 1, c, "missing required column")
        for c in ("reviewer_ref", "part", "answer")
        if c not in header
    ]
    if problems:
        raise WorkbookError(
            f"{path.name} was not imported: {len(problems)} problem(s) (nothing was changed).", problems
        )
    return header, rows


def _answer_problem(number: int, answer_text: str, answer: str | None) -> Problem | None:
    if not answer_text:
        return Problem(ANSWERS_SHEET, number, "answer", "a comment but no answer: choose agree, change or disagree")
    if answer is None:
        return Problem(
            ANSWERS_SHEET,
            number,
            "answer",
            f"unknown answer '{answer_text}' — use one of: {', '.join(vocab.REVIEW_ANSWERS)}",
        )
    return None


def _wanted_answers(header: list[str], rows: list[list[str]], reviewers: dict, items: dict, problems: list[Problem]):
    """(item, reviewer, answer, comment, text version) of each filled row; each row's problems noted."""
    wanted = []
    seen: dict[tuple[str, str], int] = {}  # (reviewer, part) -> the row that answered it
    for number, cells in enumerate(rows[1:], start=2):
        # a short row is padded; extra cells past the header are ignored
        row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))
        answer_text, comment = row.get("answer", ""), row.get("comment", "")
        if not answer_text and not comment:
            continue
        ref, part = row.get("reviewer_ref", ""), row.get("part", "")
        answer = vocab.parse_choice(answer_text, vocab.REVIEW_ANSWERS)
        answer_problem = _answer_problem(number, answer_text, answer)
        if answer_problem is not None:
            problems.append(answer_problem)
        if ref not in reviewers:
            problems.append(
                Problem(
                    ANSWERS_SHEET,
                    number,
                    "reviewer_ref",
                    f"'{ref}' was not asked to review this round" if ref else "required value missing",
                )
            )
        if part not in items:
            problems.append(Problem(ANSWERS_SHEET, number, "part", f"there is no part '{part}' in this round"))
            continue
        item = items[part]
        version_text = row.get("text_version", "") or str(item.text_version)
        version = int(version_text) if version_text.isdigit() else 0
        if not 1 <= version <= item.text_version:
            problems.append(
                Problem(
                    ANSWERS_SHEET,
                    number,
                    "text_version",
                    f"'{version_text}' is not a version of this part's text (1 to {item.text_version})",
                )
            )
        key = (ref, part)
        if key in seen:
            problems.append(
                Problem(ANSWERS_SHEET, number, "part", f"{ref} answers part {part} twice (also on row {seen[key]})")
            )
        seen[key] = number
        if ref in reviewers and answer and 1 <= version <= item.text_version:
            wanted.append((item, reviewers[ref], answer, comment, version))
    return wanted
