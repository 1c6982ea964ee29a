"""Rules in Norwegian (Nynorsk) (`pipeline/vocab/nn/`): the same constructions as
English, read with its words. Invented sentences, each after a line of prose with no figure
in it (a single sentence is too short for the language to be told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row

FRAME = (
    "Etter fleire månader med førebuingar slo etterforskarane til tidleg om morgonen, opplyste "
    "ein talsperson for politiet då avisa ringde opp i løpet av ettermiddagen.\n"
)


def nynorsk(sentence: str) -> str:
    return FRAME + sentence


NYNORSK_CONSTRUCTIONS = [
    (
        "verb_and_its_object",
        "Politiet pågreip 7 personar i Trondheim.",
        expect(row("arrested", 7, "NO")),
    ),
    (
        "count_then_participle",
        "I Stavanger er 12 menn pågripne.",
        expect(row("arrested", 12, "NO", sex="male")),
    ),
    (
        "charged",
        "I Bergen er 9 personar sikta.",
        expect(row("charged", 9, "NO")),
    ),
    (
        "seized_devices",
        "Politiet beslagla 14 mobiltelefonar og 5 datamaskinar i Bodø.",
        expect(
            row("devices_seized", 14, "NO", device="mobile_phone"),
            row("devices_seized", 5, "NO", device="computer"),
        ),
    ),
    (
        "found_images",
        "Politiet fann 3.000 bilete i Bergen.",
        expect(row("files_seized", 3000, "NO")),
    ),
    (
        "qualifiers",
        "Meir enn 40 politifolk deltok i aksjonen i Molde.",
        expect(row("officers_deployed", 40, "NO", qualifier="at_least")),
    ),
    (
        "identified",
        "Kripos har identifisert 11 barn i Danmark.",
        expect(row("victims_identified", 11, "DK")),
    ),
    (
        "a_country_named_in_the_language",
        "Politiet i Tyskland har pågripe 10 personar.",
        expect(row("arrested", 10, "DE")),
    ),
]


@cases(NYNORSK_CONSTRUCTIONS)
def test_nynorsk_constructions(text, expected):
    assert facts_of(nynorsk(text)) == expected


NOT_COUNTS = [
    ("a_prison_term", "Mannen i Førde vart dømd til 3 års fengsel."),
    ("a_date", "Den 12. mars 2024 vitna politifolka i Ålesund."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_nynorsk_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(nynorsk(text)) == []


def test_nynorsk_text_is_told_as_nn():
    assert documents(nynorsk("Det var allt."))["language"][0] == "nn"


# A count whose event the sentence denies (`negation` in function_words.csv) gives no
# fact; a word for "only" or "fewer" after the negation denies nothing.
NYNORSK_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "Politiet pågreip 4 menn, men to andre mistenkte vart ikkje pågripne.",
        expect(row("arrested", 4, sex="male")),
    ),
]


@cases(NYNORSK_NEGATIONS)
def test_nynorsk_negated_events_give_no_facts(text, expected):
    assert facts_of(nynorsk(text)) == expected


# "nine of them in Argentina": a count followed by the language's "of them" (a
# `count_end` word, then a place, a conjunction or the clause's end) counts a part of
# the count before it, whose noun and event it leaves out; a verb of its own after
# "of them" is no part of that event.
NYNORSK_PARTS_OF_THEM = [
    (
        "part_of_them_in_a_place",
        "Totalt vart 30 personar pågripne, tolv av dei i Sverige.",
        expect(row("arrested", 12, "SE"), row("arrested", 30, "SE")),
    ),
]


@cases(NYNORSK_PARTS_OF_THEM)
def test_nynorsk_parts_of_them(text, expected):
    assert facts_of(nynorsk(text)) == expected


# Optical and magnetic media are storage devices.
NYNORSK_MEDIA = [
    (
        "discs_seized",
        "Politiet i Bergen beslagla 90 dvd-ar og 7 videokassettar.",
        expect(
            row("devices_seized", 90, "NO", device="storage_device"),
            row("devices_seized", 7, "NO", device="storage_device"),
        ),
    ),
]


@cases(NYNORSK_MEDIA)
def test_nynorsk_media(text, expected):
    assert facts_of(nynorsk(text)) == expected


# A raid ("razzia") is a search of the places it was at; people "mistenkt for" a crime
# are suspects identified.
NYNORSK_RAIDS_AND_SUSPICION = [
    (
        "raid_in_homes",
        "Politiet gjennomførte razzia i 18 bustader i Oslo.",
        expect(row("locations_searched", 18, "NO")),
    ),
    (
        "suspected_of",
        "Totalt er 22 personar i Tromsø mistenkt for overgrep.",
        expect(row("suspects_identified", 22, "NO")),
    ),
]


@cases(NYNORSK_RAIDS_AND_SUSPICION)
def test_nynorsk_raids_and_suspicion(text, expected):
    assert facts_of(nynorsk(text)) == expected
