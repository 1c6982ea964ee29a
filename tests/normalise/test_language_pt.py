"""Rules in Portuguese: `pipeline/vocab/pt/` read for Portuguese documents (Portugal's and
Brazil's reporting) through the same constructions as English. Invented sentences, each
after a line of prose with no figure in it (a single sentence is too short for the
language to be told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, records, row, spans_of

FRAME = (
    "A investigação começou há vários meses, depois de uma denúncia feita por uma "
    "associação de proteção da infância, segundo informaram fontes policiais.\n"
)


def portuguese(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_portuguese():
    assert documents(portuguese("Os agentes prenderam 3 pessoas."))["language"][0] == "pt"


PORTUGUESE_CONSTRUCTIONS = [
    (
        "a_bare_count_and_its_place_after_a_count",
        "Os agentes prenderam 12 pessoas em Portugal e três em Espanha.",
        expect(row("arrested", 12, "PT"), row("arrested", 3, "ES")),
    ),
    (
        "devices_of_one_in_a_list",
        "A polícia apreendeu cinco computadores, um telemóvel e um disco rígido no Porto.",
        expect(
            row("devices_seized", 5, "PT", device="computer"),
            row("devices_seized", 1, "PT", device="mobile_phone"),
            row("devices_seized", 1, "PT", device="hard_drive"),
        ),
    ),
    (
        "a_decimal_comma_before_a_scale_word",
        "Foram apreendidos 1,5 milhões de ficheiros no Porto.",
        expect(row("files_seized", 1_500_000, "PT")),
    ),
    (
        "a_thousand_alone_and_a_collective_number",
        "Os inspetores apreenderam mais de mil ficheiros e uma dezena de telemóveis no Porto.",
        expect(
            row("files_seized", 1000, "PT", qualifier="at_least"),
            row("devices_seized", 10, "PT", device="mobile_phone", qualifier="at_least"),
        ),
    ),
    (
        "verb_and_object",
        "A Polícia Federal prendeu 12 pessoas em Minas Gerais.",
        expect(row("arrested", 12, "BR")),
    ),
    (
        "a_total_of_men_and_women",
        "Os agentes detiveram um total de 9 homens e 3 mulheres no distrito de Setúbal.",
        expect(row("arrested", 9, "PT", sex="male"), row("arrested", 3, "PT", sex="female")),
    ),
    (
        "count_and_participle",
        "Na operação desta manhã, 21 foram presos em flagrante no Paraná.",
        expect(row("arrested", 21, "BR")),
    ),
    (
        "nominal_event_of",
        "A operação resultou na prisão de 27 suspeitos na Bahia.",
        expect(row("arrested", 27, "BR")),
    ),
    (
        "search_warrants_and_phones",
        "Os inspetores cumpriram 40 mandados de busca e apreensão e apreenderam 75 telemóveis.",
        expect(row("locations_searched", 40), row("devices_seized", 75, device="mobile_phone")),
    ),
    (
        "number_words_and_dot_thousands",
        "Foram detidos vinte e três suspeitos e apreendidos cento e vinte computadores e "
        "1.200 vídeos no Peru.",
        expect(
            row("arrested", 23, "PE"),
            row("devices_seized", 120, "PE", device="computer"),
            row("files_seized", 1200, "PE"),
        ),
    ),
    (
        "vague_tens_of",
        "Dezenas de pessoas foram detidas em Portugal.",
        expect(row("arrested", 24, "PT", qualifier="at_least")),
    ),
    (
        "qualifier_and_officers",
        "Mais de 40 agentes participaram na operação em Coimbra.",
        expect(row("officers_deployed", 40, "PT", qualifier="at_least")),
    ),
    (
        "ages_between_os_e_os",
        "Os detidos, com idades entre os 19 e os 64 anos, foram presentes a tribunal no Chile.",
        expect(row("youngest_age", 19, "CL"), row("oldest_age", 64, "CL")),
    ),
    (
        "a_later_verb_is_its_own_counts",
        "A polícia prendeu em Lisboa 6 pessoas e constituiu arguidas outras 3.",
        expect(row("arrested", 6, "PT"), row("investigated", 3, "PT")),
    ),
    (
        "victims_rescued_and_identified",
        "Foram resgatadas 5 crianças e identificadas 11 vítimas no Ceará.",
        expect(row("victims_identified", 5, "BR"), row("victims_identified", 11, "BR")),
    ),
    (
        "charged_with_a_role",
        "Três homens foram indiciados por armazenamento de pornografia infantil em Santa Catarina.",
        expect(row("charged", 3, "BR", sex="male", role="possession")),
    ),
    (
        "a_verb_beats_the_participle_of_its_object",
        "O tribunal condenou 4 arguidos por abuso sexual de menores em Viseu.",
        expect(row("convicted", 4, "PT")),
    ),
    (
        "an_adjective_after_the_noun_keeps_its_sex",
        "Foram detidos 5 homens suspeitos de partilha de vídeos de menores em Portugal.",
        expect(row("arrested", 5, "PT", sex="male", role="distribution")),
    ),
    (
        "devices_by_type",
        "Os investigadores apreenderam 3 computadores portáteis, 4 discos rígidos e 2 tablets "
        "em Curitiba.",
        expect(
            row("devices_seized", 3, "BR", device="laptop"),
            row("devices_seized", 4, "BR", device="hard_drive"),
            row("devices_seized", 2, "BR", device="tablet"),
        ),
    ),
    (
        "country_named_in_the_language",
        "Os policiais prenderam 7 pessoas na Alemanha.",
        expect(row("arrested", 7, "DE")),
    ),
    (
        "a_brazilian_state_is_brazils",
        "Em Pernambuco, os policiais prenderam 3 pessoas.",
        expect(row("arrested", 3, "BR")),
    ),
    (
        "a_portuguese_district_is_portugals",
        "Em Viseu, a Polícia Judiciária deteve 2 homens.",
        expect(row("arrested", 2, "PT", sex="male")),
    ),
    (
        "international_operation_is_all",
        "Numa operação internacional em 12 países, a polícia prendeu 90 pessoas.",
        expect(row("arrested", 90), row("jurisdictions_involved", 12)),
    ),
    (
        "arrests_and_sites_in_countries",
        "Foram efetuadas 93 detenções e bloqueados 120 sites em 30 países.",
        expect(
            row("arrested", 93), row("websites_blocked", 120), row("jurisdictions_involved", 30)
        ),
    ),
    (
        "a_weekday_with_its_day_is_no_count",
        "Na sexta-feira (14), a Polícia Civil prendeu 8 pessoas em Goiás.",
        expect(row("arrested", 8, "BR")),
    ),
    (
        "an_ordinal_is_no_count",
        "Na 2.ª fase, os agentes detiveram 6 homens em Faro.",
        expect(row("arrested", 6, "PT", sex="male")),
    ),
]


@cases(PORTUGUESE_CONSTRUCTIONS)
def test_portuguese_constructions(text, expected):
    assert facts_of(portuguese(text)) == expected


NOT_COUNTS = [
    ("an_age_and_a_prison_term", "O homem, de 45 anos, foi condenado a 10 anos de prisão."),
    ("a_range_of_prison_terms", "A pena para o crime varia de 1 a 4 anos de prisão em Portugal."),
    ("a_date", "No dia 12 de junho de 2024 os agentes prestaram depoimento perante o juiz."),
    ("a_day_of_the_month", "A PJ deteve no dia 10 um homem de 40 anos em Braga."),
    ("money_in_euros", "A multa aplicada à empresa foi de 5.000 euros em Faro."),
    ("money_in_reais", "A fiança foi fixada em R$ 5 mil e o suspeito foi solto."),
    ("the_victims_of_a_crime", "Os criminosos abusaram de 5 crianças em Manaus."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_portuguese_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(portuguese(text)) == []


def test_a_date_in_portuguese_is_no_count_beside_an_arrest():
    text = "No dia 12 de junho de 2024 a polícia prendeu 4 pessoas em Coimbra."
    assert facts_of(portuguese(text)) == expect(row("arrested", 4, "PT"))


def test_a_weekday_names_the_day_of_the_month_of_publication():
    text = portuguese("A Polícia Civil prendeu 5 pessoas nesta quarta-feira (13) em Goiás.")
    dates = records(spans_of(text, published="2019-11-13"), "DATE")
    assert [(d["text"], d["value_str"]) for d in dates] == [("quarta-feira (13)", "2019-11-13")]


def test_a_day_after_publication_day_is_the_previous_months():
    text = portuguese("A PJ anunciou as detenções na terça, 27, em Lisboa.")
    dates = records(spans_of(text, published="2024-03-02"), "DATE")
    assert [(d["text"], d["value_str"]) for d in dates] == [("terça, 27", "2024-02-27")]


# A count whose event the sentence denies (`negation` in function_words.csv) gives no
# fact; a word for "only" or "fewer" after the negation denies nothing.
PORTUGUESE_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "A polícia prendeu 7 homens, mas outros 2 suspeitos não foram presos.",
        expect(row("arrested", 7, sex="male")),
    ),
    (
        "never_identified",
        "Os 3 suspeitos nunca foram identificados pela polícia.",
        [],
    ),
    (
        "not_only_is_no_negation",
        "Não só foram presos 5 homens como também foram apreendidos 12 computadores.",
        expect(row("arrested", 5, sex="male"), row("devices_seized", 12, device="computer")),
    ),
]


@cases(PORTUGUESE_NEGATIONS)
def test_portuguese_negated_events_give_no_facts(text, expected):
    assert facts_of(portuguese(text)) == expected


# "nine of them in Argentina": a count followed by the language's "of them" (a
# `count_end` word, then a place, a conjunction or the clause's end) counts a part of
# the count before it, whose noun and event it leaves out; a verb of its own after
# "of them" is no part of that event.
PORTUGUESE_PARTS_OF_THEM = [
    (
        "part_of_them_in_a_place",
        "Foram presas 15 pessoas, 9 delas em São Paulo.",
        expect(row("arrested", 15, "BR"), row("arrested", 9, "BR")),
    ),
    (
        "part_of_which_in_a_place",
        "A polícia prendeu 20 suspeitos, oito dos quais no Rio de Janeiro.",
        expect(row("arrested", 20, "BR"), row("arrested", 8, "BR")),
    ),
    (
        "part_of_them_with_a_verb_of_its_own",
        "A polícia prendeu 10 pessoas, 4 delas foram libertadas.",
        expect(row("arrested", 10)),
    ),
]


@cases(PORTUGUESE_PARTS_OF_THEM)
def test_portuguese_parts_of_them(text, expected):
    assert facts_of(portuguese(text)) == expected


# "Two of those arrested produced …": a count joined by the language's `subset_of`
# words to a group its participle names, with a role in its own words, is that group's
# part with the role; without a role it is no figure (`counts.of_a_named_group`).
PORTUGUESE_PARTS_OF_A_NAMED_GROUP = [
    (
        "part_of_a_named_group_with_a_role",
        "A polícia prendeu 20 pessoas. Dois dos presos produziam o próprio material.",
        expect(row("arrested", 2, role="production"), row("arrested", 20)),
    ),
    (
        "part_of_a_named_group_without_a_role",
        "Foram presas 12 pessoas. Três dos presos foram libertados.",
        expect(row("arrested", 12)),
    ),
]


@cases(PORTUGUESE_PARTS_OF_A_NAMED_GROUP)
def test_portuguese_parts_of_a_named_group(text, expected):
    assert facts_of(portuguese(text)) == expected


# Headlines tell an operation in the present ("Polícia detém …", "PF resgata …"): the
# third-person present of the events' verbs counts as their past does.
PORTUGUESE_PRESENT_TENSE = [
    (
        "arrest_in_the_present_singular",
        "A Polícia Judiciária detém 7 homens numa operação de madrugada.",
        expect(row("arrested", 7, "PT", sex="male")),
    ),
    (
        "arrest_in_the_present_plural",
        "Os inspetores detêm quatro suspeitos em Braga.",
        expect(row("arrested", 4, "PT")),
    ),
    (
        "rescue_in_the_present",
        "A polícia resgata 6 crianças durante a operação.",
        expect(row("victims_identified", 6)),
    ),
    (
        "capture_in_the_present",
        "Os agentes capturam 3 suspeitos numa casa.",
        expect(row("arrested", 3)),
    ),
    (
        "present_verb_without_a_count",
        "A polícia detém a informação sobre o caso.",
        expect(),
    ),
]


@cases(PORTUGUESE_PRESENT_TENSE)
def test_portuguese_events_in_the_present(text, expected):
    assert facts_of(portuguese(text)) == expected


# "São 11 os presos": the count first, then the group its participle names with the
# article of a noun used as a noun; and a group's ages as "de 20 a 45 anos", which a
# prison term ("penas de 2 a 8 anos") is not.
PORTUGUESE_COUNT_BEFORE_A_NAMED_GROUP_AND_AGES = [
    (
        "count_then_the_arrested",
        "São já 12 os detidos no âmbito da operação.",
        expect(row("arrested", 12)),
    ),
    (
        "ages_from_to_of_a_counted_group",
        "Foram presos 5 homens de 20 a 45 anos.",
        expect(row("arrested", 5, sex="male"), row("youngest_age", 20), row("oldest_age", 45)),
    ),
    (
        "ages_from_to_between_commas",
        "Os 7 suspeitos, de 19 a 64 anos, foram detidos.",
        expect(row("arrested", 7), row("youngest_age", 19), row("oldest_age", 64)),
    ),
    (
        "a_prison_term_from_to_is_no_age",
        "Os 4 detidos arriscam penas de 2 a 8 anos.",
        expect(row("arrested", 4)),
    ),
    (
        "a_prison_term_named_after_is_no_age",
        "Os 4 detidos arriscam de 1 a 5 anos de prisão.",
        expect(row("arrested", 4)),
    ),
    (
        "a_time_to_stay_in_prison_is_no_age",
        "Os 3 detidos podem ficar de 2 a 6 anos presos.",
        expect(row("arrested", 3)),
    ),
    (
        "a_time_in_jail_is_no_age",
        "Os 3 detidos arriscam de 2 a 6 anos na cadeia.",
        expect(row("arrested", 3)),
    ),
]


@cases(PORTUGUESE_COUNT_BEFORE_A_NAMED_GROUP_AND_AGES)
def test_portuguese_count_before_a_named_group_and_ages(text, expected):
    assert facts_of(portuguese(text)) == expected


# Searches called "ações/diligências de busca e apreensão"; a group's ages in a sentence of
# their own ("Todos com idades entre 20 e 60 anos", "o mais novo … o mais velho").
PORTUGUESE_WORDS_OF_RECENT_REPORTS = [
    (
        "search_actions",
        "A Polícia Federal realizou 45 ações de busca e apreensão em Goiás.",
        expect(row("locations_searched", 45, "BR")),
    ),
    (
        "search_diligences",
        "Foram feitas 12 diligências de busca em Lisboa.",
        expect(row("locations_searched", 12, "PT")),
    ),
    (
        "all_of_them_aged_between_in_a_sentence_of_its_own",
        "Foram presos dez homens no Recife. Todos com idades entre 21 e 55 anos.",
        expect(
            row("arrested", 10, "BR", sex="male"),
            row("youngest_age", 21, "BR"),
            row("oldest_age", 55, "BR"),
        ),
    ),
    (
        "the_youngest_and_the_oldest",
        "O mais novo tem 22 anos e o mais velho 63.",
        expect(row("youngest_age", 22), row("oldest_age", 63)),
    ),
]


@cases(PORTUGUESE_WORDS_OF_RECENT_REPORTS)
def test_portuguese_words_of_recent_reports(text, expected):
    assert facts_of(portuguese(text)) == expected
