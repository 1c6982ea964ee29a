"""Rules in Czech: `pipeline/vocab/cs/` read for Czech documents through the same
constructions as English. Invented sentences, each after a line of prose with no figure in
it (a single sentence is too short for the language to be told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row

FRAME = (
    "Vyšetřování začalo před několika měsíci na základě oznámení organizace, která se zabývá "
    "ochranou dětí, jak v pondělí uvedli zástupci policie.\n"
)


def czech(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_czech():
    assert documents(czech("Policisté zadrželi 3 osoby."))["language"][0] == "cs"


CZECH_CONSTRUCTIONS = [
    (
        "verb_and_object_men_and_women",
        "Policisté zadrželi 12 mužů a 3 ženy v Brně.",
        expect(row("arrested", 12, "CZ", sex="male"), row("arrested", 3, "CZ", sex="female")),
    ),
    (
        "passive_neuter_and_a_total",
        "Ve čtvrtek bylo zadrženo celkem 27 osob v Ostravě.",
        expect(row("arrested", 27, "CZ")),
    ),
    (
        "count_then_participle_in_a_region",
        "Během akce bylo 15 osob zadrženo na území Jihomoravského kraje.",
        expect(row("arrested", 15, "CZ")),
    ),
    (
        "house_searches_phones_and_computers",
        "Kriminalisté provedli 40 domovních prohlídek a zajistili 75 mobilních telefonů "
        "a 120 počítačů.",
        expect(
            row("locations_searched", 40),
            row("devices_seized", 75, device="mobile_phone"),
            row("devices_seized", 120, device="computer"),
        ),
    ),
    (
        "nominal_event",
        "Policie oznámila zadržení 31 osob v Plzni.",
        expect(row("arrested", 31, "CZ")),
    ),
    (
        "number_words_and_qualifier",
        "Zadrženo bylo dvacet tři osob a zajištěno více než 1200 videosouborů.",
        expect(row("arrested", 23), row("files_seized", 1200, qualifier="at_least")),
    ),
    (
        "inverted_number_word",
        "Policisté zadrželi čtyřiadvacet lidí.",
        expect(row("arrested", 24)),
    ),
    (
        "thousands_in_words",
        "Zajištěno bylo 3 tisíce fotografií.",
        expect(row("files_seized", 3000)),
    ),
    (
        "space_grouped_thousands",
        "Při akci bylo zajištěno 250 000 fotografií a videí.",
        expect(row("files_seized", 250000)),
    ),
    (
        "decimal_comma_and_million",
        "Zajištěno bylo 1,5 milionu souborů.",
        expect(row("files_seized", 1500000)),
    ),
    (
        "abbreviated_thousands",
        "Kriminalisté zajistili přes 40 tis. fotografií.",
        expect(row("files_seized", 40000, qualifier="at_least")),
    ),
    (
        "ages_from_to",
        "Zadržení ve věku od 19 do 64 let skončili u státního zastupitelství v Olomouci.",
        expect(row("youngest_age", 19, "CZ"), row("oldest_age", 64, "CZ")),
    ),
    (
        "indicted_men_aged_between",
        "Obžalováno bylo 11 mužů ve věku 23 až 58 let.",
        expect(row("charged", 11, sex="male"), row("youngest_age", 23), row("oldest_age", 58)),
    ),
    (
        "officers_taking_part",
        "Akce se zúčastnilo přibližně 200 policistů.",
        expect(row("officers_deployed", 200, qualifier="approximately")),
    ),
    (
        "members_of_the_police",
        "Na operaci se podílelo 120 příslušníků policie.",
        expect(row("officers_deployed", 120)),
    ),
    (
        "country_named_in_the_locative",
        "Německá policie zadržela 7 osob v Německu.",
        expect(row("arrested", 7, "DE")),
    ),
    (
        "countries_in_a_list_with_commas",
        "Španělská policie zadržela 8 osob ve Španělsku, 3 osoby v Portugalsku.",
        expect(row("arrested", 8, "ES"), row("arrested", 3, "PT")),
    ),
    (
        "lead_in_places",
        "Na Slovensku bylo zadrženo 9 osob, v Rakousku 4 osoby.",
        expect(row("arrested", 9, "SK"), row("arrested", 4, "AT")),
    ),
    (
        "international_operation_is_all",
        "V mezinárodní operaci ve 12 zemích bylo zadrženo 90 osob.",
        expect(row("arrested", 90), row("jurisdictions_involved", 12)),
    ),
    (
        "countries_taking_part",
        "Do operace se zapojilo 14 zemí.",
        expect(row("jurisdictions_involved", 14)),
    ),
    (
        "charged_and_a_part_remanded",
        "Obviněno bylo 18 osob a 5 z nich bylo vzato do vazby.",
        expect(row("charged", 18), row("in_custody", 5)),
    ),
    (
        "a_total_and_its_sex_breakdown",
        "Policie zadržela 111 osob (105 mužů a 6 žen).",
        expect(
            row("arrested", 111), row("arrested", 105, sex="male"), row("arrested", 6, sex="female")
        ),
    ),
    (
        "of_whom_women",
        "Při razii bylo zadrženo 13 osob, z toho 2 ženy.",
        expect(row("arrested", 13), row("arrested", 2, sex="female")),
    ),
    (
        "suspected_of_distribution",
        "V Brně kriminalisté zadrželi 6 mužů podezřelých z šíření dětské pornografie.",
        expect(row("arrested", 6, "CZ", sex="male", role="distribution")),
    ),
    (
        "suspected_of_possession",
        "V Liberci je 14 osob podezřelých z držení dětské pornografie.",
        expect(row("suspects_identified", 14, "CZ", role="possession")),
    ),
    (
        "charged_with_production",
        "Policie obvinila 3 muže z výroby dětské pornografie.",
        expect(row("charged", 3, sex="male", role="production")),
    ),
    (
        "offenders_identified_and_children_rescued",
        "Policisté identifikovali 8 pachatelů a zachránili 6 dětí.",
        expect(row("suspects_identified", 8), row("victims_identified", 6)),
    ),
    (
        "victims_identified",
        "Policisté ztotožnili 14 obětí.",
        expect(row("victims_identified", 14)),
    ),
    (
        "laptops_tablets_flash_drives",
        "Policisté zajistili 5 notebooků, 3 tablety a 12 flash disků.",
        expect(
            row("devices_seized", 5, device="laptop"),
            row("devices_seized", 3, device="tablet"),
            row("devices_seized", 12, device="storage_device"),
        ),
    ),
    (
        "hard_drives_usb_sticks_routers",
        "Kriminalisté zajistili 14 pevných disků, 9 USB flash disků a 2 routery.",
        expect(
            row("devices_seized", 14, device="hard_drive"),
            row("devices_seized", 9, device="storage_device"),
            row("devices_seized", 2, device="router"),
        ),
    ),
    (
        "flats_and_firms_searched",
        "Celkem bylo prohledáno 25 bytů a 4 firmy.",
        expect(row("locations_searched", 25), row("locations_searched", 4)),
    ),
    (
        "searches_of_other_premises",
        "Policisté provedli 17 domovních prohlídek a 4 prohlídky jiných prostor.",
        expect(row("locations_searched", 17), row("locations_searched", 4)),
    ),
    (
        "convicted",
        "Soud odsoudil 4 muže.",
        expect(row("convicted", 4, sex="male")),
    ),
    (
        "remanded_in_custody",
        "Ve vazbě skončili čtyři muži.",
        expect(row("in_custody", 4, sex="male")),
    ),
    (
        "websites_blocked",
        "Policie zablokovala 30 webových stránek.",
        expect(row("websites_blocked", 30)),
    ),
    (
        "criminal_proceedings_opened",
        "Zahájeno bylo 12 trestních řízení.",
        expect(row("cases_opened", 12)),
    ),
]


@cases(CZECH_CONSTRUCTIONS)
def test_czech_constructions(text, expected):
    assert facts_of(czech(text)) == expected


NOT_COUNTS = [
    ("an_age_and_a_prison_term", "Muž ve věku 45 let byl odsouzen k 10 letům vězení."),
    (
        "a_range_of_prison_terms",
        "Za tento trestný čin hrozí trest odnětí svobody od 2 do 8 let.",
    ),
    ("a_date", "Dne 12. června 2024 policisté vypovídali před soudem."),
    ("money", "Pokuta uložená firmě činila 5000 korun."),
    ("an_article_of_the_code", "Podle § 192 trestního zákoníku hrozí pachateli až 5 let."),
    ("an_age_in_one_word_and_counts_of_charges", "Obviněný 45letý muž čelí 3 obviněním."),
    ("witnesses_are_no_suspects", "Vyšetřovatelé vyslechli 40 svědků."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_czech_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(czech(text)) == []


CZECH_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "Policie zadržela 5 mužů, další dva podezřelí nebyli zadrženi.",
        expect(row("arrested", 5, sex="male")),
    ),
]


@cases(CZECH_NEGATIONS)
def test_czech_negated_events_give_no_facts(text, expected):
    assert facts_of(czech(text)) == expected
