"""A review round on paper and by email: a large-print pack per reviewer, the review return workbook to type
answers into, and importing it (services.review_files does the work, off the GUI thread)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from commission.ui.jobs import (
    FilesWrittenDialog,
    message,
    report_failure,
    run_with_progress,
    show_status,
    write_staged,
)
from commission.ui.noop import QT_TRANSLATE_NOOP
from commission.ui.words import counted

PACKS_PRIVACY = QT_TRANSLATE_NOOP(
    "ReviewPaper",
    "Each pack is for the person it is addressed to: their own words are always in it; other members' "
    "words and names only with their consent. No contact details.",
)
RETURN_NOTE = QT_TRANSLATE_NOOP(
    "ReviewPaper",
    "The review return names the reviewers: it is the coordinator's working file, not for sharing. "
    "Type in answers given on paper or by email, then use Import review return….",
)


def _safe(name: str) -> str:
    from commission.services.returns import safe_file_name  # pandas: not at start

    return safe_file_name(name, "reviewer")


class ReviewPaper(QObject):
    """Print packs…, Review return… and Import review return… for the round the Reviews screen shows."""

    def __init__(self, screen):
        super().__init__(screen)
        self.screen = screen
        self.progress = None
        self.written_dialog: FilesWrittenDialog | None = None
        self.summary_box = None
        self.problems = None

    @property
    def store(self):
        return self.screen.store

    @property
    def view(self):
        return self.screen.view

    def _folder(self) -> str:
        settings = self.screen.settings
        return settings.last_folder() if settings else str(Path.home())

    def _remember(self, path) -> None:
        if self.screen.settings:
            self.screen.settings.set_last_folder(path)

    # -- packs --------------------------------------------------------------------------------------
    def choose_packs(self) -> None:
        if self.view is None:
            return
        folder = QFileDialog.getExistingDirectory(self.screen, self.tr("Folder for the review packs"), self._folder())
        if folder:
            self.print_packs(folder)

    def print_packs(self, folder: str | Path) -> None:
        from commission.services.review_files import write_review_pack  # pandas and ReportLab: not at start

        view, folder = self.view, Path(folder)
        reviewers = list(view.reviewers)
        if not reviewers:
            return

        def write(staging: Path, job, db) -> list[Path]:
            paths, used = [], set()
            for number, reviewer in enumerate(reviewers, start=1):
                stem = _safe(f"{view.title} - {reviewer.name or reviewer.ref}")
                if stem.lower() in used:
                    stem = f"{stem} ({_safe(reviewer.ref)})"
                used.add(stem.lower())
                paths.append(write_review_pack(db, view.id, reviewer.member_id, staging / f"{stem}.pdf"))
                job.report(number / (len(reviewers) + 1))
            return paths

        self._remember(folder / "x")
        self.progress = run_with_progress(
            self.screen.window(),
            self.store.runner,
            self.tr("Printing review packs"),
            counted(
                self.tr("Writing a large-print pack for each of %n reviewer(s)…", "", len(reviewers)), len(reviewers)
            ),
            self.store.bind(lambda job, db: write_staged(folder, job, lambda staging: write(staging, job, db))),
            done=lambda paths: self._packs_written(folder, paths),
            failed=self._failed,
        )

    def _packs_written(self, folder: Path, paths: list[Path]) -> None:
        self.progress = None
        show_status(
            self.screen,
            counted(self.tr("Wrote %n review pack(s) in %1.", "", len(paths)), len(paths)).replace("%1", str(folder)),
        )
        self.written_dialog = FilesWrittenDialog(
            self.tr("Review packs written"),
            counted(self.tr("%n review pack(s) written", "", len(paths)), len(paths)),
            folder,
            paths,
            self.tr(PACKS_PRIVACY),
            self.screen.window(),
        )
        self.written_dialog.open()

    # -- the review return --------------------------------------------------------------------------
    def choose_return(self) -> None:
        if self.view is None:
            return
        start = os.path.join(self._folder(), f"{_safe(self.view.title)} - review return.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self.screen, self.tr("Save the review return"), start, self.tr("Workbooks (*.xlsx)")
        )
        if path:
            self.write_return(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def write_return(self, path: str | Path) -> None:
        from commission.services.review_files import write_review_return  # pandas and ReportLab: not at start

        round_id, path = self.view.id, Path(path)
        self._remember(path)
        self.progress = run_with_progress(
            self.screen.window(),
            self.store.runner,
            self.tr("Writing the review return"),
            self.tr("Writing %1…").replace("%1", path.name),
            self.store.bind(lambda job, db: write_review_return(db, round_id, path)),
            done=self._return_written,
            failed=self._failed,
            steps=False,
            cancellable=False,
        )

    def _return_written(self, path: Path) -> None:
        self.progress = None
        show_status(self.screen, self.tr("Wrote %1.").replace("%1", str(path)))
        self.summary_box = message(
            self.screen.window(),
            self.tr("Review return written"),
            self.tr("Wrote %1.").replace("%1", path.name),
            [self.tr(RETURN_NOTE)],
        )

    # -- importing it -------------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.screen, self.tr("Import a review return"), self._folder(), self.tr("Workbooks (*.xlsx)")
        )
        if path:
            self.import_return(path)

    def import_return(self, path: str | Path) -> None:
        from commission.services.review_files import import_review_return  # pandas and ReportLab: not at start

        path, actor = Path(path), self.screen.settings.actor
        self._remember(path)
        self.problems = None
        self.progress = run_with_progress(
            self.screen.window(),
            self.store.runner,
            self.tr("Importing the review return"),
            self.tr("Checking %1…").replace("%1", path.name),
            self.store.bind(lambda job, db: import_review_return(db, path, actor=actor)),
            done=self._imported,
            failed=lambda exc: self._failed(exc, path.name),
            steps=False,
            cancellable=False,
        )

    def _imported(self, summary) -> None:
        self.progress = None
        lines = summary.lines()
        self.summary_box = message(self.screen.window(), self.tr("Review return imported"), lines[0], lines[1:])
        self.screen.reload()

    def _failed(self, exc: BaseException, source: str = "") -> None:
        self.progress = None
        self.problems = report_failure(self.screen, exc, source)
