"""How police, prosecutors and the press of Spanish-speaking countries generally report
operations against child sexual exploitation online, beyond `test_language_es.py` and
`test_coverage_es.py`: finite forms of verbs whose participles were already known
("apresaron", "sentenció", "procesó"), the formal steps of a prosecution in Spain and Latin
America ("vinculados a proceso", "se sentarán en el banquillo", "formuló cargos contra"),
victims "puestos a salvo", websites and profiles closed or "dados de baja", case files
opened ("incoar", "carpetas de investigación"), officers named as Latin American reports
name them ("uniformados", "elementos de la Guardia Nacional"), devices and people nouns,
roles named by nouns ("por tenencia y distribución de pornografía infantil") and
qualifiers ("un máximo de", "en torno a los"). Each positive has, where a misreading is
plausible, a negative beside it. Invented sentences after the frame of
`test_language_es.py` (a single sentence is too short for the language to be told)."""

from __future__ import annotations

from tests.harness import cases, expect, facts_of, row
from tests.normalise.test_language_es import spanish

# Verbs of arrest, custody, investigation and search in forms the vocabulary lacked.
ARRESTS_AND_CUSTODY = [
    (
        "finite_apresaron",
        "Los agentes apresaron a cinco sospechosos en Lima.",
        expect(row("arrested", 5, "PE")),
    ),
    (
        "sent_to_prison_by_the_judge",
        "El juez envió a prisión a cuatro hombres en Sevilla.",
        expect(row("in_custody", 4, "ES", sex="male")),
    ),
    (
        "nominal_ingreso_en_prision",
        "La jueza decretó el ingreso en prisión de tres hombres.",
        expect(row("in_custody", 3, sex="male")),
    ),
    (
        "recluidos_in_prison",
        "Fueron recluidos cinco hombres en un penal de Lima.",
        expect(row("in_custody", 5, "PE", sex="male")),
    ),
    (
        "summoned_to_testify_as_suspects",
        "Siete personas fueron citadas a declarar en Buenos Aires.",
        expect(row("investigated", 7, "AR")),
    ),
    (
        "argentine_indagados",
        "Fueron indagados seis hombres en Mendoza.",
        expect(row("investigated", 6, "AR", sex="male")),
    ),
    (
        "internet_users_and_adults_as_people",
        "Fueron detenidos 20 internautas y 3 adultos más en Madrid.",
        expect(row("arrested", 20, "ES"), row("arrested", 3, "ES")),
    ),
    (
        "cybercriminals_as_people",
        "La policía arrestó a 9 ciberdelincuentes en Bogotá.",
        expect(row("arrested", 9, "CO")),
    ),
]

# The steps of a prosecution: charged, committed for trial, tried, convicted.
PROSECUTION = [
    (
        "procesar_a_in_spain",
        "El juez procesó a ocho personas por distribuir pornografía infantil.",
        expect(row("charged", 8, role="distribution")),
    ),
    (
        "nominal_procesamiento",
        "El juzgado acordó el procesamiento de seis hombres.",
        expect(row("charged", 6, sex="male")),
    ),
    (
        "mexican_vinculados_a_proceso",
        "Fueron vinculados a proceso seis hombres en Jalisco.",
        expect(row("charged", 6, "MX", sex="male")),
    ),
    (
        "mexican_vinculo_a_proceso_a",
        "Un juez vinculó a proceso a cuatro sujetos en Puebla.",
        expect(row("charged", 4, "MX")),
    ),
    (
        "formulo_cargos_contra",
        "La Fiscalía formuló cargos contra siete personas en Santiago de Chile.",
        expect(row("charged", 7, "CL")),
    ),
    (
        "escrito_de_acusacion_contra",
        "La fiscal ha presentado escrito de acusación contra nueve personas.",
        expect(row("charged", 9)),
    ),
    (
        "will_be_tried",
        "Serán juzgados doce hombres en la Audiencia de Barcelona.",
        expect(row("charged", 12, "ES", sex="male")),
    ),
    (
        "in_the_dock",
        "Se sentarán en el banquillo ocho hombres por difundir vídeos.",
        expect(row("charged", 8, sex="male", role="distribution")),
    ),
    (
        "encausados",
        "Los 14 encausados llegaron a un acuerdo con la fiscalía.",
        expect(row("charged", 14)),
    ),
    (
        "finite_sentencio_a",
        "Un tribunal de Lima sentenció a cuatro hombres.",
        expect(row("convicted", 4, "PE", sex="male")),
    ),
    (
        "headline_present_condena_a",
        "La Audiencia de Madrid condena a cinco hombres por compartir pornografía infantil.",
        expect(row("convicted", 5, "ES", sex="male", role="distribution")),
    ),
    (
        "pleaded_guilty",
        "Seis hombres se declararon culpables ante el tribunal.",
        expect(row("convicted", 6, sex="male")),
    ),
]

# Victims, websites, case files, officers.
VICTIMS_SITES_CASES_OFFICERS = [
    (
        "victims_puestos_a_salvo",
        "La policía puso a salvo a cinco menores en Lima.",
        expect(row("victims_identified", 5, "PE")),
    ),
    (
        "victims_puestas_a_salvo_passive",
        "Fueron puestas a salvo nueve niñas.",
        expect(row("victims_identified", 9, sex="female")),
    ),
    (
        "victims_ubicados_by_police",
        "Los agentes ubicaron a 5 víctimas en Guatemala.",
        expect(row("victims_identified", 5, "GT")),
    ),
    (
        "babies_as_victims",
        "Los investigadores identificaron a dos bebés en los vídeos.",
        expect(row("victims_identified", 2)),
    ),
    (
        "websites_closed",
        "La policía cerró 15 sitios web en Madrid.",
        expect(row("websites_blocked", 15, "ES")),
    ),
    (
        "profiles_eliminated",
        "Se eliminaron 200 perfiles de redes sociales.",
        expect(row("websites_blocked", 200)),
    ),
    (
        "profiles_dados_de_baja",
        "Fueron dados de baja 30 canales de Telegram.",
        expect(row("websites_blocked", 30)),
    ),
    (
        "cases_incoadas",
        "El juzgado incoó 25 diligencias previas.",
        expect(row("cases_opened", 25)),
    ),
    (
        "mexican_carpetas_de_investigacion",
        "La Fiscalía abrió 30 carpetas de investigación en Jalisco.",
        expect(row("cases_opened", 30, "MX")),
    ),
    (
        "officers_uniformados",
        "Unos 200 uniformados participaron en el operativo en Bogotá.",
        expect(row("officers_deployed", 200, "CO", qualifier="approximately")),
    ),
    (
        "officers_elementos_de_la_guardia",
        "En el operativo participaron 300 elementos de la Guardia Nacional.",
        expect(row("officers_deployed", 300, "MX")),
    ),
    (
        "officers_gendarmes",
        "Más de 80 gendarmes participaron en los allanamientos.",
        expect(row("officers_deployed", 80, qualifier="at_least")),
    ),
]

DEVICES_AND_FILES = [
    (
        "nominal_intervencion_de",
        "La operación permitió la intervención de 20 ordenadores en Madrid.",
        expect(row("devices_seized", 20, "ES", device="computer")),
    ),
    (
        "headline_present_interviene",
        "La Policía Nacional interviene 500 archivos en Valencia.",
        expect(row("files_seized", 500, "ES")),
    ),
    (
        "files_recovered",
        "Los peritos recuperaron 3.000 imágenes borradas.",
        expect(row("files_seized", 3000)),
    ),
    (
        "servers_seized",
        "Fueron incautados 3 servidores en Madrid.",
        expect(row("devices_seized", 3, "ES", device="other")),
    ),
    (
        "routers_are_routers",
        "Se intervinieron 4 routers y 2 videoconsolas.",
        expect(
            row("devices_seized", 4, device="router"),
            row("devices_seized", 2, device="other"),
        ),
    ),
    (
        "sd_cards_are_storage",
        "Se requisaron 9 tarjetas SD en Málaga.",
        expect(row("devices_seized", 9, "ES", device="storage_device")),
    ),
    (
        "screenshots_are_files_not_arrests",
        "Los agentes hallaron 300 capturas de pantalla en el teléfono.",
        expect(row("files_seized", 300)),
    ),
    (
        "court_orders_of_entry_executed",
        "Se ejecutaron 12 mandamientos judiciales de entrada y registro.",
        expect(row("locations_searched", 12)),
    ),
]

# Roles named by nouns ("por tenencia de …") and by verbs the vocabulary lacked; and
# people named by what they did.
ROLES = [
    (
        "possession_by_tenencia",
        "Fueron detenidas 14 personas por tenencia de pornografía infantil.",
        expect(row("arrested", 14, role="possession")),
    ),
    (
        "distribution_by_noun",
        "Se detuvo a 6 hombres por la difusión de material de abuso sexual infantil.",
        expect(row("arrested", 6, sex="male", role="distribution")),
    ),
    (
        "purchase_by_noun",
        "Fueron detenidos 2 hombres por la compra de vídeos de abusos a menores.",
        expect(row("arrested", 2, sex="male", role="purchase")),
    ),
    (
        "production_by_noun",
        "Fueron detenidos 3 hombres por la elaboración de material pedófilo.",
        expect(row("arrested", 3, sex="male", role="production")),
    ),
    (
        "distribution_by_exchange",
        "Fueron detenidas 5 personas que intercambiaban archivos pedófilos.",
        expect(row("arrested", 5, role="distribution")),
    ),
    (
        "distributors_as_people",
        "La policía detuvo a 6 distribuidores de pornografía infantil.",
        expect(row("arrested", 6, role="distribution")),
    ),
    (
        "grooming_by_its_english_name",
        "Fueron detenidos 8 hombres por child grooming.",
        expect(row("arrested", 8, sex="male", role="grooming")),
    ),
    (
        "grooming_by_contact_with_minors",
        "Se detuvo a 4 hombres por contactar con menores a través de Instagram.",
        expect(row("arrested", 4, sex="male", role="grooming")),
    ),
    (
        "livestreaming_of_abuse",
        "Fueron detenidos 7 hombres que pagaban por ver abusos en directo.",
        expect(row("arrested", 7, sex="male", role="purchase")),
    ),
    (
        "livestreaming_by_transmission",
        "Se detuvo a 2 hombres que transmitían en directo abusos a menores.",
        expect(row("arrested", 2, sex="male", role="livestreaming")),
    ),
]

QUALIFIERS = [
    (
        "un_maximo_de",
        "Cada equipo revisó un máximo de 20 ordenadores incautados.",
        expect(row("devices_seized", 20, qualifier="at_most", device="computer")),
    ),
    (
        "un_minimo_de",
        "En el operativo participaron un mínimo de 200 agentes.",
        expect(row("officers_deployed", 200, qualifier="at_least")),
    ),
    (
        "en_torno_a_los",
        "En el dispositivo participaron en torno a los 300 agentes.",
        expect(row("officers_deployed", 300, qualifier="approximately")),
    ),
]


@cases(ARRESTS_AND_CUSTODY + PROSECUTION + VICTIMS_SITES_CASES_OFFICERS + DEVICES_AND_FILES)
def test_spanish_reporting(text, expected):
    assert facts_of(spanish(text)) == expected


@cases(ROLES + QUALIFIERS)
def test_spanish_roles_and_qualifiers(text, expected):
    assert facts_of(spanish(text)) == expected


# Constructions near the new rows that state no figure of the contract.
NOT_FIGURES = [
    (
        "public_servants_are_no_servers",
        "Fueron detenidos 3 servidores públicos por encubrir los hechos.",
        expect(),
    ),
    (
        "the_courts_are_no_people_tried",
        "Tres juzgados de Madrid instruyen la causa.",
        expect(),
    ),
    (
        "data_processed_is_no_prosecution",
        "El sistema procesó 300 archivos por minuto.",
        expect(),
    ),
    (
        "sentenced_to_years",
        "El tribunal sentenció a 12 años de prisión al acusado.",
        expect(),
    ),
    (
        "a_sentence_of_years_in_the_present",
        "La Audiencia condena a 8 años de cárcel al detenido.",
        expect(),
    ),
    (
        "a_closed_forum_is_no_block",
        "Los investigadores accedieron a 4 foros cerrados de la red oscura.",
        expect(),
    ),
    (
        "possession_of_weapons_is_no_role",
        "Fueron detenidos 3 hombres por tenencia ilícita de armas.",
        expect(row("arrested", 3, sex="male")),
    ),
    (
        "drug_use_is_no_role",
        "Fueron detenidas 4 personas por el consumo de drogas en la vía pública.",
        expect(row("arrested", 4)),
    ),
    (
        "selling_cars_is_no_distribution",
        "Fueron detenidos 5 hombres por la venta de coches robados.",
        expect(row("arrested", 5, sex="male")),
    ),
    (
        "contacting_the_police_is_no_grooming",
        "Fueron detenidos 3 hombres que contactaron con la policía de Sevilla.",
        expect(row("arrested", 3, "ES", sex="male")),
    ),
    (
        "screenshots_without_a_seizure_are_no_arrests",
        "En el móvil había 40 capturas de pantalla de conversaciones con menores.",
        expect(),
    ),
    (
        "a_maximum_penalty",
        "El delito está castigado con un máximo de 9 años de prisión.",
        expect(),
    ),
    (
        "located_in_is_no_identification",
        "Los 12 domicilios ubicados en Lima pertenecían a familiares.",
        expect(),
    ),
    (
        "released_is_no_rescue_of_the_arrested",
        "La policía dejó en libertad a otros 3 sospechosos.",
        expect(),
    ),
]


@cases(NOT_FIGURES)
def test_spanish_constructions_that_state_no_figure(text, expected):
    assert facts_of(spanish(text)) == expected


def test_files_a_device_held_are_files_found():
    text = "Detuvieron a un hombre cuyo ordenador almacenaba 4.500 archivos de abuso sexual."
    assert row("files_seized", 4500) in facts_of(spanish(text))
