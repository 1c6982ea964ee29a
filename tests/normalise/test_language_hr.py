"""Rules in Croatian, Bosnian and Serbian written in Latin script: `pipeline/vocab/hr/` and
`pipeline/vocab/bs/` read through the same constructions as English. py3langid names
Latin-script Serbian `hr` (or, on some lines, `bs`); it gives `sr` only to Cyrillic, so the
two folders hold the same rows for all three standards (ijekavian and ekavian forms,
"uhićen" and "uhapšen", "računalo" and "računar", "tisuća" and "hiljada"). Invented
sentences, each after a line of prose with no figure in it (a single sentence is too short
for the language to be told)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.vocab import PACKAGE_VOCAB_DIR
from tests.harness import cases, documents, expect, facts_of, row

CROATIAN_FRAME = (
    "Istraga je počela prije nekoliko mjeseci nakon prijave udruge koja se bavi zaštitom "
    "djece, kako su u ponedjeljak priopćili predstavnici policije.\n"
)
# A line py3langid reads as Bosnian.
BOSNIAN_FRAME = (
    "Istraga je počela prije nekoliko sedmica na Balkanskom poluostrvu, u jugoistočnoj "
    "Evropi, nakon prijave jedne organizacije.\n"
)
# Serbian in Latin script, ekavian: read as Croatian.
SERBIAN_FRAME = (
    "Kako je saopštilo tužilaštvo, istraga je počela pre nekoliko meseci nakon prijave jedne "
    "organizacije koja se bavi zaštitom dece.\n"
)
LANGUAGES = ("hr", "bs")


def croatian(sentence: str) -> str:
    return CROATIAN_FRAME + sentence


def bosnian(sentence: str) -> str:
    return BOSNIAN_FRAME + sentence


def serbian(sentence: str) -> str:
    return SERBIAN_FRAME + sentence


def test_the_frame_is_read_as_croatian():
    assert documents(croatian("Policija je uhitila 3 osobe."))["language"][0] == "hr"


def test_the_bosnian_frame_is_read_as_bosnian():
    assert documents(bosnian("Policija je uhapsila 3 osobe."))["language"][0] == "bs"


def test_serbian_in_latin_script_is_read_as_croatian():
    assert documents(serbian("Policija je uhapsila 3 lica."))["language"][0] == "hr"


def test_the_two_folders_hold_the_same_rows():
    """Where the standards agree (everywhere, so far) the folders are one vocabulary."""
    hr, bs = Path(PACKAGE_VOCAB_DIR) / "hr", Path(PACKAGE_VOCAB_DIR) / "bs"
    names = sorted(p.name for p in hr.glob("*.csv"))
    assert names == sorted(p.name for p in bs.glob("*.csv"))
    for name in names:
        assert (hr / name).read_bytes() == (bs / name).read_bytes(), name


CROATIAN_CONSTRUCTIONS = [
    (
        "verb_and_object_men_and_women",
        "Policija je uhitila 12 muškaraca i 3 žene u Zagrebu.",
        expect(row("arrested", 12, "HR", sex="male"), row("arrested", 3, "HR", sex="female")),
    ),
    (
        "impersonal_passive_and_a_total",
        "Uhićeno je ukupno 27 osoba na području Splita.",
        expect(row("arrested", 27, "HR")),
    ),
    (
        "count_and_participle",
        "Tijekom akcije 15 osoba je uhićeno u Osijeku.",
        expect(row("arrested", 15, "HR")),
    ),
    (
        "searches_phones_and_computers",
        "Policijski službenici proveli su 40 pretraga i oduzeli 75 mobitela te 120 računala.",
        expect(
            row("locations_searched", 40),
            row("devices_seized", 75, device="mobile_phone"),
            row("devices_seized", 120, device="computer"),
        ),
    ),
    (
        "devices_of_each_kind",
        "Oduzeto je 12 laptopa, 8 tableta, 30 USB stickova i 15 memorijskih kartica.",
        expect(
            row("devices_seized", 12, device="laptop"),
            row("devices_seized", 8, device="tablet"),
            row("devices_seized", 30, device="storage_device"),
            row("devices_seized", 15, device="storage_device"),
        ),
    ),
    (
        "nominal_event",
        "Uhićenje 12 osumnjičenika provedeno je diljem Hrvatske.",
        expect(row("arrested", 12, "HR")),
    ),
    (
        "number_words_joined_by_i_and_a_qualifier",
        "Uhićeno je dvadeset i tri osumnjičena, a oduzeto je više od 1200 video snimaka.",
        expect(row("arrested", 23), row("files_seized", 1200, qualifier="at_least")),
    ),
    (
        "thousands_in_words",
        "Oduzeto je 3 tisuće fotografija.",
        expect(row("files_seized", 3000)),
    ),
    (
        "an_abbreviated_scale_word",
        "Zaplijenjeno je 40 tis. datoteka.",
        expect(row("files_seized", 40000)),
    ),
    (
        "a_decimal_comma_before_a_scale_word",
        "Analizom je otkriveno oko 9,5 tisuća datoteka.",
        expect(row("files_seized", 9500, qualifier="approximately")),
    ),
    (
        "ages_from_to",
        "Uhićeni, u dobi od 19 do 64 godine, predani su pritvorskom nadzorniku u Rijeci.",
        expect(row("youngest_age", 19, "HR"), row("oldest_age", 64, "HR")),
    ),
    (
        "the_youngest_and_the_oldest",
        "Najmlađi osumnjičeni ima 18, a najstariji 67 godina.",
        expect(row("youngest_age", 18), row("oldest_age", 67)),
    ),
    (
        "officers_taking_part",
        "U akciji je sudjelovalo oko 200 policijskih službenika.",
        expect(row("officers_deployed", 200, qualifier="approximately")),
    ),
    (
        "country_named_in_the_language",
        "Njemačka policija uhitila je 7 osoba u Njemačkoj.",
        expect(row("arrested", 7, "DE")),
    ),
    (
        "international_operation_is_all",
        "U međunarodnoj akciji u 12 zemalja uhićeno je 90 osoba.",
        expect(row("arrested", 90), row("jurisdictions_involved", 12)),
    ),
    (
        "criminal_complaints_and_custody",
        "Protiv 18 osoba podnesene su kaznene prijave, a za 5 osoba određen je istražni zatvor.",
        expect(row("charged", 18), row("in_custody", 5)),
    ),
    (
        "a_total_and_its_sexes_in_brackets",
        "Uhićeno je 111 osoba (105 muškaraca i 6 žena).",
        expect(
            row("arrested", 111),
            row("arrested", 105, sex="male"),
            row("arrested", 6, sex="female"),
        ),
    ),
    (
        "among_whom",
        "Uhićeno je 40 osoba, među kojima su 4 žene.",
        expect(row("arrested", 40), row("arrested", 4, sex="female")),
    ),
    (
        "victims_identified_and_rescued",
        "Identificirano je 14 žrtava, a spašeno je 6 djece.",
        expect(row("victims_identified", 14), row("victims_identified", 6)),
    ),
    (
        "suspected_of_a_role",
        "Uhićeno je 6 muškaraca osumnjičenih za distribuciju dječje pornografije.",
        expect(row("arrested", 6, sex="male", role="distribution")),
    ),
    (
        "suspected_as_a_predicate",
        "U Sarajevu je 14 osoba osumnjičeno za posjedovanje dječje pornografije.",
        expect(row("suspects_identified", 14, "BA", role="possession")),
    ),
    (
        "websites_blocked_and_accounts_identified",
        "Blokirano je 300 internetskih stranica, a identificirano je 120 korisničkih računa.",
        expect(row("websites_blocked", 300), row("accounts_identified", 120)),
    ),
    (
        "questioned_and_premises_searched",
        "Ispitano je 50 osoba, a pretraženo 33 stana i 5 poslovnih prostora.",
        expect(
            row("investigated", 50),
            row("locations_searched", 33),
            row("locations_searched", 5),
        ),
    ),
    (
        "investigation_against",
        "Protiv 22 osobe pokrenuta je istraga.",
        expect(row("investigated", 22)),
    ),
    (
        "indictment_against",
        "Tužiteljstvo je podiglo optužnicu protiv 6 osoba.",
        expect(row("charged", 6)),
    ),
    (
        "convicted_with_a_role",
        "Sud je osudio 4 muškarca zbog distribucije dječje pornografije.",
        expect(row("convicted", 4, sex="male", role="distribution")),
    ),
    (
        "suspects_identified",
        "Policija je identificirala 25 osumnjičenih korisnika.",
        expect(row("suspects_identified", 25)),
    ),
    (
        "search_warrants",
        "Izvršeno je 17 naloga za pretres.",
        expect(row("locations_searched", 17)),
    ),
]


@cases(CROATIAN_CONSTRUCTIONS)
def test_croatian_constructions(text, expected):
    assert facts_of(croatian(text)) == expected


BOSNIAN_CONSTRUCTIONS = [
    (
        "deprived_of_liberty_and_searches",
        "Pripadnici Federalne uprave policije lišili su slobode 9 osoba i izvršili 11 "
        "pretresa u Sarajevu.",
        expect(row("arrested", 9, "BA"), row("locations_searched", 11, "BA")),
    ),
    (
        "a_thousand_officers",
        "U akciji je učestvovalo više od hiljadu pripadnika policije.",
        expect(row("officers_deployed", 1000, qualifier="at_least")),
    ),
    (
        "computers_as_racunar",
        "Oduzeto je 35 računara, 20 hard diskova i 60 mobitela.",
        expect(
            row("devices_seized", 35, device="computer"),
            row("devices_seized", 20, device="hard_drive"),
            row("devices_seized", 60, device="mobile_phone"),
        ),
    ),
    (
        "custody_and_collective_numeral",
        "Pritvoreno je sedam osumnjičenih, a spašeno je troje djece.",
        expect(row("in_custody", 7), row("victims_identified", 3)),
    ),
    (
        "arrest_noun_in_a_town",
        "Hapšenje 31 osobe uslijedilo je u Tuzli.",
        expect(row("arrested", 31, "BA")),
    ),
]


@cases(BOSNIAN_CONSTRUCTIONS)
def test_bosnian_constructions(text, expected):
    assert facts_of(bosnian(text)) == expected


SERBIAN_CONSTRUCTIONS = [
    (
        "persons_as_lica_and_dotted_thousands",
        "Policija je u Beogradu uhapsila 14 lica i oduzela 1.200 fotografija.",
        expect(row("arrested", 14, "RS"), row("files_seized", 1200, "RS")),
    ),
    (
        "ekavian_role",
        "U Srbiji je uhapšeno 8 lica zbog posedovanja dečje pornografije.",
        expect(row("arrested", 8, "RS", role="possession")),
    ),
    (
        "searches_across_the_country",
        "Izvršeno je 48 pretresa na području cele Srbije.",
        expect(row("locations_searched", 48, "RS")),
    ),
    (
        "seized_ekavian",
        "Pretreseno je 23 lokacije i zaplenjeno 400 video snimaka.",
        expect(row("locations_searched", 23), row("files_seized", 400)),
    ),
]


@cases(SERBIAN_CONSTRUCTIONS)
def test_serbian_constructions(text, expected):
    assert facts_of(serbian(text)) == expected


NOT_COUNTS = [
    (
        "an_age_and_a_prison_term",
        "Uhićen je 45-godišnjak iz Splita koji je osuđen na 8 godina zatvora.",
    ),
    ("a_prison_term_in_words", "Sud ga je osudio na kaznu zatvora od dvije godine i šest mjeseci."),
    (
        "counts_of_offences_and_an_article",
        "Osumnjičenom se stavlja na teret 15 kaznenih djela iz članka 163. stavka 2. "
        "Kaznenog zakona.",
    ),
    (
        "a_range_of_prison_terms",
        "Za kazneno djelo iz članka 163. propisana je kazna od jedne do osam godina zatvora.",
    ),
    ("a_date", "Dana 12. lipnja 2024. godine policijski službenici svjedočili su pred sudom."),
    ("money", "Novčana kazna izrečena tvrtki iznosila je 5000 eura."),
    ("one_persons_age", "Muškarac star 52 godine uhićen je u Mostaru."),
    ("times", "Optuženi je tri puta ranije osuđivan."),
    ("officers_who_speak", "Dvojica policajaca su rekla da je akcija uspješna."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_croatian_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(croatian(text)) == []


CROATIAN_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "Policija je uhitila 5 muškaraca, ali dvojica osumnjičenih nisu uhićena.",
        expect(row("arrested", 5, sex="male")),
    ),
    (
        "not_only_is_no_negation",
        "Ne samo da je uhićeno 3 muškarca, policija je pretražila i 6 stanova.",
        expect(row("arrested", 3, sex="male"), row("locations_searched", 6)),
    ),
]


@cases(CROATIAN_NEGATIONS)
def test_croatian_negated_events_give_no_facts(text, expected):
    assert facts_of(croatian(text)) == expected
