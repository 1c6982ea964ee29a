"""How police, prosecutors and the press of Italian-speaking countries generally report
operations against the sexual exploitation of children online: constructions of the
language, not of any one article, each with an invented sentence after the frame of
`test_language_it` (a single sentence is too short for the language to be told). Each
construction has a case that states a figure and, where a misreading is plausible, one
that must give none."""

from __future__ import annotations

from tests.harness import cases, expect, facts_of, row
from tests.normalise.test_language_it import italian

# Custody: "finiti in carcere", "ai domiciliari" (short for "agli arresti domiciliari").
CUSTODY = [
    (
        "ended_up_in_prison",
        "Al termine dell'operazione sono finiti in carcere 4 uomini.",
        expect(row("in_custody", 4, sex="male")),
    ),
    (
        "put_under_house_arrest_short_form",
        "Sono stati posti ai domiciliari 3 indagati.",
        expect(row("in_custody", 3)),
    ),
    (
        "a_count_ended_up_under_house_arrest",
        "La polizia ha arrestato 7 persone; 2 sono finite ai domiciliari.",
        expect(row("arrested", 7), row("in_custody", 2)),
    ),
    (
        "ended_up_without_prison_is_no_custody",
        "Le indagini sono finite in archivio dopo 3 mesi.",
        expect(),
    ),
]

# Suspects traced: "gli investigatori sono risaliti a 25 utenti", "all'identità di".
TRACED = [
    (
        "traced_back_to_a_count",
        "Gli investigatori sono risaliti a 25 utenti della piattaforma.",
        expect(row("suspects_identified", 25)),
    ),
    (
        "traced_back_to_the_identity_of",
        "Gli specialisti sono risaliti all'identità di 12 persone.",
        expect(row("suspects_identified", 12)),
    ),
    (
        "dating_back_is_no_tracing",
        "I primi contatti tra gli indagati risalgono a 3 anni fa.",
        expect(),
    ),
]

# Questioned, found guilty, sent to trial.
COURT_AND_QUESTIONING = [
    (
        "questioned",
        "Sono stati interrogati 15 sospettati dalla polizia postale.",
        expect(row("investigated", 15, "IT")),
    ),
    (
        "the_hearing_of_one_suspect_is_no_count",
        "L'interrogatorio di garanzia dell'indagato durerà 3 ore.",
        expect(),
    ),
    (
        "found_guilty",
        "Sono stati riconosciuti colpevoli 4 uomini dal tribunale.",
        expect(row("convicted", 4, sex="male")),
    ),
    (
        "declared_guilty_count_first",
        "Sei persone sono state dichiarate colpevoli.",
        expect(row("convicted", 6)),
    ),
    (
        "sent_to_trial",
        "Al termine delle indagini vanno a processo 9 persone.",
        expect(row("charged", 9)),
    ),
    (
        "summoned_to_trial",
        "Sono state citate a giudizio 5 persone.",
        expect(row("charged", 5)),
    ),
]

# Children rescued: "messi in sicurezza", placed in a protected home.
RESCUED = [
    (
        "made_safe",
        "Nel corso del blitz sono stati messi in sicurezza 6 minori.",
        expect(row("victims_identified", 6)),
    ),
    (
        "placed_in_a_protected_home",
        "Tre bambine sono state collocate in una struttura protetta.",
        expect(row("victims_identified", 3, sex="female")),
    ),
    (
        "made_safe_without_people_is_no_count",
        "Sono stati messi in sicurezza 2 edifici pericolanti.",
        expect(),
    ),
]

# Websites closed or put on the black list of the postal police.
BLOCKED = [
    (
        "sites_closed",
        "Sono stati chiusi 20 siti pedopornografici.",
        expect(row("websites_blocked", 20)),
    ),
    (
        "sites_put_on_the_black_list",
        "Sono stati inseriti nella black list 50 siti.",
        expect(row("websites_blocked", 50)),
    ),
    (
        "sites_on_the_black_list_count_first",
        "Oltre 300 siti sono stati inseriti nella lista nera.",
        expect(row("websites_blocked", 300, qualifier="at_least")),
    ),
    (
        "links_removed",
        "Sono stati rimossi 300 link a contenuti pedopornografici.",
        expect(row("websites_blocked", 300)),
    ),
    (
        "closed_offices_are_no_blocked_sites",
        "Gli uffici della procura sono rimasti chiusi per 2 giorni.",
        expect(),
    ),
]

# People whose homes were searched: "sottoposti a perquisizione".
SEARCHED_PEOPLE = [
    (
        "people_subjected_to_a_search",
        "Venti persone sono state sottoposte a perquisizione.",
        expect(row("locations_searched", 20)),
    ),
    (
        "people_subjected_to_a_home_search",
        "Sono stati sottoposti a perquisizione domiciliare 14 soggetti.",
        expect(row("locations_searched", 14)),
    ),
]

# Things found and seized.
SEIZED = [
    (
        "files_unearthed",
        "Sono stati scovati 2.000 file pedopornografici.",
        expect(row("files_seized", 2000)),
    ),
    (
        "mass_storage",
        "Sono state sequestrate 30 memorie di massa.",
        expect(row("devices_seized", 30, device="storage_device")),
    ),
    (
        "cds_and_dvds",
        "Gli agenti hanno sequestrato 4 computer e 12 dvd.",
        expect(
            row("devices_seized", 4, device="computer"),
            row("devices_seized", 12, device="storage_device"),
        ),
    ),
    (
        "memory_cards",
        "Gli agenti hanno sequestrato 4 telefoni e 2 memory card.",
        expect(
            row("devices_seized", 4, device="mobile_phone"),
            row("devices_seized", 2, device="storage_device"),
        ),
    ),
    (
        "servers",
        "Sono stati sequestrati 3 server utilizzati per lo scambio dei file.",
        expect(row("devices_seized", 3, device="other")),
    ),
    (
        "storage_in_terabytes_is_no_count",
        "Sono stati sequestrati 2 terabyte di materiale pedopornografico.",
        expect(),
    ),
]

# Vague plurals: "decine", "centinaia", "migliaia" (at least two of their unit).
VAGUE = [
    (
        "tens_of_thousands_of_files",
        "Sono state sequestrate decine di migliaia di immagini.",
        expect(row("files_seized", 20000, qualifier="at_least")),
    ),
    (
        "hundreds_of_devices",
        "La polizia ha sequestrato centinaia di dispositivi informatici.",
        expect(row("devices_seized", 200, qualifier="at_least")),
    ),
    (
        "thousands_of_videos",
        "Sui computer sono stati trovati migliaia di video.",
        expect(row("files_seized", 2000, qualifier="at_least")),
    ),
    (
        "hundreds_of_years_ago_is_no_count",
        "La pratica era diffusa già centinaia di anni fa.",
        expect(),
    ),
]

# Qualifiers: "poco meno di" (just under), "più o meno" (more or less), "sino a".
QUALIFIERS = [
    (
        "just_under",
        "Sono state denunciate poco meno di 100 persone.",
        expect(row("investigated", 100, qualifier="approximately")),
    ),
    (
        "more_or_less",
        "Sono state denunciate più o meno 40 persone.",
        expect(row("investigated", 40, qualifier="approximately")),
    ),
    (
        "up_to_in_the_older_form",
        "Sono stati sequestrati sino a 500 file per ogni indagato.",
        expect(row("files_seized", 500, qualifier="at_most")),
    ),
    (
        "less_than_stays_at_most",
        "Sono state denunciate meno di 30 persone.",
        expect(row("investigated", 30, qualifier="at_most")),
    ),
]

# Roles: "scambio di materiale", "adescamento online", "grooming".
ROLES = [
    (
        "exchange_of_material",
        "Sono state denunciate 10 persone per scambio di materiale pedopornografico.",
        expect(row("investigated", 10, role="distribution")),
    ),
    (
        "online_grooming",
        "Sono stati arrestati 4 uomini per adescamento online.",
        expect(row("arrested", 4, sex="male", role="grooming")),
    ),
    (
        "grooming_loanword",
        "Sono stati denunciati 3 uomini accusati di grooming.",
        expect(row("investigated", 3, sex="male", role="grooming")),
    ),
    (
        "exchange_of_information_is_no_role",
        "Grazie allo scambio di informazioni tra le polizie sono state arrestate 8 persone.",
        expect(row("arrested", 8)),
    ),
]

# Officers who speak are the story's sources, not officers deployed.
SOURCES = [
    (
        "two_investigators_explained",
        "Due investigatori hanno spiegato che la rete era attiva da anni.",
        expect(),
    ),
    (
        "officers_who_report_in_the_present",
        "Tre agenti riferiscono che il gruppo usava una chat criptata.",
        expect(),
    ),
    (
        "officers_deployed_still_count",
        "Sono stati impegnati 200 agenti, hanno spiegato gli inquirenti.",
        expect(row("officers_deployed", 200)),
    ),
]


@cases(
    CUSTODY
    + TRACED
    + COURT_AND_QUESTIONING
    + RESCUED
    + BLOCKED
    + SEARCHED_PEOPLE
    + SEIZED
    + VAGUE
    + QUALIFIERS
    + ROLES
    + SOURCES
)
def test_italian_reporting(text, expected):
    assert facts_of(italian(text)) == expected


def test_pc_after_a_space_is_a_computer_and_touching_its_number_a_percentage():
    facts = facts_of(italian("La polizia ha sequestrato 5 pc e 3 telefoni a Milano."))
    assert [f.metric for f in facts if f.value == 5] == ["devices_seized"]
    assert facts_of("Arrests rose 15pc in London, the force said.") == []


def test_typed_devices_and_others_of_no_type_are_of_no_one_type():
    text = "La polizia ha sequestrato 70 computer, dischi rigidi e altri dispositivi."
    assert facts_of(italian(text)) == expect(row("devices_seized", 70))
