"""Rules in Italian (`pipeline/vocab/it/`): Italian documents are read with Italian words
through the same constructions as English. Invented Italian sentences, each after a line of
prose with no figure in it (a single sentence is too short for the language to be told)."""

from __future__ import annotations

import pytest

from pipeline.vocab import load_vocabulary
from tests.harness import cases, documents, expect, facts_of, numbers, records, row, spans_of

FRAME = (
    "Le indagini sono partite alcuni mesi fa dopo la segnalazione di un'associazione che si "
    "occupa della tutela dell'infanzia, come hanno riferito stamattina gli inquirenti.\n"
)


def italian(sentence: str) -> str:
    return FRAME + sentence


ITALIAN_CONSTRUCTIONS = [
    (
        "verb_and_object",
        "I carabinieri hanno arrestato 8 persone a Perugia.",
        expect(row("arrested", 8, "IT")),
    ),
    (
        "participle_before_men_and_women",
        "Sono stati arrestati 15 uomini e 2 donne nella provincia di Lecce.",
        expect(row("arrested", 15, "IT", sex="male"), row("arrested", 2, "IT", sex="female")),
    ),
    (
        "count_and_its_participle",
        "Nel corso dell'inchiesta 31 persone sono state denunciate in Toscana.",
        expect(row("investigated", 31, "IT")),
    ),
    (
        "headline_participle",
        "Pedopornografia, 12 arrestati e 40 perquisizioni in Sardegna.",
        expect(row("arrested", 12, "IT"), row("locations_searched", 40, "IT")),
    ),
    (
        "nominal_event_of",
        "Il blitz ha portato all'arresto di 25 persone in Austria.",
        expect(row("arrested", 25, "AT")),
    ),
    (
        "search_warrants_and_seized_files",
        "Sono stati eseguiti 11 decreti di perquisizione e sequestrati 300 file in Umbria.",
        expect(row("locations_searched", 11, "IT"), row("files_seized", 300, "IT")),
    ),
    (
        "devices_by_type",
        "Gli agenti hanno sequestrato 6 computer, 9 telefoni cellulari e 4 hard disk a Trieste.",
        expect(
            row("devices_seized", 6, "IT", device="computer"),
            row("devices_seized", 9, "IT", device="mobile_phone"),
            row("devices_seized", 4, "IT", device="hard_drive"),
        ),
    ),
    (
        "number_words_and_dot_thousands",
        "Sono stati fermati ventitré sospettati e sequestrati duecentocinquanta dispositivi "
        "e 1.200 video in Grecia.",
        expect(
            row("arrested", 23, "GR"),
            row("devices_seized", 250, "GR"),
            row("files_seized", 1200, "GR"),
        ),
    ),  # fmt: skip
    (
        "thousands_after_digits",
        "La polizia ha sequestrato 20 mila immagini in Belgio.",
        expect(row("files_seized", 20000, "BE")),
    ),
    (
        "victims_identified",
        "Gli investigatori hanno identificato 14 vittime in Portogallo.",
        expect(row("victims_identified", 14, "PT")),
    ),
    (
        "websites_blocked",
        "Sono stati oscurati 35 siti internet in Irlanda.",
        expect(row("websites_blocked", 35, "IE")),
    ),
    (
        "a_later_verb_is_its_own_counts",
        "La polizia ha arrestato a Genova 6 persone e denunciato altre 3.",
        expect(row("arrested", 6, "IT"), row("investigated", 3, "IT")),
    ),
    (
        "convicted",
        "Il tribunale ha condannato 4 uomini in Svizzera.",
        expect(row("convicted", 4, "CH", sex="male")),
    ),
    (
        "qualifier_and_officers",
        "Oltre 40 agenti hanno partecipato al blitz in Calabria.",
        expect(row("officers_deployed", 40, "IT", qualifier="at_least")),
    ),
    (
        "about_twenty",
        "Una ventina di persone sono state arrestate in Croazia.",
        expect(row("arrested", 20, "HR", qualifier="approximately")),
    ),
    (
        "ages_between",
        "Gli arrestati, di età compresa tra i 19 e i 64 anni, sono comparsi davanti al giudice "
        "di Ancona.",
        expect(row("youngest_age", 19, "IT"), row("oldest_age", 64, "IT")),
    ),
    (
        "country_named_in_the_language",
        "Gli agenti hanno arrestato 7 persone in Germania.",
        expect(row("arrested", 7, "DE")),
    ),
    (
        "a_subdivision_is_its_countrys",
        "A Piacenza, i poliziotti hanno arrestato 3 persone.",
        expect(row("arrested", 3, "IT")),
    ),
    (
        "counts_of_several_places",
        "Il bilancio è di 15 arresti in Francia, 22 in Polonia e 9 in Svezia.",
        expect(row("arrested", 15, "FR"), row("arrested", 22, "PL"), row("arrested", 9, "SE")),
    ),
    (
        "international_operation_is_all",
        "In un'operazione internazionale in 12 paesi, la polizia ha arrestato 90 persone.",
        expect(row("arrested", 90), row("jurisdictions_involved", 12)),
    ),
]


@cases(ITALIAN_CONSTRUCTIONS)
def test_italian_constructions(text, expected):
    assert facts_of(italian(text)) == expected


NOT_COUNTS = [
    ("an_age_and_a_prison_term", "L'uomo, di 45 anni, è stato condannato a 10 anni di reclusione."),
    ("a_date", "Il 12 giugno 2024 gli agenti hanno testimoniato davanti al giudice di Modena."),
    ("money", "La multa inflitta alla società è stata di 5.000 euro a Brescia."),
    ("a_duration", "L'indagine, durata 18 mesi, è stata coordinata dalla procura di Bari."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_italian_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(italian(text)) == []


def test_a_date_in_italian_is_no_count_beside_an_arrest():
    text = "Il 3 marzo 2024 la polizia ha arrestato 4 persone a Verona."
    assert facts_of(italian(text)) == expect(row("arrested", 4, "IT"))


def test_house_arrest_is_custody_not_arrest():
    text = "Tre persone sono state poste agli arresti domiciliari a Parma."
    assert facts_of(italian(text)) == expect(row("in_custody", 3, "IT"))


def test_the_seizure_of_a_person_is_no_seizure():
    """'sequestro di persona' is a kidnapping, not a seizure; 'sequestro' alone is one."""
    kidnapping = italian("Sono stati arrestati 2 uomini per sequestro di persona a Udine.")
    seizure = italian("Il sequestro di 2 computer è avvenuto a Udine.")
    events = [t["value_str"] for t in records(spans_of(kidnapping), "TRIGGER")]
    assert "seize" not in events and "arrest" in events
    assert "seize" in [t["value_str"] for t in records(spans_of(seizure), "TRIGGER")]


def test_italian_words_are_not_read_in_english():
    """'otto' is eight in Italian, a name in English."""
    english = (
        "Detectives said the suspects had met Otto Brandt in a rented flat in the city centre, "
        "and officers arrested 4 men there on Friday."
    )
    assert documents(english)["language"][0] == "en"
    assert numbers(english) == [("4", 4.0)]
    assert numbers(italian("Sono stati arrestati otto uomini a Roma.")) == [("otto", 8.0)]


def test_italian_has_rules():
    assert load_vocabulary(None, "it").language == "it"


# A count whose event the sentence denies (`negation` in function_words.csv) gives no
# fact; a word for "only" or "fewer" after the negation denies nothing.
ITALIAN_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "La polizia ha arrestato 6 uomini, mentre altri 2 uomini non sono stati arrestati.",
        expect(row("arrested", 6, sex="male")),
    ),
    (
        "not_only_is_no_negation",
        "Non solo sono state arrestate 4 persone, ma sono stati sequestrati 10 computer.",
        expect(row("arrested", 4), row("devices_seized", 10, device="computer")),
    ),
]


@cases(ITALIAN_NEGATIONS)
def test_italian_negated_events_give_no_facts(text, expected):
    assert facts_of(italian(text)) == expected


# "nine of them in Argentina": a count followed by the language's "of them" (a
# `count_end` word, then a place, a conjunction or the clause's end) counts a part of
# the count before it, whose noun and event it leaves out; a verb of its own after
# "of them" is no part of that event.
ITALIAN_PARTS_OF_THEM = [
    (
        "part_of_which_in_a_place",
        "Sono state arrestate 30 persone, 12 delle quali in Germania.",
        expect(row("arrested", 12, "DE"), row("arrested", 30, "DE")),
    ),
]


@cases(ITALIAN_PARTS_OF_THEM)
def test_italian_parts_of_them(text, expected):
    assert facts_of(italian(text)) == expected


# "Two of those arrested produced …": a count joined by the language's `subset_of`
# words to a group its participle names, with a role in its own words, is that group's
# part with the role; without a role it is no figure (`counts.of_a_named_group`).
ITALIAN_PARTS_OF_A_NAMED_GROUP = [
    (
        "part_of_a_named_group_with_a_role",
        "La polizia ha arrestato 20 persone. Due degli arrestati producevano il proprio materiale.",
        expect(row("arrested", 2, role="production"), row("arrested", 20)),
    ),
]


@cases(ITALIAN_PARTS_OF_A_NAMED_GROUP)
def test_italian_parts_of_a_named_group(text, expected):
    assert facts_of(italian(text)) == expected


# Headlines tell an operation in the present ("La polizia perquisisce …"): the
# third-person present of the events' verbs counts as their past does.
ITALIAN_PRESENT_TENSE = [
    (
        "search_in_the_present_singular",
        "La polizia perquisisce 12 abitazioni in tutta la provincia.",
        expect(row("locations_searched", 12)),
    ),
    (
        "search_in_the_present_plural",
        "Gli agenti perquisiscono otto appartamenti.",
        expect(row("locations_searched", 8)),
    ),
    (
        "rescue_in_the_present",
        "La Postale salva 4 bambini durante l'operazione.",
        expect(row("victims_identified", 4)),
    ),
    (
        "identification_in_the_present",
        "Gli investigatori individuano 9 vittime.",
        expect(row("victims_identified", 9)),
    ),
    (
        "present_verb_without_a_count",
        "La polizia perquisisce l'abitazione del sospettato.",
        expect(),
    ),
]


@cases(ITALIAN_PRESENT_TENSE)
def test_italian_events_in_the_present(text, expected):
    assert facts_of(italian(text)) == expected


# "Sono 11 gli arrestati": the count first, then the group its participle names with
# the article of a noun used as a noun. The article is a `linking` word between the
# count and the participle; with no participle after it, it joins nothing.
ITALIAN_COUNT_BEFORE_A_NAMED_GROUP = [
    (
        "count_then_the_arrested",
        "Sono 11 gli arrestati al termine dell'operazione.",
        expect(row("arrested", 11)),
    ),
    (
        "count_in_words_then_the_stopped",
        "Sono tre i fermati nella notte.",
        expect(row("arrested", 3)),
    ),
    (
        "count_then_the_persons_arrested",
        "Sono 14 le persone arrestate in Lombardia.",
        expect(row("arrested", 14, "IT")),
    ),
    (
        "count_then_an_article_without_a_participle",
        "L'inchiesta è durata 8 mesi e le indagini proseguono.",
        expect(),
    ),
]


@cases(ITALIAN_COUNT_BEFORE_A_NAMED_GROUP)
def test_italian_count_before_a_named_group(text, expected):
    assert facts_of(italian(text)) == expected


# "la cattura di 5 uomini": the noun of "catturare", already a nominal event, is the event
# `arrest` as its participle is; so is its present ("la polizia cattura …").
ITALIAN_CAPTURE = [
    (
        "the_capture_of_a_count",
        "L'operazione si è conclusa con la cattura di 5 uomini.",
        expect(row("arrested", 5, sex="male")),
    ),
    (
        "capture_in_the_present",
        "I carabinieri catturano 4 latitanti.",
        expect(row("arrested", 4, "IT")),
    ),
    (
        "capture_without_a_count",
        "La cattura del sospettato è avvenuta all'alba.",
        expect(),
    ),
]


@cases(ITALIAN_CAPTURE)
def test_italian_capture(text, expected):
    assert facts_of(italian(text)) == expected


# Italian writes a number as one word, thousands glued on ("duecentocinquantamila"); Swiss
# reports group thousands with an apostrophe ("360'000"); "l'arresto di" heads a count in
# the singular as in the plural; custody is also "posti in detenzione preventiva", "agli
# arresti domiciliari"; a group's ages stand in a sentence of their own ("Tutti … tra i
# 20 e i 60 anni", "il più giovane … il più anziano").
ITALIAN_WORDS_OF_RECENT_REPORTS = [
    (
        "hundreds_of_thousands_in_one_word",
        "Gli inquirenti hanno sequestrato oltre trecentoventimila file a Torino.",
        expect(row("files_seized", 320_000, "IT", qualifier="at_least")),
    ),
    (
        "tens_and_units_of_thousands_in_one_word",
        "Sono state sequestrate ventottomila immagini.",
        expect(row("files_seized", 28_000)),
    ),
    (
        "thousands_grouped_by_an_apostrophe",
        "La polizia cantonale ha sequestrato 125'000 immagini e 3'400 video a Lugano.",
        expect(row("files_seized", 125_000, "CH"), row("files_seized", 3_400, "CH")),
    ),
    (
        "the_arrest_of_in_the_singular",
        "Il blitz ha portato all'arresto di tre uomini a Bari.",
        expect(row("arrested", 3, "IT", sex="male")),
    ),
    (
        "placed_in_preventive_detention",
        "Venti persone sono state fermate; quattro sono state poste in detenzione preventiva.",
        expect(row("arrested", 20), row("in_custody", 4)),
    ),
    (
        "placed_under_house_arrest",
        "Sei persone sono state arrestate; due sono state poste agli arresti domiciliari.",
        expect(row("arrested", 6), row("in_custody", 2)),
    ),
    (
        "all_of_them_aged_between_in_a_sentence_of_its_own",
        "La polizia ha arrestato 11 uomini a Napoli. Tutti italiani tra i 22 e i 58 anni.",
        expect(
            row("arrested", 11, "IT", sex="male"),
            row("youngest_age", 22, "IT"),
            row("oldest_age", 58, "IT"),
        ),
    ),
    (
        "the_youngest_and_the_oldest",
        "Il più giovane ha 21 anni e il più anziano 67.",
        expect(row("youngest_age", 21), row("oldest_age", 67)),
    ),
]


@cases(ITALIAN_WORDS_OF_RECENT_REPORTS)
def test_italian_words_of_recent_reports(text, expected):
    assert facts_of(italian(text)) == expected


def test_an_apostrophe_of_a_name_is_no_thousands_mark():
    assert facts_of(italian("Il processo si terrà all'aula 3 del tribunale di Genova.")) == []
