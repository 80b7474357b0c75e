"""Fonts, colours and paragraph styles for the PDF (and the sizes the DOCX copies).

Font choice: reports are often in Welsh, so the font must have ŵ and ŷ. ReportLab's bundled Vera lacks
them and the built-in Helvetica cannot show them, so we look for a TrueType family that has them,
checking each candidate's glyphs: DejaVu Sans (most Linux), Liberation Sans, then Arial (Windows, macOS).
The project ships DejaVu Sans in resources/fonts/ (licence beside it), which wins, so a report looks the
same on every machine; that folder sits beside the package in a checkout or an editable install (as the
demo's CSVs do). Helvetica is the last resort: English reads fine, Welsh circumflexed w/y would not, and
`font().welsh_ok` says so.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from commission.vocab import STATE_COLOURS

log = logging.getLogger(__name__)
_PROJECT_FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"

# (regular, bold, italic, bold italic) file names, per family, and where to look for them
_FAMILIES = (
    ("DejaVuSans", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")),
    (
        "LiberationSans",
        (
            "LiberationSans-Regular.ttf",
            "LiberationSans-Bold.ttf",
            "LiberationSans-Italic.ttf",
            "LiberationSans-BoldItalic.ttf",
        ),
    ),
    ("Arial", ("arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf")),
    ("Arial", ("Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf", "Arial Bold Italic.ttf")),
)
_DIRS = (
    _PROJECT_FONTS,
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/dejavu-sans-fonts"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/liberation-sans"),
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts/Supplemental"),
)
WELSH_TEST = "\u0175\u0177\u0174\u0176"  # ŵ ŷ Ŵ Ŷ


@dataclass(frozen=True)
class FontFamily:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    welsh_ok: bool
    files: tuple[str, ...] = ()


def _has_glyphs(font: TTFont, chars: str) -> bool:
    widths = font.face.charWidths
    return all(ord(ch) in widths for ch in chars)


def _find_family() -> FontFamily:
    for family, names in _FAMILIES:
        for folder in _DIRS:
            paths = [folder / n for n in names]
            if not all(p.is_file() for p in paths):
                continue
            try:
                fonts = [
                    TTFont(f"Report{family}{suffix}", str(p))
                    for suffix, p in zip(("", "-Bold", "-Italic", "-BoldItalic"), paths, strict=True)
                ]
            except (OSError, TTFError, ValueError) as exc:  # damaged or unsupported: try the next
                log.debug("report font %s not usable: %s", paths[0], exc)
                continue
            if not all(_has_glyphs(f, WELSH_TEST) for f in fonts):
                continue
            for f in fonts:
                pdfmetrics.registerFont(f)
            names4 = tuple(f.fontName for f in fonts)
            pdfmetrics.registerFontFamily(
                names4[0], normal=names4[0], bold=names4[1], italic=names4[2], boldItalic=names4[3]
            )
            return FontFamily(
                names4[0], names4[1], names4[2], names4[3], welsh_ok=True, files=tuple(str(p) for p in paths)
            )
    return FontFamily("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", welsh_ok=False)


_FONT: FontFamily | None = None
_FONT_LOCK = threading.Lock()  # reports run off the GUI thread; register the fonts once


def font() -> FontFamily:
    global _FONT
    with _FONT_LOCK:
        if _FONT is None:
            _FONT = _find_family()
        return _FONT


# a calm palette: dark ink, one deep accent, soft rules; the state colours carry the meaning
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#0b4f6c")
ACCENT_SOFT = colors.HexColor("#e3eef3")
RULE = colors.HexColor("#cbd2d9")
PANEL = colors.HexColor("#f5f7fa")
QUOTE_BAR = colors.HexColor("#8fb8c9")
STATE = {state: colors.HexColor(hex_) for state, hex_ in STATE_COLOURS.items()}
# text on a state colour: white everywhere but on amber, where white would be too faint to read
STATE_TEXT = {state: (colors.HexColor("#1a1a1a") if state == "at risk" else colors.white) for state in STATE}
# a verdict is coloured text on white or a pale panel: darker shades of its state's colour, so that it keeps
# 4.5:1 on every background it stands on (amber text, at 2.4:1 on white, could not be read)
VERDICT_COLOURS = {
    "agree": colors.HexColor("#1b5e20"),
    "partly": colors.HexColor("#7a4f00"),
    "disagree": colors.HexColor("#b71c1c"),
    "not assessed": MUTED,
}
TEXT_BACKGROUNDS = (colors.white, PANEL, ACCENT_SOFT)  # what report text stands on, besides the state colours


def contrast(a: colors.Color, b: colors.Color) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(c: colors.Color) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.red) + 0.7152 * channel(c.green) + 0.0722 * channel(c.blue)

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


LARGE_PRINT = 16.0  # SPEC: large print means body text of at least 16 pt


class Styles:
    """Paragraph styles sized for normal (11 pt body) or large print (16 pt body, and nothing smaller: SPEC)."""

    def __init__(self, large_print: bool = False):
        f = font()
        self.font = f
        self.large = large_print
        self.body_size = LARGE_PRINT if large_print else 11.0
        self.small_size = LARGE_PRINT if large_print else 9.0  # only for page furniture and chart labels
        b = self.body_size
        lead = b * 1.4

        def style(name: str, **kw) -> ParagraphStyle:
            base = {
                "fontName": f.regular,
                "fontSize": b,
                "leading": lead,
                "textColor": INK,
                "alignment": TA_LEFT,
                "bulletFontName": f.regular,
                "bulletFontSize": b,
            }
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.body = style("body", spaceAfter=b * 0.5)
        self.body_tight = style("body_tight")
        self.muted = style("muted", textColor=MUTED)
        self.bold = style("bold", fontName=f.bold)
        self.h1 = style("h1", fontName=f.bold, fontSize=b * 2, leading=b * 2.4, textColor=ACCENT, spaceAfter=b * 0.8)

        def heading(name: str, size: float, leading: float, colour, before: float, after: float) -> ParagraphStyle:
            """A bold heading; its size, leading and the space around it as multiples of the body size."""
            return style(
                name,
                fontName=f.bold,
                fontSize=b * size,
                leading=b * leading,
                textColor=colour,
                spaceBefore=b * before,
                spaceAfter=b * after,
            )

        self.h2 = heading("h2", 1.45, 1.8, ACCENT, 1.2, 0.5)
        self.h3 = heading("h3", 1.18, 1.5, INK, 0.9, 0.35)
        self.label = style("label", fontName=f.bold, textColor=MUTED)
        self.quote = style("quote", fontName=f.italic, leftIndent=b * 1.2, textColor=INK, spaceAfter=b * 0.15)
        self.quote_by = style("quote_by", leftIndent=b * 1.2, textColor=MUTED, spaceAfter=b * 0.6)
        self.insight = style("insight", fontName=f.bold, spaceBefore=b * 0.4, spaceAfter=b * 0.3)
        self.big_number = style("big_number", fontName=f.bold, fontSize=b * 2.6, leading=b * 3, textColor=ACCENT)
        self.cover_title = style("cover_title", fontName=f.bold, fontSize=b * 3, leading=b * 3.5, textColor=ACCENT)
        self.cover_sub = style("cover_sub", fontSize=b * 1.6, leading=b * 2.1, textColor=INK)
        self.cover_meta = style("cover_meta", fontSize=b * 1.2, leading=b * 1.7, textColor=MUTED)
        self.bullet = style("bullet", leftIndent=b * 1.1, bulletIndent=b * 0.2, spaceAfter=b * 0.2)
