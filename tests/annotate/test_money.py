"""Money (`pipeline/annotate/money.py`): amount and currency, never a count."""

from __future__ import annotations

import pytest

from tests.harness import records, spans_of


@pytest.mark.parametrize(
    ("sentence", "token", "value", "currency"),
    [
        ("A Penang court fined him RM3,000 for the offence.", "RM3,000", 3000, "MYR"),
        ("The Madrid court fined the man €2,500 on Wednesday.", "€2,500", 2500, "EUR"),
        ("Magistrates in Bristol ordered him to pay £400 in costs.", "£400", 400, "GBP"),
        ("A Bangkok court fined the driver 20,000 baht.", "20,000 baht", 20000, "THB"),
        ("A Delhi court imposed a penalty of Rs 50,000.", "Rs 50,000", 50000, "INR"),
        ("A Toronto court fined the firm C$75,000.", "C$75,000", 75000, "CAD"),
    ],
    ids=["ringgit", "euro", "pound", "baht-word", "rupee-prefix", "canadian-dollar"],
)
def test_money_has_amount_and_currency_and_is_not_a_count(sentence, token, value, currency):
    spans = spans_of(sentence)
    money = records(spans, "MONEY")
    assert [(r["text"], r["value_num"], r["value_str"]) for r in money] == [
        (token, float(value), currency)
    ]
    assert records(spans, "NUMBER") == []


@pytest.mark.parametrize(
    ("sentence", "token", "value", "currency"),
    [
        ("A Lima court fined the company 12,000 PEN last year.", "12,000 PEN", 12000, "PEN"),
        ("The court in Cork fined him 800 Euros on Monday.", "800 Euros", 800, "EUR"),
    ],
    ids=["code-in-capitals", "word-in-any-case"],
)
def test_a_currency_code_is_money_in_its_own_case_a_word_in_any(sentence, token, value, currency):
    money = records(spans_of(sentence), "MONEY")
    assert [(r["text"], r["value_num"], r["value_str"]) for r in money] == [
        (token, float(value), currency)
    ]


def test_a_lowercase_word_spelt_like_a_code_is_no_money_and_its_number_stays_a_count():
    # "pen" is the ISO code of the Peruvian sol only in capitals: "3 pen drives" are devices.
    spans = spans_of("Officers seized 3 pen drives and a laptop from the flat.")
    assert records(spans, "MONEY") == []
    assert [r["text"] for r in records(spans, "NUMBER")] == ["3"]
