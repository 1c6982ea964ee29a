"""English words of police reporting in its national varieties (the top-level files of
`pipeline/vocab/`): rescue phrases, door-knocks, team sizes, group nouns and
perfect tenses, on invented sentences, each with a sentence it must leave alone."""

from __future__ import annotations

from tests.harness import cases, expect, facts_of, row

ENGLISH_VARIETIES = [
    (
        "removed-with-a-qualifier-from-harm",
        "Officers removed at least two children from harm in Perth.",
        [row("victims_identified", 2, "AU", qualifier="at_least")],
    ),
    (
        "removed-from-abusive-situations",
        "Police said 12 children have been removed from abusive situations in Canada.",
        [row("victims_identified", 12, "CA")],
    ),
    (
        "removed-from-a-website-is-no-rescue",
        "In Canada, 12 images were removed from the website.",
        [],
    ),
    (
        "knocking-on-the-doors-of-homes",
        "Officers in Penang were seen knocking on the doors of 20 homes.",
        [row("locations_searched", 20, "MY")],
    ),
    (
        "a-member-team-of-officers",
        "A 310-member team of police personnel raided the homes in Kerala.",
        [row("officers_deployed", 310, "IN")],
    ),
    (
        "a-strong-squad",
        "A 45-strong squad swooped on addresses in Scotland.",
        [row("officers_deployed", 45, "GB")],
    ),
    (
        "a-member-gang-is-no-team",
        "A 12-member gang was dismantled in Kerala.",
        [],
    ),
    (
        "youth-as-a-plural",
        "Eleven youth were charged in Ontario.",
        [row("charged", 11, "CA")],
    ),
    (
        "arrestees-ages",
        "The arrestees ranged in age from 21 to 65 in Texas.",
        [row("youngest_age", 21, "US"), row("oldest_age", 65, "US")],
    ),
    (
        "have-already-been-convicted",
        "Five have already been convicted in Ireland after the raids.",
        [row("convicted", 5, "IE")],
    ),
    (
        "has-since-been-charged",
        "In Ireland, one man has since been charged and 12 have since been charged.",
        [row("charged", 12, "IE")],
    ),
    (
        "one-youth-is-one-person",
        "In Alberta, police charged 17 men and one youth.",
        [row("charged", 17, "CA", sex="male")],
    ),
    (
        "the-accused-as-a-plural-noun",
        "The 14 accused were remanded in judicial custody in Kerala.",
        [row("in_custody", 14, "IN")],
    ),
    (
        "accused-of-a-crime-after-the-count",
        "In Kerala, 12 accused of sharing abuse videos were arrested.",
        [row("arrested", 12, "IN", role="distribution")],
    ),
    (
        "accused-as-a-verb-counts-nobody",
        "Police in Kerala said 20 people accused the officers of abuse.",
        [],
    ),
    (
        "the-removal-of-children-from-harm",
        "The operation in Wales led to the removal of 14 children from harm.",
        [row("victims_identified", 14, "GB")],
    ),
    (
        "youngest-and-oldest-hyphenated",
        "Police in Texas arrested 30 men. The youngest is 19-years-old, while the oldest is "
        "68-years-old.",
        [
            row("arrested", 30, "US", sex="male"),
            row("youngest_age", 19, "US"),
            row("oldest_age", 68, "US"),
        ],
    ),
    (
        "raids-at-places",
        "In Delhi, teams of police conducted raids at 40 places.",
        [row("locations_searched", 40, "IN")],
    ),
    (
        "places-visited-are-no-searches",
        "Police in India said the suspects visited 12 places before their arrest.",
        [],
    ),
]


@cases(ENGLISH_VARIETIES)
def test_english_varieties_of_police_reporting(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))
