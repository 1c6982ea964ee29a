"""Rules in Korean (`pipeline/vocab/ko/`): invented Korean sentences, each after a line of
prose with no figure in it, so that the document is read as Korean. Counters and particles
touch their numbers ("120명을", "15건"), and the verb comes after its object."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, numbers, row

FRAME = "경찰은 아동보호단체의 신고를 받고 몇 달 전부터 수사를 진행해 왔다고 밝혔습니다.\n"


def korean(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_korean():
    assert documents(korean("경찰은 피의자 8명을 검거했다."))["language"][0] == "ko"


KOREAN_CONSTRUCTIONS = [
    (
        "victims_alone_number_no_arrests",
        "경찰청은 총책 등 15명을 검거했으며 피해자만 90명이 넘는다.",
        expect(row("arrested", 15, "KR")),
    ),
    (
        "count_counter_particle_then_verb",
        "경찰청은 피의자 120명을 검거하고 이 가운데 15명을 구속했다.",
        expect(row("arrested", 120, "KR"), row("in_custody", 15, "KR")),
    ),
    (
        "men_before_their_count",
        "부산경찰청은 20대 남성 3명을 불구속 입건했다.",
        expect(row("investigated", 3, "KR", sex="male", ages=(20, 29))),
    ),
    (
        "sent_to_prosecutors",
        "경찰은 피의자 총 42명을 검찰에 송치했다.",
        expect(row("charged", 42)),
    ),
    (
        "officers_deployed_over",
        "경찰은 이번 단속에 경찰관 300여 명을 투입했다.",
        expect(row("officers_deployed", 300)),
    ),
    (
        "places_searched_with_a_qualifier",
        "수사팀은 약 25곳을 압수수색했다.",
        expect(row("locations_searched", 25, qualifier="approximately")),
    ),
    (
        "a_decade_band_before_the_count",
        "경찰은 20대 피의자 17명을 검거했다.",
        expect(row("arrested", 17, ages=(20, 29))),
    ),
    (
        "a_count_compared_with_last_years_is_no_count",
        "올해 검거 인원은 1,500명으로 지난해 같은 기간(1,200명)보다 25% 늘었다.",
        expect(row("arrested", 1500)),
    ),
    (
        "ages_range",
        "검거된 피의자들은 19세부터 61세까지였으며 모두 서울에 살고 있었다.",
        expect(row("youngest_age", 19, "KR"), row("oldest_age", 61, "KR")),
    ),
    (
        "a_country_named_in_korean",
        "일본 경찰은 피의자 14명을 체포했다.",
        expect(row("arrested", 14, "JP")),
    ),
    (
        "countries_taking_part_are_all",
        "이번 국제 공조 수사에는 모두 9개국이 참여했다.",
        expect(row("jurisdictions_involved", 9)),
    ),
]


@cases(KOREAN_CONSTRUCTIONS)
def test_korean_constructions(text, expected):
    assert facts_of(korean(text)) == expected


NOT_COUNTS = [
    ("an_age", "피의자는 45세 회사원으로 알려졌다."),
    ("a_prison_term", "법원은 그에게 징역 3년을 선고했다."),
    ("a_date", "사건은 2023년 5월 12일에 발생했다."),
    ("money", "그는 벌금 500만 원을 냈다."),
    ("teenagers_are_an_age_band", "피의자의 절반은 10대 청소년이었다."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_korean_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(korean(text)) == []


def test_a_scale_after_digits():
    assert [v for _, v in numbers(korean("경찰은 영상 3만 건을 압수했다."))] == [30000.0]


# A relative clause before a count names what the counted did ("…을 판매한 3명"), and
# an agent noun does too ("판매자 2명"); a passive clause is no role of the count.
KOREAN_ROLES_BEFORE_THE_COUNT = [
    (
        "relative_clause_of_distribution",
        "경찰은 불법 영상을 유포한 15명을 검거했다.",
        expect(row("arrested", 15, role="distribution")),
    ),
    (
        "relative_clause_with_men",
        "경찰은 성착취물을 제작한 남성 4명을 구속했다.",
        expect(row("in_custody", 4, sex="male", role="production")),
    ),
    (
        "relative_clause_of_purchase",
        "경찰은 합성물을 구매한 30명을 입건했다.",
        expect(row("investigated", 30, role="purchase")),
    ),
    (
        "agent_noun_of_selling",
        "경찰은 판매자 3명을 검거했다.",
        expect(row("arrested", 3, role="distribution")),
    ),
    (
        "no_role_without_a_clause",
        "경찰은 피의자 9명을 검거했다.",
        expect(row("arrested", 9)),
    ),
    (
        "a_year_with_its_character_is_no_count",
        "경찰은 2023년 피의자 6명을 검거했다.",
        expect(row("arrested", 6)),
    ),
]


@cases(KOREAN_ROLES_BEFORE_THE_COUNT)
def test_korean_roles_before_the_count(text, expected):
    assert facts_of(korean(text)) == expected


def test_korean_victims_of_a_passive_clause_are_no_suspects():
    assert facts_of(korean("경찰은 영상이 유포된 피해자 40명을 확인했다.")) == []


# Synonyms of the events above: securing a suspect's person ("신병을 확보") is an arrest;
# establishing an identity ("신원을 파악", "신원이 확인") identifies.
KOREAN_SYNONYMS = [
    (
        "person_secured",
        "경찰은 피의자 4명의 신병을 확보했다.",
        expect(row("arrested", 4)),
    ),
    (
        "identity_established",
        "경찰은 구매자 15명의 신원을 파악했다.",
        expect(row("suspects_identified", 15, role="purchase")),
    ),
]


@cases(KOREAN_SYNONYMS)
def test_korean_synonyms(text, expected):
    assert facts_of(korean(text)) == expected


# A rescue in the passive may be written with "구조되어"/"구조되었다".
KOREAN_PASSIVE_RESCUES = [
    (
        "rescued_in_the_passive",
        "이번 단속으로 아동 7명이 구조되었다.",
        expect(row("victims_identified", 7)),
    ),
    (
        "rescued_then_handed_over",
        "피해 아동 4명이 구조되어 보호기관에 인계됐다.",
        expect(row("victims_identified", 4)),
    ),
]


@cases(KOREAN_PASSIVE_RESCUES)
def test_korean_passive_rescues(text, expected):
    assert facts_of(korean(text)) == expected
