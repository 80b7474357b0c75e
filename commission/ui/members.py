"""Members: who is on the commission, their consent at a glance, and the organisations alongside.

Contact details and accessibility notes stay hidden until "Show personal details" is pressed, and hide
again when another member is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commission.errors import UserError
from commission.services import edits
from commission.ui import widgets as w
from commission.ui.a11y import label_grid
from commission.ui.bilingual import english_and_welsh
from commission.ui.forms import RecordForm
from commission.ui.header_fit import ColumnsRoom
from commission.ui.history import history_button
from commission.ui.layouts import ElidingCombo, FormWhenNarrow, UpAndDownScroll, line_edit, word_combo
from commission.ui.list_editor import ListEditor
from commission.ui.models import MembersModel, OrganisationsModel
from commission.ui.new_record import NewRecord
from commission.ui.rights import MemberRights
from commission.ui.style import CONSENT_COLOURS
from commission.ui.words import (
    CONSENT_EXPLAINED,
    LANGUAGE_WORDS,
    ORGANISATION_KIND_WORDS,
    ROLE_WORDS,
    consent_state,
    uk_short_date,
)
from commission.vocab import LANGUAGES, ORGANISATION_KINDS, ROLES

CONSENT_LABELS = {
    "named": QT_TRANSLATE_NOOP("MembersScreen", "May be named"),
    "quote": QT_TRANSLATE_NOOP("MembersScreen", "May be quoted"),
}
CONSENT_TIPS = {
    "named": QT_TRANSLATE_NOOP(
        "MembersScreen", "May their real name appear in reports and anything else meant for others?"
    ),
    "quote": QT_TRANSLATE_NOOP(
        "MembersScreen", "May their words be quoted in reports and anything else meant for others?"
    ),
}


class ConsentRow(QWidget):
    """One consent (named or quote): given or not, expiry, and a Record button for a deliberate change."""

    def __init__(self, kind: str, on_record, parent=None):
        super().__init__(parent)
        self.kind, self.on_record = kind, on_record
        self.current: tuple[bool, object] = (False, None)
        layout = w.StackWhenNarrow(self)  # the date and Record under the words when they do not fit beside them
        layout.setContentsMargins(0, 0, 0, 0)
        self.given = QCheckBox(QCoreApplication.translate("MembersScreen", CONSENT_LABELS[kind]))  # type: ignore[arg-type]
        self.given.setToolTip(QCoreApplication.translate("MembersScreen", CONSENT_TIPS[kind]))  # type: ignore[arg-type]
        self.expires = w.OptionalDate(self.tr("Expires"))
        self.expires.setAccessibleName(self.tr("%1 expires").replace("%1", self.given.text()))
        self.expires.setToolTip(self.tr("No expiry: valid until withdrawn"))
        self.record = QPushButton(self.tr("Record"))
        self.record.setEnabled(False)
        layout.addWidget(self.given)
        when = w.StackWhenNarrow()  # and Record under the date when even those two do not fit (large text)
        when.addWidget(self.expires, 1)
        when.addWidget(self.record)
        layout.addLayout(when, 1)
        self.given.toggled.connect(self._changed)
        self.expires.changed.connect(self._changed)
        self.record.clicked.connect(lambda: self.on_record(self.kind, self.current, self.value()))

    def value(self) -> tuple[bool, object]:
        return self.given.isChecked(), self.expires.value() if self.given.isChecked() else None

    def set_current(self, given: bool, expires) -> None:
        self.current = (bool(given), expires)
        self.given.blockSignals(True)
        self.given.setChecked(bool(given))
        self.given.blockSignals(False)
        self.expires.set_value(expires)
        self.record.setEnabled(False)

    def _changed(self, *_args) -> None:
        self.record.setEnabled(self.value() != self.current)


class MembersScreen(ListEditor):
    title = "Members"
    state_key = "members"

    def __init__(self, store, editor, parent=None):
        super().__init__(store, editor, parent)
        self.new_record = NewRecord(self, lambda snap, record_id: record_id in snap.members)
        self.new_organisation = NewRecord(self, lambda snap, record_id: record_id in snap.organisations)
        self.splitter = w.page_splitter(self)

        self.new_button = w.primary_button(self.tr("Add member"))
        self.new_button.clicked.connect(self.new_item)
        left, left_layout = w.list_column(self.tr("Members"), self.new_button)
        self.left_tabs = QTabWidget()
        self.left_tabs.setDocumentMode(True)
        self.model = MembersModel(self)
        self.table = w.table_view(self.model, name=self.tr("Members"))
        self.table.setColumnHidden(MembersModel.COL_LANGUAGE, True)
        self.table.setColumnHidden(MembersModel.COL_ORGANISATION, True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # community commissioners first, by name
        self.left_tabs.addTab(self.table, self.tr("People"))
        self.organisations_model = OrganisationsModel(self)
        self.organisations = w.table_view(self.organisations_model, name=self.tr("Organisations"))
        self.left_tabs.addTab(self._organisations_page(), self.tr("Organisations"))
        left_layout.addWidget(self.left_tabs, 1)
        self.legend = w.muted("")
        left_layout.addWidget(self.legend)
        self.splitter.addWidget(left)

        self.panel_stack, self.panel_empty = self.or_first_record(
            self._member_panel(),
            self.tr("No members yet"),
            self.tr("Add the community commissioners first, then the civic commissioners and facilitators."),
            self.tr("Add a member"),
        )
        self.splitter.addWidget(self.panel_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([540, 490])
        ColumnsRoom(self.splitter, self.table)  # whole pills ("dyfyniadau wedi'u dal yn ôl") while the panel has room
        self.when_picked(self.table, self.picked)
        self.when_picked(self.organisations, self._organisation_picked)
        self.left_tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(0)

    # -- building -----------------------------------------------------------------------------------
    def _organisations_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.organisations, 1)
        self.organisation_box = QFrame()
        self.organisation_box.setObjectName("card")
        form = QFormLayout(self.organisation_box)
        form.setContentsMargins(14, 12, 14, 12)
        self.organisation_form = RecordForm(self.editor, "organisation", self)
        self.organisation_name = QLineEdit()
        self.organisation_kind = word_combo(
            ORGANISATION_KINDS, ORGANISATION_KIND_WORDS, self.tr("Kind of organisation")
        )
        form.addRow(
            self.tr("Name"),
            english_and_welsh(self.organisation_form, "name", self.organisation_name, self.tr("Organisation name")),
        )
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.organisation_kind, 1)
        kind_row.addWidget(history_button(self.organisation_form))
        self.delete_organisation_button = w.link_button(self.tr("Delete organisation"))
        self.delete_organisation_button.clicked.connect(self.delete_organisation)
        kind_row.addWidget(self.delete_organisation_button)
        form.addRow(self.tr("Kind"), kind_row)
        self.organisation_form.bind("name", self.organisation_name, required=True)
        self.organisation_form.bind("kind", self.organisation_kind)
        # who its update returns go to, and the language their email drafts are written in (issue 15)
        self.organisation_language = word_combo(
            LANGUAGES, LANGUAGE_WORDS, self.tr("Language the organisation works in")
        )
        self.contact_name = line_edit(self.tr("Contact for update returns"), self.tr("Who update returns go to"))
        self.contact_email = line_edit(self.tr("Contact's email"), self.tr("name@example.org"))
        form.addRow(self.tr("Language"), self.organisation_language)
        form.addRow(self.tr("Contact"), self.contact_name)
        form.addRow(self.tr("Email"), self.contact_email)
        form.addRow(
            w.muted(
                self.tr(
                    "The contact is used for the email drafts of update returns only; it never "
                    "appears in reports, returns or anything else made for others."
                )
            )
        )
        self.organisation_form.bind("language", self.organisation_language)
        self.organisation_form.bind("contact_name", self.contact_name)
        self.organisation_form.bind("contact_email", self.contact_email)
        layout.addWidget(self.organisation_box)
        return page

    def _member_panel(self) -> QWidget:
        scroll = UpAndDownScroll(self.tr("Member details"))  # the splitter leaves it the room its words need
        self.panel, layout = w.side_panel(spacing=12)
        scroll.setWidget(self.panel)
        self.consent_pill = w.Pill()
        head, self.panel_title = self.panel_head("member", self.consent_pill)
        layout.addLayout(head)
        self.consent_explained = w.muted("")
        layout.addWidget(self.consent_explained)

        form = FormWhenNarrow()  # the fields under their labels, all alike, when narrow (200% in Welsh)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.name = QLineEdit()
        self.pseudonym = QLineEdit()
        self.pseudonym.setPlaceholderText(self.tr("Used in reports when they are not to be named"))
        self.role = word_combo(ROLES, ROLE_WORDS)
        self.organisation = ElidingCombo()
        self.language = word_combo(LANGUAGES, LANGUAGE_WORDS)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Pseudonym"), self.pseudonym)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Language"), self.language)
        layout.addLayout(form)
        for field, widget in (
            ("display_name", self.name),
            ("pseudonym", self.pseudonym),
            ("role", self.role),
            ("organisation_id", self.organisation),
            ("language", self.language),
        ):
            self.form.bind(field, widget, required=field == "display_name")

        layout.addWidget(w.heading(self.tr("Consent")))
        self.consent_rows = {kind: ConsentRow(kind, self._record_consent) for kind in ("named", "quote")}
        for row in self.consent_rows.values():
            layout.addWidget(row)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Consent history"))
        self.history.setMaximumHeight(96)
        self.history.setToolTip(self.tr("Consent history: every decision is kept, withdrawals included."))
        layout.addWidget(w.muted(self.tr("History (kept for good: withdrawals are recorded, never deleted)")))
        layout.addWidget(self.history)

        personal_head = w.StackWhenNarrow()
        personal_head.addWidget(w.heading(self.tr("Personal details")), 1)
        self.show_personal = QPushButton(self.tr("Show personal details"))
        self.show_personal.setCheckable(True)
        self.show_personal.toggled.connect(self._toggle_personal)
        personal_head.addWidget(self.show_personal)
        layout.addLayout(personal_head)
        self.personal_note = w.muted(self.tr("Contact details and accessibility notes never appear in reports."))
        layout.addWidget(self.personal_note)
        self.personal = QWidget()
        personal_form = QGridLayout(self.personal)
        personal_form.setContentsMargins(0, 0, 0, 0)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.accessibility = QPlainTextEdit()
        self.accessibility.setFixedHeight(64)
        for grid_row, (label, box) in enumerate(
            (
                (self.tr("Email"), self.email),
                (self.tr("Phone"), self.phone),
                (self.tr("Accessibility"), self.accessibility),
            )
        ):
            align = Qt.AlignmentFlag.AlignTop if box is self.accessibility else Qt.AlignmentFlag.AlignVCenter
            personal_form.addWidget(QLabel(label), grid_row, 0, align)
            personal_form.addWidget(box, grid_row, 1)
        self.form.bind("email", self.email)
        label_grid(personal_form)
        self.form.bind("phone", self.phone)
        self.form.bind("accessibility_notes", self.accessibility)
        self.personal.setVisible(False)
        layout.addWidget(self.personal)
        layout.addWidget(w.heading(self.tr("Their data")))
        layout.addWidget(w.muted(self.tr("A member may ask for everything held about them, or to be erased.")))
        self.rights = MemberRights(self)
        rights_row = w.StackWhenNarrow()
        self.export_member_button = QPushButton(self.tr("Export everything held…"))
        self.export_member_button.setToolTip(self.tr("One workbook with everything held about this member, for them"))
        self.export_member_button.clicked.connect(lambda: self.rights.choose_export(w.current_id(self.table)))
        self.erase_button = QPushButton(self.tr("Erase this member…"))
        self.erase_button.setToolTip(self.tr("Remove their personal details for good, at their request"))
        self.erase_button.clicked.connect(lambda: self.rights.choose_erase(w.current_id(self.table)))
        rights_row.addWidget(self.export_member_button)
        rights_row.addWidget(self.erase_button)
        rights_row.addStretch(1)
        layout.addLayout(rights_row)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.delete_button = w.link_button(self.tr("Delete member"))
        self.delete_button.clicked.connect(self.delete_current)
        bottom.addWidget(self.delete_button)
        layout.addLayout(bottom)
        layout.addStretch(1)
        return scroll

    # -- showing ------------------------------------------------------------------------------------
    def set_snapshot(self, snap) -> None:
        super().set_snapshot(snap)
        if snap is not None:
            self.new_organisation.arrived(snap)

    def fill(self, snap) -> None:
        waiting = self.new_organisation.waiting()
        keep_org = self.new_organisation.wanted() if waiting else w.current_id(self.organisations)
        self.model.set_snapshot(snap)
        self.organisations_model.set_snapshot(snap)
        if snap is not None:
            self.reselect(self.organisations, keep_org, waiting)

    def filled(self, snap) -> None:
        if snap is None:
            return
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("None"), None)
        for o in sorted(snap.data.organisations, key=lambda o: o.name.lower()):
            self.organisation.addItem(o.name, o.id)
        self.organisation.blockSignals(False)
        counts: dict[str, int] = {}
        for row in range(self.model.rowCount()):
            state = self.model.consent(self.model.rows[row])
            counts[state] = counts.get(state, 0) + 1
        self.legend.setText(
            self.tr("Consent:")
            + "  "
            + "  ·  ".join(
                f"{QCoreApplication.translate('words', s)} {counts[s]}" for s in CONSENT_COLOURS if counts.get(s)
            )
        )
        self.legend.setToolTip(self.tr("On %1, the date the figures are for").replace("%1", uk_short_date(snap.as_of)))
        self._show_organisation()

    def _tab_changed(self, index: int) -> None:
        self.new_button.setText(self.tr("Add organisation") if index == 1 else self.tr("Add member"))
        self.panel_stack.setVisible(index == 0)
        self.legend.setVisible(index == 0)
        for page in range(self.left_tabs.count()):  # the list as narrow as the tab shown allows, not the other
            policy = QSizePolicy.Policy.Preferred if page == index else QSizePolicy.Policy.Ignored
            self.left_tabs.widget(page).setSizePolicy(policy, QSizePolicy.Policy.Preferred)

    def show_current(self) -> None:
        snap, member_id = self.snapshot, w.current_id(self.table)
        if snap is None or member_id not in snap.members:
            self.form.load(None)
            self.panel_stack.setCurrentWidget(self.panel_empty)
            return
        assert member_id is not None  # it is in snap.members
        self.panel_stack.setCurrentIndex(0)
        if member_id != self.form.record_id:
            self.show_personal.setChecked(False)  # personal details hide again for each member
        self.erase_button.setEnabled(not snap.members[member_id].erased)
        member = snap.members[member_id]
        self.form.load(member_id)
        self.panel_title.setText(member.display_name or self.tr("(details erased)"))
        state = consent_state(member, snap.as_of)
        self.consent_pill.set(state, CONSENT_COLOURS[state])
        self.consent_explained.setText(CONSENT_EXPLAINED[state])
        self.consent_rows["named"].set_current(member.consent_named, member.consent_named_expires)
        self.consent_rows["quote"].set_current(member.consent_quote, member.consent_quote_expires)
        self.history.clear()
        self.store.read(  # off the GUI thread; a late answer for a member no longer shown is dropped
            lambda db: edits.consent_history(db, member_id),
            on_done=lambda entries: self._show_consent_history(member_id, entries),
            on_error=lambda exc: self._show_consent_history(member_id, [], exc),
        )

    def _show_consent_history(self, member_id: int | None, entries: list, exc: BaseException | None = None) -> None:
        if member_id != self.form.record_id:
            return
        if exc is not None and not isinstance(exc, UserError):
            self.store.error.emit(str(exc))
        self.history.clear()
        for entry in reversed(entries):
            named = entry["kind"] == "named"
            if entry.get("withdrawn"):
                text = self.tr("withdrew consent to be named") if named else self.tr("withdrew consent to be quoted")
            elif entry["given"]:
                text = self.tr("may be named") if named else self.tr("may be quoted")
                if entry["expires"]:
                    text += self.tr(" until %1").replace("%1", uk_short_date(entry["expires"]))
            else:
                text = self.tr("not to be named") if named else self.tr("not to be quoted")
            note = f" — {entry['note']}" if entry.get("note") else ""
            self.history.addItem(f"{uk_short_date(entry['recorded_on'])}  {text}{note}")
        if not entries:
            self.history.addItem(self.tr("Nothing recorded yet."))

    def _toggle_personal(self, shown: bool) -> None:
        self.personal.setVisible(shown)
        self.show_personal.setText(self.tr("Hide personal details") if shown else self.tr("Show personal details"))

    def _organisation_picked(self) -> None:
        self.new_organisation.cancel()  # the coordinator chose another organisation meanwhile
        self._show_organisation()

    def _show_organisation(self) -> None:
        organisation_id = w.current_id(self.organisations)
        self.organisation_box.setVisible(organisation_id is not None)
        self.organisation_form.load(organisation_id)

    # -- changing -----------------------------------------------------------------------------------
    def _record_consent(self, kind: str, before, after) -> None:
        member_id = w.current_id(self.table)
        if member_id is not None:
            self.editor.set_consent(member_id, kind, before, after)

    def new_item(self) -> None:
        if self.store.commission_id is None:
            return
        if self.left_tabs.currentIndex() == 1:
            result = self.editor.create(
                "organisation", {"commission_id": self.store.commission_id, "name": "New organisation", "kind": "other"}
            )
            self.expect_new(
                result,
                lambda oid: w.select_record(self.organisations, oid),
                self.organisation_name,
                self.new_organisation,
                lambda: self.select_nothing(self.organisations, self._show_organisation),
            )
            return
        result = self.editor.create(
            "member",
            {"commission_id": self.store.commission_id, "display_name": "New member", "role": "community"},
            text="Add member",
        )
        self.expect_new(result, lambda mid: self.show_record("member", mid), self.name)

    def delete_organisation(self) -> None:
        self.delete_chosen(
            "organisation",
            self.organisations,
            "Delete organisation",
            self.tr("Organisation deleted, with its commitments. Ctrl+Z brings them back."),
        )

    def delete_current(self) -> None:
        self.delete_chosen("member", self.table, "Delete member", self.tr("Member deleted. Ctrl+Z brings them back."))

    def show_record(self, kind: str, record_id: int) -> None:
        if kind == "organisation":
            self.left_tabs.setCurrentIndex(1)
            w.select_record(self.organisations, record_id)
        else:
            self.left_tabs.setCurrentIndex(0)
            w.select_record(self.table, record_id)
            self.show_current()
