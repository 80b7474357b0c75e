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
    """Parsed once per shape of markup, laid out once per twin paragraph and drawn once per twin and canvas state:
    the same file as ReportLab's own Paragraph parsing, laying out and drawing each one afresh (the file's date and
    ID held still to compare)."""
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)
    ours = write_report(
        demo_data, tmp_path / "ours.pdf", format="pdf", as_of=AS_OF, language=language, large_print=large_print
    )
    monkeypatch.setattr(pdf_common.Paragraph, "__init__", rl_paragraph.Paragraph.__init__)
    monkeypatch.setattr(pdf_common.Paragraph, "wrap", rl_paragraph.Paragraph.wrap)
    monkeypatch.setattr(pdf_common.Paragraph, "draw", rl_paragraph.Paragraph.draw)
    plain = write_report(
        demo_data, tmp_path / "plain.pdf", format="pdf", as_of=AS_OF, language=language, large_print=large_print
    )
    assert ours.read_bytes() == plain.read_bytes()


def _twins_drawn(tmp_path, cls) -> bytes:
    """Twin paragraphs drawn on two pages, in two canvas states, one twin a link: by `cls`, into a file's bytes."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.invariant = 1
    try:
        canvas = Canvas(str(tmp_path / f"{cls.__name__}.pdf"))
        style = Styles().body_tight
        texts = ["<b>Org</b> plain words", '<a href="https://example.org">a link</a> words', "<i>tail</i>"]
        for page in range(2):
            for state in range(2):
                if state:
                    canvas.setFont("Helvetica", 17)
                    canvas.setFillColorRGB(0.2, 0.4, 0.6)
                    canvas.setFillAlpha(0.5)
                for i, text in enumerate(texts):
                    paragraph = cls(text, style)
                    paragraph.wrap(200, 100)
                    paragraph.drawOn(canvas, 50 + 10 * page, 700 - 100 * state - 20 * i)
            canvas.showPage()
        canvas.save()
        return (tmp_path / f"{cls.__name__}.pdf").read_bytes()
    finally:
        rl_config.invariant = 0


def test_twins_drawn_in_other_canvas_states_and_pages_are_what_reportlab_draws(tmp_path):
    assert _twins_drawn(tmp_path, pdf_common.Paragraph) == _twins_drawn(tmp_path, rl_paragraph.Paragraph)
