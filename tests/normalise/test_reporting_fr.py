"""How French-speaking police, prosecutors and the press (France, Belgium, Switzerland, Quebec,
West and North Africa) generally report operations: invented sentences, one or more per
construction of `pipeline/vocab/fr/` that `test_language_fr.py` and `test_coverage_fr.py` do
not already pin, each after the French frame of `test_language_fr.py` so that the language
is told. Negatives pin the numbers near those constructions that are no figures."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row
from tests.normalise.test_language_fr import french

# --- custody and remand -----------------------------------------------------------------
CUSTODY = [
    (
        "placed_under_a_committal_order",
        "Trois hommes ont été placés sous mandat de dépôt.",
        expect(row("in_custody", 3, sex="male")),
    ),
    (
        "committal_order_after_charge",
        "Quatre suspects ont été mis en examen et placés sous mandat de dépôt.",
        expect(row("charged", 4), row("in_custody", 4)),
    ),
    (
        "kept_in_custody_participle",
        "Huit personnes ont été gardées à vue dans les locaux de la gendarmerie.",
        expect(row("in_custody", 8)),
    ),
    (
        "behind_bars_idiom",
        "Trois hommes sont désormais sous les verrous.",
        expect(row("in_custody", 3, sex="male")),
    ),
    (
        "jailed",
        "Six hommes ont été emprisonnés dans l'attente de leur procès.",
        expect(row("in_custody", 6, sex="male")),
    ),
]

# --- investigated, charged, convicted ----------------------------------------------------
CHARGES = [
    (
        "subject_of_an_investigation",
        "Douze suspects font l'objet d'une enquête pour détention d'images pédopornographiques.",
        expect(row("investigated", 12, role="possession")),
    ),
    (
        "charges_laid_against_quebec",
        "Des accusations ont été portées contre 12 personnes.",
        expect(row("charged", 12)),
    ),
    (
        "prosecutor_laid_charges_against",
        "Le DPCP a déposé des accusations contre 4 hommes.",
        expect(row("charged", 4, sex="male")),
    ),
    (
        "referral_nominal",
        "L'enquête a abouti au déferrement de 5 personnes.",
        expect(row("charged", 5)),
    ),
    (
        "pleaded_guilty",
        "Sept hommes ont plaidé coupable devant la Cour du Québec.",
        expect(row("convicted", 7, "CA", sex="male")),
    ),
    (
        "convicted_in_the_present_headline",
        "Le tribunal condamne 5 hommes pour pédocriminalité.",
        expect(row("convicted", 5, sex="male")),
    ),
]

# --- arrests ------------------------------------------------------------------------------
ARRESTS = [
    (
        "put_out_of_harms_way_headline",
        "Douze pédophiles mis hors d'état de nuire.",
        expect(row("arrested", 12)),
    ),
    (
        "put_out_of_harms_way_active",
        "Les gendarmes ont mis hors d'état de nuire 9 suspects.",
        expect(row("arrested", 9)),
    ),
    (
        "picked_up_cueilli",
        "Les gendarmes ont cueilli 9 suspects au petit matin.",
        expect(row("arrested", 9)),
    ),
]

# --- victims ------------------------------------------------------------------------------
VICTIMS = [
    (
        "children_taken_into_care",
        "Quatorze enfants ont été pris en charge par les services sociaux.",
        expect(row("victims_identified", 14)),
    ),
    (
        "rescue_nominal",
        "L'opération a permis le sauvetage de 12 enfants.",
        expect(row("victims_identified", 12)),
    ),
]

# --- seizures -----------------------------------------------------------------------------
SEIZURES = [
    (
        "laid_hands_on_files",
        "Les enquêteurs ont mis la main sur 3 000 fichiers.",
        expect(row("files_seized", 3000)),
    ),
    (
        "contents_are_files",
        "Les policiers ont saisi 15 000 contenus pédopornographiques.",
        expect(row("files_seized", 15000)),
    ),
    (
        "found_in_the_present_headline",
        "La police découvre 10 000 images pédopornographiques chez un réseau.",
        expect(row("files_seized", 10000)),
    ),
    (
        "dvds_and_cd_roms",
        "Les enquêteurs ont saisi 200 DVD et 40 CD-ROM.",
        expect(
            row("devices_seized", 200, device="storage_device"),
            row("devices_seized", 40, device="storage_device"),
        ),
    ),
    (
        "external_disks",
        "Les enquêteurs ont saisi 12 disques externes.",
        expect(row("devices_seized", 12, device="hard_drive")),
    ),
    (
        "singular_smartphone_in_a_list",
        "Les enquêteurs ont saisi 12 ordinateurs, 1 tablette et 1 smartphone.",
        expect(
            row("devices_seized", 12, device="computer"),
            row("devices_seized", 1, device="tablet"),
            row("devices_seized", 1, device="mobile_phone"),
        ),
    ),
]

# --- searches, officers, accounts, websites, cases ----------------------------------------
OTHERS = [
    (
        "flats_searched",
        "Huit appartements ont été perquisitionnés.",
        expect(row("locations_searched", 8)),
    ),
    (
        "law_enforcement_as_a_count",
        "Plus de 200 forces de l'ordre ont été mobilisées.",
        expect(row("officers_deployed", 200, qualifier="at_least")),
    ),
    (
        "email_addresses_are_accounts",
        "Les enquêteurs ont identifié 300 adresses électroniques.",
        expect(row("accounts_identified", 300)),
    ),
    (
        "channels_closed",
        "Les policiers ont fermé 12 canaux Telegram.",
        expect(row("websites_blocked", 12)),
    ),
    (
        "closure_nominal",
        "L'enquête a abouti à la fermeture de 20 sites.",
        expect(row("websites_blocked", 20)),
    ),
    (
        "deletion_of_accounts_nominal",
        "La suppression de 1 500 comptes a été obtenue auprès des plateformes.",
        expect(row("websites_blocked", 1500)),
    ),
    (
        "platforms_dismantled",
        "Trois plateformes ont été démantelées.",
        expect(row("websites_blocked", 3)),
    ),
    (
        "judicial_investigations_opened",
        "Le parquet a ouvert 3 informations judiciaires.",
        expect(row("cases_opened", 3)),
    ),
]

# --- qualifiers ---------------------------------------------------------------------------
QUALIFIERS = [
    (
        "not_far_from",
        "Pas loin de 300 personnes ont été interpellées.",
        expect(row("arrested", 300, qualifier="approximately")),
    ),
    (
        "around",
        "Aux alentours de 40 personnes ont été interpellées.",
        expect(row("arrested", 40, qualifier="approximately")),
    ),
    (
        "more_or_less_belgian",
        "Plus ou moins 200 personnes ont été interpellées.",
        expect(row("arrested", 200, qualifier="approximately")),
    ),
    (
        "a_minimum_of",
        "Un minimum de 30 victimes ont été identifiées.",
        expect(row("victims_identified", 30, qualifier="at_least")),
    ),
    (
        "at_the_lowest_estimate",
        "Au bas mot 500 fichiers ont été découverts.",
        expect(row("files_seized", 500, qualifier="at_least")),
    ),
    (
        "a_maximum_of",
        "Un maximum de 50 enquêteurs ont participé.",
        expect(row("officers_deployed", 50, qualifier="at_most")),
    ),
]

# --- roles --------------------------------------------------------------------------------
ROLES = [
    (
        "receiving_images_is_possession",
        "Neuf hommes ont été mis en examen pour recel d'images pédopornographiques.",
        expect(row("charged", 9, sex="male", role="possession")),
    ),
    (
        "receiving_stolen_goods_is_no_role",
        "Quatre hommes ont été mis en examen pour vols et recel en bande organisée.",
        expect(row("charged", 4, sex="male")),
    ),
    (
        "luring_is_grooming_quebec",
        "Cinq hommes ont été accusés de leurre informatique à Montréal.",
        expect(row("charged", 5, "CA", sex="male", role="grooming")),
    ),
    (
        "exchange_is_distribution",
        "Six hommes ont été mis en examen pour échange de fichiers pédopornographiques.",
        expect(row("charged", 6, sex="male", role="distribution")),
    ),
]

# --- counts that are not yet done, and officers who are sources -------------------------
SPEECH_AND_NOT_YET = [
    (
        "officers_who_speak_are_sources",
        "Deux enquêteurs ont expliqué que 40 gendarmes avaient été mobilisés.",
        expect(row("officers_deployed", 40)),
    ),
    (
        "part_still_on_the_run",
        "Les enquêteurs ont identifié 5 suspects, dont 2 sont toujours en fuite.",
        expect(row("suspects_identified", 5)),
    ),
    (
        "expected_to_be_brought_before_a_judge_after_arrest_stays",
        "Les 12 personnes interpellées devraient être présentées à un juge mercredi.",
        expect(row("arrested", 12)),
    ),
    (
        "identified_but_still_sought_stays",
        "Douze suspects ont été identifiés, mais ils sont toujours recherchés.",
        expect(row("suspects_identified", 12)),
    ),
    (
        "others_expected_to_be_charged",
        "Six hommes ont été mis en examen ; 3 autres suspects devraient être déférés.",
        expect(row("charged", 6, sex="male")),
    ),
]

POSITIVES = CUSTODY + CHARGES + ARRESTS + VICTIMS + SEIZURES + OTHERS + QUALIFIERS + ROLES
POSITIVES += SPEECH_AND_NOT_YET


@cases(POSITIVES)
def test_french_reporting(text, expected):
    assert facts_of(french(text)) == expected


NEGATIVES = [
    ("one_man_under_a_committal_order", "Le suspect a été placé sous mandat de dépôt."),
    (
        "judicial_supervision_is_no_custody",
        "Quatre personnes ont été placées sous contrôle judiciaire.",
    ),
    ("years_behind_bars", "Il a passé 10 ans sous les verrous."),
    ("custody_hours", "Ils ont été gardés à vue pendant 48 heures."),
    ("officers_speaking", "Deux policiers ont déclaré que l'enquête se poursuivait."),
    (
        "officers_explaining_in_the_present",
        "Trois enquêteurs expliquent que le réseau était organisé.",
    ),
    (
        "expected_to_be_charged",
        "Trois autres suspects devraient être mis en examen dans les prochains jours.",
    ),
    ("flats_owned_not_searched", "Le suspect possédait 3 appartements sur la côte."),
    ("community_service_hours", "Il a été condamné à 300 heures de travaux d'intérêt général."),
    (
        "minors_under_an_age_in_law",
        "Il est poursuivi pour agressions sexuelles sur mineurs de 15 ans.",
    ),
    (
        "a_sentence_with_a_suspended_part",
        "Il a été condamné à deux ans de prison, dont un avec sursis.",
    ),
    ("one_in_five_children", "Un enfant sur cinq serait victime de violences sexuelles."),
    ("emergency_numbers", "Composez le 17 ou le 112 en cas d'urgence."),
    ("two_statute_articles", "Les articles 227-23 et 227-24 du Code pénal répriment ces faits."),
    ("an_age_in_words_of_one_man", "Un homme d'une quarantaine d'années a été interpellé."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NEGATIVES])
def test_french_reporting_numbers_that_are_no_figures(text):
    assert facts_of(french(text)) == []


def test_contents_participle_after_a_device_is_no_file():
    """'contenus' after a device is a participle ("contained"), not a count of files."""
    text = "Les 3 disques durs contenus dans le sac ont été saisis."
    assert facts_of(french(text)) == expect(row("devices_seized", 3, device="hard_drive"))


def test_files_a_device_held_are_files_found():
    text = "Son ordinateur contenait 12 000 photos et 300 vidéos pédopornographiques."
    facts = facts_of(french(text))
    assert row("files_seized", 12000) in facts and row("files_seized", 300) in facts


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [("jusqu'à", "at_most"), ("jusqu’à", "at_most"), ("de l’ordre de", "approximately")],
)
def test_a_qualifier_written_with_an_apostrophe_qualifies_its_count(words, qualifier):
    (fact,) = facts_of(french(f"Les enquêteurs ont saisi {words} 300 images à Lyon."))
    assert (fact.value, fact.qualifier) == (300, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "Au total, 85 affaires ont été traitées par la brigade.",
        "Au total,85 dossiers ont été traités par la brigade.",
        "Depuis mars, 85 enquêtes ont été menées par la brigade.",
    ],
    ids=["affaires-traitees", "no-space-after-the-comma", "enquetes-menees"],
)
def test_cases_handled_are_cases_opened(text):
    assert facts_of(french(text)) == expect(row("cases_opened", 85))


def test_typed_devices_and_others_of_no_type_are_of_no_one_type():
    text = "La police a saisi 70 ordinateurs, disques durs et autres supports numériques."
    assert facts_of(french(text)) == expect(row("devices_seized", 70))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Les enquêteurs interrogent actuellement 45 suspects.", 45),
        ("Les 45 autres étaient encore en cours d'interrogatoire.", 45),
        ("Au total, 45 personnes ont été interrogées par les gendarmes.", 45),
    ],
    ids=["interrogent", "en-cours-d-interrogatoire", "interrogees"],
)
def test_people_questioned_are_investigated(text, value):
    assert facts_of(french(text)) == expect(row("investigated", value))
