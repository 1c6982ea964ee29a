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
