"""Legal provisions (`pipeline/annotate/legal.py`): sections and statutes, whose digits are
never counts, with every section a range covers."""

from __future__ import annotations

import pytest

from pipeline.annotate.legal import expand_sections
from tests.harness import records, spans_of


@pytest.mark.parametrize(
    ("ids", "sections"),
    [
        ("377BG–377BK", ["377BG", "377BH", "377BI", "377BJ", "377BK"]),
        ("12 to 15", ["12", "13", "14", "15"]),
        ("3, 5 and 9", ["3", "5", "9"]),
        ("4(a)-4(c)", ["4(a)", "4(c)"]),
        ("1 to 900", ["1", "900"]),
    ],
    ids=["letters", "numbers", "list", "other-shape", "too-long"],
)
def test_a_range_of_sections_lists_every_section_it_covers(ids, sections):
    assert expand_sections(ids) == sections


def test_a_section_of_a_known_statute_carries_its_jurisdiction():
    text = "They were charged under Sections 377BG–377BI of the Penal Code 1871 on Monday."
    (provision,) = records(spans_of(text), "LEGAL_PROVISION")
    assert provision["value_str"] == (
        "sections=377BG|377BH|377BI;act=Penal Code 1871;jurisdiction=SG"
    )
    assert records(spans_of(text), "NUMBER") == []
