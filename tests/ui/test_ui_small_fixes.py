"""Issue 10, item 9 (small things): the Commitments filter does not follow into another database; closing the
window while a screen is loading is quiet; `import --commission NEWNAME` and `review import --db DB FILE`."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from commission import cli
from commission.services.demo import create_demo
from commission.services.queries import list_commissions
from commission.storage import open_database


def test_commitments_filter_is_cleared_in_a_newly_opened_database(qtbot, window, tmp_path):
    tab = window.show_screen("actions").commitments
    qtbot.keyClicks(tab.text, "warm")
    assert tab.proxy.rowCount() < tab.model.rowCount()
    other = open_database(tmp_path / "other.db")
    create_demo(other)
    window.set_database(other)
    window.show_screen("actions")
    assert tab.text.text() == ""
    assert tab.proxy.rowCount() == tab.model.rowCount() > 0
    window.store.close()


def test_closing_while_a_screen_is_loading_is_quiet(qtbot, styled_app, ui_db, settings):
    from commission.ui.main_window import MainWindow

    win = MainWindow(settings)  # real threads: the read is still on its way when the window closes
    errors = []
    win.store.error.connect(errors.append)
    win.set_database(ui_db)
    win.show()
    win.show_screen("sessions")  # a screen whose side panel reads its record when a snapshot arrives
    win.close()  # waits for the read; its result must not be shown from a closed database
    for _ in range(5):
        styled_app.processEvents()
    assert errors == []
    assert win.store.db is None
    win.deleteLater()


def test_import_into_a_new_commission_by_name(tmp_path, capsys):
    db_path = tmp_path / "x.db"
    assert cli.main(["demo", "--db", str(db_path)]) == 0
    assert cli.main(["export", "--db", str(db_path), "--out", str(tmp_path / "all.xlsx")]) == 0
    assert (
        cli.main(["import", "--db", str(db_path), "--commission", "Second commission", str(tmp_path / "all.xlsx")]) == 0
    )
    db = open_database(db_path)
    names = sorted(c.name for c in list_commissions(db))
    db.dispose()
    assert len(names) == 2 and "Second commission" in names


def test_review_import_takes_the_file_after_db(tmp_path, capsys):
    db_path = tmp_path / "x.db"
    assert cli.main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert cli.main(["review", "import", "--db", str(db_path), str(tmp_path / "missing.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "missing.xlsx" in err and "unrecognized" not in err


def test_the_organisation_filter_counts_as_people_do(window):
    """Organisation 2 before Organisation 10 (it listed 1, 10, 11 … 2, sorted as text)."""
    from commission.services import edits

    cid = window.store.commission_id
    for name in ("Organisation 10", "Organisation 2", "organisation 9"):
        edits.create(window.store.db, "organisation", {"commission_id": cid, "name": name, "kind": "council"})
    window.store.refresh()
    screen = window.show_screen("actions")
    combo = screen.commitments.organisation
    names = [combo.itemText(i) for i in range(1, combo.count())]
    ours = [n for n in names if n.lower().startswith("organisation ")]
    assert ours == ["Organisation 2", "organisation 9", "Organisation 10"]


def test_the_screens_list_stays_put_while_the_database_opens(qtbot, settings, ui_db):
    """A click soon after start lands on the screen it was aimed at: the list moved down 39 px when the
    commission's name came (the chooser shown at first, then swapped for the name)."""
    from commission.services import edits
    from commission.services.queries import find_commission
    from commission.ui.main_window import MainWindow
    from commission.ui.workers import SyncRunner

    edits.edit(ui_db, "commission", find_commission(ui_db).id, {"name": "Hillside PTC"})  # a name on one line
    window = MainWindow(settings, runner=SyncRunner())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    before = window.sidebar.mapTo(window, window.sidebar.rect().topLeft()).y()
    assert window.commission_name.text() == "Opening…"
    window.set_database(ui_db)
    QApplication.processEvents()
    assert window.commission_name.text() == window.store.snapshot.commission.name
    assert window.sidebar.mapTo(window, window.sidebar.rect().topLeft()).y() == before
