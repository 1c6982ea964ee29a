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
