"""Claim resolution (`pipeline/annotate/claims.py`): a digit run inside a date, year,
percentage, age, duration, money amount, statute or boilerplate is not a count."""

from __future__ import annotations

import pytest

from pipeline.annotate import annotate
from tests.harness import PAGE, PARAMS, documents, located, numbers, records, spans_of


@pytest.mark.parametrize(
    ("sentence", "fragment", "label"),
    [
        ("The Queensland task force was set up in 2021 to tackle abuse online.", "2021", "YEAR"),
        ("Officers raided a flat in Leeds on 3 March 2024.", "3 March 2024", "DATE"),
        ("The Ohio man was taken into custody on March 3, 2024.", "March 3, 2024", "DATE"),
        ("Only 9 per cent of reports to the hotline came from Wales.", "9 per cent", "PERCENT"),
        ("Police in Kerala said 40% of the offenders used encrypted apps.", "40%", "PERCENT"),
        ("The Darwin man was jailed for five years on Friday.", "five years", "DURATION"),
        ("A five-week operation in Andalusia ended on Friday.", "five-week", "DURATION"),
        (
            "The court jailed the eight men for between three and 15 years.",
            "three and 15 years",
            "DURATION",
        ),
        ("Police rescued a 12-month-old baby in Recife.", "12-month-old", "AGE_INDIVIDUAL"),
        (
            "A 43-year-old man from Hamilton was remanded in custody.",
            "43-year-old",
            "AGE_INDIVIDUAL",
        ),
        ("The boy, aged 15, was taken to a shelter in Davao.", "aged 15", "AGE_INDIVIDUAL"),
        (
            "He was charged under Section 377BG over images found on his phone.",
            "Section 377BG",
            "LEGAL_PROVISION",
        ),
        (
            "Prosecutors cited the Penal Code 1871 at the hearing on Monday.",
            "Penal Code 1871",
            "LEGAL_PROVISION",
        ),
        (
            "The Lyon suspect is accused under Article 227 of the Criminal Code.",
            "Article 227 of the Criminal Code",
            "LEGAL_PROVISION",
        ),
        (
            "Court hearings slowed during Covid-19, officers in Manila said.",
            "Covid-19",
            "NOT_A_COUNT",
        ),
        ("Officers forced entry at 10.30am on Tuesday in Brisbane.", "10.30am", "NOT_A_COUNT"),
        (
            "Anyone with information can call 0800 555 0111 at any time.",
            "0800 555 0111",
            "NOT_A_COUNT",
        ),
        ("The suspect met the boy outside a 7-Eleven in Perth.", "7-Eleven", "NOT_A_COUNT"),
        ("Investigators later identified Jane Doe #4 in Dallas.", "#4", "NOT_A_COUNT"),
        ("Detectives in Hull arrested Mark Ellis Dunn, 47, of Goole.", "47", "NOT_A_COUNT"),
        ("A mother of three was charged in Derby on Friday.", "three", "NOT_A_COUNT"),
        ("Sentences changed after Prop 47 passed in California.", "Prop 47", "NOT_A_COUNT"),
        ("FELON FREED UNDER PROP 47 SENTENCED IN IRVINE", "PROP 47", "NOT_A_COUNT"),
        ("The member for Council District 4 was charged.", "District 4", "NOT_A_COUNT"),
        ("He was convicted on Count 2 of the indictment.", "Count 2", "NOT_A_COUNT"),
        ("The crash closed Highway 91 near Corona.", "Highway 91", "NOT_A_COUNT"),
        ("The man in Leeds had been arrested four times before.", "four times", "NOT_A_COUNT"),
        ("Of those jailed in 2004, 32 were given life terms.", "2004", "YEAR"),
        ("The men, in their 30s, were bailed by a court in Porto.", "in their 30s", "AGE_BAND"),
        ("It was the 5th raid in Auckland this month.", "5th", "ORDINAL"),
    ],
    ids=[
        "year",
        "day-month-year",
        "month-day-year",
        "per-cent",
        "percent-sign",
        "duration-years",
        "duration-hyphenated",
        "duration-range",
        "age-n-month-old",
        "age-n-year-old",
        "age-aged-n",
        "section-with-letters",
        "statute-year",
        "article-of-code",
        "covid-19",
        "clock-time",
        "phone-number",
        "digit-joined-to-a-name",
        "a-label-number",
        "age-in-apposition",
        "children-of-a-parent",
        "a-proposition",
        "a-proposition-in-capitals",
        "a-numbered-district",
        "a-count-of-an-indictment",
        "a-numbered-road",
        "a-frequency",
        "a-year-after-a-preposition-before-a-comma",
        "age-band",
        "ordinal",
    ],
)
def test_a_digit_run_claimed_by_another_label_is_not_a_number(sentence, fragment, label):
    spans = spans_of(sentence)
    start, end = located(sentence, fragment)
    claimed = [
        r for r in records(spans, label) if r["char_start"] <= start and end <= r["char_end"]
    ]
    assert claimed, f"{fragment!r} is not labelled {label}"
    overlapping = [
        r["text"]
        for r in records(spans, "NUMBER")
        if r["char_start"] < end and start < r["char_end"]
    ]
    assert overlapping == []


def test_numbers_in_boilerplate_are_not_numbers_but_the_story_figure_is():
    assert numbers(PAGE) == [("11", 11.0)]


def test_numbers_in_boilerplate_are_counted_as_excluded():
    _, metrics = annotate(documents(PAGE), PARAMS.annotate)
    assert metrics["numbers_excluded_by_reason"]["inside_boilerplate"] == 2


def test_single_dates_inside_a_range_are_left_to_the_range():
    spans = spans_of("The 2024 review found the operation ran between 1 May and 30 June 2023.")
    assert records(spans, "DATE") == []
