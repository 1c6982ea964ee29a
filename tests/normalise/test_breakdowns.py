"""Breakdowns: partitives, their totals, and sex, age, role and device of a count
(`pipeline/normalise/breakdowns.py`), on invented reports."""

from __future__ import annotations

import pytest

from pipeline.normalise import breakdowns
from tests.harness import GRAMMAR, cases, expect, facts_of, row, sentences

# --- breakdowns -----------------------------------------------------------------------------


def test_parenthesised_breakdown_gives_total_and_one_row_per_sex():
    sentence = "In total, 96 people (90 men and 6 women) were charged in Scotland."
    assert facts_of(sentence) == expect(
        row("charged", 96, "GB"),
        row("charged", 90, "GB", sex="male"),
        row("charged", 6, "GB", sex="female"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested 52 people, including 8 women, in Peru.",
            [row("arrested", 52, "PE"), row("arrested", 8, "PE", sex="female")],
        ),
        (
            "Police arrested 70 people in Chile, with 20 being women.",
            [row("arrested", 70, "CL"), row("arrested", 20, "CL", sex="female")],
        ),
        (
            "Of the 40 people arrested in Romania, 30 were men.",
            [row("arrested", 40, "RO"), row("arrested", 30, "RO", sex="male")],
        ),
        (
            "Police in Canada arrested 40 people. Of these, 25 were men.",
            [row("arrested", 40, "CA"), row("arrested", 25, "CA", sex="male")],
        ),
        (
            "Police in Ghana arrested 60 people. Among them, 12 were teenagers.",
            [row("arrested", 60, "GH"), row("arrested", 12, "GH", ages=(13, 19))],
        ),
        (
            "Australian police charged 45 people. They included 6 women.",
            [row("charged", 45, "AU"), row("charged", 6, "AU", sex="female")],
        ),
        (
            "Officers in Ohio arrested 90 people. Among these, 30 were linked to distribution.",
            [row("arrested", 90, "US"), row("arrested", 30, "US", role="distribution")],
        ),
        (
            "Police in Belgium arrested 60 men. Among them, 12 were teenagers.",
            [row("arrested", 60, "BE", sex="male"), row("arrested", 12, "BE", ages=(13, 19))],
        ),
        (
            "Detectives in Latvia arrested 20 people, 15 of whom were charged.",
            [row("arrested", 20, "LV"), row("charged", 15, "LV")],
        ),
    ],
    ids=[
        "including",
        "with-being",
        "of-the-total",
        "of-these",
        "among-them-age",
        "they-included",
        "among-these-role",
        "total-with-a-sex",
        "of-whom-own-trigger",
    ],
)
def test_breakdown_rows_inherit_the_total(text, expected):
    assert facts_of(text) == expect(*expected)


def test_partitive_breakdown_by_offence_keeps_every_part():
    text = (
        "Police in Canada arrested 40 people. "
        "Of these, 25 were charged with possession and 15 with distribution."
    )
    found = facts_of(text)
    assert row("arrested", 40, "CA") in found
    parts = {(r.value, r.role): r for r in found if r.value in (25.0, 15.0)}
    assert set(parts) == {(25.0, "possession"), (15.0, "distribution")}
    for part in parts.values():
        # The breakdown takes the total's metric or its own trigger's; either is the text's.
        assert part.metric in ("arrested", "charged")
        assert part.jurisdiction == "CA"


# --- 5. subsets of a group ------------------------------------------------------------------

SUBSETS = [
    (
        "remanded-after-total",
        "Police in Ghana arrested 40 people. Nine of those arrested have been remanded in custody.",
        [row("arrested", 40, "GH"), row("in_custody", 9, "GH")],
    ),
    (
        "remanded-alone",
        "Nine of those arrested have been remanded in custody.",
        [row("in_custody", 9)],
    ),
    (
        "women-of-those-detained",
        "Police in Romania detained 80 people. Twenty of those detained are women.",
        [row("arrested", 80, "RO"), row("arrested", 20, "RO", sex="female")],
    ),
    (
        "of-the-charged-men",
        "Of the 50 people charged, 45 were men.",
        [row("charged", 50), row("charged", 45, sex="male")],
    ),
    (
        "of-the-charged-men-wales",
        "Of the 50 people charged in Wales, 45 were men.",
        [row("charged", 50, "GB"), row("charged", 45, "GB", sex="male")],
    ),
    (
        "of-those-held-later-charged",
        "Police in Hungary arrested 30 people. Twelve of those held were later charged.",
        [row("arrested", 30, "HU"), row("charged", 12, "HU")],
    ),
]


@cases(SUBSETS)
def test_subset_of_a_group(text, expected):
    assert facts_of(text) == expect(*expected)


# --- 6. breakdowns with predicates ----------------------------------------------------------

PREDICATES = [
    (
        "were-teenagers",
        "Police in Thailand arrested 60 people. Of those arrested, 14 were teenagers.",
        [row("arrested", 60, "TH"), row("arrested", 14, "TH", ages=(13, 19))],
    ),
    (
        "were-teens-charged",
        "Police in Kenya charged 35 people. Of those charged, 6 were teens.",
        [row("charged", 35, "KE"), row("charged", 6, "KE", ages=(13, 19))],
    ),
    (
        "were-juveniles",
        "Police in Thailand arrested 60 people. Of those arrested, 14 were juveniles.",
        [row("arrested", 60, "TH"), row("arrested", 14, "TH", ages=(None, 17))],
    ),
    (
        "were-men",
        "Police in Chile detained 45 people. Of those detained, 40 were men.",
        [row("arrested", 45, "CL"), row("arrested", 40, "CL", sex="male")],
    ),
    (
        "were-female",
        "Police in Chile detained 45 people. Of those detained, 5 were female.",
        [row("arrested", 45, "CL"), row("arrested", 5, "CL", sex="female")],
    ),
]


@cases(PREDICATES)
def test_breakdown_predicate_inherits_the_total(text, expected):
    assert facts_of(text) == expect(*expected)


# --- the constructions, called one by one -----------------------------------------------------


def test_a_partitive_opener_marks_the_sentence_and_where_the_total_ends():
    text, (sentence,) = sentences("Of the 40 people arrested in Romania, 30 were men.")
    quote = text[sentence.start : sentence.end]
    partitive, opener_end = breakdowns.partitive_opener(GRAMMAR, quote, sentence)
    assert partitive and text[opener_end] == ","
    text, (plain,) = sentences("Police in Romania arrested 40 people.")
    assert breakdowns.partitive_opener(GRAMMAR, text[plain.start : plain.end], plain)[0] is False


def test_a_later_count_of_people_that_says_no_part_breaks_down_nothing():
    """'Two of the suspects have since died' is no breakdown of the arrests before it; '18 men
    and two women …' and 'Among these, 5 …' are."""
    assert facts_of("Police arrested 20 people. Two of the suspects have since died.") == expect(
        row("arrested", 20)
    )
    assert facts_of("Police arrested 20 people. 18 men and two women appeared in court.") == (
        expect(
            row("arrested", 20), row("arrested", 18, sex="male"), row("arrested", 2, sex="female")
        )
    )
    assert facts_of("Police arrested 20 people. Among these, 5 were released.") == expect(
        row("arrested", 20), row("arrested", 5)
    )


def test_a_count_takes_a_role_only_when_one_is_named():
    """'charged with possessing' says which crime; 'for possessing and distributing' names
    the operation's crimes, not which part of it this count is."""
    assert facts_of("Police in Australia charged 4 men with possessing abuse material.") == expect(
        row("charged", 4, "AU", sex="male", role="possession")
    )
    assert facts_of(
        "Police in Australia arrested 57 men for possessing and distributing abuse material."
    ) == expect(row("arrested", 57, "AU", sex="male"))


def test_a_part_with_its_own_verb_after_its_noun_keeps_its_metric_and_the_totals_place():
    """'Of these, 90 people have been arrested': the part's verb is its own (arrested, not
    the total's identified) and the part is of the whole operation, as its total is."""
    text = (
        "Police in Kenya and partners worldwide identified 300 suspects. Of these, 90 people "
        "have so far been arrested while 40 others were charged."
    )
    assert facts_of(text) == expect(
        row("suspects_identified", 300, "ALL"),
        row("arrested", 90, "ALL"),
        row("charged", 40, "ALL"),
    )


def test_a_list_of_acts_with_one_outside_the_contract_gives_no_role():
    """'with sharing, importing and possessing': the comma after the first act ends no
    clause; the list names several crimes, so the count has no one role."""
    assert facts_of(
        "Police in Australia charged 14 men with sharing, importing and possessing abuse images."
    ) == expect(row("charged", 14, "AU", sex="male"))
    assert facts_of(
        "Police in Australia charged 14 men with possessing abuse images, transmitting abuse "
        "images and drug offences."
    ) == expect(row("charged", 14, "AU", sex="male"))


def test_roles_after_the_operation_are_its_targets_not_the_counts():
    """'charged … in an operation targeting people who shared' says what the operation was
    after, not which part of it this count is; 'charged … with sharing' does."""
    assert facts_of(
        "Police in Fiji charged 12 people in an operation targeting sellers of abuse material."
    ) == expect(row("charged", 12, "FJ"))
    assert facts_of(
        "Three men in New Zealand were arrested following an operation to find people involved "
        "in the distribution of abuse material."
    ) == expect(row("arrested", 3, "NZ", sex="male"))
    assert facts_of("Police in Fiji charged 12 people with selling abuse material.") == expect(
        row("charged", 12, "FJ", role="distribution")
    )


def test_a_count_before_a_list_of_device_types_is_of_no_one_type():
    """'dozens of laptops, hard drives and phones' counts them all together; '50 computers,
    26 laptops' gives each type its own count."""
    assert facts_of("Police in Chile seized 40 laptops, hard drives, tablets and phones.") == (
        expect(row("devices_seized", 40, "CL"))
    )
    assert sorted(facts_of("Police in Chile seized 50 computers, 26 laptops.")) == sorted(
        expect(
            row("devices_seized", 50, "CL", device="computer"),
            row("devices_seized", 26, "CL", device="laptop"),
        )
    )


def test_a_device_type_and_other_devices_is_of_no_one_type():
    """'300 laptops and other devices' counts the laptops with devices of no stated type;
    '300 laptops and 20 other devices' gives each its own count, and '300 laptops and
    phones' keeps its first noun's type."""
    assert facts_of("Police in Wales seized 300 laptops and other devices.") == expect(
        row("devices_seized", 300, "GB")
    )
    assert facts_of("Police in Wales seized 90 phones or other electronic items.") == expect(
        row("devices_seized", 90, "GB")
    )
    assert sorted(facts_of("Police in Wales seized 300 laptops and 20 other devices.")) == sorted(
        expect(
            row("devices_seized", 300, "GB", device="laptop"),
            row("devices_seized", 20, "GB"),
        )
    )
    assert facts_of("Police in Wales seized 300 laptops and phones.") == expect(
        row("devices_seized", 300, "GB", device="laptop")
    )


def test_a_part_of_a_named_group_breaks_down_that_groups_total():
    """'Two of those charged …' after a later total of convictions breaks down the charged,
    not the latest total; a part of no named group keeps the latest total."""
    text = (
        "In New Zealand, six people have been charged. Five have already been convicted. "
        "Two of those charged had previous convictions."
    )
    assert sorted(facts_of(text)) == sorted(
        expect(row("charged", 6, "NZ"), row("convicted", 5, "NZ"), row("charged", 2, "NZ"))
    )
    text = "In New Zealand, 40 people were arrested. Of those, 12 were later charged."
    assert sorted(facts_of(text)) == sorted(
        expect(row("arrested", 40, "NZ"), row("charged", 12, "NZ"))
    )


def test_roles_of_one_person_and_past_a_count_of_places():
    """'Among the 13 detained was a man jailed for sharing …': the role is the man's, not
    the 13's; '13 men were detained in raids in six states for possessing …': the count of
    states does not end the 13's clause."""
    assert facts_of(
        "Among the 13 detained in Scotland was a man later jailed for sharing images."
    ) == expect(row("arrested", 13, "GB"))
    assert facts_of("In Scotland, 13 men were detained for sharing indecent images.") == expect(
        row("arrested", 13, "GB", sex="male", role="distribution")
    )
    assert facts_of(
        "In Malaysia, 13 men were detained during raids in six states for possessing abuse "
        "material."
    ) == expect(row("arrested", 13, "MY", sex="male", role="possession"))
    assert facts_of(
        "A total of 21 people across six Australian states were charged as part of Operation "
        "Tide, which investigated the sharing and distribution of abuse material."
    ) == expect(row("charged", 21, "AU"))
