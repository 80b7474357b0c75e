"""Reports: make the accountability report (PDF, Word or the spreadsheet tracker) off the GUI thread, look at
the PDF in the app, then save a copy where the coordinator chooses. Every format is redacted for others."""

from __future__ import annotations

import os
import shutil
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTemporaryDir
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from commission.ui.jobs import report_failure, run_with_progress, show_error, show_status
from commission.ui.layouts import page_titles, vbox
from commission.ui.noop import QT_TRANSLATE_NOOP
from commission.ui.pdf_preview import PdfPreview
from commission.ui.widgets import (
    Card,
    DateEdit,
    EmptyState,
    StackWhenNarrow,
    heading,
    link_button,
    muted,
    primary_button,
)
from commission.ui.words import counted, percent, uk_date, word

FORMATS = (
    ("pdf", QT_TRANSLATE_NOOP("ReportsScreen", "PDF — the report councils receive")),
    ("docx", QT_TRANSLATE_NOOP("ReportsScreen", "Word — the same report, editable")),
    ("xlsx", QT_TRANSLATE_NOOP("ReportsScreen", "Spreadsheet — the commitments tracker")),
    ("html", QT_TRANSLATE_NOOP("ReportsScreen", "Web page — an accessible page to publish on a website")),
    (
        "pdfua",
        QT_TRANSLATE_NOOP("ReportsScreen", "Accessible PDF — tagged PDF/UA for screen readers, made from the web page"),
    ),
)

# What the card and the progress dialog say of each format once made (whole sentences: Welsh mutates the noun).
MADE_TITLES = {
    "pdf": QT_TRANSLATE_NOOP("ReportsScreen", "PDF made"),
    "docx": QT_TRANSLATE_NOOP("ReportsScreen", "Word document made"),
    "xlsx": QT_TRANSLATE_NOOP("ReportsScreen", "Spreadsheet made"),
    "html": QT_TRANSLATE_NOOP("ReportsScreen", "Web page made"),
    "pdfua": QT_TRANSLATE_NOOP("ReportsScreen", "Accessible PDF made"),
}
MAKING = {
    "pdf": QT_TRANSLATE_NOOP("ReportsScreen", "Making the PDF as of %1…"),
    "docx": QT_TRANSLATE_NOOP("ReportsScreen", "Making the Word document as of %1…"),
    "xlsx": QT_TRANSLATE_NOOP("ReportsScreen", "Making the spreadsheet as of %1…"),
    "html": QT_TRANSLATE_NOOP("ReportsScreen", "Making the web page as of %1…"),
    "pdfua": QT_TRANSLATE_NOOP("ReportsScreen", "Making the accessible PDF as of %1…"),
}
READY = {
    "docx": QT_TRANSLATE_NOOP("ReportsScreen", "The Word document is ready to save"),
    "xlsx": QT_TRANSLATE_NOOP("ReportsScreen", "The spreadsheet is ready to save"),
    "html": QT_TRANSLATE_NOOP("ReportsScreen", "The web page is ready to save"),
}
FILTERS = {
    "pdf": "PDF documents (*.pdf)",
    "docx": "Word documents (*.docx)",
    "xlsx": "Workbooks (*.xlsx)",
    "html": "Web pages (*.html)",
    "pdfua": "PDF documents (*.pdf)",
}
SUFFIXES = {"pdf": "pdf", "docx": "docx", "xlsx": "xlsx", "html": "html", "pdfua": "pdf"}
PREVIEWED = ("pdf", "pdfua")
LANGUAGES = (("en", "English"), ("cy", "Cymraeg"), ("both", QT_TRANSLATE_NOOP("ReportsScreen", "English and Cymraeg")))
REDACTED = QT_TRANSLATE_NOOP(
    "ReportsScreen",
    "Redacted for others: panel members are named, and their words quoted, "
    "only with their consent on the date of the figures; contact details and accessibility "
    "notes never appear.",
)
NOT_PREVIEWED = QT_TRANSLATE_NOOP(
    "ReportsScreen",
    "Word, spreadsheet and web page files are not previewed here: save a copy and open it in Word, "
    "LibreOffice, Excel or a web browser.",
)
STATE_ORDER = ("done", "on track", "at risk", "overdue", "dropped")
MAX_CHECKS_SHOWN = 6  # the card keeps Save as… on screen; the CLI lists every place


@dataclass(frozen=True)
class ReportOptions:
    format: str
    as_of: date
    language: str
    organisation_ref: str | None
    large_print: bool


@dataclass
class MadeReport:
    path: Path
    options: ReportOptions
    lines: list[str]
    pages: int = 0
    checks: list[str] = field(default_factory=list)  # places to look at before sharing (Place.line())


# The card's summary of a report (summary_lines runs on the worker: no screen to call tr() on).
SUMMARY = {
    "whose": QT_TRANSLATE_NOOP("ReportsScreen", "%1, figures as of %2."),
    "commitments": QT_TRANSLATE_NOOP("ReportsScreen", "%n commitment(s): %1."),
    "progress": QT_TRANSLATE_NOOP("ReportsScreen", "Overall progress %1; panel agreement %2."),
    "nothing_done": QT_TRANSLATE_NOOP("ReportsScreen", "— (nothing done yet)"),
    "withheld": QT_TRANSLATE_NOOP("ReportsScreen", "%n quote(s) left out for consent."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsScreen", text)


def _count(key: str, n: int) -> str:
    """A SUMMARY line with a count: "1 quote", "2 quotes"; Welsh keeps the noun single after a number."""
    return counted(_tr(SUMMARY[key]), n).replace("%n", str(n))


def summary_lines(model, options: ReportOptions) -> list[str]:
    """What a report holds, in a sentence or four (from the same model the writers use), in the interface's
    language."""
    states = ", ".join(f"{model.states.get(s, 0)} {word(s)}" for s in STATE_ORDER)
    whose = model.organisation or model.commission
    agreement = percent(model.panel_agreement) if model.panel_agreement is not None else _tr(SUMMARY["nothing_done"])
    lines = [
        _tr(SUMMARY["whose"]).replace("%1", whose).replace("%2", uk_date(options.as_of)),
        _count("commitments", len(model.commitments)).replace("%1", states),
        _tr(SUMMARY["progress"]).replace("%1", percent(model.overall)).replace("%2", agreement),
    ]
    if model.quotes_withheld:
        lines.append(_count("withheld", model.quotes_withheld))
    return lines


def _note(words: str) -> str:
    note = words.split(" — ")[1]
    return note[0].upper() + note[1:] + "."


class ReportsScreen(QWidget):
    title = "Reports"

    def __init__(self, store, settings=None, parent=None):
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.snapshot = None
        self.made: MadeReport | None = None
        self.progress = None
        self._as_of_chosen = False  # follows the Dashboard's date until the coordinator picks another
        self._count = 0
        self._temp = QTemporaryDir()  # removed, with every report in it, when the screen goes
        outer = vbox(self, (24, 20, 24, 20), 14)
        subtitle = muted(
            self.tr(
                "The accountability report as councils and funders receive it. Figures follow the "
                "progress rules; names and quotes follow the consent rules."
            )
        )
        outer.addLayout(page_titles(heading(self.tr("Reports"), "pageTitle"), subtitle))
        body = StackWhenNarrow()  # the preview under the options when both do not fit (large text)
        body.setSpacing(18)
        body.addWidget(self._options(), 0)
        self.stack = QStackedWidget()
        self.empty = EmptyState(
            self.tr("No report made yet"),
            self.tr(
                "Choose the options on the left and press Make report. A PDF is shown here before you save it; "
                "a Word, spreadsheet or web page report is ready to save."
            ),
        )
        self.preview = PdfPreview()
        self.summary = Card(self.tr("The report is ready"))
        self.summary_text = QLabel("")
        self.summary_text.setWordWrap(True)
        self.summary_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.body.addWidget(self.summary_text)
        self.summary.body.addStretch(1)
        for widget in (self.empty, self.preview, self.summary):
            self.stack.addWidget(widget)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)

    def _options(self) -> QWidget:
        card = Card(self.tr("What to make"))
        card.setFixedWidth(360)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.format = QComboBox()
        for code, words in FORMATS:
            words = self.tr(words)
            self.format.addItem(words.split(" — ")[0], code)
            self.format.setItemData(self.format.count() - 1, words, Qt.ItemDataRole.ToolTipRole)
        self.format_note = muted(_note(self.tr(FORMATS[0][1])))
        self.as_of = DateEdit(self.store.as_of)
        self.as_of.setAccessibleName(self.tr("Figures as of"))
        self.dashboard_date = link_button(self.tr("Dashboard's"))
        self.dashboard_date.setToolTip(self.tr("Use the date the Dashboard shows its figures for"))
        date_row = QVBoxLayout()  # the link under the date: beside it, in Welsh, neither fitted the card
        date_row.setSpacing(2)
        date_row.addWidget(self.as_of)
        date_row.addWidget(self.dashboard_date, 0, Qt.AlignmentFlag.AlignLeft)
        self.language = QComboBox()
        for code, words in LANGUAGES:
            self.language.addItem(self.tr(words), code)
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("All organisations"), None)
        self.organisation.setMinimumContentsLength(16)
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.large_print = QCheckBox(self.tr("Large print (16 pt and up)"))
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.format_note)
        form.addRow(self.tr("Figures as of"), date_row)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow("", self.large_print)
        card.body.addLayout(form)
        self.make_button = primary_button(self.tr("Make report"))
        card.body.addWidget(self.make_button)
        card.body.addSpacing(6)
        self.redacted = QLabel(self.tr(REDACTED))
        self.redacted.setObjectName("notice")
        self.redacted.setWordWrap(True)
        card.body.addWidget(self.redacted)
        card.body.addSpacing(6)
        self.made_title = heading("")
        self.made_note = muted("")
        self.stale = muted(self.tr("The options have changed since this report was made: make it again to see them."))
        self.stale.setStyleSheet("color: #8a5a00;")
        self.checks_note = QLabel("")
        self.checks_note.setObjectName("notice")
        self.checks_note.setWordWrap(True)
        self.checks_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checks_note.setAccessibleName(self.tr("Places to check before you share"))
        self.save_button = primary_button(self.tr("Save as…"))
        for widget in (self.made_title, self.made_note, self.stale, self.checks_note, self.save_button):
            card.body.addWidget(widget)
            widget.hide()
        card.body.addStretch(1)

        self.make_button.clicked.connect(self.make_report)
        self.save_button.clicked.connect(self.save_as)
        self.dashboard_date.clicked.connect(self._follow_dashboard)
        self.as_of.dateChanged.connect(self._date_chosen)
        self.format.currentIndexChanged.connect(self._format_changed)
        for combo in (self.language, self.organisation):
            combo.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.large_print.toggled.connect(lambda _on: self._options_changed())
        return card

    # -- the screen's protocol ----------------------------------------------------------------------
    def set_snapshot(self, snap) -> None:
        self.snapshot = snap
        if snap is None:
            return
        if not self._as_of_chosen:
            self.as_of.set_value(snap.as_of)
        current = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("All organisations"), None)
        for org in sorted(snap.data.organisations, key=lambda o: o.name.lower()):
            self.organisation.addItem(org.name, org.ref)
            self.organisation.setItemData(self.organisation.count() - 1, org.name, Qt.ItemDataRole.ToolTipRole)
        self.organisation.setCurrentIndex(max(self.organisation.findData(current), 0))
        self.organisation.blockSignals(False)
        if self.made is None:
            language = getattr(snap.commission, "language", "en")
            self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self._options_changed()

    def new_item(self) -> None:
        self.make_report()

    def options(self) -> ReportOptions:
        return ReportOptions(
            self.format.currentData(),
            self.as_of.value(),
            self.language.currentData(),
            self.organisation.currentData(),
            self.large_print.isChecked(),
        )

    def _date_chosen(self, _date) -> None:
        self._as_of_chosen = self.snapshot is None or self.as_of.value() != self.snapshot.as_of
        self._options_changed()

    def _follow_dashboard(self) -> None:
        self._as_of_chosen = False
        self.as_of.set_value(self.store.as_of)
        self._options_changed()

    def _format_changed(self, _index: int) -> None:
        self.format_note.setText(_note(self.tr(dict(FORMATS)[self.format.currentData()])))
        self._options_changed()

    def _options_changed(self) -> None:
        self.stale.setVisible(self.made is not None and self.made.options != self.options())

    # -- making -------------------------------------------------------------------------------------
    def make_report(self) -> None:
        from commission.reports import build_model
        from commission.services.queries import load_commission_data
        from commission.services.reporting import make_report

        if not self.store.is_open or self.snapshot is None:
            return
        options = self.options()
        self._count += 1
        out = Path(self._temp.path()) / f"report-{self._count}.{SUFFIXES[options.format]}"
        name, cid = self.snapshot.commission.name, self.snapshot.commission.id

        def work(job, db):
            job.report(0.0)
            checks: list = []
            chosen = asdict(options)  # format, as_of, language, organisation_ref, large_print: make_report's words
            data = load_commission_data(db, cid)  # with the updates' words, as the command line reads it
            progress = lambda f: job.report(f * 0.95)  # noqa: E731
            make_report(db, out, **chosen, commission=name, data=data, progress=progress, checks=checks)
            model = build_model(
                data, options.as_of, language=options.language, organisation_ref=options.organisation_ref
            )
            return MadeReport(out, options, summary_lines(model, options), checks=[c.line() for c in checks])

        self.make_button.setEnabled(False)
        self.progress = run_with_progress(
            self.window(),
            self.store.runner,
            self.tr("Making the report"),
            _tr(MAKING[options.format]).replace("%1", uk_date(options.as_of)),
            self.store.bind(work),
            done=self._made,
            failed=self._failed,
        )

    def _made(self, made: MadeReport) -> None:
        self.progress = None
        self.make_button.setEnabled(True)
        previous, self.made = self.made, made
        if made.options.format in PREVIEWED:
            made.pages = self.preview.load(made.path)
            self.stack.setCurrentWidget(self.preview)
        else:
            self.preview.clear()
            self.summary.title.setText(_tr(READY[made.options.format]))
            self.summary_text.setText("\n\n".join([*made.lines, _tr(NOT_PREVIEWED)]))
            self.stack.setCurrentWidget(self.summary)
        if previous is not None and previous.path != made.path:
            previous.path.unlink(missing_ok=True)
        size = made.path.stat().st_size
        pages = counted(self.tr("%n page(s), ", "", made.pages), made.pages) if made.pages else ""
        self.made_title.setText(_tr(MADE_TITLES[made.options.format]))
        on_the_right = self.tr("The figures are on the right.")
        figures = " ".join(made.lines[1:]) if made.options.format in PREVIEWED else on_the_right
        self.made_note.setText(f"{pages}{max(size // 1024, 1)} KB. {figures}")
        for widget in (self.made_title, self.made_note, self.save_button):
            widget.show()
        self._show_checks(made.checks)
        self._options_changed()

    def _show_checks(self, checks: list[str]) -> None:
        """Before Save as…: where a first name or surname of a member who is not named is left in the text."""
        if not checks:
            self.checks_note.hide()
            self.checks_note.setText("")
            return
        shown = checks[:MAX_CHECKS_SHOWN]
        more = len(checks) - len(shown)
        lines = [
            self.tr(
                "Check these before you share: a first name or surname of a member who is not named "
                "is in the report, and may need changing."
            )
        ]
        lines += [f"• {line}" for line in shown]
        if more:
            lines.append(self.tr("… and %n more.", "", more))
        self.checks_note.setText("\n".join(lines))
        self.checks_note.show()

    def _failed(self, exc: BaseException) -> None:
        self.progress = None
        self.make_button.setEnabled(True)
        report_failure(self, exc)

    # -- saving -------------------------------------------------------------------------------------
    def suggested_name(self) -> str:
        made = self.made
        assert made is not None  # offered only once a report is made
        name = self.snapshot.commission.name if self.snapshot else "Commission"
        name = "".join(ch for ch in name if ch not in '\\/:*?"<>|')
        return f"{name} report {made.options.as_of.isoformat()}.{SUFFIXES[made.options.format]}"

    def save_as(self) -> None:
        if self.made is None:
            return
        folder = self.settings.last_folder() if self.settings else str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self, "Save the report", os.path.join(folder, self.suggested_name()), FILTERS[self.made.options.format]
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str | Path) -> Path | None:
        """Copy the report made to `path` (the format's suffix added if missing)."""
        made = self.made
        if made is None:
            return None
        path = Path(path)
        suffix = f".{SUFFIXES[made.options.format]}"
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            shutil.copyfile(made.path, path)
        except OSError as exc:
            show_error(self, f"Could not save the report to {path}: {exc.strerror or exc}.")
            return None
        if self.settings:
            self.settings.set_last_folder(path)
        show_status(self, f"Saved {path} (redacted for others: names and quotes only with consent).")
        return path
