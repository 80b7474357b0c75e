"""Helpers for the tests that run the Store on real threads (tests/ui/conftest.py's `threaded`)."""

from __future__ import annotations


def settled(store) -> None:
    """Every read the window asked for has run and been handed to its screen."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        store.runner.wait()
        for _ in range(5):
            QApplication.processEvents()
    store.runner.wait()
