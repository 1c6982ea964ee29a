"""The normalise stage (`pipeline/normalise/stage.py`): facts point into their text, ids are
stable, teaser lines give no facts."""

from __future__ import annotations

from pipeline.schemas import check_facts_inside_documents
from tests.harness import cases, expect, facts_of, row, run

# --- provenance -----------------------------------------------------------------------------

ARTICLE = (
    "Queensland abuse sweep\r\n"
    "\r\n"
    "Advertisement\r\n"
    "Detectives in Brisbane arrested 26 men and 3 women, aged 21 to 64, last month. "
    "Officers also seized 130 devices.\r\n"
    "In New Zealand, about 11 people were charged.\r\n"
)


def test_quotes_and_offsets_point_into_the_text():
    docs, facts, _ = run(ARTICLE)
    text = docs["text"].iloc[0]
    assert len(facts) >= 6
    check_facts_inside_documents(facts, docs)
    for r in facts.itertuples(index=False):
        assert 0 <= r.char_start < r.char_end <= len(text)
        assert r.quote in text
        assert text[r.char_start : r.char_end] in r.quote
    by_value = {r.value: text[r.char_start : r.char_end] for r in facts.itertuples(index=False)}
    assert "26" in by_value[26.0] and "130" in by_value[130.0]


def test_fact_ids_are_stable_across_runs():
    first = run(ARTICLE)[1]
    second = run(ARTICLE)[1]
    assert list(first["fact_id"]) == list(second["fact_id"])
    assert first["fact_id"].is_unique


# --- 15. teaser lines -----------------------------------------------------------------------

TEASERS = [
    (
        "read-more-teaser-headline",
        "Police in Kenya arrested 9 men.\nRead more\nPolice arrest 14 in Mombasa sting\n",
        [row("arrested", 9, "KE", sex="male")],
    ),
    (
        "read-more-teaser-then-body-after-blank",
        "Police in Kenya arrested 9 men.\nRead more\nPolice arrest 14 in Mombasa sting\n\n"
        "Officers in Kenya also searched 5 homes.\n",
        [row("arrested", 9, "KE", sex="male"), row("locations_searched", 5, "KE")],
    ),
    (
        "related-colon",
        "Police in Kenya arrested 9 men.\n\nRelated: 4 arrested in Kisumu abuse probe\n",
        [row("arrested", 9, "KE", sex="male")],
    ),
    (
        "related-colon-alone",
        "Related: 4 arrested in Kisumu abuse probe\n",
        [],
    ),
    (
        "also-read-colon",
        "Police in Ghana arrested 8 people.\nAlso read: 7 held in Accra sting\n",
        [row("arrested", 8, "GH")],
    ),
]


@cases(TEASERS)
def test_teaser_lines_give_no_facts(text, expected):
    assert facts_of(text) == expect(*expected)
