"""Rules in Vietnamese: `pipeline/vocab/vi/` read for Vietnamese documents through the same
constructions as English. Vietnamese writes its words in syllables separated by spaces, a
classifier or noun after the count ("12 đối tượng", "30 điện thoại"), the passive with
"bị" ("đã bị bắt"), dates in digits (so no month names) and no words for group participles
or event nouns: the folder leaves those optional files out. Invented sentences, each after a
line of prose with no figure in it (a single sentence is too short for the language to be
told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row

FRAME = (
    "Theo thông tin từ cơ quan chức năng, cuộc điều tra đã được tiến hành trong nhiều tháng "
    "sau khi người dân phản ánh về những hoạt động đáng ngờ trên mạng xã hội.\n"
)


def vietnamese(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_vietnamese():
    assert documents(vietnamese("Cảnh sát bắt 3 người."))["language"][0] == "vi"


VIETNAMESE_CONSTRUCTIONS = [
    (
        "verb_and_object_in_a_city",
        "Công an tỉnh đã bắt giữ 12 đối tượng tại Hà Nội.",
        expect(row("arrested", 12, "VN")),
    ),
    (
        "count_then_passive",
        "Tổng cộng 45 nghi phạm đã bị bắt trong chiến dịch.",
        expect(row("arrested", 45)),
    ),
    (
        "searches_phones_and_laptops",
        "Lực lượng chức năng khám xét 8 ngôi nhà và thu giữ 30 điện thoại cùng 5 máy tính "
        "xách tay.",
        expect(
            row("locations_searched", 8),
            row("devices_seized", 30, device="mobile_phone"),
            row("devices_seized", 5, device="laptop"),
        ),
    ),
    (
        "children_rescued_and_suspects_verified",
        "Cảnh sát đã giải cứu được 14 em nhỏ và xác minh được 60 nghi can.",
        expect(row("victims_identified", 14), row("suspects_identified", 60)),
    ),
    (
        "countries_taking_part_and_more_than",
        "Chiến dịch có sự tham gia của 20 quốc gia, bắt được hơn 300 kẻ tình nghi.",
        expect(row("jurisdictions_involved", 20), row("arrested", 300, qualifier="at_least")),
    ),
    (
        "dot_thousands_images_and_videos",
        "Cơ quan điều tra thu giữ 2.500 hình ảnh và 120 video.",
        expect(row("files_seized", 2500), row("files_seized", 120)),
    ),
    (
        "number_words_tens",
        "Cảnh sát bắt giữ hai mươi ba đối tượng.",
        expect(row("arrested", 23)),
    ),
    (
        "officers_mobilised_and_places_searched",
        "Đội đặc nhiệm huy động 200 cán bộ, chiến sĩ để khám xét 9 địa điểm.",
        expect(row("officers_deployed", 200), row("locations_searched", 9)),
    ),
    (
        "number_word_opening_a_passive_charge",
        "Ba nghi phạm đã bị khởi tố.",
        expect(row("charged", 3)),
    ),
]


@cases(VIETNAMESE_CONSTRUCTIONS)
def test_vietnamese_constructions(text, expected):
    assert facts_of(vietnamese(text)) == expected


NOT_COUNTS = [
    ("an_age_and_a_prison_term", "Người đàn ông 35 tuổi bị kết án 8 năm tù."),
    # "bắt đầu" is "to begin", never an arrest
    ("begin_is_no_arrest", "Ông ta bắt đầu làm việc từ năm 2015 với 3 đồng nghiệp."),
    # "hàng trăm" is "hundreds": no word for "hundred" stands for 100 alone
    ("hundreds_are_no_hundred", "Hàng trăm nghi phạm đã dùng nhiều thủ đoạn để quay phim."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_vietnamese_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(vietnamese(text)) == []


def test_a_count_not_yet_arrested_is_dropped():
    text = "Cảnh sát đã bắt 5 người, nhưng 2 đối tượng khác chưa bị bắt."
    assert facts_of(vietnamese(text)) == expect(row("arrested", 5))


def test_an_accusation_of_distributing_gives_the_count_no_role():
    # what suspects are accused of doing is no role of the count (only possession is
    # named as a role in Vietnamese: the other verbs describe the crime, not who is counted)
    text = "Cảnh sát đã bắt giữ 25 nghi can bị cáo buộc phát tán video."
    assert facts_of(vietnamese(text)) == expect(row("arrested", 25))


# "trong độ tuổi từ 19 đến 64" (in the age bracket of 19 to 64): the bracket word comes
# before the range, which need not end in "tuổi"; children of an age bracket in a sentence
# with no event are no group the police counted.
VIETNAMESE_AGE_BRACKETS = [
    (
        "age_bracket_of_those_arrested",
        "Các đối tượng bị bắt giữ đều là nam giới, trong độ tuổi từ 19 đến 64.",
        expect(row("youngest_age", 19), row("oldest_age", 64)),
    ),
    (
        "age_bracket_with_a_dash",
        "Cảnh sát bắt giữ 25 đối tượng ở độ tuổi 20-45.",
        expect(row("arrested", 25), row("youngest_age", 20), row("oldest_age", 45)),
    ),
    (
        "age_bracket_of_no_counted_group",
        "Chương trình dành cho trẻ em trong độ tuổi từ 6 đến 15.",
        expect(),
    ),
]


@cases(VIETNAMESE_AGE_BRACKETS)
def test_vietnamese_age_brackets(text, expected):
    assert facts_of(vietnamese(text)) == expected
