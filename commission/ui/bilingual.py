"""English and Welsh versions of a field side by side (SPEC, Bilingual content): the English as before, its
Welsh version (`…_cy`) beside it, each labelled and named for assistive technology."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Bilingual", text)


class Bilingual(QWidget):
    """The two editors' box; `welsh` is the Welsh editor."""

    welsh: QLineEdit | QPlainTextEdit


def english_and_welsh(form, field: str, english: QLineEdit | QPlainTextEdit, what: str) -> Bilingual:
    """A widget holding `english` and a new Welsh editor of the same kind, bound to `field`_cy on `form`
    (a RecordForm). `what` names the field for screen readers ("Theme name"). The Welsh editor is returned
    as the widget's `welsh` attribute."""
    box = Bilingual()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(2)
    welsh: QLineEdit | QPlainTextEdit = QLineEdit() if isinstance(english, QLineEdit) else QPlainTextEdit()
    if isinstance(english, QPlainTextEdit):
        welsh.setFixedHeight(english.maximumHeight() if english.maximumHeight() < 10_000 else 60)
    for column, (label, editor, language) in enumerate(
        ((_tr("English"), english, _tr("in English")), (_tr("Cymraeg"), welsh, _tr("in Welsh")))
    ):
        caption = QLabel(label)
        caption.setObjectName("muted")
        caption.setBuddy(editor)
        grid.addWidget(caption, 0, column)
        grid.addWidget(editor, 1, column)
        grid.setColumnStretch(column, 1)
        editor.setAccessibleName(f"{what}, {language}")
    welsh.setToolTip(
        _tr(
            "The Welsh version: a Welsh report shows it, an English one the English "
            "(where one is missing, the other is shown and marked)."
        )
    )
    if form is not None:  # a dialog (no RecordForm) reads `welsh` itself
        form.bind(f"{field}_cy", welsh)
    box.welsh = welsh
    return box
