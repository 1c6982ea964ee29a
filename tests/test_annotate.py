"""Annotate stage on invented press sentences: what a reader of spans.parquet would check."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from pipeline.annotate import annotate
from pipeline.ingest import RawFile, ingest, parse_sources
from pipeline.params import AnnotateParams, IngestParams

SOURCES_HEADER = "doc_id,title,publisher,published_date,url\n"


def documents(*texts: str, published: str | None = None) -> pd.DataFrame:
    """Documents table for invented articles, built the way the pipeline builds it."""
    files = [RawFile(f"doc{i:02d}.txt", text.encode("utf-8")) for i, text in enumerate(texts)]
    sources = None
    if published is not None:
        rows = "".join(f"doc{i:02d},,,{published},\n" for i in range(len(texts)))
        sources = parse_sources(SOURCES_HEADER + rows)
    docs, rejected, _ = ingest(files, sources, IngestParams())
    assert rejected.empty
    return docs


def spans_of(text: str, published: str | None = None) -> pd.DataFrame:
    spans, _ = annotate(documents(text, published=published), AnnotateParams())
    return spans


def records(spans: pd.DataFrame, label: str) -> list[dict]:
    """Spans of one label as plain dicts, missing values as None."""
    rows = spans[spans["label"] == label].to_dict("records")
    return [
        {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in row.items()}
        for row in rows
    ]


def numbers(text: str) -> list[tuple[str, float]]:
    return [(r["text"], r["value_num"]) for r in records(spans_of(text), "NUMBER")]


def located(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


# --- numbers -------------------------------------------------------------------------------


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
    ("sentence", "fragment", "label"),
    [
        ("The Queensland task force was set up in 2021 to tackle abuse online.", "2021", "YEAR"),
        ("Officers raided a flat in Leeds on 3 March 2024.", "3 March 2024", "DATE"),
        ("The Ohio man was taken into custody on March 3, 2024.", "March 3, 2024", "DATE"),
        ("Only 9 per cent of reports to the hotline came from Wales.", "9 per cent", "PERCENT"),
        ("Police in Kerala said 40% of the offenders used encrypted apps.", "40%", "PERCENT"),
        ("The Darwin man was jailed for five years on Friday.", "five years", "DURATION"),
        ("A five-week operation in Andalusia ended on Friday.", "five-week", "DURATION"),
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
        "age-n-month-old",
        "age-n-year-old",
        "age-aged-n",
        "section-with-letters",
        "statute-year",
        "article-of-code",
        "covid-19",
        "clock-time",
        "phone-number",
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


# --- money ----------------------------------------------------------------------------------


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


# --- date ranges and ages ----------------------------------------------------------------------


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


@pytest.mark.parametrize(
    ("sentence", "token", "ages"),
    [
        (
            "The suspects, aged between 19 and 54, were bailed in Coventry.",
            "aged between 19 and 54",
            "19-54",
        ),
        ("The men, aged 16 to 49, appeared in court in Leeds.", "aged 16 to 49", "16-49"),
        ("The boys were aged from twelve to fifteen.", "aged from twelve to fifteen", "12-15"),
        (
            "Victims in Pampanga were between 12 and 15 years old.",
            "between 12 and 15 years old",
            "12-15",
        ),
        ("Children at ages 10 to 17 were safeguarded in Kent.", "ages 10 to 17", "10-17"),
    ],
    ids=["aged-between", "aged-to", "aged-in-words", "between-years-old", "ages-to"],
)
def test_age_range_is_labelled_with_its_bounds(sentence, token, ages):
    spans = spans_of(sentence)
    assert [(r["text"], r["value_str"]) for r in records(spans, "AGE_RANGE")] == [(token, ages)]
    assert records(spans, "NUMBER") == []


# --- places and agencies ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "label", "token", "value"),
    [
        (
            "Police in the Philippines raided a house in Taguig.",
            "JURISDICTION",
            "Philippines",
            "PH",
        ),
        ("Spanish investigators traced the suspects to Valencia.", "JURISDICTION", "Spanish", "ES"),
        ("SINGAPORE: Police arrested six men on Monday.", "JURISDICTION", "SINGAPORE", "SG"),
        ("Officers in Queensland made the arrests.", "JURISDICTION", "Queensland", "AU"),
        ("Europol supported the investigation from The Hague.", "AGENCY", "Europol", "EUROPOL@INT"),
        (
            "The Royal Thai Police led the raids in Pattaya.",
            "AGENCY",
            "Royal Thai Police",
            "RTP@TH",
        ),
        ("The Bundeskriminalamt coordinated searches.", "AGENCY", "Bundeskriminalamt", "BKA@DE"),
        ("The Mounties charged the man in Alberta.", "AGENCY", "Mounties", "RCMP@CA"),
        ("New Zealand Police issued a statement.", "AGENCY", "New Zealand Police", "NZ_POLICE@NZ"),
    ],
    ids=[
        "country-name",
        "demonym",
        "dateline",
        "subdivision",
        "europol-international",
        "thai-police",
        "german-agency",
        "canadian-nickname",
        "nz-police",
    ],
)
def test_places_and_agencies_carry_their_codes(sentence, label, token, value):
    found = [(r["text"], r["value_str"]) for r in records(spans_of(sentence), label)]
    assert (token, value) in found


# --- boilerplate ------------------------------------------------------------------------------

PAGE = (
    "Raids across Northern Territory net suspects\n"
    "Advertisement\n"
    "Share post:\n"
    "Box 3\n"
    "14 comments\n"
    "Detectives in Darwin arrested 11 men last week.\n"
)


def test_page_furniture_lines_are_boilerplate():
    spans = spans_of(PAGE)
    assert {r["text"] for r in records(spans, "BOILERPLATE")} == {
        "Advertisement",
        "Share post:",
        "Box 3",
        "14 comments",
    }


def test_numbers_in_boilerplate_are_not_numbers_but_the_story_figure_is():
    assert numbers(PAGE) == [("11", 11.0)]


def test_numbers_in_boilerplate_are_counted_as_excluded():
    _, metrics = annotate(documents(PAGE), AnnotateParams())
    assert metrics["numbers_excluded_by_reason"]["inside_boilerplate"] == 2


def test_single_dates_inside_a_range_are_left_to_the_range():
    spans = spans_of("The 2024 review found the operation ran between 1 May and 30 June 2023.")
    assert records(spans, "DATE") == []


# --- offsets, ids and sentences -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police in São Paulo arrested 27 people.\r\nOfficers seized 40 phones.\r\n",
        "\ufeffThe Guardia Civil said 31 suspects were detained in Córdoba.",
        "Teen sextortion 🚨\n\nOfficers in Perth charged nine men, aged 18 to 33, on 2 June 2023.",
        "  • 12 laptops\n  • 30 phones\nA court in Lyon fined one man €3,000.",
    ],
    ids=["crlf-and-accents", "byte-order-mark", "emoji-and-blank-line", "bullets-and-euro"],
)
def test_every_span_text_is_the_documents_slice(text):
    docs = documents(text)
    spans, _ = annotate(docs, AnnotateParams())
    body = docs["text"].iloc[0]
    assert len(spans) > 0
    for row in spans.itertuples(index=False):
        assert body[row.char_start : row.char_end] == row.text


def test_span_ids_are_stable_across_runs_and_differ_between_documents():
    text = "Police in Bavaria searched 17 homes and seized 22 laptops on 4 April 2024."
    first = spans_of(text)
    second = spans_of(text)
    assert list(first["span_id"]) == list(second["span_id"])
    assert first["span_id"].is_unique
    both, _ = annotate(documents(text, text + " Officers said so."), AnnotateParams())
    ids = both.groupby("doc_id")["span_id"].apply(set)
    assert ids.iloc[0].isdisjoint(ids.iloc[1])


def sentences(text: str) -> list[str]:
    return [r["text"] for r in records(spans_of(text), "SENTENCE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Adelaide arrested 8 men. 5 were charged. Others were released!",
            ["Police in Adelaide arrested 8 men.", "5 were charged.", "Others were released!"],
        ),
        (
            "Det. Sgt. Mills said Dr. Okafor helped. The case is in court.",
            ["Det. Sgt. Mills said Dr. Okafor helped.", "The case is in court."],
        ),
        (
            "Officers in Goa seized the following:\n"
            "  • 14 laptops;\n  • 22 phones.\nNo one was hurt.",
            [
                "Officers in Goa seized the following:\n  • 14 laptops;\n  • 22 phones.",
                "No one was hurt.",
            ],
        ),
        (
            "Raids in Lyon\nThirty people were detained",
            ["Raids in Lyon", "Thirty people were detained"],
        ),
    ],
    ids=["full-stop-and-bang", "abbreviations", "colon-runs-into-bullets", "line-break"],
)
def test_sentences_split_at_full_stops_and_lines(text, expected):
    assert sentences(text) == expected
