"""The noun + count + counter construction of Korean and Japanese
(`pipeline/annotate/vocabulary.py`, `noun_count_counter`): a `counted_nouns.csv` pattern
`noun{n}counter` puts the counted noun before its count; the COUNTED_NOUN span is the
counter's, with the noun's class and attributes. Invented sentences after each language's
frame."""

from __future__ import annotations

import pytest

from pipeline.annotate.vocabulary import noun_count_counter
from tests.harness import cases, expect, facts_of, records, row, spans_of
from tests.normalise.test_language_ja import japanese
from tests.normalise.test_language_ko import korean


def test_a_pattern_without_a_count_is_all_counter():
    assert noun_count_counter("カ所", "は|が") == ("", "カ所")


def test_the_noun_the_joints_and_the_count_come_before_the_counter():
    before, counter = noun_count_counter("(?:男|男性){n}(?:人|名)", "ら|計")
    assert (before, counter) == (
        r"(?:(?:男|男性))(?:\s*(?:ら|計))*\s*(?:\d{1,3}(?:,\d{3})+|\d+)\s?",
        "(?:(?:人|名))",
    )


@pytest.mark.parametrize(
    ("text", "counter"),
    [
        (japanese("警視庁は男ら計7人を逮捕した。"), "人"),
        (korean("경찰은 남성 총 7명을 검거했다."), "명"),
    ],
)
def test_the_span_is_the_counters(text, counter):
    nouns = [r for r in records(spans_of(text), "COUNTED_NOUN") if r["text"] == counter]
    assert len(nouns) == 1
    assert "{n}" in nouns[0]["value_str"]


NOUN_COUNT_COUNTER = [
    (
        "ja_men_with_joints",
        # "男ら" is the man and those with him: the count has no sex of its own
        japanese("大阪府警は男ら計7人を逮捕した。"),
        expect(row("arrested", 7, "JP")),
    ),
    (
        "ja_officers_before_their_count",
        japanese("警視庁は捜査員約120人を投入した。"),
        expect(row("officers_deployed", 120, "JP", qualifier="approximately")),
    ),
    (
        "ko_women_with_a_total",
        korean("서울경찰청은 여성 총 4명을 검거했다."),
        expect(row("arrested", 4, "KR", sex="female")),
    ),
    (
        "ko_phones_before_their_counter",
        korean("경찰은 휴대전화 12대를 압수했다."),
        expect(row("devices_seized", 12, device="mobile_phone")),
    ),
    # a noun the count does not follow says nothing of it: "20 people, among them men"
    (
        "ja_a_noun_after_its_count_is_no_noun_before",
        japanese("大阪府警は20人を逮捕した。男児は保護された。"),
        expect(row("arrested", 20, "JP")),
    ),
]


@cases(NOUN_COUNT_COUNTER)
def test_noun_count_counter(text, expected):
    assert facts_of(text) == expected
