"""The reports' fixed words in English and Welsh, kept as data in words.toml: a section of [English, Welsh]
pairs by key for each part of the report (the report itself, the Frameworks and Social value sections, what
people wrote, change over time) and the appendix's paragraphs on how the figures are computed."""

from __future__ import annotations

import tomllib
from importlib import resources

_TABLES = tomllib.loads(resources.files(__package__).joinpath("words.toml").read_text(encoding="utf-8"))


def pairs(section: str) -> dict[str, tuple[str, str]]:
    """One section's words: key → (English, Welsh), in the file's order."""
    return {key: (en, cy) for key, (en, cy) in _TABLES[section].items()}


def paragraphs() -> tuple[tuple[str, str], ...]:
    """How the figures are computed, a paragraph at a time: (English, Welsh)."""
    return tuple((en, cy) for en, cy in _TABLES["rules"]["paragraphs"])
