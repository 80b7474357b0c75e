"""Real LibreOffice (Debian's libreoffice-calc-nogui and -writer-nogui, installed by scripts/setup) for the
tests: save a file as .ods, .xls, .xlsx or one .csv per sheet, as an organisation's officer would, or a Word
file as PDF, as LibreOffice lays it out."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

# LibreOffice's CSV filter: comma, double quote, UTF-8, from row 1, …, the last token -1 = every sheet,
# each written as <file name>-<sheet name>.csv (its "each sheet" output).
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
FILTERS = {"ods": "ods", "xls": "xls", "xlsx": "xlsx", "csv": CSV_ALL_SHEETS, "pdf": "pdf"}


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("CI must run the LibreOffice tests: soffice is missing (scripts/setup installs it)")
        pytest.skip("LibreOffice is not installed (./scripts/setup installs libreoffice-calc-nogui)")
    return found


_PROFILE: list[tempfile.TemporaryDirectory] = []


def _profile() -> Path:
    """One private LibreOffice profile for the test session (a warm profile starts a second faster)."""
    if not _PROFILE:
        _PROFILE.append(tempfile.TemporaryDirectory(prefix="lo-profile-"))
    return Path(_PROFILE[0].name)


def convert(files: list[Path], to: str, out_dir: Path) -> None:
    """Save every file in `files` as `to` into `out_dir`, with the session's private LibreOffice profile."""
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={_profile().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            FILTERS[to],
            "--outdir",
            str(out_dir),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
