"""Coverage of Japanese police and press wording (`pipeline/vocab/ja/`), written from the
language rather than from any report: each case is an invented sentence after a line of
prose with no figure in it, named after the construction it exercises. Numbers touch their
counters ("5人", "3台", "約2万点"), the verb comes last, and an event may be said actively
("逮捕した"), in the passive ("逮捕された"), as a noun ("逮捕者", "摘発人数"), or in a
headline with no verb ("…男8人逮捕")."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row

FRAME = (
    "捜査関係者によると、児童保護団体からの通報を受けて、警察は数カ月前から慎重に"
    "捜査を進めていたという。\n"
)


def japanese(sentence: str) -> str:
    return FRAME + sentence


ARRESTS_AND_REFERRALS = [
    (
        "national_crackdown_busted",
        "警察庁は全国一斉の取り締まりで男女計312人を摘発したと発表した。",
        expect(row("arrested_or_investigated", 312, "JP")),
    ),
    (
        "arrested_in_the_passive",
        "男性5人が逮捕された。",
        expect(row("arrested", 5, sex="male")),
    ),
    (
        "arrested_in_the_act",
        "府警は男3人を現行犯逮捕した。",
        expect(row("arrested", 3, sex="male")),
    ),
    (
        "headline_without_a_verb",
        "児童ポルノ所持、男8人逮捕",
        expect(row("arrested", 8, sex="male")),
    ),
    (
        "arrested_people_as_a_noun",
        "逮捕者は計41人に上った。",
        expect(row("arrested", 41)),
    ),
    (
        "rounded_up",
        "警察は容疑者16人を検挙した。",
        expect(row("arrested", 16)),
    ),
    (
        "kanji_count",
        "福岡県警は男三人を逮捕した。",
        expect(row("arrested", 3, "JP", sex="male")),
    ),
    (
        "papers_sent_in_the_passive",
        "ほかに会社員ら9人が書類送検された。",
        expect(row("investigated", 9)),
    ),
    (
        "indicted_by_prosecutors",
        "地検は男2人を起訴した。",
        expect(row("charged", 2, sex="male")),
    ),
    (
        "women_counted",
        "警察は女2人を逮捕した。",
        expect(row("arrested", 2, sex="female")),
    ),
    (
        "sex_breakdown",
        "逮捕されたのは男性15人と女性2人だった。",
        expect(row("arrested", 15, sex="male"), row("arrested", 2, sex="female")),
    ),
    (
        "of_whom_women",
        "警察は9人を逮捕し、うち2人は女性だった。",
        expect(row("arrested", 9), row("arrested", 2, sex="female")),
    ),
    (
        "identified_then_of_whom_arrested",
        "警察は容疑者12人を特定し、うち3人を逮捕した。",
        expect(row("suspects_identified", 12), row("arrested", 3)),
    ),
    (
        "men_in_their_twenties",
        "警察は20代の男3人を逮捕した。",
        expect(row("arrested", 3, sex="male", ages=(20, 29))),
    ),
    (
        "men_and_women_in_their_twenties",
        "県警は、いずれも20代の男女3人を逮捕した。",
        expect(row("arrested", 3, ages=(20, 29))),
    ),
    (
        "cases_busted_and_people_arrested",
        "県警は児童ポルノ事件52件を摘発し、38人を逮捕した。",
        expect(row("cases_opened", 52), row("arrested", 38)),
    ),
    (
        "arrest_and_referral_in_the_passive",
        "5人が逮捕され、2人が書類送検された。",
        expect(row("arrested", 5), row("investigated", 2)),
    ),
    (
        "ages_from_to",
        "逮捕されたのは19歳から67歳までの男性14人だった。",
        expect(
            row("arrested", 14, sex="male"),
            row("youngest_age", 19),
            row("oldest_age", 67),
        ),
    ),
    (
        "detained_after_arrest",
        "地裁は男4人の勾留を決定した。",
        expect(row("in_custody", 4, sex="male")),
    ),
]

SEARCHES_AND_SEIZURES = [
    (
        "places_searched",
        "県警は容疑者宅など5カ所を家宅捜索した。",
        expect(row("locations_searched", 5)),
    ),
    (
        "places_searched_in_the_passive",
        "関係先約30カ所が家宅捜索された。",
        expect(row("locations_searched", 30, qualifier="approximately")),
    ),
    (
        "phones_seized",
        "捜査員はスマートフォン2台を押収した。",
        expect(row("devices_seized", 2, device="mobile_phone")),
    ),
    (
        "tablets_and_hard_drives",
        "警察はタブレット端末3台とハードディスク5台を押収した。",
        expect(
            row("devices_seized", 3, device="tablet"),
            row("devices_seized", 5, device="hard_drive"),
        ),
    ),
    (
        "images_in_sheets",
        "警察は画像約5000枚を押収した。",
        expect(row("files_seized", 5000, qualifier="approximately")),
    ),
    (
        "videos_with_hon",
        "押収した動画は約1500本に上る。",
        expect(row("files_seized", 1500, qualifier="approximately")),
    ),
    (
        "compound_number_of_items",
        "県警は画像や動画計1万2000点を押収した。",
        expect(row("files_seized", 12000)),
    ),
    (
        "stills_with_a_scale_word",
        "県警は静止画約8万点を押収した。",
        expect(row("files_seized", 80000, qualifier="approximately")),
    ),
    (
        "men_in_a_vague_count",
        "警察は男数十人を摘発した。",
        expect(row("arrested_or_investigated", 20, sex="male", qualifier="at_least")),
    ),
    (
        "images_before_their_count_with_no",
        "警察は約2万点の画像を押収した。",
        expect(row("files_seized", 20000, qualifier="approximately")),
    ),
]

VICTIMS_OFFICERS_COUNTRIES = [
    (
        "child_victims_identified",
        "県警は被害児童18人を特定した。",
        expect(row("victims_identified", 18)),
    ),
    (
        "girls_protected",
        "警察は少女4人を保護した。",
        expect(row("victims_identified", 4, sex="female")),
    ),
    (
        "investigators_mobilised",
        "警視庁は捜査員約100人を動員した。",
        expect(row("officers_deployed", 100, "JP", qualifier="approximately")),
    ),
    (
        "officers_put_in",
        "警察は警察官150人を投入した。",
        expect(row("officers_deployed", 150)),
    ),
    (
        "countries_taking_part",
        "国際共同捜査には17カ国が参加した。",
        expect(row("jurisdictions_involved", 17)),
    ),
]


@cases(ARRESTS_AND_REFERRALS + SEARCHES_AND_SEIZURES + VICTIMS_OFFICERS_COUNTRIES)
def test_japanese_coverage(text, expected):
    assert facts_of(japanese(text)) == expected


NOT_FIGURES = [
    ("prison_term_with_probation", "地裁は懲役2年、執行猶予4年の判決を言い渡した。"),
    ("legal_maximum_penalty", "所持罪の法定刑は1年以下の懲役または100万円以下の罰金だ。"),
    ("a_summary_fine", "簡裁は罰金30万円の略式命令を出した。"),
    ("years_of_collecting", "男は約3年前から画像を集めていたという。"),
    ("emergency_number", "不審な書き込みを見つけたら110番通報してほしい。"),
    ("time_of_day", "捜査員は午後3時ごろ自宅に入った。"),
    ("age_of_one_girl", "男は女子中学生(14)にみだらな行為をした疑いがある。"),
    ("age_of_one_man", "逮捕されたのは会社員の男(52)。"),
    ("followers_of_an_account", "このアカウントのフォロワーは約2万人だった。"),
    ("a_date", "事件は2024年3月15日に発覚した。"),
    ("a_percentage", "摘発件数は前年より12%増えた。"),
    ("money_earned", "男は販売で約800万円を得ていた。"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=c) for c, t in NOT_FIGURES])
def test_japanese_coverage_no_figures(text):
    assert facts_of(japanese(text)) == []
