"""Coverage of the Italian of police and press reports of operations against child sexual
exploitation online (polizia postale, carabinieri, procure), written from the language
rather than from any article: each case is one construction that states a figure of the
contract, or one that must give no figure. Invented sentences, each after a line of prose
with no figure in it (a single sentence is too short for the language to be told)."""

from __future__ import annotations

from tests.harness import cases, expect, facts_of, row

FRAME = (
    "L'indagine è durata diversi mesi sotto la direzione della procura, come hanno "
    "spiegato gli investigatori nel corso della conferenza stampa di questa mattina.\n"
)


def italian(sentence: str) -> str:
    return FRAME + sentence


ARRESTS = [
    (
        "passive_sono_state_arrestate",
        "Sono state arrestate 12 persone in Lombardia.",
        expect(row("arrested", 12, "IT")),
    ),
    (
        "active_perfect_hanno_arrestato",
        "Gli agenti della polizia postale hanno arrestato 8 uomini a Milano.",
        expect(row("arrested", 8, "IT", sex="male")),
    ),
    (
        "headline_present_arresta",
        "La polizia arresta 15 persone a Roma.",
        expect(row("arrested", 15, "IT")),
    ),
    (
        "participle_headline_without_verb",
        "Pedopornografia online, 21 arrestati in tutta Italia.",
        expect(row("arrested", 21, "IT")),
    ),
    (
        "nominalisation_l_arresto_di",
        "L'operazione ha portato all'arresto di 9 persone a Napoli.",
        expect(row("arrested", 9, "IT")),
    ),
    (
        "count_of_arrests",
        "Sono scattati 14 arresti in Sicilia.",
        expect(row("arrested", 14, "IT")),
    ),
    (
        "fermati",
        "I carabinieri hanno fermato tre giovani a Torino.",
        expect(row("arrested", 3, "IT")),
    ),
    (
        "arrested_and_reported",
        "Il bilancio è di 5 arrestati e 30 denunciati in Veneto.",
        expect(row("arrested", 5, "IT"), row("investigated", 30, "IT")),
    ),
    (
        "indagati_count",
        "Sono 26 gli indagati nell'inchiesta della procura di Bologna.",
        expect(row("investigated", 26, "IT")),
    ),
    (
        "denunciati_a_piede_libero",
        "Altre 40 persone sono state denunciate a piede libero in Puglia.",
        expect(row("investigated", 40, "IT")),
    ),
    (
        "sottoposti_a_fermo",
        "Sono state sottoposte a fermo cinque persone a Cagliari.",
        expect(row("arrested", 5, "IT")),
    ),
    (
        "sex_breakdown",
        "Sono stati arrestati dieci uomini e due donne a Firenze.",
        expect(
            row("arrested", 10, "IT", sex="male"),
            row("arrested", 2, "IT", sex="female"),
        ),
    ),
    (
        "total_with_breakdown_in_brackets",
        "Sono state denunciate 30 persone (27 uomini e 3 donne) in Toscana.",
        expect(
            row("investigated", 30, "IT"),
            row("investigated", 27, "IT", sex="male"),
            row("investigated", 3, "IT", sex="female"),
        ),
    ),
    (
        "more_than_digits",
        "Oltre 50 persone sono state indagate in Campania.",
        expect(row("investigated", 50, "IT", qualifier="at_least")),
    ),
    (
        "arresti_domiciliari",
        "Due degli arrestati sono stati posti agli arresti domiciliari.",
        expect(row("in_custody", 2)),
    ),
    (
        "minors_among_the_reported",
        "Sono stati denunciati 12 giovani, tre dei quali minorenni, a Genova.",
        expect(row("investigated", 12, "IT")),
    ),
]

OTHER_PEOPLE = [
    (
        "victims_identified",
        "Gli investigatori hanno identificato 7 vittime minorenni in Calabria.",
        expect(row("victims_identified", 7, "IT")),
    ),
    (
        "children_rescued",
        "Sono stati messi in salvo 5 bambini a Palermo.",
        expect(row("victims_identified", 5, "IT")),
    ),
    (
        "suspects_identified",
        "La polizia postale ha individuato 18 sospettati in Piemonte.",
        expect(row("suspects_identified", 18, "IT")),
    ),
    (
        "participle_as_a_noun_after_a_verb",
        "I carabinieri hanno arrestato sette denunciati a Trieste.",
        expect(row("arrested", 7, "IT")),
    ),
    (
        "convicted",
        "Il tribunale di Milano ha condannato sei imputati.",
        expect(row("convicted", 6, "IT")),
    ),
]

PLACES_AND_THINGS = [
    (
        "perquisizioni_eseguite",
        "Sono state eseguite 35 perquisizioni in tutta Italia.",
        expect(row("locations_searched", 35, "IT")),
    ),
    (
        "perquisizioni_domiciliari_active",
        "Gli agenti hanno effettuato 20 perquisizioni domiciliari in Emilia-Romagna.",
        expect(row("locations_searched", 20, "IT")),
    ),
    (
        "devices_by_type",
        "Sono stati sequestrati 40 computer, 60 telefoni cellulari e 12 tablet a Roma.",
        expect(
            row("devices_seized", 40, "IT", device="computer"),
            row("devices_seized", 60, "IT", device="mobile_phone"),
            row("devices_seized", 12, "IT", device="tablet"),
        ),
    ),
    (
        "hard_disks_and_sticks",
        "Gli investigatori hanno sequestrato 25 hard disk e 30 chiavette USB.",
        expect(
            row("devices_seized", 25, device="hard_drive"),
            row("devices_seized", 30, device="storage_device"),
        ),
    ),
    (
        "generic_devices",
        "Sono stati sequestrati oltre 200 dispositivi informatici in Sardegna.",
        expect(row("devices_seized", 200, "IT", qualifier="at_least")),
    ),
    (
        "files_with_thousands_dot",
        "Sono stati sequestrati oltre 100.000 file pedopornografici.",
        expect(row("files_seized", 100000, qualifier="at_least")),
    ),
    (
        "images_and_videos",
        "Nei dispositivi sono stati trovati 5.000 immagini e 800 video.",
        expect(row("files_seized", 5000), row("files_seized", 800)),
    ),
    (
        "million_files",
        "Gli agenti hanno sequestrato 1,5 milioni di file in Lazio.",
        expect(row("files_seized", 1_500_000, "IT")),
    ),
    (
        "officers_deployed",
        "Nell'operazione sono stati impegnati 300 agenti della polizia postale.",
        expect(row("officers_deployed", 300, "IT")),
    ),
    (
        "countries_involved",
        "All'operazione internazionale hanno partecipato 15 paesi.",
        expect(row("jurisdictions_involved", 15)),
    ),
    (
        "accounts_identified",
        "Sono stati identificati 90 account su piattaforme di messaggistica.",
        expect(row("accounts_identified", 90)),
    ),
    (
        "websites_blocked",
        "La polizia postale ha oscurato 120 siti pedopornografici.",
        expect(row("websites_blocked", 120, "IT")),
    ),
]

AGES_AND_SHARES = [
    (
        "ages_between",
        "Sono stati arrestati 9 uomini di età compresa tra i 20 e i 65 anni a Bari.",
        expect(
            row("arrested", 9, "IT", sex="male"),
            row("youngest_age", 20, "IT"),
            row("oldest_age", 65, "IT"),
        ),
    ),
    (
        "ages_from_to",
        "Gli indagati hanno dai 22 ai 70 anni e vivono in Abruzzo.",
        expect(row("youngest_age", 22, "IT"), row("oldest_age", 70, "IT")),
    ),
    (
        "national_share_of_an_international_total",
        "L'operazione ha portato a 150 arresti nel mondo, 11 dei quali in Italia.",
        expect(row("arrested", 150), row("arrested", 11, "IT")),
    ),
]

NEGATIVES = [
    (
        "prison_sentence_years",
        "L'uomo è stato condannato a 8 anni di reclusione.",
        expect(),
    ),
    (
        "counts_of_crimes",
        "All'indagato vengono contestati 12 capi d'imputazione.",
        expect(),
    ),
    (
        "date_and_year",
        "Gli arresti sono stati eseguiti il 12 maggio 2024.",
        expect(),
    ),
    (
        "time_of_day",
        "Il blitz è scattato alle 5 del mattino.",
        expect(),
    ),
    (
        "age_of_one_man",
        "L'arrestato, un 52enne di Verona, lavorava come allenatore.",
        expect(),
    ),
    (
        "victims_of_one_offender",
        "L'uomo avrebbe adescato almeno quattro ragazzine sui social.",
        expect(),
    ),
    (
        "statistics_of_a_previous_year",
        "Nel 2023 la polizia postale ha trattato oltre 3.000 segnalazioni.",
        expect(),
    ),
    (
        "money",
        "Il giro d'affari è stimato in 200.000 euro.",
        expect(),
    ),
    (
        "phone_number",
        "Le segnalazioni si possono fare al numero 114.",
        expect(),
    ),
    (
        "percentage",
        "Il 60 per cento delle vittime ha meno di 14 anni.",
        expect(),
    ),
    (
        "read_more_furniture",
        "Leggi anche\nIncidente in autostrada, due feriti vicino a Bologna",
        expect(),
    ),
]


@cases(ARRESTS + OTHER_PEOPLE + PLACES_AND_THINGS + AGES_AND_SHARES + NEGATIVES)
def test_italian_coverage(text, expected):
    assert facts_of(italian(text)) == expected
