"""Rules in Turkish (`pipeline/vocab/tr/`): invented Turkish sentences, each after a line of
prose with no figure in it, so that the document is read as Turkish. The count comes before
its noun, which takes its case ending ("50 şüphelinin"), and the verb ends the clause
("gözaltına alındı", "yakalandığını"); a count of provinces ("48 ilde") is no count of
countries."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row

FRAME = (
    "Emniyet yetkilileri, soruşturmanın aylardır gizlilik içinde yürütüldüğünü ve "
    "çalışmaların kararlılıkla süreceğini açıkladı.\n"
)


def turkish(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_turkish():
    assert documents(turkish("Polis 8 şüpheliyi yakaladı."))["language"][0] == "tr"


TURKISH_CONSTRUCTIONS = [
    (
        "count_noun_passive_verb",
        "Operasyonda 35 şüpheli yakalandı.",
        expect(row("arrested", 35)),
    ),
    (
        "taken_into_custody_by_the_police",
        "Ankara merkezli operasyonda 12 kişi gözaltına alındı.",
        expect(row("arrested", 12, "TR")),
    ),
    (
        "a_genitive_noun_before_a_reported_verb",
        "Bakan, 64 şüphelinin yakalandığını duyurdu.",
        expect(row("arrested", 64)),
    ),
    (
        "remanded_in_custody",
        "Şüphelilerden 9 kişi tutuklandı.",
        expect(row("in_custody", 9)),
    ),
    (
        "provinces_are_no_countries",
        "İzmir merkezli 30 ilde düzenlenen operasyonlarda 41 şüpheli yakalandı.",
        expect(row("arrested", 41, "TR")),
    ),
    (
        "number_words",
        "Operasyonda yirmi üç şüpheli gözaltına alındı.",
        expect(row("arrested", 23)),
    ),
    (
        "children_rescued",
        "Polis ekipleri 6 çocuğu kurtardı.",
        expect(row("victims_identified", 6)),
    ),
    (
        "devices_seized",
        "Aramalarda 14 bilgisayar ve 22 cep telefonuna el konuldu.",
        expect(
            row("devices_seized", 14, device="computer"),
            row("devices_seized", 22, device="mobile_phone"),
        ),
    ),
    (
        "dot_thousands",
        "Şüphelilerin cihazlarında 4.500 fotoğraf ele geçirildi.",
        expect(row("files_seized", 4500)),
    ),
]


@cases(TURKISH_CONSTRUCTIONS)
def test_turkish_constructions(text, expected):
    assert facts_of(turkish(text)) == expected


NOT_COUNTS = [
    ("an_arrest_warrant_is_no_arrest", "Savcılık 15 şüpheli hakkında yakalama kararı verdi."),
    ("an_age", "Yakalanan şüpheli 45 yaşında olduğu belirtildi."),
    ("a_date", "Operasyon 12 Haziran 2024 tarihinde başladı."),
    ("a_duration", "Soruşturma 6 ay sürdü."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_turkish_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(turkish(text)) == []


# Synonyms of the events and nouns above: a raid ("baskın") on homes searches them, a
# suspect whose identity was established ("kimliği belirlenen") is identified; "ev" takes
# its case endings ("eve", "evde"), never standing for "evrak" (documents).
TURKISH_SYNONYMS = [
    (
        "raid_on_addresses",
        "Polis 14 adrese baskın düzenledi.",
        expect(row("locations_searched", 14)),
    ),
    (
        "raid_on_homes_dative",
        "Ekipler 7 eve baskın yaptı.",
        expect(row("locations_searched", 7)),
    ),
    (
        "search_in_homes_locative",
        "Polis 5 evde arama yaptı ve 3 kişiyi gözaltına aldı.",
        expect(row("locations_searched", 5), row("arrested", 3)),
    ),
    (
        "identity_established",
        "Kimlikleri belirlenen 9 şüpheli hakkında işlem başlatıldı.",
        expect(row("suspects_identified", 9)),
    ),
    ("documents_are_no_homes", "Şüpheli 2 evrak sundu.", expect()),
]


@cases(TURKISH_SYNONYMS)
def test_turkish_synonyms(text, expected):
    assert facts_of(turkish(text)) == expected


# "25 şüpheliden 9'u" (9 of the 25 suspects): the part is a count of people by its
# possessive suffix; "adli kontrol şartıyla serbest bırakıldı" (released under judicial
# control) says a count was not remanded; "polis ekiplerince" (by police teams) is the agent
# of a passive, no count of officers.
TURKISH_PARTS_AND_RELEASES = [
    (
        "part_of_the_detained_by_its_possessive_suffix",
        "Gözaltına alınan 25 şüpheliden 9'u tutuklandı.",
        expect(row("arrested", 25), row("in_custody", 9)),
    ),
    (
        "part_with_a_typographic_apostrophe",
        "Şüphelilerden 14’ü tutuklandı.",
        expect(row("in_custody", 14)),
    ),
    (
        "released_under_judicial_control_is_no_custody",
        "Şüphelilerden 7'si tutuklanırken, 11 kişi adli kontrol şartıyla serbest bırakıldı.",
        expect(row("in_custody", 7)),
    ),
    (
        "police_teams_are_the_agent_of_the_passive",
        "18 şüpheli polis ekiplerince yakalandı.",
        expect(row("arrested", 18)),
    ),
    (
        "police_by_whom_suspects_were_caught",
        "Toplam 6 şüpheli polis tarafından yakalandı.",
        expect(row("arrested", 6)),
    ),
    (
        "officers_taking_part_are_still_officers",
        "Operasyona 150 polis katıldı.",
        expect(row("officers_deployed", 150)),
    ),
]


@cases(TURKISH_PARTS_AND_RELEASES)
def test_turkish_parts_and_releases(text, expected):
    assert facts_of(turkish(text)) == expected
