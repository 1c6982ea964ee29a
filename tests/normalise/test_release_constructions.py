"""Constructions of prosecutors' and court reporting (`pipeline/normalise/counts.py`,
`pipeline/vocab/counted_nouns.csv`, `events.csv`), on invented releases: a noun that says what
happened to the people it counts, the whole in an opening partitive, the companions of one
defendant, sentences as an event, and files held."""

from __future__ import annotations

from tests.harness import cases, expect, facts_of, row
from tests.normalise.test_language_es import spanish
from tests.normalise.test_language_it import italian
from tests.normalise.test_language_pt import portuguese

# "defendants" were charged: the noun names the event when the sentence gives none, and
# gives way to an event the sentence does give.
DEFENDANTS = [
    (
        "defendants-without-event",
        "Seven defendants in Ohio share one lawyer.",
        [row("charged", 7, "US")],
    ),
    (
        "defendants-standing-trial",
        "Eleven total defendants will stand trial together in Fresno next spring.",
        [row("charged", 11, "US")],
    ),
    (
        "warrants-for-the-defendants",
        "In Ohio, warrants were issued on Jan. 4, 2021, for the six defendants.",
        [row("charged", 6, "US")],
    ),
    (
        "defendants-arrested",
        "Deputies in Texas arrested nine defendants at dawn.",
        [row("arrested", 9, "US")],
    ),
    (
        "defendants-convicted",
        "In Utah, the three co-defendants were convicted last week.",
        [row("convicted", 3, "US")],
    ),
    ("one-defendant-is-no-count", "The defendant, 41, robbed five stores in Ohio.", []),
]


@cases(DEFENDANTS)
def test_a_count_of_defendants_counts_people_charged(text, expected):
    assert facts_of(text) == expect(*expected)


# "Of the 30 defendants, 12 are in custody": the event after the opener is the part's.
OPENING_PARTITIVE = [
    (
        "whole-takes-no-event-of-its-part",
        "Of the 30 defendants in Ohio, 12 are already in custody.",
        [row("charged", 30, "US"), row("in_custody", 12, "US")],
    ),
    (
        "whole-keeps-its-own-event",
        "Of the 40 people arrested in Kenya, 12 were charged.",
        [row("arrested", 40, "KE"), row("charged", 12, "KE")],
    ),
]


@cases(OPENING_PARTITIVE)
def test_the_whole_of_an_opening_partitive_keeps_its_own_event(text, expected):
    assert facts_of(text) == expect(*expected)


# "He and two other inmates": the group is one more than the count, which the text never says.
COMPANIONS = [
    ("pronoun-and-others", "He and three other inmates in Ohio were charged with escape.", []),
    ("name-and-the-other", "Ortega and the other two men in Ohio are accused of fraud.", []),
    (
        "along-with-others",
        "A guard in Ohio, along with four others, was charged with smuggling.",
        [],
    ),
    (
        "name-and-his-accomplices",
        "Detectives in Ohio identified Dale Brook and two of his accomplices.",
        [],
    ),
    (
        "a-place-and-others-is-a-count",
        "Police arrested a man in Poland and three others in Ukraine.",
        [row("arrested", 3, "UA")],
    ),
    (
        "others-of-a-counted-group",
        "Police in Ohio arrested 12 men and two other suspects.",
        [row("arrested", 12, "US", sex="male"), row("arrested", 2, "US")],
    ),
]


@cases(COMPANIONS)
def test_the_companions_of_one_person_are_no_count(text, expected):
    assert facts_of(text) == expect(*expected)


SENTENCES = [
    (
        "received-jail-time",
        "In Ohio, 15 were prosecuted and four have received prison sentences.",
        [row("charged", 15, "US"), row("convicted", 4, "US")],
    ),
    (
        "given-custodial-sentences",
        "Three men in Leeds were given custodial sentences on Friday.",
        [row("convicted", 3, "GB", sex="male")],
    ),
]


@cases(SENTENCES)
def test_receiving_a_sentence_is_a_conviction(text, expected):
    assert facts_of(text) == expect(*expected)


# Files after a word of possession were found: "possessing 500 images", in each language with
# `possession` function words (each sentence after its language's frame, so that the
# language is told).
POSSESSION = [
    (
        "en-caught-with",
        "Police in Leeds said the man was caught with 230 videos of abuse.",
        [row("files_seized", 230, "GB", unit="files")],
    ),
    (
        "pt-detained-with-thousands",
        portuguese(
            "Em Curitiba, um homem foi detido com mais de 12 mil arquivos de abuso infantil."
        ),
        [row("files_seized", 12000, "BR", qualifier="at_least", unit="files")],
    ),
    (
        "pt-had-in-his-power",
        portuguese("Em Curitiba, o suspeito tinha em seu poder nada menos de 9 mil arquivos."),
        [row("files_seized", 9000, "BR", qualifier="at_least", unit="files")],
    ),
    (
        "es-in-possession-of",
        spanish("En Sevilla, el detenido estaba en posesión de 4.500 archivos de abuso infantil."),
        [row("files_seized", 4500, "ES", unit="files")],
    ),
    (
        "it-in-possession-of",
        italian("A Torino, l'uomo era in possesso di 800 file pedopornografici."),
        [row("files_seized", 800, "IT", unit="files")],
    ),
    (
        "files-with-no-word-of-possession",
        "Police in Leeds said the man had shared 230 videos of abuse.",
        [],
    ),
]


@cases(POSSESSION)
def test_files_held_are_files_found(text, expected):
    assert facts_of(text) == expect(*expected)


# "14 of the 27 search warrants": a part counts what its whole counts, its device type too.
PARTS_OF_A_COUNTED_WHOLE = [
    (
        "warrants",
        "Officers in Leeds executed 14 of the 27 search warrants on Monday.",
        [
            row("locations_searched", 14, "GB", unit="locations"),
            row("locations_searched", 27, "GB", unit="locations"),
        ],
    ),
    (
        "phones-keep-their-type",
        "Police in Leeds seized 40 of the 65 phones at the address.",
        [
            row("devices_seized", 40, "GB", device="mobile_phone", unit="devices"),
            row("devices_seized", 65, "GB", device="mobile_phone", unit="devices"),
        ],
    ),
    (
        "es-registros",
        spanish("La Policía Nacional ha practicado en Valencia 14 de los 27 registros."),
        [
            row("locations_searched", 14, "ES", unit="locations"),
            row("locations_searched", 27, "ES", unit="locations"),
        ],
    ),
]


@cases(PARTS_OF_A_COUNTED_WHOLE)
def test_a_part_counts_what_its_whole_counts(text, expected):
    assert facts_of(text) == expect(*expected)
