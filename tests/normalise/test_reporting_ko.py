"""How Korean police, prosecutors and the press generally report operations against online
child sexual exploitation (`pipeline/vocab/ko/`): invented sentences, each after the frame of
`test_language_ko` so that the document is read as Korean, named after the construction they
exercise. Positive cases state a figure; the negative ones state numbers that are no figure
of the contract (warrants applied for, decisions not to indict, article numbers, prior
convictions, ratios, prices) where a rule might misread them."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, numbers, row
from tests.normalise.test_language_ko import korean

# Arrests: a gang "rounded up" (일망타진), people "taken in" (연행); an arrest warrant
# (체포영장) is no arrest.
ARRESTS = [
    (
        "rounded_up_ilmangtajin",
        "경찰은 일당 15명을 일망타진했다.",
        expect(row("arrested", 15)),
    ),
    (
        "taken_in_yeonhaeng",
        "경찰은 현장에서 남성 3명을 연행했다.",
        expect(row("arrested", 3, sex="male")),
    ),
    (
        "hundreds_written_with_baek",
        "경찰은 피의자 3백여 명을 검거했다.",
        expect(row("arrested", 300)),
    ),
    # (a guard of 특정 as an identification: joined by 해 to the arrest, it is one arrest)
    (
        "identified_then_arrested_is_one_arrest",
        "경찰은 피의자 12명을 특정해 검거했다.",
        expect(row("arrested", 12)),
    ),
    (
        "male_suspects_noun_after_sex",
        "경찰은 남성 피의자 3명을 체포했다.",
        expect(row("arrested", 3, sex="male")),
    ),
    (
        "female_suspects_noun_after_sex",
        "여성 피의자 2명은 불구속 입건됐다.",
        expect(row("investigated", 2, sex="female")),
    ),
]

# Detention: "구속 송치"/"구속 기소" are sent to prosecutors or indicted while detained (two
# figures); "검거해 구속" arrested then detained; 구금 is detention. A detention warrant
# applied for ("구속 영장을 신청") is no detention.
CUSTODY = [
    (
        "detained_and_sent_to_prosecutors",
        "경찰은 피의자 5명을 구속 송치했다.",
        expect(row("in_custody", 5), row("charged", 5)),
    ),
    (
        "detained_and_indicted_in_the_passive",
        "A씨 등 3명이 구속 기소됐다.",
        expect(row("in_custody", 3), row("charged", 3)),
    ),
    (
        "arrested_then_detained",
        "경찰은 남성 2명을 검거해 구속했다.",
        expect(row("arrested", 2, sex="male"), row("in_custody", 2, sex="male")),
    ),
    (
        "held_with_gugeum",
        "피의자 6명은 경찰에 구금됐다.",
        expect(row("in_custody", 6)),
    ),
]

# Investigation without arrest: "수사 중", "조사를 받고 있다".
INVESTIGATIONS = [
    (
        "under_investigation_jung",
        "경찰은 구매자 30명을 수사 중이다.",
        expect(row("investigated", 30, role="purchase")),
    ),
    (
        "being_questioned",
        "피의자 9명은 경찰 조사를 받고 있다.",
        expect(row("investigated", 9)),
    ),
]

# Charges: "검찰에 넘겼다" (handed to prosecutors), "재판에 회부" (referred to trial),
# "공소를 제기" (indictment filed); 불기소 (no indictment) and 기소유예 (indictment
# suspended) are decisions not to charge.
CHARGES = [
    (
        "handed_to_prosecutors",
        "경찰은 피의자 7명을 검찰에 넘겼다.",
        expect(row("charged", 7)),
    ),
    (
        "referred_to_trial",
        "피고인 4명은 재판에 회부됐다.",
        expect(row("charged", 4)),
    ),
    (
        "indictment_filed",
        "검찰은 피의자 8명에 대해 공소를 제기했다.",
        expect(row("charged", 8)),
    ),
]

# Convictions: sentenced to prison, to a suspended sentence or to a fine.
CONVICTIONS = [
    (
        "prison_sentences",
        "법원은 피고인 6명에게 징역형을 선고했다.",
        expect(row("convicted", 6)),
    ),
    (
        "suspended_sentences",
        "피고인 4명은 집행유예를 선고받았다.",
        expect(row("convicted", 4)),
    ),
    (
        "fines",
        "나머지 피고인 3명은 벌금형을 받았다.",
        expect(row("convicted", 3)),
    ),
]

# Identification: "특정했다" (pinned down who they are) of suspects and accounts; an identity
# established without a particle ("신원 확인"); victims named by a compound noun.
IDENTIFICATIONS = [
    (
        "suspects_specified",
        "경찰은 피의자 20명을 특정해 추적하고 있다.",
        expect(row("suspects_identified", 20)),
    ),
    (
        "accounts_specified",
        "경찰은 텔레그램 계정 120개를 특정했다.",
        expect(row("accounts_identified", 120)),
    ),
    (
        "ids_specified",
        "경찰은 아이디 35개를 특정했다.",
        expect(row("accounts_identified", 35)),
    ),
    (
        "identity_without_a_particle",
        "경찰은 피해자 27명의 신원 확인을 마쳤다.",
        expect(row("victims_identified", 27)),
    ),
    (
        "teenage_victims_identified",
        "경찰은 피해 청소년 8명의 신원을 확인했다.",
        expect(row("victims_identified", 8)),
    ),
    (
        "women_victims_identified",
        "경찰은 피해 여성 5명의 신원을 파악했다.",
        expect(row("victims_identified", 5, sex="female")),
    ),
]

# Victims rescued or safeguarded: "보호 조치", "구조해", and victims found ("찾아냈다").
VICTIMS = [
    (
        "safeguarded_boho_jochi",
        "경찰은 피해 아동 12명을 보호 조치했다.",
        expect(row("victims_identified", 12)),
    ),
    (
        "rescued_with_haeh",
        "경찰은 아동 3명을 구조해 보호기관에 인계했다.",
        expect(row("victims_identified", 3)),
    ),
    (
        "rescued_in_the_passive_dwae",
        "어린이 2명이 구조돼 병원으로 옮겨졌다.",
        expect(row("victims_identified", 2)),
    ),
    (
        "victims_found",
        "경찰은 수사 과정에서 피해자 40명을 추가로 찾아냈다.",
        expect(row("victims_identified", 40)),
    ),
]

# Searches: warrants executed, places raided (급습), places counted with 개소, searches
# counted by themselves.
SEARCHES = [
    (
        "search_warrants_executed",
        "경찰은 압수수색 영장 15건을 집행했다.",
        expect(row("locations_searched", 15)),
    ),
    (
        "places_raided",
        "경찰은 업소 5곳을 급습했다.",
        expect(row("locations_searched", 5)),
    ),
    (
        "places_with_gaeso",
        "경찰은 사무실 등 8개소를 압수수색했다.",
        expect(row("locations_searched", 8)),
    ),
    (
        "searches_counted",
        "이번 단속에서 압수수색 20건이 진행됐다.",
        expect(row("locations_searched", 20)),
    ),
]

# Devices: spaced and colloquial names, 점 as the counter of seized items, confiscation.
DEVICES = [
    (
        "laptop_computers",
        "경찰은 노트북 컴퓨터 5대를 압수했다.",
        expect(row("devices_seized", 5, device="laptop")),
    ),
    (
        "tablet_pc_spaced",
        "경찰은 태블릿 PC 2대를 압수했다.",
        expect(row("devices_seized", 2, device="tablet")),
    ),
    (
        "external_hard_drives_spaced",
        "경찰은 외장 하드 3개를 압수했다.",
        expect(row("devices_seized", 3, device="hard_drive")),
    ),
    (
        "usb_memory_sticks",
        "경찰은 USB 메모리 4개를 압수했다.",
        expect(row("devices_seized", 4, device="storage_device")),
    ),
    (
        "digital_devices_with_jeom",
        "경찰은 디지털 기기 25점을 압수했다.",
        expect(row("devices_seized", 25, device="other")),
    ),
    (
        "routers",
        "경찰은 공유기 2대를 압수했다.",
        expect(row("devices_seized", 2, device="router")),
    ),
    (
        "desktop_spelt_tap_and_phones",
        "경찰은 데스크탑 3대와 대포폰 7대를 압수했다.",
        expect(
            row("devices_seized", 3, device="computer"),
            row("devices_seized", 7, device="mobile_phone"),
        ),
    ),
    (
        "phones_confiscated",
        "법원은 휴대전화 3대를 몰수했다.",
        expect(row("devices_seized", 3, device="mobile_phone")),
    ),
]

# Files: 영상물 and 합성물 (deepfakes), files found (발견), vague hundreds of thousands.
FILES = [
    (
        "video_material_yeongsangmul",
        "경찰은 불법 영상물 1천여 개를 압수했다.",
        expect(row("files_seized", 1000)),
    ),
    (
        "deepfake_composites",
        "경찰은 딥페이크 합성물 500여 건을 확보했다.",
        expect(row("files_seized", 500)),
    ),
    (
        "files_found_in_the_passive",
        "피의자의 휴대전화에서 성착취물 2천여 건이 발견됐다.",
        expect(row("files_seized", 2000)),
    ),
    (
        "millions_with_baekman",
        "경찰은 영상 3백만 건을 압수했다.",
        expect(row("files_seized", 3000000)),
    ),
    (
        "hundreds_of_thousands_vague",
        "경찰은 영상 수십만 건을 압수했다.",
        expect(row("files_seized", 200000, qualifier="at_least")),
    ),
]

# Websites and channels blocked or deleted.
WEBSITES = [
    (
        "channels_blocked",
        "경찰은 텔레그램 채널 40개를 차단했다.",
        expect(row("websites_blocked", 40)),
    ),
    (
        "apps_deleted",
        "당국은 불법 앱 15개를 삭제했다.",
        expect(row("websites_blocked", 15)),
    ),
]

# Officers: detectives (형사), agents (요원).
OFFICERS = [
    (
        "detectives_deployed",
        "경찰은 형사 300명을 투입했다.",
        expect(row("officers_deployed", 300)),
    ),
    (
        "agents_mobilised",
        "경찰은 수사 요원 50명을 동원했다.",
        expect(row("officers_deployed", 50)),
    ),
]

# Qualifiers before the count.
QUALIFIERS = [
    (
        "at_least_jeogeodo",
        "경찰은 적어도 20명을 검거했다.",
        expect(row("arrested", 20, qualifier="at_least")),
    ),
    (
        "at_least_choesohan",
        "경찰은 최소한 20명을 검거했다.",
        expect(row("arrested", 20, qualifier="at_least")),
    ),
    (
        "nearly_geoui",
        "경찰은 거의 200명을 검거했다.",
        expect(row("arrested", 200, qualifier="approximately")),
    ),
    (
        "roughly_daeryak",
        "경찰은 대략 200명을 검거했다.",
        expect(row("arrested", 200, qualifier="approximately")),
    ),
]


@cases(
    ARRESTS
    + CUSTODY
    + INVESTIGATIONS
    + CHARGES
    + CONVICTIONS
    + IDENTIFICATIONS
    + VICTIMS
    + SEARCHES
    + DEVICES
    + FILES
    + WEBSITES
    + OFFICERS
    + QUALIFIERS
)
def test_korean_reporting(text, expected):
    assert facts_of(korean(text)) == expected


NOT_FIGURES = [
    ("arrest_warrant_obtained", "경찰은 2명에 대해 체포영장을 발부받았다."),
    ("detention_warrant_applied_for_spaced", "경찰은 피의자 3명에 대해 구속 영장을 신청했다."),
    ("not_indicted", "검찰은 피의자 3명을 불기소 처분했다."),
    ("indictment_suspended", "검찰은 10대 2명을 기소유예 처분했다."),
    ("a_survey_is_no_investigation", "연구진은 청소년 1천 명을 설문조사했다."),
    ("prison_term_and_suspension", "법원은 A씨에게 징역 2년에 집행유예 3년을 선고했다."),
    (
        "legal_range_of_penalties",
        "이 법은 5년 이하의 징역 또는 3천만 원 이하의 벌금에 처하도록 했다.",
    ),
    ("article_numbers", "A씨에게는 청소년성보호법 제11조 제5항이 적용됐다."),
    ("prior_convictions", "A씨는 전과 5범으로 드러났다."),
    ("a_ratio", "청소년 4명 중 1명꼴로 피해를 경험했다."),
    ("a_price_per_file", "이들은 성착취물 1개당 5만 원에 판매했다."),
    ("counts_of_charges", "그는 성착취물 제작 등 혐의 3건으로 기소됐다."),
    ("hotline_numbers", "피해 신고는 112나 1366으로 하면 된다."),
    ("found_dead_is_no_rescue", "아동 2명이 숨진 채 발견됐다."),
    ("a_specific_site", "경찰은 특정 사이트 3곳의 운영 실태를 살폈다."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=c) for c, t in NOT_FIGURES])
def test_korean_reporting_no_figures(text):
    assert facts_of(korean(text)) == []


def test_hundreds_with_baek_after_digits():
    assert [v for _, v in numbers(korean("경찰은 2백여 명을 검거했다."))] == [200.0]


def test_tens_of_millions_with_cheonman_after_digits():
    assert [v for _, v in numbers(korean("피해액은 3천만 원에 이른다."))] == [30000000.0]


def test_a_qualifier_written_after_its_number_and_counter_qualifies_the_count():
    (qualified,) = facts_of(korean("경찰은 피의자 100명 이상을 검거했다."))
    (plain,) = facts_of(korean("경찰은 피의자 100명을 검거했다."))
    assert (qualified.qualifier, plain.qualifier) == ("at_least", "exact")
    assert qualified.value == plain.value
