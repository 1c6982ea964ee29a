"""Coverage of Indonesian police and press wording (`pipeline/vocab/id/`), written from the
language rather than from any report: each case is an invented sentence after a line of
prose with no figure in it, named after the construction it exercises. Verbs take the
active prefix me- ("menangkap"), the passive di- ("ditangkap") or none in a headline
("Polisi Tangkap …"); counts take counters ("orang", "unit", "buah") and scale words
("ribu", "juta")."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row

FRAME = (
    "Kepolisian menyatakan bahwa penyelidikan kasus tersebut sudah dimulai sejak beberapa "
    "bulan yang lalu, setelah masyarakat melaporkan adanya aktivitas mencurigakan di media "
    "sosial.\n"
)


def indonesian(sentence: str) -> str:
    return FRAME + sentence


ARRESTS_AND_CHARGES = [
    (
        "active_arrest_by_a_regional_police",
        "Polda Jawa Timur menangkap 12 tersangka eksploitasi seksual anak secara daring.",
        expect(row("arrested", 12, "ID")),
    ),
    (
        "secured_people_with_orang",
        "Polisi mengamankan lima orang pelaku di Bandung.",
        expect(row("arrested", 5, "ID")),
    ),
    (
        "passive_arrest_with_sebanyak",
        "Sebanyak 9 tersangka berhasil ditangkap di Surabaya.",
        expect(row("arrested", 9, "ID")),
    ),
    (
        "nabbed_men",
        "Tim siber membekuk 3 pria di Medan.",
        expect(row("arrested", 3, "ID", sex="male")),
    ),
    (
        "passive_nabbed",
        "Dua perempuan diringkus petugas di Makassar.",
        expect(row("arrested", 2, "ID", sex="female")),
    ),
    (
        "headline_base_verb",
        "Polisi Tangkap 6 Pelaku Pornografi Anak di Bali",
        expect(row("arrested", 6, "ID")),
    ),
    (
        "headline_base_verb_nab",
        "Polda Bali Ringkus 4 Pria Penyebar Video Asusila",
        expect(row("arrested", 4, "ID", sex="male")),
    ),
    (
        "nominal_arrest_of",
        "Polisi melakukan penangkapan terhadap 8 tersangka di Semarang.",
        expect(row("arrested", 8, "ID")),
    ),
    (
        "named_as_suspects",
        "Penyidik menetapkan 4 orang sebagai tersangka.",
        expect(row("charged", 4)),
    ),
    (
        "named_suspects_with_the_count_before_the_noun",
        "Polisi menetapkan tiga tersangka dalam kasus ini.",
        expect(row("charged", 3)),
    ),
    (
        "named_as_suspects_passive",
        "Tujuh orang telah ditetapkan sebagai tersangka dalam kasus ini.",
        expect(row("charged", 7)),
    ),
    (
        "detained_in_the_passive",
        "Sebanyak 11 tersangka kini ditahan di Rutan Polda Jawa Barat.",
        expect(row("in_custody", 11, "ID")),
    ),
    (
        "foreign_nationals_arrested",
        "Petugas imigrasi dan polisi menangkap 7 WNA di Batam.",
        expect(row("arrested", 7, "ID")),
    ),
    (
        "sex_breakdown_after_the_total",
        "Polisi menangkap 12 tersangka, terdiri dari 10 laki-laki dan 2 perempuan.",
        expect(
            row("arrested", 12),
            row("arrested", 10, sex="male"),
            row("arrested", 2, sex="female"),
        ),
    ),
    (
        "ages_from_to",
        "Para pelaku berusia 17 sampai 45 tahun.",
        expect(row("youngest_age", 17), row("oldest_age", 45)),
    ),
    (
        "ages_between_with_arrest",
        "Polisi menangkap 6 pria berusia antara 21 dan 50 tahun.",
        expect(
            row("arrested", 6, sex="male"),
            row("youngest_age", 21),
            row("oldest_age", 50),
        ),
    ),
    (
        "more_than_with_qualifier",
        "Lebih dari 30 orang ditangkap dalam operasi itu.",
        expect(row("arrested", 30, qualifier="at_least")),
    ),
]

SEIZURES_SEARCHES_AND_OTHERS = [
    (
        "devices_with_unit_and_buah",
        "Polisi menyita 15 unit ponsel, 3 unit laptop dan 2 buah flashdisk.",
        expect(
            row("devices_seized", 15, device="mobile_phone"),
            row("devices_seized", 3, device="laptop"),
            row("devices_seized", 2, device="storage_device"),
        ),
    ),
    (
        "phones_seized_in_the_passive",
        "Sebanyak 20 telepon genggam disita dari para tersangka.",
        expect(row("devices_seized", 20, device="mobile_phone")),
    ),
    (
        "files_with_more_than",
        "Petugas menemukan lebih dari 2.000 foto dan video di ponsel pelaku.",
        expect(row("files_seized", 2000, qualifier="at_least")),
    ),
    (
        "files_in_millions_with_a_decimal_comma",
        "Polisi menyita 1,2 juta konten pornografi anak.",
        expect(row("files_seized", 1200000)),
    ),
    (
        "files_in_thousands_word",
        "Polisi menemukan 5 ribu video di laptop tersangka.",
        expect(row("files_seized", 5000)),
    ),
    (
        "files_found_in_the_passive",
        "Dari hasil pemeriksaan, ditemukan 350 video dan 1.200 foto.",
        expect(row("files_seized", 350), row("files_seized", 1200)),
    ),
    (
        "handphones_as_evidence",
        "Polisi juga menyita barang bukti berupa 4 unit handphone.",
        expect(row("devices_seized", 4, device="mobile_phone")),
    ),
    (
        "places_searched",
        "Tim gabungan menggeledah 6 lokasi di Jakarta.",
        expect(row("locations_searched", 6, "ID")),
    ),
    (
        "houses_raided",
        "Polisi menggerebek 3 rumah kos di Yogyakarta.",
        expect(row("locations_searched", 3, "ID")),
    ),
    (
        "victims_identified",
        "Polisi berhasil mengidentifikasi 23 korban anak.",
        expect(row("victims_identified", 23)),
    ),
    (
        "victims_rescued_in_the_passive",
        "Sebanyak 14 anak berhasil diselamatkan.",
        expect(row("victims_identified", 14)),
    ),
    (
        "officers_sent_in",
        "Sebanyak 150 personel gabungan diterjunkan dalam operasi tersebut.",
        expect(row("officers_deployed", 150)),
    ),
    (
        "officers_deployed_active",
        "Polda Sumatera Utara mengerahkan 200 polisi untuk operasi itu.",
        expect(row("officers_deployed", 200, "ID")),
    ),
    (
        "sites_blocked",
        "Kementerian memblokir 1.500 situs pornografi anak.",
        expect(row("websites_blocked", 1500)),
    ),
    (
        "accounts_taken_down",
        "Sebanyak 45 akun media sosial diblokir.",
        expect(row("websites_blocked", 45)),
    ),
    (
        "cases_uncovered",
        "Polresta Bandung mengungkap 3 kasus eksploitasi anak.",
        expect(row("cases_opened", 3, "ID")),
    ),
    (
        "countries_involved",
        "Operasi ini melibatkan 5 negara.",
        expect(row("jurisdictions_involved", 5)),
    ),
]


@cases(ARRESTS_AND_CHARGES + SEIZURES_SEARCHES_AND_OTHERS)
def test_indonesian_coverage(text, expected):
    assert facts_of(indonesian(text)) == expected


NOT_FIGURES = [
    ("prison_term", "Hakim menjatuhkan vonis 8 tahun penjara."),
    (
        "legal_maximum_and_fine",
        "Pelaku terancam hukuman maksimal 12 tahun penjara dan denda paling banyak Rp6 miliar.",
    ),
    ("statute_and_law_number", "Pelaku dijerat Pasal 29 Undang-Undang Nomor 44 Tahun 2008."),
    ("hotline_number", "Masyarakat dapat melapor melalui nomor 110."),
    ("time_of_day", "Penggerebekan dilakukan sekitar pukul 14.00 WIB."),
    ("age_of_one_suspect", "Tersangka berinisial AS (32) merupakan warga setempat."),
    ("age_of_one_victim", "Korban yang masih berusia 14 tahun itu kini didampingi psikolog."),
    ("witnesses_questioned", "Penyidik telah memeriksa 12 orang saksi."),
    ("views_of_a_video", "Video itu telah ditonton 2 juta kali."),
    ("members_of_a_group", "Grup tersebut memiliki 3.000 anggota."),
    ("a_date", "Kasus ini terungkap pada 15 Maret 2024."),
    ("money_earned", "Pelaku meraup keuntungan hingga Rp 50 juta."),
    ("read_also_headline", "Baca juga: Kisah Nelayan di Pantai Selatan"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=c) for c, t in NOT_FIGURES])
def test_indonesian_coverage_no_figures(text):
    assert facts_of(indonesian(text)) == []
