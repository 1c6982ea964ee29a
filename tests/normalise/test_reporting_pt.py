"""How the police, prosecutors and press of Portuguese-speaking countries generally report
operations against child sexual exploitation online, beyond `test_language_pt.py`: the
prosecutors' verbs of a charge in Brazil and Portugal, a group kept in custody, officers
called "operacionais", qualifiers of a count, the sex written "do sexo masculino", more
devices and files by name, accounts by e-mail address, websites taken down and the role of
a livestream. Invented sentences, written from the language rather than from any article,
each after the frame of `test_language_pt.py` so that the text is read as Portuguese; and
constructions that must give no figure."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row
from tests.normalise.test_language_pt import portuguese

# Charges: Brazil's prosecutors "denunciam" and "oferecem denúncia contra"; Portugal's
# "deduzem acusação contra", a judge "pronuncia" the accused, who then "vão ser julgados";
# Brazil's police "indiciamento" is the charge of its inquiry.
CHARGES = [
    (
        "prosecutors_denunciou",
        "O Ministério Público Federal denunciou 14 pessoas por pornografia infantil em Goiás.",
        expect(row("charged", 14, "BR")),
    ),
    (
        "prosecutors_abbreviated_denunciou",
        "O MPF denunciou 6 homens no Paraná.",
        expect(row("charged", 6, "BR", sex="male")),
    ),
    (
        "ofereceu_denuncia_contra",
        "O Ministério Público ofereceu denúncia contra 9 pessoas em Santa Catarina.",
        expect(row("charged", 9, "BR")),
    ),
    (
        "deduziu_acusacao_contra",
        "O Ministério Público deduziu acusação contra 12 arguidos em Braga.",
        expect(row("charged", 12, "PT")),
    ),
    (
        "pronunciados",
        "Foram pronunciados 8 arguidos no Porto.",
        expect(row("charged", 8, "PT")),
    ),
    (
        "vao_ser_julgados",
        "Vão ser julgados 11 homens em Coimbra.",
        expect(row("charged", 11, "PT", sex="male")),
    ),
    (
        "viraram_reus",
        "A Justiça aceitou a denúncia e 5 pessoas viraram réus em Goiás.",
        expect(row("charged", 5, "BR")),
    ),
    (
        "headline_torna_reus",
        "A Justiça torna réus 10 investigados em Goiás.",
        expect(row("charged", 10, "BR")),
    ),
    (
        "indiciamento_de",
        "A investigação culminou no indiciamento de 5 pessoas em Goiás.",
        expect(row("charged", 5, "BR")),
    ),
]

# Convictions and custody: "considerados culpados"; a group that "permanece/continua
# presa" is held in custody, not arrested again.
CONVICTIONS_AND_CUSTODY = [
    (
        "considerados_culpados",
        "Foram considerados culpados 6 homens em Lisboa.",
        expect(row("convicted", 6, "PT", sex="male")),
    ),
    (
        "declarados_culpados",
        "O tribunal declarou culpados 4 arguidos em Faro.",
        expect(row("convicted", 4, "PT")),
    ),
    (
        "julgou_culpados",
        "O tribunal julgou culpados 3 homens em Faro.",
        expect(row("convicted", 3, "PT", sex="male")),
    ),
    # "arguidos" names the accused; their predicate, not the word, tells what befell them
    (
        "arguidos_then_convicted",
        "Cinco arguidos foram condenados em Lisboa.",
        expect(row("convicted", 5, "PT")),
    ),
    (
        "arguidos_then_custody",
        "Quatro arguidos ficaram em prisão preventiva em Braga.",
        expect(row("in_custody", 4, "PT")),
    ),
    (
        "arguidos_then_a_measure_of_custody",
        "Cinco arguidos ficaram sujeitos à medida de coação de prisão preventiva em Braga.",
        expect(row("in_custody", 5, "PT")),
    ),
    (
        "arguidos_under_a_lighter_measure_stay_investigated",
        "Doze arguidos ficaram sujeitos a termo de identidade e residência em Faro.",
        expect(row("investigated", 12, "PT")),
    ),
    (
        "permanecem_presos",
        "Seis suspeitos permanecem presos em Curitiba.",
        expect(row("in_custody", 6, "BR")),
    ),
    (
        "continuam_detidos",
        "Três homens continuam detidos no Porto.",
        expect(row("in_custody", 3, "PT", sex="male")),
    ),
]

INVESTIGATIONS = [
    (
        "interrogados",
        "Foram interrogados 15 suspeitos em Setúbal.",
        expect(row("investigated", 15, "PT")),
    ),
]

# Portugal's forces count their officers as "operacionais" and "elementos policiais".
OFFICERS = [
    (
        "operacionais",
        "A operação envolveu 200 operacionais em Évora.",
        expect(row("officers_deployed", 200, "PT")),
    ),
]

# Qualifiers of a count that the press writes before it.
QUALIFIERS = [
    (
        "para_cima_de",
        "Foram apreendidos para cima de 300 telemóveis em Lisboa.",
        expect(row("devices_seized", 300, "PT", device="mobile_phone", qualifier="at_least")),
    ),
    (
        "em_numero_superior_a",
        "Foram detidas em número superior a 40 pessoas em Lisboa.",
        expect(row("arrested", 40, "PT", qualifier="at_least")),
    ),
    (
        "na_ordem_dos",
        "Foram apreendidos na ordem dos 3 mil ficheiros no Porto.",
        expect(row("files_seized", 3000, "PT", qualifier="approximately")),
    ),
    (
        "na_casa_dos",
        "Foram apreendidos na casa dos 2 mil arquivos em Manaus.",
        expect(row("files_seized", 2000, "BR", qualifier="approximately")),
    ),
    (
        "mais_ou_menos",
        "Foram detidos mais ou menos 30 suspeitos em Faro.",
        expect(row("arrested", 30, "PT", qualifier="approximately")),
    ),
    (
        "inferior_a",
        "Foram identificadas em número inferior a 20 vítimas em Faro.",
        expect(row("victims_identified", 20, "PT", qualifier="at_most")),
    ),
]

# People: a sex written "do sexo masculino/feminino" after the noun, as Portugal's
# police write it; "sujeitos" as Brazil's police call suspects.
PEOPLE = [
    (
        "individuos_do_sexo_masculino",
        "Foram detidos 5 indivíduos do sexo masculino em Setúbal.",
        expect(row("arrested", 5, "PT", sex="male")),
    ),
    (
        "pessoas_do_sexo_feminino",
        "A PSP deteve 2 pessoas do sexo feminino em Lisboa.",
        expect(row("arrested", 2, "PT", sex="female")),
    ),
    (
        "sujeitos",
        "Os policiais prenderam 6 sujeitos em Belém.",
        expect(row("arrested", 6, "BR")),
    ),
]

# Devices and files by the names reports give them.
DEVICES_AND_FILES = [
    (
        "solid_state_drives",
        "Foram apreendidos 4 SSDs e 3 HDs em Curitiba.",
        expect(
            row("devices_seized", 4, "BR", device="hard_drive"),
            row("devices_seized", 3, "BR", device="hard_drive"),
        ),
    ),
    (
        "cds_and_dvds",
        "Foram apreendidos 8 DVDs e 20 CDs em Fortaleza.",
        expect(
            row("devices_seized", 8, "BR", device="storage_device"),
            row("devices_seized", 20, "BR", device="storage_device"),
        ),
    ),
    (
        "sd_cards",
        "Os inspetores apreenderam 6 cartões SD em Braga.",
        expect(row("devices_seized", 6, "PT", device="storage_device")),
    ),
    (
        "modems",
        "Foram apreendidos 7 modems em Goiânia.",
        expect(row("devices_seized", 7, "BR", device="other")),
    ),
    (
        "cameras_by_other_names",
        "Foram apreendidas 3 webcams e 2 máquinas fotográficas em Faro.",
        expect(
            row("devices_seized", 3, "PT", device="other"),
            row("devices_seized", 2, "PT", device="other"),
        ),
    ),
    (
        "brand_names_of_phones_and_tablets",
        "Foram apreendidos 5 iPhones e 2 iPads em Recife.",
        expect(
            row("devices_seized", 5, "BR", device="mobile_phone"),
            row("devices_seized", 2, "BR", device="tablet"),
        ),
    ),
    (
        "conteudos",
        "Foram apreendidos mais de 10 mil conteúdos de abuso sexual de crianças em Viseu.",
        expect(row("files_seized", 10_000, "PT", qualifier="at_least")),
    ),
]

PLACES = [
    (
        "apartments_searched",
        "Os agentes fizeram buscas em 12 apartamentos em Lisboa.",
        expect(row("locations_searched", 12, "PT")),
    ),
]

# Accounts by their e-mail addresses; websites and channels taken down.
ACCOUNTS_AND_WEBSITES = [
    (
        "email_addresses",
        "Foram identificados 300 endereços de e-mail em Portugal.",
        expect(row("accounts_identified", 300, "PT")),
    ),
    (
        "sites_removed",
        "Foram removidos 20 sites em Portugal.",
        expect(row("websites_blocked", 20, "PT")),
    ),
    (
        "sites_removed_active",
        "Os investigadores removeram 30 sites no Brasil.",
        expect(row("websites_blocked", 30, "BR")),
    ),
    (
        "channels_deactivated",
        "Foram desativados 15 canais no Brasil.",
        expect(row("websites_blocked", 15, "BR")),
    ),
    (
        "accounts_suspended",
        "Foram suspensas 300 contas no Brasil.",
        expect(row("websites_blocked", 300, "BR")),
    ),
]

# The role of a livestream, its object between the verb and "ao vivo".
ROLES = [
    (
        "livestreams_of_abuse",
        "Foram presos 3 homens que faziam transmissões ao vivo de abusos em Manaus.",
        expect(row("arrested", 3, "BR", sex="male", role="livestreaming")),
    ),
    (
        "transmitted_abuse_live",
        "Foram presos 3 homens que transmitiam abusos ao vivo em Manaus.",
        expect(row("arrested", 3, "BR", sex="male", role="livestreaming")),
    ),
]


@cases(
    CHARGES
    + CONVICTIONS_AND_CUSTODY
    + INVESTIGATIONS
    + OFFICERS
    + QUALIFIERS
    + PEOPLE
    + DEVICES_AND_FILES
    + PLACES
    + ACCOUNTS_AND_WEBSITES
    + ROLES
)
def test_portuguese_reporting(text, expected):
    assert facts_of(portuguese(text)) == expected


# Constructions near the new rows that must give no figure.
NOT_FIGURES = [
    # "denunciou" is a charge only after a prosecutor: a victim or a relative who
    # "denuncia" someone reports him to the police
    ("a_mother_reports_two_men", "A mãe denunciou 2 homens à polícia em Manaus."),
    # an IP address is no place searched
    ("ip_addresses_found", "Foram encontrados 500 endereços IP em Portugal."),
    ("ip_addresses_located", "Os peritos localizaram 40 endereços de IP no Brasil."),
    # units of a force are no officers
    ("operational_units", "A PJ criou 3 unidades operacionais dedicadas ao cibercrime."),
    ("operational_teams", "A PJ tem 3 equipas operacionais em Faro."),
    # content a platform removes is not seized
    ("videos_removed_by_a_platform", "A plataforma removeu 2 mil vídeos no Brasil."),
    # suspended sentences are no accounts suspended
    ("suspended_sentences", "Foram aplicadas 3 penas suspensas aos arguidos em Faro."),
    # a term over a threshold is no count
    ("a_term_over_a_threshold", "O crime é punido com pena superior a 5 anos de prisão."),
    # the number of crimes a defendant is tried for is no count of people
    ("crimes_tried", "O arguido vai ser julgado por 35 crimes de pornografia de menores."),
    # one convicted man's prison term
    (
        "one_mans_term_after_culpado",
        "O homem foi considerado culpado e condenado a 9 anos de prisão.",
    ),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_FIGURES])
def test_portuguese_reporting_not_figures(text):
    assert facts_of(portuguese(text)) == []


def test_arrest_warrants_carried_out_are_arrests_and_issued_ones_are_none():
    carried_out = "A Polícia Federal cumpriu 30 mandados de prisão e 45 mandados de busca."
    assert facts_of(portuguese(carried_out)) == expect(
        row("arrested", 30, "BR"), row("locations_searched", 45, "BR")
    )
    assert facts_of(portuguese("Foram expedidos 15 mandados de prisão.")) == []


def test_a_count_in_the_country_and_more_countries_is_the_operations():
    text = "Os policiais cumprem 90 mandados de busca no Brasil e em mais quatro países."
    assert row("locations_searched", 90, "ALL") in facts_of(portuguese(text))
