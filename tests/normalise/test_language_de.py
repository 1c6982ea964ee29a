"""Rules in German (`pipeline/vocab/de/`): the same constructions as English, read with German
words. Invented German sentences, each after a line of prose with no figure in it (a single
sentence is too short for the language to be told)."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, numbers, row

FRAME = (
    "Nach monatelanger Vorarbeit griffen die Fahnder schließlich zu, wie ein Sprecher der "
    "zuständigen Behörde am späten Abend auf Nachfrage der Redaktion mitteilte.\n"
)


def german(sentence: str) -> str:
    return FRAME + sentence


GERMAN_CONSTRUCTIONS = [
    (
        "arrested_and_then_remanded",
        "In Leipzig wurden 7 Menschen festgenommen und kamen in Untersuchungshaft.",
        expect(row("arrested", 7, "DE"), row("in_custody", 7, "DE")),
    ),
    (
        "verb_and_its_object",
        "Die Beamten durchsuchten in Leipzig 23 Wohnungen.",
        expect(row("locations_searched", 23, "DE")),
    ),
    (
        "separable_verb_around_its_object",
        "Die Polizei nahm in Graz 9 Männer fest.",
        expect(row("arrested", 9, "AT", sex="male")),
    ),
    (
        "count_then_participle",
        "In Dresden wurden 6 Tatverdächtige vorläufig festgenommen.",
        expect(row("arrested", 6, "DE")),
    ),
    (
        "headline_participle",
        "Großrazzia in Bremen: 31 festgenommen",
        expect(row("arrested", 31, "DE")),
    ),
    (
        "men_and_women",
        "Festgenommen wurden 11 Männer und 3 Frauen aus Hessen.",
        expect(row("arrested", 11, "DE", sex="male"), row("arrested", 3, "DE", sex="female")),
    ),
    (
        "nominal_event_von",
        "Der Einsatz endete mit der Festnahme von 17 Verdächtigen in Tschechien.",
        expect(row("arrested", 17, "CZ")),
    ),
    (
        "seized_devices_by_type_and_files",
        "Die Fahnder stellten in Linz 14 Handys, 5 Laptops und 2.400 Bilder sicher.",
        expect(
            row("devices_seized", 14, "AT", device="mobile_phone"),
            row("devices_seized", 5, "AT", device="laptop"),
            row("files_seized", 2400, "AT"),
        ),
    ),
    (
        "number_words",
        "Beschlagnahmt wurden zweiundvierzig Festplatten und dreihundert Dateien in Bayern.",
        expect(
            row("devices_seized", 42, "DE", device="hard_drive"),
            row("files_seized", 300, "DE"),
        ),
    ),
    (
        "qualifiers",
        "Mehr als 150 Polizisten waren im Einsatz, rund 70 Objekte in Tirol wurden durchsucht.",
        expect(
            row("officers_deployed", 150, "AT", qualifier="at_least"),
            row("locations_searched", 70, "AT", qualifier="approximately"),
        ),
    ),
    (
        "a_thousand_in_words",
        "In Niedersachsen waren über tausend Polizisten beteiligt.",
        expect(row("officers_deployed", 1000, "DE", qualifier="at_least")),
    ),
    (
        "vague_dozens_of",
        "In Sachsen wurden Dutzende von Wohnungen durchsucht.",
        expect(row("locations_searched", 24, "DE", qualifier="at_least")),
    ),
    (
        "victims_identified",
        "Bei der Auswertung der Chats wurden in Wien 19 Kinder identifiziert.",
        expect(row("victims_identified", 19, "AT")),
    ),
    (
        "suspects_identified",
        "Die Ermittler konnten in Luzern 8 Tatverdächtige ermitteln, die identifiziert wurden.",
        expect(row("suspects_identified", 8, "CH")),
    ),
    (
        "investigated_against",
        "Die Staatsanwaltschaft in Frankreich ermittelt gegen 40 Verdächtige.",
        expect(row("investigated", 40, "FR")),
    ),
    (
        "charged_and_in_custody",
        "Gegen 5 Männer wurde Anklage erhoben, 2 Personen sitzen in Untersuchungshaft.",
        expect(row("charged", 5, sex="male"), row("in_custody", 2)),
    ),
    (
        "convicted",
        "Das Landgericht in Wien verurteilte drei Angeklagte zu Haftstrafen.",
        expect(row("convicted", 3, "AT")),
    ),
    (
        "a_count_of_arrests",
        "In Polen kam es zu 18 Festnahmen.",
        expect(row("arrested", 18, "PL")),
    ),
    (
        "ages_range",
        "Die Festgenommenen im Alter von 22 bis 61 Jahren stammen aus der Schweiz.",
        expect(row("youngest_age", 22, "CH"), row("oldest_age", 61, "CH")),
    ),
    (
        "a_country_named_in_the_language",
        "Die Polizei hat in Dänemark 12 Personen festgenommen.",
        expect(row("arrested", 12, "DK")),
    ),
    (
        "a_subdivision_is_its_countrys",
        "In Kärnten wurden 5 Wohnungen durchsucht.",
        expect(row("locations_searched", 5, "AT")),
    ),
    (
        "international_operation_is_all",
        "Bei einer internationalen Operation in 21 Ländern wurden 240 Verdächtige festgenommen.",
        expect(row("jurisdictions_involved", 21), row("arrested", 240)),
    ),
    (
        "ages_of_a_group_named_by_a_plural_noun",
        "Es handle sich um Männer im Alter von 21 bis 64 Jahren aus Kärnten.",
        expect(row("youngest_age", 21, "AT"), row("oldest_age", 64, "AT")),
    ),
    (
        "the_youngest_and_the_oldest",
        "Der Jüngste ist 16 Jahre alt, der Älteste 72, berichtet die Polizei in Kassel.",
        expect(row("youngest_age", 16, "DE"), row("oldest_age", 72, "DE")),
    ),
    (
        "hoarded_files",
        "Ein Lehrer aus Bayern hortete 8.000 Bilder auf mehreren Festplatten.",
        expect(row("files_seized", 8000, "DE")),
    ),
    (
        "searched_at_the_suspects",
        "Beamte aus Hessen stellten bei 22 Beschuldigten Datenträger sicher.",
        expect(row("suspects_identified", 22, "DE")),
    ),
    (
        "the_homes_of_people_searched",
        "In Thüringen kontrollierten Fahnder die Anschriften von 40 Männern.",
        expect(row("suspects_identified", 40, "DE", sex="male")),
    ),
    (
        "there_were_suspects",
        "Laut Landeskriminalamt gibt es 41 Beschuldigte in Sachsen.",
        expect(row("suspects_identified", 41, "DE")),
    ),
    (
        "an_action_against_suspects",
        "Der Einsatz in Vorarlberg richtete sich gegen 80 Beschuldigte.",
        expect(row("suspects_identified", 80, "AT")),
    ),
    (
        "compound_nouns_of_files",
        "In Bayern stellten Fahnder 700 Missbrauchsvideos und 3.000 Kinderporno-Dateien sicher.",
        expect(row("files_seized", 700, "DE"), row("files_seized", 3000, "DE")),
    ),
    (
        "a_compound_noun_of_cases",
        "Im Saarland wurden im Zuge der Aktion 20 Verdachtsfälle registriert.",
        expect(row("cases_opened", 20, "DE")),
    ),
    (
        "proceedings_against_people",
        "Gegen 25 Personen wurden in Brandenburg Ermittlungsverfahren eingeleitet.",
        expect(row("investigated", 25, "DE")),
    ),
    (
        "material_found_at_men",
        "Bei sieben Männern in Kärnten fanden die Beamten belastendes Material.",
        expect(row("suspects_identified", 7, "AT", sex="male")),
    ),
    (
        "bei-people-with-no-find-is-no-figure",
        "Bei drei Personen in Kärnten wurden nach dem Unfall leichte Verletzungen gemeldet.",
        expect(),
    ),
    (
        "gegen-before-a-clock-time-is-no-figure",
        "Gegen 6 Uhr wurden in Kärnten die Verfahren eröffnet.",
        expect(),
    ),
]


@cases(GERMAN_CONSTRUCTIONS)
def test_german_constructions(text, expected):
    assert facts_of(german(text)) == expected


NOT_COUNTS = [
    ("an_age_and_a_prison_term", "Ein Gericht schickte den 45-Jährigen für 3 Jahre ins Gefängnis."),
    ("an_age_in_brackets", "Ein Mann (52) aus Ulm musste sich vor Gericht verantworten."),
    ("a_date", "Am 12. März 2024 sagten die Beamten vor dem Landgericht in Mainz aus."),
    ("money", "Die Geldstrafe für den Betreiber betrug 5.000 Euro."),
    ("a_percentage", "Die Quote der gelösten Fälle sank in Bayern um 17 Prozent."),
    ("one_person_s_ages", "Gesucht wird in Fulda ein Mann im Alter zwischen 30 und 40 Jahren."),
    ("a_subset_of_the_suspects", "Bei vier der Verdächtigen in Graz erhärtete sich der Verdacht."),
    ("what_a_crime_was_against", "Der Missbrauch in Bremen richtete sich gegen 3 Kinder."),
    ("proceedings_dropped", "Gegen 300 muss das Verfahren in Bayern eingestellt werden."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_german_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(german(text)) == []


def test_a_date_with_an_ordinal_day_is_no_count_beside_an_arrest():
    text = "Die Polizei durchsuchte in Köln 4 Wohnungen am 14. Oktober."
    assert facts_of(german(text)) == expect(row("locations_searched", 4, "DE"))


def test_german_nouns_form_no_compound_across_a_space():
    """'bei 9 Beschuldigten Rechner': the computers are not counted by the suspects' number
    (German writes its compounds as one word); the 9 are suspects things were found at."""
    text = "Sie fanden in Hamburg bei 9 Beschuldigten Rechner und Tablets."
    assert facts_of(german(text)) == expect(row("suspects_identified", 9, "DE"))


def test_german_words_are_not_read_in_english():
    """'elf' is eleven in German, a creature of tales in English."""
    english = (
        "Detectives said one of the suspects had dressed up as an elf at a Christmas party held "
        "in a rented hall in the city centre, and officers arrested 4 men there on Friday."
    )
    assert documents(english)["language"][0] == "en"
    assert numbers(english) == [("4", 4.0)]
    assert numbers(german("In Hessen wurden elf Personen festgenommen.")) == [("elf", 11.0)]


# A count whose event the sentence denies (`negation` in function_words.csv) gives no
# fact; a word for "only" or "fewer" after the negation denies nothing.
GERMAN_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "Die Polizei nahm 4 Männer fest; zwei weitere Verdächtige wurden nicht festgenommen.",
        expect(row("arrested", 4, sex="male")),
    ),
    (
        "not_only_is_no_negation",
        "Nicht nur wurden 3 Männer festgenommen, die Ermittler durchsuchten auch 5 Wohnungen.",
        expect(row("arrested", 3, sex="male"), row("locations_searched", 5)),
    ),
]


@cases(GERMAN_NEGATIONS)
def test_german_negated_events_give_no_facts(text, expected):
    assert facts_of(german(text)) == expected


# "nine of them in Argentina": a count followed by the language's "of them" (a
# `count_end` word, then a place, a conjunction or the clause's end) counts a part of
# the count before it, whose noun and event it leaves out; a verb of its own after
# "of them" is no part of that event.
GERMAN_PARTS_OF_THEM = [
    (
        "part_of_them_in_a_place",
        "Insgesamt wurden 30 Personen festgenommen, zwölf davon in Bayern.",
        expect(row("arrested", 12, "DE"), row("arrested", 30, "DE")),
    ),
]


@cases(GERMAN_PARTS_OF_THEM)
def test_german_parts_of_them(text, expected):
    assert facts_of(german(text)) == expected


# "Two of those arrested produced …": a count joined by the language's `subset_of`
# words to a group its participle names, with a role in its own words, is that group's
# part with the role; without a role it is no figure (`counts.of_a_named_group`).
GERMAN_PARTS_OF_A_NAMED_GROUP = [
    (
        "part_of_a_named_group_with_a_role",
        "Die Polizei nahm 20 Personen fest. Zwei der Festgenommenen sollen selbst Material "
        "hergestellt haben.",
        expect(row("arrested", 2, role="production"), row("arrested", 20)),
    ),
]


@cases(GERMAN_PARTS_OF_A_NAMED_GROUP)
def test_german_parts_of_a_named_group(text, expected):
    assert facts_of(german(text)) == expected


GERMAN_HELD = [
    (
        "festgesetzt_as_arrest",
        "In Bayern wurden 14 Personen vorläufig festgesetzt.",
        expect(row("arrested", 14, "DE")),
    ),
    (
        "festgesetzt_with_sex",
        "Die 12 Männer wurden festgesetzt und verhört.",
        expect(row("arrested", 12, sex="male")),
    ),
    (
        "a_fixed_date_is_no_arrest",
        "Der Prozess gegen die Betreiber wurde auf den 3. Mai festgesetzt.",
        expect(),
    ),
]


@cases(GERMAN_HELD)
def test_german_festgesetzt(text, expected):
    assert facts_of(german(text)) == expected


GERMAN_BUSINESS_PREMISES = [
    (
        "raid_in_call_centres",
        "Bei einer Razzia in zwölf Callcentern wurden Computer sichergestellt.",
        expect(row("locations_searched", 12)),
    ),
    (
        "searched_firms_and_offices",
        "Die Ermittler durchsuchten 9 Firmen und 4 Büros.",
        expect(row("locations_searched", 9), row("locations_searched", 4)),
    ),
    (
        "found_at_businesses",
        "Bei 6 Betrieben fanden die Beamten Datenträger.",
        expect(row("locations_searched", 6)),
    ),
    (
        "firms_taking_part_are_no_searches",
        "An der Aktion waren 30 Unternehmen beteiligt.",
        expect(),
    ),
]


@cases(GERMAN_BUSINESS_PREMISES)
def test_german_business_premises(text, expected):
    assert facts_of(german(text)) == expected


# Investigations told from what they are against ("gegen N Beschuldigte"): the noun of
# the investigation after the count ("gegen die 40 Verdächtigen ihre Ermittlungen"),
# "Untersuchungen gegen", the infinitive "ermitteln", "vorgehen gegen" (separable: "gehen
# … gegen N … vor") and "ins/im Visier" of the investigators. A time ("gegen 5 Uhr") is
# no count against anyone.
GERMAN_PROCEEDINGS_AGAINST = [
    (
        "investigation_noun_after_the_count",
        "Die Staatsanwaltschaft setzt gegen die rund 4 300 Verdächtigen ihre Ermittlungen fort.",
        expect(row("investigated", 4300, qualifier="approximately")),
    ),
    (
        "investigation_noun_after_a_cause",
        "Die Polizei hat gegen 20 Personen wegen Besitzes Ermittlungen aufgenommen.",
        expect(row("investigated", 20, role="possession")),
    ),
    (
        "untersuchungen_gegen",
        "In Sachsen laufen Untersuchungen gegen 65 Beschuldigte.",
        expect(row("investigated", 65, "DE")),
    ),
    (
        "infinitive_ermitteln",
        "Die Behörde muss in Thüringen gegen 18 weitere Nutzer ermitteln.",
        expect(row("investigated", 18, "DE")),
    ),
    (
        "separable_vorgehen",
        "In Hessen gehen die Fahnder gegen 120 Tatverdächtige vor.",
        expect(row("investigated", 120, "DE")),
    ),
    (
        "participle_vorgegangen",
        "Die Beamten sind in Kärnten gegen 9 Personen vorgegangen.",
        expect(row("investigated", 9, "AT")),
    ),
    (
        "ins_visier_genommen",
        "In Tirol wurden 33 Verdächtige ins Visier genommen.",
        expect(row("investigated", 33, "AT")),
    ),
    (
        "ins_visier_geraten",
        "In Sachsen gerieten 14 Männer ins Visier der Ermittler.",
        expect(row("investigated", 14, "DE", sex="male")),
    ),
    (
        "a_time_is_no_count_against",
        "Gegen 6 Uhr begannen in Köln die Ermittlungen der Kriminalpolizei.",
        expect(),
    ),
    (
        "going_out_at_a_time_is_no_proceeding",
        "Die Beamten gingen gegen 7 Uhr vor das Haus in Bonn.",
        expect(),
    ),
]


@cases(GERMAN_PROCEEDINGS_AGAINST)
def test_german_proceedings_against(text, expected):
    assert facts_of(german(text)) == expected


# Pending cases are cases on record: "anhängige Verfahren".
GERMAN_PENDING_CASES = [
    (
        "pending_proceedings",
        "In Bayern sind derzeit 1340 Verfahren anhängig.",
        expect(row("cases_opened", 1340, "DE")),
    ),
    (
        "pending_before_the_noun",
        "Von den 870 anhängigen Ermittlungsverfahren in Sachsen ist ein Drittel erledigt.",
        expect(row("cases_opened", 870, "DE")),
    ),
    (
        "pending_is_no_person_count",
        "Gegen 12 Männer in Bremen ist ein Verfahren anhängig.",
        expect(),
    ),
]


@cases(GERMAN_PENDING_CASES)
def test_german_pending_cases(text, expected):
    assert facts_of(german(text)) == expected


# Words of police reporting in general: optical and magnetic media (CDs, DVDs, disks,
# video cassettes) are storage devices; "Fahnder" are officers; "gefasst" is caught. A
# resolution "gefasst" counts no one.
GERMAN_MEDIA_OFFICERS_CAUGHT = [
    (
        "discs_seized",
        "In Graz stellten die Beamten 240 DVDs und 35 Videokassetten sicher.",
        expect(
            row("devices_seized", 240, "AT", device="storage_device"),
            row("devices_seized", 35, "AT", device="storage_device"),
        ),
    ),
    (
        "investigators_deployed",
        "An der Razzia in Hessen waren 140 Fahnder beteiligt.",
        expect(row("officers_deployed", 140, "DE")),
    ),
    (
        "caught",
        "Die Polizei hat in Leipzig 3 Männer gefasst.",
        expect(row("arrested", 3, "DE", sex="male")),
    ),
    (
        "a_resolution_is_no_arrest",
        "Der Landtag in Kiel hat 3 Beschlüsse gefasst.",
        expect(),
    ),
]


@cases(GERMAN_MEDIA_OFFICERS_CAUGHT)
def test_german_media_officers_caught(text, expected):
    assert facts_of(german(text)) == expected


# The crime a count is investigated or arrested for, named by its noun after "wegen" or
# "Verdacht auf" (Besitz, Verbreitung, Herstellung, Erwerb), as English's "possession",
# "distribution"; "gegen N … wegen … ermittelt" reaches over the cause. A fight against a
# crime the sentence opens with names no role of the count after it; two crimes name none.
GERMAN_CRIMES_NAMED_BY_THEIR_NOUN = [
    (
        "investigated_over_a_cause",
        "In Sachsen wird gegen 230 Beschuldigte wegen des Verdachts auf Besitz von "
        "Missbrauchsdarstellungen ermittelt.",
        expect(row("investigated", 230, "DE", role="possession")),
    ),
    (
        "arrested_for_distribution",
        "Die Polizei nahm in Tirol 7 Männer wegen Verbreitung von Missbrauchsdarstellungen fest.",
        expect(row("arrested", 7, "AT", sex="male", role="distribution")),
    ),
    (
        "investigated_for_production",
        "Gegen 3 Personen in Bremen wird wegen Herstellung kinderpornografischer Inhalte "
        "ermittelt.",
        expect(row("investigated", 3, "DE", role="production")),
    ),
    (
        "a_fight_against_a_crime_is_no_role",
        "Im Kampf gegen die Verbreitung von Kinderpornografie nahm die Polizei in Hessen 5 "
        "Männer fest.",
        expect(row("arrested", 5, "DE", sex="male")),
    ),
    (
        "two_crimes_name_no_one_role",
        "Gegen 16 Personen in Hessen wird wegen Erwerbs und Besitzes solcher Inhalte ermittelt.",
        expect(row("investigated", 16, "DE")),
    ),
]


@cases(GERMAN_CRIMES_NAMED_BY_THEIR_NOUN)
def test_german_crimes_named_by_their_noun(text, expected):
    assert facts_of(german(text)) == expected


# Austrian police German: suspects "ausgemittelt" are identified (as "ausgeforscht");
# search measures ("Durchsuchungsmaßnahmen") are searches.
GERMAN_AUSTRIAN_AND_SEARCH_MEASURES = [
    (
        "ausgemittelt",
        "In Wien wurden 17 Tatverdächtige ausgemittelt.",
        expect(row("suspects_identified", 17, "AT")),
    ),
    (
        "search_measures",
        "Bei 30 Durchsuchungsmaßnahmen in Bayern stellten die Beamten Computer sicher.",
        expect(row("locations_searched", 30, "DE")),
    ),
]


@cases(GERMAN_AUSTRIAN_AND_SEARCH_MEASURES)
def test_german_austrian_and_search_measures(text, expected):
    assert facts_of(german(text)) == expected
