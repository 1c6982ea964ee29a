"""Rules in Japanese (`pipeline/vocab/ja/`): invented Japanese sentences, each after a line
of prose with no figure in it, so that the document is read as Japanese (written without
spaces, it is told by its script: Kana with Han). Numbers touch their counters ("5人",
"12カ所") and the words around them; the verb comes after its object."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, numbers, row

FRAME = (
    "捜査関係者によると、児童保護団体からの通報を受けて、警察は数カ月前から慎重に"
    "捜査を進めていたという。\n"
)


def japanese(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_japanese():
    assert documents(japanese("警察は男5人を逮捕した。"))["language"][0] == "ja"


JAPANESE_CONSTRUCTIONS = [
    (
        "count_counter_object_then_verb",
        "神奈川県警は会社員ら5人を逮捕した。",
        expect(row("arrested", 5, "JP")),
    ),
    (
        "men_before_their_count",
        "警視庁は男性3人を逮捕し、関係先12カ所を家宅捜索した。",
        expect(row("arrested", 3, "JP", sex="male"), row("locations_searched", 12, "JP")),
    ),
    (
        "busted_then_papers_sent",
        "愛知県警は計30人を摘発し、うち7人を書類送検した。",
        expect(row("arrested_or_investigated", 30, "JP"), row("investigated", 7, "JP")),
    ),
    (
        "devices_and_images_seized",
        "捜査員はパソコン3台と画像約1万枚を押収した。",
        # a device named before its count says its type ("パソコン3台": computers)
        expect(
            row("devices_seized", 3, device="computer"),
            row("files_seized", 10000, qualifier="approximately"),
        ),
    ),
    (
        "ages_range",
        "逮捕されたのは20~58歳の男で、いずれも北海道に住んでいる。",
        expect(row("youngest_age", 20, "JP"), row("oldest_age", 58, "JP")),
    ),
    (
        "children_protected_are_victims",
        "警察は沖縄県で被害児童18人を保護した。",
        expect(row("victims_identified", 18, "JP")),
    ),
    (
        "a_country_named_in_japanese",
        "韓国の警察は容疑者40人を逮捕した。",
        expect(row("arrested", 40, "KR")),
    ),
    (
        "countries_taking_part_are_all",
        "国際共同捜査には12カ国が参加した。",
        expect(row("jurisdictions_involved", 12)),
    ),
    (
        "kanji_number_words",
        "大阪府警は容疑者二十人を逮捕した。",
        expect(row("arrested", 20, "JP")),
    ),
]


@cases(JAPANESE_CONSTRUCTIONS)
def test_japanese_constructions(text, expected):
    assert facts_of(japanese(text)) == expected


NOT_COUNTS = [
    ("an_age_in_brackets", "会社員の男(45)は容疑を認めている。"),
    ("a_prison_term", "地裁は懲役3年の判決を言い渡した。"),
    ("a_date", "事件は2023年5月12日に発覚した。"),
    ("money", "男は罰金50万円を支払った。"),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_japanese_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(japanese(text)) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("男二十一人を逮捕した。", 21.0), ("画像3万枚を押収した。", 30000.0)],
)
def test_japanese_number_words_and_scales(sentence, value):
    assert [v for _, v in numbers(japanese(sentence))] == [value]


# Constructions of the extended development set's Japanese reports, in invented sentences.
JAPANESE_GROUPS_AND_CLAUSES = [
    (
        "voluntary_questioning_is_an_investigation",
        "県警は会社員ら8人を任意で取り調べている。",
        expect(row("investigated", 8)),
    ),
    (
        "voluntary_hearing_noun",
        "府警は学生4人から任意の事情聴取を行い、男2人を逮捕した。",
        expect(row("arrested", 2, sex="male")),
    ),
    (
        "men_and_women_have_no_sex",
        "警察は20〜40歳の男女12人を書類送検した。",
        expect(
            row("investigated", 12),
            row("youngest_age", 20),
            row("oldest_age", 40),
        ),
    ),
    (
        "the_man_and_others_have_no_sex",
        "県警は男ら6人を逮捕した。",
        expect(row("arrested", 6)),
    ),
    (
        "a_man_alone_is_male",
        "県警は無職の男3人を逮捕した。",
        expect(row("arrested", 3, sex="male")),
    ),
    (
        "a_count_the_group_includes_is_no_figure",
        "警察は少年2人を含む9人を逮捕した。",
        expect(row("arrested", 9)),
    ),
    (
        "a_relative_clause_names_the_role",
        "警察は画像を販売した男5人を逮捕した。",
        expect(row("arrested", 5, sex="male", role="distribution")),
    ),
    (
        "a_relative_clause_of_production",
        "動画を撮影していた4人を書類送検した。",
        expect(row("investigated", 4, role="production")),
    ),
    (
        "pieces_of_images_with_a_counter",
        "警察は計30万点の児童ポルノ画像を押収した。",
        expect(row("files_seized", 300000)),
    ),
    (
        "prefectures_counted_are_no_countries",
        "愛知県警は12都道府県で男7人を逮捕した。",
        expect(row("arrested", 7, "JP", sex="male")),
    ),
    (
        "a_year_with_its_character_is_no_count",
        "一斉摘発 2019年5月 警視庁は男2人を逮捕した。",
        expect(row("arrested", 2, "JP", sex="male")),
    ),
    (
        "a_prefecture_without_its_suffix",
        "9月、男ら5人を検挙した(静岡)。",
        expect(row("arrested", 5, "JP")),
    ),
]


@cases(JAPANESE_GROUPS_AND_CLAUSES)
def test_japanese_groups_and_clauses(text, expected):
    assert facts_of(japanese(text)) == expected


# Synonyms of the events above: "書類送致" is the referral without arrest that "書類送検"
# names; "救出" (rescued) as "保護" (taken into protection).
JAPANESE_SYNONYMS = [
    (
        "referred_to_prosecutors",
        "警察は男性3人を児童ポルノ禁止法違反の疑いで書類送致した。",
        expect(row("investigated", 3, sex="male")),
    ),
    (
        "rescued",
        "県警は行方不明だった少女2人を救出した。",
        expect(row("victims_identified", 2, sex="female")),
    ),
]


@cases(JAPANESE_SYNONYMS)
def test_japanese_synonyms(text, expected):
    assert facts_of(japanese(text)) == expected


# "逮捕、書類送検" (arrested or referred to prosecutors on papers, one count for both) is
# `arrested_or_investigated`; each event with its own count stays apart. Files may be named
# before their count and counter ("画像約2500点").
JAPANESE_REFERRALS_AND_FILES = [
    (
        "arrested_or_referred_as_one_count",
        "男女15人が逮捕・書類送検された。",
        expect(row("arrested_or_investigated", 15)),
    ),
    (
        "arrested_or_referred_with_a_comma",
        "容疑者ら約40人を逮捕、書類送検した。",
        expect(row("arrested_or_investigated", 40, qualifier="approximately")),
    ),
    (
        "arrest_and_referral_each_with_its_count",
        "男5人を逮捕し、ほかに3人を書類送検した。",
        expect(row("arrested", 5, sex="male"), row("investigated", 3)),
    ),
    (
        "files_named_before_their_count",
        "県警は児童ポルノ画像約2500点を押収した。",
        expect(row("files_seized", 2500, qualifier="approximately")),
    ),
    (
        "videos_named_before_their_count",
        "捜査員は動画310点を押収した。",
        expect(row("files_seized", 310)),
    ),
]


@cases(JAPANESE_REFERRALS_AND_FILES)
def test_japanese_referrals_and_files(text, expected):
    assert facts_of(japanese(text)) == expected


# Devices named before their count and counter ("パソコン3台") say their type.
JAPANESE_DEVICES_NAMED_FIRST = [
    (
        "computers_and_phones",
        "県警はパソコン4台とスマートフォン6台を押収した。",
        expect(
            row("devices_seized", 4, device="computer"),
            row("devices_seized", 6, device="mobile_phone"),
        ),
    ),
    (
        "a_laptop_is_no_desktop",
        "捜査員はノートパソコン2台を押収した。",
        expect(row("devices_seized", 2, device="laptop")),
    ),
]


@cases(JAPANESE_DEVICES_NAMED_FIRST)
def test_japanese_devices_named_first(text, expected):
    assert facts_of(japanese(text)) == expected
