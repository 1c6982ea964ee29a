"""Rules in Greek: `pipeline/vocab/el/` read for Greek documents (Greece, Cyprus) through the
same constructions as English. Invented sentences, each after a line of prose with no figure
in it (a single sentence is too short for the language to be told).

Until `el` is listed in `normalise.languages` (params.yaml), these tests read the documents
with that list plus `el`, so that they pin the rules, not the setting."""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row

FRAME = (
    "Η έρευνα ξεκίνησε πριν από αρκετούς μήνες μετά από καταγγελία μιας οργάνωσης για την "
    "προστασία των παιδιών, όπως ανακοίνωσαν τη Δευτέρα εκπρόσωποι της αστυνομίας.\n"
)


def greek(sentence: str) -> str:
    return FRAME + sentence


def test_the_frame_is_read_as_greek():
    assert documents(greek("Οι αστυνομικοί συνέλαβαν 3 άτομα."))["language"][0] == "el"


GREEK_CONSTRUCTIONS = [
    (
        "verb_and_object_men_and_women",
        "Οι αστυνομικοί συνέλαβαν 12 άνδρες και 3 γυναίκες στη Θεσσαλονίκη.",
        expect(row("arrested", 12, "GR", sex="male"), row("arrested", 3, "GR", sex="female")),
    ),
    (
        "passive_verb_and_a_total",
        "Συνελήφθησαν συνολικά 27 άτομα στην Αθήνα.",
        expect(row("arrested", 27, "GR")),
    ),
    (
        "count_and_passive_after_it",
        "Κατά τη διάρκεια της επιχείρησης 15 άτομα συνελήφθησαν στην Αττική.",
        expect(row("arrested", 15, "GR")),
    ),
    (
        "house_searches_phones_and_computers",
        "Πραγματοποιήθηκαν 40 κατ' οίκον έρευνες και κατασχέθηκαν 75 κινητά τηλέφωνα και "
        "120 ηλεκτρονικοί υπολογιστές.",
        expect(
            row("locations_searched", 40),
            row("devices_seized", 75, device="mobile_phone"),
            row("devices_seized", 120, device="computer"),
        ),
    ),
    (
        "arrest_noun_and_a_genitive_count",
        "Η αστυνομία προχώρησε στη σύλληψη 31 ατόμων στην Πάτρα.",
        expect(row("arrested", 31, "GR")),
    ),
    (
        "number_words_and_more_than_with_dot_thousands",
        "Συνελήφθησαν είκοσι τρία άτομα και κατασχέθηκαν περισσότερα από 1.200 αρχεία βίντεο.",
        expect(row("arrested", 23), row("files_seized", 1200, qualifier="at_least")),
    ),
    (
        "number_words_in_the_genitive",
        "Η σύλληψη τεσσάρων ανδρών έγινε στον Βόλο.",
        expect(row("arrested", 4, "GR", sex="male")),
    ),
    (
        "thousands_in_words_and_abbreviated",
        "Κατασχέθηκαν 3 χιλιάδες φωτογραφίες και πάνω από 40 χιλ. αρχεία στη Λεμεσό.",
        expect(
            row("files_seized", 3000, "CY"),
            row("files_seized", 40000, "CY", qualifier="at_least"),
        ),
    ),
    (
        "ages_from_to",
        "Οι συλληφθέντες, ηλικίας από 19 έως 64 ετών, οδηγήθηκαν στον εισαγγελέα στη Λάρισα.",
        expect(row("youngest_age", 19, "GR"), row("oldest_age", 64, "GR")),
    ),
    (
        "officers_taking_part_with_about",
        "Στην επιχείρηση συμμετείχαν περίπου 200 αστυνομικοί.",
        expect(row("officers_deployed", 200, qualifier="approximately")),
    ),
    (
        "members_of_the_police_in_cyprus",
        "Στην επιχείρηση στη Λευκωσία έλαβαν μέρος 50 μέλη της Αστυνομίας.",
        expect(row("officers_deployed", 50, "CY")),
    ),
    (
        "country_named_in_the_accusative",
        "Η γερμανική αστυνομία συνέλαβε 7 άτομα στη Γερμανία.",
        expect(row("arrested", 7, "DE")),
    ),
    (
        "a_lead_in_of_a_country",
        "Στις ΗΠΑ συνελήφθησαν 25 ύποπτοι.",
        expect(row("arrested", 25, "US")),
    ),
    (
        "international_operation_is_all",
        "Σε διεθνή επιχείρηση σε 12 χώρες συνελήφθησαν 90 άτομα.",
        expect(row("arrested", 90), row("jurisdictions_involved", 12)),
    ),
    (
        "charged_and_a_part_of_them_remanded",
        "Κατηγορούνται 18 άτομα, ενώ 5 από αυτούς κρίθηκαν προφυλακιστέοι.",
        expect(row("charged", 18), row("in_custody", 5)),
    ),
    (
        "prosecution_brought_against",
        "Ασκήθηκε ποινική δίωξη σε βάρος 7 ατόμων.",
        expect(row("charged", 7)),
    ),
    (
        "case_file_against_is_investigated",
        "Σχηματίστηκε δικογραφία σε βάρος 9 ατόμων στην Κρήτη.",
        expect(row("investigated", 9, "GR")),
    ),
    (
        "arrested_men_and_their_role",
        "Στη Θεσσαλονίκη συνελήφθησαν 6 άνδρες για διακίνηση υλικού παιδικής πορνογραφίας.",
        expect(row("arrested", 6, "GR", sex="male", role="distribution")),
    ),
    (
        "identified_suspects_and_possession",
        "Στο Ηράκλειο ταυτοποιήθηκαν 14 ύποπτοι για κατοχή πορνογραφικού υλικού ανηλίκων.",
        expect(row("suspects_identified", 14, "GR", role="possession")),
    ),
    (
        "rescued_children",
        "Διασώθηκαν 6 παιδιά στη Λευκωσία.",
        expect(row("victims_identified", 6, "CY")),
    ),
    (
        "victims_with_a_partitive_of_girls",
        "Διασώθηκαν 9 ανήλικοι, μεταξύ των οποίων 6 κορίτσια.",
        expect(row("victims_identified", 9), row("victims_identified", 6, sex="female")),
    ),
    (
        "a_total_and_its_sex_breakdown_in_brackets",
        "Συνελήφθησαν 111 άτομα (105 άνδρες και 6 γυναίκες).",
        expect(
            row("arrested", 111),
            row("arrested", 105, sex="male"),
            row("arrested", 6, sex="female"),
        ),
    ),
    (
        "of_whom_women",
        "Συνελήφθησαν 20 άτομα, εκ των οποίων 5 γυναίκες.",
        expect(row("arrested", 20), row("arrested", 5, sex="female")),
    ),
    (
        "part_of_them_in_a_country",
        "Σε 12 χώρες συνελήφθησαν συνολικά 30 άτομα, 12 από αυτούς στη Γερμανία.",
        expect(
            row("arrested", 30),
            row("arrested", 12, "DE"),
            row("jurisdictions_involved", 12),
        ),
    ),
    (
        "counts_by_country_after_the_place",
        "Στην Ισπανία συνελήφθησαν 10 άτομα και στην Ιταλία 8.",
        expect(row("arrested", 10, "ES"), row("arrested", 8, "IT")),
    ),
    (
        "counts_by_country_before_the_place",
        "Συνελήφθησαν 5 άτομα στην Ελλάδα, 3 στην Κύπρο και 2 στη Μάλτα.",
        expect(row("arrested", 5, "GR"), row("arrested", 3, "CY"), row("arrested", 2, "MT")),
    ),
    (
        "storage_devices",
        "Δεσμεύτηκαν 5 σκληροί δίσκοι, 12 στικάκια USB και 3 tablet.",
        expect(
            row("devices_seized", 5, device="hard_drive"),
            row("devices_seized", 12, device="storage_device"),
            row("devices_seized", 3, device="tablet"),
        ),
    ),
    (
        "laptops_and_one_router_in_a_list",
        "Κατασχέθηκαν 15 φορητοί υπολογιστές, 8 ταμπλέτες και ένα router.",
        expect(
            row("devices_seized", 15, device="laptop"),
            row("devices_seized", 8, device="tablet"),
            row("devices_seized", 1, device="router"),
        ),
    ),
    (
        "hundreds_of_files",
        "Εντοπίστηκαν εκατοντάδες αρχεία στους υπολογιστές.",
        expect(row("files_seized", 200, qualifier="at_least")),
    ),
    (
        "taken_in_for_questioning_and_arrested",
        "Προσήχθησαν 30 άτομα, εκ των οποίων συνελήφθησαν τα 5.",
        expect(row("investigated", 30), row("arrested", 5)),
    ),
    (
        "searches_in_homes",
        "Πραγματοποιήθηκαν έρευνες σε 15 οικίες στη Λάρνακα.",
        expect(row("locations_searched", 15, "CY")),
    ),
    (
        "homes_searched",
        "Ερευνήθηκαν 20 σπίτια στον Πειραιά.",
        expect(row("locations_searched", 20, "GR")),
    ),
    (
        "search_warrants_executed",
        "Εκτελέστηκαν 20 εντάλματα έρευνας στην Κύπρο.",
        expect(row("locations_searched", 20, "CY")),
    ),
    (
        "arrests_as_a_noun",
        "Σε 45 συλλήψεις προχώρησε η ΕΛ.ΑΣ. στο πλαίσιο της επιχείρησης.",
        expect(row("arrested", 45)),
    ),
    (
        "held_in_custody",
        "Κρατούνται 4 άτομα στη Λάρνακα.",
        expect(row("in_custody", 4, "CY")),
    ),
    (
        "convicted",
        "Καταδικάστηκαν 4 άτομα από το δικαστήριο της Λευκωσίας.",
        expect(row("convicted", 4, "CY")),
    ),
    (
        "the_arrested_are_all_men",
        "Οι 12 συλληφθέντες είναι όλοι άνδρες.",
        expect(row("arrested", 12, sex="male")),
    ),
    (
        "websites_blocked_and_accounts_found",
        "Αποκλείστηκαν 35 ιστοσελίδες και εντοπίστηκαν 40 λογαριασμοί.",
        expect(row("websites_blocked", 35), row("accounts_identified", 40)),
    ),
    (
        "the_greek_police_by_its_adjective",
        "Η Ελληνική Αστυνομία συνέλαβε 5 άτομα.",
        expect(row("arrested", 5, "GR")),
    ),
    (
        "ages_of_each_one_are_no_count",
        "Συνελήφθησαν 3 άτομα ηλικίας 18, 22 και 35 ετών.",
        expect(row("arrested", 3)),
    ),
]


@cases(GREEK_CONSTRUCTIONS)
def test_greek_constructions(text, expected):
    assert facts_of(greek(text)) == expected


NOT_COUNTS = [
    ("an_age_and_a_prison_term", "Ένας 45χρονος άνδρας καταδικάστηκε σε 10 χρόνια φυλάκιση."),
    ("a_range_of_prison_terms", "Για το αδίκημα προβλέπεται κάθειρξη από 5 έως 10 ετών."),
    ("a_date", "Στις 12 Ιουνίου 2024 οι αστυνομικοί κατέθεσαν στο δικαστήριο."),
    ("a_weekday_and_its_date", "Ο 34χρονος συνελήφθη την Τρίτη 14 Μαΐου στην Αθήνα."),
    ("money", "Το πρόστιμο που επιβλήθηκε ανήλθε σε 5.000 ευρώ."),
    ("an_article_of_the_code", "Διώκεται για παράβαση του άρθρου 348 του Ποινικού Κώδικα."),
    ("counts_of_charges", "Στον κατηγορούμενο απαγγέλθηκαν 12 κατηγορίες."),
    ("times_arrested", "Συνελήφθη 3 φορές στο παρελθόν."),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in NOT_COUNTS])
def test_greek_numbers_that_are_no_counts_give_no_facts(text):
    assert facts_of(greek(text)) == []


GREEK_NEGATIONS = [
    (
        "a_count_not_arrested_is_dropped",
        "Συνελήφθησαν 5 άνδρες, ενώ 2 ύποπτοι δεν έχουν ακόμη συλληφθεί.",
        expect(row("arrested", 5, sex="male")),
    ),
]


@cases(GREEK_NEGATIONS)
def test_greek_negated_events_give_no_facts(text, expected):
    assert facts_of(greek(text)) == expected
