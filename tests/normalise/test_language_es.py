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
        "La policía intervino seis discos duros, un pen drive y un disco duro externo.",
        expect(
            row("devices_seized", 6, device="hard_drive"),
            row("devices_seized", 1, device="storage_device"),
            row("devices_seized", 1, device="hard_drive"),
        ),
    ),
    (
        "a_one_after_long_items_of_a_list",
        "Los agentes intervinieron dos discos duros externos, un pen drive usb y un disco duro "
        "de 500 GB.",
        expect(
            row("devices_seized", 2, device="hard_drive"),
            row("devices_seized", 1, device="storage_device"),
            row("devices_seized", 1, device="hard_drive"),
        ),
    ),
    (
        "hard_drives_and_usb_are_storage",
        "Se intervinieron 14 discos duros y USB y unos 200 CD y DVD en Málaga.",
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
        "Durante el operativo fueron puestas en resguardo cinco niñas en Lima.",
        expect(row("victims_identified", 5, "PE", sex="female")),
    ),
    (
        "the_protection_of_possible_victims",
        "El operativo en Quito terminó con el resguardo de siete posibles víctimas.",
        expect(row("victims_identified", 7, "EC")),
    ),
    (
        "others_placed_under_investigation",
        "La Guardia Civil ha detenido a 12 personas en Sevilla, y otras cuatro se encuentran "
        "en calidad de investigadas.",
        expect(row("arrested", 12, "ES"), row("investigated", 4, "ES")),
    ),
    (
        "a_bare_count_and_its_place_after_a_count",
        "Los agentes identificaron a 14 menores en España y dos en Colombia.",
        expect(row("victims_identified", 14, "ES"), row("victims_identified", 2, "CO")),
    ),
    (
        "files_extracted_from_seized_devices",
        "De estos soportes se han extraído más de 5.000 vídeos.",
        expect(row("files_seized", 5000, qualifier="at_least")),
    ),
    (
        "raids_called_procedimientos",
        "En total, hubo 21 procedimientos en Mendoza.",
        expect(row("locations_searched", 21, "AR")),
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
