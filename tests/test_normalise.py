"""Normalise stage on invented press reports: the contract rows a researcher would read."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest

from pipeline.annotate import annotate
from pipeline.ingest import RawFile, ingest, parse_sources
from pipeline.normalise import normalise
from pipeline.params import AnnotateParams, IngestParams, NormaliseParams
from pipeline.schemas import check_facts_inside_documents

SOURCES_HEADER = "doc_id,title,publisher,published_date,url\n"

UNITS = {
    "arrested": "persons",
    "in_custody": "persons",
    "investigated": "persons",
    "suspects_identified": "persons",
    "charged": "persons",
    "convicted": "persons",
    "victims_identified": "persons",
    "officers_deployed": "persons",
    "locations_searched": "locations",
    "devices_seized": "devices",
    "files_seized": "files",
    "cases_opened": "cases",
    "websites_blocked": "websites",
    "accounts_identified": "accounts",
    "jurisdictions_involved": "jurisdictions",
    "youngest_age": "years",
    "oldest_age": "years",
}


class Row(NamedTuple):
    """The contract columns that make a figure's key, plus unit and qualifier."""

    metric: str
    value: float
    unit: str
    qualifier: str
    jurisdiction: str
    sex: str | None
    age_from: int | None
    age_to: int | None
    role: str | None
    device: str | None


def row(
    metric,
    value,
    jurisdiction="ALL",
    *,
    qualifier="exact",
    unit=None,
    sex=None,
    ages=None,
    role=None,
    device=None,
) -> Row:
    age_from, age_to = ages if ages else (None, None)
    return Row(
        metric,
        float(value),
        unit or UNITS[metric],
        qualifier,
        jurisdiction,
        sex,
        age_from,
        age_to,
        role,
        device,
    )


def _value(v):
    return None if pd.isna(v) else v


def run(*texts: str, published: str | None = None):
    """ingest → annotate → normalise on invented articles; returns (documents, facts, ops)."""
    files = [RawFile(f"doc{i:02d}.txt", text.encode("utf-8")) for i, text in enumerate(texts)]
    sources = None
    if published is not None:
        rows = "".join(f"doc{i:02d},,,{published},\n" for i in range(len(texts)))
        sources = parse_sources(SOURCES_HEADER + rows)
    docs, _, _ = ingest(files, sources, IngestParams())
    spans, _ = annotate(docs, AnnotateParams())
    facts, operations, _ = normalise(docs, spans, NormaliseParams())
    return docs, facts, operations


def as_rows(facts: pd.DataFrame) -> list[Row]:
    out = []
    for r in facts.to_dict("records"):
        age_from, age_to = _value(r["age_from"]), _value(r["age_to"])
        out.append(
            Row(
                r["metric"],
                float(r["value"]),
                r["unit"],
                r["qualifier"],
                r["jurisdiction"],
                _value(r["sex"]),
                None if age_from is None else int(age_from),
                None if age_to is None else int(age_to),
                _value(r["role"]),
                _value(r["device"]),
            )
        )
    return sorted(out, key=repr)


def facts_of(text: str, published: str | None = None) -> list[Row]:
    _, facts, _ = run(text, published=published)
    return as_rows(facts)


def expect(*rows: Row) -> list[Row]:
    return sorted(rows, key=repr)


# --- counts: number, counted noun, trigger --------------------------------------------------

COUNTS = [
    (
        "arrested-men",
        "Police in Scotland arrested 14 men on Wednesday.",
        [row("arrested", 14, "GB", sex="male")],
    ),
    (
        "nominal-events-not-swapped",
        "A raid in the Philippines resulted in the arrest of 230 people "
        "and the investigation of another 57.",
        [row("arrested", 230, "PH"), row("investigated", 57, "PH")],
    ),
    (
        "headline-participles",
        "82 arrested, 9 charged in Queensland abuse sweep",
        [row("arrested", 82, "AU"), row("charged", 9, "AU")],
    ),
    (
        "devices-by-type",
        "Detectives in Victoria seized 12 laptops, 40 mobile phones and 3 hard drives.",
        [
            row("devices_seized", 12, "AU", device="laptop"),
            row("devices_seized", 40, "AU", device="mobile_phone"),
            row("devices_seized", 3, "AU", device="hard_drive"),
        ],
    ),
    (
        "devices-recovered",
        "Officers in Poland recovered 5 tablets and 9 USB sticks.",
        [
            row("devices_seized", 5, "PL", device="tablet"),
            row("devices_seized", 9, "PL", device="storage_device"),
        ],
    ),
    (
        "raids-at-addresses",
        "Officers carried out raids at 35 addresses across Texas.",
        [row("locations_searched", 35, "US")],
    ),
    (
        "search-warrants",
        "A total of 61 search warrants were executed across Ontario.",
        [row("locations_searched", 61, "CA")],
    ),
    (
        "children-rescued",
        "In Pampanga, 19 children were rescued by the Philippine National Police.",
        [row("victims_identified", 19, "PH")],
    ),
    (
        "websites-taken-down",
        "Officials in India said 1,200 websites were taken down.",
        [row("websites_blocked", 1200, "IN")],
    ),
    (
        "remanded-in-custody",
        "Three women were remanded in custody in Ireland.",
        [row("in_custody", 3, "IE", sex="female")],
    ),
    (
        "pleaded-guilty",
        "Seven men pleaded guilty before a court in Jamaica.",
        [row("convicted", 7, "JM", sex="male")],
    ),
    (
        "suspects-identified-by-agency",
        "The Bundeskriminalamt said 48 suspects had been identified.",
        [row("suspects_identified", 48, "DE")],
    ),
    (
        "accounts-identified",
        "Investigators in Thailand identified 2,300 accounts linked to the forum.",
        [row("accounts_identified", 2300, "TH")],
    ),
    (
        "cases-opened",
        "Police opened 87 cases against suspected offenders in Malaysia.",
        [row("cases_opened", 87, "MY")],
    ),
    (
        "files-found",
        "Analysts in Denmark found 40,000 videos and 1.2 million photos on the devices.",
        [row("files_seized", 40000, "DK"), row("files_seized", 1_200_000, "DK")],
    ),
    (
        "two-events-two-groups",
        "Police in India arrested 18 men and rescued 7 girls.",
        [
            row("arrested", 18, "IN", sex="male"),
            row("victims_identified", 7, "IN", sex="female"),
        ],
    ),
    (
        "number-words",
        "Twenty-one women were questioned by detectives in Cyprus.",
        [row("investigated", 21, "CY", sex="female")],
    ),
    (
        "teenagers-age-band",
        "A further 14 teenagers were questioned by officers in Norway.",
        [row("investigated", 14, "NO", ages=(13, 19))],
    ),
    (
        "in-their-20s",
        "In Malaysia, police detained 38 in their 20s during the sweep.",
        [row("arrested", 38, "MY", ages=(20, 29))],
    ),
    (
        "role-possession",
        "Detectives arrested 22 men for possessing abuse images in Ohio.",
        [row("arrested", 22, "US", sex="male", role="possession")],
    ),
    (
        "verb-before-beats-event-noun-after",
        "Police arrested 14 men after a six-month investigation in Wales.",
        [row("arrested", 14, "GB", sex="male")],
    ),
    (
        "verb-before-beats-later-investigation",
        "Police in Manitoba charged 9 people after a separate investigation into grooming.",
        [row("charged", 9, "CA", role="grooming")],
    ),
    (
        "number-words-times-dozen",
        "Police in Kenya say two dozen suspects were held.",
        [row("arrested", 24, "KE")],
    ),
    (
        "age-band-after-the-noun",
        "Norwegian police arrested 15 people in their 40s.",
        [row("arrested", 15, "NO", ages=(40, 49))],
    ),
    (
        "and-before-a-jurisdiction-count-is-not-a-partner",
        "An international operation led by Interpol saw 3,000 accounts identified and "
        "14 countries involved.",
        [row("accounts_identified", 3000), row("jurisdictions_involved", 14)],
    ),
    (
        "role-livestreaming",
        "Officers arrested 8 people suspected of livestreaming abuse from the Philippines.",
        [row("arrested", 8, "PH", role="livestreaming")],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS]
)
def test_count_becomes_the_right_fact(sentence, expected):
    assert facts_of(sentence) == expect(*expected)


# --- qualifiers -----------------------------------------------------------------------------

QUALIFIED = [
    ("more-than", "More than 300 suspects were arrested across Germany.", 300, "at_least"),
    ("over", "Over 500 people were arrested in the Indian crackdown.", 500, "at_least"),
    ("at-least", "At least 18 suspects were detained in Chile.", 18, "at_least"),
    ("about", "Police in Fiji detained about 40 people.", 40, "approximately"),
    ("nearly", "In Spain, nearly 200 people were detained.", 200, "approximately"),
    ("up-to", "Up to 25 people could be arrested in Tasmania, police said.", 25, "at_most"),
    ("fewer-than", "Police in Victoria arrested fewer than 30 people.", 30, "at_most"),
    ("dozens-of", "Dozens of men were arrested in Sweden.", 12, "at_least"),
    (
        "tens-of-thousands",
        "Tens of thousands of people were arrested in Brazil.",
        10000,
        "at_least",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [c[1:] for c in QUALIFIED],
    ids=[c[0] for c in QUALIFIED],
)
def test_qualifier_of_an_arrest_count(sentence, value, qualifier):
    found = [(r.metric, r.value, r.qualifier) for r in facts_of(sentence)]
    assert found == [("arrested", float(value), qualifier)]


def test_some_officers_taking_part_is_approximate():
    sentence = "Some 150 officers took part in the dawn raids across New Zealand."
    assert facts_of(sentence) == [row("officers_deployed", 150, "NZ", qualifier="approximately")]


# --- breakdowns -----------------------------------------------------------------------------


def test_parenthesised_breakdown_gives_total_and_one_row_per_sex():
    sentence = "In total, 96 people (90 men and 6 women) were charged in Scotland."
    assert facts_of(sentence) == expect(
        row("charged", 96, "GB"),
        row("charged", 90, "GB", sex="male"),
        row("charged", 6, "GB", sex="female"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested 52 people, including 8 women, in Peru.",
            [row("arrested", 52, "PE"), row("arrested", 8, "PE", sex="female")],
        ),
        (
            "Police arrested 70 people in Chile, with 20 being women.",
            [row("arrested", 70, "CL"), row("arrested", 20, "CL", sex="female")],
        ),
        (
            "Of the 40 people arrested in Romania, 30 were men.",
            [row("arrested", 40, "RO"), row("arrested", 30, "RO", sex="male")],
        ),
        (
            "Police in Canada arrested 40 people. Of these, 25 were men.",
            [row("arrested", 40, "CA"), row("arrested", 25, "CA", sex="male")],
        ),
        (
            "Police in Ghana arrested 60 people. Among them, 12 were teenagers.",
            [row("arrested", 60, "GH"), row("arrested", 12, "GH", ages=(13, 19))],
        ),
        (
            "Australian police charged 45 people. They included 6 women.",
            [row("charged", 45, "AU"), row("charged", 6, "AU", sex="female")],
        ),
        (
            "Officers in Ohio arrested 90 people. Among these, 30 were linked to distribution.",
            [row("arrested", 90, "US"), row("arrested", 30, "US", role="distribution")],
        ),
        (
            "Police in Belgium arrested 60 men. Among them, 12 were teenagers.",
            [row("arrested", 60, "BE", sex="male"), row("arrested", 12, "BE", ages=(13, 19))],
        ),
        (
            "Detectives in Latvia arrested 20 people, 15 of whom were charged.",
            [row("arrested", 20, "LV"), row("charged", 15, "LV")],
        ),
    ],
    ids=[
        "including",
        "with-being",
        "of-the-total",
        "of-these",
        "among-them-age",
        "they-included",
        "among-these-role",
        "total-with-a-sex",
        "of-whom-own-trigger",
    ],
)
def test_breakdown_rows_inherit_the_total(text, expected):
    assert facts_of(text) == expect(*expected)


def test_partitive_breakdown_by_offence_keeps_every_part():
    text = (
        "Police in Canada arrested 40 people. "
        "Of these, 25 were charged with possession and 15 with distribution."
    )
    found = facts_of(text)
    assert row("arrested", 40, "CA") in found
    parts = {(r.value, r.role): r for r in found if r.value in (25.0, 15.0)}
    assert set(parts) == {(25.0, "possession"), (15.0, "distribution")}
    for part in parts.values():
        # The breakdown takes the total's metric or its own trigger's; either is the text's.
        assert part.metric in ("arrested", "charged")
        assert part.jurisdiction == "CA"


# --- jurisdictions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Brazil, 52 suspects were detained.", [row("arrested", 52, "BR")]),
        ("In Thailand alone, 31 suspects were apprehended.", [row("arrested", 31, "TH")]),
        ("SINGAPORE: Eleven people were arrested in a sting.", [row("arrested", 11, "SG")]),
        (
            "Spain: 17 arrested\n"
            "Officers searched 25 homes in Valencia and Seville.\n"
            "The suspects shared material online, the Guardia Civil said.",
            [row("arrested", 17, "ES"), row("locations_searched", 25, "ES")],
        ),
        (
            "Police in Spain arrested 14 people. In France, 9 people were detained.",
            [row("arrested", 14, "ES"), row("arrested", 9, "FR")],
        ),
        (
            "During the operation 600 children were safeguarded, the NCA said.",
            [row("victims_identified", 600, "GB")],
        ),
    ],
    ids=["lead-in", "lead-in-alone", "dateline", "heading-and-section", "per-sentence", "agency"],
)
def test_jurisdiction_comes_from_context(text, expected):
    assert facts_of(text) == expect(*expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A global operation coordinated by Europol led to 120 arrests across 19 countries.",
            [row("arrested", 120), row("jurisdictions_involved", 19)],
        ),
        (
            "Europol said the action day spanned 22 countries and led to 180 arrests.",
            [row("jurisdictions_involved", 22), row("arrested", 180)],
        ),
        ("Interpol said 70 suspects were arrested worldwide.", [row("arrested", 70)]),
    ],
    ids=["europol-global", "action-day", "worldwide"],
)
def test_international_operations_are_all(text, expected):
    assert facts_of(text) == expect(*expected)


# --- ages and fines -------------------------------------------------------------------------


def test_age_range_gives_youngest_and_oldest():
    sentence = "The 27 men arrested in Germany were aged between 18 and 70."
    assert facts_of(sentence) == expect(
        row("arrested", 27, "DE", sex="male"),
        row("youngest_age", 18, "DE"),
        row("oldest_age", 70, "DE"),
    )


def test_age_range_inside_a_charge_sentence():
    sentence = "Police in Italy charged 31 people, aged between 20 and 66, with distribution."
    assert facts_of(sentence) == expect(
        row("charged", 31, "IT", role="distribution"),
        row("youngest_age", 20, "IT"),
        row("oldest_age", 66, "IT"),
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A man from Leeds was fined £1,500 by magistrates in England.",
            [row("fine_amount", 1500, "GB", unit="GBP")],
        ),
        (
            "A court in Kuala Lumpur fined the man RM3,000, police in Malaysia said.",
            [row("fine_amount", 3000, "MY", unit="MYR")],
        ),
        (
            "A Sydney man in Australia was fined $3,000 for the offence.",
            [row("fine_amount", 3000, "AU", unit="AUD")],
        ),
        (
            "A court in Chiang Rai fined him 20,000 baht, Thai police said.",
            [row("fine_amount", 20000, "TH", unit="THB")],
        ),
    ],
    ids=["pounds", "ringgit", "dollar-by-jurisdiction", "baht"],
)
def test_fine_amount_with_currency(sentence, expected):
    assert facts_of(sentence) == expect(*expected)


# --- numbers that are not figures -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Offenders face up to 10 years in prison if convicted.",
        "Those convicted face fines of up to $50,000.",
        "A 35-year-old man was arrested in Auckland on Monday.",
        "A 19-year-old and a 22-year-old were arrested in Alberta.",
        "The boy, aged 14, was rescued in Davao.",
        "Police in Kerala arrested the suspect in 2022.",
        "Officers made the arrests in Portugal on 12 May 2023.",
        "Arrests fell sharply during Covid-19, police in Victoria said.",
        "Officers said 9 per cent of reports led to charges in Sweden.",
        "Prosecutors in Singapore cited Section 30 of the Films Act against him.",
        "It was one of the largest operations ever mounted by Thai police.",
        "Detectives arrested the man at 6.45am in Madrid.",
        "Call 0800 555 0111 if you have information about abuse online.",
        "The Australian Federal Police worked with five other nations.",
        "Advertisement\nBox 4\n3 comments\nShare this article\n",
    ],
    ids=[
        "legal-maximum-years",
        "legal-maximum-fine",
        "individual-age",
        "two-individual-ages",
        "aged-n",
        "year",
        "date",
        "covid-19",
        "percentage",
        "statute",
        "one-of-the",
        "clock-time",
        "phone-number",
        "partner-nations",
        "boilerplate",
    ],
)
def test_number_that_is_not_a_figure_gives_no_fact(text):
    assert facts_of(text) == []


# --- provenance -----------------------------------------------------------------------------

ARTICLE = (
    "Queensland abuse sweep\r\n"
    "\r\n"
    "Advertisement\r\n"
    "Detectives in Brisbane arrested 26 men and 3 women, aged 21 to 64, last month. "
    "Officers also seized 130 devices.\r\n"
    "In New Zealand, about 11 people were charged.\r\n"
)


def test_quotes_and_offsets_point_into_the_text():
    docs, facts, _ = run(ARTICLE)
    text = docs["text"].iloc[0]
    assert len(facts) >= 6
    check_facts_inside_documents(facts, docs)
    for r in facts.itertuples(index=False):
        assert 0 <= r.char_start < r.char_end <= len(text)
        assert r.quote in text
        assert text[r.char_start : r.char_end] in r.quote
    by_value = {r.value: text[r.char_start : r.char_end] for r in facts.itertuples(index=False)}
    assert "26" in by_value[26.0] and "130" in by_value[130.0]


def test_fact_ids_are_stable_across_runs():
    first = run(ARTICLE)[1]
    second = run(ARTICLE)[1]
    assert list(first["fact_id"]) == list(second["fact_id"])
    assert first["fact_id"].is_unique


# --- operations -----------------------------------------------------------------------------

HARBOUR_A = (
    "Operation Blue Harbour: 64 arrested in Western Australia\n"
    "\n"
    "Detectives said Operation Blue Harbour ran for six weeks and led to the arrest of 64 men.\n"
)
HARBOUR_B = (
    "Perth police hail Operation Blue Harbour\n"
    "\n"
    "A total of 64 people were arrested and 12 laptops were seized during "
    "Operation Blue Harbour, officers said.\n"
)
UNRELATED = "Police in Manitoba laid charges against 9 people accused of grooming children.\n"
OTHER_OPERATION = (
    "Operation Cedar Gate nets 30 suspects\n"
    "\n"
    "Police in Ghana said 30 suspects were arrested under Operation Cedar Gate.\n"
)


def test_reports_of_one_named_operation_share_an_operation_id():
    _, facts, operations = run(HARBOUR_A, HARBOUR_B, UNRELATED, OTHER_OPERATION)
    by_doc = facts.groupby("doc_id")["operation_id"]
    ids = by_doc.apply(lambda column: set(column.dropna()))
    missing = by_doc.apply(lambda column: column.isna().any())
    assert len(ids["doc00"]) == 1 and not missing["doc00"]
    assert ids["doc00"] == ids["doc01"] and not missing["doc01"]
    harbour = next(iter(ids["doc00"]))
    assert harbour not in ids["doc02"]
    assert harbour not in ids["doc03"]
    assert len(ids["doc03"]) == 1
    op = operations.set_index("operation_id").loc[harbour]
    assert op["doc_ids"] == "doc00|doc01"
    assert "Operation Blue Harbour" in op["names"]


def test_a_report_without_an_operation_has_no_operation_id():
    _, facts, _ = run(UNRELATED)
    assert len(facts) == 1
    assert facts["operation_id"].isna().all()
