"""Rules in Swedish (`pipeline/vocab/sv/`): the same constructions as
English, read with its words. Invented sentences, each after a line of prose with no figure
in it (a single sentence is too short for the language to be told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row

FRAME = (
    "Efter flera månaders förberedelser slog utredarna till tidigt på morgonen, berättade en "
    "talesperson för myndigheten när tidningen ringde upp under eftermiddagen.\n"
)


def swedish(sentence: str) -> str:
    return FRAME + sentence


SWEDISH_CONSTRUCTIONS = [
    (
        "verb_and_its_object",
        "Polisen grep 7 personer i Uppsala.",
        expect(row("arrested", 7, "SE")),
    ),
    (
        "count_then_participle",
        "I Göteborg har 12 män gripits.",
        expect(row("arrested", 12, "SE", sex="male")),
    ),
    (
        "headline_participle",
        "Tillslag i Malmö: 9 anhållna",
        expect(row("arrested", 9, "SE")),
    ),
    (
        "deprived_of_liberty",
        "Totalt frihetsberövades 15 personer i Västerås.",
        expect(row("arrested", 15, "SE")),
    ),
    (
        "nominal_event",
        "Insatsen ledde till gripandet av 6 misstänkta i Finland.",
        expect(row("arrested", 6, "FI")),
    ),
    (
        "seized_devices_and_files",
        "Polisen beslagtog 14 mobiltelefoner, 5 datorer och 3 000 bilder i Luleå.",
        expect(
            row("devices_seized", 14, "SE", device="mobile_phone"),
            row("devices_seized", 5, "SE", device="computer"),
            row("files_seized", 3000, "SE"),
        ),
    ),
    (
        "number_words",
        "I Kalmar togs tjugotvå hårddiskar i beslag.",
        expect(row("devices_seized", 22, "SE", device="hard_drive")),
    ),
    (
        "qualifiers",
        "Mer än 40 poliser deltog i insatsen i Örebro.",
        expect(row("officers_deployed", 40, "SE", qualifier="at_least")),
    ),
    (
        "raids_are_searches",
        "Sammanlagt genomfördes 31 husrannsakningar i Skåne.",
        expect(row("locations_searched", 31, "SE")),
    ),
    (
        "questioned",
        "I Umeå förhördes 8 personer.",
        expect(row("investigated", 8, "SE")),
    ),
    (
        "charged",
        "Åklagaren har åtalat 4 män i Norge.",
        expect(row("charged", 4, "NO", sex="male")),
    ),
    (
        "victims_identified",
        "Utredarna identifierade 11 barn i Danmark.",
        expect(row("victims_identified", 11, "DK")),
    ),
    (
        "ages_range",
        "De gripna i Jönköping är mellan 23 och 59 år.",
        expect(row("youngest_age", 23, "SE"), row("oldest_age", 59, "SE")),
    ),
    (
        "a_country_named_in_the_language",
        "Polisen i Tyskland har gripit 10 personer.",
        expect(row("arrested", 10, "DE")),
    ),
    (
        "international_operation_is_all",
        "I en internationell insats i 14 länder greps 120 personer.",
        expect(row("jurisdictions_involved", 14), row("arrested", 120)),
    ),
    (
        "a_participle_after_its_noun_keeps_the_noun_s_sex",
        "I Uppsala greps fyra män misstänkta för barnpornografibrott.",
        expect(row("arrested", 4, "SE", sex="male")),
    ),
    (
        "ages_of_a_group_named_by_a_plural_noun",
        "De är män i 25-64-årsåldern från Västerås.",
        expect(row("youngest_age", 25, "SE"), row("oldest_age", 64, "SE")),
    ),
    (
        "the_youngest_and_the_oldest",
        "Den yngsta är 19 år, den äldsta 66, alla från Örebro.",
        expect(row("youngest_age", 19, "SE"), row("oldest_age", 66, "SE")),
    ),
    (
        "ongoing_cases",
        "Polisen i Umeå har 37 pågående ärenden om övergrepp.",
        expect(row("cases_opened", 37, "SE")),
    ),
    (
        "a_compound_noun_of_files",
        "Polisen i Luleå beslagtog 2500 barnporrbilder.",
        expect(row("files_seized", 2500, "SE")),
    ),
    (
        "notified_of_suspicion",
        "I Kalmar delgavs 30 personer misstanke om brott.",
        expect(row("investigated", 30, "SE")),
    ),
]


@cases(SWEDISH_CONSTRUCTIONS)
def test_swedish_constructions(text, expected):
    assert facts_of(swedish(text)) == expected


NOT_COUNTS = [
    ("an_age", "En 45-årig man från Borås dömdes av tingsrätten."),
    ("a_prison_term", "Mannen i Lund dömdes till 3 års fängelse."),
    ("a_date", "Den 12 mars 2024 vittnade poliserna i Sundsvall."),
    ("money", "Böterna för mannen i Gävle blev 5 000 kronor."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_swedish_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(swedish(text)) == []


def test_swedish_text_is_told_as_sv():
    assert documents(swedish("Det var allt."))["language"][0] == "sv"


# A count whose event the sentence denies (`negation` in function_words.csv) gives no
# fact; a word for "only" or "fewer" after the negation denies nothing.
SWEDISH_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "Polisen grep 4 män, men två andra misstänkta har inte gripits.",
        expect(row("arrested", 4, "SE", sex="male")),
    ),
    (
        "not_only_is_no_negation",
        "Inte bara greps 3 män, polisen genomsökte också 5 bostäder.",
        expect(row("arrested", 3, "SE", sex="male"), row("locations_searched", 5, "SE")),
    ),
]


@cases(SWEDISH_NEGATIONS)
def test_swedish_negated_events_give_no_facts(text, expected):
    assert facts_of(swedish(text)) == expected


# "nine of them in Argentina": a count followed by the language's "of them" (a
# `count_end` word, then a place, a conjunction or the clause's end) counts a part of
# the count before it, whose noun and event it leaves out; a verb of its own after
# "of them" is no part of that event.
SWEDISH_PARTS_OF_THEM = [
    (
        "part_of_them_in_a_place",
        "Totalt greps 30 personer, tolv av dem i Norge.",
        expect(row("arrested", 12, "NO"), row("arrested", 30, "NO")),
    ),
]


@cases(SWEDISH_PARTS_OF_THEM)
def test_swedish_parts_of_them(text, expected):
    assert facts_of(swedish(text)) == expected


# "Two of those arrested produced …": a count joined by the language's `subset_of`
# words to a group its participle names, with a role in its own words, is that group's
# part with the role; without a role it is no figure (`counts.of_a_named_group`).
SWEDISH_PARTS_OF_A_NAMED_GROUP = [
    (
        "part_of_a_named_group_with_a_role",
        "Polisen grep 20 personer. Två av de gripna ska ha producerat eget material.",
        expect(row("arrested", 2, "SE", role="production"), row("arrested", 20, "SE")),
    ),
]


@cases(SWEDISH_PARTS_OF_A_NAMED_GROUP)
def test_swedish_parts_of_a_named_group(text, expected):
    assert facts_of(swedish(text)) == expected


SWEDISH_BUSINESS_PREMISES = [
    (
        "searched_firms_and_offices",
        "Polisen genomsökte 5 företag och 3 kontor.",
        expect(row("locations_searched", 5, "SE"), row("locations_searched", 3, "SE")),
    ),
    ("firms_in_a_project_are_no_searches", "Totalt 40 företag deltar i projektet.", expect()),
]


@cases(SWEDISH_BUSINESS_PREMISES)
def test_swedish_business_premises(text, expected):
    assert facts_of(swedish(text)) == expected


# Optical and magnetic media are storage devices.
SWEDISH_MEDIA = [
    (
        "discs_seized",
        "Polisen i Malmö beslagtog 150 dvd-skivor och 12 disketter.",
        expect(
            row("devices_seized", 150, "SE", device="storage_device"),
            row("devices_seized", 12, "SE", device="storage_device"),
        ),
    ),
]


@cases(SWEDISH_MEDIA)
def test_swedish_media(text, expected):
    assert facts_of(swedish(text)) == expected


# Raids told by their nouns (husrannsakan, razzia, tillslag) are searches of the places
# they were at, and do not take an arrest's count; people suspected ("misstänks för",
# the verb before or after its subject) are suspects identified.
SWEDISH_RAIDS_AND_SUSPICION = [
    (
        "raids_in_homes",
        "Polisen gjorde razzior i 25 bostäder i Uppsala.",
        expect(row("locations_searched", 25, "SE")),
    ),
    (
        "arrests_at_a_raid",
        "Vid tillslagen greps 12 personer i Malmö.",
        expect(row("arrested", 12, "SE")),
    ),
    (
        "suspected_verb_first",
        "Totalt misstänks 30 personer i Örebro för barnpornografibrott.",
        expect(row("suspects_identified", 30, "SE")),
    ),
    (
        "suspected_verb_after",
        "De 9 männen i Umeå misstänks för grova brott.",
        expect(row("suspects_identified", 9, "SE", sex="male")),
    ),
]


@cases(SWEDISH_RAIDS_AND_SUSPICION)
def test_swedish_raids_and_suspicion(text, expected):
    assert facts_of(swedish(text)) == expected
