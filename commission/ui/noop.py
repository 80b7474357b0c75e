"""QT_TRANSLATE_NOOP typed: PySide6 declares its own as returning `object`, so every table of words built
with it needed a cast before tr(). lupdate finds the marker by its name, wherever it is imported from."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; translated later, where it is shown, with tr()."""
    del context
    return text
