"""Background statistics (`pipeline/normalise/background.py`): figures of another period or of
a whole programme, office or career are no operation's facts; they are counted and listed in
the normalise metrics. Invented reports: each construction that makes a record, and the dated
figures of an operation that stay."""

from __future__ import annotations

from pipeline.annotate import annotate
from pipeline.normalise import normalise
from pipeline.normalise.background import CONSTRUCTIONS, PART_OF_BACKGROUND, REASON
from pipeline.schemas import BackgroundCuesVocab
from pipeline.vocab import load_vocabulary
from tests.harness import PARAMS, cases, documents, expect, facts_of, row
from tests.normalise.test_language_de import FRAME as DE
from tests.normalise.test_language_es import FRAME as ES
from tests.normalise.test_language_fr import FRAME as FR
from tests.normalise.test_language_pt import FRAME as PT

# --- figures of a record: never an operation's ----------------------------------------------

BACKGROUND = [
    (
        "earlier_phases",
        "In earlier phases, police arrested 40 men in Texas.",
        [],
    ),
    (
        "earlier_phases_es",
        ES + "En fases anteriores, la operación permitió el rescate de 15 víctimas en Chile.",
        [],
    ),
    (
        "since_year_pt",
        PT + "Desde 2019, a unidade prendeu 300 pessoas no Brasil.",
        [],
    ),
    (
        "past_years_de",
        DE + "In den vergangenen fünf Jahren wurden in Bayern 400 Personen festgenommen.",
        [],
    ),
    (
        "recurring_period_fr",
        FR + "Chaque année, la police arrête 250 personnes en France.",
        [],
    ),
    (
        "recurring_period",
        "Detectives in Wales arrest about 250 people every year for sharing abuse images.",
        [],
    ),
    (
        "recurring_period_annually",
        "The service safeguards more than 900 children annually across Scotland.",
        [],
    ),
    (
        "since_year",
        "Since 2011 the specialist team has identified 410 victims in Ireland.",
        [],
    ),
    (
        "since_its_inception",
        "Since its inception, the programme has arrested more than 7,000 offenders.",
        [],
    ),
    (
        "over_the_past_decade",
        "Over the past decade, officers in Canada charged 1,900 people with grooming.",
        [],
    ),
    (
        "career_period",
        "During her career the prosecutor convicted more than 60 child abusers.",
        [],
    ),
    (
        "career_of_a_number_of_years",
        "Over a 25-year career, the agent investigated more than 400 cases of child abuse.",
        [],
    ),
    (
        "career_record_of_a_person",
        "She has prosecuted more than 300 felony cases and he tried 60 jury trials.",
        [],
    ),
    (
        "so_far_this_year",
        "So far this year police in Kenya have arrested 75 suspects for online abuse.",
        [],
    ),
    (
        "tally_period_of_a_unit",
        "In 2021, the cyber unit opened 480 investigations into abuse material.",
        [],
    ),
    (
        "to_date_of_a_task_force",
        "To date, the regional task force has charged 95 defendants.",
        [],
    ),
    (
        "last_year_nationwide",
        "Police made 3,100 such arrests nationwide last year.",
        [],
    ),
    (
        "a_span_of_years",
        "Between 2012 and 2018, investigators in Norway identified 260 victims.",
        [],
    ),
    (
        "dating_back_to_a_year",
        "There are 4,300 convictions in the county for such offences, dating back to 1981.",
        [],
    ),
    (
        "reporting_year",
        "In the 2019 grant year, county prosecutors charged 610 drivers with drugged driving.",
        [],
    ),
    (
        "during_a_whole_year",
        "The county's prosecutors secured more than 420 convictions during 2020.",
        [],
    ),
    (
        "record_perfect_of_a_unit",
        "A veteran of the Fraud Unit, she has prosecuted 70 defendants.",
        [],
    ),
    (
        "record_perfect_to_date",
        "To date, the review panel has vacated 48 convictions.",
        [],
    ),
    (
        "caseload_of_a_panel",
        "Currently, the review panel has approximately 35 open investigations.",
        [],
    ),
    (
        "part_of_a_background_total",
        "Since 2016 the office has charged 230 defendants with exploitation offences. Of "
        "those, 41 were convicted at trial.",
        [],
    ),
]


@cases(BACKGROUND)
def test_a_background_statistic_is_no_fact(text, expected):
    assert facts_of(text) == expect(*expected)


# --- an operation's own figures, dated or beside a record: they stay -------------------------

OPERATION = [
    (
        "first_phase_of_the_story",
        "The sting had two phases. In the first phase, officers in Ohio searched 12 homes.",
        [row("locations_searched", 12, "US")],
    ),
    (
        "es_own_figures_stay",
        ES + "La policía detuvo a 12 personas en Madrid.",
        [row("arrested", 12, "ES")],
    ),
    (
        "a_month_dates_the_action",
        "In March, police in Portugal arrested 12 men.",
        [row("arrested", 12, "PT", sex="male")],
    ),
    (
        "a_year_without_a_record_holder",
        "In 2022, police in Spain arrested 9 men in a dawn raid.",
        [row("arrested", 9, "ES", sex="male")],
    ),
    (
        "the_operation_under_way_since_a_year",
        "The investigation, under way since 2019, has led to 40 arrests in Chile.",
        [row("arrested", 40, "CL")],
    ),
    (
        "the_past_months_of_the_operation",
        "Six suspects were arrested in Peru and 30 more have been identified in the past two "
        "months.",
        [row("arrested", 6, "PE"), row("suspects_identified", 30, "PE")],
    ),
    (
        "a_unit_without_a_period",
        "The cyber unit of the Federal Police arrested 14 people in Brazil.",
        [row("arrested", 14, "BR")],
    ),
    (
        "the_office_charges_its_own_case",
        "The District Attorney's Office has charged four men in connection with the robbery.",
        [row("charged", 4, "US", sex="male")],
    ),
    (
        "the_past_year_of_one_offender",
        "Detectives in Ohio arrested three men who had shared abuse images during the past year.",
        [row("arrested", 3, "US", sex="male", role="distribution")],
    ),
    (
        "the_figure_compared_with_another_year",
        "Analysts helped identify 610 children, up from 540 in 2023.",
        [row("victims_identified", 610)],
    ),
]


@cases(OPERATION)
def test_an_operations_dated_figures_stay(text, expected):
    assert facts_of(text) == expect(*expected)


def test_a_list_including_its_parts_after_a_background_total_stays():
    text = (
        "Since 2010 the unit has arrested 900 people. Officers in Peru arrested 15 men, "
        "including 4 teachers."
    )
    assert row("arrested", 15, "PE", sex="male") in facts_of(text)


def test_a_partitive_after_an_operations_total_stays():
    text = "Police in Italy arrested 20 people on Tuesday. Of those, 4 were women."
    assert row("arrested", 20, "IT") in facts_of(text)
    assert row("arrested", 4, "IT", sex="female") in facts_of(text)


# --- counted and listed, never silently dropped ----------------------------------------------


def test_an_excluded_figure_is_counted_by_construction_and_listed():
    text = (
        "Police in Malta arrested 8 men on Monday.\n"
        "Since 2015 the unit has identified 120 victims. Of those, 30 were boys."
    )
    docs = documents(text)
    spans, _ = annotate(docs, PARAMS.annotate)
    facts, _, metrics, _ = normalise(docs, spans, PARAMS.normalise, PARAMS.annotate.vocab_dir)
    assert list(zip(facts["metric"], facts["value"], strict=True)) == [("arrested", 8.0)]
    dropped = metrics["numbers_dropped_by_reason"]
    assert dropped[f"{REASON}:since_period"] == 1
    assert dropped[f"{REASON}:{PART_OF_BACKGROUND}"] == 1
    listed = metrics["background_statistics"]
    assert [(r["value"], r["construction"]) for r in listed] == [
        (120.0, "since_period"),
        (30.0, PART_OF_BACKGROUND),
    ]
    body = docs["text"].iloc[0]
    assert "120" in body[listed[0]["char_start"] : listed[0]["char_end"]]


def test_the_vocabulary_names_the_modules_constructions():
    (isin,) = BackgroundCuesVocab.to_schema().columns["construction"].checks
    assert set(isin.statistics["allowed_values"]) == set(CONSTRUCTIONS)
    english = {c for c, _ in load_vocabulary(PARAMS.annotate.vocab_dir).background_cues}
    assert english == set(CONSTRUCTIONS)
