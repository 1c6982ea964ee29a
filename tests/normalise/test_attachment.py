"""Attachment: what a count attaches to (`pipeline/normalise/attachment.py`): its noun, its
event, its qualifier and its metric, on invented reports."""

from __future__ import annotations

import pytest

from pipeline.normalise import attachment
from tests.harness import GRAMMAR, cases, expect, facts_of, number_in, row, sentences

# --- counts: number, counted noun, trigger --------------------------------------------------

COUNTS = [
    (
        "arrested-men",
        "Police in Scotland arrested 14 men on Wednesday.",
        [row("arrested", 14, "GB", sex="male")],
    ),
    (
        "nominal-events-not-swapped",
        "A raid in the Philippines resulted in the arrest of 230 people "
        "and the investigation of another 57.",
        [row("arrested", 230, "PH"), row("investigated", 57, "PH")],
    ),
    (
        "headline-participles",
        "82 arrested, 9 charged in Queensland abuse sweep",
        [row("arrested", 82, "AU"), row("charged", 9, "AU")],
    ),
    (
        "devices-by-type",
        "Detectives in Victoria seized 12 laptops, 40 mobile phones and 3 hard drives.",
        [
            row("devices_seized", 12, "AU", device="laptop"),
            row("devices_seized", 40, "AU", device="mobile_phone"),
            row("devices_seized", 3, "AU", device="hard_drive"),
        ],
    ),
    (
        "devices-recovered",
        "Officers in Poland recovered 5 tablets and 9 USB sticks.",
        [
            row("devices_seized", 5, "PL", device="tablet"),
            row("devices_seized", 9, "PL", device="storage_device"),
        ],
    ),
    (
        "raids-at-addresses",
        "Officers carried out raids at 35 addresses across Texas.",
        [row("locations_searched", 35, "US")],
    ),
    (
        "search-warrants",
        "A total of 61 search warrants were executed across Ontario.",
        [row("locations_searched", 61, "CA")],
    ),
    (
        "children-rescued",
        "In Pampanga, 19 children were rescued by the Philippine National Police.",
        [row("victims_identified", 19, "PH")],
    ),
    (
        "websites-taken-down",
        "Officials in India said 1,200 websites were taken down.",
        [row("websites_blocked", 1200, "IN")],
    ),
    (
        "remanded-in-custody",
        "Three women were remanded in custody in Ireland.",
        [row("in_custody", 3, "IE", sex="female")],
    ),
    (
        "pleaded-guilty",
        "Seven men pleaded guilty before a court in Jamaica.",
        [row("convicted", 7, "JM", sex="male")],
    ),
    (
        "suspects-identified-by-agency",
        "The Bundeskriminalamt said 48 suspects had been identified.",
        [row("suspects_identified", 48, "DE")],
    ),
    (
        "accounts-identified",
        "Investigators in Thailand identified 2,300 accounts linked to the forum.",
        [row("accounts_identified", 2300, "TH")],
    ),
    (
        "cases-opened",
        "Police opened 87 cases against suspected offenders in Malaysia.",
        [row("cases_opened", 87, "MY")],
    ),
    (
        "files-found",
        "Analysts in Denmark found 40,000 videos and 1.2 million photos on the devices.",
        [row("files_seized", 40000, "DK"), row("files_seized", 1_200_000, "DK")],
    ),
    (
        "two-events-two-groups",
        "Police in India arrested 18 men and rescued 7 girls.",
        [
            row("arrested", 18, "IN", sex="male"),
            row("victims_identified", 7, "IN", sex="female"),
        ],
    ),
    (
        "number-words",
        "Twenty-one women were questioned by detectives in Cyprus.",
        [row("investigated", 21, "CY", sex="female")],
    ),
    (
        "teenagers-age-band",
        "A further 14 teenagers were questioned by officers in Norway.",
        [row("investigated", 14, "NO", ages=(13, 19))],
    ),
    (
        "in-their-20s",
        "In Malaysia, police detained 38 in their 20s during the sweep.",
        [row("arrested", 38, "MY", ages=(20, 29))],
    ),
    (
        "role-possession",
        "Detectives arrested 22 men for possessing abuse images in Ohio.",
        [row("arrested", 22, "US", sex="male", role="possession")],
    ),
    (
        "verb-before-beats-event-noun-after",
        "Police arrested 14 men after a six-month investigation in Wales.",
        [row("arrested", 14, "GB", sex="male")],
    ),
    (
        "verb-before-beats-later-investigation",
        "Police in Manitoba charged 9 people after a separate investigation into grooming.",
        [row("charged", 9, "CA", role="grooming")],
    ),
    (
        "number-words-times-dozen",
        "Police in Kenya say two dozen suspects were held.",
        [row("arrested", 24, "KE")],
    ),
    (
        "age-band-after-the-noun",
        "Norwegian police arrested 15 people in their 40s.",
        [row("arrested", 15, "NO", ages=(40, 49))],
    ),
    (
        "and-before-a-jurisdiction-count-is-not-a-partner",
        "An international operation led by Interpol saw 3,000 accounts identified and "
        "14 countries involved.",
        [row("accounts_identified", 3000), row("jurisdictions_involved", 14)],
    ),
    (
        "role-livestreaming",
        "Officers arrested 8 people suspected of livestreaming abuse from the Philippines.",
        [row("arrested", 8, "PH", role="livestreaming")],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS]
)
def test_count_becomes_the_right_fact(sentence, expected):
    assert facts_of(sentence) == expect(*expected)


# --- qualifiers -----------------------------------------------------------------------------

QUALIFIED = [
    ("more-than", "More than 300 suspects were arrested across Germany.", 300, "at_least"),
    ("over", "Over 500 people were arrested in the Indian crackdown.", 500, "at_least"),
    ("at-least", "At least 18 suspects were detained in Chile.", 18, "at_least"),
    ("about", "Police in Fiji detained about 40 people.", 40, "approximately"),
    ("nearly", "In Spain, nearly 200 people were detained.", 200, "approximately"),
    ("up-to", "Up to 25 people could be arrested in Tasmania, police said.", 25, "at_most"),
    ("fewer-than", "Police in Victoria arrested fewer than 30 people.", 30, "at_most"),
    ("dozens-of", "Dozens of men were arrested in Sweden.", 24, "at_least"),
    (
        "tens-of-thousands",
        "Tens of thousands of people were arrested in Brazil.",
        20000,
        "at_least",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [c[1:] for c in QUALIFIED],
    ids=[c[0] for c in QUALIFIED],
)
def test_qualifier_of_an_arrest_count(sentence, value, qualifier):
    found = [(r.metric, r.value, r.qualifier) for r in facts_of(sentence)]
    assert found == [("arrested", float(value), qualifier)]


def test_some_officers_taking_part_is_approximate():
    sentence = "Some 150 officers took part in the dawn raids across New Zealand."
    assert facts_of(sentence) == [row("officers_deployed", 150, "NZ", qualifier="approximately")]


# --- 10. plain verbs ------------------------------------------------------------------------

PLAIN_VERBS = [
    (
        "reviewed-images-alone",
        "Analysts in Finland reviewed 12,000 images.",
        [],
    ),
    (
        "examined-videos",
        "Investigators examined 4,500 videos in Sweden.",
        [],
    ),
    (
        "found-videos-is-a-trigger",
        "Investigators in Sweden found 4,500 videos.",
        [row("files_seized", 4500, "SE")],
    ),
    (
        "devices-seized-included",
        "Devices seized included 40 laptops.",
        [row("devices_seized", 40, device="laptop")],
    ),
    (
        "devices-seized-included-two",
        "In Poland, devices seized included 40 laptops and 12 tablets.",
        [
            row("devices_seized", 40, "PL", device="laptop"),
            row("devices_seized", 12, "PL", device="tablet"),
        ],
    ),
    (
        "devices-seized-included-after-charges",
        "Prosecutors in Chile charged 18 people. Devices seized included 60 phones and 9 laptops.",
        [
            row("charged", 18, "CL"),
            row("devices_seized", 60, "CL", device="mobile_phone"),
            row("devices_seized", 9, "CL", device="laptop"),
        ],
    ),
]


@cases(PLAIN_VERBS)
def test_plain_verbs(text, expected):
    assert facts_of(text) == expect(*expected)


# --- 11. statistics with subject nouns ------------------------------------------------------

STATISTICS = [
    (
        "cases-numbered",
        "Grooming cases numbered 220 last year.",
        [row("cases_opened", 220)],
    ),
    (
        "cases-numbered-lead-in",
        "In Malaysia, grooming cases numbered 220 last year.",
        [row("cases_opened", 220, "MY")],
    ),
    (
        "cases-climbed-to",
        "Reported sextortion cases climbed to 95 in Ireland.",
        [row("cases_opened", 95, "IE")],
    ),
    (
        "victims-rose-to",
        "The number of children identified as victims rose to 310.",
        [row("victims_identified", 310)],
    ),
    (
        "victims-rose-to-lead-in",
        "In Colombia, the number of children identified as victims rose to 310.",
        [row("victims_identified", 310, "CO")],
    ),
]


@cases(STATISTICS)
def test_statistic_counts_its_subject_noun(text, expected):
    assert facts_of(text) == expect(*expected)


# --- 12. prepositions end a noun phrase -----------------------------------------------------

PREPOSITIONS = [
    (
        "nab-in-durban-raids",
        "Police nab 6 in Durban drug and abuse raids",
        [row("arrested", 6, "ZA")],
    ),
    (
        "nab-in-nairobi-raids",
        "Cops nab 11 in Nairobi child abuse raids",
        [row("arrested", 11, "KE")],
    ),
    (
        "detain-at-hotel-raids",
        "Officers detain 9 at Lagos hotel raids",
        [row("arrested", 9, "NG")],
    ),
    (
        "arrest-during-raids",
        "Police arrest 14 during weekend raids in Peru",
        [row("arrested", 14, "PE")],
    ),
    (
        "headline-then-raids-counted-on-their-own",
        "Police nab 6 in Durban drug and abuse raids\nOfficers raided 14 homes across "
        "KwaZulu-Natal.",
        [row("arrested", 6, "ZA"), row("locations_searched", 14, "ZA")],
    ),
]


@cases(PREPOSITIONS)
def test_preposition_ends_the_counted_noun_phrase(text, expected):
    assert facts_of(text) == expect(*expected)


# --- the constructions, called one by one -----------------------------------------------------


def test_a_count_attaches_to_the_noun_after_it_across_plain_words_only():
    text, (sentence,) = sentences(
        "Police arrested 14 local men and 9 in Mombasa child abuse raids."
    )
    assert attachment.counted_noun(GRAMMAR, text, number_in(sentence, "14"), sentence).text == "men"
    assert attachment.counted_noun(GRAMMAR, text, number_in(sentence, "9"), sentence) is None


def test_a_verb_governs_the_count_it_stands_right_before():
    text, (sentence,) = sentences("Detectives arrested a total of 14 after searching homes.")
    verb = attachment.governing_verb(GRAMMAR, text, number_in(sentence, "14"), sentence)
    assert verb.text == "arrested" and verb.value_str == "arrest"
