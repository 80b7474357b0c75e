"""Small dialogs for making new things: a commission, an action, a commitment, an update, a quote.

Each is opened with open() (never a blocking exec in the app's own flow) and hands back `values()`
in the services' field names.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commission.ui.a11y import label_form
from commission.ui.bilingual import english_and_welsh
from commission.ui.layouts import vbox, word_combo
from commission.ui.widgets import CheckList, DateEdit, OptionalDate, heading, muted
from commission.ui.words import VERDICT_WORDS, member_label, short_text
from commission.vocab import LANGUAGES, UPDATE_STATUSES, VERDICTS


class FormDialog(QDialog):
    def __init__(self, title: str, intro: str = "", ok_text: str | None = None, parent=None, width: int = 520):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        layout = vbox(self, (22, 18, 22, 16), 12)
        layout.addWidget(heading(title))
        if intro:
            layout.addWidget(muted(intro))
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if ok_text is None else ok_text)
        self.ok_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        label_form(self.form)  # a row of a field and a button, or a date that may be unset, is named too
        super().showEvent(event)

    def accept(self) -> None:
        """Not while a date typed into the form is refused: the date it showed before would be saved."""
        for edit in self.findChildren(DateEdit):
            if edit.isEnabled() and not edit.finish_typing():
                edit.setFocus()
                return
        super().accept()

    def require(self, *line_edits) -> None:
        """OK only when every required field has something in it."""

        def check(*_args):
            self.ok_button.setEnabled(all(_text(w).strip() for w in line_edits))

        for widget in line_edits:
            (widget.textChanged if hasattr(widget, "textChanged") else widget.currentTextChanged).connect(check)
        check()


def _text(widget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.currentData() is not None else ""
    return widget.text()


class NewCommissionDialog(FormDialog):
    def __init__(self, parent=None, *, title: str = "", intro: str | None = None, ok_text: str = ""):
        super().__init__(
            title or self.tr("New commission"),
            self.tr("A commission is one truth commission or panel. You can change these details later.")
            if intro is None
            else intro,
            ok_text or self.tr("Create"),
            parent,
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Rhondda Poverty Truth Commission"))
        self.area = QLineEdit()
        self.start = OptionalDate(self.tr("Known"))
        self.end = OptionalDate(self.tr("Known"))
        self.language = QComboBox()
        for code, word in zip(LANGUAGES, (self.tr("English"), self.tr("Cymraeg (Welsh)")), strict=True):
            self.language.addItem(word, code)
        # the Welsh name beside the English (SPEC, Bilingual content: the Commission key name_cy)
        self.name_box = english_and_welsh(None, "name", self.name, self.tr("Commission name"))
        name_cy = self.name_box.welsh
        assert isinstance(name_cy, QLineEdit)  # the Welsh editor is of the English one's kind
        self.name_cy = name_cy
        self.form.addRow(self.tr("Name"), self.name_box)
        self.form.addRow(self.tr("Area"), self.area)
        self.form.addRow(self.tr("Starts"), self.start)
        self.form.addRow(self.tr("Ends"), self.end)
        self.form.addRow(self.tr("Language"), self.language)
        self.require(self.name)

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "name_cy": self.name_cy.text().strip(),
            "area": self.area.text().strip(),
            "start_date": self.start.value(),
            "end_date": self.end.value(),
            "language": self.language.currentData(),
        }


class NewDatabaseDialog(FormDialog):
    """Where the new database goes, and whether it is protected with a passphrase (never stored)."""

    MIN_PASSPHRASE = 8

    def __init__(self, folder: str = "", parent=None):
        super().__init__(
            self.tr("New database"),
            self.tr("A database holds one or more commissions. Everything is saved in it as you work."),
            self.tr("Create"),
            parent,
            580,
        )
        self.folder = folder
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Where to keep it, e.g. Rhondda commission.db"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.form.addRow(self.tr("File"), row)
        self.encrypt = QCheckBox(self.tr("Protect with a passphrase (encrypted)"))
        self.encrypt.setToolTip(
            self.tr(
                "The whole file is encrypted: without the passphrase it cannot be read, "
                "even by someone who copies it off the laptop."
            )
        )
        self.form.addRow("", self.encrypt)
        self.passphrase, self.confirm = QLineEdit(), QLineEdit()
        for field in (self.passphrase, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._check)
        self.form.addRow(self.tr("Passphrase"), self.passphrase)
        self.form.addRow(self.tr("Type it again"), self.confirm)
        self.note = muted(
            self.tr(
                "The passphrase is never stored. Without it nobody, you included, can open this "
                "database, so keep it somewhere safe away from this laptop."
            )
        )
        self.problem = muted("")
        self.extra.addWidget(self.note)
        self.extra.addWidget(self.problem)
        self.encrypt.toggled.connect(self._check)
        self.path.textChanged.connect(self._check)
        self._check()

    def choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New Commission database"),
            self.path.text() or self.folder,
            self.tr("Commission databases (*.db *.sqlite);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def _check(self, *_args) -> None:
        encrypted = self.encrypt.isChecked()
        for widget in (self.passphrase, self.confirm, self.note):
            widget.setEnabled(encrypted)
        problem = ""
        if encrypted:
            if len(self.passphrase.text()) < self.MIN_PASSPHRASE:
                problem = self.tr("A passphrase of at least %1 characters (a few words is best).").replace(
                    "%1", str(self.MIN_PASSPHRASE)
                )
            elif self.confirm.text() != self.passphrase.text():
                problem = self.tr("The two passphrases are not the same yet.")
        self.problem.setText(problem)
        self.ok_button.setEnabled(bool(self.path.text().strip()) and not problem)

    def values(self) -> dict:
        path = self.path.text().strip()
        if path and not Path(path).suffix:
            path += ".db"
        return {"path": path, "passphrase": self.passphrase.text() if self.encrypt.isChecked() else None}


def insight_items(snapshot) -> list[tuple[int, str, str]]:
    """What we heard, grouped by theme, for a CheckList."""
    themes = snapshot.themes

    def theme_name(i):
        return (
            themes[i.theme_id].name if i.theme_id in themes else QCoreApplication.translate("ActionDialog", "No theme")
        )

    return [
        (i.id, i.statement, theme_name(i))
        for i in sorted(snapshot.data.insights, key=lambda i: (theme_name(i).lower(), i.ref))
    ]


class ActionDialog(FormDialog):
    """Agree an action: what will be done, and what we heard that it answers."""

    def __init__(self, snapshot, parent=None, insight_ids: Sequence[int] = ()):
        super().__init__(
            self.tr("Agree an action"),
            self.tr(
                "An action is a local change the commission has agreed. Link it "
                "to what we heard, so the trail runs from the panel's words to what was done."
            ),
            self.tr("Agree action"),
            parent,
            620,
        )
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. One door for help: a single contact that follows up"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.session = QComboBox()
        self.session.addItem(self.tr("Not recorded"), None)
        for s in sorted(snapshot.data.sessions, key=lambda s: s.date, reverse=True):
            self.session.addItem(f"{s.date:%d/%m/%Y} — {s.title}", s.id)
        self.form.addRow(self.tr("Action"), self.title)
        self.form.addRow(self.tr("What it means"), self.description)
        self.form.addRow(self.tr("Agreed at"), self.session)
        self.extra.addWidget(QLabel(self.tr("What we heard that it answers")))
        self.insights = CheckList(self.tr("Filter what we heard…"))
        self.insights.set_items(insight_items(snapshot), insight_ids)
        self.insights.setMinimumHeight(200)
        self.extra.addWidget(self.insights)
        self.require(self.title)

    def values(self) -> dict:
        return {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText().strip(),
            "agreed_session_id": self.session.currentData(),
        }


class CommitmentDialog(FormDialog):
    """Add a commitment: an organisation's pledge towards an action."""

    def __init__(self, snapshot, action_id: int | None = None, parent=None):
        super().__init__(
            self.tr("Add a commitment"),
            self.tr("A commitment is an organisation's pledge towards an agreed action."),
            self.tr("Add commitment"),
            parent,
            600,
        )
        self.action = QComboBox()
        for a in snapshot.data.actions:
            self.action.addItem(short_text(f"{a.ref} — {a.title}", 80), a.id)
        if action_id is not None:
            self.action.setCurrentIndex(max(self.action.findData(action_id), 0))
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("Choose…"), None)
        for o in sorted(snapshot.data.organisations, key=lambda o: o.name.lower()):
            self.organisation.addItem(o.name, o.id)
        self.made_by = QComboBox()
        self.made_by.addItem(self.tr("Not recorded"), None)
        for m in sorted(snapshot.data.members, key=lambda m: m.display_name.lower()):
            if m.role == "civic":
                self.made_by.addItem(member_label(m), m.id)
        self.pledge = QPlainTextEdit()
        self.pledge.setFixedHeight(90)
        self.pledge.setPlaceholderText(self.tr("What they promised, in their words"))
        self.made_on = DateEdit(date.today())
        self.due = OptionalDate(self.tr("Has a due date"))
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0.1, 100)
        self.weight.setValue(1)
        self.weight.setDecimals(1)
        self.weight.setToolTip(self.tr("How much this commitment counts towards its action's progress (usually 1)."))
        self.form.addRow(self.tr("Action"), self.action)
        self.form.addRow(self.tr("Organisation"), self.organisation)
        self.form.addRow(self.tr("Pledge"), self.pledge)
        self.form.addRow(self.tr("Made by"), self.made_by)
        self.form.addRow(self.tr("Made on"), self.made_on)
        self.form.addRow(self.tr("Due"), self.due)
        self.form.addRow(self.tr("Weight"), self.weight)
        self.require(self.pledge, self.organisation, self.action)

    def values(self) -> dict:
        return {
            "action_id": self.action.currentData(),
            "organisation_id": self.organisation.currentData(),
            "pledge": self.pledge.toPlainText().strip(),
            "made_by_id": self.made_by.currentData(),
            "made_on": self.made_on.value(),
            "due": self.due.value(),
            "weight": self.weight.value(),
        }


class UpdateDialog(FormDialog):
    """Log an update: the organisation's claim and the panel's verdict, side by side."""

    def __init__(self, commitment_label: str, as_of: date | None = None, parent=None):
        super().__init__(self.tr("Log an update"), commitment_label, self.tr("Log update"), parent, 760)
        self.date = DateEdit(as_of or date.today())
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        self.form.addRow(self.tr("Date"), date_row)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        claim, verdict = QFormLayout(), QFormLayout()
        for form in (claim, verdict):
            form.setVerticalSpacing(10)
        claim_box, verdict_box = QWidget(), QWidget()
        claim_outer, verdict_outer = QVBoxLayout(claim_box), QVBoxLayout(verdict_box)
        for outer in (claim_outer, verdict_outer):
            outer.setContentsMargins(0, 0, 0, 0)
        claim_outer.addWidget(heading(self.tr("What they say")))
        claim_outer.addLayout(claim)
        verdict_outer.addWidget(heading(self.tr("What the panel thinks")))
        verdict_outer.addLayout(verdict)
        self.status = word_combo(UPDATE_STATUSES)
        self.status.setCurrentIndex(UPDATE_STATUSES.index("in progress"))
        self.progress = QSpinBox()
        self.progress.setRange(-1, 100)
        self.progress.setSuffix("%")
        self.progress.setSpecialValueText(self.tr("From the status"))
        self.progress.setValue(-1)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What the organisation reports"))
        self.note.setFixedHeight(96)
        self.reported_by = QLineEdit()
        self.reported_by.setPlaceholderText(self.tr("Who reported it"))
        claim.addRow(self.tr("Status"), self.status)
        claim.addRow(self.tr("Progress"), self.progress)
        # the note in Welsh beside it (SPEC, Bilingual content: note_cy)
        self.note_box = english_and_welsh(None, "note", self.note, self.tr("Report"))
        note_cy = self.note_box.welsh
        assert isinstance(note_cy, QPlainTextEdit)  # the Welsh editor is of the English one's kind
        self.note_cy = note_cy
        self.note_cy.setPlaceholderText(self.tr("The report in Welsh, if there is one"))
        claim.addRow(self.tr("Report"), self.note_box)
        claim.addRow(self.tr("Reported by"), self.reported_by)
        self.verdict = word_combo(VERDICTS, VERDICT_WORDS)
        self.verdict.setCurrentIndex(VERDICTS.index("not assessed"))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("In the panel's words"))
        self.comment.setFixedHeight(96)
        verdict.addRow(self.tr("Verdict"), self.verdict)
        verdict.addRow(self.tr("Comment"), self.comment)
        columns.addWidget(claim_box, 1)
        columns.addWidget(verdict_box, 1)
        self.extra.addLayout(columns)

    def values(self) -> dict:
        progress = self.progress.value()
        return {
            "date": self.date.value(),
            "status": self.status.currentData(),
            "progress": None if progress < 0 else float(progress),
            "note": self.note.toPlainText().strip(),
            "reported_by": self.reported_by.text().strip(),
            "verdict": self.verdict.currentData(),
            "verdict_comment": self.comment.toPlainText().strip(),
            "note_cy": self.note_cy.toPlainText().strip(),
        }


class QuoteDialog(FormDialog):
    """Capture a quote from a session's notes: the words, who said them, what we heard they support."""

    def __init__(self, snapshot, session_id: int, text: str, parent=None):
        super().__init__(
            self.tr("Record a quote"),
            self.tr("Quotes appear in reports only with the speaker's consent to be quoted."),
            self.tr("Save quote"),
            parent,
            640,
        )
        self.text = QPlainTextEdit(text)
        self.text.setFixedHeight(80)
        self.speaker = QComboBox()
        self.speaker.addItem(self.tr("No speaker recorded (shown as 'a panel member')"), None)
        attendance = snapshot.attendance.get(session_id, {})
        members = sorted(
            snapshot.data.members, key=lambda m: (attendance.get(m.id) != "present", m.display_name.lower())
        )
        for m in members:
            if not m.erased:
                here = self.tr(" — present") if attendance.get(m.id) == "present" else ""
                self.speaker.addItem(member_label(m) + here, m.id)
        self.form.addRow(self.tr("Words"), self.text)
        self.form.addRow(self.tr("Speaker"), self.speaker)
        self.extra.addWidget(QLabel(self.tr("What we heard that it supports")))
        self.insights = CheckList(self.tr("Filter what we heard…"))
        self.insights.set_items(insight_items(snapshot))
        self.insights.setMinimumHeight(200)
        self.extra.addWidget(self.insights)
        self.require(self.text)

    def values(self) -> dict:
        return {"text": self.text.toPlainText().strip(), "member_id": self.speaker.currentData()}
