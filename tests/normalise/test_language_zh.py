"""Rules in Chinese (`pipeline/vocab/zh/`): invented Chinese sentences, in traditional and
simplified characters, each after a line of prose with no figure in it, so that the
document is read as Chinese (written without spaces, it is told by its script). Numbers
touch their counters ("12名", "8部") and the words around them."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, numbers, row

FRAME = (
    "警方表示，這次調查源於一個兒童保護組織的舉報，相關部門已經跟進了好幾個月，"
    "並與社會福利機構保持密切聯繫。\n"
)


def chinese(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_chinese():
    assert documents(chinese("警方拘捕了8名男子。"))["language"][0] == "zh"


CHINESE_CONSTRUCTIONS = [
    (
        "verb_then_count_and_counter",
        "警方在台北拘捕了12名男子。",
        expect(row("arrested", 12, "TW", sex="male")),
    ),
    (
        "simplified_characters",
        "北京警方抓获犯罪嫌疑人27名。",
        expect(row("arrested", 27, "CN")),
    ),
    (
        "count_then_passive_participle",
        "在上海共有15人被捕。",
        expect(row("arrested", 15, "CN")),
    ),
    (
        "devices_by_type_and_files_with_a_qualifier",
        "行動中檢獲8部電腦、5部智能電話及逾3000張照片。",
        expect(
            row("devices_seized", 8, device="computer"),
            row("devices_seized", 5, device="mobile_phone"),
            row("files_seized", 3000, qualifier="at_least"),
        ),
    ),
    (
        "videos_nearly",
        "警方在其電腦內搜出近400段影片。",
        expect(row("files_seized", 400, qualifier="approximately")),
    ),
    (
        "number_words_with_tens",
        "香港警方在多區拘捕二十一名男子。",
        expect(row("arrested", 21, "HK", sex="male")),
    ),
    (
        "vague_dozens",
        "警方在新界搜查了數十個地點。",
        expect(row("locations_searched", 20, "HK", qualifier="at_least")),
    ),
    (
        "ages_range_between",
        "被捕人士年齡介乎19至52歲，全部在九龍被捕。",
        expect(row("youngest_age", 19, "HK"), row("oldest_age", 52, "HK")),
    ),
    (
        "custody_and_charges",
        "在澳門，警方將4名男子扣留，其後落案起訴其中2人。",
        # the two charged are of the four men held ("其中": a part of the whole)
        expect(row("in_custody", 4, "MO", sex="male"), row("charged", 2, "MO", sex="male")),
    ),
    (
        "victims_rescued",
        "警方在菲律賓解救了9名兒童。",
        expect(row("victims_identified", 9, "PH")),
    ),
    (
        "a_country_named_in_traditional_characters",
        "韓國警方逮捕了30名疑犯。",
        expect(row("arrested", 30, "KR")),
    ),
    (
        "international_operation_is_all",
        "這次國際聯合行動中，各地警方合共拘捕了180人。",
        expect(row("arrested", 180)),
    ),
    (
        "countries_taking_part",
        "共有7個國家參與這次行動。",
        expect(row("jurisdictions_involved", 7)),
    ),
]


@cases(CHINESE_CONSTRUCTIONS)
def test_chinese_constructions(text, expected):
    assert facts_of(chinese(text)) == expected


NOT_COUNTS = [
    ("an_age", "該名男子今年45歲，是一名工程師。"),
    ("a_prison_term", "法官判處他監禁3年。"),
    ("a_date", "案件於2023年5月12日在法院審理。"),
    ("money", "他被判罰款50000元。"),
    ("one_is_no_count", "一名男子在家中被警方帶走問話。"),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_chinese_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(chinese(text)) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("拘捕了二十一名男子。", 21.0), ("拘捕了三百五十人。", 350.0), ("檢獲2萬張照片。", 20000.0)],
)
def test_chinese_number_words_and_scales(sentence, value):
    assert [v for _, v in numbers(chinese(sentence))] == [value]


def test_the_language_of_english_text_is_unchanged():
    text = (
        "Police said the investigation began months ago after a tip from a child protection "
        "charity, and officers arrested 8 men on Tuesday in several towns across the region.\n"
    )
    assert documents(text)["language"][0] == "en"


# A verb touches its object in Chinese ("逮捕80名"): the count is that verb's, not a later
# verb's in its segment; a noun may come before its count and counter ("嫌疑人300余名",
# "案件45起"); a case cracked (破获, 侦破) is a case opened by police, not one concluded in
# court; "获救" is the passive of a rescue; "在逃" says a count is still at large.
CHINESE_VERB_OBJECT_AND_NOUN_FIRST = [
    (
        "verb_touching_its_object_beats_a_later_verb",
        "警方在行動中拘捕了52名疑犯,另救出6名兒童。",
        expect(row("arrested", 52), row("victims_identified", 6)),
    ),
    (
        "rescue_then_arrest",
        "警方救出8名兒童,並逮捕27名嫌犯。",
        expect(row("arrested", 27), row("victims_identified", 8)),
    ),
    (
        "suspects_named_before_their_count",
        "警方共抓获犯罪嫌疑人300余名。",
        expect(row("arrested", 300)),
    ),
    (
        "cases_named_before_their_count_cracked",
        "警方侦破刑事案件45起。",
        expect(row("cases_opened", 45)),
    ),
    (
        "cases_cracked_in_traditional_characters",
        "警方破獲案件7宗。",
        expect(row("cases_opened", 7)),
    ),
    (
        "rescued_in_the_passive",
        "有11名兒童在海外獲救。",
        expect(row("victims_identified", 11)),
    ),
    (
        "still_at_large_is_no_arrest",
        "警方逮捕嫌犯9人,另有2名嫌犯在逃。",
        expect(row("arrested", 9)),
    ),
    (
        "girls_named_before_their_count",
        "警方在行動中救出女孩12名。",
        expect(row("victims_identified", 12, sex="female")),
    ),
    (
        "a_noun_before_a_count_with_no_event",
        "該嫌疑人3名的身份尚未公開。",
        expect(),
    ),
]


@cases(CHINESE_VERB_OBJECT_AND_NOUN_FIRST)
def test_chinese_verb_object_and_noun_first(text, expected):
    assert facts_of(chinese(text)) == expected


# Mainland reports name what was seized before its count and counter ("手机50余部",
# "电脑12台", "淫秽视频3000余部"), and offenders as "违法犯罪人员".
CHINESE_ITEMS_NAMED_FIRST = [
    (
        "phones_and_computers",
        "警方缴获作案手机50余部、电脑12台。",
        expect(
            row("devices_seized", 50, device="mobile_phone"),
            row("devices_seized", 12, device="computer"),
        ),
    ),
    (
        "videos",
        "警方查获淫秽视频3000余部。",
        expect(row("files_seized", 3000)),
    ),
    (
        "hard_drives",
        "警方扣押硬盘4块。",
        expect(row("devices_seized", 4, device="hard_drive")),
    ),
    (
        "offenders",
        "警方抓获违法犯罪人员86名。",
        expect(row("arrested", 86)),
    ),
]


@cases(CHINESE_ITEMS_NAMED_FIRST)
def test_chinese_items_named_first(text, expected):
    assert facts_of(chinese(text)) == expected
