"""Rules in Slovak: `pipeline/vocab/sk/` read for Slovak documents through the same
constructions as English. Invented sentences, each after a line of prose with no figure in
it (a single sentence is too short for the language to be told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row

FRAME = (
    "Vyšetrovanie sa začalo pred niekoľkými mesiacmi na základe oznámenia organizácie, ktorá "
    "sa zaoberá ochranou detí, ako v pondelok uviedli zástupcovia polície.\n"
)


def slovak(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_slovak():
    assert documents(slovak("Policajti zadržali 3 osoby."))["language"][0] == "sk"


SLOVAK_CONSTRUCTIONS = [
    (
        "verb_and_object_men_and_women",
        "Policajti zadržali 12 mužov a 3 ženy v Bratislave.",
        expect(row("arrested", 12, "SK", sex="male"), row("arrested", 3, "SK", sex="female")),
    ),
    (
        "impersonal_plural_and_a_total",
        "Vo štvrtok zadržali celkovo 27 osôb v Košiciach.",
        expect(row("arrested", 27, "SK")),
    ),
    (
        "passive_genitive_plural_in_a_region",
        "Počas akcie bolo na území Prešovského kraja zadržaných 15 osôb.",
        expect(row("arrested", 15, "SK")),
    ),
    (
        "house_searches_phones_and_computers",
        "Kriminalisti vykonali 40 domových prehliadok a zaistili 75 mobilných telefónov "
        "a 120 počítačov.",
        expect(
            row("locations_searched", 40),
            row("devices_seized", 75, device="mobile_phone"),
            row("devices_seized", 120, device="computer"),
        ),
    ),
    (
        "nominal_event",
        "Polícia oznámila zadržanie 31 osôb v Žiline.",
        expect(row("arrested", 31, "SK")),
    ),
    (
        "compound_number_word_and_qualifier",
        "Zadržali dvadsaťtri osôb a zaistili viac ako 1200 videosúborov.",
        expect(row("arrested", 23), row("files_seized", 1200, qualifier="at_least")),
    ),
    (
        "thousands_in_words",
        "Zaistených bolo 3 tisíc fotografií.",
        expect(row("files_seized", 3000)),
    ),
    (
        "space_grouped_thousands",
        "Pri zásahu bolo zaistených 250 000 fotografií a videí.",
        expect(row("files_seized", 250000)),
    ),
    (
        "decimal_comma_and_million",
        "Zaistili 1,5 milióna súborov.",
        expect(row("files_seized", 1500000)),
    ),
    (
        "abbreviated_thousands",
        "Kriminalisti zaistili vyše 40 tis. fotografií.",
        expect(row("files_seized", 40000, qualifier="at_least")),
    ),
    (
        "ages_from_to",
        "Zadržaní vo veku od 19 do 64 rokov skončili na prokuratúre v Nitre.",
        expect(row("youngest_age", 19, "SK"), row("oldest_age", 64, "SK")),
    ),
    (
        "indicted_men_aged_between",
        "Obžalovaných bolo 11 mužov vo veku 23 až 58 rokov.",
        expect(row("charged", 11, sex="male"), row("youngest_age", 23), row("oldest_age", 58)),
    ),
    (
        "officers_taking_part",
        "Na akcii sa zúčastnilo približne 200 policajtov.",
        expect(row("officers_deployed", 200, qualifier="approximately")),
    ),
    (
        "members_of_the_police",
        "Na operácii sa podieľalo 120 príslušníkov polície.",
        expect(row("officers_deployed", 120)),
    ),
    (
        "country_named_in_the_locative",
        "Nemecká polícia zadržala 7 osôb v Nemecku.",
        expect(row("arrested", 7, "DE")),
    ),
    (
        "countries_in_a_list_with_commas",
        "Španielska polícia zadržala 8 osôb v Španielsku, 3 osoby v Portugalsku.",
        expect(row("arrested", 8, "ES"), row("arrested", 3, "PT")),
    ),
    (
        "lead_in_places",
        "V Česku zadržali 9 osôb, v Rakúsku 4 osoby.",
        expect(row("arrested", 9, "CZ"), row("arrested", 4, "AT")),
    ),
    (
        "demonym_of_the_police_and_a_country",
        "Slovenskí policajti zadržali 4 mužov v Poľsku.",
        expect(row("arrested", 4, "PL", sex="male")),
    ),
    (
        "international_operation_is_all",
        "V medzinárodnej operácii v 12 krajinách zadržali 90 osôb.",
        expect(row("arrested", 90), row("jurisdictions_involved", 12)),
    ),
    (
        "countries_taking_part",
        "Do operácie sa zapojilo 14 krajín.",
        expect(row("jurisdictions_involved", 14)),
    ),
    (
        "charges_brought_and_a_part_remanded",
        "Obvinenie vzniesli 18 osobám a 5 z nich vzali do väzby.",
        expect(row("charged", 18), row("in_custody", 5)),
    ),
    (
        "bringing_of_charges",
        "Po vznesení obvinenia 15 osobám v Nitre sa prípad dostal na súd.",
        expect(row("charged", 15, "SK")),
    ),
    (
        "a_total_and_its_sex_breakdown",
        "Polícia zadržala 111 osôb (105 mužov a 6 žien).",
        expect(
            row("arrested", 111), row("arrested", 105, sex="male"), row("arrested", 6, sex="female")
        ),
    ),
    (
        "of_whom_women",
        "Pri razii zadržali 13 osôb, z toho 2 ženy.",
        expect(row("arrested", 13), row("arrested", 2, sex="female")),
    ),
    (
        "suspected_of_distribution",
        "V Trnave kriminalisti zadržali 6 mužov podozrivých zo šírenia detskej pornografie.",
        expect(row("arrested", 6, "SK", sex="male", role="distribution")),
    ),
    (
        "suspected_of_possession",
        "V Trenčíne je 14 osôb podozrivých z prechovávania detskej pornografie.",
        expect(row("suspects_identified", 14, "SK", role="possession")),
    ),
    (
        "charged_with_production",
        "Obvinili 3 mužov z výroby detskej pornografie.",
        expect(row("charged", 3, sex="male", role="production")),
    ),
    (
        "offenders_identified_and_children_rescued",
        "Policajti identifikovali 8 páchateľov a zachránili 6 detí.",
        expect(row("suspects_identified", 8), row("victims_identified", 6)),
    ),
    (
        "victims_identified",
        "Policajti stotožnili 14 obetí.",
        expect(row("victims_identified", 14)),
    ),
    (
        "laptops_tablets_usb_keys",
        "Policajti zaistili 5 notebookov, 3 tablety a 12 USB kľúčov.",
        expect(
            row("devices_seized", 5, device="laptop"),
            row("devices_seized", 3, device="tablet"),
            row("devices_seized", 12, device="storage_device"),
        ),
    ),
    (
        "hard_drives_flash_drives_routers",
        "Kriminalisti zaistili 14 pevných diskov, 9 USB flash diskov a 2 routery.",
        expect(
            row("devices_seized", 14, device="hard_drive"),
            row("devices_seized", 9, device="storage_device"),
            row("devices_seized", 2, device="router"),
        ),
    ),
    (
        "flats_and_firms_searched",
        "Celkovo prehľadali 25 bytov a 4 firmy.",
        expect(row("locations_searched", 25), row("locations_searched", 4)),
    ),
    (
        "convicted",
        "Súd odsúdil 4 mužov.",
        expect(row("convicted", 4, sex="male")),
    ),
    (
        "remanded_in_custody",
        "Vo väzbe skončili štyria muži.",
        expect(row("in_custody", 4, sex="male")),
    ),
    (
        "websites_blocked",
        "Polícia zablokovala 30 webových stránok.",
        expect(row("websites_blocked", 30)),
    ),
    (
        "criminal_proceedings_opened",
        "Policajti začali 12 trestných konaní.",
        expect(row("cases_opened", 12)),
    ),
]


@cases(SLOVAK_CONSTRUCTIONS)
def test_slovak_constructions(text, expected):
    assert facts_of(slovak(text)) == expected


NOT_COUNTS = [
    ("an_age_and_a_prison_term", "Muž vo veku 45 rokov bol odsúdený na 10 rokov väzenia."),
    (
        "a_range_of_prison_terms",
        "Za tento trestný čin hrozí trest odňatia slobody od 2 do 8 rokov.",
    ),
    ("a_date", "Dňa 12. júna 2024 policajti vypovedali pred súdom."),
    ("money", "Pokuta uložená firme dosiahla 5000 eur."),
    ("an_article_of_the_code", "Podľa § 368 Trestného zákona hrozí páchateľovi až 5 rokov."),
    ("an_age_and_counts_of_charges", "Obvinený 45-ročný muž čelí 3 obvineniam."),
    ("witnesses_are_no_suspects", "Vyšetrovatelia vypočuli 40 svedkov."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_slovak_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(slovak(text)) == []


SLOVAK_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "Polícia zadržala 5 mužov, ďalší dvaja podozriví neboli zadržaní.",
        expect(row("arrested", 5, sex="male")),
    ),
]


@cases(SLOVAK_NEGATIONS)
def test_slovak_negated_events_give_no_facts(text, expected):
    assert facts_of(slovak(text)) == expected
