"""Dates (`pipeline/annotate/dates.py`): ranges as inclusive ISO intervals, relative dates
resolved against publication."""

from __future__ import annotations

import pytest

from tests.harness import records, spans_of


@pytest.mark.parametrize(
    ("sentence", "token", "iso", "published"),
    [
        (
            "The operation ran from 3 January to 14 February 2024 across Victoria.",
            "from 3 January to 14 February 2024",
            "2024-01-03/2024-02-14",
            None,
        ),
        (
            "Raids took place between 1 May and 30 June 2023 in Bavaria.",
            "between 1 May and 30 June 2023",
            "2023-05-01/2023-06-30",
            None,
        ),
        (
            "The crackdown lasted from 28 December 2023 to 5 January 2024.",
            "from 28 December 2023 to 5 January 2024",
            "2023-12-28/2024-01-05",
            None,
        ),
        (
            "Agents worked between September 2 and October 9, 2022, the FBI said.",
            "between September 2 and October 9, 2022",
            "2022-09-02/2022-10-09",
            None,
        ),
        (
            "Officers in Ontario ran the sweep from January to March 2024.",
            "from January to March 2024",
            "2024-01-01/2024-03-31",
            None,
        ),
        (
            "Patrols were stepped up in February and March, police in Cebu said.",
            "February and March",
            "2024-02-01/2024-03-31",
            "2024-05-01",
        ),
        (
            "The Wellington probe ran from 20 November to 2 January.",
            "from 20 November to 2 January",
            "2022-11-20/2023-01-02",
            "2023-01-15",
        ),
        (
            "The sweep ran from 10 to 20 April 2022 in Bavaria.",
            "from 10 to 20 April 2022",
            "2022-04-10/2022-04-20",
            None,
        ),
        (
            "The 2024 review found the operation ran between 1 May and 30 June 2023.",
            "between 1 May and 30 June 2023",
            "2023-05-01/2023-06-30",
            None,
        ),
    ],
    ids=[
        "day-month-range",
        "between-and",
        "across-new-year",
        "us-style",
        "month-to-month",
        "months-resolved-by-publication",
        "year-boundary-by-publication",
        "days-of-one-month",
        "an-earlier-year-does-not-leak-into-the-range",
    ],
)
def test_date_range_is_iso_and_inclusive(sentence, token, iso, published):
    ranges = records(spans_of(sentence, published=published), "DATE_RANGE")
    assert [(r["text"], r["value_str"]) for r in ranges] == [(token, iso)]


# --- Japanese imperial-era years -----------------------------------------------------------

JAPANESE_FRAME = (
    "捜査関係者によると、児童保護団体からの通報を受けて、警察は数カ月前から慎重に"
    "捜査を進めていたという。\n"
)


@pytest.mark.parametrize(
    ("sentence", "token", "year"),
    [
        ("令和5年、県警は男ら7人を逮捕した。", "令和5年", 2023),
        ("平成27年9月、県警は男ら7人を摘発した。", "平成27年", 2015),
        ("令和元年に始まった捜査で男3人を逮捕した。", "令和元年", 2019),
        ("昭和60年の事件とは別に、男2人を逮捕した。", "昭和60年", 1985),
    ],
)
def test_a_japanese_era_year_is_a_year_never_a_count(sentence, token, year):
    text = JAPANESE_FRAME + sentence
    spans = spans_of(text)
    years = records(spans, "YEAR")
    era = token[:-1]  # the span covers the era and its number, not 年
    assert [(text[y["char_start"] : y["char_end"]], y["value_num"]) for y in years] == [(era, year)]
    start = text.index(era)
    numbers = records(spans, "NUMBER")
    assert not any(start <= n["char_start"] < start + len(era) for n in numbers)


def test_a_number_after_another_word_is_no_era_year():
    text = JAPANESE_FRAME + "県警は27年間勤めた男ら5人を逮捕した。"
    assert records(spans_of(text), "YEAR") == []
