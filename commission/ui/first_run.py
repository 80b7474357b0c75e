"""Starting from nothing: the next step on an empty commission, and the Help ▸ Getting started page.

STYLE.md: "Empty screens say what to do next". `next_step` reads a snapshot and names the one thing to do
next, in the order a commission runs (members, sessions, what we heard, actions, commitments, updates);
the dashboard shows it with a button that goes to the screen where it is done.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from commission.ui.noop import QT_TRANSLATE_NOOP


def tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


# what the commission needs (lists in its data that must not be empty), what to do about it, the button's words
# and the screen where it is done; in the order a commission runs
STEPS = (
    (
        ("members",),
        QT_TRANSLATE_NOOP(
            "FirstRun",
            "Add the panel's members first: the community commissioners, then the civic commissioners "
            "and facilitators.",
        ),
        QT_TRANSLATE_NOOP("FirstRun", "Add members"),
        "members",
    ),
    (
        ("sessions",),
        QT_TRANSLATE_NOOP(
            "FirstRun", "No sessions yet — record your first listening session: who came, and what was said."
        ),
        QT_TRANSLATE_NOOP("FirstRun", "Record a session"),
        "sessions",
    ),
    (
        ("themes", "insights"),
        QT_TRANSLATE_NOOP(
            "FirstRun",
            "Nothing heard yet — name a theme and write down what the panel said, in a sentence they "
            "would stand behind.",
        ),
        QT_TRANSLATE_NOOP("FirstRun", "Add what we heard"),
        "themes",
    ),
    (
        ("actions",),
        QT_TRANSLATE_NOOP(
            "FirstRun",
            "No actions agreed yet — when the commission agrees what should change, record it and link it "
            "to what we heard.",
        ),
        QT_TRANSLATE_NOOP("FirstRun", "Agree an action"),
        "actions",
    ),
    (
        ("commitments",),
        QT_TRANSLATE_NOOP(
            "FirstRun", "No commitments yet — add each organisation's pledge towards the actions agreed."
        ),
        QT_TRANSLATE_NOOP("FirstRun", "Add a commitment"),
        "actions",
    ),
    (
        ("updates",),
        QT_TRANSLATE_NOOP(
            "FirstRun", "No updates yet — log what each organisation reports, or send them update returns."
        ),
        QT_TRANSLATE_NOOP("FirstRun", "Log an update"),
        "actions",
    ),
)


def next_step(snap) -> tuple[str, str, str] | None:
    """(what to do, button text, screen key) for a commission still being set up; None once updates flow."""
    data = snap.data
    for needs, text, button, screen in STEPS:
        if not all(getattr(data, name) for name in needs):
            return tr(text), tr(button), screen
    return None


GETTING_STARTED = QT_TRANSLATE_NOOP(
    "FirstRun",
    """
<h2>Getting started</h2>
<p>Commission keeps a truth commission's accountability chain in one place: what the panel said, the themes
and what we heard, the actions agreed, who committed to what, what has happened since, and whether the panel
agrees it happened. Everything is saved as you type.</p>
<ol>
<li><b>Create the commission</b> (File ▸ New commission…): its name, area and dates. Or try the demo
commission first (File ▸ New database…, then <i>Load the demo commission</i>).</li>
<li><b>Members</b>: add the community commissioners, then the civic commissioners and facilitators, with
their consent to be named and quoted.</li>
<li><b>Sessions</b>: record each meeting — who came, the notes — and select words in the notes to keep them
as a quote.</li>
<li><b>Themes &amp; Insights</b>: name the themes and write down what we heard, linked to the quotes behind it.</li>
<li><b>Actions &amp; Commitments</b>: record each action agreed, then each organisation's pledge towards it,
with a due date.</li>
<li><b>Updates</b>: log what organisations report (or send them update returns), and what the panel thinks.</li>
<li><b>Reviews and Reports</b>: put drafts to the panel, and make the accountability report as of any date.</li>
</ol>
<p>Keys: <b>Ctrl+N</b> a new item of the kind on screen · <b>Ctrl+K</b> search everything ·
<b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b> undo and redo.</p>
""",
)


class GettingStartedDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Getting started"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("Getting started"))
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(tr(GETTING_STARTED))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
