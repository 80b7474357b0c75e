"""When a save is refused: someone else saved first (a conflict), or the shared database went away.

A conflict shows both versions side by side, field by field; the coordinator keeps theirs, uses
theirs or chooses per field. "Use mine" saves again on top of their version (so their save stays in
the History and Undo puts it back). A lost connection offers to try the very same call again.
"""

from __future__ import annotations

import html
import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from commission.errors import UserError
from commission.services import audit, edits
from commission.ui.history import NOUN, TEXT_FIELDS, field_words, value_words
from commission.ui.layouts import vbox
from commission.ui.widgets import heading, muted, primary_button

SKIP = {"id", "version", "commission_id"}


def differing_fields(theirs: dict, mine: dict) -> list[str]:
    """The fields where what was typed differs from what is now saved."""
    return [k for k in mine if k not in SKIP and mine.get(k) != theirs.get(k)]


def excerpts(theirs: str, mine: str, context: int = 90) -> tuple[str, str]:
    """Both texts as rich text, trimmed to the part that differs (marked) with some words either side."""
    # character-wise common prefix of two texts (not paths), which is exactly what is wanted here
    start = len(os.path.commonprefix([theirs, mine]))  # noqa: RUF071
    end = len(os.path.commonprefix([theirs[start:][::-1], mine[start:][::-1]]))  # noqa: RUF071

    def mid_word(text: str, at: int) -> bool:
        return 0 <= at < len(text) and not text[at].isspace()

    # mark whole words: widen the difference when it starts or ends inside a word
    if start and not theirs[start - 1].isspace() and (mid_word(theirs, start) or mid_word(mine, start)):
        start = theirs.rfind(" ", 0, start) + 1
    if (
        end
        and not theirs[len(theirs) - end].isspace()
        and (mid_word(theirs, len(theirs) - end - 1) or mid_word(mine, len(mine) - end - 1))
    ):
        space = theirs[len(theirs) - end :].find(" ")
        end = end - space if space >= 0 else 0
    head = theirs[:start]
    tail = theirs[len(theirs) - end :] if end else ""
    if len(head) > context:
        cut = head[-context:]
        head = "…" + (cut.split(" ", 1)[1] if " " in cut else cut)
    if len(tail) > context:
        cut = tail[:context]
        tail = (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"

    def marked(text: str) -> str:
        middle = text[start : len(text) - end]
        mark = f"<span style='background:#fff1c2; font-weight:600'>{html.escape(middle)}</span>" if middle else ""
        return (html.escape(head) + mark + html.escape(tail)).replace("\n", "<br>")

    return marked(theirs), marked(mine)


def shown_value(field: str, value, snapshot=None) -> str:
    if field in TEXT_FIELDS:
        return str(value) if value not in (None, "") else "(nothing)"
    return value_words(field, audit.as_text(value), snapshot)


def _dialog_parent(editor) -> QWidget | None:
    parent = editor.store.parent()
    return parent if isinstance(parent, QWidget) else None


class ConflictDialog(QDialog):
    """Both versions of each field that differs; choose per field, or all of one side."""

    def __init__(
        self,
        kind: str,
        theirs: dict,
        mine: dict,
        *,
        saved_by: str = "",
        saved_at=None,
        snapshot=None,
        undoing: bool = False,
        parent=None,
    ):
        super().__init__(parent)
        self.kind, self.theirs, self.mine = kind, theirs, mine
        self.fields = differing_fields(theirs, mine)
        noun = NOUN.get(kind, kind)
        self.setWindowTitle(self.tr("Someone else changed this"))
        self.setMinimumWidth(760)
        layout = vbox(self, (22, 18, 22, 16), 10)
        ref = theirs.get("ref") or ""
        layout.addWidget(
            heading(f"Someone else changed this {noun} {ref} while you were editing it".replace("  ", " "))
        )
        who = saved_by or "Another coordinator"
        when = f" at {saved_at:%H:%M} on {saved_at:%d/%m/%Y}" if saved_at else ""
        self.mine_title = "What undo would put back" if undoing else "What you typed"
        intro = muted(
            f"{who} saved it{when}. Nothing has been overwritten. For each difference, choose which version to "
            "keep. Whatever is replaced stays in the History, and Undo can put it back; their other changes "
            "are kept as they are."
        )
        layout.addWidget(intro)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnMinimumWidth(0, 110)
        grid.addWidget(heading(f"Saved by {who}" if saved_by else "Saved by someone else"), 0, 1)
        grid.addWidget(heading(self.mine_title), 0, 2)
        self.groups: dict[str, QButtonGroup] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        self.mine_buttons: dict[str, QRadioButton] = {}
        for row, field in enumerate(self.fields, start=1):
            label = QLabel(field_words(field))
            label.setObjectName("sectionTitle")
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            shown = {
                side: html.escape(shown_value(field, values.get(field), snapshot)).replace("\n", "<br>")
                for side, values in (("theirs", theirs), ("mine", mine))
            }
            if (
                field in TEXT_FIELDS
                and isinstance(theirs.get(field), str)
                and isinstance(mine.get(field), str)
                and max(len(theirs[field]), len(mine[field])) > 240
            ):
                shown["theirs"], shown["mine"] = excerpts(theirs[field], mine[field])
            for column, side in enumerate(("theirs", "mine"), start=1):
                cell = QFrame()
                cell.setObjectName("card")
                box = vbox(cell, (10, 8, 10, 8), 4)
                button = QRadioButton("Keep theirs" if side == "theirs" else "Use mine")
                text = QLabel(shown[side])
                text.setTextFormat(Qt.TextFormat.RichText)
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                box.addWidget(button)
                box.addWidget(text, 1)
                group.addButton(button)
                grid.addWidget(cell, row, column)
                (self.theirs_buttons if side == "theirs" else self.mine_buttons)[field] = button
            self.theirs_buttons[field].setChecked(True)  # nothing changes unless chosen
            self.groups[field] = group
        grid.setRowStretch(len(self.fields) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(grid_host)
        scroll.setMinimumHeight(min(120 + 90 * len(self.fields), 420))
        layout.addWidget(scroll, 1)

        buttons = QHBoxLayout()  # in reading order: copy aside, then all theirs, all mine, as chosen
        self.copy_button = QPushButton(self.tr("Copy what I typed"))
        self.copy_button.clicked.connect(self.copy_mine)
        self.theirs_button = QPushButton(self.tr("Keep theirs"))
        self.mine_button = QPushButton(self.tr("Use mine"))
        self.choices_button = primary_button(self.tr("Save my choices"))
        self.choices_button.setDefault(True)
        self.theirs_button.clicked.connect(self.keep_theirs)
        self.mine_button.clicked.connect(self.use_mine)
        self.choices_button.clicked.connect(self.accept)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        for push_button in (self.theirs_button, self.mine_button, self.choices_button):
            buttons.addWidget(push_button)
        layout.addLayout(buttons)

    def choose(self, field: str, side: str) -> None:
        (self.mine_buttons if side == "mine" else self.theirs_buttons)[field].setChecked(True)

    def keep_theirs(self) -> None:
        for field in self.fields:
            self.choose(field, "theirs")
        self.accept()

    def use_mine(self) -> None:
        for field in self.fields:
            self.choose(field, "mine")
        self.accept()

    def reject(self) -> None:  # Esc or closing the window: keep theirs, as the dialog says
        for field in self.fields:
            self.choose(field, "theirs")
        super().reject()

    def chosen_mine(self) -> dict:
        """The values of mine to save on top of theirs."""
        return {f: self.mine.get(f) for f in self.fields if self.mine_buttons[f].isChecked()}

    def copy_mine(self) -> None:
        text = "\n\n".join(f"{field_words(f)}: {shown_value(f, self.mine.get(f))}" for f in self.fields)
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("Copied"))


def _status(editor, message: str) -> None:
    editor.last_message = message
    window = _dialog_parent(editor)
    if window is not None and hasattr(window, "statusBar"):
        window.statusBar().showMessage(message, 12000)


def _show_saved(editor, kind: str, record_id: int) -> None:
    """Editors on this record show what is saved now, even the field that has the focus again (a form
    leaves a focused field alone, so as not to pull text from under someone typing)."""
    from commission.ui.forms import RecordForm

    window = _dialog_parent(editor)
    if window is None:
        return
    for form in window.findChildren(RecordForm):
        if form.kind == kind and form.record_id == record_id:
            form.load(record_id, focused_too=True)  # its row is read off the GUI thread


def _last_saved(db, kind: str, record_id: int) -> tuple[str, object]:
    try:
        entries = edits.history(db, kind, record_id)
    except UserError:
        return "", None
    return (entries[-1].get("actor") or "", entries[-1].get("at")) if entries else ("", None)


def show_conflict(editor, command, exc: edits.ConflictError, *, undoing: bool = False) -> None:
    """Open the conflict dialog for a refused EditRecord once who saved theirs, and when, is read off the GUI
    thread (without them if that read fails); its choice is saved as a new undoable edit."""
    kind, record_id = command.kind, command.record_id  # the stack may delete an obsolete command
    if not differing_fields(exc.theirs, exc.mine):
        editor.store.error.emit(
            "Someone else saved this at the same time, with the same change as yours: nothing was lost."
        )
        return
    editor.store.read(
        lambda db: _last_saved(db, kind, record_id),
        lambda saved: _open_conflict(editor, kind, record_id, exc, saved, undoing),
        lambda _exc: _open_conflict(editor, kind, record_id, exc, ("", None), undoing),
    )


def _open_conflict(editor, kind: str, record_id: int, exc: edits.ConflictError, saved, undoing: bool) -> ConflictDialog:
    from commission.ui.commands import NOUNS, Change, EditRecord

    who, when = saved
    dialog = ConflictDialog(
        exc.kind,
        exc.theirs,
        exc.mine,
        saved_by=who,
        saved_at=when,
        snapshot=editor.store.snapshot,
        undoing=undoing,
        parent=_dialog_parent(editor),
    )
    editor.conflict_dialog = dialog

    def finished(_result: int) -> None:
        chosen = dialog.chosen_mine()
        if chosen:
            before = {k: exc.theirs.get(k) for k in chosen}
            resolution = EditRecord(
                editor,
                Change(kind, record_id, before, chosen, exc.theirs.get("version")),
                text=f"Edit {NOUNS.get(kind, kind)} (kept my version)",
            )
            saved = editor.run(resolution)
            message = (
                "Saved your version on top of theirs; theirs is in the History (Ctrl+Z puts it back)." if saved else ""
            )
        else:
            editor.store.refresh()
            message = "Kept the version someone else saved; yours was not saved."
        _show_saved(editor, kind, record_id)
        if message:
            _status(editor, message)
        dialog.deleteLater()
        if editor.conflict_dialog is dialog:
            editor.conflict_dialog = None

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


class ConnectionDialog(QDialog):
    """The shared database could not be reached: nothing was saved; try again or leave it."""

    def __init__(self, message: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lost the connection"))
        self.setMinimumWidth(480)
        self.retries: list = []
        layout = vbox(self, (22, 18, 22, 16), 10)
        layout.addWidget(heading(self.tr("Lost the connection to the shared database")))
        self.text = muted(
            f"{message}\n\nNothing half-done was written. When the network is back, press "
            "Try again to save the same change; Cancel leaves it unsaved."
        )
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.retry_button: QPushButton = self.buttons.addButton("Try again", QDialogButtonBox.ButtonRole.AcceptRole)
        self.retry_button.setProperty("primary", True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(self.minimumWidth(), layout.heightForWidth(self.minimumWidth()))  # layout is self.layout()


def offer_retry(editor, message: str, retry) -> ConnectionDialog:
    """Ask to try again; several refused saves while it is open are retried together, in order."""
    dialog = getattr(editor, "connection_dialog", None)
    if isinstance(dialog, ConnectionDialog) and dialog.isVisible():
        dialog.retries.append(retry)
        return dialog
    dialog = ConnectionDialog(message, _dialog_parent(editor))
    dialog.retries.append(retry)
    editor.connection_dialog = dialog

    def finished(result: int) -> None:
        retries, dialog.retries = dialog.retries, []
        if editor.connection_dialog is dialog:
            editor.connection_dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            for again in retries:
                again()  # a further failure opens a fresh dialog
        else:
            _status(editor, "The change was not saved (no connection to the shared database).")

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
