"""The fixed words of the Frameworks and Social value report sections, in English and Welsh (words.toml, [value])."""

from commission.reports.word_tables import pairs

VALUE_STRINGS: dict[str, tuple[str, str]] = pairs("value")
