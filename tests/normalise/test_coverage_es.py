"""Coverage of the Spanish of police and press reports of operations against child sexual
exploitation online (Spain and Latin America), written from the language rather than from
any article: each case is one construction that states a figure of the contract, or one
that must give no figure. Invented sentences, each after a line of prose with no figure in
it (a single sentence is too short for the language to be told)."""

from __future__ import annotations

from tests.harness import cases, expect, facts_of, row

FRAME = (
    "La operación se desarrolló durante varios meses bajo la dirección de un juzgado de "
    "instrucción, según explicaron los responsables de la investigación.\n"
)


def spanish(sentence: str) -> str:
    return FRAME + sentence


ARRESTS = [
    (
        "impersonal_se_detuvo_a",
        "En Madrid se detuvo a 14 personas por distribuir material de abuso sexual infantil.",
        expect(row("arrested", 14, "ES", role="distribution")),
    ),
    (
        "reflexive_perfect_se_ha_detenido_a",
        "Se ha detenido a nueve hombres en Valencia.",
        expect(row("arrested", 9, "ES", sex="male")),
    ),
    (
        "passive_perfect_han_sido_detenidos",
        "Han sido detenidos 23 presuntos pedófilos en Andalucía.",
        expect(row("arrested", 23, "ES")),
    ),
    (
        "active_preterite_detuvieron_a",
        "Los agentes de la Policía Nacional detuvieron a 31 personas en Barcelona.",
        expect(row("arrested", 31, "ES")),
    ),
    (
        "headline_present_detiene_a",
        "La Guardia Civil detiene a 17 personas en Sevilla por compartir pornografía infantil.",
        expect(row("arrested", 17, "ES", role="distribution")),
    ),
    (
        "nominalisation_la_detencion_de",
        "La operación ha culminado con la detención de 12 personas en Bilbao.",
        expect(row("arrested", 12, "ES")),
    ),
    (
        "nominalisation_count_of_arrests",
        "La policía practicó 40 detenciones en Galicia.",
        expect(row("arrested", 40, "ES")),
    ),
    (
        "participle_as_adjective_los_detenidos",
        "Los 19 detenidos en Málaga pasaron a disposición judicial.",
        expect(row("arrested", 19, "ES")),
    ),
    (
        "number_word_and_sex_breakdown",
        "Fueron arrestados quince hombres y dos mujeres en Alicante.",
        expect(
            row("arrested", 15, "ES", sex="male"),
            row("arrested", 2, "ES", sex="female"),
        ),
    ),
    (
        "total_with_sex_breakdown_in_brackets",
        "Han sido detenidas 20 personas (18 hombres y dos mujeres) en Murcia.",
        expect(
            row("arrested", 20, "ES"),
            row("arrested", 18, "ES", sex="male"),
            row("arrested", 2, "ES", sex="female"),
        ),
    ),
    (
        "more_than_digits",
        "Más de 50 personas han sido detenidas en Colombia.",
        expect(row("arrested", 50, "CO", qualifier="at_least")),
    ),
    (
        "latin_american_aprehendidos",
        "La Policía Nacional del Perú aprehendió a seis sujetos en Lima.",
        expect(row("arrested", 6, "PE")),
    ),
    (
        "latin_american_capturados",
        "Fueron capturados ocho presuntos abusadores en Bogotá.",
        expect(row("arrested", 8, "CO")),
    ),
    (
        "minors_among_the_arrested",
        "Se ha detenido a 11 personas en Granada, dos de ellas menores de edad.",
        expect(row("arrested", 11, "ES")),
    ),
    (
        "arrested_and_investigated",
        "La operación se saldó con 8 detenidos y 5 investigados en Zaragoza.",
        expect(row("arrested", 8, "ES"), row("investigated", 5, "ES")),
    ),
]

OTHER_PEOPLE = [
    (
        "investigados_as_a_noun",
        "Además, hay 13 investigados en libertad en Toledo.",
        expect(row("investigated", 13, "ES")),
    ),
    (
        "passive_han_sido_investigadas",
        "Otras siete personas han sido investigadas en Cádiz.",
        expect(row("investigated", 7, "ES")),
    ),
    (
        "imputados",
        "El juez ha imputado a 10 personas en Sevilla.",
        expect(row("investigated", 10, "ES")),
    ),
    (
        "prision_provisional",
        "Seis de los detenidos ingresaron en prisión provisional.",
        expect(row("in_custody", 6)),
    ),
    (
        "nominal_prision_provisional_de",
        "El juez decretó la prisión provisional de cuatro hombres en Sevilla.",
        expect(row("in_custody", 4, "ES", sex="male")),
    ),
    (
        "finite_ingresaron_en_prision",
        "Tres de los detenidos ingresaron en prisión.",
        expect(row("in_custody", 3)),
    ),
    (
        "finite_acuso",
        "La fiscalía acusó a siete personas en Madrid.",
        expect(row("charged", 7, "ES")),
    ),
    (
        "participle_as_a_noun_after_a_verb",
        "El tribunal de Barcelona condenó a seis acusados.",
        expect(row("convicted", 6, "ES")),
    ),
    (
        "identified_victims",
        "Los investigadores identificaron a 12 víctimas menores de edad en Valencia.",
        expect(row("victims_identified", 12, "ES")),
    ),
    (
        "rescued_children",
        "La policía rescató a 9 niños en Ciudad de México.",
        expect(row("victims_identified", 9, "MX")),
    ),
    (
        "infinitive_rescatar",
        "La operación permitió rescatar a 11 menores en Paraguay.",
        expect(row("victims_identified", 11, "PY")),
    ),
    (
        "suspects_identified",
        "Los agentes identificaron a 25 sospechosos en Chile.",
        expect(row("suspects_identified", 25, "CL")),
    ),
    (
        "convicted_people",
        "Un tribunal de Madrid ha condenado a cinco hombres por difundir pornografía infantil.",
        expect(row("convicted", 5, "ES", sex="male", role="distribution")),
    ),
    (
        "charged_acusados",
        "La fiscalía ha acusado a siete personas en Santiago de Chile.",
        expect(row("charged", 7, "CL")),
    ),
]

PLACES_AND_THINGS = [
    (
        "se_han_practicado_registros",
        "Se han practicado 22 registros domiciliarios en Madrid.",
        expect(row("locations_searched", 22, "ES")),
    ),
    (
        "entradas_y_registros",
        "Los agentes realizaron 15 entradas y registros en Cataluña.",
        expect(row("locations_searched", 15, "ES")),
    ),
    (
        "latin_american_allanamientos",
        "Se llevaron a cabo 30 allanamientos en Buenos Aires.",
        expect(row("locations_searched", 30, "AR")),
    ),
    (
        "registered_homes",
        "La policía registró 12 domicilios en Asturias.",
        expect(row("locations_searched", 12, "ES")),
    ),
    (
        "devices_by_type",
        "Se intervinieron 20 ordenadores, 35 teléfonos móviles y 8 tabletas en Madrid.",
        expect(
            row("devices_seized", 20, "ES", device="computer"),
            row("devices_seized", 35, "ES", device="mobile_phone"),
            row("devices_seized", 8, "ES", device="tablet"),
        ),
    ),
    (
        "devices_generic_electronic",
        "Los agentes se incautaron de 150 dispositivos electrónicos en Canarias.",
        expect(row("devices_seized", 150, "ES")),
    ),
    (
        "hard_drives_seized",
        "Fueron intervenidos 40 discos duros en Galicia.",
        expect(row("devices_seized", 40, "ES", device="hard_drive")),
    ),
    (
        "argentine_secuestrados_for_evidence_seized",
        "Fueron secuestrados 40 teléfonos celulares y 12 computadoras en Buenos Aires.",
        expect(
            row("devices_seized", 40, "AR", device="mobile_phone"),
            row("devices_seized", 12, "AR", device="computer"),
        ),
    ),
    (
        "files_with_thousands_dot",
        "Se intervinieron más de 15.000 archivos de pornografía infantil en Madrid.",
        expect(row("files_seized", 15000, "ES", qualifier="at_least")),
    ),
    (
        "files_with_millions_word",
        "Los agentes hallaron 1,2 millones de imágenes en Argentina.",
        expect(row("files_seized", 1_200_000, "AR")),
    ),
    (
        "videos_and_photos",
        "La policía encontró 300 vídeos y 2.500 fotografías en Sevilla.",
        expect(
            row("files_seized", 300, "ES"),
            row("files_seized", 2500, "ES"),
        ),
    ),
    (
        "thousands_word_mil",
        "Se han intervenido 20 mil archivos en México.",
        expect(row("files_seized", 20000, "MX")),
    ),
    (
        "officers_deployed",
        "En el operativo participaron 200 agentes en toda España.",
        expect(row("officers_deployed", 200, "ES")),
    ),
    (
        "officers_mobilised",
        "Se movilizaron más de 300 efectivos policiales en Brasil y Argentina.",
        expect(row("officers_deployed", 300, qualifier="at_least")),
    ),
    (
        "countries_involved",
        "En la operación internacional participaron 12 países.",
        expect(row("jurisdictions_involved", 12)),
    ),
    (
        "accounts_identified",
        "Los investigadores identificaron 80 cuentas en redes sociales.",
        expect(row("accounts_identified", 80)),
    ),
    (
        "cases_opened",
        "La fiscalía abrió 45 investigaciones en Perú.",
        expect(row("cases_opened", 45, "PE")),
    ),
]

AGES_AND_SHARES = [
    (
        "ages_between",
        "Fueron detenidos 10 hombres en Madrid, de entre 19 y 70 años.",
        expect(
            row("arrested", 10, "ES", sex="male"),
            row("youngest_age", 19, "ES"),
            row("oldest_age", 70, "ES"),
        ),
    ),
    (
        "ages_from_to",
        "Los detenidos, de edades comprendidas entre los 25 y los 67 años, son de Murcia.",
        expect(row("youngest_age", 25, "ES"), row("oldest_age", 67, "ES")),
    ),
    (
        "opening_partitive_de_los_n",
        "De los 30 detenidos en Bilbao, 27 son hombres y tres mujeres.",
        expect(
            row("arrested", 30, "ES"),
            row("arrested", 27, "ES", sex="male"),
            row("arrested", 3, "ES", sex="female"),
        ),
    ),
    (
        "tens_of_thousands",
        "Se intervinieron decenas de miles de archivos en Madrid.",
        expect(row("files_seized", 20000, "ES", qualifier="at_least")),
    ),
    (
        "national_share_of_an_international_total",
        "La operación internacional se saldó con 120 detenidos, 15 de ellos en España.",
        expect(row("arrested", 120), row("arrested", 15, "ES")),
    ),
]

NEGATIVES = [
    (
        "prison_sentence_years",
        "El acusado fue condenado a 12 años de prisión por abusar de su sobrina.",
        expect(),
    ),
    (
        "prosecutor_asks_for_years",
        "La fiscalía pide 30 años de cárcel para el detenido.",
        expect(),
    ),
    (
        "counts_of_crimes",
        "Se le imputan 25 delitos de agresión sexual.",
        expect(),
    ),
    (
        "date_and_year",
        "La investigación empezó el 15 de marzo de 2023.",
        expect(),
    ),
    (
        "time_of_day",
        "Los agentes entraron en la vivienda a las 6.30 horas.",
        expect(),
    ),
    (
        "phone_number",
        "Cualquier información puede comunicarse en el teléfono 900 123 456.",
        expect(),
    ),
    (
        "age_of_one_named_man",
        "El detenido, de 45 años, trabajaba como monitor de tiempo libre.",
        expect(),
    ),
    (
        "victims_of_one_offender",
        "El hombre habría abusado de al menos seis menores durante una década.",
        expect(),
    ),
    (
        "statistics_of_a_previous_year",
        "En 2022 la unidad recibió más de 4.000 denuncias de ciudadanos.",
        expect(),
    ),
    (
        "kidnapped_children_are_no_seizure",
        "Tres niños fueron secuestrados en Rosario hace dos semanas.",
        expect(),
    ),
    (
        "read_more_furniture",
        "Noticias relacionadas\nLeer más: tres muertos en un accidente de tráfico en la A-7",
        expect(),
    ),
    (
        "percentage",
        "El 80 por ciento de las víctimas tenía menos de 13 años.",
        expect(),
    ),
    (
        "age_threshold_under_thirteen",
        "Las imágenes mostraban a menores de 13 años.",
        expect(),
    ),
]


@cases(ARRESTS + OTHER_PEOPLE + PLACES_AND_THINGS + AGES_AND_SHARES + NEGATIVES)
def test_spanish_coverage(text, expected):
    assert facts_of(spanish(text)) == expected
