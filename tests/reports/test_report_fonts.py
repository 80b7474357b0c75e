"""The report fonts ship with the project, so a PDF looks the same on every machine."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from commission.reports import styles, write_report

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def test_the_shipped_fonts_are_there_with_their_licence():
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"):
        assert (FONTS / name).stat().st_size > 100_000, name
    licence = (FONTS / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence


def test_reports_prefer_the_shipped_fonts():
    family = styles.font()
    assert family.welsh_ok
    assert family.files and all(Path(f).parent == FONTS for f in family.files)


def test_the_pdf_embeds_them(data, tmp_path):
    """Every DejaVu font the PDF uses is embedded (a subset), so no reader substitutes its own."""
    out = write_report(data, tmp_path / "r.pdf", format="pdf", as_of=date(2026, 6, 30))
    embedded = {}
    for page in PdfReader(str(out)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            name = str(font["/BaseFont"])
            if "DejaVuSans" in name:
                embedded[name] = "/FontFile2" in font["/FontDescriptor"].get_object()
    assert embedded and all(embedded.values()), embedded


def test_reportlab_measures_text_with_its_c_accelerator():
    """rl_accel (reportlab[accel]) is installed and used: without it every text width and every number written
    to the PDF goes through pure Python, and the large report takes far longer (the file is the same)."""
    import _rl_accel  # noqa: F401 - the C extension itself
    from reportlab.lib import rl_accel

    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"
    assert rl_accel.fp_str.__module__ == "_rl_accel"
