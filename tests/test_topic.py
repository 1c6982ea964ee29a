"""A document's topic (`pipeline/topic.py`): enforcement against child sexual exploitation,
other enforcement, or something else, with the offsets of the words that decided it.
Invented texts."""

from __future__ import annotations

import pytest

from pipeline.topic import document_topic, topic_cues
from tests.harness import PARAMS, documents, run


def topic_of(text: str) -> str:
    return document_topic(text, topic_cues(), PARAMS.ingest)[0]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Police in Leeds arrested 12 men suspected of sharing child sexual abuse material.",
            "csea_enforcement",
        ),
        (
            "La Guardia Civil ha detenido a 8 personas por distribuir pornografía infantil.",
            "csea_enforcement",
        ),
        ("Die Polizei hat 5 Männer wegen Kinderpornografie festgenommen.", "csea_enforcement"),
        (
            "Police seized 300 kilos of cocaine and arrested four men at the port of Antwerp.",
            "other_enforcement",
        ),
        (
            "A charity survey found that most parents worry about child sexual abuse material "
            "online and want better education in schools.",
            "other",
        ),
        ("The museum reopened on Sunday after a two-year renovation.", "other"),
        ("警方昨日拘捕六名男子,涉嫌管有兒童色情物品。", "csea_enforcement"),
        (
            "The court convicted a coach of an unlawful sexual relationship with a 15-year-old "
            "student.",
            "csea_enforcement",
        ),
        (
            "The mother was charged with child abuse for starving her daughter, police said.",
            "other_enforcement",
        ),
        (
            "An investigation by Kent Police into child sexual exploitation online has ended, "
            "with officers praising the public's help.",
            "csea_enforcement",
        ),
        (
            "Polisen utreder barnpornografibrott och flera personer är misstänkta.",
            "csea_enforcement",
        ),
    ],
    ids=[
        "csea-en-police-investigation-without-an-arrest",
        "csea-sv-police-and-suspects",
        "csea-en",
        "csea-es",
        "csea-de",
        "drugs",
        "survey-without-enforcement",
        "nothing",
        "csea-zh-without-spaces",
        "a-crime-against-a-minor-by-age",
        "physical-abuse-is-no-csea",
    ],
)
def test_a_document_gets_the_topic_of_its_story(text, topic):
    assert topic_of(text) == topic


def test_one_passing_mention_late_in_a_long_story_is_not_its_topic():
    drugs = "Police arrested four men and seized 300 kilos of cocaine at the port. " * 30
    aside = "Officers separately handle cases of child pornography."
    assert topic_of(drugs + aside) == "other_enforcement"
    assert topic_of(drugs + aside + " " + aside) == "csea_enforcement"


def test_the_evidence_points_at_the_words_that_decided_it():
    text = "Officers arrested 12 men over child pornography."
    topic, evidence = document_topic(text, topic_cues(), PARAMS.ingest)
    spans = [tuple(map(int, item.split("-"))) for item in evidence.split("|")]
    assert topic == "csea_enforcement"
    assert [text[a:b] for a, b in spans] == ["arrested", "child pornography"]


def test_every_document_and_fact_carries_its_topic():
    docs = documents(
        "Police in Leeds arrested 12 men suspected of sharing child sexual abuse material.",
        "Police seized 300 kilos of cocaine and arrested four men at the port of Antwerp.",
    )
    assert list(docs["topic"]) == ["csea_enforcement", "other_enforcement"]
    assert docs["topic_evidence"].notna().all()


def test_facts_and_operations_keep_their_topics_apart():
    _, facts, operations = run(
        "Operation Lantern: police in Leeds arrested 12 men suspected of sharing child sexual "
        "abuse material.",
        "Operation Harbour: police seized 300 kilos of cocaine and arrested four men at the "
        "port of Antwerp.",
    )
    by_value = dict(zip(facts["value"], facts["topic"], strict=True))
    assert by_value == {12.0: "csea_enforcement", 4.0: "other_enforcement"}
    assert sorted(operations["topic"]) == ["csea_enforcement", "other_enforcement"]
