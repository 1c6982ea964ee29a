"""Coverage of Chinese police and press wording (`pipeline/vocab/zh/`), in traditional and
simplified characters, written from the language rather than from any report: each case is
an invented sentence after a line of prose with no figure in it, named after the
construction it exercises. Numbers touch their counters ("12名", "3部", "約2萬張")."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row

FRAME = (
    "警方表示，這次調查源於一個兒童保護組織的舉報，相關部門已經跟進了好幾個月，"
    "並與社會福利機構保持密切聯繫。\n"
)


def chinese(sentence: str) -> str:
    return FRAME + sentence


CHINESE_COVERAGE = [
    (
        "arrested_men_traditional",
        "警方在行動中拘捕了9名男子。",
        expect(row("arrested", 9, sex="male")),
    ),
    (
        "caught_suspects_simplified",
        "警方共抓获犯罪嫌疑人35名。",
        expect(row("arrested", 35)),
    ),
    (
        "passive_arrest_with_count_first",
        "共有18人被捕。",
        expect(row("arrested", 18)),
    ),
    (
        "men_and_women_breakdown",
        "警方拘捕了12男3女。",
        expect(row("arrested", 12, sex="male"), row("arrested", 3, sex="female")),
    ),
    (
        "ages_from_to",
        "被捕人士年齡介乎18至56歲。",
        expect(row("youngest_age", 18), row("oldest_age", 56)),
    ),
    (
        "phones_and_computers_seized",
        "警方檢獲5部手機及2部電腦。",
        expect(
            row("devices_seized", 5, device="mobile_phone"),
            row("devices_seized", 2, device="computer"),
        ),
    ),
    (
        "images_with_a_scale_word",
        "警方在其電腦中發現約2萬張兒童色情圖片。",
        expect(row("files_seized", 20000, qualifier="approximately")),
    ),
    (
        "videos_counted",
        "警方起獲淫穢影片300段。",
        expect(row("files_seized", 300)),
    ),
    (
        "charged_people",
        "其中4人已被落案起訴。",
        expect(row("charged", 4)),
    ),
    (
        "officers_deployed",
        "警方出動了200名警員。",
        expect(row("officers_deployed", 200)),
    ),
    (
        "places_searched",
        "警方搜查了15個地點。",
        expect(row("locations_searched", 15)),
    ),
    (
        "victims_rescued",
        "警方解救了7名兒童。",
        expect(row("victims_identified", 7)),
    ),
    (
        "countries_taking_part",
        "共有20個國家參與這次行動。",
        expect(row("jurisdictions_involved", 20)),
    ),
    (
        "more_than_qualifier",
        "警方逾100人被捕。",
        expect(row("arrested", 100, qualifier="at_least")),
    ),
]


@cases(CHINESE_COVERAGE)
def test_chinese_coverage(text, expected):
    assert facts_of(chinese(text)) == expected


NOT_FIGURES = [
    ("prison_term", "法官判處他入獄3年。"),
    ("a_date", "案件於2024年3月15日發生。"),
    ("money", "他被判罰款5萬元。"),
    ("an_age_of_one_man", "被捕男子今年45歲。"),
    ("hotline", "市民可致電999報案。"),
    ("members_of_a_group", "該群組有3000名成員。"),
    ("a_percentage", "案件數字較去年上升20%。"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=c) for c, t in NOT_FIGURES])
def test_chinese_coverage_no_figures(text):
    assert facts_of(chinese(text)) == []
