"""How Japanese police, prosecutors and the press generally report operations
(`pipeline/vocab/ja/`), in invented sentences written from the language, not from any
report. Each sentence follows the frame of `test_language_ja.py` (a line of prose with no
figure in it) so that the document is read as Japanese.

Covered here: detention ("身柄を拘束"), questioning without the word for "voluntary"
("事情を聴く", "事情聴取", "任意同行"), summary orders and trial requests, retention and
confiscation ("領置", "没収"), things found ("見つかった", "確認", "保存されていた"),
suspects worked out ("割り出す"), cases built ("立件"), sites closed, officers counted by
the size of the deployment ("300人態勢", "延べ500人", "機動隊員"), students by sex, items
seized "including" devices ("パソコンなど30点"), storage media, cameras and routers,
"児童ポルノ" counted by itself, "the countries and regions", the small "ヵ" of "ヵ所",
shops and houses searched, qualifiers ("最大で", "推定", "およそ", "最低でも") and the
distribution verb "頒布"; and what is no figure: decisions not to
prosecute ("不起訴", "起訴猶予"), guardians and probation officers ("保護者",
"保護観察官", who are no one rescued), an ordinal ("3人目の逮捕者"), prison terms, articles
of a law and phone numbers."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row
from tests.normalise.test_language_ja import japanese

ARRESTS_AND_QUESTIONING = [
    (
        "custody_of_the_person_taken",
        "警察は男4人の身柄を拘束した。",
        expect(row("arrested", 4, sex="male")),
    ),
    (
        "detained_abroad",
        "現地の警察は容疑者6人を拘束した。",
        expect(row("arrested", 6)),
    ),
    (
        "hearing_the_circumstances",
        "県警は男5人から事情を聴いている。",
        expect(row("investigated", 5, sex="male")),
    ),
    (
        "hearing_the_circumstances_formally",
        "県警は男5人から事情を聴取した。",
        expect(row("investigated", 5, sex="male")),
    ),
    (
        "questioning_as_a_noun",
        "警察は女2人の事情聴取を進めている。",
        expect(row("investigated", 2, sex="female")),
    ),
    (
        "asked_to_accompany_voluntarily",
        "県警は男3人に任意同行を求めた。",
        expect(row("investigated", 3, sex="male")),
    ),
    (
        "suspects_worked_out",
        "県警は容疑者15人を割り出した。",
        expect(row("suspects_identified", 15)),
    ),
    (
        "male_students_arrested",
        "県警は男子高校生2人を逮捕した。",
        expect(row("arrested", 2, sex="male")),
    ),
    (
        "the_distribution_named_after_the_count",
        "県警は男3人を児童ポルノ頒布の疑いで逮捕した。",
        expect(row("arrested", 3, sex="male", role="distribution")),
    ),
    (
        "viewers_in_a_relative_clause",
        "県警は動画を閲覧していた男4人を書類送検した。",
        expect(row("investigated", 4, sex="male", role="possession")),
    ),
]

COURTS = [
    (
        "a_summary_order_for_a_fine",
        "簡裁は男女4人に罰金の略式命令を出した。",
        expect(row("convicted", 4)),
    ),
    (
        "a_request_for_trial",
        "地検は男2人を公判請求した。",
        expect(row("charged", 2, sex="male")),
    ),
    (
        "cases_built",
        "県警はこれまでに事件50件を立件した。",
        expect(row("cases_opened", 50)),
    ),
]

SEARCHES_AND_SEIZURES = [
    (
        "retained_after_voluntary_submission",
        "県警は任意提出を受けたスマートフォン2台を領置した。",
        expect(row("devices_seized", 2, device="mobile_phone")),
    ),
    (
        "confiscated",
        "地裁はパソコン1台の没収を命じた。",
        expect(row("devices_seized", 1, device="computer")),
    ),
    (
        "files_found",
        "男のパソコンから画像約3000点が見つかった。",
        expect(row("files_seized", 3000, qualifier="approximately")),
    ),
    (
        "files_stored_on_a_phone",
        "スマートフォンには動画約200本が保存されていた。",
        expect(row("files_seized", 200, qualifier="approximately")),
    ),
    (
        "files_confirmed",
        "捜査員は児童ポルノ画像計1500点を確認した。",
        expect(row("files_seized", 1500)),
    ),
    (
        "child_pornography_counted_by_itself",
        "県警は児童ポルノ約500点を押収した。",
        expect(row("files_seized", 500, qualifier="approximately")),
    ),
    (
        "child_pornography_after_its_count",
        "警察は800点の児童ポルノを押収した。",
        expect(row("files_seized", 800)),
    ),
    (
        "items_including_devices",
        "県警はパソコンやスマートフォンなど約30点を押収した。",
        expect(row("devices_seized", 30, qualifier="approximately")),
    ),
    (
        "storage_media",
        "捜査員は記憶媒体20点を押収した。",
        expect(row("devices_seized", 20, device="storage_device")),
    ),
    (
        "hidden_cameras",
        "県警は小型カメラ3台を押収した。",
        expect(row("devices_seized", 3, device="other")),
    ),
    (
        "routers",
        "捜査員はルーター2台を押収した。",
        expect(row("devices_seized", 2, device="router")),
    ),
    (
        "places_with_a_small_ka",
        "県警は約20ヵ所を家宅捜索した。",
        expect(row("locations_searched", 20, qualifier="approximately")),
    ),
    (
        "shops_searched",
        "警察は系列の3店舗を家宅捜索した。",
        expect(row("locations_searched", 3)),
    ),
    (
        "houses_searched",
        "捜査員は民家2軒を捜索した。",
        expect(row("locations_searched", 2)),
    ),
]

VICTIMS_OFFICERS_SITES = [
    (
        "victims_confirmed",
        "県警は被害児童20人を確認した。",
        expect(row("victims_identified", 20)),
    ),
    (
        "schoolgirls_rescued",
        "県警は女子中学生3人を保護した。",
        expect(row("victims_identified", 3, sex="female")),
    ),
    (
        "officers_by_the_size_of_the_deployment",
        "県警は約300人態勢で一斉に家宅捜索した。",
        expect(
            row("officers_deployed", 300, qualifier="approximately"),
        ),
    ),
    (
        "riot_police_put_in",
        "県警は機動隊員50人を投入した。",
        expect(row("officers_deployed", 50)),
    ),
    (
        "officers_counted_cumulatively",
        "警視庁は捜査員延べ500人を動員した。",
        expect(row("officers_deployed", 500, "JP")),
    ),
    (
        "accounts_with_their_counter",
        "県警はSNSのアカウント50件を特定した。",
        expect(row("accounts_identified", 50)),
    ),
    (
        "accounts_after_their_count",
        "県警は50個のアカウントを特定した。",
        expect(row("accounts_identified", 50)),
    ),
    (
        "countries_with_a_small_ka",
        "作戦には12ヵ国が参加した。",
        expect(row("jurisdictions_involved", 12)),
    ),
    (
        "sites_closed",
        "警察は違法サイト10件を閉鎖させた。",
        expect(row("websites_blocked", 10)),
    ),
    (
        "countries_and_regions",
        "国際共同捜査には18の国と地域が参加した。",
        expect(row("jurisdictions_involved", 18)),
    ),
]

QUALIFIERS = [
    (
        "as_many_as",
        "押収した画像は最大で5万点に上る。",
        expect(row("files_seized", 50000, qualifier="at_most")),
    ),
    (
        "an_estimated",
        "県警は推定1万点の画像を押収した。",
        expect(row("files_seized", 10000, qualifier="approximately")),
    ),
    (
        "roughly_between_noun_and_count",
        "県警は画像およそ1万点を押収した。",
        expect(row("files_seized", 10000, qualifier="approximately")),
    ),
    (
        "at_the_very_least",
        "捜査員は最低でも10カ所を捜索した。",
        expect(row("locations_searched", 10, qualifier="at_least")),
    ),
]


@cases(
    ARRESTS_AND_QUESTIONING + COURTS + SEARCHES_AND_SEIZURES + VICTIMS_OFFICERS_SITES + QUALIFIERS
)
def test_japanese_reporting(text, expected):
    assert facts_of(japanese(text)) == expected


NOT_FIGURES = [
    ("not_prosecuted", "地検は男3人を不起訴処分とした。"),
    ("prosecution_suspended", "地検は男2人を起訴猶予とした。"),
    ("guardians_are_no_victims_rescued", "説明会には保護者50人が参加した。"),
    ("probation_officers_are_no_victims_rescued", "保護観察官3人が対応した。"),
    ("an_ordinal_of_the_arrested", "容疑者は一連の事件で3人目の逮捕者となった。"),
    ("an_ordinal_after_a_man", "男は2人目の逮捕者だった。"),
    ("an_ordinal_of_cases", "県警による摘発は今年3件目となった。"),
    ("a_prison_term_in_years_and_months", "男は懲役1年6月の実刑判決を受けた。"),
    ("an_article_of_the_law", "男は同法第7条違反の疑いで逮捕された。"),
    ("a_phone_number", "情報は03-1234-5678まで寄せてほしい。"),
    ("counts_of_further_offences", "男は余罪10件を認めている。"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=c) for c, t in NOT_FIGURES])
def test_japanese_reporting_no_figures(text):
    assert facts_of(japanese(text)) == []


def test_a_qualifier_written_after_its_number_and_counter_qualifies_the_count():
    (qualified,) = facts_of(japanese("警察は男100人以上を逮捕した。"))
    (plain,) = facts_of(japanese("警察は男100人を逮捕した。"))
    assert (qualified.qualifier, plain.qualifier) == ("at_least", "exact")
    assert qualified.value == plain.value
