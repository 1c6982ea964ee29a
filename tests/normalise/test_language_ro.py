"""Rules in Romanian: `pipeline/vocab/ro/` read for Romanian documents through the same
constructions as English. Invented sentences, each after a line of prose with no figure in
it (a single sentence is too short for the language to be told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row

FRAME = (
    "Ancheta a început în urmă cu câteva luni, după sesizarea unei organizații care se ocupă "
    "de protecția copiilor, au anunțat reprezentanții poliției într-un comunicat de presă.\n"
)


def romanian(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_romanian():
    assert documents(romanian("Polițiștii au reținut 3 persoane."))["language"][0] == "ro"


ROMANIAN_CONSTRUCTIONS = [
    (
        "verb_and_object_men_and_women",
        "Polițiștii au reținut 12 bărbați și 3 femei în Cluj.",
        expect(row("arrested", 12, "RO", sex="male"), row("arrested", 3, "RO", sex="female")),
    ),
    (
        "passive_verb_before_the_count_and_a_total",
        "Joi au fost reținute în total 27 de persoane la Iași.",
        expect(row("arrested", 27, "RO")),
    ),
    (
        "count_and_participle",
        "În urma acțiunii, 15 persoane au fost reținute pe raza județului Timiș.",
        expect(row("arrested", 15, "RO")),
    ),
    (
        "searches_phones_and_computers",
        "Polițiștii au efectuat 40 de percheziții domiciliare și au ridicat 75 de telefoane "
        "mobile și 120 de calculatoare.",
        expect(
            row("locations_searched", 40),
            row("devices_seized", 75, device="mobile_phone"),
            row("devices_seized", 120, device="computer"),
        ),
    ),
    (
        "nominal_event_with_its_genitive_a",
        "Procurorii au dispus reținerea a 31 de persoane în Constanța.",
        expect(row("arrested", 31, "RO")),
    ),
    (
        "number_words_and_qualifier",
        "Au fost reținute douăzeci și trei de persoane și au fost descoperite peste 1.200 de "
        "fișiere video.",
        expect(row("arrested", 23), row("files_seized", 1200, qualifier="at_least")),
    ),
    (
        "tens_of_thousands_and_hundreds_in_words",
        "Au fost descoperite zeci de mii de fotografii și sute de videoclipuri.",
        expect(
            row("files_seized", 20000, qualifier="at_least"),
            row("files_seized", 200, qualifier="at_least"),
        ),
    ),
    (
        "millions_with_a_decimal_comma",
        "Anchetatorii au descoperit 1,5 milioane de fișiere.",
        expect(row("files_seized", 1500000)),
    ),
    (
        "ages_between_and",
        "Suspecții, cu vârste cuprinse între 19 și 64 de ani, au fost duși la Parchetul din Cluj.",
        expect(row("youngest_age", 19, "RO"), row("oldest_age", 64, "RO")),
    ),
    (
        "officers_taking_part",
        "La acțiune au participat aproape 200 de polițiști.",
        expect(row("officers_deployed", 200, qualifier="approximately")),
    ),
    (
        "country_named_in_the_language",
        "Poliția germană a reținut 7 persoane în Germania.",
        expect(row("arrested", 7, "DE")),
    ),
    (
        "international_operation_is_all",
        "În cadrul unei operațiuni internaționale desfășurate în 12 țări au fost reținute 90 de "
        "persoane.",
        expect(row("arrested", 90), row("jurisdictions_involved", 12)),
    ),
    (
        "charged_and_a_subset_remanded_in_custody",
        "Procurorii au pus sub acuzare 18 persoane, iar 5 dintre acestea au fost arestate "
        "preventiv.",
        expect(row("charged", 18), row("in_custody", 5)),
    ),
    (
        "suspected_of_possession",
        "La Brașov, 14 persoane sunt suspectate de deținere de pornografie infantilă.",
        expect(row("suspects_identified", 14, "RO", role="possession")),
    ),
    (
        "men_suspected_of_distribution",
        "La Oradea au fost reținuți 6 bărbați suspectați de distribuirea de materiale "
        "pornografice cu minori.",
        expect(row("arrested", 6, "RO", sex="male", role="distribution")),
    ),
    (
        "investigated_without_arrest",
        "Alte 9 persoane sunt cercetate în stare de libertate la Sibiu.",
        expect(row("investigated", 9, "RO")),
    ),
    (
        "victims_identified",
        "Anchetatorii au identificat 6 victime minore în Galați.",
        expect(row("victims_identified", 6, "RO")),
    ),
    (
        "laptops_hard_drives_and_sticks",
        "Au fost ridicate 30 de laptopuri, 12 hard disk-uri și 45 de stick-uri USB.",
        expect(
            row("devices_seized", 30, device="laptop"),
            row("devices_seized", 12, device="hard_drive"),
            row("devices_seized", 45, device="storage_device"),
        ),
    ),
    (
        "a_country_in_the_genitive",
        "Pe teritoriul Spaniei au fost reținuți 11 suspecți.",
        expect(row("arrested", 11, "ES")),
    ),
    (
        "sex_breakdown_in_brackets",
        "Au fost reținute 20 de persoane (17 bărbați și 3 femei).",
        expect(
            row("arrested", 20),
            row("arrested", 17, sex="male"),
            row("arrested", 3, sex="female"),
        ),
    ),
    (
        "search_warrants_executed",
        "Au fost puse în executare 25 de mandate de percheziție.",
        expect(row("locations_searched", 25)),
    ),
    (
        "accounts_identified",
        "Anchetatorii au identificat peste 300 de conturi de utilizator.",
        expect(row("accounts_identified", 300, qualifier="at_least")),
    ),
    (
        "websites_blocked",
        "Au fost blocate 15 site-uri.",
        expect(row("websites_blocked", 15)),
    ),
    (
        "written_without_diacritics",
        "Politistii au retinut 8 persoane si au efectuat 10 perchezitii.",
        expect(row("arrested", 8), row("locations_searched", 10)),
    ),
    (
        "written_with_cedillas",
        "Poliţiştii au reţinut 4 bărbaţi la Bucureşti.",
        expect(row("arrested", 4, "RO", sex="male")),
    ),
    (
        "criminal_files_opened",
        "Polițiștii au întocmit 12 dosare penale.",
        expect(row("cases_opened", 12)),
    ),
    (
        "up_to_and_about",
        "Au fost descoperite aproximativ 5.000 de imagini și până la 200 de videoclipuri.",
        expect(
            row("files_seized", 5000, qualifier="approximately"),
            row("files_seized", 200, qualifier="at_most"),
        ),
    ),
    (
        "in_a_number_of",
        "Au fost audiate un număr de 25 de persoane.",
        expect(row("investigated", 25)),
    ),
]


@cases(ROMANIAN_CONSTRUCTIONS)
def test_romanian_constructions(text, expected):
    assert facts_of(romanian(text)) == expected


NOT_COUNTS = [
    (
        "an_age_and_a_prison_term",
        "Un bărbat de 45 de ani a fost condamnat la 10 ani de închisoare.",
    ),
    ("a_range_of_prison_terms", "Faptele se pedepsesc cu închisoare de la 3 la 10 ani."),
    ("a_date", "Pe 12 iunie 2024, polițiștii au depus mărturie în fața instanței."),
    ("money", "Amenda aplicată firmei a fost de 5.000 de lei."),
    ("an_article_of_the_code", "Potrivit art. 374 din Codul penal, faptele sunt grave."),
    ("a_count_of_offences", "Inculpatul este acuzat de 3 infracțiuni."),
    ("a_new_operation_is_no_nine", "Polițiștii au anunțat o nouă percheziție."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_romanian_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(romanian(text)) == []


# A count whose event the sentence denies (`negation` in function_words.csv) gives no fact.
ROMANIAN_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "Polițiștii au reținut 5 bărbați, dar alți doi suspecți nu au fost reținuți.",
        expect(row("arrested", 5, sex="male")),
    ),
]


@cases(ROMANIAN_NEGATIONS)
def test_romanian_negated_events_give_no_facts(text, expected):
    assert facts_of(romanian(text)) == expected


# "12 dintre ele în Germania": a part of the count before it, in a place of its own.
ROMANIAN_PARTS_OF_THEM = [
    (
        "part_of_them_in_a_place",
        "În total au fost reținute 30 de persoane, 12 dintre ele în Germania.",
        expect(row("arrested", 12, "DE"), row("arrested", 30, "DE")),
    ),
]


@cases(ROMANIAN_PARTS_OF_THEM)
def test_romanian_parts_of_them(text, expected):
    assert facts_of(romanian(text)) == expected


# Remand in custody ("arestare preventivă") is not the police's 24-hour detention
# ("reținere"); searches of suspects' homes count the homes; roles named by the long
# infinitive ("racolarea", "producerea") or a verb of live transmission.
ROMANIAN_CUSTODY_SEARCHES_AND_ROLES = [
    (
        "remanded_in_custody_by_a_judge",
        "Judecătorii au dispus arestarea preventivă a 7 inculpați.",
        expect(row("in_custody", 7)),
    ),
    (
        "detained_for_24_hours_is_an_arrest",
        "Procurorii au dispus reținerea pentru 24 de ore a 12 suspecți din Iași.",
        expect(row("arrested", 12, "RO")),
    ),
    (
        "homes_of_suspects_searched",
        "Au fost percheziționate domiciliile a 9 suspecți din Cluj.",
        expect(row("locations_searched", 9, "RO")),
    ),
    (
        "raids",
        "Au fost efectuate 30 de descinderi.",
        expect(row("locations_searched", 30)),
    ),
    (
        "computer_searches_are_no_places",
        "S-au efectuat 12 percheziții informatice.",
        expect(),
    ),
    (
        "grooming",
        "Au fost reținuți 4 bărbați suspectați de racolarea minorilor în scopuri sexuale.",
        expect(row("arrested", 4, sex="male", role="grooming")),
    ),
    (
        "production",
        "Trei persoane sunt cercetate pentru producerea de materiale pornografice cu minori.",
        expect(row("investigated", 3, role="production")),
    ),
    (
        "livestreaming",
        "Polițiștii au reținut 2 suspecți care transmiteau în direct abuzuri asupra copiilor.",
        expect(row("arrested", 2, role="livestreaming")),
    ),
    (
        "special_forces_officers",
        "La acțiune au participat 40 de luptători SIAS.",
        expect(row("officers_deployed", 40)),
    ),
    (
        "all_of_them_men",
        "Au fost reținuți 7 suspecți, toți bărbați.",
        expect(row("arrested", 7, sex="male")),
    ),
    (
        "girls_rescued",
        "Polițiștii au salvat 4 fetițe.",
        expect(row("victims_identified", 4, sex="female")),
    ),
    (
        "counts_per_country",
        "Au fost reținute 14 persoane în Spania, 6 în Italia și 3 în Germania.",
        expect(row("arrested", 14, "ES"), row("arrested", 6, "IT"), row("arrested", 3, "DE")),
    ),
    (
        "a_place_for_each_clause",
        "În Italia au fost reținute 15 persoane, iar în Franța alte 9.",
        expect(row("arrested", 15, "IT"), row("arrested", 9, "FR")),
    ),
    (
        "arrest_warrants_issued_are_no_arrests",
        "Pe numele a 6 persoane au fost emise mandate de arestare.",
        expect(),
    ),
    (
        "officers_who_speak_are_sources",
        "Doi polițiști au declarat că ancheta continuă.",
        expect(),
    ),
]


@cases(ROMANIAN_CUSTODY_SEARCHES_AND_ROLES)
def test_romanian_custody_searches_and_roles(text, expected):
    assert facts_of(romanian(text)) == expected
