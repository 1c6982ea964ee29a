"""Rules in French (`pipeline/vocab/fr/`): invented French sentences, each after a line of
prose with no figure in it (a single sentence is too short for the language to be told),
read through the same constructions as English and Spanish."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, numbers, row

FRAME = (
    "L'enquête avait commencé plusieurs mois auparavant, après le signalement d'une "
    "association de protection de l'enfance, ont précisé lundi des sources policières.\n"
)


def french(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_french():
    assert documents(french("Les gendarmes ont interpellé 8 personnes."))["language"][0] == "fr"


FRENCH_CONSTRUCTIONS = [
    (
        "verb_and_its_object_count",
        "Les gendarmes ont interpellé 8 personnes à Grenoble.",
        expect(row("arrested", 8, "FR")),
    ),
    (
        "count_then_participle_men_and_women",
        "Au total, 15 hommes et 2 femmes ont été interpellés au Luxembourg.",
        expect(row("arrested", 15, "LU", sex="male"), row("arrested", 2, "LU", sex="female")),
    ),
    (
        "placed_in_police_custody",
        "À Lyon, vingt-deux suspects ont été placés en garde à vue.",
        expect(row("in_custody", 22, "FR")),
    ),
    (
        "nominal_event_of",
        "Le coup de filet a abouti à l'arrestation de 25 personnes en Suisse.",
        expect(row("arrested", 25, "CH")),
    ),
    (
        "charged_in_the_french_sense",
        "Six hommes ont été mis en examen au Québec.",
        expect(row("charged", 6, "CA", sex="male")),
    ),
    (
        "devices_by_type_and_files_with_dot_thousands",
        "Lors des fouilles, la police a saisi 40 ordinateurs, 65 téléphones portables et 1.200 "
        "vidéos.",
        expect(
            row("devices_seized", 40, device="computer"),
            row("devices_seized", 65, device="mobile_phone"),
            row("files_seized", 1200),
        ),
    ),
    (
        "files_found_with_space_thousands_and_a_qualifier",
        "Plus de 150 000 images ont été retrouvées sur les disques en Belgique.",
        expect(row("files_seized", 150000, "BE", qualifier="at_least")),
    ),
    (
        "searches_with_an_approximate_qualifier",
        "Environ 80 perquisitions ont eu lieu dans le Finistère.",
        expect(row("locations_searched", 80, "FR", qualifier="approximately")),
    ),
    (
        "number_words_with_et",
        "Trente et un suspects ont été interpellés en Autriche.",
        expect(row("arrested", 31, "AT")),
    ),
    (
        "number_words_hyphenated_with_et",
        "Vingt-et-une femmes ont été entendues par les policiers en Espagne.",
        expect(row("investigated", 21, "ES", sex="female")),
    ),
    (
        "number_words_four_twenties",
        "Quatre-vingt-dix-sept perquisitions ont été réalisées au Portugal.",
        expect(row("locations_searched", 97, "PT")),
    ),
    (
        "officers_with_a_qualifier",
        "Plus de 150 gendarmes ont participé aux recherches en Belgique.",
        expect(row("officers_deployed", 150, "BE", qualifier="at_least")),
    ),
    (
        "a_hundred_or_so_with_elided_de",
        "Une centaine d'enquêteurs ont été déployés en Italie.",
        expect(row("officers_deployed", 100, "IT", qualifier="approximately")),
    ),
    (
        "vague_hundreds_of",
        "Des centaines de photos ont été retrouvées chez les suspects en Pologne.",
        expect(row("files_seized", 200, "PL", qualifier="at_least")),
    ),
    (
        "ages_range_of_the_group",
        "Les suspects, âgés de 19 à 66 ans, ont été interpellés en Italie.",
        expect(row("youngest_age", 19, "IT"), row("oldest_age", 66, "IT")),
    ),
    (
        "ages_between",
        "Neuf hommes âgés entre 23 et 58 ans ont été condamnés en Grèce.",
        expect(
            row("convicted", 9, "GR", sex="male"),
            row("youngest_age", 23, "GR"),
            row("oldest_age", 58, "GR"),
        ),
    ),
    (
        "country_named_in_french",
        "Les policiers ont interpellé 7 personnes en Allemagne.",
        expect(row("arrested", 7, "DE")),
    ),
    (
        "a_subdivision_is_its_countrys",
        "En Gironde, les gendarmes ont interpellé 3 personnes.",
        expect(row("arrested", 3, "FR")),
    ),
    (
        "a_belgian_arrest_warrant_is_custody",
        "Trois hommes ont été placés sous mandat d'arrêt à Namur.",
        expect(row("in_custody", 3, "BE", sex="male")),
    ),
    (
        "cases_opened",
        "Le parquet de Charleroi a ouvert 17 dossiers depuis janvier.",
        expect(row("cases_opened", 17, "BE")),
    ),
    (
        "victims_identified_and_arrests_in_one_sentence",
        "Les policiers ont secouru 14 enfants et interpellé 6 trafiquants en Roumanie.",
        expect(row("victims_identified", 14, "RO"), row("arrested", 6, "RO")),
    ),
    (
        "items_of_a_list_of_countries_share_the_verb",
        "Les policiers ont interpellé 8 suspects en Italie, 3 en Autriche et 6 en Croatie.",
        expect(row("arrested", 8, "IT"), row("arrested", 3, "AT"), row("arrested", 6, "HR")),
    ),
    (
        "searches_in_a_list_of_countries_are_all",
        "La police a mené 60 perquisitions en Belgique, aux Pays-Bas et en Allemagne.",
        expect(row("locations_searched", 60)),
    ),
    (
        "international_operation_is_all",
        "Lors d'une opération internationale menée dans 12 pays, la police a arrêté 90 personnes.",
        expect(row("arrested", 90), row("jurisdictions_involved", 12)),
    ),
    (
        "age_range_opening_the_sentence_with_an_unaccented_capital",
        "La police a interpellé 310 personnes. Agés de 19 à 70 ans, les suspects sont "
        "ouvriers ou enseignants.",
        expect(row("arrested", 310), row("youngest_age", 19), row("oldest_age", 70)),
    ),
]


@cases(FRENCH_CONSTRUCTIONS)
def test_french_constructions(text, expected):
    assert facts_of(french(text)) == expected


NOT_COUNTS = [
    (
        "an_age_and_a_prison_term",
        "L'homme, âgé de 45 ans, a été condamné à 10 ans de prison à Rennes.",
    ),
    ("a_legal_range_of_years", "Les prévenus encourent une peine de 5 à 10 ans de prison."),
    ("a_date", "Le 12 juin 2024, les enquêteurs ont rencontré le juge à Rennes."),
    ("a_range_of_days", "Les fouilles se sont déroulées du 3 au 7 mars à Lyon."),
    ("money", "L'amende infligée à la société s'élève à 5 000 euros à Marseille."),
    ("a_percentage", "Environ 15 % des suspects avaient un casier judiciaire."),
    ("an_article_is_no_count", "Un homme a été interpellé à Nice après une longue enquête."),
    ("a_decimal_with_a_comma", "Plus de 1,5 million de fichiers ont été analysés à Paris."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_french_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(french(text)) == []


def test_a_date_in_french_is_no_count_beside_an_arrest():
    text = "Le 12 juin 2024, la police a interpellé 4 personnes à Toulouse."
    assert facts_of(french(text)) == expect(row("arrested", 4, "FR"))


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("Trente et un", 31.0),
        ("Trente-et-un", 31.0),
        ("Soixante-dix-huit", 78.0),
        ("Quatre-vingts", 80.0),
        ("Quatre-vingt-treize", 93.0),
        ("Nonante-deux", 92.0),
        ("Deux cent quatre-vingts", 280.0),
        ("Trois mille", 3000.0),
    ],
)
def test_french_number_words(token, value):
    assert numbers(french(f"{token} personnes ont été entendues.")) == [(token, value)]


def test_french_words_are_not_read_in_english():
    """'neuf' is nine in French, a word of a name in English."""
    english = (
        "Detectives said the suspects had met for months in a rented flat above a café called "
        "Le Neuf in the old town, according to court documents seen by reporters, and officers "
        "arrested 4 men there on Friday."
    )
    assert documents(english)["language"][0] == "en"
    assert numbers(english) == [("4", 4.0)]
    assert numbers(french("Neuf personnes ont été entendues.")) == [("Neuf", 9.0)]


# A count whose event the sentence denies (`negation` in function_words.csv) gives no
# fact; a word for "only" or "fewer" after the negation denies nothing.
FRENCH_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "Les gendarmes ont interpellé 6 hommes, mais deux suspects n'ont pas été interpellés.",
        expect(row("arrested", 6, sex="male")),
    ),
    (
        "no_fewer_than_is_no_negation",
        "Pas moins de 40 personnes ont été interpellées dans toute la France.",
        expect(row("arrested", 40, "FR", qualifier="at_least")),
    ),
]


@cases(FRENCH_NEGATIONS)
def test_french_negated_events_give_no_facts(text, expected):
    assert facts_of(french(text)) == expected


# "nine of them in Argentina": a count followed by the language's "of them" (a
# `count_end` word, then a place, a conjunction or the clause's end) counts a part of
# the count before it, whose noun and event it leaves out; a verb of its own after
# "of them" is no part of that event.
FRENCH_PARTS_OF_THEM = [
    (
        "part_of_them_in_a_place",
        "Au total, 30 personnes ont été interpellées, douze d'entre elles en Belgique.",
        expect(row("arrested", 12, "BE"), row("arrested", 30, "BE")),
    ),
    (
        "dont_before_a_part_with_a_verb_of_its_own",
        "Les gendarmes ont interpellé 14 personnes, dont 3 ont été mises en examen.",
        expect(row("arrested", 14), row("charged", 3)),
    ),
    (
        "dont_before_parts_with_nouns_of_their_own",
        "Ils ont saisi 40 appareils, dont 12 ordinateurs et 20 téléphones.",
        expect(
            row("devices_seized", 12, device="computer"),
            row("devices_seized", 20, device="mobile_phone"),
            row("devices_seized", 40),
        ),
    ),
]


@cases(FRENCH_PARTS_OF_THEM)
def test_french_parts_of_them(text, expected):
    assert facts_of(french(text)) == expected


# Headlines tell an operation in the present ("La police interpelle …"): the
# third-person present of the events' verbs counts as their participle does.
FRENCH_PRESENT_TENSE = [
    (
        "arrest_in_the_present_singular",
        "La gendarmerie interpelle 9 personnes dans le Nord.",
        expect(row("arrested", 9)),
    ),
    (
        "arrest_in_the_present_plural",
        "Les policiers arrêtent six hommes à leur domicile.",
        expect(row("arrested", 6, sex="male")),
    ),
    (
        "seizure_in_the_present",
        "Les enquêteurs saisissent 40 ordinateurs et la police saisit 3 tablettes.",
        expect(
            row("devices_seized", 40, device="computer"),
            row("devices_seized", 3, device="tablet"),
        ),
    ),
    (
        "identification_in_the_present",
        "Les enquêteurs identifient 11 victimes.",
        expect(row("victims_identified", 11)),
    ),
    (
        "charge_in_the_present",
        "Le juge met en examen 3 hommes.",
        expect(row("charged", 3, sex="male")),
    ),
    (
        "present_verb_without_a_count",
        "La police interpelle le conducteur du véhicule.",
        expect(),
    ),
]


@cases(FRENCH_PRESENT_TENSE)
def test_french_events_in_the_present(text, expected):
    assert facts_of(french(text)) == expected


# A group's ages said with "avoir": "ils ont entre 22 et 67 ans"; a prison term with
# "entre … et … ans" after another verb is no age.
FRENCH_AGES_WITH_AVOIR = [
    (
        "ages_with_avoir",
        "Les 8 hommes interpellés ont entre 22 et 67 ans.",
        expect(row("arrested", 8, sex="male"), row("youngest_age", 22), row("oldest_age", 67)),
    ),
    (
        "ages_with_avoir_in_the_past",
        "Les 5 suspects arrêtés avaient entre 30 ans et 58 ans.",
        expect(row("arrested", 5), row("youngest_age", 30), row("oldest_age", 58)),
    ),
    (
        "a_prison_term_is_no_age",
        "Les 8 hommes interpellés risquent entre 2 et 5 ans de prison.",
        expect(row("arrested", 8, sex="male")),
    ),
]


@cases(FRENCH_AGES_WITH_AVOIR)
def test_french_ages_with_avoir(text, expected):
    assert facts_of(french(text)) == expected


# "arrêter" in the infinitive after "permis de", "réussi à"; a group's ages in a sentence of
# their own ("Tous âgés de 20 à 60 ans", "le plus jeune … le plus âgé").
FRENCH_WORDS_OF_RECENT_REPORTS = [
    (
        "arrest_in_the_infinitive",
        "L'enquête a permis d'arrêter 14 personnes à Lyon.",
        expect(row("arrested", 14, "FR")),
    ),
    (
        "infinitive_after_reussi_a",
        "Les gendarmes ont réussi à arrêter neuf suspects.",
        expect(row("arrested", 9)),
    ),
    (
        "all_of_them_aged_in_a_sentence_of_its_own",
        "Sept hommes ont été interpellés à Nantes. Tous âgés de 23 à 62 ans.",
        expect(
            row("arrested", 7, "FR", sex="male"),
            row("youngest_age", 23, "FR"),
            row("oldest_age", 62, "FR"),
        ),
    ),
    (
        "the_youngest_and_the_oldest",
        "Le plus jeune a 18 ans et le plus âgé 70.",
        expect(row("youngest_age", 18), row("oldest_age", 70)),
    ),
]


@cases(FRENCH_WORDS_OF_RECENT_REPORTS)
def test_french_words_of_recent_reports(text, expected):
    assert facts_of(french(text)) == expected
