"""How police, prosecutors and the press of Chinese-speaking places generally report
operations (`pipeline/vocab/zh/`), in traditional and simplified characters: invented
sentences, each after the figure-free line of prose of `test_language_zh`, one or more per
construction, with the readings a careful reader would not make (a count of charges, a
memory card as a file, a gang as a place raided)."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row
from tests.normalise.test_language_zh import chinese

REPORTING_CONSTRUCTIONS = [
    # 刑拘 is the short form of 刑事拘留 (criminal detention), which is custody
    (
        "criminal_detention_abbreviated",
        "警方依法刑拘犯罪嫌疑人12名。",
        expect(row("in_custody", 12)),
    ),
    # 提起公诉 / 提起公訴: the procuratorate brings a public prosecution
    (
        "public_prosecution_brought",
        "检察机关依法对5名被告人提起公诉。",
        expect(row("charged", 5)),
    ),
    (
        "public_prosecution_traditional",
        "檢察官對7名被告提起公訴。",
        expect(row("charged", 7)),
    ),
    # assisting, questioned, summoned: investigated without arrest
    (
        "assisting_with_investigations",
        "另有3名男子正協助調查。",
        expect(row("investigated", 3, sex="male")),
    ),
    (
        "taken_to_the_station_for_questioning",
        "警方將6名男子帶署問話。",
        expect(row("investigated", 6, sex="male")),
    ),
    (
        "summoned_for_questioning",
        "警方依法传唤了10名嫌疑人。",
        expect(row("investigated", 10)),
    ),
    # pleaded guilty is convicted
    (
        "pleaded_guilty",
        "其中5名被告已承認控罪。",
        expect(row("convicted", 5)),
    ),
    (
        "admitted_guilt_simplified",
        "8名被告人当庭认罪。",
        expect(row("convicted", 8)),
    ),
    # dens smashed are places raided; a gang smashed is no place
    (
        "dens_smashed_noun_first",
        "警方一举捣毁犯罪窝点5个。",
        expect(row("locations_searched", 5)),
    ),
    (
        "dens_raided_traditional",
        "警方共搗破12個窩點。",
        expect(row("locations_searched", 12)),
    ),
    # search warrants executed
    (
        "search_warrants_executed",
        "警方执行了15张搜查令。",
        expect(row("locations_searched", 15)),
    ),
    # websites and accounts shut down
    (
        "websites_shut_noun_first",
        "警方关停涉黄网站20个。",
        expect(row("websites_blocked", 20)),
    ),
    (
        "websites_busted",
        "警方搗破3個色情網站。",
        expect(row("websites_blocked", 3)),
    ),
    (
        "accounts_suspended",
        "警方封停违规账号300余个。",
        expect(row("websites_blocked", 300)),
    ),
    (
        "accounts_pinpointed",
        "警方锁定涉案账号40个。",
        expect(row("accounts_identified", 40)),
    ),
    # devices named before their count and counter
    (
        "tablets_noun_first",
        "警方起获平板电脑2台。",
        expect(row("devices_seized", 2, device="tablet")),
    ),
    (
        "usb_sticks_noun_first",
        "警方扣押电脑3台、U盘5个。",
        expect(
            row("devices_seized", 3, device="computer"),
            row("devices_seized", 5, device="storage_device"),
        ),
    ),
    (
        "usb_sticks_hong_kong",
        "警方在行動中檢獲3個USB手指。",
        expect(row("devices_seized", 3, device="storage_device")),
    ),
    (
        "memory_cards_are_devices_not_files",
        "警方檢獲10部手機及3張記憶卡。",
        expect(
            row("devices_seized", 10, device="mobile_phone"),
            row("devices_seized", 3, device="storage_device"),
        ),
    ),
    (
        "phones_confiscated",
        "警方收繳手機20部。",
        expect(row("devices_seized", 20, device="mobile_phone")),
    ),
    # images named with what they show before their count
    (
        "child_abuse_images_noun_first",
        "警方查获儿童色情图片300余张。",
        expect(row("files_seized", 300)),
    ),
    # officers and victims named before their count
    (
        "police_strength_noun_first",
        "警方出动警力300余人。",
        expect(row("officers_deployed", 300)),
    ),
    (
        "victims_ascertained_noun_first",
        "警方查明受害人21名。",
        expect(row("victims_identified", 21)),
    ),
    (
        "child_victims_rescued_noun_first",
        "警方解救受害儿童20余名。",
        expect(row("victims_identified", 20)),
    ),
    # qualifiers before the count
    (
        "over_in_one_letter",
        "警方抓获超500名犯罪嫌疑人。",
        expect(row("arrested", 500, qualifier="at_least")),
    ),
    (
        "at_most",
        "警方在其電腦中檢獲最多500張照片。",
        expect(row("files_seized", 500, qualifier="at_most")),
    ),
    # "hundreds", "up to a hundred": vague number words
    (
        "a_hundred_and_more",
        "警方抓获上百名犯罪嫌疑人。",
        expect(row("arrested", 100, qualifier="at_least")),
    ),
    (
        "several_dozen_colloquial",
        "警方拘捕了几十名男子。",
        expect(row("arrested", 20, sex="male", qualifier="at_least")),
    ),
    # the ends of a group's ages, said of the group alone
    (
        "youngest_and_oldest_of_the_group",
        "被捕人士中，最年輕的只有15歲，最年長的61歲。",
        expect(row("youngest_age", 15), row("oldest_age", 61)),
    ),
    (
        "youngest_and_oldest_simplified",
        "涉案人员年龄最小的16岁，最大的58岁。",
        expect(row("youngest_age", 16), row("oldest_age", 58)),
    ),
    # a mainland summary: gangs smashed are no places, dens are; "余" after the count
    (
        "mainland_campaign_summary",
        "此次专项行动共打掉犯罪团伙12个，捣毁窝点30余个，抓获犯罪嫌疑人150余名，扣押手机200余部。",
        expect(
            row("locations_searched", 30),
            row("arrested", 150),
            row("devices_seized", 200, device="mobile_phone"),
        ),
    ),
]


@cases(REPORTING_CONSTRUCTIONS)
def test_chinese_reporting_constructions(text, expected):
    assert facts_of(chinese(text)) == expected


REPORTING_NOT_FIGURES = [
    # a count of charges against one man, not a count of people charged
    ("counts_of_charges", "他被控3項管有兒童色情物品罪。"),
    ("counts_of_charges_simplified", "该男子被控5项传播淫秽物品罪。"),
    # a gang smashed is no place raided
    ("gangs_smashed", "警方捣毁犯罪团伙3个。"),
    # one man taken away for questioning is no count
    ("one_man_questioned", "一名男子被帶署問話。"),
    # a prison term and a fine with the court's verbs
    ("prison_term_and_fine", "法院依法判处被告人有期徒刑10年，并处罚金5万元。"),
    ("prison_months", "他被判處監禁18個月。"),
    ("article_of_the_criminal_law", "根據《刑法》第363條，最高可判處監禁10年。"),
    ("a_hotline", "警方呼吁市民拨打110举报。"),
    # "at most" before a legal maximum penalty is no figure
    ("maximum_penalty_at_most", "此案中最多可判处有期徒刑15年。"),
    # the word for "over" does not make a figure of a percentage
    ("over_a_percentage", "案件數字較去年超出20%。"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=c) for c, t in REPORTING_NOT_FIGURES])
def test_chinese_reporting_no_figures(text):
    assert facts_of(chinese(text)) == []


def test_a_qualifier_written_after_its_number_and_counter_qualifies_the_count():
    (qualified,) = facts_of(chinese("警方拘捕了100人左右。"))
    (plain,) = facts_of(chinese("警方拘捕了100人。"))
    assert (qualified.qualifier, plain.qualifier) == ("approximately", "exact")
    assert qualified.value == plain.value
