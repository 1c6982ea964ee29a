"""Rules in Norwegian (Bokmål) (`pipeline/vocab/no/`): the same constructions as
English, read with its words. Invented sentences, each after a line of prose with no figure
in it (a single sentence is too short for the language to be told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row

FRAME = (
    "Etter flere måneders forberedelser slo etterforskerne til tidlig om morgenen, opplyste en "
    "talsperson for politiet da avisen ringte opp i løpet av ettermiddagen.\n"
)


def norwegian(sentence: str) -> str:
    return FRAME + sentence


NORWEGIAN_CONSTRUCTIONS = [
    (
        "verb_and_its_object",
        "Politiet pågrep 7 personer i Trondheim.",
        expect(row("arrested", 7, "NO")),
    ),
    (
        "count_then_participle",
        "I Stavanger er 12 menn pågrepet.",
        expect(row("arrested", 12, "NO", sex="male")),
    ),
    (
        "headline_participle",
        "Aksjon i Oslo: 9 siktet",
        expect(row("charged", 9, "NO")),
    ),
    (
        "arrested_or_questioned",
        "Totalt er 25 personer pågrepet eller avhørt i Tromsø.",
        expect(row("arrested_or_investigated", 25, "NO")),
    ),
    (
        "nominal_event",
        "Aksjonen førte til pågripelse av 6 mistenkte i Finland.",
        expect(row("arrested", 6, "FI")),
    ),
    (
        "seized_devices_and_files",
        "Politiet beslagla 14 mobiltelefoner, 5 datamaskiner og 3.000 bilder i Bodø.",
        expect(
            row("devices_seized", 14, "NO", device="mobile_phone"),
            row("devices_seized", 5, "NO", device="computer"),
            row("files_seized", 3000, "NO"),
        ),
    ),
    (
        "taken_into_seizure",
        "I Drammen ble det tatt beslag i 22 harddisker.",
        expect(row("devices_seized", 22, "NO", device="hard_drive")),
    ),
    (
        "number_words",
        "Politiet i Skien fant tjueto datamaskiner.",
        expect(row("devices_seized", 22, "NO", device="computer")),
    ),
    (
        "qualifiers",
        "Mer enn 40 politifolk deltok i aksjonen i Bergen.",
        expect(row("officers_deployed", 40, "NO", qualifier="at_least")),
    ),
    (
        "raided_addresses",
        "Politiet har aksjonert mot 31 adresser i Hamar.",
        expect(row("locations_searched", 31, "NO")),
    ),
    (
        "victims_identified",
        "Etterforskerne identifiserte 11 barn i Danmark.",
        expect(row("victims_identified", 11, "DK")),
    ),
    (
        "ages_range",
        "De siktede i Moss er mellom 23 og 59 år.",
        expect(row("youngest_age", 23, "NO"), row("oldest_age", 59, "NO")),
    ),
    (
        "a_country_named_in_the_language",
        "Politiet i Tyskland har pågrepet 10 personer.",
        expect(row("arrested", 10, "DE")),
    ),
    (
        "international_operation_is_all",
        "I en internasjonal aksjon i 14 land ble 120 personer pågrepet.",
        expect(row("jurisdictions_involved", 14), row("arrested", 120)),
    ),
    (
        "a_participle_after_its_noun_keeps_the_noun_s_sex",
        "Politiet i Trondheim har pågrepet fem menn mistenkte for overgrep.",
        expect(row("arrested", 5, "NO", sex="male")),
    ),
    (
        "the_youngest_and_the_oldest",
        "Den yngste er 18 år, den eldste 63, og alle bor i Tromsø.",
        expect(row("youngest_age", 18, "NO"), row("oldest_age", 63, "NO")),
    ),
    (
        "a_compound_noun_of_files",
        "Politiet i Bodø beslagla 2500 barnepornobilder.",
        expect(row("files_seized", 2500, "NO")),
    ),
]


@cases(NORWEGIAN_CONSTRUCTIONS)
def test_norwegian_constructions(text, expected):
    assert facts_of(norwegian(text)) == expected


NOT_COUNTS = [
    ("an_age", "En 45 år gammel mann fra Molde ble dømt i tingretten."),
    ("a_prison_term", "Mannen i Arendal ble dømt til 3 års fengsel."),
    ("a_date", "Den 12. mars 2024 vitnet politifolkene i Ålesund."),
    ("money", "Boten for mannen i Harstad ble 5.000 kroner."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_norwegian_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(norwegian(text)) == []


def test_norwegian_text_is_told_as_no():
    assert documents(norwegian("Det var allt."))["language"][0] == "no"


# A count whose event the sentence denies (`negation` in function_words.csv) gives no
# fact; a word for "only" or "fewer" after the negation denies nothing.
NORWEGIAN_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "Politiet pågrep 4 menn, men to andre mistenkte ble ikke pågrepet.",
        expect(row("arrested", 4, sex="male")),
    ),
    (
        "not_only_is_no_negation",
        "Ikke bare ble 3 menn pågrepet, politiet ransaket også 5 boliger.",
        expect(row("arrested", 3, sex="male"), row("locations_searched", 5)),
    ),
]


@cases(NORWEGIAN_NEGATIONS)
def test_norwegian_negated_events_give_no_facts(text, expected):
    assert facts_of(norwegian(text)) == expected


# "nine of them in Argentina": a count followed by the language's "of them" (a
# `count_end` word, then a place, a conjunction or the clause's end) counts a part of
# the count before it, whose noun and event it leaves out; a verb of its own after
# "of them" is no part of that event.
NORWEGIAN_PARTS_OF_THEM = [
    (
        "part_of_them_in_a_place",
        "Totalt ble 30 personer pågrepet, tolv av dem i Sverige.",
        expect(row("arrested", 12, "SE"), row("arrested", 30, "SE")),
    ),
]


@cases(NORWEGIAN_PARTS_OF_THEM)
def test_norwegian_parts_of_them(text, expected):
    assert facts_of(norwegian(text)) == expected


# "Two of those arrested produced …": a count joined by the language's `subset_of`
# words to a group its participle names, with a role in its own words, is that group's
# part with the role; without a role it is no figure (`counts.of_a_named_group`).
NORWEGIAN_PARTS_OF_A_NAMED_GROUP = [
    (
        "part_of_a_named_group_with_a_role",
        "Politiet pågrep 20 personer. To av de pågrepne skal ha produsert eget materiale.",
        expect(row("arrested", 2, role="production"), row("arrested", 20)),
    ),
]


@cases(NORWEGIAN_PARTS_OF_A_NAMED_GROUP)
def test_norwegian_parts_of_a_named_group(text, expected):
    assert facts_of(norwegian(text)) == expected


NORWEGIAN_BUSINESS_PREMISES = [
    (
        "searched_firms_and_houses",
        "Politiet ransaket 4 bedrifter og 6 eneboliger.",
        expect(row("locations_searched", 4), row("locations_searched", 6)),
    ),
    ("firms_in_a_scheme_are_no_searches", "Rundt 40 bedrifter er med i ordningen.", expect()),
]


@cases(NORWEGIAN_BUSINESS_PREMISES)
def test_norwegian_business_premises(text, expected):
    assert facts_of(norwegian(text)) == expected


# Optical and magnetic media are storage devices.
NORWEGIAN_MEDIA = [
    (
        "discs_seized",
        "Politiet i Bergen beslagla 90 dvd-er og 7 videokassetter.",
        expect(
            row("devices_seized", 90, "NO", device="storage_device"),
            row("devices_seized", 7, "NO", device="storage_device"),
        ),
    ),
]


@cases(NORWEGIAN_MEDIA)
def test_norwegian_media(text, expected):
    assert facts_of(norwegian(text)) == expected


# A raid ("razzia") is a search of the places it was at, and leaves an arrest's count to
# the arrest; people "mistenkt for" a crime are suspects identified.
NORWEGIAN_RAIDS_AND_SUSPICION = [
    (
        "raid_in_homes",
        "Politiet gjennomførte razzia i 18 boliger i Oslo.",
        expect(row("locations_searched", 18, "NO")),
    ),
    (
        "arrests_at_a_raid",
        "Under razziaen ble 7 personer pågrepet i Bergen.",
        expect(row("arrested", 7, "NO")),
    ),
    (
        "suspected_of",
        "Totalt er 22 personer i Tromsø mistenkt for overgrep.",
        expect(row("suspects_identified", 22, "NO")),
    ),
]


@cases(NORWEGIAN_RAIDS_AND_SUSPICION)
def test_norwegian_raids_and_suspicion(text, expected):
    assert facts_of(norwegian(text)) == expected
