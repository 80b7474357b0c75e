"""Which sheet each .csv file holds: a folder of `Updates.csv`-style files, or LibreOffice's output.

LibreOffice saves every sheet of a workbook as CSV (`soffice --convert-to csv:…:-1`, or File ▸ Save As
with "each sheet") as `<file name>-<sheet name>.csv`. Both spellings name a sheet; a folder holding
two workbooks' sets is refused rather than guessed at.
"""

from __future__ import annotations

from pathlib import Path

from commission.errors import UserError
from commission.sheets import BY_NAME

# Sheets a file may hold besides the workbook's own: an update return's front page and its marker.
EXTRA_SHEETS = ("Instructions", "Return")


def _named(text: str) -> str | None:
    wanted = text.strip().lower()
    return next((name for name in (*BY_NAME, *EXTRA_SHEETS) if name.lower() == wanted), None)


def split_stem(stem: str) -> tuple[str, str]:
    """(prefix, sheet) for a file name without its .csv: ('', 'Updates') or ('Council return', 'Updates')."""
    if _named(stem) or "-" not in stem:
        return "", stem.strip()
    prefix, sheet = stem.rsplit("-", 1)
    return (prefix, sheet.strip()) if _named(sheet) else ("", stem.strip())


def csv_sheets(files: list[Path], where: str) -> dict[str, Path]:
    """Sheet name (as spelled in the file name) -> file, for the files of one workbook."""
    prefixes = {split_stem(f.stem)[0] for f in files if _named(split_stem(f.stem)[1])}
    if len(prefixes) > 1:
        shown = ", ".join(sorted(f"'{p or '(none)'}'" for p in prefixes)[:4])
        raise UserError(
            f"{where} holds the CSV files of more than one workbook ({shown}): "
            "put each workbook's files in a folder of their own."
        )
    return {split_stem(f.stem)[1]: f for f in sorted(files)}


def csv_set(path: Path) -> list[Path]:
    """A single .csv file named the LibreOffice way brings its sibling sheets; any other stands alone."""
    prefix, _sheet = split_stem(path.stem)
    if not prefix:
        return [path]
    siblings = [
        p
        for p in path.parent.iterdir()
        if p.suffix.lower() == ".csv" and p.is_file() and split_stem(p.stem)[0] == prefix
    ]
    return sorted(siblings) or [path]
