"""report.html: one self-contained page a researcher reads, checked by parsing it."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from pipeline.cli import run_all
from pipeline.layout import LAYOUT

WIRE = (
    "LIMA, 2 May 2024 (Reuters) - Police in Peru, Chile and Bolivia arrested 48 people in "
    "Operation Condor Shield, an international operation against online child abuse.\n\n"
    "In Peru, officers arrested 35 people, 30 men and two women.\n"
)
PAPER = (
    "Operation Condor Shield: 48 arrested in three countries\n\n"
    "A total of 48 suspects were detained during Operation Condor Shield.\n\n"
    "In Chile, 31 people were questioned during Operation Condor Shield.\n"
)
RADIO = "During Operation Condor Shield, police in Chile arrested 31 people.\n"


class Page(HTMLParser):
    """The parts of the page a test looks at."""

    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.text, self.marks, self.headings = [], [], [], [], []
        self._in = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        self._in.append(tag)

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self._in and self._in[-1] == "mark":
            self.marks.append(data)
        if self._in and self._in[-1] in ("h2", "h3"):
            self.headings.append(data.strip())


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    for name, text in (("wire", WIRE), ("paper", PAPER), ("radio", RADIO)):
        (raw / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    run_all(raw, out, tmp_path_factory.mktemp("p") / "params.yaml")
    parsed = Page()
    html = (out / LAYOUT["report"]).read_text(encoding="utf-8")
    parsed.feed(html)
    return parsed, html


def test_the_page_stands_alone(page):
    parsed, html = page
    assert "script" not in parsed.tags and "link" not in parsed.tags and "img" not in parsed.tags
    assert not [v for k, v in parsed.attrs if k in ("src", "href") and v and "://" in v]
    assert "<style>" in html


def test_each_operation_has_its_figures_with_judgement_first(page):
    parsed, _ = page
    assert any("Operation Condor Shield" in h for h in parsed.headings)
    needs = parsed.headings.index("Needs judgement")
    figures = parsed.headings.index("All figures")
    assert needs < figures


def test_conflicts_and_checks_that_do_not_add_up_are_listed(page):
    parsed, _ = page
    text = " ".join(parsed.text)
    # Chile's 31: "questioned" in one outlet, "arrested" in another
    assert "definitional" in text and "31 in CL" in text
    # Peru's 30 men and two women against its 35 arrested
    assert "incomplete" in text and "parts 32 of 35" in text


def test_every_quote_marks_its_figure(page):
    parsed, _ = page
    assert {"48", "35", "30", "31"} <= set(parsed.marks)
    text = " ".join(parsed.text)
    assert "A total of " in text and " suspects were detained" in text


def test_every_source_says_why_its_figure_has_its_place(page):
    """'In Peru, officers arrested 35 …' is Peru's by its lead-in; the wire's 48 is the whole
    operation's."""
    parsed, _ = page
    text = " ".join(parsed.text)
    assert "placed by lead in" in text
    assert "placed by whole operation" in text
