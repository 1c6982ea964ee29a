"""Partitives outside English (`partitive`, `partitive_opening` and `subset_of` in each
language's `function_words.csv`): a count that is part of a whole named before it is no
total of its own; it breaks the whole down ("Parmi les 30 personnes interpellées, cinq sont
des femmes"), or has an event of its own ("うち6人を逮捕"). Invented sentences, each after
its language's frame of prose."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row
from tests.normalise.test_language_fr import french
from tests.normalise.test_language_id import indonesian
from tests.normalise.test_language_it import italian
from tests.normalise.test_language_ja import japanese
from tests.normalise.test_language_ko import korean
from tests.normalise.test_language_zh import chinese

PARTITIVES = [
    (
        "fr_opening_partitive_breaks_down_its_total",
        french("Sur les 31 personnes interpellées à Lyon, 6 sont des femmes."),
        expect(row("arrested", 31, "FR"), row("arrested", 6, "FR", sex="female")),
    ),
    (
        "fr_parmi_with_a_number_word",
        french("Parmi les 30 personnes interpellées à Lille, cinq sont des femmes."),
        expect(row("arrested", 30, "FR"), row("arrested", 5, "FR", sex="female")),
    ),
    (
        "it_di_cui_with_the_noun_left_out",
        italian("A Milano oltre 60 agenti, di cui 20 specializzati in informatica, hanno agito."),
        expect(
            row("officers_deployed", 60, "IT", qualifier="at_least"),
            row("officers_deployed", 20, "IT"),
        ),
    ),
    (
        "it_a_part_of_men_with_its_own_event",
        italian("A Torino sono stati fermati 25 uomini, di cui 4 sono stati arrestati."),
        expect(row("arrested", 4, "IT", sex="male"), row("arrested", 25, "IT", sex="male")),
    ),
    (
        "it_opening_partitive",
        italian("La polizia di Bari ha denunciato 18 persone. Dei 18 denunciati, 4 sono donne."),
        expect(
            row("investigated", 18, "IT"),
            row("investigated", 18, "IT"),
            row("investigated", 4, "IT", sex="female"),
        ),
    ),
    (
        "it_di_cui_a_part_of_men",
        italian("Sono stati arrestati a Torino 20 uomini, di cui 3 stranieri."),
        expect(row("arrested", 20, "IT", sex="male"), row("arrested", 3, "IT", sex="male")),
    ),
    (
        "ja_uchi_part_with_its_own_verb",
        japanese("大阪府警は男計20人を摘発し、うち6人を逮捕した。"),
        expect(
            row("arrested_or_investigated", 20, "JP", sex="male"),
            row("arrested", 6, "JP", sex="male"),
        ),
    ),
    (
        "zh_qizhong_part_with_its_own_verb",
        chinese("香港警方拘捕12名男子,其中5人被落案起訴。"),
        expect(row("arrested", 12, "HK", sex="male"), row("charged", 5, "HK", sex="male")),
    ),
    (
        "ko_geujung_part_with_its_own_verb",
        korean("서울경찰청은 피의자 30명을 검거하고 그중 5명을 구속했다."),
        expect(row("arrested", 30, "KR"), row("in_custody", 5, "KR")),
    ),
    (
        "id_di_antaranya_breaks_down",
        indonesian("Polisi di Jakarta menangkap 15 tersangka, di antaranya 3 perempuan."),
        expect(row("arrested", 15, "ID"), row("arrested", 3, "ID", sex="female")),
    ),
]


@cases(PARTITIVES)
def test_partitives(text, expected):
    assert facts_of(text) == expected


NOT_PARTS = [
    # a predicate that names no group says no part
    (
        "fr_a_predicate_of_no_group",
        french("Les gendarmes ont interpellé 12 personnes à Metz. Parmi eux, huit étaient connus."),
        expect(row("arrested", 12, "FR")),
    ),
    # "七成" is seven tenths, not a count left without its noun
    (
        "zh_a_share_after_qizhong",
        chinese("香港警方共錄得56宗案件,其中七成涉及社交媒體。"),
        expect(row("cases_opened", 56, "HK")),
    ),
    # "between 2021 and 2023" opens no partitive
    (
        "it_tra_of_dates",
        italian("Tra il 2021 e il 2023 sono stati arrestati a Roma 40 uomini."),
        expect(row("arrested", 40, "IT", sex="male")),
    ),
]


@cases(NOT_PARTS)
def test_counts_that_are_no_parts(text, expected):
    assert facts_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "whether six were involved": the count's own words ask, they do not say
        chinese("警方會調查五人是否涉及發佈兒童色情物品。"),
    ],
)
def test_a_question_is_no_count(text):
    assert facts_of(text) == []
