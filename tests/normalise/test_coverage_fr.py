"""Coverage of French police reporting (France, Belgium, Switzerland, Quebec, Morocco, West
Africa): invented sentences written from the language, not from any article, one per
construction that states a figure of the contract, and sentences whose numbers are no figure.

Each sentence follows a line of French prose with no figure in it, so that the language is
told."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row

FRAME = (
    "Selon les informations recueillies auprès des enquêteurs, les investigations ont été "
    "menées pendant de longs mois avant que les services ne décident d'intervenir.\n"
)


def french(sentence: str) -> str:
    return FRAME + sentence


# --- arrests: verbs in their tenses and voices, nouns, headlines -------------------------
ARRESTS = [
    (
        "passive_compound_past_feminine",
        "Douze personnes ont été interpellées mardi matin à Toulouse.",
        expect(row("arrested", 12, "FR")),
    ),
    (
        "active_compound_past",
        "Les policiers de la brigade des mineurs ont interpellé 17 suspects à Lille.",
        expect(row("arrested", 17, "FR")),
    ),
    (
        "passive_pluperfect",
        "Neuf hommes avaient été interpellés lors d'une première vague à Bordeaux.",
        expect(row("arrested", 9, "FR", sex="male")),
    ),
    (
        "passive_simple_past_of_the_press",
        "Vingt-six individus furent arrêtés au petit matin.",
        expect(row("arrested", 26)),
    ),
    (
        "passive_present_headline",
        "Pédocriminalité en ligne : 14 hommes interpellés en Bretagne",
        expect(row("arrested", 14, "FR", sex="male")),
    ),
    (
        "nominal_count_headline",
        "Coup de filet contre la pédopornographie : 45 interpellations en France",
        expect(row("arrested", 45, "FR")),
    ),
    (
        "proceeded_to_n_arrests",
        "Les gendarmes ont procédé à 23 interpellations dans le département.",
        expect(row("arrested", 23)),
    ),
    (
        "proceeded_to_the_arrest_of",
        "La police a procédé à l'arrestation de 9 personnes à Strasbourg.",
        expect(row("arrested", 9, "FR")),
    ),
    (
        "led_to_the_arrest_of",
        "Cette opération a conduit à l'interpellation de 31 individus.",
        expect(row("arrested", 31)),
    ),
    (
        "apprehended_feminine",
        "Quatorze personnes ont été appréhendées à Casablanca.",
        expect(row("arrested", 14, "MA")),
    ),
    (
        "put_under_arrest_west_africa",
        "Huit présumés pédophiles ont été mis aux arrêts à Abidjan.",
        expect(row("arrested", 8, "CI")),
    ),
    (
        "put_in_state_of_arrest_quebec",
        "Onze hommes ont été mis en état d'arrestation à Montréal.",
        expect(row("arrested", 11, "CA", sex="male")),
    ),
    (
        "one_hundred_or_so_is_approximately",
        "Une vingtaine de personnes ont été interpellées à Marseille.",
        expect(row("arrested", 20, "FR", qualifier="approximately")),
    ),
    (
        "a_thousand_or_so_after_more_than",
        "Plus d'un millier de suspects ont été arrêtés dans le monde.",
        expect(row("arrested", 1000, qualifier="at_least")),
    ),
    (
        "about_a_fifteen_with_pres_de",
        "Près d'une quinzaine d'individus ont été interpellés à Nantes.",
        expect(row("arrested", 15, "FR", qualifier="approximately")),
    ),
    (
        "verb_subject_inverted_after_place",
        "À Liège, 7 personnes ont été arrêtées.",
        expect(row("arrested", 7, "BE")),
    ),
    (
        "au_total_leading",
        "Au total, 53 personnes ont été interpellées sur l'ensemble du territoire.",
        expect(row("arrested", 53)),
    ),
    (
        "a_total_of",
        "Un total de 18 suspects ont été interpellés à Genève.",
        expect(row("arrested", 18, "CH")),
    ),
    (
        "arrests_as_subject_took_place",
        "Quarante interpellations ont eu lieu dans toute la Belgique.",
        expect(row("arrested", 40, "BE")),
    ),
    (
        "operation_resulted_in_arrests",
        "L'opération s'est soldée par 62 arrestations.",
        expect(row("arrested", 62)),
    ),
    (
        "arrested_men_and_women",
        "Les enquêteurs ont interpellé 13 hommes et une femme à Rouen.",
        expect(
            row("arrested", 13, "FR", sex="male"),
            row("arrested", 1, "FR", sex="female"),
        ),
    ),
    (
        "total_with_a_parenthesis_of_sexes",
        "Au total, 21 personnes (19 hommes et 2 femmes) ont été interpellées.",
        expect(
            row("arrested", 21),
            row("arrested", 19, sex="male"),
            row("arrested", 2, sex="female"),
        ),
    ),
    (
        "number_words_hyphenated",
        "Soixante-douze personnes ont été interpellées en Suisse.",
        expect(row("arrested", 72, "CH")),
    ),
    (
        "swiss_number_word",
        "Septante suspects ont été interpellés dans le canton de Vaud.",
        expect(row("arrested", 70, "CH")),
    ),
    (
        "thousands_with_a_space",
        "Au total, 1 250 personnes ont été arrêtées dans le monde.",
        expect(row("arrested", 1250)),
    ),
    (
        "thousands_with_a_narrow_no_break_space",
        "Au total, 1\u202f250 personnes ont été arrêtées dans le monde.",
        expect(row("arrested", 1250)),
    ),
    (
        "arrested_then_placed_in_custody",
        "Six hommes ont été interpellés puis placés en garde à vue.",
        expect(row("arrested", 6, sex="male"), row("in_custody", 6, sex="male")),
    ),
    (
        "suspects_arrested_in_an_infinitive_clause",
        "Les enquêteurs sont parvenus à interpeller 19 suspects.",
        expect(row("arrested", 19)),
    ),
    (
        "in_belgium_deprived_of_liberty",
        "Cinq personnes ont été privées de liberté à Anvers.",
        expect(row("arrested", 5, "BE")),
    ),
    (
        "more_than_a_hundred_or_so",
        "Plus d'une centaine de personnes ont été interpellées en France.",
        expect(row("arrested", 100, "FR", qualifier="at_least")),
    ),
    (
        "at_least_thirty_or_so",
        "Au moins une trentaine de suspects ont été arrêtés.",
        expect(row("arrested", 30, qualifier="at_least")),
    ),
    (
        "vague_plural_stays_at_least",
        "Des centaines de personnes ont été interpellées dans le monde.",
        expect(row("arrested", 200, qualifier="at_least")),
    ),
    (
        "arrested_before_being_placed_in_custody",
        "Neuf suspects ont été interpellés avant d'être placés en garde à vue.",
        expect(row("arrested", 9), row("in_custody", 9)),
    ),
]


# --- custody and remand -----------------------------------------------------------------
CUSTODY = [
    (
        "placed_in_custody_present_headline",
        "Quinze suspects placés en garde à vue à Metz",
        expect(row("in_custody", 15, "FR")),
    ),
    (
        "custody_active_voice",
        "Les gendarmes ont placé 8 personnes en garde à vue.",
        expect(row("in_custody", 8)),
    ),
    (
        "held_in_custody_still",
        "Quatre hommes étaient toujours en garde à vue mercredi soir.",
        expect(row("in_custody", 4, sex="male")),
    ),
    (
        "jailed_ecroues",
        "Trois des suspects ont été écroués à Lyon.",
        expect(row("in_custody", 3, "FR")),
    ),
    (
        "placed_in_pretrial_detention",
        "Sept hommes ont été placés en détention provisoire.",
        expect(row("in_custody", 7, sex="male")),
    ),
    (
        "incarcerated",
        "Deux suspects ont été incarcérés à la prison de Fresnes.",
        expect(row("in_custody", 2)),
    ),
    (
        "custody_nominal",
        "L'opération a donné lieu à 27 gardes à vue.",
        expect(row("in_custody", 27)),
    ),
    (
        "remand_in_detention_swiss",
        "Quatre prévenus ont été placés en détention préventive à Lausanne.",
        expect(row("in_custody", 4, "CH")),
    ),
]


# --- charges, referrals, convictions ----------------------------------------------------
CHARGES = [
    (
        "mis_en_examen_feminine",
        "Deux femmes ont été mises en examen à Paris.",
        expect(row("charged", 2, "FR", sex="female")),
    ),
    (
        "mis_en_examen_with_a_role",
        "Neuf hommes ont été mis en examen pour détention d'images pédopornographiques.",
        expect(row("charged", 9, sex="male", role="possession")),
    ),
    (
        "referred_to_the_prosecutor",
        "Dix personnes ont été déférées devant le parquet de Rabat.",
        expect(row("charged", 10, "MA")),
    ),
    (
        "prosecuted",
        "Au total, 34 personnes seront poursuivies devant le tribunal correctionnel.",
        expect(row("charged", 34)),
    ),
    (
        "charged_in_quebec_accuses",
        "Cinq hommes ont été accusés de possession de pornographie juvénile à Québec.",
        expect(row("charged", 5, "CA", sex="male", role="possession")),
    ),
    (
        "inculpated_belgian",
        "Six suspects ont été inculpés à Bruxelles.",
        expect(row("charged", 6, "BE")),
    ),
    (
        "convicted_passive",
        "Quatre hommes ont été condamnés par le tribunal correctionnel.",
        expect(row("convicted", 4, sex="male")),
    ),
    (
        "convicted_active",
        "Le tribunal correctionnel a condamné 12 prévenus.",
        expect(row("convicted", 12)),
    ),
    (
        "found_guilty",
        "Trois prévenus ont été reconnus coupables à Genève.",
        expect(row("convicted", 3, "CH")),
    ),
    (
        "convicted_with_prison_terms_that_are_no_figures",
        "Les cinq hommes ont été condamnés à des peines de 2 à 6 ans de prison.",
        expect(row("convicted", 5, sex="male")),
    ),
]


# --- identification and rescue of victims, suspects ---------------------------------------
IDENTIFICATION = [
    (
        "victims_identified_active",
        "Les enquêteurs ont identifié 27 victimes à travers la France.",
        expect(row("victims_identified", 27, "FR")),
    ),
    (
        "children_identified_passive",
        "Quarante-deux enfants ont été identifiés par les policiers.",
        expect(row("victims_identified", 42)),
    ),
    (
        "about_forty_victims_identified",
        "Une quarantaine de victimes ont été identifiées.",
        expect(row("victims_identified", 40, qualifier="approximately")),
    ),
    (
        "suspects_identified_passive",
        "Plus de 150 suspects ont été identifiés dans 30 pays.",
        expect(
            row("suspects_identified", 150, qualifier="at_least"),
            row("jurisdictions_involved", 30),
        ),
    ),
    (
        "allowed_to_identify",
        "L'analyse des fichiers a permis d'identifier 60 suspects.",
        expect(row("suspects_identified", 60)),
    ),
    (
        "children_rescued",
        "Dix-huit enfants ont été secourus au cours de l'opération.",
        expect(row("victims_identified", 18)),
    ),
    (
        "minors_sheltered",
        "Six mineures ont été mises à l'abri par les services sociaux.",
        expect(row("victims_identified", 6)),
    ),
    (
        "young_girls_rescued_feminine",
        "Neuf jeunes filles ont été secourues à Dakar.",
        expect(row("victims_identified", 9, "SN", sex="female")),
    ),
]


# --- searches -------------------------------------------------------------------------
SEARCHES = [
    (
        "searches_carried_out",
        "Une cinquantaine de perquisitions ont été menées dans la région.",
        expect(row("locations_searched", 50, qualifier="approximately")),
    ),
    (
        "searches_gave_rise_to",
        "L'opération a donné lieu à 70 perquisitions.",
        expect(row("locations_searched", 70)),
    ),
    (
        "homes_searched",
        "Les enquêteurs ont perquisitionné 14 domiciles à Grenoble.",
        expect(row("locations_searched", 14, "FR")),
    ),
    (
        "homes_searched_passive",
        "Vingt logements ont été perquisitionnés à Charleroi.",
        expect(row("locations_searched", 20, "BE")),
    ),
    (
        "searches_effectuees",
        "Au total, 36 perquisitions ont été effectuées.",
        expect(row("locations_searched", 36)),
    ),
    (
        "search_headline_with_arrests",
        "Pédopornographie : 45 perquisitions et 30 interpellations",
        expect(row("locations_searched", 45), row("arrested", 30)),
    ),
    (
        "search_warrants_executed",
        "Les policiers ont exécuté 12 mandats de perquisition à Montréal.",
        expect(row("locations_searched", 12, "CA")),
    ),
    (
        "people_saw_their_homes_searched",
        "Quinze personnes ont vu leur domicile perquisitionné à Lausanne.",
        expect(row("locations_searched", 15, "CH")),
    ),
    (
        "suspects_saw_their_homes_searched_plural",
        "Au total, 22 suspects ont vu leurs logements fouillés.",
        expect(row("locations_searched", 22)),
    ),
    (
        "home_visits_belgian",
        "Trente-trois visites domiciliaires ont été réalisées.",
        expect(row("locations_searched", 33)),
    ),
]


# --- seizures of devices and files -------------------------------------------------------
SEIZURES = [
    (
        "devices_generic_supports",
        "Les gendarmes ont saisi 120 supports numériques.",
        expect(row("devices_seized", 120)),
    ),
    (
        "devices_list_after_a_colon",
        "Ont été saisis : 15 ordinateurs, 40 téléphones et 80 clés USB.",
        expect(
            row("devices_seized", 15, device="computer"),
            row("devices_seized", 40, device="mobile_phone"),
            row("devices_seized", 80, device="storage_device"),
        ),
    ),
    (
        "bulleted_list_after_a_colon",
        "Les perquisitions ont permis la saisie de :\n- 122 ordinateurs\n- 330 supports "
        "numériques divers\n- 152 smartphones\nLes suspects ont été relâchés.",
        expect(
            row("devices_seized", 122, device="computer"),
            row("devices_seized", 330),
            row("devices_seized", 152, device="mobile_phone"),
        ),
    ),
    (
        "seizure_nominal",
        "Les perquisitions ont permis la saisie de 25 téléphones portables.",
        expect(row("devices_seized", 25, device="mobile_phone")),
    ),
    (
        "hard_drives_and_tablets_passive",
        "Douze disques durs et 4 tablettes ont été saisis.",
        expect(
            row("devices_seized", 12, device="hard_drive"),
            row("devices_seized", 4, device="tablet"),
        ),
    ),
    (
        "laptops",
        "Les policiers ont saisi 6 ordinateurs portables.",
        expect(row("devices_seized", 6, device="laptop")),
    ),
    (
        "devices_confiscated",
        "Près de 300 appareils électroniques ont été confisqués.",
        expect(row("devices_seized", 300, qualifier="approximately")),
    ),
    (
        "files_found_with_an_adjective",
        "Plus de 3 000 fichiers pédopornographiques ont été découverts.",
        expect(row("files_seized", 3000, qualifier="at_least")),
    ),
    (
        "files_in_millions_with_a_decimal_comma",
        "Les enquêteurs ont saisi 1,2 million d'images.",
        expect(row("files_seized", 1200000)),
    ),
    (
        "files_in_millions_in_words",
        "Deux millions de fichiers ont été saisis.",
        expect(row("files_seized", 2000000)),
    ),
    (
        "photos_and_videos_found",
        "Les enquêteurs ont retrouvé 5 000 photos et 800 vidéos.",
        expect(row("files_seized", 5000), row("files_seized", 800)),
    ),
    (
        "images_with_dot_thousands",
        "Environ 40.000 images ont été saisies.",
        expect(row("files_seized", 40000, qualifier="approximately")),
    ),
    (
        "tens_of_thousands_of_images",
        "Des dizaines de milliers d'images ont été retrouvées sur les ordinateurs.",
        expect(row("files_seized", 20000, qualifier="at_least")),
    ),
    (
        "hundreds_of_thousands_of_files",
        "Les enquêteurs ont découvert des centaines de milliers de fichiers.",
        expect(row("files_seized", 200000, qualifier="at_least")),
    ),
    (
        "a_thousand_or_so_files_near",
        "Près d'un millier de fichiers ont été saisis.",
        expect(row("files_seized", 1000, qualifier="approximately")),
    ),
    (
        "singular_item_in_a_list_of_devices",
        "Les enquêteurs ont saisi 12 ordinateurs, 1 tablette et 1 disque dur.",
        expect(
            row("devices_seized", 12, device="computer"),
            row("devices_seized", 1, device="tablet"),
            row("devices_seized", 1, device="hard_drive"),
        ),
    ),
]


# --- officers, countries, cases, accounts, websites --------------------------------------
OTHERS = [
    (
        "gendarmes_mobilised_passive",
        "Plus de 200 gendarmes ont été mobilisés pour l'opération.",
        expect(row("officers_deployed", 200, qualifier="at_least")),
    ),
    (
        "dont_a_part_of_the_officers_with_a_participle",
        "Plus de 200 gendarmes ont été mobilisés, dont 25 formés aux enquêtes numériques.",
        expect(
            row("officers_deployed", 200, qualifier="at_least"),
            row("officers_deployed", 25),
        ),
    ),
    (
        "regions_of_the_country_are_no_countries",
        "L'enquête a permis d'identifier, dans 14 provinces du pays, 20 suspects.",
        expect(row("suspects_identified", 20)),
    ),
    (
        "operation_mobilised_police",
        "L'opération a mobilisé 350 policiers.",
        expect(row("officers_deployed", 350)),
    ),
    (
        "some_investigators",
        "Quelque 80 enquêteurs ont participé aux interpellations.",
        expect(row("officers_deployed", 80, qualifier="approximately")),
    ),
    (
        "agents_deployed",
        "Près de 1 000 agents ont été déployés.",
        expect(row("officers_deployed", 1000, qualifier="approximately")),
    ),
    (
        "operation_in_n_countries",
        "L'opération a été menée dans 15 pays.",
        expect(row("jurisdictions_involved", 15)),
    ),
    (
        "countries_involved",
        "Au total, 19 pays ont participé à cette opération coordonnée par Europol.",
        expect(row("jurisdictions_involved", 19)),
    ),
    (
        "cases_opened_by_the_prosecutor",
        "Le parquet a ouvert 30 enquêtes.",
        expect(row("cases_opened", 30)),
    ),
    (
        "accounts_identified",
        "Les enquêteurs ont identifié 450 comptes.",
        expect(row("accounts_identified", 450)),
    ),
    (
        "websites_closed",
        "Trois sites ont été fermés par les autorités.",
        expect(row("websites_blocked", 3)),
    ),
]


# --- ages of the counted group -----------------------------------------------------------
AGES = [
    (
        "aged_from_to",
        "Les suspects, âgés de 19 à 70 ans, ont été interpellés.",
        expect(row("youngest_age", 19), row("oldest_age", 70)),
    ),
    (
        "aged_from_to_with_years_twice",
        "Les mis en cause, âgés de 22 ans à 58 ans, ont été déférés.",
        expect(row("youngest_age", 22), row("oldest_age", 58)),
    ),
    (
        "aged_for_the_youngest_to_for_the_oldest",
        "Dix hommes, âgés de 20 ans pour le plus jeune à 65 ans pour le plus âgé, ont été "
        "interpellés.",
        expect(
            row("arrested", 10, sex="male"),
            row("youngest_age", 20),
            row("oldest_age", 65),
        ),
    ),
    (
        "men_of_n_to_m_years",
        "Les policiers ont interpellé 12 hommes de 25 à 60 ans.",
        expect(
            row("arrested", 12, sex="male"),
            row("youngest_age", 25),
            row("oldest_age", 60),
        ),
    ),
    (
        "ages_ranging_from",
        "Les suspects, dont l'âge varie de 21 à 67 ans, ont été interpellés.",
        expect(row("youngest_age", 21), row("oldest_age", 67)),
    ),
    (
        "aged_for_the_youngest_and_of_for_the_oldest",
        "Les suspects, âgés de 18 ans pour le plus jeune et de 72 ans pour le plus âgé, ont "
        "été entendus.",
        expect(row("youngest_age", 18), row("oldest_age", 72)),
    ),
    (
        "women_of_n_to_m_years_in_words",
        "Trois femmes de trente à quarante-cinq ans ont été interpellées.",
        expect(
            row("arrested", 3, sex="female"),
            row("youngest_age", 30),
            row("oldest_age", 45),
        ),
    ),
    (
        "prison_terms_after_a_group_are_no_ages",
        "Les quatre hommes ont été condamnés à des peines de 3 à 8 ans de prison.",
        expect(row("convicted", 4, sex="male")),
    ),
]


# --- places: a country's share inside an international total -----------------------------
PLACES = [
    (
        "national_share_of_a_world_total",
        "Au total, 150 personnes ont été arrêtées dans 20 pays, dont 14 en France.",
        expect(
            row("arrested", 150),
            row("arrested", 14, "FR"),
            row("jurisdictions_involved", 20),
        ),
    ),
    (
        "national_shares_after_a_count_of_countries",
        "Les policiers ont interpellé 8 suspects dans 3 pays, dont 5 en Espagne et 3 en Italie.",
        expect(
            row("arrested", 8),
            row("arrested", 5, "ES"),
            row("arrested", 3, "IT"),
            row("jurisdictions_involved", 3),
        ),
    ),
    (
        "lead_in_country",
        "En Belgique, 18 personnes ont été interpellées.",
        expect(row("arrested", 18, "BE")),
    ),
    (
        "morocco_city",
        "Les services de la DGSN ont interpellé 6 individus à Tanger.",
        expect(row("arrested", 6, "MA")),
    ),
    (
        "senegal_country",
        "Au Sénégal, 4 personnes ont été arrêtées.",
        expect(row("arrested", 4, "SN")),
    ),
]

# --- several figures in one sentence, participles and modals -----------------------------
SEVERAL = [
    (
        "summary_after_a_colon",
        "Le bilan : 25 interpellations, 40 perquisitions et 300 supports numériques saisis.",
        expect(
            row("arrested", 25),
            row("locations_searched", 40),
            row("devices_seized", 300),
        ),
    ),
    (
        "of_the_arrested_some_charged",
        "Sur les 20 personnes interpellées, 12 ont été mises en examen.",
        expect(row("arrested", 20), row("charged", 12)),
    ),
    (
        "count_restated_in_brackets_west_african_style",
        "Les services ont interpellé cinq (05) individus.",
        expect(row("arrested", 5)),
    ),
    (
        "two_verbs_share_an_auxiliary",
        "Les policiers ont interpellé 10 suspects et saisi 70 appareils.",
        expect(row("arrested", 10), row("devices_seized", 70)),
    ),
    (
        "present_participle_mobilising",
        "Une opération d'envergure mobilisant 450 gendarmes a été menée.",
        expect(row("officers_deployed", 450)),
    ),
    (
        "present_participle_involving_countries",
        "L'opération, impliquant 20 pays, a été coordonnée par Europol.",
        expect(row("jurisdictions_involved", 20)),
    ),
    (
        "about_thirty_countries",
        "L'opération a été menée dans une trentaine de pays.",
        expect(row("jurisdictions_involved", 30, qualifier="approximately")),
    ),
    (
        "modal_could_be_identified",
        "Sept victimes ont pu être identifiées.",
        expect(row("victims_identified", 7)),
    ),
    (
        "officers_of_n_countries",
        "Quelque 300 enquêteurs de 15 pays ont participé.",
        expect(
            row("officers_deployed", 300, qualifier="approximately"),
            row("jurisdictions_involved", 15),
        ),
    ),
    (
        "accounts_deleted_in_words",
        "Deux mille cinq cents comptes ont été supprimés.",
        expect(row("websites_blocked", 2500)),
    ),
    (
        "proceeded_to_the_seizure_of",
        "Les enquêteurs ont procédé à la saisie de 1 500 vidéos.",
        expect(row("files_seized", 1500)),
    ),
    (
        "hearing_nominal",
        "Les enquêteurs ont procédé à l'audition de 30 personnes.",
        expect(row("investigated", 30)),
    ),
    (
        "heard_without_arrest",
        "Trente personnes ont été entendues en audition libre.",
        expect(row("investigated", 30)),
    ),
    (
        "arrested_and_some_of_them_in_custody",
        "Dix-sept personnes ont été interpellées et 9 d'entre elles placées en garde à vue.",
        expect(row("arrested", 17), row("in_custody", 9)),
    ),
    (
        "vague_dozens_of_computers",
        "Les gendarmes ont saisi des dizaines d'ordinateurs.",
        expect(row("devices_seized", 20, device="computer", qualifier="at_least")),
    ),
    (
        "charged_and_jailed",
        "Quatre hommes ont été mis en examen et écroués.",
        expect(row("charged", 4, sex="male"), row("in_custody", 4, sex="male")),
    ),
    (
        "charged_then_remanded",
        "Deux hommes ont été mis en examen puis placés en détention provisoire.",
        expect(row("charged", 2, sex="male"), row("in_custody", 2, sex="male")),
    ),
    (
        "convicted_with_a_range_of_terms",
        "Au total, 8 personnes ont été condamnées à des peines allant de 6 mois à 4 ans de prison.",
        expect(row("convicted", 8)),
    ),
    (
        "users_identified_are_suspects",
        "Les enquêteurs ont identifié 1 200 utilisateurs du forum.",
        expect(row("suspects_identified", 1200)),
    ),
    (
        "dont_men",
        "La police a interpellé 48 personnes, dont 44 hommes.",
        expect(row("arrested", 48), row("arrested", 44, sex="male")),
    ),
]

POSITIVES = ARRESTS + CUSTODY + CHARGES + IDENTIFICATION + SEARCHES + SEIZURES + OTHERS
POSITIVES += AGES + PLACES + SEVERAL


@cases(POSITIVES)
def test_french_police_reporting(text, expected):
    assert facts_of(french(text)) == expected


# --- numbers that are no figures ----------------------------------------------------------
NEGATIVES = [
    ("prison_term_of_one_man", "Le prévenu a été condamné à 8 ans de prison ferme."),
    (
        "a_frequency_after_the_participle",
        "Le suspect avait déjà été interpellé trois fois par les gendarmes.",
    ),
    ("a_frequency_after_the_verb", "Les gendarmes ont interpellé deux fois le suspect."),
    (
        "legal_maximum_penalty",
        "Les faits sont passibles de 10 ans d'emprisonnement et de 150 000 euros d'amende.",
    ),
    ("suspended_sentence_months", "Il a écopé de 18 mois de prison avec sursis."),
    ("criminal_reclusion", "L'accusé a été condamné à 15 ans de réclusion criminelle."),
    ("counts_of_charges", "L'homme a été mis en examen pour 12 viols sur mineurs."),
    ("victims_of_one_offender", "L'homme aurait fait au moins 40 victimes en dix ans."),
    ("abused_children_of_one_man", "Le suspect aurait abusé de 5 enfants de son entourage."),
    ("money_fine", "Il devra verser une amende de 3 000 euros."),
    ("money_gains", "Le réseau aurait généré 20 000 dollars de revenus."),
    ("a_date", "Les faits remontent au 14 juillet 2023."),
    ("a_year_range", "Les faits auraient été commis entre 2015 et 2020."),
    ("a_time_of_day", "Les policiers sont intervenus vers 6 heures du matin."),
    ("a_time_with_h", "L'intervention a débuté à 6h30."),
    ("custody_duration", "Ils ont été placés en garde à vue pendant 48 heures."),
    ("a_phone_number", "Les témoins peuvent appeler le 01 45 67 89 00."),
    ("a_hotline_number", "Les victimes peuvent composer le 119, numéro gratuit."),
    ("age_of_one_man", "Un homme de 34 ans a été interpellé à Dijon."),
    ("age_of_one_named_man", "Jean D., 54 ans, a été placé en garde à vue."),
    ("age_of_one_victim", "La victime, âgée de 13 ans, a été prise en charge."),
    ("statute_article", "Il est poursuivi sur le fondement de l'article 227-23 du code pénal."),
    ("reports_to_a_platform", "La plateforme Pharos a reçu 170 000 signalements."),
    ("users_of_a_platform", "Le forum comptait plus de 400 000 utilisateurs."),
    ("data_volume", "Les enquêteurs ont analysé 4 To de données."),
    ("a_percentage", "Près de 30 % des contenus signalés concernent des mineurs."),
    ("ordinal_arrondissement", "L'appartement se situe dans le 18e arrondissement."),
    ("a_law_of_a_date", "La loi du 5 mars 2007 renforce la protection des mineurs."),
    ("read_also_furniture", "Lire aussi : Trois hommes interpellés à Lille"),
    ("several_is_no_count", "Plusieurs personnes ont été interpellées à Reims."),
    (
        "districts_of_the_country",
        "Les policiers sont intervenus dans 13 arrondissements judiciaires du pays.",
    ),
    ("released", "Quatre personnes ont été remises en liberté."),
    ("departments_are_no_countries", "Des perquisitions ont eu lieu dans 12 départements."),
    ("networks_dismantled", "Les policiers ont démantelé 3 réseaux."),
    (
        "a_man_and_a_woman_each_with_an_age",
        "Un homme de 45 ans et une femme de 38 ans ont été interpellés.",
    ),
    ("a_single_arrest", "Un suspect a été interpellé à Brest."),
    ("no_arrest", "Aucune interpellation n'a eu lieu."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NEGATIVES])
def test_french_numbers_that_are_no_figures(text):
    assert facts_of(french(text)) == []
