"""Figures that are not counts: age ranges of a group and fines
(`pipeline/normalise/amounts.py`), on invented reports."""

from __future__ import annotations

import pytest

from pipeline.normalise import amounts
from tests.harness import cases, expect, facts_of, row, sentences

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


def test_one_end_of_a_counted_groups_range_named_alone_is_its_figure():
    """'Of the 26 men, … the oldest is 66', 'the youngest of those arrested was 17' give
    one end alone (a group counted, or named by its event); 'the oldest son was 12' is a
    relation (and 'the youngest suspect was 19' alone is one person's age)."""
    text = "Police in Chile arrested 40 men. Of the other 26 men, the oldest is 66."
    assert row("oldest_age", 66, "CL") in facts_of(text)
    text = "Police in Chile arrested 26 men. The youngest of those arrested was 17."
    assert row("youngest_age", 17, "CL") in facts_of(text)


def test_a_hedge_on_the_noun_leaves_the_range_the_groups():
    """'predominantly men aged …' hedges the sex, not the range; 'most of them aged …'
    gives the range of part of the group."""
    assert facts_of("Police in Chile arrested 300 suspects, mostly men aged 19 to 71.") == expect(
        row("arrested", 300, "CL"), row("youngest_age", 19, "CL"), row("oldest_age", 71, "CL")
    )
    assert facts_of("Police in Chile arrested 300 suspects, most of them aged 19 to 71.") == expect(
        row("arrested", 300, "CL")
    )


def test_an_age_and_a_percentage_after_it_are_no_range():
    sentence = (
        "Officers found 300 children, of whom 70 per cent are under the age of 11 and "
        "60 per cent are girls."
    )
    assert facts_of(sentence) == expect(row("victims_identified", 300, "ALL"))


def test_the_age_range_of_victims_police_found_is_the_groups():
    sentence = "Officers in Westshire found more than 70 children, aged between 2 and 15 years."
    assert facts_of(sentence) == expect(
        row("victims_identified", 70, "ALL", qualifier="at_least"),
        row("youngest_age", 2, "ALL"),
        row("oldest_age", 15, "ALL"),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge ordered him to pay $61,000 in restitution to the families.",
        "She was ordered to pay $9,500 restitution.",
        "The court ordered the firm to pay compensation of $40,000.",
        "The two men were released on bail of $75,000.",
    ],
    ids=["in-restitution", "restitution-after", "compensation-of", "bail-of"],
)
def test_money_paid_to_victims_or_as_bail_is_no_fine(sentence):
    assert not [f for f in facts_of(sentence) if f.metric == "fine_amount"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He kept photographs of girls between the ages of 9 and 14 on his laptop.",
        "The accused lives with children ranging in age from 3 to 11.",
        "Four men aged 31, 44, 52 and 67 were charged with possession of abuse material.",
        "He abused the girl, who was between the ages of 11 and 13 at the time.",
        "He exposed himself in front of two girls, ages 12 and 13, police said.",
        "He was charged with lewd acts on a child between the ages of 14 and 15.",
        "The court will handle all misdemeanor cases of defendants between the ages of 16 and 24.",
        "The scheme is open to young offenders aged 16 to 24.",
        "A teacher was arrested for molesting two girls when they were ages 9 to 11.",
        "A coach was charged with abusing boys on his team, who ranged in age from 10 to 14.",
        "She was convicted of possessing photos of boys ranging from 8 to 14 years old.",
        "Prosecutors said two men, ages 31 and 35, walked out of a diner at midnight.",
        "A retired teacher was sentenced for molesting four young relatives ages 6 to 10.",
        "A coach was charged with the sexual abuse of three girls, ages 12 to 14.",
        "A driver was convicted in the deaths of two pedestrians aged 70 and 74.",
    ],
    ids=[
        "children-in-passing",
        "his-own-children",
        "a-list-of-each-mans-age",
        "one-victim",
        "the-victims-of-the-crime",
        "the-victim-in-a-statute",
        "who-a-court-is-for",
        "who-a-scheme-is-for",
        "victims-after-an-event-of-one-suspect",
        "victims-a-clause-away-after-an-event-of-one-suspect",
        "children-depicted-after-an-event-of-one-suspect",
        "people-of-a-narrative-with-no-event",
        "victims-of-a-crime-gerund-after-the-event",
        "victims-of-a-crime-noun-after-the-event",
        "victims-of-a-crime-noun-in-the-plural",
    ],
)
def test_ages_of_no_counted_group_give_no_youngest_or_oldest(sentence):
    assert not [f for f in facts_of(sentence) if f.metric in ("youngest_age", "oldest_age")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rescued children were aged three to 12.",
        "The boys were aged between 10 and 15, the charity said.",
        "The suspects, aged 19 to 54, were bailed in Coventry.",
        "Police said their ages ranged from 21 to 66.",
        "The ages of the men charged ranged from 18 to 59.",
        "Officers identified 14 victims, aged between 6 and 15.",
        "Charges were filed against 12 men aged between 19 and 61.",
        "Those detained in the raids are aged between 20 and 58.",
        "They are men aged 21 to 64 from the north of the state.",
        "The 14 suspects, aged between 19 and 65, appeared in court on Monday.",
        "Police arrested 11 men, aged 22 to 70, for sharing abuse images.",
        "Investigators came to the 33 men and three women aged between 15 and 54 via a tip.",
    ],
    ids=[
        "the-rescued-children",
        "the-boys",
        "the-suspects",
        "their-ages",
        "ages-of-the-accused",
        "victims-identified",
        "a-counted-group-charged",
        "those-detained",
        "a-predicate-without-a-count",
        "suspects-with-no-event",
        "a-crime-after-the-ages",
        "a-count-told-before-by-its-article",
    ],
)
def test_ages_of_a_group_the_story_counts_give_youngest_and_oldest(sentence):
    metrics = {f.metric for f in facts_of(sentence)}
    assert {"oldest_age", "youngest_age"} <= metrics


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


# --- 9. fines -------------------------------------------------------------------------------

FINES = [
    (
        "fined-euros-austria",
        "The man was fined €2,500 by a court in Austria.",
        [row("fine_amount", 2500, "AT", unit="EUR")],
    ),
    (
        "fined-euros-dublin",
        "A court in Dublin fined the man €2,500.",
        [row("fine_amount", 2500, "IE", unit="EUR")],
    ),
    (
        "fine-after-amount-not-costs",
        "He received a £1,200 fine and £300 costs at Leeds Crown Court.",
        [row("fine_amount", 1200, "GB", unit="GBP")],
    ),
    (
        "fined-then-costs",
        "The court in Manchester fined him £650 and ordered him to pay £150 costs.",
        [row("fine_amount", 650, "GB", unit="GBP")],
    ),
    (
        "fined-each-of-them-naira-lagos",
        "A magistrate in Lagos fined each of them ₦1 million.",
        [row("fine_amount", 1_000_000, "NG", unit="NGN")],
    ),
    (
        "fined-each-of-them-naira-no-place",
        "A magistrate fined each of them ₦1 million.",
        [row("fine_amount", 1_000_000, "NG", unit="NGN")],
    ),
    (
        "fined-each-naira-after",
        "Officials said the suspects would be fined ₦1 million each.",
        [row("fine_amount", 1_000_000, "NG", unit="NGN")],
    ),
    (
        "legal-maximum-carries-up-to-rand",
        "The law carries a fine of up to R100,000 in South Africa.",
        [],
    ),
    (
        "legal-maximum-can-be-fined-up-to",
        "Under the act, offenders can be fined up to €50,000 in Belgium.",
        [],
    ),
    (
        "legal-maximum-far-earlier",
        "Anyone convicted faces, under the amended Films and Publications Act, a fine of R100,000.",
        [],
    ),
    (
        "legal-maximum-could-be-ordered",
        "Offenders could be ordered to pay a penalty of €75,000, a spokesman for the "
        "Belgian police said.",
        [],
    ),
]


@cases(FINES)
def test_fines(text, expected):
    assert facts_of(text) == expect(*expected)


# --- 14. age ranges -------------------------------------------------------------------------

AGE_RANGES = [
    (
        "range-in-age-next-sentence",
        "Police in Spain arrested 40 people. Those arrested range in age from 19 to 70.",
        [row("arrested", 40, "ES"), row("youngest_age", 19, "ES"), row("oldest_age", 70, "ES")],
    ),
    (
        "range-in-age-relative-clause",
        "Police in Spain arrested 40 people, who range in age from 19 to 70.",
        [row("arrested", 40, "ES"), row("youngest_age", 19, "ES"), row("oldest_age", 70, "ES")],
    ),
    (
        "between-the-ages-of",
        "Police in Italy detained 22 men between the ages of 16 and 58.",
        [
            row("arrested", 22, "IT", sex="male"),
            row("youngest_age", 16, "IT"),
            row("oldest_age", 58, "IT"),
        ],
    ),
    (
        "between-the-ages-of-group-subject",
        "Those arrested were between the ages of 16 and 58, police in Italy said.",
        [row("youngest_age", 16, "IT"), row("oldest_age", 58, "IT")],
    ),
    (
        "most-of-them-aged-between",
        "Officers in Peru rescued 15 children, most of them aged between 8 and 12.",
        [row("victims_identified", 15, "PE")],
    ),
    (
        "mainly-aged-between",
        "Police in Ecuador arrested 12 men, mainly aged between 20 and 30.",
        [row("arrested", 12, "EC", sex="male")],
    ),
    (
        "youngest-while-oldest",
        "The youngest detained is aged 15 while the oldest is 66, police in Chile said.",
        [row("youngest_age", 15, "CL"), row("oldest_age", 66, "CL")],
    ),
    (
        "youngest-and-oldest-without-verb",
        "Of those held in Chile, the youngest was 21 and the oldest 59.",
        [row("youngest_age", 21, "CL"), row("oldest_age", 59, "CL")],
    ),
    (
        "the-accused-are-aged-between",
        "The accused are aged between 20 and 71, police in Chile said.",
        [row("youngest_age", 20, "CL"), row("oldest_age", 71, "CL")],
    ),
    (
        "accused-of-abusing-children-aged",
        "A man in Chile is accused of abusing boys aged between 9 and 12.",
        [],
    ),
    (
        "youngest-alone-is-one-age",
        "The youngest suspect was 19, police in Chile said.",
        [],
    ),
]


@cases(AGE_RANGES)
def test_age_ranges(text, expected):
    assert facts_of(text) == expect(*expected)


# --- the constructions, called one by one -----------------------------------------------------


def test_a_fine_imposed_is_a_fine_and_the_laws_maximum_is_not():
    text, (sentence,) = sentences(
        "The law carries a fine of up to R100,000, and a man was fined R20,000 in Durban."
    )
    maximum, imposed = sorted(sentence.spans["MONEY"], key=lambda m: m.char_start)
    assert not amounts.is_fine(text, sentence, maximum)
    assert amounts.is_fine(text, sentence, imposed)


def test_a_fine_beside_restitution_is_still_a_fine():
    sentence = "The judge ordered him to pay $20,000 in restitution and a $4,000 fine in Ohio."
    assert [f.value for f in facts_of(sentence) if f.metric == "fine_amount"] == [4000.0]
