"""How Indonesian police, prosecutors and the press generally report operations against
online child sexual exploitation (`pipeline/vocab/id/`): invented sentences written from the
language, not from any report, one or more per construction the vocabulary reads, and
sentences whose numbers are no figure. Each follows the frame of `test_language_id`, a line
of prose with no figure in it, so that the language is told.

Verbs come active (me-), passive (di-, ter-) and bare in headlines ("Polisi Amankan …");
counts take counters ("unit", "buah", "orang"); a noun phrase puts its head first ("3 ponsel
pelaku" counts phones, "3 tersangka kasus …" suspects)."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row
from tests.normalise.test_language_id import indonesian

# --- arrests and custody: verbs of nabbing, netting, hauling in; headline bare verbs -------
ARRESTS_AND_CUSTODY = [
    (
        "ambushed_and_nabbed",
        "Tim siber menyergap 4 tersangka di sebuah rumah kos.",
        expect(row("arrested", 4)),
    ),
    (
        "netted_in_a_raid",
        "Sebanyak 6 orang terjaring dalam razia tersebut.",
        expect(row("arrested", 6)),
    ),
    (
        "hauled_to_the_station",
        "Polisi menggelandang 3 pria ke kantor polisi.",
        expect(row("arrested", 3, sex="male")),
    ),
    (
        "headline_bare_secure",
        "Polisi Amankan 5 Pemuda di Bogor",
        expect(row("arrested", 5, "ID", sex="male")),
    ),
    (
        "headline_bare_ambush",
        "Polisi Sergap 4 Pelaku di Sebuah Hotel",
        expect(row("arrested", 4)),
    ),
    (
        "headline_bare_detain",
        "Polisi Tahan 3 Tersangka Penyebar Video Asusila",
        expect(row("in_custody", 3)),
    ),
    (
        "lodged_in_a_detention_centre",
        "Sebanyak 8 tersangka dititipkan di Rutan Salemba.",
        expect(row("in_custody", 8)),
    ),
    (
        "teenagers_arrested_are_an_age_band",
        "Polisi menangkap 8 remaja di Depok.",
        expect(row("arrested", 8, "ID", ages=(13, 19))),
    ),
    (
        "head_first_men_who_are_suspects",
        "Polisi menangkap 3 pria tersangka pencabulan.",
        expect(row("arrested", 3, sex="male")),
    ),
    (
        "head_first_suspects_of_a_case",
        "Polisi menangkap 3 tersangka kasus pornografi anak.",
        expect(row("arrested", 3)),
    ),
]

# --- "mengamankan" secures people and evidence alike: evidence and devices make it a seizure
SECURED_EVIDENCE = [
    (
        "passive_secured_evidence_in_units",
        "Dari tangan tersangka diamankan barang bukti berupa 3 unit ponsel dan 1 laptop.",
        expect(
            row("devices_seized", 3, device="mobile_phone"),
            row("devices_seized", 1, device="laptop"),
        ),
    ),
    (
        "secured_phones_without_a_counter",
        "Polisi mengamankan 2 ponsel milik tersangka.",
        expect(row("devices_seized", 2, device="mobile_phone")),
    ),
    (
        "secured_pieces_of_evidence",
        "Polisi mengamankan 2 buah ponsel milik tersangka.",
        expect(row("devices_seized", 2, device="mobile_phone")),
    ),
    (
        "headline_bare_secure_phones",
        "Polisi Amankan 20 Unit Ponsel dari Tersangka",
        expect(row("devices_seized", 20, device="mobile_phone")),
    ),
]

# guards: people secured are still arrested
SECURED_PEOPLE = [
    (
        "secured_suspects_with_evidence_after",
        "Petugas mengamankan 4 pelaku beserta barang bukti.",
        expect(row("arrested", 4)),
    ),
    (
        "secured_people_in_the_passive",
        "Sebanyak 5 orang diamankan di Mapolres.",
        expect(row("arrested", 5)),
    ),
]

# --- investigated, traced, identified ---------------------------------------------------
INVESTIGATED_AND_IDENTIFIED = [
    (
        "investigating_people",
        "Polisi menyelidiki 15 orang terkait kasus ini.",
        expect(row("investigated", 15)),
    ),
    (
        "headline_bare_investigate",
        "Polisi Selidiki 8 Terduga Pelaku Penyebar Konten Asusila",
        expect(row("investigated", 8)),
    ),
    (
        "interrogated",
        "Sebanyak 9 orang diinterogasi di markas kepolisian.",
        expect(row("investigated", 9)),
    ),
    (
        "identities_in_hand",
        "Polisi sudah mengantongi identitas 4 pelaku lain.",
        expect(row("suspects_identified", 4)),
    ),
    (
        "traced_through_ip_addresses",
        "Polisi melacak 12 terduga pelaku melalui alamat IP.",
        expect(row("suspects_identified", 12)),
    ),
    (
        "asked_for_statements",
        "Sebanyak 14 orang dimintai keterangan oleh penyidik.",
        expect(row("investigated", 14)),
    ),
]

# --- charged (named suspects, handed to prosecutors, tried) and convicted -----------------
CHARGED_AND_CONVICTED = [
    (
        "case_files_handed_to_prosecutors",
        "Berkas perkara 6 tersangka dilimpahkan ke kejaksaan.",
        expect(row("charged", 6)),
    ),
    (
        "handing_case_files_to_prosecutors_active",
        "Penyidik melimpahkan berkas 5 tersangka ke kejaksaan.",
        expect(row("charged", 5)),
    ),
    (
        "headline_bare_name_as_suspects",
        "Polri Tetapkan 3 Tersangka Kasus Pornografi Anak",
        expect(row("charged", 3, "ID")),
    ),
    (
        "nominal_naming_of_suspects",
        "Penetapan 5 tersangka dilakukan setelah gelar perkara.",
        expect(row("charged", 5)),
    ),
    (
        "tried_in_court",
        "Sebanyak 7 terdakwa disidangkan pekan ini.",
        expect(row("charged", 7)),
    ),
    (
        "found_guilty",
        "Sebanyak 5 terdakwa dinyatakan bersalah oleh majelis hakim.",
        expect(row("convicted", 5)),
    ),
    (
        "judge_passes_sentence_on",
        "Hakim menjatuhkan vonis kepada 4 terdakwa.",
        expect(row("convicted", 4)),
    ),
    (
        "sentenced_to_prison_each",
        "Sebanyak 4 terdakwa dijatuhi pidana penjara masing-masing 10 tahun.",
        expect(row("convicted", 4)),
    ),
    (
        "jailed",
        "Sebanyak 3 pelaku telah dipenjara.",
        expect(row("convicted", 3)),
    ),
]

# --- searches, raids and the places searched ---------------------------------------------
SEARCHES = [
    (
        "raiding_internet_cafes",
        "Polisi merazia 12 warnet di Bekasi.",
        expect(row("locations_searched", 12, "ID")),
    ),
    (
        "rented_houses_and_flats",
        "Polisi menggeledah 4 rumah kontrakan dan 2 apartemen.",
        expect(row("locations_searched", 4), row("locations_searched", 2)),
    ),
    (
        "hotels_and_boarding_houses_raided",
        "Polisi menggerebek 2 hotel dan 3 indekos di Batam.",
        expect(row("locations_searched", 2, "ID"), row("locations_searched", 3, "ID")),
    ),
]

# --- devices and files -------------------------------------------------------------------
DEVICES_AND_FILES = [
    (
        "smartphones_and_laptops_in_formal_words",
        "Polisi menyita 3 telepon pintar dan 2 komputer jinjing.",
        expect(
            row("devices_seized", 3, device="mobile_phone"),
            row("devices_seized", 2, device="laptop"),
        ),
    ),
    (
        "flash_drives_and_solid_state_drives",
        "Polisi menyita 5 flash drive dan 2 SSD.",
        expect(
            row("devices_seized", 5, device="storage_device"),
            row("devices_seized", 2, device="hard_drive"),
        ),
    ),
    (
        "tablets_by_brand",
        "Polisi menyita 4 iPad dari kamar tersangka.",
        expect(row("devices_seized", 4, device="tablet")),
    ),
    (
        "usb_sticks_and_micro_sd_cards",
        "Polisi menyita 6 USB dan 2 kartu micro SD.",
        expect(
            row("devices_seized", 6, device="storage_device"),
            row("devices_seized", 2, device="storage_device"),
        ),
    ),
    (
        "phones_by_brand_and_smart_phones",
        "Polisi menyita 2 iPhone dan 3 ponsel pintar.",
        expect(
            row("devices_seized", 2, device="mobile_phone"),
            row("devices_seized", 3, device="mobile_phone"),
        ),
    ),
    (
        "cameras",
        "Petugas menyita 3 kamera yang dipakai untuk merekam.",
        expect(row("devices_seized", 3, device="other")),
    ),
    (
        "head_first_phones_of_the_offender",
        "Polisi menyita 3 ponsel pelaku.",
        expect(row("devices_seized", 3, device="mobile_phone")),
    ),
    (
        "screenshots",
        "Polisi menyita 200 tangkapan layar percakapan.",
        expect(row("files_seized", 200)),
    ),
    (
        "came_upon_videos",
        "Petugas mendapati 500 video asusila di laptop tersangka.",
        expect(row("files_seized", 500)),
    ),
    (
        "headline_bare_find",
        "Polisi Temukan 1.000 Video Asusila di Laptop Tersangka",
        expect(row("files_seized", 1000)),
    ),
]

# --- victims rescued ---------------------------------------------------------------------
VICTIMS = [
    ("kids_rescued", "Polisi menyelamatkan 7 bocah.", expect(row("victims_identified", 7))),
    (
        "female_boarding_school_pupils_rescued",
        "Polisi menyelamatkan 5 santriwati.",
        expect(row("victims_identified", 5, sex="female")),
    ),
    (
        "teenage_girls_rescued",
        "Sebanyak 11 remaja putri berhasil diselamatkan.",
        expect(row("victims_identified", 11, sex="female", ages=(13, 19))),
    ),
    (
        "teenage_boys_rescued",
        "Polisi menyelamatkan 4 remaja putra dari lokasi itu.",
        expect(row("victims_identified", 4, sex="male", ages=(13, 19))),
    ),
]

# --- officers, cases, websites and accounts ----------------------------------------------
OFFICERS_CASES_AND_SITES = [
    (
        "joint_members_on_standby",
        "Sebanyak 80 anggota gabungan disiagakan di lokasi.",
        expect(row("officers_deployed", 80)),
    ),
    (
        "mobile_brigade_members_deployed",
        "Sebanyak 40 anggota Brimob dikerahkan.",
        expect(row("officers_deployed", 40)),
    ),
    (
        "investigators_deployed",
        "Polisi mengerahkan 30 penyelidik untuk operasi itu.",
        expect(row("officers_deployed", 30)),
    ),
    (
        "cases_handled",
        "Polisi menangani 25 kasus eksploitasi anak sepanjang operasi.",
        expect(row("cases_opened", 25)),
    ),
    (
        "headline_bare_uncover_cases",
        "Polisi Ungkap 5 Kasus Eksploitasi Anak",
        expect(row("cases_opened", 5)),
    ),
    (
        "apps_blocked",
        "Kementerian memblokir 200 aplikasi.",
        expect(row("websites_blocked", 200)),
    ),
    (
        "access_cut_off",
        "Kominfo telah melakukan pemutusan akses terhadap 450 situs.",
        expect(row("websites_blocked", 450)),
    ),
    (
        "links_blocked",
        "Kominfo memblokir 1.200 tautan berisi konten pornografi anak.",
        expect(row("websites_blocked", 1200)),
    ),
    (
        "complaints_recorded",
        "Sepanjang operasi tercatat 40 aduan terkait eksploitasi anak.",
        expect(row("cases_opened", 40)),
    ),
    (
        "accounts_deactivated",
        "Sebanyak 75 akun dinonaktifkan oleh platform.",
        expect(row("websites_blocked", 75)),
    ),
]

# --- numbers, qualifiers, ages -------------------------------------------------------------
NUMBERS_QUALIFIERS_AND_AGES = [
    (
        "twenty_one_in_words",
        "Polisi menangkap dua puluh satu tersangka.",
        expect(row("arrested", 21)),
    ),
    (
        "press_about",
        "Polisi menangkap sekira 40 orang.",
        expect(row("arrested", 40, qualifier="approximately")),
    ),
    (
        "at_the_least",
        "Polisi menangkap paling tidak 40 orang.",
        expect(row("arrested", 40, qualifier="at_least")),
    ),
    (
        "no_fewer_than",
        "Polisi menangkap tidak kurang dari 40 orang.",
        expect(row("arrested", 40, qualifier="at_least")),
    ),
    (
        "up_to",
        "Polisi menyita hingga 500 video.",
        expect(row("files_seized", 500, qualifier="at_most")),
    ),
    (
        "nearly",
        "Polisi menangkap nyaris 40 orang.",
        expect(row("arrested", 40, qualifier="approximately")),
    ),
    (
        "youngest_and_oldest_of_the_group",
        "Tersangka termuda berusia 17 tahun, sedangkan yang tertua berusia 52 tahun.",
        expect(row("youngest_age", 17), row("oldest_age", 52)),
    ),
    (
        "youngest_and_oldest_after_the_count",
        "Polisi menangkap 9 orang. Yang termuda berusia 19 tahun dan yang tertua 61 tahun.",
        expect(row("arrested", 9), row("youngest_age", 19), row("oldest_age", 61)),
    ),
]

# --- others still at large or yet to be arrested are no count of the event -----------------
NOT_YET = [
    (
        "others_still_at_large",
        "Polisi menangkap 4 tersangka, sementara 2 pelaku lainnya masih buron.",
        expect(row("arrested", 4)),
    ),
    (
        "others_still_pursued",
        "Polisi menangkap 4 tersangka, sementara 2 pelaku lainnya masih dalam pengejaran.",
        expect(row("arrested", 4)),
    ),
    (
        "others_to_be_arrested_soon",
        "Polisi menangkap 6 tersangka, sedangkan 3 orang lainnya akan segera ditangkap.",
        expect(row("arrested", 6)),
    ),
]

POSITIVES = (
    ARRESTS_AND_CUSTODY
    + SECURED_EVIDENCE
    + SECURED_PEOPLE
    + INVESTIGATED_AND_IDENTIFIED
    + CHARGED_AND_CONVICTED
    + SEARCHES
    + DEVICES_AND_FILES
    + VICTIMS
    + OFFICERS_CASES_AND_SITES
    + NUMBERS_QUALIFIERS_AND_AGES
    + NOT_YET
)


@cases(POSITIVES)
def test_indonesian_police_reporting(text, expected):
    assert facts_of(indonesian(text)) == expected


NEGATIVES = [
    # "satu" is a number word for "dua puluh satu"; "salah satu" picks one person out
    ("one_of_the_suspects", "Salah satu tersangka ditangkap di Bogor."),
    # witnesses questioned are no investigated suspects
    ("witnesses_questioned_in_the_passive", "Sebanyak 12 saksi dimintai keterangan."),
    ("witnesses_examined", "Penyidik memeriksa 12 saksi dalam kasus ini."),
    # officers who speak are the story's sources, not officers deployed
    ("officers_who_speak", "Dua penyidik mengatakan kasus itu masih didalami."),
    ("officers_who_also_speak", "Tiga petugas juga menjelaskan kronologi penangkapan."),
    # "hingga" before a term or a period is no count
    ("up_to_a_prison_term", "Tersangka terancam hukuman penjara hingga 15 tahun."),
    ("detained_for_days", "Para tersangka ditahan hingga 20 hari ke depan."),
    ("jailed_before_twice", "Tersangka adalah residivis yang pernah dipenjara 2 kali."),
    # children and teenagers a suspect abused are the crime's victims, not people counted
    ("teenagers_abused", "Pelaku mencabuli 3 remaja di rumahnya."),
    ("pupils_abused", "Pengasuh pondok itu mencabuli 5 santriwati."),
    ("sentence_passed_in_years", "Hakim menjatuhkan hukuman kepada terdakwa selama 8 tahun."),
    ("apps_used_by_the_offender", "Pelaku menggunakan 3 aplikasi untuk menjual konten."),
    ("length_of_a_video", "Video tersebut berdurasi 3 menit 20 detik."),
    ("neighbourhood_units_of_an_address", "Tersangka tinggal di Jalan Melati RT 03 RW 05."),
    ("phone_numbers", "Masyarakat dapat menghubungi nomor 0812-3456-7890 atau 110."),
    (
        "statute_with_juncto",
        "Pelaku dijerat Pasal 76E juncto Pasal 82 ayat (1) UU Nomor 17 Tahun 2016.",
    ),
    ("fine_and_subsidiary_detention", "Terdakwa didenda Rp 1 miliar subsider 6 bulan kurungan."),
    ("school_grade", "Korban merupakan siswi kelas 8 di sebuah SMP."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=c) for c, t in NEGATIVES])
def test_indonesian_reporting_no_figures(text):
    assert facts_of(indonesian(text)) == []


def test_a_qualifier_written_after_its_number_and_counter_qualifies_the_count():
    (qualified,) = facts_of(indonesian("Polisi menangkap 50 orang lebih di Jakarta."))
    (plain,) = facts_of(indonesian("Polisi menangkap 50 orang di Jakarta."))
    assert (qualified.qualifier, plain.qualifier) == ("at_least", "exact")
    assert qualified.value == plain.value
