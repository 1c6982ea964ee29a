"""Numbers (`pipeline/annotate/numbers.py`): digits, scale words, number words, and their
values, in invented sentences."""

from __future__ import annotations

import pytest

from pipeline.annotate.numbers import NumberGrammar
from pipeline.vocab import load_vocabulary
from tests.harness import PARAMS, numbers


@pytest.mark.parametrize(
    ("sentence", "token", "value"),
    [
        (
            "Analysts in Manchester catalogued 12,480 images from the seized drives.",
            "12,480",
            12480,
        ),
        ("Federal agents in Sao Paulo reviewed 2.5 million files.", "2.5 million", 2_500_000),
        ("Investigators flagged 1.5m images on the server.", "1.5m", 1_500_000),
        ("Seven men appeared before magistrates in Cardiff.", "Seven", 7),
        ("Officers in Winnipeg charged thirteen people over the weekend.", "thirteen", 13),
        ("Twenty-one suspects were held after dawn raids in Chiang Mai.", "Twenty-one", 21),
        ("Gardai questioned a dozen men in Limerick on Thursday.", "a dozen", 12),
        (
            "Detectives in Hamburg interviewed one hundred and twenty witnesses.",
            "one hundred and twenty",
            120,
        ),
        ("The task force in Quezon City traced forty-five accounts.", "forty-five", 45),
    ],
    ids=[
        "comma-thousands",
        "decimal-million",
        "m-suffix",
        "word-capitalised",
        "word-teen",
        "word-hyphenated",
        "a-dozen",
        "words-with-and",
        "forty-five",
    ],
)
def test_a_number_is_one_span_with_its_value(sentence, token, value):
    assert numbers(sentence) == [(token, float(value))]


def test_one_used_as_a_pronoun_is_not_a_number():
    sentence = "The raid in Lisbon was one of the largest ever carried out by Portuguese police."
    assert numbers(sentence) == []


@pytest.mark.parametrize(
    ("token", "value", "vague"),
    [
        ("1,200", 1200.0, False),
        ("3.000", 3000.0, False),
        ("2.5 million", 2_500_000.0, False),
        ("5bn", 5e9, False),
        ("three hundred and ten", 310.0, False),
        ("a dozen", 12.0, False),
        ("dozens", 24.0, True),
        ("tens of thousands", 20_000.0, True),
        ("umpteen", None, False),
    ],
)
def test_the_number_grammar_reads_a_written_number(token, value, vague):
    grammar = NumberGrammar(load_vocabulary(PARAMS.annotate.vocab_dir))
    assert grammar.value(token) == (value, vague)


@pytest.mark.parametrize(
    ("language", "token", "value"),
    [
        # a decimal comma before a scale word, in the languages that write decimals so
        ("es", "1,5 millones", 1_500_000.0),
        ("es", "2,3 mil", 2_300.0),
        ("pt", "1,5 milhões", 1_500_000.0),
        ("fr", "1,5 million", 1_500_000.0),
        ("it", "1,5 milioni", 1_500_000.0),
        ("de", "1,5 Millionen", 1_500_000.0),
        ("pl", "1,5 miliona", 1_500_000.0),
        ("id", "2,5 juta", 2_500_000.0),
        # three digits after the comma still group thousands, as Latin American reports do
        ("es", "1,500", 1_500.0),
        ("en", "1,500", 1_500.0),
        # scale words alone, after digits and after number words
        ("es", "mil", 1_000.0),
        ("es", "3 mil", 3_000.0),
        ("es", "tres mil", 3_000.0),
        ("es", "ciento veinte", 120.0),
        ("es", "cien mil", 100_000.0),
        ("pt", "mil", 1_000.0),
        ("fr", "mille", 1_000.0),
        ("pl", "tysiąc", 1_000.0),
    ],
)
def test_a_language_reads_its_decimals_and_scale_words(language, token, value):
    grammar = NumberGrammar(load_vocabulary(PARAMS.annotate.vocab_dir, language))
    assert grammar.value(token) == (value, False)


SPANISH_FRAME = (
    "La investigación comenzó hace varios meses tras la denuncia de una asociación de "
    "protección de la infancia, según informaron este lunes fuentes policiales.\n"
)


def spanish_numbers(sentence: str) -> list[tuple[str, float]]:
    return [(t, v) for t, v in numbers(SPANISH_FRAME + sentence) if t != "una"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Se requisaron 1,5 millones de archivos.", [("1,5 millones", 1_500_000.0)]),
        ("Se requisaron 3 mil archivos.", [("3 mil", 3_000.0)]),
        ("Fueron detenidos mil hombres.", [("mil", 1_000.0)]),
        ("Fueron detenidos ciento veinte hombres.", [("ciento veinte", 120.0)]),
        ("El 20 por ciento de los detenidos eran menores.", []),
        ("La condena se redujo al cien por cien de lo previsto.", []),
        # a decimal comma without a scale word is no count
        ("El disco pesaba 2,5 kilos.", []),
        # two groups of dots are thousands; a dotted version number is no count
        ("Se intervinieron 1.500.000 archivos.", [("1.500.000", 1_500_000.0)]),
        ("Usaban la versión 1.2.3 del programa.", []),
    ],
    ids=[
        "decimal-comma-millions",
        "digits-and-mil",
        "mil-alone",
        "ciento-veinte",
        "por-ciento",
        "cien-por-cien",
        "decimal-without-scale",
        "dots-grouping-millions",
        "version-number",
    ],
)
def test_spanish_numbers_with_scale_words(sentence, expected):
    assert spanish_numbers(sentence) == expected


def test_a_decimal_comma_is_no_decimal_in_english():
    assert numbers("Analysts in Leeds reviewed 1,5 million files.") == []


PORTUGUESE_FRAME = (
    "A investigação começou há vários meses, depois de uma denúncia feita por uma "
    "associação de proteção da infância, segundo informaram fontes policiais.\n"
)


def test_the_phase_number_of_an_operation_is_no_count_where_its_name_recurs():
    text = PORTUGUESE_FRAME + (
        "Na Operação Estrela do Norte 3, a terceira fase, houve 26 mandados. "
        "A Estrela do Norte 3 teve o apoio da polícia."
    )
    assert numbers(text) == [("26", 26.0)]


def test_a_count_after_an_operation_name_is_still_a_count():
    sentence = "Operation Candle 2 led to 14 arrests; Operation Kite 12 people were held."
    assert numbers(sentence) == [("2", 2.0), ("14", 14.0), ("12", 12.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police arrested 12 people in Spain, another in Portugal and another in Italy.",
            [("12", 12.0), ("another", 1.0), ("another", 1.0)],
        ),
        # a count after "another" is that count, not one more
        (
            "Police arrested 12 people in Spain and another 20 in Portugal.",
            [("12", 12.0), ("20", 20.0)],
        ),
        # outside a list of counts by place "another" counts nothing
        ("Police arrested 12 people. Another man was charged in Ohio.", [("12", 12.0)]),
        ("Police arrested 12 people in Spain and another suspect was questioned.", [("12", 12.0)]),
    ],
    ids=["items-by-place", "before-a-count", "new-sentence", "no-place-after"],
)
def test_another_is_one_more_item_of_a_list_of_counts_by_place(sentence, expected):
    assert numbers(sentence) == expected


def test_another_in_spanish_lists_by_place():
    sentence = "La policía detuvo a 12 personas en España, otra en Portugal y otra en Italia."
    assert spanish_numbers(sentence) == [("12", 12.0), ("otra", 1.0), ("otra", 1.0)]
