"""Coverage of Korean police and press wording (`pipeline/vocab/ko/`), written from the
language rather than from any report: each case is an invented sentence after a line of
prose with no figure in it, named after the construction it exercises. Korean counters
and particles touch their numbers ("12명을", "20대를"), the verb comes last, and an event
may be said actively ("검거했다"), in the passive ("검거됐다"), as a noun ("검거 인원"),
or in a headline with no verb at all ("… 12명 검거")."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row

FRAME = "경찰은 아동보호단체의 신고를 받고 몇 달 전부터 수사를 진행해 왔다고 밝혔습니다.\n"


def korean(sentence: str) -> str:
    return FRAME + sentence


ARRESTS = [
    (
        "active_past_arrest",
        "서울경찰청 사이버수사대는 피의자 14명을 검거했다고 밝혔다.",
        expect(row("arrested", 14, "KR")),
    ),
    (
        "passive_arrest_with_dwaetda",
        "이번 단속으로 피의자 85명이 검거됐다.",
        expect(row("arrested", 85)),
    ),
    (
        "passive_arrest_with_doeeotda",
        "현장에서 남성 2명이 체포되었다.",
        expect(row("arrested", 2, sex="male")),
    ),
    (
        "named_suspect_and_others",
        "경찰은 A씨 등 11명을 붙잡았다.",
        expect(row("arrested", 11)),
    ),
    (
        "headline_without_a_verb",
        "성착취물 유포 일당 23명 검거",
        expect(row("arrested", 23)),
    ),
    (
        "arrest_count_as_a_noun_phrase",
        "검거 인원은 모두 312명으로 집계됐다.",
        expect(row("arrested", 312)),
    ),
    (
        "thousands_with_cheon",
        "경찰청은 집중단속을 벌여 모두 2천여 명을 검거했다.",
        expect(row("arrested", 2000, "KR")),
    ),
    (
        "thousands_with_a_comma",
        "경찰청은 올해 사이버성폭력 사범 1,234명을 검거했다.",
        expect(row("arrested", 1234, "KR")),
    ),
    (
        "arrest_then_custody_of_whom",
        "경찰청은 피의자 240명을 검거하고 이 중 19명을 구속했다.",
        expect(row("arrested", 240, "KR"), row("in_custody", 19, "KR")),
    ),
    (
        "custody_in_the_passive",
        "피의자 가운데 6명은 구속됐다.",
        expect(row("in_custody", 6)),
    ),
    (
        "teenagers_in_their_tens",
        "검거된 피의자 중 10대 청소년 25명이 포함됐다.",
        expect(row("arrested", 25, ages=(10, 19))),
    ),
    (
        "counts_by_decade_of_age",
        "검거된 피의자 중 10대가 40명으로 가장 많았고 20대가 35명이었다.",
        expect(row("arrested", 40, ages=(10, 19)), row("arrested", 35, ages=(20, 29))),
    ),
    (
        "cases_cleared_and_people_arrested",
        "경찰청은 사이버 성폭력 범죄 812건을 적발해 피의자 1,020명을 검거했다.",
        expect(row("cases_opened", 812, "KR"), row("arrested", 1020, "KR")),
    ),
    (
        "cases_cleared_in_a_headline",
        "불법촬영물 유포 석 달간 120건 검거",
        expect(row("cases_opened", 120)),
    ),
    (
        "a_total_then_of_whom_detained",
        "경찰은 총 47명을 검거해 이 중 5명을 구속했다.",
        expect(row("arrested", 47), row("in_custody", 5)),
    ),
    (
        "one_named_detained_and_accomplices_booked",
        "경찰은 A씨를 구속하고 공범 3명을 불구속 입건했다.",
        expect(row("investigated", 3)),
    ),
    (
        "men_in_their_thirties_arrested",
        "경찰은 30대 남성 4명을 검거했다.",
        expect(row("arrested", 4, sex="male", ages=(30, 39))),
    ),
    (
        "women_counted",
        "경찰은 여성 3명을 체포했다.",
        expect(row("arrested", 3, sex="female")),
    ),
    (
        "victims_of_the_crime_in_a_vague_count_are_no_suspects",
        "피해자 수십 명을 협박한 남성 2명이 검거됐다.",
        expect(row("arrested", 2, sex="male")),
    ),
    (
        "caught_with_japba",
        "경찰은 도주한 공범 2명을 잡았다.",
        expect(row("arrested", 2)),
    ),
]

INVESTIGATIONS_AND_CHARGES = [
    (
        "booked_without_detention",
        "경찰은 대학생 등 7명을 불구속 입건했다.",
        expect(row("investigated", 7)),
    ),
    (
        "booked_as_criminals",
        "경찰은 이들 가운데 19명을 형사 입건했다.",
        expect(row("investigated", 19)),
    ),
    (
        "booked_in_the_passive",
        "구매자 31명도 불구속 입건됐다.",
        expect(row("investigated", 31, role="purchase")),
    ),
    (
        "sent_to_prosecutors_in_the_passive",
        "피의자 9명은 검찰에 송치됐다.",
        expect(row("charged", 9)),
    ),
    (
        "indicted_by_prosecutors",
        "검찰은 피고인 5명을 기소했다.",
        expect(row("charged", 5)),
    ),
    (
        "handed_to_trial",
        "검찰은 일당 4명을 재판에 넘겼다.",
        expect(row("charged", 4)),
    ),
    (
        "convicted_people",
        "법원은 피고인 6명에게 유죄를 선고했다.",
        expect(row("convicted", 6)),
    ),
]

SEARCHES_AND_SEIZURES = [
    (
        "places_searched",
        "경찰은 피의자들의 주거지 등 15곳을 압수수색했다.",
        expect(row("locations_searched", 15)),
    ),
    (
        "phones_and_laptops_seized",
        "경찰은 휴대전화 20대와 노트북 5대를 압수했다.",
        expect(
            row("devices_seized", 20, device="mobile_phone"),
            row("devices_seized", 5, device="laptop"),
        ),
    ),
    (
        "computers_seized_in_the_passive",
        "현장에서 컴퓨터 3대가 압수됐다.",
        expect(row("devices_seized", 3, device="computer")),
    ),
    (
        "files_with_a_compound_number",
        "경찰은 성착취물 1만2천 건을 압수했다.",
        expect(row("files_seized", 12000)),
    ),
    (
        "videos_with_pyeon",
        "수사팀은 불법 촬영물 340편을 확보했다.",
        expect(row("files_seized", 340)),
    ),
    (
        "photos_with_jang",
        "경찰은 사진 2,500장을 압수했다.",
        expect(row("files_seized", 2500)),
    ),
    (
        "storage_devices",
        "경찰은 USB 7개를 압수했다.",
        expect(row("devices_seized", 7, device="storage_device")),
    ),
]

VICTIMS_OFFICERS_COUNTRIES_SITES = [
    (
        "victims_rescued_active",
        "경찰은 피해 아동 12명을 구조했다.",
        expect(row("victims_identified", 12)),
    ),
    (
        "victims_identified_by_investigation",
        "경찰은 수사 과정에서 피해자 27명의 신원을 확인했다.",
        expect(row("victims_identified", 27)),
    ),
    (
        "officers_deployed_active",
        "경찰은 이번 작전에 수사관 150명을 투입했다.",
        expect(row("officers_deployed", 150)),
    ),
    (
        "officers_mobilised",
        "경찰청은 경찰관 2천여 명을 동원했다.",
        expect(row("officers_deployed", 2000, "KR")),
    ),
    (
        "countries_taking_part",
        "이번 국제 공조 작전에는 모두 14개국이 참여했다.",
        expect(row("jurisdictions_involved", 14)),
    ),
    (
        "sites_blocked",
        "방송통신심의위원회는 불법 사이트 120곳을 차단했다.",
        expect(row("websites_blocked", 120)),
    ),
    (
        "chat_rooms_closed",
        "경찰은 대화방 35개를 폐쇄했다.",
        expect(row("websites_blocked", 35)),
    ),
]

BREAKDOWNS_AND_AGES = [
    (
        "sex_breakdown_of_whom",
        "경찰은 312명을 검거했으며 이 가운데 남성은 280명, 여성은 32명이었다.",
        expect(
            row("arrested", 312),
            row("arrested", 280, sex="male"),
            row("arrested", 32, sex="female"),
        ),
    ),
    (
        "of_whom_a_predicate_of_sex",
        "경찰은 9명을 검거했으며 이 중 2명은 여성이었다.",
        expect(row("arrested", 9), row("arrested", 2, sex="female")),
    ),
    (
        "ages_from_to",
        "검거된 피의자들의 나이는 14세에서 52세까지였다.",
        expect(row("youngest_age", 14), row("oldest_age", 52)),
    ),
    (
        "ages_with_sal",
        "경찰은 15살부터 48살까지의 남성 9명을 검거했다.",
        expect(
            row("arrested", 9, sex="male"),
            row("youngest_age", 15),
            row("oldest_age", 48),
        ),
    ),
]


@cases(
    ARRESTS
    + INVESTIGATIONS_AND_CHARGES
    + SEARCHES_AND_SEIZURES
    + VICTIMS_OFFICERS_COUNTRIES_SITES
    + BREAKDOWNS_AND_AGES
)
def test_korean_coverage(text, expected):
    assert facts_of(korean(text)) == expected


NOT_FIGURES = [
    ("prison_term_with_probation", "법원은 그에게 징역 2년에 집행유예 3년을 선고했다."),
    ("legal_maximum_penalty", "성착취물을 소지하면 최대 징역 7년에 처해질 수 있다."),
    ("fine_in_won", "법원은 벌금 1천만 원을 선고했다."),
    ("date_and_time", "경찰은 2024년 3월 15일 오후 2시에 브리핑을 열었다."),
    ("hotline_number", "피해 신고는 국번 없이 117로 하면 된다."),
    ("number_of_charges", "그는 아동 성착취물 제작 등 6개 혐의를 받고 있다."),
    ("age_of_one_person_in_brackets", "운영자 B씨(34)는 혐의를 부인하고 있다."),
    ("age_of_one_person", "피의자는 27세 대학생으로 알려졌다."),
    ("members_of_a_chat_room", "이 대화방의 회원 수는 2만 명에 달했다."),
    ("views_of_a_video", "영상은 조회수 10만 회를 넘겼다."),
    ("money_lost", "피해액은 3억 원에 이른다."),
    ("a_percentage", "검거 인원은 지난해보다 25% 증가했다."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=c) for c, t in NOT_FIGURES])
def test_korean_coverage_no_figures(text):
    assert facts_of(korean(text)) == []
