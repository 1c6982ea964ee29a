"""Rules in Indonesian: `pipeline/vocab/id/` read for Indonesian documents through the same
constructions as English. Invented sentences, each after a line of prose with no figure in
it (a single sentence is too short for the language to be told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row

FRAME = (
    "Kepolisian menyatakan bahwa penyelidikan kasus tersebut sudah dimulai sejak beberapa "
    "bulan yang lalu, setelah masyarakat melaporkan adanya aktivitas mencurigakan di media "
    "sosial.\n"
)


def indonesian(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_indonesian():
    assert documents(indonesian("Polisi menangkap 3 orang."))["language"][0] == "id"


INDONESIAN_CONSTRUCTIONS = [
    (
        "verb_and_object_with_counter",
        "Polisi menangkap 12 orang tersangka di Surabaya.",
        expect(row("arrested", 12, "ID")),
    ),
    (
        "count_and_participle",
        "Sebanyak 27 pelaku berhasil ditangkap oleh tim gabungan di Jawa Barat.",
        expect(row("arrested", 27, "ID")),
    ),
    (
        "searches_phones_and_laptops",
        "Petugas menggeledah 8 rumah dan menyita 40 ponsel serta 15 laptop.",
        expect(
            row("locations_searched", 8),
            row("devices_seized", 40, device="mobile_phone"),
            row("devices_seized", 15, device="laptop"),
        ),
    ),
    (
        "nominal_event",
        "Penangkapan terhadap 31 tersangka dilakukan di Medan.",
        expect(row("arrested", 31, "ID")),
    ),
    (
        "number_words_and_dot_thousands",
        "Polisi mengamankan dua puluh tiga tersangka dan menyita 1.200 video.",
        expect(row("arrested", 23), row("files_seized", 1200)),
    ),
    (
        "hundreds_in_words",
        "Sebanyak tiga ratus dua puluh akun media sosial diblokir.",
        expect(row("websites_blocked", 320)),
    ),
    (
        "ages_between",
        "Para tersangka berusia antara 19 hingga 64 tahun dan ditahan di Makassar.",
        expect(row("youngest_age", 19, "ID"), row("oldest_age", 64, "ID")),
    ),
    (
        "qualifier_and_officers",
        "Lebih dari 40 personel dikerahkan dalam operasi tersebut.",
        expect(row("officers_deployed", 40, qualifier="at_least")),
    ),
    (
        "country_named_in_the_language",
        "Polisi Jerman menangkap 7 orang di Jerman.",
        expect(row("arrested", 7, "DE")),
    ),
    (
        "international_operation_is_all",
        "Dalam operasi internasional di 12 negara, polisi menangkap 90 orang.",
        expect(row("arrested", 90), row("jurisdictions_involved", 12)),
    ),
    (
        "cases_uncovered_and_victims_rescued",
        "Polisi telah mengungkap 17 kasus dan menyelamatkan 9 korban anak.",
        expect(row("cases_opened", 17), row("victims_identified", 9)),
    ),
]


@cases(INDONESIAN_CONSTRUCTIONS)
def test_indonesian_constructions(text, expected):
    assert facts_of(indonesian(text)) == expected


NOT_COUNTS = [
    ("an_age_and_a_prison_term", "Pria berusia 45 tahun itu divonis 10 tahun penjara."),
    ("a_date", "Pada 12 Juni 2024 para petugas memberikan keterangan di pengadilan."),
    ("money", "Denda yang dijatuhkan kepada perusahaan itu sebesar Rp 5 juta."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_indonesian_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(indonesian(text)) == []


# Head first: what follows a counted noun describes it ("600 konten anak" counts contents
# of children, not children).
INDONESIAN_HEAD_FIRST = [
    (
        "content_of_children",
        "Polisi menemukan 600 konten anak di ponsel tersangka.",
        expect(row("files_seized", 600)),
    ),
    (
        "videos_of_minors",
        "Petugas menyita 45 video anak di bawah umur.",
        expect(row("files_seized", 45)),
    ),
    (
        "children_alone_are_victims",
        "Polisi menyelamatkan 12 anak dari lokasi itu.",
        expect(row("victims_identified", 12)),
    ),
    (
        "suspects_and_victims",
        "Polisi menangkap 5 tersangka dan menyelamatkan 7 korban anak.",
        expect(row("arrested", 5), row("victims_identified", 7)),
    ),
]


# A count whose event the sentence denies (`negation` in function_words.csv) gives no
# fact; a word for "only" or "fewer" after the negation denies nothing.
INDONESIAN_NEGATIONS = [
    (
        "a_count_not_yet_arrested_is_dropped",
        "Polisi menangkap 5 orang, namun 2 tersangka lain belum ditangkap.",
        expect(row("arrested", 5)),
    ),
    (
        "not_only_is_no_negation",
        "Polisi tidak hanya menangkap 3 orang, tetapi juga menyita 6 ponsel.",
        expect(row("arrested", 3), row("devices_seized", 6, device="mobile_phone")),
    ),
]


@cases(INDONESIAN_HEAD_FIRST)
def test_indonesian_head_first(text, expected):
    assert facts_of(indonesian(text)) == expected


@cases(INDONESIAN_NEGATIONS)
def test_indonesian_negated_events_give_no_facts(text, expected):
    assert facts_of(indonesian(text)) == expected


# An age range may repeat its year word ("antara 23 tahun dan 57 tahun"); a list by place
# after a total gives each place its count ("9 orang di Belanda, 4 di Belgia"), never a
# partitive's count ("3 di antaranya").
INDONESIAN_AGES_AND_PLACES = [
    (
        "ages_each_with_its_year_word",
        "Polisi menangkap 14 orang yang berusia antara 23 tahun dan 57 tahun.",
        expect(row("arrested", 14), row("youngest_age", 23), row("oldest_age", 57)),
    ),
    (
        "list_by_place_after_a_total",
        "Polisi menangkap 9 orang di Belanda, 4 di Belgia dan 2 di Jerman.",
        expect(row("arrested", 9, "NL"), row("arrested", 4, "BE"), row("arrested", 2, "DE")),
    ),
    (
        "list_by_place_after_an_event_noun",
        "Sebanyak 11 penangkapan dilakukan di Belanda dan 3 di Jerman.",
        expect(row("arrested", 11, "NL"), row("arrested", 3, "DE")),
    ),
]


@cases(INDONESIAN_AGES_AND_PLACES)
def test_indonesian_ages_and_places(text, expected):
    assert facts_of(indonesian(text)) == expected


def test_indonesian_a_partitive_count_is_no_item_of_a_list_by_place():
    facts = facts_of(indonesian("Polisi menangkap 12 orang, 3 di antaranya perempuan."))
    assert row("arrested", 12) in facts
    assert row("arrested", 3) not in facts


def test_indonesian_followers_of_a_group_are_no_figure():
    # "pengikut" (followers) are people, never places or a figure of the operation
    text = "Polisi membongkar grup itu, yang diikuti oleh 45 ribu pengikut di media sosial."
    assert facts_of(indonesian(text)) == []
