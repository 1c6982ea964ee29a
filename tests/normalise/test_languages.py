"""Rules in another language: a language's folder of words (`pipeline/vocab/<code>/`) is read
for its documents through the same constructions as English. Invented Spanish sentences,
each after a line of prose with no figure in it (a single sentence is too short for the
language to be told)."""

from __future__ import annotations

import shutil

import pytest

from pipeline.vocab import PACKAGE_VOCAB_DIR, languages_with_rules, load_vocabulary
from tests.harness import cases, documents, expect, facts_of, numbers, row

FRAME = (
    "La investigación comenzó hace varios meses tras la denuncia de una asociación de "
    "protección de la infancia, según informaron este lunes fuentes policiales.\n"
)


def spanish(sentence: str) -> str:
    return FRAME + sentence


SPANISH_CONSTRUCTIONS = [
    (
        "verb_a_object",
        "La Policía Nacional ha detenido a 8 personas en Valencia.",
        expect(row("arrested", 8, "ES")),
    ),
    (
        "a_total_of_men_and_women",
        "Los agentes detuvieron a un total de 15 hombres y 2 mujeres en la provincia de Cádiz.",
        expect(row("arrested", 15, "ES", sex="male"), row("arrested", 2, "ES", sex="female")),
    ),
    (
        "searches_and_seized_files",
        "Se practicaron 11 registros domiciliarios y se incautaron 300 archivos.",
        expect(row("locations_searched", 11), row("files_seized", 300)),
    ),
    (
        "nominal_event_of",
        "La operación permitió la detención de 25 personas en Bolivia.",
        expect(row("arrested", 25, "BO")),
    ),
    (
        "number_words_and_dot_thousands",
        "Fueron detenidos veintitrés sospechosos y se intervinieron doscientos cincuenta "
        "dispositivos y 1.200 vídeos en Perú.",
        expect(
            row("arrested", 23, "PE"),
            row("devices_seized", 250, "PE"),
            row("files_seized", 1200, "PE"),
        ),
    ),  # fmt: skip
    (
        "ages_between_y",
        "Los detenidos, de entre 19 y 64 años, pasaron a disposición judicial en Chile.",
        expect(row("youngest_age", 19, "CL"), row("oldest_age", 64, "CL")),
    ),
    (
        "a_later_verb_is_its_own_counts",
        "La policía arrestó en Sevilla a 6 personas e investigó a otras 3.",
        expect(row("arrested", 6, "ES"), row("investigated", 3, "ES")),
    ),
    (
        "qualifier_and_officers",
        "Más de 40 agentes participaron en la redada en Lima.",
        expect(row("officers_deployed", 40, "PE", qualifier="at_least")),
    ),
    (
        "country_named_in_the_language",
        "Los agentes detuvieron a 7 personas en Alemania.",
        expect(row("arrested", 7, "DE")),
    ),
    (
        "a_subdivision_is_its_countrys",
        "En Granada, los agentes detuvieron a 3 personas.",
        expect(row("arrested", 3, "ES")),
    ),
    (
        "international_operation_is_all",
        "En una operación internacional en 12 países, la policía detuvo a 90 personas.",
        expect(row("arrested", 90), row("jurisdictions_involved", 12)),
    ),
]


@cases(SPANISH_CONSTRUCTIONS)
def test_spanish_constructions(text, expected):
    assert facts_of(spanish(text)) == expected


NOT_COUNTS = [
    ("an_age_and_a_prison_term", "El hombre, de 45 años, fue condenado a 10 años de prisión."),
    ("a_date", "El 12 de junio de 2024 los agentes declararon ante el juez de Toledo."),
    ("money", "La multa impuesta a la empresa fue de 5.000 euros en Madrid."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_spanish_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(spanish(text)) == []


def test_a_date_in_spanish_is_no_count_beside_an_arrest():
    text = "El 12 de junio de 2024 la policía detuvo a 4 personas en Toledo."
    assert facts_of(spanish(text)) == expect(row("arrested", 4, "ES"))


def test_spanish_words_are_not_read_in_english():
    """'once' is eleven in Spanish, a word of time in English."""
    english = (
        "Detectives said the suspects met once a month in a rented flat in the city centre, "
        "and officers arrested 4 men there on Friday."
    )
    assert documents(english)["language"][0] == "en"
    assert numbers(english) == [("4", 4.0)]
    assert numbers(spanish("Se detuvo a once personas en Madrid.")) == [("once", 11.0)]


def test_every_language_with_a_folder_has_rules():
    assert languages_with_rules() == (
        "bs", "cs", "de", "el", "en", "es", "fr", "hr", "id", "it", "ja", "ko", "nl", "nn",
        "no", "pl", "pt", "ro", "sk", "sv", "tr", "vi", "zh",
    )  # fmt: skip


def test_a_language_without_a_folder_is_refused_naming_it():
    with pytest.raises(ValueError, match=r"no vocabulary folder for language 'xx'"):
        load_vocabulary(None, "xx")


def test_a_language_folder_missing_a_file_is_refused_naming_the_file(tmp_path):
    vocab = tmp_path / "vocab"
    shutil.copytree(PACKAGE_VOCAB_DIR, vocab)
    (vocab / "es" / "qualifiers.csv").unlink()
    with pytest.raises(Exception, match=r"es/qualifiers\.csv"):
        load_vocabulary(str(vocab), "es")


def without_optional_words(tmp_path, language: str):
    """A copy of the vocabularies whose `language` folder has no month names (header alone),
    no group words or event nouns (files left out), and a word for a day but no weekdays,
    while keeping its copula: what a new language's first folder may look like."""
    vocab = tmp_path / "vocab"
    shutil.copytree(PACKAGE_VOCAB_DIR, vocab)
    folder = vocab / language
    (folder / "months.csv").write_text("word,month\n", encoding="utf-8")
    (folder / "group_words.csv").unlink()
    (folder / "nominal_events.csv").unlink()
    words = (folder / "function_words.csv").read_text(encoding="utf-8").splitlines()
    kept = [w for w in words if not w.startswith("weekday,")]
    assert any(w.startswith("day,") for w in kept) and any(w.startswith("copula,") for w in kept)
    (folder / "function_words.csv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    return vocab


def test_a_language_folder_with_empty_or_missing_optional_words_still_reads(tmp_path):
    from pipeline.annotate import annotate
    from pipeline.normalise import normalise
    from tests.harness import PARAMS
    from tests.normalise.test_language_id import indonesian

    vocab = str(without_optional_words(tmp_path, "id"))
    loaded = load_vocabulary(vocab, "id")
    assert loaded.months == {} and loaded.group_words == {} and loaded.nominal_events == []
    params = PARAMS.annotate.model_copy(update={"vocab_dir": vocab})
    docs = documents(
        indonesian("Pada tanggal 12 polisi menangkap 5 orang tersangka, mereka adalah pria."),
        published="2024-05-20",
    )
    spans, _ = annotate(docs, params)
    assert "DATE" in set(spans["label"])
    facts, _, _, _ = normalise(docs, spans, PARAMS.normalise, vocab)
    assert (facts["metric"] == "arrested").any()
    assert not facts["sex"].notna().any()
