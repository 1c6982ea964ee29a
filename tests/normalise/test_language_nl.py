"""Rules in Dutch (`pipeline/vocab/nl/`): the same constructions as
English, read with its words. Invented sentences, each after a line of prose with no figure
in it (a single sentence is too short for the language to be told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row

FRAME = (
    "Na maandenlang voorbereidend werk sloegen de rechercheurs vroeg in de ochtend toe, liet een "
    "woordvoerder van de politie weten toen de krant in de loop van de middag belde.\n"
)


def dutch(sentence: str) -> str:
    return FRAME + sentence


DUTCH_CONSTRUCTIONS = [
    (
        "verb_and_its_object",
        "De politie arresteerde 7 personen in Utrecht.",
        expect(row("arrested", 7, "NL")),
    ),
    (
        "separable_verb_around_its_object",
        "De politie hield in Breda 9 mannen aan.",
        expect(row("arrested", 9, "NL", sex="male")),
    ),
    (
        "count_then_participle",
        "In Groningen zijn 12 verdachten aangehouden.",
        expect(row("arrested", 12, "NL")),
    ),
    (
        "nominal_event_van",
        "De actie leidde tot de aanhouding van 6 verdachten in Duitsland.",
        expect(row("arrested", 6, "DE")),
    ),
    (
        "seized_devices_and_files",
        "In Zwolle zijn 14 telefoons, 5 laptops en 3.000 afbeeldingen in beslag genomen.",
        expect(
            row("devices_seized", 14, "NL", device="mobile_phone"),
            row("devices_seized", 5, "NL", device="laptop"),
            row("files_seized", 3000, "NL"),
        ),
    ),
    (
        "number_words_and_ruim",
        "In Leiden nam de politie ruim driehonderd gegevensdragers in beslag.",
        expect(row("devices_seized", 300, "NL", qualifier="at_least", device="storage_device")),
    ),
    (
        "qualifiers",
        "Meer dan 40 agenten waren betrokken bij de actie in Delft.",
        expect(row("officers_deployed", 40, "NL", qualifier="at_least")),
    ),
    (
        "searched",
        "In Arnhem werden 31 woningen doorzocht.",
        expect(row("locations_searched", 31, "NL")),
    ),
    (
        "victims_identified",
        "De recherche heeft 11 kinderen geïdentificeerd in België.",
        expect(row("victims_identified", 11, "BE")),
    ),
    (
        "ages_range",
        "De aangehouden verdachten uit Tilburg zijn tussen de 23 en 59 jaar oud.",
        expect(row("youngest_age", 23, "NL"), row("oldest_age", 59, "NL")),
    ),
    (
        "a_country_named_in_the_language",
        "De politie in Zweden heeft 10 personen gearresteerd.",
        expect(row("arrested", 10, "SE")),
    ),
    (
        "international_operation_is_all",
        "Bij een internationale operatie in 14 landen werden 120 verdachten aangehouden.",
        expect(row("jurisdictions_involved", 14), row("arrested", 120)),
    ),
    (
        "ages_of_a_group_named_by_a_plural_noun",
        "In Utrecht gaat het om mannen tussen de 22 en 67 jaar oud.",
        expect(row("youngest_age", 22, "NL"), row("oldest_age", 67, "NL")),
    ),
    (
        "the_youngest_and_the_oldest",
        "De jongste was 17 en de oudste was 70 jaar oud, aldus de politie in Zwolle.",
        expect(row("youngest_age", 17, "NL"), row("oldest_age", 70, "NL")),
    ),
    (
        "suspected_of",
        "In Gelderland kregen 31 mannen die verdacht worden van het downloaden van "
        "kinderporno een brief.",
        expect(row("suspects_identified", 31, "NL", sex="male", role="possession")),
    ),
    (
        "a_compound_noun_of_files",
        "De politie in Limburg nam 4.000 kinderpornobestanden in beslag.",
        expect(row("files_seized", 4000, "NL")),
    ),
    (
        "age_range_of_victims_counted_before_and_named_by_the_article",
        "De politie heeft 15 kinderen gered. De slachtoffers zijn tussen de 6 en 15 jaar.",
        expect(
            row("victims_identified", 15, "NL"),
            row("youngest_age", 6, "NL"),
            row("oldest_age", 15, "NL"),
        ),
    ),
]


@cases(DUTCH_CONSTRUCTIONS)
def test_dutch_constructions(text, expected):
    assert facts_of(dutch(text)) == expected


NOT_COUNTS = [
    ("an_age", "Een 45-jarige man uit Venlo moest voor de rechter verschijnen."),
    ("a_prison_term", "De rechter in Deventer legde een celstraf van 3 jaar op."),
    ("a_date", "Op 12 maart 2024 getuigden de agenten in Alkmaar."),
    ("money", "De boete voor de man uit Emmen bedroeg 5.000 euro."),
    (
        "not_suspected",
        "De 40 mannen in Almere worden er niet van verdacht zelf beelden te maken.",
    ),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_dutch_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(dutch(text)) == []


def test_dutch_text_is_told_as_nl():
    assert documents(dutch("Det var allt."))["language"][0] == "nl"


# A count whose event the sentence denies (`negation` in function_words.csv) gives no
# fact; a word for "only" or "fewer" after the negation denies nothing.
DUTCH_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "De politie heeft 5 mannen aangehouden; twee andere verdachten zijn niet aangehouden.",
        expect(row("arrested", 5, "NL", sex="male")),
    ),
    (
        "not_only_is_no_negation",
        "Niet alleen werden 3 mannen aangehouden, ook werden 6 woningen doorzocht.",
        expect(row("arrested", 3, "NL", sex="male"), row("locations_searched", 6, "NL")),
    ),
]


@cases(DUTCH_NEGATIONS)
def test_dutch_negated_events_give_no_facts(text, expected):
    assert facts_of(dutch(text)) == expected


# "nine of them in Argentina": a count followed by the language's "of them" (a
# `count_end` word, then a place, a conjunction or the clause's end) counts a part of
# the count before it, whose noun and event it leaves out; a verb of its own after
# "of them" is no part of that event.
DUTCH_PARTS_OF_THEM = [
    (
        "part_of_them_in_a_place",
        "In totaal werden 30 mensen aangehouden, twaalf daarvan in België.",
        expect(row("arrested", 12, "BE"), row("arrested", 30, "BE")),
    ),
]


@cases(DUTCH_PARTS_OF_THEM)
def test_dutch_parts_of_them(text, expected):
    assert facts_of(dutch(text)) == expected


DUTCH_CUSTODY_CHARGE_AND_RAIDS = [
    (
        "pre_trial_custody",
        "Twee mannen zitten in voorarrest.",
        expect(row("in_custody", 2, "NL", sex="male")),
    ),
    (
        "belgian_arrest_warrant_custody",
        "Vier verdachten werden onder aanhoudingsmandaat geplaatst.",
        expect(row("in_custody", 4, "NL")),
    ),
    (
        "held",
        "Drie verdachten worden nog vastgehouden.",
        expect(row("in_custody", 3, "NL")),
    ),
    (
        "belgian_charge",
        "Zes verdachten zijn in staat van beschuldiging gesteld.",
        expect(row("charged", 6, "NL")),
    ),
    (
        "separable_raid_verb",
        "Agenten vielen 11 woningen binnen.",
        expect(row("locations_searched", 11, "NL")),
    ),
    (
        "raid_participle",
        "Er zijn 8 panden binnengevallen.",
        expect(row("locations_searched", 8, "NL")),
    ),
    (
        "falling_within_is_no_raid",
        "Deze 20 woningen vallen binnen de gemeentegrens.",
        expect(),
    ),
]


@cases(DUTCH_CUSTODY_CHARGE_AND_RAIDS)
def test_dutch_custody_charge_and_raids(text, expected):
    assert facts_of(dutch(text)) == expected


DUTCH_BUSINESS_PREMISES = [
    (
        "searched_firms_and_offices",
        "De politie doorzocht 7 bedrijven en 3 kantoren.",
        expect(row("locations_searched", 7, "NL"), row("locations_searched", 3, "NL")),
    ),
    (
        "firms_working_along_are_no_searches",
        "Er werken 40 bedrijven mee aan het project.",
        expect(),
    ),
]


@cases(DUTCH_BUSINESS_PREMISES)
def test_dutch_business_premises(text, expected):
    assert facts_of(dutch(text)) == expected


# Suspects questioned are investigated: "verdachten (als verdachte) gehoord", beside
# "verhoord"; a witness heard is no suspect. House visits and searches of the police
# ("huisbezoeken", "zoekingen") are searches: counted by themselves or by the places
# they were at.
DUTCH_QUESTIONED_AND_VISITED = [
    (
        "suspects_heard",
        "In Zwolle zijn elf verdachten gehoord.",
        expect(row("investigated", 11, "NL")),
    ),
    (
        "heard_as_suspects",
        "Vorige week werden 6 mannen als verdachte gehoord.",
        expect(row("investigated", 6, "NL", sex="male")),
    ),
    (
        "witnesses_heard_are_no_suspects",
        "De recherche heeft in Tilburg 14 getuigen gehoord.",
        expect(),
    ),
    (
        "house_visits_counted",
        "In totaal werden 57 huisbezoeken afgelegd in Limburg.",
        expect(row("locations_searched", 57, "NL")),
    ),
    (
        "house_visits_at_places",
        "Er werden huisbezoeken gebracht op dertien adressen in Drenthe.",
        expect(row("locations_searched", 13, "NL")),
    ),
    (
        "searches_in_homes",
        "Dinsdag vonden er zoekingen plaats in drie woningen in Leiden.",
        expect(row("locations_searched", 3, "NL")),
    ),
]


@cases(DUTCH_QUESTIONED_AND_VISITED)
def test_dutch_questioned_and_visited(text, expected):
    assert facts_of(dutch(text)) == expected


# Words of police reporting in general, Belgian usage among them: optical and magnetic
# media are storage devices, a "gsm" is a mobile phone, "speurders" are officers and
# "ingerekend" is arrested.
DUTCH_MEDIA_OFFICERS_ARRESTS = [
    (
        "discs_and_tapes_seized",
        "In Gent werden 310 dvd's en 45 videobanden in beslag genomen.",
        expect(
            row("devices_seized", 310, "BE", device="storage_device"),
            row("devices_seized", 45, "BE", device="storage_device"),
        ),
    ),
    (
        "gsms_seized",
        "De speurders namen in Antwerpen 8 gsm's in beslag.",
        expect(row("devices_seized", 8, "BE", device="mobile_phone")),
    ),
    (
        "investigators_deployed",
        "Bij de actie in Brugge werden 60 speurders ingezet.",
        expect(row("officers_deployed", 60, "BE")),
    ),
    (
        "rounded_up",
        "In Leuven werden 4 verdachten ingerekend.",
        expect(row("arrested", 4, "BE")),
    ),
]


@cases(DUTCH_MEDIA_OFFICERS_ARRESTS)
def test_dutch_media_officers_arrests(text, expected):
    assert facts_of(dutch(text)) == expected


# Suspects who "come into view" ("in beeld komen", "kwamen … in beeld") are identified;
# children to be seen on images are not.
DUTCH_INTO_VIEW = [
    (
        "came_into_view",
        "Bij het onderzoek in Arnhem kwamen 40 verdachten in beeld.",
        expect(row("suspects_identified", 40, "NL")),
    ),
    (
        "have_come_into_view",
        "In Utrecht zijn in totaal 25 verdachten in beeld gekomen.",
        expect(row("suspects_identified", 25, "NL")),
    ),
    (
        "seen_on_images_is_no_identification",
        "Op de beelden uit Breda zijn 12 kinderen te zien.",
        expect(),
    ),
]


@cases(DUTCH_INTO_VIEW)
def test_dutch_into_view(text, expected):
    assert facts_of(dutch(text)) == expected
