"""The PDF's paragraphs are parsed once for each shape of markup (pdf_common._parsed): every paragraph must come
out in the same pieces (fonts, colours, words) as ReportLab's own parser makes of it."""

from __future__ import annotations

import pytest
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paraparser import ParaParser

from commission.reports import pdf_common, write_report
from commission.reports.styles import Styles

from .report_fixtures import AS_OF


def _reportlab(text: str, style) -> list[dict]:
    parser = ParaParser()
    parser.caseSensitive = 1
    _, frags, _ = parser.parse(rl_paragraph.cleanBlockQuotedText(text), style)
    return [dict(f.__dict__) for f in frags]


def _ours(text: str, style) -> list[dict]:
    return [dict(f.__dict__) for f in pdf_common.Paragraph(text, style).frags]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain words",
        "  spaced\n   over lines  ",
        "a &amp; b &lt;c&gt; &quot;d&quot;",
        '<b>Org</b>&nbsp;&nbsp;<span backColor="#2e7d32" color="#ffffff"><b>&nbsp;on&nbsp;track&nbsp;</b></span>',
        'A01&nbsp;&nbsp;<font color="#52606d">ref</font> <i>tail</i><br/>next&#160;line<br/>',
        "<b>bold</b><i>italic</i>",
        "text with a \ue000 in it",
    ],
)
def test_a_paragraph_is_in_reportlab_s_pieces(text):
    style = Styles().body_tight
    assert _ours(text, style) == _reportlab(text, style)


@pytest.mark.parametrize("language,large_print", [("en", False), ("both", True)])
def test_every_paragraph_of_the_demo_report_is_in_reportlab_s_pieces(
    demo_data, tmp_path, monkeypatch, language, large_print
):
    seen: list[tuple[str, object]] = []
    parsed = pdf_common._parsed

    def spy(text, style):
        seen.append((text, style))
        return parsed(text, style)

    monkeypatch.setattr(pdf_common, "_parsed", spy)
    write_report(demo_data, tmp_path / "r.pdf", format="pdf", as_of=AS_OF, language=language, large_print=large_print)
    assert len(seen) > 1000
    parsed.cache_clear()  # ReportLab marks the pieces it has laid out (_fkind): compare pieces fresh from the parse
    differ = [text for text, style in dict.fromkeys(seen) if _ours(text, style) != _reportlab(text, style)]
    assert not differ, differ[:5]


@pytest.mark.parametrize("language,large_print", [("en", False), ("both", True)])
def test_the_pdf_is_byte_for_byte_what_reportlab_s_own_paragraphs_make(
    demo_data, tmp_path, monkeypatch, language, large_print
):
    """Parsed once per shape of markup and laid out once per twin paragraph: the same file as ReportLab's own
    Paragraph parsing and laying out each one afresh (the file's date and ID held still to compare)."""
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)
    ours = write_report(
        demo_data, tmp_path / "ours.pdf", format="pdf", as_of=AS_OF, language=language, large_print=large_print
    )
    monkeypatch.setattr(pdf_common.Paragraph, "__init__", rl_paragraph.Paragraph.__init__)
    monkeypatch.setattr(pdf_common.Paragraph, "wrap", rl_paragraph.Paragraph.wrap)
    plain = write_report(
        demo_data, tmp_path / "plain.pdf", format="pdf", as_of=AS_OF, language=language, large_print=large_print
    )
    assert ours.read_bytes() == plain.read_bytes()
