"""The sex of a whole counted group said after its count (`breakdowns.sex_said`,
`breakdowns.sex_said_after`; the `all_of_group` and `group_pronoun` words of
`function_words.csv`): in an apposition or clause of the count's sentence, or in the next
sentence opening with the group. Invented reports in several languages."""

from __future__ import annotations

import pytest

from tests.harness import expect, facts_of, row
from tests.normalise.test_language_de import german
from tests.normalise.test_language_fr import french
from tests.normalise.test_language_it import italian
from tests.normalise.test_language_nl import FRAME as DUTCH_FRAME
from tests.normalise.test_language_pt import portuguese
from tests.normalise.test_language_sv import FRAME as SWEDISH_FRAME
from tests.normalise.test_languages import spanish

POSITIVE = [
    ("Police in Kenya arrested twelve suspects, all of them men.", 12, "male"),
    ("Police in Kenya arrested 12 people on Monday; all are men.", 12, "male"),
    ("Detectives in Ghana arrested 9 people, who are all women.", 9, "female"),
    ("Police in Kenya arrested two suspects, both men.", 2, "male"),
    ("Police in Kenya arrested 12 people on Monday. They are all men.", 12, "male"),
    ("Police in Peru arrested 30 suspects. The suspects were all men.", 30, "male"),
    (spanish("La Policía detuvo a 12 personas en Valencia, todos ellos hombres."), 12, "male"),
    (spanish("Los agentes detuvieron a 7 personas en Chile. Todas son mujeres."), 7, "female"),
    (french("Douze personnes ont été interpellées en France, toutes des femmes."), 12, "female"),
    (
        french(
            "Douze personnes ont été interpellées en France. Les personnes interpellées "
            "sont exclusivement des hommes."
        ),
        12,
        "male",
    ),
    (italian("La polizia ha arrestato 28 persone in Umbria, tutti maschi."), 28, "male"),
    (italian("La polizia ha arrestato 28 persone in Umbria. Sono tutti uomini."), 28, "male"),
    (
        german(
            "Die Polizei nahm in Österreich 20 Verdächtige fest. Es seien Männer im Alter "
            "von 20 bis 60 Jahren."
        ),
        20,
        "male",
    ),
    (
        german("Die Polizei nahm in Österreich 20 Verdächtige fest, die alle Männer sind."),
        20,
        "male",
    ),
    (portuguese("A polícia prendeu 6 pessoas em Lisboa, todos homens."), 6, "male"),
    (
        DUTCH_FRAME + "De politie heeft 5 verdachten aangehouden. Het zijn allemaal mannen.",
        5,
        "male",
    ),
    (SWEDISH_FRAME + "Polisen har gripit 4 personer. Samtliga är män.", 4, "male"),
]


@pytest.mark.parametrize(("text", "value", "sex"), POSITIVE)
def test_the_whole_group_gets_the_sex_said_after_it(text, value, sex):
    rows = [r for r in facts_of(text) if r.metric == "arrested" and r.value == value]
    assert [r.sex for r in rows] == [sex]


NEGATIVE = [
    # a part of the group, not the whole
    "Police in Kenya arrested 12 people on Monday. Two were women.",
    # the sentence before counts people of both sexes
    "Police in Kenya arrested 12 people, including 3 women. They are all adults.",
    # a noun phrase that names another group
    "Police in Kenya arrested 12 people on Monday. The officers are all women.",
    # suspects and victims counted together: whose sex is it?
    "Police in Kenya rescued 12 children and arrested 3 people. They were all girls.",
    # no all-word: the apposition may describe one of them
    "Police in Kenya arrested 12 people, mostly men.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_sex_for_a_part_a_mixed_group_or_another_group(text):
    assert all(r.sex is None for r in facts_of(text) if r.value == 12)


def test_a_clause_about_the_whole_leaves_the_parts_alone():
    text = "Police in Spain arrested 40 people, all of them men. Of these, 12 were charged."
    assert facts_of(text) == expect(row("arrested", 40, "ES", sex="male"), row("charged", 12, "ES"))
