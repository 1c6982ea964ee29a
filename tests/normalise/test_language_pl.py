"""Rules in Polish: `pipeline/vocab/pl/` read for Polish documents through the same
constructions as English. Invented sentences, each after a line of prose with no figure in
it (a single sentence is too short for the language to be told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row

FRAME = (
    "Śledztwo rozpoczęło się kilka miesięcy temu po zgłoszeniu organizacji zajmującej się "
    "ochroną dzieci, jak poinformowali w poniedziałek przedstawiciele policji.\n"
)


def polish(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_polish():
    assert documents(polish("Policjanci zatrzymali 3 osoby."))["language"][0] == "pl"


POLISH_CONSTRUCTIONS = [
    (
        "verb_and_object_men_and_women",
        "Policjanci zatrzymali 12 mężczyzn i 3 kobiety w Krakowie.",
        expect(row("arrested", 12, "PL", sex="male"), row("arrested", 3, "PL", sex="female")),
    ),
    (
        "impersonal_verb_and_a_total",
        "W czwartek zatrzymano łącznie 27 osób w Poznaniu.",
        expect(row("arrested", 27, "PL")),
    ),
    (
        "count_and_participle",
        "Podczas akcji 15 osób zostało zatrzymanych na terenie województwa mazowieckiego.",
        expect(row("arrested", 15, "PL")),
    ),
    (
        "searches_phones_and_computers",
        "Funkcjonariusze przeprowadzili 40 przeszukań i zabezpieczyli 75 telefonów "
        "komórkowych oraz 120 komputerów.",
        expect(
            row("locations_searched", 40),
            row("devices_seized", 75, device="mobile_phone"),
            row("devices_seized", 120, device="computer"),
        ),
    ),
    (
        "nominal_event",
        "Doszło do zatrzymania 31 osób w Gdańsku.",
        expect(row("arrested", 31, "PL")),
    ),
    (
        "number_words_and_qualifier",
        "Zatrzymano dwadzieścia trzy osoby i zabezpieczono ponad 1200 plików wideo.",
        expect(row("arrested", 23), row("files_seized", 1200, qualifier="at_least")),
    ),
    (
        "thousands_in_words",
        "Zabezpieczono 3 tysiące zdjęć.",
        expect(row("files_seized", 3000)),
    ),
    (
        "ages_from_to",
        "Zatrzymani, w wieku od 19 do 64 lat, trafili do prokuratury w Lublinie.",
        expect(row("youngest_age", 19, "PL"), row("oldest_age", 64, "PL")),
    ),
    (
        "officers_taking_part",
        "W działaniach wzięło udział blisko 200 policjantów.",
        expect(row("officers_deployed", 200, qualifier="approximately")),
    ),
    (
        "country_named_in_the_language",
        "Niemiecka policja zatrzymała 7 osób w Niemczech.",
        expect(row("arrested", 7, "DE")),
    ),
    (
        "international_operation_is_all",
        "W międzynarodowej operacji w 12 krajach zatrzymano 90 osób.",
        expect(row("arrested", 90), row("jurisdictions_involved", 12)),
    ),
    (
        "charged_and_a_subset_in_custody",
        "Zarzuty usłyszało 18 osób, a 5 z nich zostało tymczasowo aresztowanych.",
        expect(row("charged", 18), row("in_custody", 5)),
    ),
    (
        "head_first_a_noun_after_the_counted_one_begins_the_next_clause",
        "Podczas 40 przeszukań policjanci zabezpieczyli w Gdańsku laptopy.",
        expect(row("locations_searched", 40, "PL")),
    ),
    (
        "head_first_the_suspects_are_men",
        "W Poznaniu zatrzymano 6 mężczyzn podejrzanych o rozpowszechnianie pornografii.",
        expect(row("arrested", 6, "PL", sex="male", role="distribution")),
    ),
    (
        "suspected_of",
        "W Lublinie 14 osób jest podejrzewanych o posiadanie pornografii dziecięcej.",
        expect(row("suspects_identified", 14, "PL", role="possession")),
    ),
    (
        "proceedings_against",
        "Prokuratura w Opolu podjęła czynności procesowe wobec 9 osób.",
        expect(row("investigated", 9, "PL")),
    ),
    (
        "an_abbreviated_scale_word_before_the_noun",
        "Policjanci z Gdyni zabezpieczyli ponad 40 tys. zdjęć.",
        expect(row("files_seized", 40000, "PL", qualifier="at_least")),
    ),
]


@cases(POLISH_CONSTRUCTIONS)
def test_polish_constructions(text, expected):
    assert facts_of(polish(text)) == expected


NOT_COUNTS = [
    ("an_age_and_a_prison_term", "Mężczyzna w wieku 45 lat został skazany na 10 lat więzienia."),
    ("a_range_of_prison_terms", "Za to przestępstwo grozi kara od 3 miesięcy do lat 5."),
    ("a_date", "Dnia 12 czerwca 2024 roku funkcjonariusze złożyli zeznania przed sądem."),
    ("money", "Grzywna nałożona na firmę wyniosła 5000 złotych."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_polish_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(polish(text)) == []


# A count whose event the sentence denies (`negation` in function_words.csv) gives no
# fact; a word for "only" or "fewer" after the negation denies nothing.
POLISH_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "Policja zatrzymała 5 mężczyzn, ale dwóch innych podejrzanych nie zatrzymano.",
        expect(row("arrested", 5, "PL", sex="male")),
    ),
    (
        "not_only_is_no_negation",
        "Nie tylko zatrzymano 3 mężczyzn, policjanci przeszukali także 6 mieszkań.",
        expect(row("arrested", 3, sex="male"), row("locations_searched", 6)),
    ),
]


@cases(POLISH_NEGATIONS)
def test_polish_negated_events_give_no_facts(text, expected):
    assert facts_of(polish(text)) == expected


# "nine of them in Argentina": a count followed by the language's "of them" (a
# `count_end` word, then a place, a conjunction or the clause's end) counts a part of
# the count before it, whose noun and event it leaves out; a verb of its own after
# "of them" is no part of that event.
POLISH_PARTS_OF_THEM = [
    (
        "part_of_them_in_a_place",
        "Łącznie zatrzymano 30 osób, 12 z nich w Niemczech.",
        expect(row("arrested", 12, "DE"), row("arrested", 30, "DE")),
    ),
]


@cases(POLISH_PARTS_OF_THEM)
def test_polish_parts_of_them(text, expected):
    assert facts_of(polish(text)) == expected


POLISH_CUSTODY_AND_TAKING = [
    (
        "temporary_custody_in_the_nominative",
        "Sąd zastosował tymczasowy areszt wobec 6 podejrzanych.",
        expect(row("in_custody", 6)),
    ),
    (
        "sent_to_custody",
        "Czterech mężczyzn trafiło do aresztu w Lublinie.",
        expect(row("in_custody", 4, "PL", sex="male")),
    ),
    (
        "taken_over_devices_perfective",
        "Policjanci przejęli 30 telefonów i 12 laptopów.",
        expect(
            row("devices_seized", 30, device="mobile_phone"),
            row("devices_seized", 12, device="laptop"),
        ),
    ),
    (
        "taking_over_a_case_is_no_seizure",
        "Prokuratura przejęła śledztwo w sprawie 5 podejrzanych.",
        expect(),
    ),
]


@cases(POLISH_CUSTODY_AND_TAKING)
def test_polish_custody_and_taking(text, expected):
    assert facts_of(polish(text)) == expected


POLISH_BUSINESS_PREMISES = [
    (
        "searched_firms_and_offices",
        "Policjanci przeszukali 12 firm i 3 biura.",
        expect(row("locations_searched", 12), row("locations_searched", 3)),
    ),
    (
        "searches_in_firms_locative",
        "W 12 firmach przeprowadzono przeszukania.",
        expect(row("locations_searched", 12)),
    ),
    ("firms_cooperating_are_no_searches", "Z policją współpracuje 20 firm.", expect()),
]


@cases(POLISH_BUSINESS_PREMISES)
def test_polish_business_premises(text, expected):
    assert facts_of(polish(text)) == expected


# The officers of the cybercrime bureau are "cyberpolicjanci", uniformed officers
# "mundurowi", in their case forms.
POLISH_OFFICER_WORDS = [
    (
        "cyber_officers",
        "W akcji w Krakowie wzięło udział 45 cyberpolicjantów.",
        expect(row("officers_deployed", 45, "PL")),
    ),
    (
        "uniformed_officers",
        "W działaniach w Gdańsku uczestniczyło 120 mundurowych.",
        expect(row("officers_deployed", 120, "PL")),
    ),
]


@cases(POLISH_OFFICER_WORDS)
def test_polish_officer_words(text, expected):
    assert facts_of(polish(text)) == expected


# Events told by their verbal nouns (-nie), in their case forms: "ujawnienie" (finding),
# "zabezpieczenie" (seizure), "uratowanie" (rescue), "zidentyfikowanie" (identification),
# "przedstawienie zarzutów" (charging), as the verbs they are made from.
POLISH_VERBAL_NOUNS = [
    (
        "finding_of_files",
        "Analiza w Łodzi pozwoliła na ujawnienie około 9,5 tysiąca plików.",
        expect(row("files_seized", 9500, "PL", qualifier="approximately")),
    ),
    (
        "seizure_of_media",
        "Akcja zakończyła się zabezpieczeniem 270 nośników danych w Poznaniu.",
        expect(row("devices_seized", 270, "PL", device="storage_device")),
    ),
    (
        "rescue_of_children",
        "Operacja w Gdańsku doprowadziła do uratowania 6 dzieci.",
        expect(row("victims_identified", 6, "PL")),
    ),
    (
        "identification_of_offenders",
        "Dzięki zidentyfikowaniu 8 sprawców w Lublinie śledztwo przyspieszyło.",
        expect(row("suspects_identified", 8, "PL")),
    ),
    (
        "charging",
        "Po przedstawieniu zarzutów 15 osobom w Opolu sprawa trafiła do sądu.",
        expect(row("charged", 15, "PL")),
    ),
]


@cases(POLISH_VERBAL_NOUNS)
def test_polish_verbal_nouns(text, expected):
    assert facts_of(polish(text)) == expected
