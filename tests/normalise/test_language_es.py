"""Rules in Spanish (`pipeline/vocab/es/`) beyond those of `test_languages.py`: counts of one
in a list, devices named in the singular, collective and lone scale numbers, victims taken
into protection, people placed under investigation, and raids called "procedimientos".
Invented sentences, each after a line of prose with no figure in it (a single sentence is
too short for the language to be told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row

FRAME = (
    "La investigación comenzó hace varios meses tras la denuncia de una asociación de "
    "protección de la infancia, según informaron este lunes fuentes policiales.\n"
)


def spanish(sentence: str) -> str:
    return FRAME + sentence


SPANISH_CONSTRUCTIONS = [
    (
        "one_device_as_an_item_of_a_list",
        "Los agentes incautaron ocho ordenadores y una tableta en Zaragoza.",
        expect(
            row("devices_seized", 8, "ES", device="computer"),
            row("devices_seized", 1, "ES", device="tablet"),
        ),
    ),
    (
        "ones_after_other_items_of_a_list",
        "Se incautaron tres portátiles, un teléfono y una tableta.",
        expect(
            row("devices_seized", 3, device="laptop"),
            row("devices_seized", 1, device="mobile_phone"),
            row("devices_seized", 1, device="tablet"),
        ),
    ),
    (
        "a_one_after_long_items_of_a_list",
        "La Guardia Civil requisó dos ordenadores de sobremesa, una memoria externa y un "
        "teléfono móvil antiguo.",
        expect(
            row("devices_seized", 2, "ES", device="computer"),
            row("devices_seized", 1, "ES", device="storage_device"),
            row("devices_seized", 1, "ES", device="mobile_phone"),
        ),
    ),
    (
        "hard_drives_and_usb_are_storage",
        "Se requisaron 14 discos duros y memorias USB, además de unos 200 DVD en Málaga.",
        expect(
            row("devices_seized", 14, "ES", device="storage_device"),
            row("devices_seized", 200, "ES", device="storage_device", qualifier="approximately"),
        ),
    ),
    (
        "a_thousand_alone_and_a_collective_number",
        "La policía requisó más de mil archivos y detuvo a una veintena de personas en Murcia.",
        expect(
            row("files_seized", 1000, "ES", qualifier="at_least"),
            row("arrested", 20, "ES", qualifier="at_least"),
        ),
    ),
    (
        "a_hundred_and_twenty",
        "Fueron detenidos ciento veinte hombres en Toledo.",
        expect(row("arrested", 120, "ES", sex="male")),
    ),
    (
        "a_decimal_comma_and_a_scale_word",
        "Se incautaron 2,5 millones de archivos en Valencia.",
        expect(row("files_seized", 2_500_000, "ES")),
    ),
    (
        "victims_taken_into_protection",
        "En Lima la policía dejó bajo resguardo a cinco niñas.",
        expect(row("victims_identified", 5, "PE", sex="female")),
    ),
    (
        "the_protection_of_possible_victims",
        "La fiscalía de Quito ordenó el resguardo de siete menores.",
        expect(row("victims_identified", 7, "EC")),
    ),
    (
        "others_placed_under_investigation",
        "La Policía Nacional arrestó a 7 hombres en Cádiz, y otros dos quedan en calidad de "
        "investigados.",
        expect(row("arrested", 7, "ES", sex="male"), row("investigated", 2, "ES")),
    ),
    (
        "a_bare_count_and_its_place_after_a_count",
        "La policía identificó a 9 niños en Chile y tres en Perú.",
        expect(row("victims_identified", 9, "CL"), row("victims_identified", 3, "PE")),
    ),
    (
        "files_extracted_from_seized_devices",
        "Los peritos informaron que se extrajeron más de 5.000 fotografías del servidor.",
        expect(row("files_seized", 5000, qualifier="at_least")),
    ),
    (
        "raids_called_procedimientos",
        "La fuerza federal realizó 21 procedimientos en Mendoza.",
        expect(row("locations_searched", 21, "AR")),
    ),
    (
        "age_range_of_victims_counted_before_and_named_by_a_demonstrative",
        "La policía rescató a 12 niños. Estas víctimas tienen entre 6 y 15 años.",
        expect(row("victims_identified", 12), row("youngest_age", 6), row("oldest_age", 15)),
    ),
]


@cases(SPANISH_CONSTRUCTIONS)
def test_spanish_constructions(text, expected):
    assert facts_of(spanish(text)) == expected


NOT_COUNTS = [
    ("one_as_an_article", "Un hombre fue detenido en Granada tras una larga investigación."),
    ("legal_proceedings", "El juzgado abrió 3 procedimientos judiciales contra la empresa."),
    ("what_a_suspect_downloaded", "El acusado había descargado 300 vídeos en su casa."),
    ("a_percentage", "El 20 por ciento de los archivos procedían de foros extranjeros."),
    ("a_decimal_comma_without_a_scale_word", "El servidor almacenaba 2,5 archivos por segundo."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_spanish_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(spanish(text)) == []


# A count whose event the sentence denies (`negation` in function_words.csv) gives no
# fact; a word for "only" or "fewer" after the negation denies nothing.
SPANISH_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "La policía detuvo a 5 hombres en Sevilla, pero otros 3 sospechosos no fueron detenidos.",
        expect(row("arrested", 5, "ES", sex="male")),
    ),
    (
        "a_verb_denied_before_its_object",
        "Los agentes no detuvieron a los 2 menores que estaban en la vivienda.",
        [],
    ),
    (
        "not_only_is_no_negation",
        "No solo fueron detenidos 4 hombres, también se registraron 3 viviendas.",
        expect(row("arrested", 4, sex="male"), row("locations_searched", 3)),
    ),
]


@cases(SPANISH_NEGATIONS)
def test_spanish_negated_events_give_no_facts(text, expected):
    assert facts_of(spanish(text)) == expected


# "nine of them in Argentina": a count followed by the language's "of them" (a
# `count_end` word, then a place, a conjunction or the clause's end) counts a part of
# the count before it, whose noun and event it leaves out; a verb of its own after
# "of them" is no part of that event.
SPANISH_PARTS_OF_THEM = [
    (
        "part_of_them_in_a_place",
        "En total fueron detenidas 15 personas, 9 de ellas en Argentina y 2 en Chile.",
        expect(row("arrested", 15, "AR"), row("arrested", 2, "CL"), row("arrested", 9, "AR")),
    ),
    (
        "part_of_which_in_a_place",
        "Se rescató a 6 menores, tres de ellos en México.",
        expect(row("victims_identified", 3, "MX"), row("victims_identified", 6, "MX")),
    ),
    (
        "part_of_them_with_a_verb_of_its_own",
        "La policía detuvo a 10 personas, 4 de ellas fueron puestas en libertad.",
        expect(row("arrested", 10)),
    ),
]


@cases(SPANISH_PARTS_OF_THEM)
def test_spanish_parts_of_them(text, expected):
    assert facts_of(spanish(text)) == expected


# "Two of those arrested produced …": a count joined by the language's `subset_of`
# words to a group its participle names, with a role in its own words, is that group's
# part with the role; without a role it is no figure (`counts.of_a_named_group`). (A part
# sent to prison is `in_custody` by its own event: `test_coverage_es`.)
SPANISH_PARTS_OF_A_NAMED_GROUP = [
    (
        "part_of_a_named_group_with_a_role",
        "La policía detuvo a 20 personas. Dos de los detenidos producían su propio material.",
        expect(row("arrested", 2, role="production"), row("arrested", 20)),
    ),
    (
        "part_of_a_named_group_with_a_role_after_a_semicolon",
        "Se detuvo a 9 personas; cuatro de los detenidos distribuían vídeos a través de Telegram.",
        expect(row("arrested", 4, role="distribution"), row("arrested", 9)),
    ),
    (
        "part_of_a_named_group_without_a_role",
        "Fueron detenidas 12 personas y tres de los detenidos reconocieron los hechos.",
        expect(row("arrested", 12)),
    ),
]


@cases(SPANISH_PARTS_OF_A_NAMED_GROUP)
def test_spanish_parts_of_a_named_group(text, expected):
    assert facts_of(spanish(text)) == expected


# Headlines and leads tell an operation in the present ("La policía detiene a …"): the
# third-person present of the events' verbs counts as their past does; "imputar" (to put
# under formal investigation) in its finite forms is `investigate` as "imputado" is.
SPANISH_PRESENT_TENSE = [
    (
        "arrest_in_the_present_singular",
        "La Guardia Civil detiene a 6 personas en Murcia tras una larga investigación.",
        expect(row("arrested", 6, "ES")),
    ),
    (
        "arrest_in_the_present_plural",
        "Los agentes detienen a ocho hombres y arrestan a otra mujer más tarde.",
        expect(row("arrested", 8, sex="male")),
    ),
    (
        "arrest_with_a_synonym_in_the_present",
        "La policía aprehende a cuatro sospechosos en una vivienda.",
        expect(row("arrested", 4)),
    ),
    (
        "seizure_in_the_present",
        "La Policía incauta 15 ordenadores y decomisa 3 tabletas.",
        expect(
            row("devices_seized", 15, device="computer"),
            row("devices_seized", 3, device="tablet"),
        ),
    ),
    (
        "rescue_in_the_present",
        "La policía rescata a 5 menores en una operación.",
        expect(row("victims_identified", 5)),
    ),
    (
        "imputed_in_the_past",
        "Los agentes imputaron a siete jóvenes el pasado martes.",
        expect(row("investigated", 7)),
    ),
    (
        "imputed_impersonally",
        "Se detuvo a 10 personas y se imputó a otras dos.",
        expect(row("arrested", 10), row("investigated", 2)),
    ),
    (
        "present_verb_without_a_count",
        "La policía detiene la difusión de los vídeos en la red.",
        expect(),
    ),
]


@cases(SPANISH_PRESENT_TENSE)
def test_spanish_events_in_the_present(text, expected):
    assert facts_of(spanish(text)) == expected


# "Son 11 los detenidos": the count first, then the group its participle names with the
# article of a noun used as a noun ("los detenidos"). The article is a `linking` word
# between the count and the participle; with no participle after it, it joins nothing.
SPANISH_COUNT_BEFORE_A_NAMED_GROUP = [
    (
        "count_then_the_arrested",
        "Son ya 14 los detenidos en toda la provincia.",
        expect(row("arrested", 14)),
    ),
    (
        "count_then_the_investigated",
        "Son 6 las investigadas por la Guardia Civil.",
        expect(row("investigated", 6, "ES")),
    ),
    (
        "count_then_an_article_without_a_participle",
        "El juicio durará 3 semanas y los abogados recurrirán.",
        expect(),
    ),
]


@cases(SPANISH_COUNT_BEFORE_A_NAMED_GROUP)
def test_spanish_count_before_a_named_group(text, expected):
    assert facts_of(spanish(text)) == expected


SELF_DESCRIPTION = [
    (
        "se_identificaron_como_is_no_identification",
        "Dos hombres se identificaron como agentes de inmigración y robaron a una mujer.",
        [],
    ),
    (
        "identifico_a_sospechosos_is_an_identification",
        "La policía identificó a tres sospechosos en Madrid.",
        expect(row("suspects_identified", 3, "ES")),
    ),
]


# Raids named "diligencias de allanamiento" (the search, not a case file); charges brought
# by "judicializar"; people detected, marked as people by the personal "a" (files
# "detected" are no identification of suspects); people "encarcelados"; "los implicados"
# as the noun of the people a count counts; a group's ages in a sentence of their own.
SPANISH_WORDS_OF_RECENT_REPORTS = [
    (
        "searches_called_diligencias",
        "La fiscalía practicó 22 diligencias de allanamiento y registro en Cali.",
        expect(row("locations_searched", 22, "CO")),
    ),
    (
        "diligencias_alone_stay_cases",
        "La unidad abrió 15 diligencias por delitos informáticos.",
        expect(row("cases_opened", 15)),
    ),
    (
        "charged_by_judicializar",
        "La Fiscalía judicializó a cuatro sospechosos en Medellín.",
        expect(row("charged", 4, "CO")),
    ),
    (
        "people_detected",
        "Los investigadores detectaron a 12 usuarios en un foro cerrado.",
        expect(row("suspects_identified", 12)),
    ),
    (
        "things_detected_are_no_suspects",
        "Los analistas detectaron 300 mensajes sospechosos.",
        expect(),
    ),
    (
        "jailed_people",
        "Tres de los detenidos fueron encarcelados.",
        expect(row("in_custody", 3)),
    ),
    (
        "the_people_involved_as_a_noun",
        "La policía arrestó a seis implicados en Quito.",
        expect(row("arrested", 6, "EC")),
    ),
    (
        "all_of_them_aged_between_in_a_sentence_of_its_own",
        "Fueron detenidos ocho hombres en Sevilla. Todos ellos de entre 24 y 61 años.",
        expect(
            row("arrested", 8, "ES", sex="male"),
            row("youngest_age", 24, "ES"),
            row("oldest_age", 61, "ES"),
        ),
    ),
    (
        "the_youngest_and_the_oldest",
        "El más joven tiene 20 años y el mayor 59.",
        expect(row("youngest_age", 20), row("oldest_age", 59)),
    ),
]


@cases(SELF_DESCRIPTION)
def test_a_reflexive_verb_then_como_is_a_self_description(text, expected):
    assert sorted(facts_of(spanish(text))) == sorted(expected)


@cases(SPANISH_WORDS_OF_RECENT_REPORTS)
def test_spanish_words_of_recent_reports(text, expected):
    assert facts_of(spanish(text)) == expected
