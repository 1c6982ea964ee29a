"""Ages (`pipeline/annotate/ages.py`): a group's age range with its bounds."""

from __future__ import annotations

import pytest

from tests.harness import expect, facts_of, records, row, spans_of


@pytest.mark.parametrize(
    ("sentence", "token", "ages"),
    [
        (
            "The suspects, aged between 19 and 54, were bailed in Coventry.",
            "aged between 19 and 54",
            "19-54",
        ),
        ("The men, aged 16 to 49, appeared in court in Leeds.", "aged 16 to 49", "16-49"),
        ("The boys were aged from twelve to fifteen.", "aged from twelve to fifteen", "12-15"),
        (
            "Victims in Pampanga were between 12 and 15 years old.",
            "between 12 and 15 years old",
            "12-15",
        ),
        ("Children at ages 10 to 17 were safeguarded in Kent.", "ages 10 to 17", "10-17"),
    ],
    ids=["aged-between", "aged-to", "aged-in-words", "between-years-old", "ages-to"],
)
def test_age_range_is_labelled_with_its_bounds(sentence, token, ages):
    spans = spans_of(sentence)
    assert [(r["text"], r["value_str"]) for r in records(spans, "AGE_RANGE")] == [(token, ages)]
    assert records(spans, "NUMBER") == []


@pytest.mark.parametrize(
    ("sentence", "token"),
    [
        ("The women, aged 33 and 41, were bailed in Leeds.", "aged 33 and 41"),
        ("Five men aged 27, 38, 44, 52 and 70 were charged.", "aged 27, 38, 44, 52 and 70"),
        ("Two brothers aged 19 & 23 were detained.", "aged 19 & 23"),
    ],
    ids=["two-ages", "a-list-of-ages", "ampersand"],
)
def test_a_list_of_ages_is_each_persons_own_age_not_a_range_or_counts(sentence, token):
    spans = spans_of(sentence)
    assert [r["text"] for r in records(spans, "AGE_INDIVIDUAL")] == [token]
    assert records(spans, "AGE_RANGE") == []
    numbers = [r["text"] for r in records(spans, "NUMBER")]
    assert all(n not in token for n in numbers)


def test_aged_between_with_and_is_still_a_range():
    spans = spans_of("The suspects, aged between 21 and 26, were bailed.")
    assert [r["value_str"] for r in records(spans, "AGE_RANGE")] == ["21-26"]


def test_a_list_of_ages_is_each_persons_and_no_count():
    assert facts_of("Officers rescued seven girls, among them 13, 14 and 15-year-olds.") == expect(
        row("victims_identified", 7, sex="female")
    )


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        ("Of the 26 men, the oldest is 66.", ["-66"]),
        ("The youngest of those arrested was 17.", ["17-"]),
        ("The youngest is 19 and the oldest 66.", ["19-66"]),
        ("The oldest son was 12.", []),
        ("The oldest victim is 3 months old.", []),
    ],
    ids=["oldest-alone", "youngest-of-those", "both-ends-one-range", "a-relation", "months"],
)
def test_one_end_of_a_groups_range_said_alone(sentence, ends):
    assert [r["value_str"] for r in records(spans_of(sentence), "AGE_RANGE")] == ends
