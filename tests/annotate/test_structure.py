"""Structure (`pipeline/annotate/structure.py`): page furniture and sentences."""

from __future__ import annotations

import pytest

from tests.harness import PAGE, records, spans_of


def test_page_furniture_lines_are_boilerplate():
    spans = spans_of(PAGE)
    assert {r["text"] for r in records(spans, "BOILERPLATE")} == {
        "Advertisement",
        "Share post:",
        "Box 3",
        "14 comments",
    }


def sentences(text: str) -> list[str]:
    return [r["text"] for r in records(spans_of(text), "SENTENCE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Adelaide arrested 8 men. 5 were charged. Others were released!",
            ["Police in Adelaide arrested 8 men.", "5 were charged.", "Others were released!"],
        ),
        (
            "Det. Sgt. Mills said Dr. Okafor helped. The case is in court.",
            ["Det. Sgt. Mills said Dr. Okafor helped.", "The case is in court."],
        ),
        (
            "Officers in Goa seized the following:\n"
            "  • 14 laptops;\n  • 22 phones.\nNo one was hurt.",
            [
                "Officers in Goa seized the following:\n  • 14 laptops;\n  • 22 phones.",
                "No one was hurt.",
            ],
        ),
        (
            "Raids in Lyon\nThirty people were detained",
            ["Raids in Lyon", "Thirty people were detained"],
        ),
        (
            "Two men appeared in court in Leeds.\u00a0 The hearing was adjourned.\u00a0Both "
            "were remanded.",
            [
                "Two men appeared in court in Leeds.",
                "The hearing was adjourned.",
                "Both were remanded.",
            ],
        ),
    ],
    ids=[
        "full-stop-and-bang",
        "abbreviations",
        "colon-runs-into-bullets",
        "line-break",
        "no-break-space-after-a-full-stop",
    ],
)
def test_sentences_split_at_full_stops_and_lines(text, expected):
    assert sentences(text) == expected


def test_a_teaser_of_another_story_is_boilerplate_in_any_of_our_languages():
    for line in ("Read also: Police arrest 70 suspects in Lagos", "Lesen Sie auch: 12 Festnahmen"):
        labels = {r["label"] for r in records(spans_of(line + "\n"), "BOILERPLATE")}
        assert labels == {"BOILERPLATE"}, line
