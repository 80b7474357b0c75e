"""Import pledges…: a council's own spreadsheet of pledges, its columns matched to Commitments' fields.

The coordinator picks the file; a combo per field (guessed from the headers, or the choice made last time for
a sheet with the same headers) says which column holds it; *Check* runs the workbook import's checks and shows
what would change or every problem (row number and column, one line each); *Import* writes it all or nothing
and remembers the columns for next time (Settings.pledge_mapping, keyed by the set of headers).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
)

from commission.errors import UserError, WorkbookError
from commission.ui.bases import WindowPart
from commission.ui.layouts import vbox
from commission.ui.noop import QT_TRANSLATE_NOOP
from commission.ui.transfer import choose_to_open, choose_to_save
from commission.ui.widgets import heading, muted

PLEDGES_FILTER = QT_TRANSLATE_NOOP("PledgesImport", "Spreadsheets (*.xlsx *.ods *.xls *.csv);;All files (*)")


class PledgesImportDialog(QDialog):
    """Columns to fields, Check, Import. `runner` (the window's) runs the checks and the import off the GUI thread."""

    def __init__(self, store, commission: str, table, settings, runner=None, parent=None, actor: str | None = None):
        from commission.services import pledges

        super().__init__(parent)
        self.store, self.commission, self.table, self.settings, self.runner = store, commission, table, settings, runner
        self.actor = actor
        self.summary = None
        self.checked = False
        self.key = pledges.header_key(table.headers)
        self.setWindowTitle(self.tr("Import pledges"))
        self.setAccessibleName(self.tr("Import pledges from a spreadsheet"))
        self.resize(760, 620)
        labels = {
            "ref": self.tr("Ref (unique per pledge)"),
            "action_ref": self.tr("Action (its ref or title)"),
            "organisation_ref": self.tr("Organisation (its ref or name)"),
            "pledge": self.tr("Pledge"),
            "made_by_ref": self.tr("Made by (member ref)"),
            "made_on": self.tr("Made on"),
            "due": self.tr("Due"),
            "weight": self.tr("Weight"),
        }
        layout = vbox(self, (22, 18, 22, 18), 10)
        layout.addWidget(heading(self.tr("Which column holds what in {name}").format(name=table.source)))
        remembered = settings.pledge_mapping(self.key)
        self.remembered = remembered is not None
        mapping = pledges.guess(table.headers)
        if remembered:
            mapping.update({f: h for f, h in remembered.items() if f in mapping and (h is None or h in table.headers)})
        explain = self.tr("{rows} rows. Fields marked * are needed. ").format(rows=len(table.rows))
        explain += (
            self.tr("The columns are the ones you chose last time for a sheet like this.")
            if self.remembered
            else self.tr("The columns are guessed from their headings: check them.")
        )
        layout.addWidget(muted(explain))
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for target in pledges.TARGETS:
            combo = QComboBox()
            combo.addItem(self.tr("(not in this sheet)"), None)
            for header in table.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(target.field))) if mapping.get(target.field) else 0)
            label = labels[target.field] + (" *" if target.required else "")
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(self._changed)
            form.addRow(QLabel(label), combo)
            self.combos[target.field] = combo
        layout.addLayout(form)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setAccessibleName(self.tr("Check the pledges before importing"))
        self.check_button.clicked.connect(self.check)
        layout.addWidget(self.check_button)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("What the import will change, or the problems to put right"))
        self.text.setPlaceholderText(
            self.tr("Press Check to see what the import will change. Nothing is written until you press Import.")
        )
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import these pledges"))
        self.import_button.setEnabled(False)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Do not import; change nothing"))
        self.import_button.clicked.connect(self.run_import)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str | None]:
        return {f: combo.currentData() for f, combo in self.combos.items()}

    def _changed(self) -> None:
        self.checked = False
        self.import_button.setEnabled(False)
        self.text.clear()

    def _submit(self, work, done) -> None:
        """`work(job, db)`: the Store hands it the database, on the runner when there is one."""
        work = self.store.bind(work)
        if self.runner is None:
            try:
                result = work(None)
            except BaseException as exc:
                self._failed(exc)
            else:
                done(result)
            return
        self.runner.submit(work, on_done=done, on_error=self._failed)

    def check(self) -> None:
        from commission.services import pledges  # pandas: loaded when first used, not at start

        table, mapping, name = self.table, self.mapping(), self.commission
        self.check_button.setEnabled(False)
        self._submit(
            lambda job, db: pledges.import_pledges(db, table, mapping, commission=name, dry_run=True), self._checked
        )

    def _checked(self, summary) -> None:
        from commission.services import pledges  # pandas: loaded when first used, not at start

        self.check_button.setEnabled(True)
        self.text.setPlainText("\n".join(pledges.preview_lines(summary, self.table.source)))
        changes = bool(summary.changes or any(summary.created.values()) or any(summary.changed.values()))
        self.checked = changes
        self.import_button.setEnabled(changes)
        self.import_button.setDefault(changes)

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.checked = False
        self.import_button.setEnabled(False)
        if isinstance(exc, WorkbookError):
            lines = [str(exc), *(f"  {p}" for p in exc.problems)]
        elif isinstance(exc, UserError):
            lines = [str(exc)]
        else:
            lines = [self.tr("That did not work: {error}. Nothing was changed.").format(error=exc)]
        self.text.setPlainText("\n".join(lines))

    def run_import(self) -> None:
        from commission.services import pledges  # pandas: loaded when first used, not at start

        if not self.checked:
            return
        table, mapping, name, actor = self.table, self.mapping(), self.commission, self.actor
        self._submit(
            lambda job, db: pledges.import_pledges(db, table, mapping, commission=name, actor=actor), self._imported
        )

    def _imported(self, summary) -> None:
        self.summary = summary
        self.settings.set_pledge_mapping(self.key, self.mapping())
        self.accept()


class PledgesImport(WindowPart):
    """File ▸ Import pledges… and the button on Actions & Commitments."""

    def __init__(self, window):
        super().__init__(window)
        self.dialog: PledgesImportDialog | None = None
        self.last_message = ""

    def add_button(self, screen) -> None:
        button = QPushButton(self.tr("Import pledges…"))
        button.setToolTip(self.tr("Read pledges from a spreadsheet of your own, matching its columns"))
        button.setAccessibleName(self.tr("Import pledges from a spreadsheet"))
        button.clicked.connect(self.choose)
        screen.header.insertWidget(screen.header.indexOf(screen.agree_button), button)
        self.button = button

    def choose(self) -> None:
        if self.window.store.info is None:
            return
        path = choose_to_open(self.window, self.tr("Import pledges from a spreadsheet"), self.tr(PLEDGES_FILTER))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> PledgesImportDialog | None:
        from commission.services import pledges  # pandas: loaded when first used, not at start

        store = self.window.store
        try:
            table = pledges.read_table(path)
        except UserError as exc:
            self.window.show_error(str(exc))
            return None
        self.dialog = PledgesImportDialog(
            store,
            store.info.name,
            table,
            self.window.settings,
            runner=self.window.runner,
            parent=self.window,
            actor=self.window.editor.actor,
        )
        self.dialog.accepted.connect(self._imported)
        self.dialog.open()
        return self.dialog

    def _imported(self) -> None:
        assert self.dialog is not None and self.dialog.summary is not None  # it accepts once imported
        summary = self.dialog.summary
        self.window.undo_stack.clear()  # an import is not undone step by step
        self.last_message = self.tr("Pledges imported: {new} new, {changed} changed.").format(
            new=summary.created["Commitments"], changed=summary.changed["Commitments"]
        )
        self.window.statusBar().showMessage(self.last_message, 15000)
        self.window.store.reload_commissions(summary.commission_id or None)


class DecidimExport(WindowPart):
    """File ▸ Export for Decidim…: the accountability results CSV, as of the date on screen (redacted for others)."""

    def __init__(self, window):
        super().__init__(window)
        self.last_message = ""

    def choose(self) -> None:
        info = self.window.store.info
        if info is None:
            return
        path = choose_to_save(
            self.window,
            self.tr("Export for Decidim (redacted for others)"),
            "".join(ch for ch in f"{info.name} - Decidim results.csv" if ch not in '\\/:*?"<>|'),
            self.tr("CSV files (*.csv)"),
            ".csv",
        )
        if path:
            self.run(path)

    def run(self, path: str | Path) -> None:
        store = self.window.store
        name, as_of, out = store.info.name, store.as_of, Path(path)

        def work(job, db):
            from commission.services.decidim import export_results

            return export_results(db, out, commission=name, as_of=as_of)

        store.submit(work, on_done=self._written, on_error=lambda exc: self.window.show_error(str(exc)))

    def _written(self, result) -> None:
        out, places = result
        self.last_message = self.tr(
            "Wrote {name}: Decidim results as of the date on screen, redacted for others (names only with consent)."
        ).format(name=out.name)
        if places:
            self.last_message += " " + self.tr(
                "Check {n} place(s) where a first name or surname of a member who is not named is left."
            ).format(n=len(places))
        self.window.statusBar().showMessage(self.last_message, 15000)
