"""Scope: where a figure stands (`pipeline/normalise/scope.py`), on invented reports."""

from __future__ import annotations

import pytest

from pipeline.normalise import scope
from tests.harness import GRAMMAR, cases, expect, facts_of, row, run, sentences

# --- jurisdictions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Brazil, 52 suspects were detained.", [row("arrested", 52, "BR")]),
        ("In Thailand alone, 31 suspects were apprehended.", [row("arrested", 31, "TH")]),
        ("SINGAPORE: Eleven people were arrested in a sting.", [row("arrested", 11, "SG")]),
        (
            "Spain: 17 arrested\n"
            "Officers searched 25 homes in Valencia and Seville.\n"
            "The suspects shared material online, the Guardia Civil said.",
            [row("arrested", 17, "ES"), row("locations_searched", 25, "ES")],
        ),
        (
            "Police in Spain arrested 14 people. In France, 9 people were detained.",
            [row("arrested", 14, "ES"), row("arrested", 9, "FR")],
        ),
        (
            "During the operation 600 children were safeguarded, the NCA said.",
            [row("victims_identified", 600, "GB")],
        ),
    ],
    ids=["lead-in", "lead-in-alone", "dateline", "heading-and-section", "per-sentence", "agency"],
)
def test_jurisdiction_comes_from_context(text, expected):
    assert facts_of(text) == expect(*expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A global operation coordinated by Europol led to 120 arrests across 19 countries.",
            [row("arrested", 120), row("jurisdictions_involved", 19)],
        ),
        (
            "Europol said the action day spanned 22 countries and led to 180 arrests.",
            [row("jurisdictions_involved", 22), row("arrested", 180)],
        ),
        ("Interpol said 70 suspects were arrested worldwide.", [row("arrested", 70)]),
        (
            "Canadian and European police have arrested more than 40 suspected offenders.",
            [row("arrested", 40, qualifier="at_least")],
        ),
        (
            "FBI agents and international law enforcement partners arrest 60 in Operation Lark",
            [row("arrested", 60)],
        ),
        (
            "Police in India registered 12 cases on tips from Interpol and foreign agencies.",
            [row("cases_opened", 12, "IN", unit="cases")],
        ),
    ],
    ids=[
        "europol-global",
        "action-day",
        "worldwide",
        "national-and-foreign-police",
        "international-partners",
        "foreign-agencies-as-a-source-stay-national",
    ],
)
def test_international_operations_are_all(text, expected):
    assert facts_of(text) == expect(*expected)


# --- 1. per-count places --------------------------------------------------------------------

PER_COUNT_PLACES = [
    (
        "actors-nordic",
        "Swedish police arrested 19 people, Norwegian police 12 and Danish police nine.",
        [row("arrested", 19, "SE"), row("arrested", 12, "NO"), row("arrested", 9, "DK")],
    ),
    (
        "actors-central-europe",
        "Finnish police detained 7 men, Polish police 15 and Czech police four.",
        [row("arrested", 7, "FI", sex="male"), row("arrested", 15, "PL"), row("arrested", 4, "CZ")],
    ),
    (
        "actors-southern-europe",
        "Italian police arrested 23 suspects, Spanish police 17 and French police 6.",
        [row("arrested", 23, "IT"), row("arrested", 17, "ES"), row("arrested", 6, "FR")],
    ),
    (
        "actors-police-in-then-demonyms",
        "Police in Croatia arrested 14 people, Slovenian police 6 and Serbian police 9.",
        [row("arrested", 14, "HR"), row("arrested", 6, "SI"), row("arrested", 9, "RS")],
    ),
    (
        "count-then-place-three",
        "Officers arrested 12 in Spain, 10 in Italy and 5 in France.",
        [row("arrested", 12, "ES"), row("arrested", 10, "IT"), row("arrested", 5, "FR")],
    ),
    (
        "count-then-place-east-africa",
        "Investigators detained 8 in Kenya, 6 in Uganda and 3 in Tanzania.",
        [row("arrested", 8, "KE"), row("arrested", 6, "UG"), row("arrested", 3, "TZ")],
    ),
    (
        "count-then-place-two",
        "Police arrested 21 people in Germany and 4 in Austria.",
        [row("arrested", 21, "DE"), row("arrested", 4, "AT")],
    ),
    (
        "one-count-listed-places-is-all",
        "Officers carried out raids at 40 addresses in Austria, Belgium and Portugal.",
        [row("locations_searched", 40)],
    ),
    (
        "one-count-listed-places-homes",
        "Police searched 65 homes in Chile, Peru and Colombia.",
        [row("locations_searched", 65)],
    ),
    (
        "lead-in",
        "In Chile, 27 people were arrested.",
        [row("arrested", 27, "CL")],
    ),
    (
        "lead-in-alone",
        "In Mexico alone, 44 suspects were detained.",
        [row("arrested", 44, "MX")],
    ),
    (
        "lead-in-before-subject",
        "In Peru, police arrested 13 men.",
        [row("arrested", 13, "PE", sex="male")],
    ),
    (
        "heading-line",
        "Peru: 8 arrested",
        [row("arrested", 8, "PE")],
    ),
    (
        "heading-places-its-section",
        "Colombia: 14 suspects detained\nOfficers searched 20 homes.",
        [row("arrested", 14, "CO"), row("locations_searched", 20, "CO")],
    ),
    (
        "actor-beats-dateline",
        "LIMA - Mexican police detained 30 people in a sweep against online abuse.",
        [row("arrested", 30, "MX")],
    ),
    (
        "dateline-without-actor",
        "LIMA - Police detained 30 people in a sweep against online abuse.",
        [row("arrested", 30, "PE")],
    ),
    (
        "actor-in-own-paragraph-beats-dateline",
        "LIMA – Police detained 30 people on Monday.\n\n"
        "Mexican police arrested 12 people in a linked raid.",
        [row("arrested", 30, "PE"), row("arrested", 12, "MX")],
    ),
    (
        "per-sentence-actors",
        "Police in Australia arrested 3 men. Police in Kenya detained 4.",
        [row("arrested", 3, "AU", sex="male"), row("arrested", 4, "KE")],
    ),
]


@cases(PER_COUNT_PLACES)
def test_each_count_gets_its_own_place(text, expected):
    assert facts_of(text) == expect(*expected)


# --- 2. respectively ------------------------------------------------------------------------

RESPECTIVELY = [
    (
        "two-demonyms-with-noun",
        "Belgian and Dutch police arrested 9 and 14 people respectively.",
        [row("arrested", 9, "BE"), row("arrested", 14, "NL")],
    ),
    (
        "two-demonyms-suspects",
        "Swiss and Austrian police detained 5 and 11 suspects respectively.",
        [row("arrested", 5, "CH"), row("arrested", 11, "AT")],
    ),
    (
        "police-in-two-countries",
        "Police in Kenya and Tanzania arrested 22 and 7 people respectively.",
        [row("arrested", 22, "KE"), row("arrested", 7, "TZ")],
    ),
    (
        "three-demonyms",
        "Spanish, Portuguese and Italian police arrested 10, 4 and 7 people respectively.",
        [row("arrested", 10, "ES"), row("arrested", 4, "PT"), row("arrested", 7, "IT")],
    ),
]


@cases(RESPECTIVELY)
def test_respectively_pairs_places_with_counts(text, expected):
    assert facts_of(text) == expect(*expected)


# --- 3. bracketed per-country counts --------------------------------------------------------

BRACKETED = [
    (
        "arrests-south-america",
        "Most arrests were made in Brazil (40), Colombia (22) and Peru (11).",
        [row("arrested", 40, "BR"), row("arrested", 22, "CO"), row("arrested", 11, "PE")],
    ),
    (
        "arrests-southern-europe",
        "The largest numbers of arrests were in Spain (33), Italy (19) and Greece (8).",
        [row("arrested", 33, "ES"), row("arrested", 19, "IT"), row("arrested", 8, "GR")],
    ),
    (
        "devices-by-country",
        "Most devices were seized in Germany (120) and Austria (45).",
        [row("devices_seized", 120, "DE"), row("devices_seized", 45, "AT")],
    ),
]


@cases(BRACKETED)
def test_bracketed_count_belongs_to_the_place_before_it(text, expected):
    assert facts_of(text) == expect(*expected)


# --- 7. national share of an international operation ----------------------------------------

NATIONAL_SHARE = [
    (
        "part-of-international-operation",
        "As part of the international operation, German police arrested 31 people.",
        [row("arrested", 31, "DE")],
    ),
    (
        "part-of-global-crackdown",
        "As part of the global crackdown, Spanish police detained 12 suspects.",
        [row("arrested", 12, "ES")],
    ),
    (
        "global-operation-is-all",
        "A global operation led to 120 arrests.",
        [row("arrested", 120)],
    ),
    (
        "international-operation-city-named",
        "An international operation coordinated from The Hague resulted in 95 arrests.",
        [row("arrested", 95)],
    ),
    (
        "police-in-seven-countries",
        "Police in seven countries arrested 80 people.",
        [row("jurisdictions_involved", 7), row("arrested", 80)],
    ),
    (
        "officers-in-twelve-countries",
        "Officers in twelve countries detained 150 suspects.",
        [row("jurisdictions_involved", 12), row("arrested", 150)],
    ),
    (
        "total-then-national-share",
        "A global operation led to 120 arrests. As part of the operation, Dutch police "
        "arrested 14 people.",
        [row("arrested", 120), row("arrested", 14, "NL")],
    ),
]


@cases(NATIONAL_SHARE)
def test_national_share_versus_whole_operation(text, expected):
    assert facts_of(text) == expect(*expected)


# --- 8. document place ----------------------------------------------------------------------

DOCUMENT_PLACE = [
    (
        # "joint" and "coordinated" say agencies worked together, not countries
        "joint-operation-of-agencies-stays-national",
        "MANILA - A joint operation of police and customs rescued six children and arrested "
        "three suspects on Monday.",
        [row("arrested", 3, "PH"), row("victims_identified", 6, "PH")],
    ),
    (
        "an-interpol-coordinated-operation-is-the-whole",
        "PHNOM PENH - More than 500 suspects were arrested in the Interpol-coordinated "
        "Operation Lark.",
        [row("arrested", 500, qualifier="at_least")],
    ),
    (
        "capital-dateline-dash-lagos",
        "LAGOS – Police detained 17 men in raids on Tuesday.",
        [row("arrested", 17, "NG", sex="male")],
    ),
    (
        "capital-dateline-dash-nairobi",
        "NAIROBI – Officers arrested 9 suspects over the weekend.",
        [row("arrested", 9, "KE")],
    ),
    (
        "capital-dateline-hyphen-bogota",
        "BOGOTA - Police in the city arrested 18 men on Tuesday.",
        [row("arrested", 18, "CO", sex="male")],
    ),
    (
        "title-case-dateline-lisbon",
        "Lisbon, 3 May 2024. Police arrested 11 people in a morning operation.",
        [row("arrested", 11, "PT")],
    ),
    (
        "title-case-dateline-manila",
        "Manila, 14 June 2023. Officers rescued 8 children from a house.",
        [row("victims_identified", 8, "PH")],
    ),
    (
        "currency-only-pound",
        "A man was fined £900 by magistrates.",
        [row("fine_amount", 900, "GB", unit="GBP")],
    ),
    (
        "currency-places-other-counts",
        "A man was fined £900 by magistrates. Officers had arrested 3 people.",
        [row("fine_amount", 900, "GB", unit="GBP"), row("arrested", 3, "GB")],
    ),
    (
        "headline-counts-countries",
        "Five countries join forces against online abuse\n\n"
        "Police arrested 200 people and searched 150 homes.",
        [row("jurisdictions_involved", 5), row("arrested", 200), row("locations_searched", 150)],
    ),
    (
        "headline-counts-nations",
        "Six nations in joint sweep\n\nOfficers detained 70 suspects.",
        [row("jurisdictions_involved", 6), row("arrested", 70)],
    ),
    (
        "headline-counts-countries-devices",
        "Nine countries in child abuse sweep\n\n"
        "Officers detained 40 people and seized 300 devices.",
        [row("jurisdictions_involved", 9), row("arrested", 40), row("devices_seized", 300)],
    ),
]


@cases(DOCUMENT_PLACE)
def test_document_place(text, expected):
    assert facts_of(text) == expect(*expected)


# --- 16. datelines and news-agency credits --------------------------------------------------

AGENCY_CREDITS = [
    (
        "capital-dateline-date-afp",
        "MANILA, March 3 (AFP) - Police arrested 16 people in raids on Friday.",
        [row("arrested", 16, "PH")],
    ),
    (
        "capital-dateline-afp-places-next-line",
        "MANILA, March 3 (AFP) – Police arrested 16 people in raids on Friday.\n"
        "Officers also seized 20 phones.",
        [row("arrested", 16, "PH"), row("devices_seized", 20, "PH", device="mobile_phone")],
    ),
    (
        "capital-dateline-colon-afp",
        "MANILA: (AFP) Police arrested 16 people in raids on Friday.",
        [row("arrested", 16, "PH")],
    ),
    (
        "jakarta-afp",
        "JAKARTA, Jan 5 (AFP) – Officers detained 12 suspects on Monday.",
        [row("arrested", 12, "ID")],
    ),
    (
        "title-case-dateline-afp",
        "Nairobi, 12 March 2024 (AFP) – Officers detained 12 suspects on Monday.",
        [row("arrested", 12, "KE")],
    ),
    (
        "afp-credit-then-city",
        "(AFP) - Officers in Bangkok detained 12 suspects.",
        [row("arrested", 12, "TH")],
    ),
]


@cases(AGENCY_CREDITS)
def test_news_agency_credit_names_no_place(text, expected):
    assert facts_of(text) == expect(*expected)


# --- the constructions, called one by one -----------------------------------------------------


def test_a_heading_names_its_section_only_when_nothing_but_places_precede_the_colon():
    text, (heading, body) = sentences("Japan and Korea: 111 investigated\nMore details follow.")
    assert scope.heading_jurisdictions(text, heading) == ["JP", "KR"]
    assert scope.heading_jurisdictions(text, body) is None
    text, (said,) = sentences("Police in Japan said: 111 were investigated.")
    assert scope.heading_jurisdictions(text, said) is None


def test_a_list_of_places_is_participants_and_a_single_place_is_itself():
    text, (sentence,) = sentences("Officers from Spain, France and Italy arrested 20 people.")
    mentions = scope.place_mentions(text, sentence)
    assert [code for _, _, code in mentions] == ["ES", "FR", "IT"]
    assert scope.listed(GRAMMAR, text, mentions, minimum=3)
    assert scope.main_place(GRAMMAR, text, mentions) == "ALL"
    assert scope.main_place(GRAMMAR, text, mentions[:1]) == "ES"


# --- a dateline does not make a whole-operation total national ------------------------------

DATELINES = [
    (
        "dateline-over-a-count-in-many-countries",
        "ROTTERDAM: Police arrested 64 people in 19 countries, investigators said.",
        [row("arrested", 64, "ALL"), row("jurisdictions_involved", 19, "ALL")],
    ),
    (
        "dateline-over-a-national-count",
        "ROTTERDAM: Police arrested 9 men in the Netherlands on Tuesday.",
        [row("arrested", 9, "NL", sex="male")],
    ),
    (
        "a-country-heading-keeps-its-section",
        "Japan: 40 arrested in an operation spanning six countries.",
        [row("arrested", 40, "JP"), row("jurisdictions_involved", 6, "ALL")],
    ),
    (
        "a-count-across-a-continent",
        "Police forces across Europe arrested 31 suspects.",
        [row("arrested", 31, "ALL")],
    ),
]


@cases(DATELINES)
def test_a_dateline_city_is_not_the_scope_of_a_whole_operation(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- why a fact has its place: facts.jurisdiction_basis ---------------------------------------

BASES = [
    ("heading", "Results by country\nJapan: police arrested 40 people.", ("JP", "heading")),
    ("lead_in", "In Malaysia, officers arrested 9 people.", ("MY", "lead_in")),
    (
        "respectively",
        "Indonesian and Cambodian police arrested 14 and 12 suspects respectively.",
        ("ID", "respectively"),
    ),
    (
        "place_after_count",
        "Europol said that 12 people were arrested in Spain during the action days.",
        ("ES", "place_after_count"),
    ),
    (
        "whole_operation",
        "Police in Spain said the global operation led to 300 arrests.",
        ("ALL", "whole_operation"),
    ),
    ("actor_before_count", "Swedish police arrested 19 people.", ("SE", "actor_before_count")),
    (
        "sentence_place",
        "Officers searched 30 homes, the Danish police said.",
        ("DK", "sentence_place"),
    ),
    (
        "paragraph",
        "Police in Kenya said the raids were planned for months. They arrested 21 people.",
        ("KE", "paragraph"),
    ),
    (
        "dateline",
        "Police raid flats\nNAIROBI, 12 March 2024 - The suspects had met online.\n"
        "Detectives arrested 21 people on Monday.",
        ("KE", "dateline"),
    ),
    (
        "document_lead",
        "Kenyan detectives make arrests\nThe suspects had met online, detectives said.\n"
        "Detectives arrested 21 people on Monday.",
        ("KE", "document_lead"),
    ),
    (
        "document_whole_operation",
        "Global operation strikes abuse network\nDetectives arrested 21 people on Monday.",
        ("ALL", "document_whole_operation"),
    ),
    (
        "a_place_named_far_more_than_the_leads_first",
        "FBI joins hunt as arrests follow\nThe suspects had met online, detectives said. "
        "Police in Sydney took part. Officers in Melbourne searched homes. More arrests in "
        "Australia are expected.\nOfficers rescued 31 children.",
        ("AU", "most_named"),
    ),
    (
        "national_reporter",
        "The Guardia Civil took part in an international operation coordinated by Europol.\n"
        "Officers arrested 13 people and searched 18 homes.",
        ("ES", "national_reporter"),
    ),
    (
        "international_reporter",
        "Europol and the Guardia Civil took part in an international operation.\n"
        "Officers arrested 13 people and searched 18 homes.",
        ("ALL", "document_whole_operation"),
    ),
    (
        "document_none",
        "Detectives arrested 21 people on Monday after a long investigation.",
        ("ALL", "document_none"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(text, want, id=case) for case, text, want in BASES]
)
def test_every_figure_says_why_it_has_its_place(text, expected):
    _, facts, _ = run(text)
    first = facts.sort_values("char_start").iloc[0]
    assert (first["jurisdiction"], first["jurisdiction_basis"]) == expected


def test_a_count_of_countries_and_a_breakdown_say_why_too():
    _, facts, _ = run(
        "Police in 14 countries took part. Police in Thailand arrested 20 people. "
        "Among these, 18 were men."
    )
    keys = zip(facts["metric"], facts["value"], strict=True)
    basis = dict(zip(keys, facts["jurisdiction_basis"], strict=True))
    assert basis[("jurisdictions_involved", 14.0)] == "operation_wide_metric"
    assert basis[("arrested", 18.0)] == "breakdown_total"


@pytest.mark.parametrize(
    "text",
    [
        "Detectives in Irvine, Calif., arrested 3 men on Monday.",
        "An officer in Albany, N.Y. said 3 men were arrested. The suspects were held overnight.",
    ],
    ids=["calif", "n-y-before-a-verb"],
)
def test_a_us_states_postal_abbreviation_places_the_figure_in_the_us(text):
    (fact,) = facts_of(text)
    assert (fact.value, fact.jurisdiction) == (3.0, "US")


# --- nationality, counts placed one by one, the lead's own count, credited datelines -------

GERMAN_FRAME = (
    "Nach monatelanger Vorarbeit griffen die Fahnder schließlich zu, wie ein Sprecher der "
    "zuständigen Behörde am späten Abend auf Nachfrage der Redaktion mitteilte.\n"
)
SPANISH_FRAME = (
    "La investigación comenzó hace varios meses tras la denuncia de una asociación de "
    "protección de la infancia, según informaron este lunes fuentes policiales.\n"
)
FRENCH_FRAME = (
    "L'enquête avait débuté il y a plusieurs mois après le signalement d'une association de "
    "protection de l'enfance, selon une source proche du dossier.\n"
)

NATIONALITY = [
    (
        "a-national-is-no-place",
        "The gang was run by a Dutch national, police in Kenya said. Detectives arrested 6 men.",
        [row("arrested", 6, "KE", sex="male")],
    ),
    (
        "a-citizen-is-no-place",
        "Police in Ghana said the suspect, a Belgian citizen, had fled. Officers arrested 3 men.",
        [row("arrested", 3, "GH", sex="male")],
    ),
    (
        "a-demonym-of-police-is-a-place",
        "Dutch police said the gang had fled. Officers arrested 3 men.",
        [row("arrested", 3, "NL", sex="male")],
    ),
    (
        "nationals-arrested-in-a-place",
        "Two Dutch nationals were arrested in Kenya.",
        [row("arrested", 2, "KE")],
    ),
    (
        "french-ressortissant",
        FRENCH_FRAME + "Le réseau était dirigé par un ressortissant belge, selon la police "
        "marocaine. Les enquêteurs ont interpellé 6 hommes.",
        [row("arrested", 6, "MA", sex="male")],
    ),
]


@cases(NATIONALITY)
def test_a_persons_nationality_is_not_the_figures_place(text, expected):
    assert facts_of(text) == expect(*expected)


def test_the_place_after_the_previous_count_is_not_the_actor_of_the_next():
    facts = facts_of(
        "Officers arrested 10 in Spain, 5 in Hungary and 2 in Greece, 17 arrests in all."
    )
    places = {fact.value: fact.jurisdiction for fact in facts}
    assert places == {10.0: "ES", 5.0: "HU", 2.0: "GR", 17.0: "ALL"}


def test_a_place_after_a_count_is_one_place_when_a_later_list_is_anothers():
    facts = facts_of(
        "The raids led to 4 arrests in Peru, with searches in both Chile and Bolivia too."
    )
    assert [(fact.metric, fact.value, fact.jurisdiction) for fact in facts] == [
        ("arrested", 4.0, "PE")
    ]


LEAD_COUNT = [
    (
        "lead-count-placed-before-a-framing-line",
        "Police arrested 40 people in France in a crackdown on an abuse network\n"
        "The network had members in 90 countries, investigators said.\n"
        "Officers seized 200 phones.",
        "FR",
    ),
    (
        "framing-line-first",
        "Police in 12 countries arrested 300 people\n"
        "Officers in France arrested 40.\n"
        "Officers seized 200 phones.",
        "ALL",
    ),
    (
        "lead-count-in-two-places",
        "Police arrested 40 people in France and Spain in a crackdown on an abuse network\n"
        "The network had members in 90 countries, investigators said.\n"
        "Officers seized 200 phones.",
        "ALL",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(text, want, id=case) for case, text, want in LEAD_COUNT]
)
def test_a_lead_that_places_its_count_tells_that_countrys_share(text, expected):
    _, facts, _ = run(text)
    (phones,) = facts[facts["metric"] == "devices_seized"]["jurisdiction"]
    assert phones == expected


CREDITED_DATELINES = [
    (
        "german-city-agency-dash",
        "Köln (dpa) – Die Ermittlungen dauern an.\n"
        + GERMAN_FRAME
        + "Die Beamten nahmen 12 Männer fest.",
        ("DE", "dateline"),
    ),
    (
        "spanish-city-agency-dash",
        "Sevilla (Europa Press) – La investigación sigue abierta.\n"
        + SPANISH_FRAME
        + "Los agentes detuvieron a 12 hombres.",
        ("ES", "dateline"),
    ),
    (
        "a-city-in-running-text-is-no-dateline",
        "Die Polizei in Köln (NRW) ermittelt – die Ermittlungen dauern an.\n"
        + GERMAN_FRAME
        + "Die Beamten nahmen 12 Männer fest.",
        ("DE", "document_lead"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, want, id=case) for case, text, want in CREDITED_DATELINES],
)
def test_a_place_before_a_news_agencys_credit_is_a_dateline_in_any_language(text, expected):
    _, facts, _ = run(text)
    last = facts.sort_values("char_start").iloc[-1]
    assert (last["jurisdiction"], last["jurisdiction_basis"]) == expected


ASIDES_AND_NATIONALITY_WORDS = [
    (
        "helpers-in-an-aside",
        "Manitoba police, with help from partners in Canada and the United States, have "
        "charged 35 people.",
        [row("charged", 35, "CA")],
    ),
    (
        "a-list-item-between-commas-stays",
        "Police in Chile, Peru, and Bolivia arrested 30 people.",
        [row("arrested", 30)],
    ),
    (
        "a-passport-is-no-place",
        "The men carried Belgian passports, police in Ghana said. Officers arrested 3 men.",
        [row("arrested", 3, "GH", sex="male")],
    ),
    (
        "a-cartel-is-no-place",
        "The ring sold drugs for a Colombian cartel, police in Texas said. Police arrested 9 men.",
        [row("arrested", 9, "US", sex="male")],
    ),
    (
        "place-five-words-after-the-count",
        "Chilean police said 14 men were arrested on Tuesday in Peru.",
        [row("arrested", 14, "PE", sex="male")],
    ),
]


@cases(ASIDES_AND_NATIONALITY_WORDS)
def test_helpers_in_an_aside_and_nationality_words_place_no_count(text, expected):
    assert facts_of(text) == expect(*expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detectives in NSW arrested 5 men on Monday.", [row("arrested", 5, "AU", sex="male")]),
        ("Police in Qld said 4 men were charged.", [row("charged", 4, "AU", sex="male")]),
        (
            "Dutch National Sentenced in Fraud Case\nPolice in Ghana arrested 3 men.\n"
            "Officers rescued 6 children.",
            [row("arrested", 3, "GH", sex="male"), row("victims_identified", 6, "GH")],
        ),
    ],
    ids=["nsw", "qld", "a-national-in-a-headline"],
)
def test_australian_state_abbreviations_and_a_headlines_national(text, expected):
    assert facts_of(text) == expect(*expected)


def test_a_gangs_nationality_is_no_place_of_its_members_figure():
    facts = facts_of("Two members of a Colombian street gang were convicted in Leeds on Friday.")
    assert [(f.metric, f.value, f.jurisdiction) for f in facts] == [("convicted", 2.0, "GB")]


# --- cities and counties of the gazetteer --------------------------------------------------

CITIES = [
    (
        "city-after-in",
        "Officers arrested 8 men in Bakersfield on Friday.",
        [row("arrested", 8, "US", sex="male")],
    ),
    (
        "city-opening-with-in",
        "In Bacoor, officers rescued 5 children.",
        [row("victims_identified", 5, "PH")],
    ),
    (
        "city-before-its-state",
        "Officers arrested 8 men in Lima, Ohio, on Friday.",
        [row("arrested", 8, "US", sex="male")],
    ),
    (
        "city-before-a-postal-code",
        "Officers arrested 8 men in Rotterdam, NY, on Friday.",
        [row("arrested", 8, "US", sex="male")],
    ),
    (
        "us-county",
        "Deputies from Orange County arrested 4 suspects.",
        [row("arrested", 4, "US")],
    ),
    (
        "city-dateline",
        "BAKERSFIELD — Officers arrested 8 men on Friday.",
        [row("arrested", 8, "US", sex="male")],
    ),
    (
        "a-region-of-the-country-of-its-largest-city",
        "Detectives arrested 8 men in York on Friday.",
        [row("arrested", 8, "GB", sex="male")],
    ),
    (
        "a-province-not-a-californian-town",
        "Officers arrested 8 men in Ontario on Friday.",
        [row("arrested", 8, "CA", sex="male")],
    ),
    (
        "a-world-city-that-shares-a-parish-name",
        "Police in Charlotte arrested 8 men on Friday.",
        [row("arrested", 8, "US", sex="male")],
    ),
]

NOT_CITIES = [
    (
        "a-city-that-is-also-a-word-the-story-uses",
        "Officers arrested 8 men in Reading. The reading of the charges took an hour.",
    ),
    (
        "a-first-name-before-a-surname",
        "Officers arrested 8 men in Austin Reeves's flat.",
    ),
    (
        "a-name-countries-share-without-a-winner",
        "Officers arrested 8 men in Hamilton on Friday.",
    ),
    (
        "a-city-not-after-a-place-word",
        "Bakersfield said officers arrested 8 men on Friday.",
    ),
    # a US town bearing the name of another country's region: English counties, a
    # Canadian province, a Scottish council area
    ("an-english-county-not-a-us-town", "Officers arrested 8 men in Kent on Friday."),
    ("an-english-county-after-from", "Eight men from Essex were arrested on Friday."),
    ("a-county-and-a-canadian-town", "Detectives in Cornwall arrested 8 men on Friday."),
    ("a-county-and-a-large-canadian-city", "Police in Surrey arrested 8 men on Friday."),
    ("a-council-area-not-a-us-town", "Police in Midlothian arrested 8 men on Friday."),
]


@cases(CITIES)
def test_a_city_of_the_gazetteer_places_its_figure_in_its_country(text, expected):
    assert facts_of(text) == expect(*expected)


@pytest.mark.parametrize(("case_id", "text"), NOT_CITIES, ids=[c for c, _ in NOT_CITIES])
def test_a_city_name_that_is_not_a_place_here_says_nothing(case_id, text):
    assert [f.jurisdiction for f in facts_of(text)] == ["ALL"]


def test_a_curly_apostrophe_finds_the_straight_apostrophes_agency():
    for apostrophe in ("'", "\u2019"):
        facts = facts_of(f"The Sheriff{apostrophe}s Office said deputies arrested 5 men.")
        assert [f.jurisdiction for f in facts] == ["US"]


# --- a count's own cue, a region joining the list, a first name, an agency's seat ---------

OWN_PLACE_WORDS = [
    (
        "worldwide-after-the-count-in-a-share",
        "Officers said the two locals charged were among 75 suspects arrested worldwide as part "
        "of the operation, the Irish police said.",
        [row("arrested", 75)],
    ),
    (
        "a-share-before-the-worldwide-cue",
        "Irish police arrested 9 suspects as part of a worldwide operation.",
        [row("arrested", 9, "IE")],
    ),
    (
        "a-region-joins-the-country-after-the-count",
        "Officers arrested 44 people in Portugal and across Europe.",
        [row("arrested", 44)],
    ),
    (
        "the-country-alone-after-the-count",
        "Officers arrested 44 people in Portugal last week.",
        [row("arrested", 44, "PT")],
    ),
    (
        "a-demonym-in-the-counts-noun-phrase",
        "With help from Italy, 6 Austrian suspects were identified.",
        [row("suspects_identified", 6, "AT")],
    ),
    (
        "a-first-name-after-a-title",
        "Police in Canada said 30 homes were searched, Sgt. Chad Morris said.",
        [row("locations_searched", 30, "CA")],
    ),
]


@cases(OWN_PLACE_WORDS)
def test_a_counts_own_words_say_where_it_stands(text, expected):
    assert facts_of(text) == expect(*expected)


def test_a_title_before_a_countrys_name_makes_it_a_persons():
    text = "Det. Sgt. Jordan Blake said police in Canada searched 30 homes."
    assert [f.jurisdiction for f in facts_of(text)] == ["CA"]


def test_an_international_agencys_seat_in_the_dateline_is_not_the_figures_place():
    text = (
        "The Hague, 4 June 2024\n\nSupported by Europol, officers arrested 40 men.\n"
        "Over 9,000 files were seized."
    )
    assert {f.jurisdiction for f in facts_of(text)} == {"ALL"}
    named_again = (
        "The Hague, 4 June 2024\n\nSupported by Europol, Dutch officers arrested 40 men.\n"
        "Over 9,000 files were seized."
    )
    assert {f.jurisdiction for f in facts_of(named_again)} == {"NL"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 51 people held in 7 countries, the Guardia Civil detained 11 suspects.",
            [row("arrested", 51), row("jurisdictions_involved", 7), row("arrested", 11, "ES")],
        ),
        (
            "Europol said officers in 16 countries, including the Guardia Civil, arrested 140 "
            "suspects.",
            [row("jurisdictions_involved", 16), row("arrested", 140)],
        ),
    ],
    ids=["a-national-agency-after-the-frame", "an-agency-listed-inside-the-frame"],
)
def test_a_national_agency_after_the_framing_words_tells_its_share(text, expected):
    assert facts_of(text) == expect(*expected)


def test_a_mexican_security_agency_places_its_figures():
    text = (
        "La investigación comenzó hace varios meses tras la denuncia de una asociación, "
        "según informaron este lunes fuentes policiales.\n"
        "La CNS informó que detuvo a ocho presuntos responsables del delito."
    )
    assert [f.jurisdiction for f in facts_of(text)] == ["MX"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("British police said officers arrested 8 men in Kent on Friday.", "GB"),
        ("Police in Suffolk arrested 8 men, the National Crime Agency said.", "GB"),
        ("Officers in Norfolk arrested 8 men. Police in England said more would follow.", "GB"),
    ],
    ids=["county-and-country", "county-and-national-agency", "county-and-nation"],
)
def test_a_region_sharing_a_us_towns_name_takes_the_storys_country(text, expected):
    assert [f.jurisdiction for f in facts_of(text)] == [expected]


# --- a total broken down into one country's part ---------------------------------------------

ITALIAN_PROSE = (
    "Le indagini sono cominciate mesi fa in seguito alla denuncia di una madre, come hanno "
    "spiegato ieri sera gli investigatori della questura.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La polizia ha identificato 300 persone, di cui 40 in Italia.",
            [row("suspects_identified", 300), row("suspects_identified", 40, "IT")],
        ),
        (
            "Gli investigatori hanno identificato 1.200 profili, di cui 95 italiani.",
            [row("accounts_identified", 1200), row("accounts_identified", 95, "IT")],
        ),
        (
            "Sono state denunciate 120 persone, di cui 15 in Italia e 20 in Francia.",
            [
                row("investigated", 120),
                row("investigated", 15, "IT"),
                row("investigated", 20, "FR"),
            ],
        ),
    ],
    ids=["part-in-the-country", "part-of-its-nationality", "parts-in-two-countries"],
)
def test_a_total_with_one_countrys_part_is_the_whole_operations(text, expected):
    assert sorted(facts_of(ITALIAN_PROSE + text)) == sorted(expect(*expected))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La polizia ha arrestato 300 persone, di cui 40 a Milano.",
            [row("arrested", 300, "IT"), row("arrested", 40, "IT")],
        ),
        (
            "La polizia spagnola ha arrestato 50 persone, di cui 10 in Italia.",
            [row("arrested", 50, "ES"), row("arrested", 10, "IT")],
        ),
        ("La polizia ha arrestato 30 persone in Italia.", [row("arrested", 30, "IT")]),
    ],
    ids=["part-in-a-city", "part-abroad-of-a-national-actor", "no-part"],
)
def test_a_total_without_a_part_in_its_own_country_keeps_its_place(text, expected):
    assert sorted(facts_of(ITALIAN_PROSE + text)) == sorted(expect(*expected))
