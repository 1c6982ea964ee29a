"""Coverage of the Portuguese of police and press reports of operations against child
sexual exploitation online (Brazil's Polícia Federal and Polícias Civis, Portugal's
Polícia Judiciária), written from the language rather than from any article: each case is
one construction that states a figure of the contract, or one that must give no figure.
Invented sentences, each after a line of prose with no figure in it (a single sentence is
too short for the language to be told)."""

from __future__ import annotations

from tests.harness import cases, expect, facts_of, row

FRAME = (
    "A investigação durou vários meses sob a coordenação do Ministério Público, segundo "
    "explicaram os responsáveis pela operação durante a conferência de imprensa.\n"
)


def portuguese(sentence: str) -> str:
    return FRAME + sentence


ARRESTS = [
    (
        "passive_foram_presos",
        "Foram presos 14 homens em São Paulo.",
        expect(row("arrested", 14, "BR", sex="male")),
    ),
    (
        "presos_em_flagrante",
        "Sete pessoas foram presas em flagrante no Rio de Janeiro.",
        expect(row("arrested", 7, "BR")),
    ),
    (
        "active_prendeu",
        "A Polícia Federal prendeu 22 suspeitos em Minas Gerais.",
        expect(row("arrested", 22, "BR")),
    ),
    (
        "portugal_deteve",
        "A Polícia Judiciária deteve seis homens em Lisboa.",
        expect(row("arrested", 6, "PT", sex="male")),
    ),
    (
        "headline_present_prende",
        "Polícia Civil prende 9 pessoas no Paraná.",
        expect(row("arrested", 9, "BR")),
    ),
    (
        "nominalisation_prisao_de",
        "A operação resultou na prisão de 11 pessoas na Bahia.",
        expect(row("arrested", 11, "BR")),
    ),
    (
        "participle_as_adjective_os_detidos",
        "Os 12 detidos em Braga vão ser presentes a tribunal.",
        expect(row("arrested", 12, "PT")),
    ),
    (
        "sex_breakdown",
        "Foram detidos dez homens e duas mulheres no Porto.",
        expect(
            row("arrested", 10, "PT", sex="male"),
            row("arrested", 2, "PT", sex="female"),
        ),
    ),
    (
        "more_than_digits",
        "Mais de 40 pessoas foram presas em todo o Brasil.",
        expect(row("arrested", 40, "BR", qualifier="at_least")),
    ),
    (
        "arrested_and_arguidos",
        "A operação terminou com 5 detidos e 12 arguidos em Coimbra.",
        expect(row("arrested", 5, "PT"), row("investigated", 12, "PT")),
    ),
    (
        "constituidos_arguidos",
        "Outros oito suspeitos foram constituídos arguidos em Setúbal.",
        expect(row("investigated", 8, "PT")),
    ),
    (
        "prisao_preventiva",
        "Três dos detidos ficaram em prisão preventiva.",
        expect(row("in_custody", 3)),
    ),
    (
        "minors_among_the_arrested",
        "Foram presos 15 suspeitos, dois deles adolescentes, em Pernambuco.",
        expect(row("arrested", 15, "BR"), row("arrested", 2, "BR", ages=(13, 19))),
    ),
]

OTHER_PEOPLE = [
    (
        "juveniles_apreendidos_are_arrested",
        "Dois adolescentes foram apreendidos e três adultos foram presos em Belém.",
        expect(
            row("arrested", 2, "BR", ages=(13, 19)),
            row("arrested", 3, "BR"),
        ),
    ),
    (
        "victims_identified",
        "Os investigadores identificaram 8 vítimas em Goiás.",
        expect(row("victims_identified", 8, "BR")),
    ),
    (
        "children_rescued",
        "A polícia resgatou quatro crianças em Manaus.",
        expect(row("victims_identified", 4, "BR")),
    ),
    (
        "nominal_prisao_preventiva_de",
        "A Justiça decretou a prisão preventiva de 4 suspeitos em Goiás.",
        expect(row("in_custody", 4, "BR")),
    ),
    (
        "finite_acusou",
        "O Ministério Público acusou quatro homens em Lisboa.",
        expect(row("charged", 4, "PT", sex="male")),
    ),
    (
        "participle_as_a_noun_after_a_verb",
        "A Polícia Civil prendeu cinco investigados em Cuiabá.",
        expect(row("arrested", 5, "BR")),
    ),
    (
        "suspects_identified",
        "Foram identificados 30 suspeitos no Ceará.",
        expect(row("suspects_identified", 30, "BR")),
    ),
    (
        "indiciados",
        "A Polícia Civil indiciou 6 pessoas em Santa Catarina.",
        expect(row("charged", 6, "BR")),
    ),
    (
        "convicted",
        "O tribunal condenou cinco homens em Lisboa.",
        expect(row("convicted", 5, "PT", sex="male")),
    ),
]

PLACES_AND_THINGS = [
    (
        "mandados_de_busca_e_apreensao",
        "Foram cumpridos 45 mandados de busca e apreensão em 10 estados.",
        expect(row("locations_searched", 45)),
    ),
    (
        "mandados_active",
        "Os agentes cumpriram 18 mandados de busca no Distrito Federal.",
        expect(row("locations_searched", 18, "BR")),
    ),
    (
        "buscas_domiciliarias",
        "A PJ realizou 25 buscas domiciliárias no Algarve.",
        expect(row("locations_searched", 25, "PT")),
    ),
    (
        "devices_by_type",
        "Foram apreendidos 30 computadores, 50 celulares e 10 tablets em Curitiba.",
        expect(
            row("devices_seized", 30, "BR", device="computer"),
            row("devices_seized", 50, "BR", device="mobile_phone"),
            row("devices_seized", 10, "BR", device="tablet"),
        ),
    ),
    (
        "telemoveis_portugal",
        "Foram apreendidos 12 telemóveis e 4 discos rígidos em Faro.",
        expect(
            row("devices_seized", 12, "PT", device="mobile_phone"),
            row("devices_seized", 4, "PT", device="hard_drive"),
        ),
    ),
    (
        "generic_devices",
        "A polícia apreendeu mais de 100 dispositivos eletrônicos em Belém.",
        expect(row("devices_seized", 100, "BR", qualifier="at_least")),
    ),
    (
        "files_with_thousands_dot",
        "Foram encontrados mais de 20.000 arquivos de abuso sexual infantil.",
        expect(row("files_seized", 20000, qualifier="at_least")),
    ),
    (
        "millions_word",
        "Os peritos encontraram 1,5 milhão de imagens em Brasília.",
        expect(row("files_seized", 1_500_000, "BR")),
    ),
    (
        "milhares_is_vague",
        "Foram apreendidos milhares de vídeos em Fortaleza.",
        expect(row("files_seized", 2000, "BR", qualifier="at_least")),
    ),
    (
        "officers_deployed",
        "Participaram da operação 200 policiais federais.",
        expect(row("officers_deployed", 200)),
    ),
    (
        "inspectors_portugal",
        "Na operação participaram 80 inspetores da Polícia Judiciária.",
        expect(row("officers_deployed", 80, "PT")),
    ),
    (
        "countries_involved",
        "A ação internacional envolveu 14 países.",
        expect(row("jurisdictions_involved", 14)),
    ),
    (
        "accounts_identified",
        "Foram identificados 60 perfis em redes sociais.",
        expect(row("accounts_identified", 60)),
    ),
    (
        "inqueritos_instaurados",
        "A polícia instaurou 12 inquéritos no Rio Grande do Sul.",
        expect(row("cases_opened", 12, "BR")),
    ),
]

AGES_AND_SHARES = [
    (
        "ages_between",
        "Os detidos, com idades entre os 23 e os 68 anos, vivem em Lisboa.",
        expect(row("youngest_age", 23, "PT"), row("oldest_age", 68, "PT")),
    ),
    (
        "ages_from_to",
        "Foram presos 8 homens de 25 a 60 anos em Salvador.",
        expect(
            row("arrested", 8, "BR", sex="male"),
            row("youngest_age", 25, "BR"),
            row("oldest_age", 60, "BR"),
        ),
    ),
    (
        "opening_partitive_dos_n",
        "Dos 25 presos em Recife, 22 são homens e três são mulheres.",
        expect(
            row("arrested", 25, "BR"),
            row("arrested", 22, "BR", sex="male"),
            row("arrested", 3, "BR", sex="female"),
        ),
    ),
    (
        "national_share_of_an_international_total",
        "A operação levou à prisão de 90 pessoas em todo o mundo, 20 delas no Brasil.",
        expect(row("arrested", 90), row("arrested", 20, "BR")),
    ),
]

NEGATIVES = [
    (
        "prison_sentence_years",
        "O homem foi condenado a 15 anos de prisão.",
        expect(),
    ),
    (
        "penalty_of_the_law",
        "O crime prevê pena de 4 a 8 anos de reclusão.",
        expect(),
    ),
    (
        "counts_of_crimes",
        "O suspeito responde por 30 crimes de abuso sexual.",
        expect(),
    ),
    (
        "date_and_year",
        "A operação foi deflagrada no dia 10 de abril de 2024.",
        expect(),
    ),
    (
        "time_of_day",
        "Os agentes chegaram à casa às 6h da manhã.",
        expect(),
    ),
    (
        "age_of_one_man",
        "O detido, de 38 anos, trabalhava como professor.",
        expect(),
    ),
    (
        "victims_of_one_offender",
        "O homem terá abusado de pelo menos três sobrinhas.",
        expect(),
    ),
    (
        "statistics_of_a_previous_year",
        "Em 2022, a SaferNet recebeu mais de 100.000 denúncias.",
        expect(),
    ),
    (
        "money",
        "O suspeito lucrou cerca de 50 mil reais com a venda do material.",
        expect(),
    ),
    (
        "phone_number",
        "As denúncias podem ser feitas pelo número 181.",
        expect(),
    ),
    (
        "read_more_furniture",
        "Leia também\nAcidente na BR-101 deixa dois feridos em Santa Catarina",
        expect(),
    ),
]


@cases(ARRESTS + OTHER_PEOPLE + PLACES_AND_THINGS + AGES_AND_SHARES + NEGATIVES)
def test_portuguese_coverage(text, expected):
    assert facts_of(portuguese(text)) == expected
