"""Operation names: proper names after a head word, in any quotes; titles, common nouns and
title-case headlines are no names unless the story confirms them."""

from __future__ import annotations

import pytest

from pipeline.annotate.operation_names import is_title_case
from tests.harness import records, spans_of
from tests.normalise.test_language_es import FRAME as ES
from tests.normalise.test_language_fr import FRAME as FR
from tests.normalise.test_language_pt import FRAME as PT


def names(text: str) -> list[tuple[str, str]]:
    return [(r["value_str"], r["rule"]) for r in records(spans_of(text), "OPERATION")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Detectives said Operation Blue Harbour II ended in May.", "Operation Blue Harbour II"),
        ("Officers working on Op. Sunrise seized 40 phones.", "Op. Sunrise"),
        ("The sweep, Project Nightfall, began in 2023.", "Project Nightfall"),
        ('Police called it Operation "Broken Heart" in a statement.', "Operation Broken Heart"),
        ("La police a mené l'opération « Pacifier » en mars.", "opération Pacifier"),
        ("Agents of Operation K-Fraud charged 12 people.", "Operation K-Fraud"),
        # a possessive ends the name; a closing quote the capitals took in is no part of it
        ("Project Lantern's Dover office opened in May.", "Project Lantern"),
        ("The arrests under ‘Operation Grey Heron’ began in May.", "Operation Grey Heron"),
        ("Agents of Operation Rollin’ Dice seized 30 phones.", "Operation Rollin’ Dice"),
    ],
)
def test_a_proper_name_after_a_head_is_an_operation_name(text, expected):
    assert [n for n, _ in names(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Project Director said the work would continue next year.",
        "She joined as Project Coordinator of the new unit in 2019.",
        "Staff of the Operation Center worked through the night.",
        "the operation of a shadow utility company was uncovered.",
        "Une opération Europol a permis des arrestations.",  # lower-case head, no quotes
        "The operation ended on Monday.",
        # "Operations" capitalised is an office ("Chief of Operations", "Operations Division")
        "Deputy Chief of Operations Mark Dunne spoke to reporters.",
        "Detectives of the Special Operations Division made the arrests.",
        # a verb after the head, capitalised at the start of a line, is no name
        "Operation Led by Regional Task Force Ends With Arrests of 12 people",
    ],
)
def test_titles_common_nouns_and_plain_words_are_no_names(text):
    assert names(text) == []


def test_a_title_case_headline_names_only_what_the_story_confirms():
    text = (
        "Operation Straight Body Insurance Fraud Sting Targeting Auto Body Shops\n"
        "\n"
        "Investigators in Operation Straight Body found 20 shops that billed for repairs.\n"
    )
    found = names(text)
    assert ("Operation Straight Body", "operation.headline_confirmed") in found
    assert ("Operation Straight Body", "operation.named") in found
    assert all(n == "Operation Straight Body" for n, _ in found)


def test_a_verb_capitalised_by_a_headline_is_no_name():
    text = (
        "Multi-Agency Operation Allegedly Took Down Counterfeit Ring\n"
        "\n"
        "The operation, carried out by three agencies, led to 9 arrests.\n"
    )
    assert names(text) == []


def test_quotes_make_a_name_even_in_a_headline():
    text = 'Police Say "Operation Lantern" Led To 14 Arrests Across The Region\n\nMore follows.\n'
    assert [n for n, _ in names(text)] == ["Operation Lantern"]


@pytest.mark.parametrize(
    "line, title",
    [
        ("Multi-Agency Operation Nets 20 Arrests In Fraud Sting", True),
        ("OPERATION CROSS COUNTRY RECOVERS 59 CHILDREN", True),
        ("Police said Operation Blue Harbour ran for six weeks and led to arrests.", False),
        ("Operation Kite", False),  # too few words to tell
    ],
)
def test_title_case_is_told_by_the_capitals_of_long_words(line, title):
    assert is_title_case(line) is title


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The four-day operation, codenamed “Night Owl”, ended in May.", "Night Owl"),
        ("Officers said the sting, dubbed 'Night Owl', netted 30 men.", "Night Owl"),
        (
            "La operación, denominada “Guardianes de la Niñez 5”, terminó.",
            "Guardianes de la Niñez 5",
        ),
        ('A operação, batizada de "Anjo da Guarda", terminou.', "Anjo da Guarda"),
        ("L'opération, baptisée « Chrysalide », a duré six mois.", "Chrysalide"),
        ("The joint operation “Blue Wave” ended in May.", "Blue Wave"),
        ("The operation, codenamed Night Owl and led by police, ended.", "Night Owl"),
        (
            "La etapa del operativo internacional denominado Guardianes de la Niñez, "
            "cuyo objetivo es claro.",
            "Guardianes de la Niñez",
        ),
    ],
)
def test_an_operation_named_by_a_participle_takes_the_quoted_name(text, expected):
    # a line of prose in the sentence's language first, so that it is read in that language
    frame = {"La": ES, "A ": PT, "L'": FR}.get(text[:2], "")
    assert names(frame + text) == [(expected, "operation.dubbed")]


@pytest.mark.parametrize(
    "text",
    [
        "The sting, called “a great success” by the chief, netted 30 men.",
        "The man, dubbed “The Monster” by the tabloids, was charged.",
        "Police said the operation against “Sweetie” users ended.",
    ],
)
def test_a_participle_without_an_operation_or_before_no_name_names_nothing(text):
    assert names(text) == []
