"""Counts: one sentence's numbers read in steps (`pipeline/normalise/counts.py`), on
invented reports: lists sharing a verb, number forms, partner counts, numbers that are no
figures, and the cases found by the review of the rules."""

from __future__ import annotations

import pytest

from tests.harness import cases, expect, facts_of, row
from tests.normalise.test_language_cs import czech
from tests.normalise.test_language_fr import french

# --- 4. gapped lists sharing a verb ---------------------------------------------------------

GAPPED = [
    (
        "charged-three-roles",
        "Police charged 30 people with possession, 12 with distribution and four with production.",
        [
            row("charged", 30, role="possession"),
            row("charged", 12, role="distribution"),
            row("charged", 4, role="production"),
        ],
    ),
    (
        "charged-two-roles-ireland",
        "Detectives in Ireland charged 18 people with possession and 5 with grooming.",
        [row("charged", 18, "IE", role="possession"), row("charged", 5, "IE", role="grooming")],
    ),
    (
        "arrested-for-two-roles",
        "Officers in Canada arrested 25 men for possessing abuse material and 9 for "
        "distributing it.",
        [
            row("arrested", 25, "CA", sex="male", role="possession"),
            row("arrested", 9, "CA", role="distribution"),
        ],
    ),
    (
        "sharing-is-distribution",
        "Prosecutors in Scotland charged 14 men with sharing images and 3 with grooming.",
        [
            row("charged", 14, "GB", sex="male", role="distribution"),
            row("charged", 3, "GB", role="grooming"),
        ],
    ),
]


@cases(GAPPED)
def test_gapped_counts_share_the_verb_and_keep_their_roles(text, expected):
    assert facts_of(text) == expect(*expected)


# --- 13. numbers ----------------------------------------------------------------------------

NUMBERS = [
    (
        "tens-of-thousands-images",
        "Police in Germany said tens of thousands of images were found.",
        [row("files_seized", 20000, "DE", qualifier="at_least")],
    ),
    (
        "tens-of-thousands-capitalised",
        "Tens of thousands of images were found on the seized computers in Denmark.",
        [row("files_seized", 20000, "DK", qualifier="at_least")],
    ),
    (
        "two-dozen-held",
        "Two dozen suspects were held in Chile.",
        [row("arrested", 24, "CL")],
    ),
    (
        "two-dozen-held-reported",
        "Police in Uruguay said two dozen suspects were held.",
        [row("arrested", 24, "UY")],
    ),
    (
        "dot-grouping-3500",
        "In Brazil, 3.500 suspects were detained.",
        [row("arrested", 3500, "BR")],
    ),
    (
        "dot-grouping-1200",
        "Police in Spain said 1.200 people were arrested.",
        [row("arrested", 1200, "ES")],
    ),
    (
        "decimal-million-is-not-grouping",
        "Investigators in Brazil found 2.5 million photos.",
        [row("files_seized", 2_500_000, "BR")],
    ),
    (
        "men-and-one-woman-passive",
        "25 men and one woman were arrested in Portugal.",
        [row("arrested", 25, "PT", sex="male"), row("arrested", 1, "PT", sex="female")],
    ),
    (
        "men-and-one-woman-active",
        "Police in Greece arrested 25 men and one woman.",
        [row("arrested", 25, "GR", sex="male"), row("arrested", 1, "GR", sex="female")],
    ),
]


@cases(NUMBERS)
def test_number_forms(text, expected):
    assert facts_of(text) == expect(*expected)


# --- partner counts ------------------------------------------------------------------------


def test_partner_nations_are_no_count():
    assert facts_of("Portuguese police worked with six other nations on the case.") == []


# --- counts of charges are not counts of people ---------------------------------------------

CHARGE_COUNTS = [
    (
        "charges-laid-against-people",
        "Detectives laid 412 charges against 17 men.",
        [row("charged", 17, sex="male")],
    ),
    (
        "people-arrested-on-charges",
        "Officers arrested 9 people on 126 charges.",
        [row("arrested", 9)],
    ),
    (
        "a-combined-total-of-charges",
        "The suspects now face a combined 230 charges.",
        [],
    ),
    (
        "charges-with-a-kind",
        "Police have charged 6 people with 75 criminal charges.",
        [row("charged", 6)],
    ),
    (
        "people-facing-charges-still-count",
        "Eight people face charges after the searches.",
        [row("charged", 8)],
    ),
    (
        "charged-people-beside-charges",
        "Four men were charged and 11 others face charges.",
        [row("charged", 4, sex="male"), row("charged", 11)],
    ),
]


@cases(CHARGE_COUNTS)
def test_a_count_of_charges_is_not_a_count_of_people(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- warrants and devices as real reports name them ------------------------------------------

WARRANTS_AND_DEVICES = [
    (
        "warrants-executed",
        "Officers said 140 warrants were executed.",
        [row("locations_searched", 140)],
    ),
    (
        "executed-warrants",
        "Detectives executed 18 warrants at homes.",
        [row("locations_searched", 18)],
    ),
    ("arrest-warrants-are-no-searches", "Prosecutors obtained 31 arrest warrants.", []),
    ("warrants-without-a-search", "The court agreed to vacate 412 warrants.", []),
    (
        "handphones",
        "Police seized 12 handphones.",
        [row("devices_seized", 12, device="mobile_phone")],
    ),
    (
        "data-carriers",
        "Officers seized 250 data carriers.",
        [row("devices_seized", 250, device="storage_device")],
    ),
]


WARRANTS_AND_DEVICES += [
    (
        "space-grouped-thousands",
        "Investigators seized 250 000 images.",
        [row("files_seized", 250000)],
    ),
    (
        "compound-noun-head",
        "Detectives arrested 19 child sex offenders.",
        [row("arrested", 19)],
    ),
    ("snared", "The sting snared 40 suspected offenders.", [row("arrested", 40)]),
    ("netted", "The operation netted 8 alleged predators.", [row("arrested", 8)]),
]


@cases(WARRANTS_AND_DEVICES)
def test_warrants_and_devices_named_as_reports_name_them(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- the people a crime harmed are not the people counted ------------------------------------

HARMED = [
    ("murdered", "The driver was charged with murdering two pensioners.", []),
    ("defrauded", "She is accused of defrauding 35 families in Leeds.", []),
    ("a-list-of-the-wounded", "The men allegedly injured four girls and three boys.", []),
    (
        "a-noun-of-harm",
        "Two brothers face trial for the attempted murder of six.",
        [row("charged", 2, sex="male")],
    ),
    (
        "suspects-beside-their-victims",
        "Police arrested 7 men for abusing 12 children.",
        [row("arrested", 7, sex="male")],
    ),
    ("rescued-victims-still-count", "Officers rescued 9 children.", [row("victims_identified", 9)]),
    ("left-people-injured", "The attacks left five people injured, police said.", []),
    ("left-with-injuries", "The riot left at least 30 people with serious injuries.", []),
    (
        "stole-from",
        "Prosecutors said the lawyer stole more than $700,000 from three clients.",
        [],
    ),
    ("attack-against", "He is charged over an attack against three men in the park.", []),
    (
        "a-list-breaking-down-the-harmed",
        "The fire spread quickly, injuring 11 people, including four firefighters and two "
        "police officers.",
        [],
    ),
    (
        "a-list-breaking-down-the-arrested-still-counts",
        "Police arrested 9 men, including 4 teachers.",
        [row("arrested", 9, sex="male"), row("arrested", 4)],
    ),
    ("harmed-in-the-passive", "Four people were shot outside a bar in Leeds on Friday.", []),
    (
        "the-passive-of-harm-done-by-the-counted-still-counts",
        "Six people were abusing children online, and all six were arrested.",
        [row("arrested", 6), row("arrested", 6)],
    ),
    ("shooting-at", "He was convicted of shooting at three police officers.", []),
    ("fired-at", "The gunman fired shots at two constables before fleeing.", []),
    ("a-demonstrative-between", "He killed those four officers in cold blood.", []),
    (
        "an-additional-count-of-harmed",
        "The man, already charged with assaulting two women, now faces charges of assaulting "
        "an additional five women.",
        [],
    ),
    ("pimping", "A woman was convicted of pimping three women from a motel.", []),
    ("injury-to", "The crash caused serious injury to four others.", []),
]


# --- counts of charges and crimes are no counts of people -------------------------------------

CHARGES = [
    ("counts", "Police arrested 5 men and charged them with 12 counts of fraud.", [
        row("arrested", 5, sex="male"),
    ]),
    ("crimes-with-a-participle", "He pleaded guilty to the 26 charged crimes.", []),
    ("a-participle-before-its-noun", "Officers said 12 arrested suspects appeared in court.", [
        row("arrested", 12),
    ]),
]  # fmt: skip


@cases(CHARGES)
def test_counts_of_charges_or_crimes_are_no_figures(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


@cases(HARMED)
def test_a_count_that_a_crime_harmed_is_no_count_of_suspects(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- numbers that are not figures -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Offenders face up to 10 years in prison if convicted.",
        "Those convicted face fines of up to $50,000.",
        "A 35-year-old man was arrested in Auckland on Monday.",
        "A 19-year-old and a 22-year-old were arrested in Alberta.",
        "The boy, aged 14, was rescued in Davao.",
        "Police in Kerala arrested the suspect in 2022.",
        "Officers made the arrests in Portugal on 12 May 2023.",
        "Arrests fell sharply during Covid-19, police in Victoria said.",
        "Officers said 9 per cent of reports led to charges in Sweden.",
        "Prosecutors in Singapore cited Section 30 of the Films Act against him.",
        "It was one of the largest operations ever mounted by Thai police.",
        "Detectives arrested the man at 6.45am in Madrid.",
        "Call 0800 555 0111 if you have information about abuse online.",
        "The Australian Federal Police worked with five other nations.",
        "Advertisement\nBox 4\n3 comments\nShare this article\n",
    ],
    ids=[
        "legal-maximum-years",
        "legal-maximum-fine",
        "individual-age",
        "two-individual-ages",
        "aged-n",
        "year",
        "date",
        "covid-19",
        "percentage",
        "statute",
        "one-of-the",
        "clock-time",
        "phone-number",
        "partner-nations",
        "boilerplate",
    ],
)
def test_number_that_is_not_a_figure_gives_no_fact(text):
    assert facts_of(text) == []


# --- cases found by the review of these rules ------------------------------------------------

REVIEWED = [
    (
        "respectively-bare-counts",
        "Belgian and Dutch police arrested 9 and 14 respectively.",
        [row("arrested", 9, "BE"), row("arrested", 14, "NL")],
    ),
    (
        "subset-without-a-total-takes-its-group",
        "Twenty of those detained are women.",
        [row("arrested", 20, sex="female")],
    ),
    (
        "were-minors-is-a-band-not-the-counted-noun",
        "Police in Thailand arrested 60 people. Of those arrested, 14 were minors.",
        [row("arrested", 60, "TH"), row("arrested", 14, "TH", ages=(None, 17))],
    ),
    (
        "plain-verb-object-borrows-no-later-trigger",
        "Analysts reviewed 12,000 images, and police later seized 30 phones.",
        [row("devices_seized", 30, device="mobile_phone")],
    ),
    (
        "dateline-with-agency-credit",
        "MANILA (AFP) - Police arrested 16 people in raids on Friday.",
        [row("arrested", 16, "PH")],
    ),
    (
        "legal-maximum-in-another-clause",
        "The law carries a fine of up to R100,000 for possession, and a man was fined "
        "R20,000 in Durban.",
        [row("fine_amount", 20000, "ZA", unit="ZAR")],
    ),
]


@cases(REVIEWED)
def test_reviewed_cases(text, expected):
    assert facts_of(text) == expect(*expected)


# --- words police reporting uses for what a count is ----------------------------------------

REPORTING_WORDS = [
    ("brought-to-safety", "Officers in Kenya brought 12 children to safety.", [
        row("victims_identified", 12, "KE"),
    ]),
    ("removed-from-further-harm", "Authorities in Kenya removed four children from further harm.", [
        row("victims_identified", 4, "KE"),
    ]),
    ("conducted-investigations", "Detectives in Kenya conducted 259 investigations last year.", [
        row("cases_opened", 259, "KE"),
    ]),
    ("csam-and-modems", "Police in Kenya seized 40,000 CSAM files and seven modems.", [
        row("files_seized", 40000, "KE"), row("devices_seized", 7, "KE", device="other"),
    ]),
    ("would-be-remanded", "Police in Kenya said five suspects would be remanded in custody.", [
        row("in_custody", 5, "KE"),
    ]),
    ("tracked-down", "Officers in Kenya tracked down 28 suspects.", [
        row("suspects_identified", 28, "KE"),
    ]),
    ("a-verb-of-suspects-with-another-noun", "Police in Kenya said the group booked three suites.",
        []),
    ("a-verb-of-suspects-with-a-bare-count", "Police in Kenya arrested 144 across the country.", [
        row("arrested", 144, "KE"),
    ]),
    ("charges-against", "Police in Ontario laid charges against 80 people after a long inquiry.",
        [row("charged", 80, "CA")]),
    ("expected-to-be-charged", "Police in Kenya charged 12 men; three others are expected to be "
        "charged on summons.", [row("charged", 12, "KE", sex="male")]),
    ("still-at-large", "Police in Kenya arrested two men, but two other suspects remain at large.",
        [row("arrested", 2, "KE", sex="male")]),
]  # fmt: skip


@cases(REPORTING_WORDS)
def test_words_police_reporting_uses(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- one person's age in apposition is no count ------------------------------------------------

APPOSITION = [
    (
        "two-defendants-with-their-ages",
        "In Leeds, the two men, Ravi Kumar Shah, 44, and Dev Anand Rao, 39, are charged with "
        "fraud.",
        [row("charged", 2, "GB", sex="male")],
    ),
    (
        "a-count-after-a-place-with-a-comma-still-counts",
        "In Norway, 14 men were arrested.",
        [row("arrested", 14, "NO", sex="male")],
    ),
]


@cases(APPOSITION)
def test_an_age_set_off_by_commas_after_a_name_is_no_count(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- two events joined by "and" that happened to one count --------------------------------------

COORDINATED = [
    (
        "participles-after-the-count",
        "Four women were arrested and charged in Cardiff.",
        [row("arrested", 4, "GB", sex="female"), row("charged", 4, "GB", sex="female")],
    ),
    (
        "verbs-before-the-count",
        "Detectives in Cardiff arrested and charged six men.",
        [row("arrested", 6, "GB", sex="male"), row("charged", 6, "GB", sex="male")],
    ),
    (
        "two-counts-each-with-its-own-verb",
        "Detectives in Cardiff arrested six men and charged two.",
        [row("arrested", 6, "GB", sex="male"), row("charged", 2, "GB")],
    ),
    (
        "identified-and-arrested-counts-as-arrested",
        "Twelve men were identified and arrested in Cardiff.",
        [row("arrested", 12, "GB", sex="male")],
    ),
    (
        "or-is-no-second-event",
        "Nine men in Cardiff were arrested or charged.",
        [row("arrested", 9, "GB", sex="male")],
    ),
    (
        "the-verb-of-a-count-named-by-its-participle",
        "In Cardiff, the 14 men detained have since been charged.",
        [row("arrested", 14, "GB", sex="male"), row("charged", 14, "GB", sex="male")],
    ),
    (
        "a-participle-with-a-place-is-no-subject-of-the-next-verb",
        "Police in Cardiff arrested 14 men in raids and charged them later.",
        [row("arrested", 14, "GB", sex="male")],
    ),
]


@cases(COORDINATED)
def test_two_events_joined_by_and_give_the_count_twice(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- an event the text denies is no figure ------------------------------------------------------

DENIED = [
    ("could-not-be", "In Leeds, the three men could not be identified from the footage.", []),
    ("contracted-not", "Four women in Leeds weren't charged.", []),
    (
        "a-later-denial-leaves-the-earlier-event",
        "Police in Leeds arrested five men but did not charge them.",
        [row("arrested", 5, "GB", sex="male")],
    ),
    (
        "convictions-undone",
        "Since 2014, the review unit in Leeds has seen 19 convictions being overturned.",
        [],
    ),
    (
        "not-only-is-no-denial",
        "In Leeds, the six men were not only arrested but charged.",
        [row("arrested", 6, "GB", sex="male")],
    ),
]


@cases(DENIED)
def test_a_count_whose_event_is_denied_is_no_figure(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- guards found by review: each construction above, where it must not fire ---------------------

NOT_OVERREACHING = [
    (
        "victims-found-who-had-been-harmed",
        "Police in Leeds rescued 11 girls who had been exploited by the gang.",
        [row("victims_identified", 11, "GB", sex="female")],
    ),
    (
        "counts-by-agency-are-no-ages",
        "Officers arrested 30 people: Kent Police, 12; Essex Police, 9; Surrey Police, 9.",
        [row("arrested", 30), row("arrested", 12), row("arrested", 9), row("arrested", 9)],
    ),
    (
        "a-place-of-several-words-after-in",
        "In West Yorkshire, 14 of the suspects were charged.",
        [row("charged", 14, "GB")],
    ),
    (
        "questioned-after-arrested-is-no-second-figure",
        "Five men in Leeds were arrested and questioned.",
        [row("arrested", 5, "GB", sex="male")],
    ),
    (
        "a-title-case-headline-is-no-operation-name",
        "Global Operation Arrests 61, Spans Many Countries\nPolice in many countries took part.",
        [row("arrested", 61)],
    ),
]


@cases(NOT_OVERREACHING)
def test_constructions_do_not_overreach(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- plural demonyms and "N more" -------------------------------------------------------------

PEOPLE_NAMED_BY_WHERE_THEY_ARE_FROM = [
    (
        "plural-demonym-is-people-of-that-country",
        "Almost 30 Kiwis were arrested in the sweep.",
        [row("arrested", 30, "NZ", qualifier="approximately")],
    ),
    (
        "plural-demonym-of-a-state",
        "Seven Queenslanders were charged after the raids.",
        [row("charged", 7, "AU")],
    ),
    (
        "plural-demonym-inside-a-global-operation-is-its-countrys-share",
        "Nearly 40 Kiwis have been charged under the worldwide operation.",
        [row("charged", 40, "NZ", qualifier="approximately")],
    ),
    (
        "n-more-identified",
        "Detectives in Ghana said 45 more have been identified since March.",
        [row("suspects_identified", 45, "GH")],
    ),
    (
        "another-n-safeguarded-are-victims",
        "Officers in Ghana said another 35 have been safeguarded.",
        [row("victims_identified", 35, "GH")],
    ),
    (
        "rescued-animals-are-no-victims",
        "Officers in Ghana said 35 dogs have been rescued.",
        [],
    ),
    (
        "homes-of-n-people-searched-are-locations",
        "Police in Ghana said the homes of 18 people were searched.",
        [row("locations_searched", 18, "GH")],
    ),
    (
        "houses-of-n-men-keep-no-sex",
        "Officers in Ghana raided the houses of nine men.",
        [row("locations_searched", 9, "GH")],
    ),
    (
        "homes-of-people-not-searched-are-no-figure",
        "Floods in Ghana damaged the homes of 18 people.",
        [],
    ),
    (
        "citizens-are-people",
        "In Ghana, three citizens were arrested for sharing abuse material.",
        [row("arrested", 3, "GH", role="distribution")],
    ),
    (
        "blackmailers-are-people",
        "Police in Ghana said 14 blackmailers were arrested.",
        [row("arrested", 14, "GH")],
    ),
    (
        "come-under-the-scanner-is-investigated",
        "Police in Ghana said 25 people have come under the scanner.",
        [row("investigated", 25, "GH")],
    ),
    (
        "participle-in-scare-quotes",
        "Officers in Ghana said a further 22 have been \u201csafeguarded\u201d.",
        [row("victims_identified", 22, "GH")],
    ),
    (
        "more-than-is-no-count",
        "Police in Ghana said arrests rose by 45 more than expected.",
        [],
    ),
]


@cases(PEOPLE_NAMED_BY_WHERE_THEY_ARE_FROM)
def test_people_named_by_demonym_and_n_more(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- s5: constructions of English police reporting ------------------------------------------

ENGLISH_REPORTING = [
    (
        "headline-list-of-counts-each-with-its-participle",
        "8 girls saved 30 men arrested in Queensland child abuse sweep",
        [row("victims_identified", 8, "AU", sex="female"), row("arrested", 30, "AU", sex="male")],
    ),
    (
        "a-verb-after-a-count-of-officers-still-governs",
        "In Texas, 30 officers raided 12 homes.",
        [row("officers_deployed", 30, "US"), row("locations_searched", 12, "US")],
    ),
    (
        "teams-comprising-officers-count-teams",
        "Detectives in Leeds said 14 squads comprising officers searched 20 houses.",
        [row("locations_searched", 20, "GB")],
    ),
    (
        "singular-modifier-before-the-plural-head",
        "The operation in Kenya led to the arrest of nearly 300 child abuse image offenders.",
        [row("arrested", 300, "KE", qualifier="approximately")],
    ),
    (
        "list-by-place-keeps-the-first-item-sex",
        "Police in Ghana said eight men were detained in Accra, four in Kumasi.",
        [row("arrested", 8, "GH", sex="male"), row("arrested", 4, "GH", sex="male")],
    ),
    (
        "hundreds-of-a-plain-plural-is-no-list-item",
        "Police in Peru rescued 12 children through hundreds of house visits.",
        [row("victims_identified", 12, "PE")],
    ),
    (
        "object-of-an-intention-is-not-done",
        "Police in Nepal arrested three men while efforts were under way to catch two others.",
        [row("arrested", 3, "NP", sex="male")],
    ),
    (
        "members-of-an-organisation-are-no-participants",
        "Interpol is a body that connects police from 190 countries.",
        [],
    ),
    (
        "all-member-states-are-no-participants",
        "Last year Europol warned all 27 member states of the scam.",
        [],
    ),
    (
        "a-size-is-no-count-of-files",
        "Police in Oman found 40 GB of files on his laptop.",
        [],
    ),
    (
        "parts-of-victims-set-after-a-dash-are-victims",
        "Police in Malta arrested two men for streaming the abuse of five children – "
        "3 females and 2 males.",
        [row("arrested", 2, "MT", sex="male")],
    ),
    (
        "a-plain-verb-joined-by-and-keeps-the-event-before",
        "Police in Utah investigated 900 complaints and delivered talks to more than "
        "20,000 adults.",
        [row("cases_opened", 900, "US")],
    ),
    (
        "subject-of-a-plain-progressive-verb",
        "Police in Iowa opened an investigation after a tip that thousands of people were "
        "using a forum.",
        [],
    ),
    (
        "a-year-named-as-a-year-is-no-count",
        "The operation in Ohio, which began in the year 2019, led to 600 arrests.",
        [row("arrested", 600, "US")],
    ),
    (
        "neither-denies-the-event",
        "Two men in Perth were named in reports, though neither has been interviewed.",
        [],
    ),
    (
        "at-risk-of-prosecution-is-not-yet-charged",
        "Police in Wales said thousands of customers are now at risk of prosecution.",
        [],
    ),
    (
        "pieces-of-material-are-files",
        "Investigators in Wellington identified 9,000 pieces of child abuse material.",
        [row("files_seized", 9000, "NZ")],
    ),
    (
        "discovery-of-files",
        "Analysis of the phone in Texas led to the discovery of 31 images and 12 videos.",
        [row("files_seized", 31, "US"), row("files_seized", 12, "US")],
    ),
    (
        "premises-inspected-are-searched",
        "Officers in Malaysia inspected 18 premises on Tuesday.",
        [row("locations_searched", 18, "MY")],
    ),
    (
        "survivors-brought-to-safety-with-an-aside",
        "Agents in Manila brought two male survivors, aged 15 and 16, to safety.",
        [row("victims_identified", 2, "PH", sex="male")],
    ),
    (
        "children-recovered-are-victims-found",
        "Police in Lahore said ten children were recovered from the house.",
        [row("victims_identified", 10, "PK")],
    ),
    (
        "paying-for-material-is-purchase",
        "In Sydney, the 12 arrested are accused of paying for abuse material.",
        [row("arrested", 12, "AU", role="purchase")],
    ),
    (
        "cases-solved-are-concluded",
        "Police in Korea opened 400 investigations, with 120 cases already solved.",
        [row("cases_opened", 400, "KR"), row("cases_concluded", 120, "KR")],
    ),
]


# --- prosecutors' releases: the crime told after the event, the source of a narrative -----------

RELEASE_CONSTRUCTIONS = [
    (
        "crime-noun-of-names-the-victims",
        "A Fresno man was sentenced to 12 years in prison for the rape of two women.",
        [],
    ),
    (
        "crime-noun-of-in-a-headline",
        "Riverside Man Sentenced for Assault and Robbery of Two Cashiers",
        [],
    ),
    (
        "crime-noun-in-connection-with",
        "A driver has been charged in connection with the deaths of four people.",
        [],
    ),
    (
        "a-total-of-is-no-crime",
        "Detectives arrested a total of 15 suspects in the sting.",
        [row("arrested", 15)],
    ),
    (
        "a-group-of-is-no-crime",
        "Investigators charged a group of nine men with distributing abuse images.",
        [row("charged", 9, sex="male", role="distribution")],
    ),
    (
        "the-arrest-of-is-the-event",
        "The operation led to the arrest of 23 men in Ohio.",
        [row("arrested", 23, "US", sex="male")],
    ),
    (
        "children-someone-has-are-family",
        "The District Attorney identified the defendant as John Roe, 41, of Ohio. According to"
        " testimony, he and his partner, who had two children, now ages four and seven, were"
        " arguing over money.",
        [],
    ),
    (
        "a-father-of-children-is-family",
        "The victim, a father of four young children, was robbed in Ohio.",
        [],
    ),
    (
        "children-rescued-stay",
        "Police in Ohio rescued two children from the house.",
        [row("victims_identified", 2, "US")],
    ),
    (
        "officers-fired-at-are-targets",
        "The defendant took aim at two uniformed police officers and opened fire.",
        [],
    ),
    (
        "officers-exposed-to-are-targets",
        "He is accused of exposing himself to five female officers in a holding cell.",
        [],
    ),
    (
        "officers-deployed-stay",
        "Police in Ohio deployed 200 officers in the operation.",
        [row("officers_deployed", 200, "US")],
    ),
    (
        "up-to-officers-stay",
        "The operation involved up to 150 officers from six agencies.",
        [row("officers_deployed", 150, qualifier="at_most")],
    ),
    (
        "identified-themselves-as-is-no-identification",
        "Two men stopped a cyclist and identified themselves as federal agents.",
        [],
    ),
    (
        "identified-herself-as-is-no-identification",
        "Three girls chatted with a woman who identified herself as a model scout.",
        [],
    ),
    (
        "identified-as-suspects-is-an-identification",
        "Police identified three suspects after reviewing the footage.",
        [row("suspects_identified", 3)],
    ),
    (
        "crime-gerund-names-the-victims",
        "A bookkeeper was indicted for allegedly taking nearly $90,000 from four employers.",
        [],
    ),
    (
        "sentenced-for-injuring-two",
        "A motorist was sentenced to six years in prison for hitting two cyclists in Ohio.",
        [],
    ),
    (
        "crime-gerund-after-the-count-keeps-the-event",
        "Prosecutors charged 12 men with conspiring to steal cars from a dealer.",
        [row("charged", 12, sex="male")],
    ),
    (
        "are-accused-of-is-charged",
        "The four defendants are accused of breaking into a pharmacy.",
        [row("charged", 4)],
    ),
    (
        "accused-of-crime-with-victims",
        "The coach is accused of grooming more than 6 boys on his team.",
        [],
    ),
    (
        "indictments-count-no-people",
        "Nine Alleged Gang Members Charged in Three Indictments",
        [row("charged", 9)],
    ),
    (
        "a-salon-located-on-is-no-finding",
        "One suspect fired at a shop located on Elm Street, nearly hitting four shoppers.",
        [],
    ),
    (
        "were-located-is-a-finding",
        "Police said 14 children were located in Texas.",
        [row("victims_identified", 14, "US")],
    ),
    (
        "charged-a-price",
        "Two of the contractors charged as much as $4,000 per job.",
        [],
    ),
    (
        "prior-convictions-are-a-record",
        "The defendant has three prior convictions for robbery.",
        [],
    ),
    (
        "investigation-as-the-source",
        "The investigation showed that the suspects hired six different drivers.",
        [],
    ),
    (
        "investigation-heading-the-count",
        "Detectives opened an investigation into five adult men.",
        [row("investigated", 5, sex="male")],
    ),
    (
        "vague-of-an-unknown-noun",
        "The defendants forged hundreds of bank cheques.",
        [],
    ),
    (
        "possessing-files-were-found",
        "He admitted possessing more than 2,500 images of child abuse.",
        [row("files_seized", 2500, qualifier="at_least")],
    ),
    (
        "keeping-photographs-on-a-computer",
        "The teacher is accused of keeping about 80 explicit photographs on his laptop.",
        [row("files_seized", 80, qualifier="approximately")],
    ),
    (
        "pseudonym-with-a-number",
        "Police said Jane Doe 3 was later identified.",
        [],
    ),
    (
        "offender-risk-level",
        "The defendant, a Level 2 sex offender, was arrested in May.",
        [],
    ),
    (
        "emergency-number-rung",
        "A neighbour called 911 and officers arrived within minutes.",
        [],
    ),
    (
        "part-of-the-detained-accused-keeps-the-total",
        "Police in Chile arrested 9 people. Four of the detainees are accused of distributing "
        "the images.",
        [row("arrested", 9, "CL"), row("arrested", 4, "CL", role="distribution")],
    ),
    (
        "a-new-clause-tells-another-action",
        "The crew located the courier near the bridge, where they beat him, and all six "
        "defendants fled in two cars.",
        # 'located' is not the six's event; "defendants" are people charged
        [row("charged", 6)],
    ),
    (
        "a-list-after-the-event-keeps-it",
        "Police in Peru arrested the leader, his deputy and 11 other members.",
        [row("arrested", 11, "PE")],
    ),
    (
        "ordinal-suffix-on-its-own-line",
        "Deputies held the 7\nth\nannual sweep of the county.",
        [],
    ),
    (
        "a-list-of-people-a-crime-left-harmed",
        "The landlord was indicted over a blaze that left one resident dead and seven others, "
        "including two toddlers, injured.",
        [],
    ),
    (
        "a-list-of-people-a-crime-left-harmed-without-others",
        "Five gang members were charged over shootings that left one bystander dead and 11 "
        "people wounded.",
        [row("charged", 5)],
    ),
    (
        "leaving-people-harmed",
        "The driver was sentenced for a crash leaving two passengers dead, four hurt.",
        [],
    ),
    (
        "a-list-of-bare-numbers-counts-its-last-noun",
        "Eleven defendants were indicted in three indictments totaling 210, 96 and 33 counts.",
        [row("charged", 11)],
    ),
    (
        "a-list-of-counts-respectively",
        "Three other men were charged with 12, 15, and 9 counts respectively.",
        [row("charged", 3, sex="male")],
    ),
    (
        "a-list-of-places-keeps-its-people",
        "Police arrested 12 men, 4 in Leeds and 8 in York.",
        [
            row("arrested", 12, "GB", sex="male"),
            row("arrested", 4, "GB", sex="male"),
            row("arrested", 8, "GB", sex="male"),
        ],
    ),
    (
        "unidentified-accomplices-are-nobody-counted",
        "The defendant and three unidentified accomplices were charged with robbing the store.",
        [],
    ),
    (
        "other-unknown-men-are-nobody-counted",
        "Two other unknown men fled, and police arrested four suspects.",
        [row("arrested", 4)],
    ),
    (
        "trafficking-harms-its-object",
        "The defendant was charged with sex trafficking two teenage girls.",
        [],
    ),
    (
        "prostituting-and-forcing-harm-their-objects",
        "He was convicted of trafficking three women and prostituting two minors, and of "
        "forcing four victims into a van.",
        [],
    ),
    (
        "binding-harms-its-object",
        "The men were charged with tying up two adults and binding three children.",
        [],
    ),
    (
        "online-searches-are-no-places-searched",
        "A search of his laptop revealed about 40 internet searches for poisons.",
        [],
    ),
    (
        "searches-of-places-stay",
        "Police carried out 40 searches across the city.",
        [row("locations_searched", 40)],
    ),
    (
        "a-named-officer-and-others-in-a-narrative",
        "Officer Diaz and three other officers arrested the defendant in the lobby.",
        [],
    ),
    (
        "officers-who-arrested-one-person",
        "Two detectives arrested him at his home on Friday.",
        [],
    ),
    (
        "officers-who-guarded-one-person",
        "The defendant was being guarded by two police officers at the hospital.",
        [],
    ),
    (
        "officers-deployed-stay",
        "More than 300 officers from 12 agencies arrested 45 suspects.",
        [row("arrested", 45), row("officers_deployed", 300, qualifier="at_least")],
    ),
    (
        "victims-found-harmed-at-the-scene",
        "Police found three victims with gunshot wounds in the apartment, and two lying dead.",
        [],
    ),
    (
        "victims-found-alive-stay",
        "Police found 12 children living in squalor and rescued them.",
        [row("victims_identified", 12)],
    ),
    (
        "a-criminal-record-without-prior",
        "The defendant has 14 felony convictions, and his co-defendant had three arrests.",
        [],
    ),
    (
        "arrests-an-operation-made-stay",
        "The operation ended with 15 arrests, and the sweep led to 40 arrests.",
        [row("arrested", 15), row("arrested", 40)],
    ),
    (
        "vacated-convictions-are-undone",
        "The office moved to vacate the convictions of two men in the 1990 case.",
        [],
    ),
    (
        "sealed-convictions-are-undone",
        "Prosecutors are sealing marijuana convictions for thousands of people.",
        [],
    ),
    (
        "upheld-convictions-stay",
        "The convictions of two men were upheld on appeal.",
        [row("convicted", 2, sex="male")],
    ),
    (
        "identified-as-an-one-is-a-description",
        "One of the individuals identified as an active gang member was arrested.",
        [],
    ),
    (
        "one-of-a-group-is-one-person",
        "During the case, one of the men named in the order was arrested and charged.",
        [],
    ),
    (
        "two-of-a-group-stay",
        "Two of the men named in the order were arrested.",
        [row("arrested", 2, sex="male")],
    ),
    (
        "identified-as-victims-stays",
        "Twelve children were identified as victims of abuse.",
        [row("victims_identified", 12)],
    ),
    (
        "private-investigators-are-people",
        "Two private investigators working for a law firm were arrested and charged with fraud.",
        [row("arrested", 2), row("charged", 2)],
    ),
    (
        "public-view-is-no-viewing",
        "Four men were convicted of lewd conduct in a place exposed to public view.",
        [row("convicted", 4, sex="male")],
    ),
]


FOUND_IN_PASSING = [
    (
        "children-seen-in-what-was-found",
        "Police in Texas found images of 30 children on his phone.",
        [],
    ),
    (
        "children-found-dead",
        "Two children were found dead in Texas.",
        [],
    ),
    (
        "a-finding-about-children",
        "Police in Texas found that 12 children had been contacted by the man.",
        [],
    ),
    (
        "children-uncovered-by-the-inquiry",
        "Officers in the Philippines uncovered three other minors who had moved away.",
        [row("victims_identified", 3, "PH")],
    ),
]


MORE_ENGLISH_REPORTING = [
    (
        "n-of-them-were-charged",
        "Police in Chile arrested 40 men. 16 of them were charged.",
        [row("arrested", 40, "CL", sex="male"), row("charged", 16, "CL")],
    ),
    (
        "n-of-them-were-identified-takes-the-group-of-the-pronoun",
        "Police in Chile rescued 46 children. 16 of them were identified at one school.",
        [row("victims_identified", 46, "CL"), row("victims_identified", 16, "CL")],
    ),
    (
        "digits-in-brackets-restate-the-count",
        "Police in Chile rescued three minors, one (1) female and two (2) male victims.",
        [row("victims_identified", 3, "CL"), row("victims_identified", 2, "CL", sex="male")],
    ),
    (
        "a-list-of-ages-does-not-end-the-clause",
        "Police in Chile said four men aged 24, 59, 60 and 61 were charged with possession "
        "of abuse material.",
        [row("charged", 4, "CL", sex="male", role="possession")],
    ),
    (
        "an-estimate-of-a-final-total",
        "Investigators in Chile estimate that a final total of more than one million images "
        "will be found.",
        [],
    ),
    (
        "not-yet-words-of-a-later-clause",
        "During the operation in Chile, which saw the seizure of over 100,000 files, officers "
        "targeted men suspected of sharing such material and also those likely to be abusing "
        "children.",
        [row("files_seized", 100000, "CL", qualifier="at_least")],
    ),
    (
        "domains-seized-are-taken-down",
        "Police in Spain seized 5 domains used to sell abuse material.",
        [row("websites_blocked", 5, "ES")],
    ),
]


@cases(FOUND_IN_PASSING + MORE_ENGLISH_REPORTING)
def test_more_constructions_of_english_police_reporting(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


@cases(ENGLISH_REPORTING)
def test_constructions_of_english_police_reporting(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


@cases(RELEASE_CONSTRUCTIONS)
def test_release_constructions(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- a part of a group a pronoun stands for; "one" is no count alone; file nouns; inquiry nouns -
PRONOUN_GROUPS_AND_LONE_ONES = [
    (
        "of-whom-part-states-no-sex",
        "Officers in Peru detained 30 women, 9 of whom have been charged.",
        [row("arrested", 30, "PE", sex="female"), row("charged", 9, "PE")],
    ),
    (
        "charged-n-of-them",
        "Detectives in Peru arrested 22 men. Prosecutors later charged 8 of them.",
        [row("arrested", 22, "PE", sex="male"), row("charged", 8, "PE")],
    ),
    (
        "n-of-them-identified-after-victims-are-victims",
        "Police in Peru rescued 12 minors last week. Five of them have been identified.",
        [row("victims_identified", 12, "PE"), row("victims_identified", 5, "PE")],
    ),
    (
        "n-of-them-identified-after-suspects-are-suspects",
        "Investigators in Peru traced 50 users. 20 of them were identified.",
        [row("suspects_identified", 50, "PE"), row("suspects_identified", 20, "PE")],
    ),
    (
        "n-of-them-identified-without-a-group-says-nothing",
        "Officers in Peru said that 7 of them were identified.",
        [],
    ),
    (
        "n-of-them-identified-as-describes-the-group",
        "Police in Peru arrested 18 men. 4 of them were identified as moderators.",
        [row("arrested", 18, "PE", sex="male")],
    ),
    (
        "one-person-is-no-count",
        "One man was arrested in Peru on Friday.",
        [],
    ),
    (
        "one-of-the-is-a-pronoun",
        "Police in Peru said one of the children was rescued.",
        [],
    ),
    (
        "in-one-case-is-circumstance",
        "In one case in Peru, police found the laptops hidden in a wall.",
        [],
    ),
    (
        "one-case-is-an-instance",
        "Police in Peru opened one case against the school.",
        [],
    ),
    (
        "one-home-is-an-instance",
        "Police in Peru searched one home near the port.",
        [],
    ),
    (
        "items-of-material-are-files",
        "Agents in Peru seized 7,500 items of abuse material.",
        [row("files_seized", 7500, "PE")],
    ),
    (
        "clips-and-recordings-are-files",
        "Officers in Peru found 300 video clips and 40 recordings on the phones.",
        [row("files_seized", 300, "PE"), row("files_seized", 40, "PE")],
    ),
    (
        "clips-sold-are-no-seizure",
        "He sold 300 clips to buyers in Peru.",
        [],
    ),
    (
        "the-inquiry-noun-is-no-event-of-people-it-does-not-head",
        "All 64 suspects live in Peru and the investigation began in May.",
        [],
    ),
    (
        "the-inquiry-found-suspects-is-no-investigated-count",
        "The two-year investigation in Peru found 64 suspects.",
        [],
    ),
    (
        "an-investigation-into-people-heads-them",
        "Prosecutors in Peru opened an investigation into 64 men.",
        [row("investigated", 64, "PE", sex="male")],
    ),
    (
        "the-investigation-of-people-heads-them",
        "The investigation of 64 people in Peru continues.",
        [row("investigated", 64, "PE")],
    ),
    (
        "under-investigation-is-the-event",
        "In Peru, 64 teachers and 12 men are under investigation.",
        [row("investigated", 64, "PE"), row("investigated", 12, "PE", sex="male")],
    ),
    (
        "the-inquiry-noun-leaves-arrests-alone",
        "The investigation in Peru led to 64 arrests.",
        [row("arrested", 64, "PE")],
    ),
    (
        "no-one-is-no-count",
        "No one was arrested in Peru.",
        [],
    ),
]


@cases(PRONOUN_GROUPS_AND_LONE_ONES)
def test_pronoun_groups_and_lone_ones(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- a passive verb of its own; a task's hypothetical need ------------------------------------

OWN_PASSIVE_AND_NEEDS = [
    (
        "previewed-devices-borrow-no-later-seizure",
        "During the raids in Ohio, 86 digital devices were previewed and 1,400 digital "
        "devices were seized.",
        [row("devices_seized", 1400, "US")],
    ),
    (
        "contacted-children-borrow-no-later-arrest",
        "In Leeds, 30 children were contacted and 12 suspects were arrested.",
        [row("arrested", 12, "GB")],
    ),
    (
        "a-verb-joined-by-and-is-still-its-own",
        "In Ohio, 40 laptops were examined and seized.",
        [row("devices_seized", 40, "US", device="laptop")],
    ),
    (
        "an-event-in-its-own-stretch-stays",
        "In Ohio, 40 laptops were recovered and 12 phones were examined after being seized.",
        [
            row("devices_seized", 40, "US", device="laptop"),
            row("devices_seized", 12, "US", device="mobile_phone"),
        ],
    ),
    (
        "would-take-officers-is-a-need",
        "Police in Kent said it would take three full-time officers a year to view the images.",
        [],
    ),
    (
        "could-require-analysts-is-a-need",
        "Detectives in Kent said the review could require up to 20 officers.",
        [],
    ),
    (
        "officers-who-took-part-are-deployed",
        "Police in Kent deployed 300 officers, and it would take them months to finish.",
        [row("officers_deployed", 300)],
    ),
]


@cases(OWN_PASSIVE_AND_NEEDS)
def test_own_passive_verbs_and_hypothetical_needs(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


# --- victims a case involves, and children taken into care ---------------------------------

VICTIMS_OF_THE_OPERATION = [
    (
        "arrests-involving-victims",
        "In Manitoba, the probe led to 52 arrests involving 38 alleged victims.",
        [row("arrested", 52, "CA"), row("victims_identified", 38, "CA")],
    ),
    (
        "victims-involved-after-the-count",
        "In Manitoba, police laid charges against 9 men, with 21 child victims involved.",
        [row("charged", 9, "CA", sex="male"), row("victims_identified", 21, "CA")],
    ),
    (
        "children-taken-into-care",
        "In Manitoba, the raids led to more than 60 children being taken into care.",
        [row("victims_identified", 60, "CA", qualifier="at_least")],
    ),
    (
        "the-location-of-victims",
        "In Manitoba, the investigation resulted in the location of at least four victims.",
        [row("victims_identified", 4, "CA", qualifier="at_least")],
    ),
    (
        "a-charge-involving-a-named-victim-counts-no-victims",
        "In Manitoba, Tom Reed, 41, was charged with one count of possession of child "
        "pornography involving Jane Doe #5, four counts of misdemeanor child annoyance involving "
        "Jane Does #1 to 4, and one misdemeanor count of attempted child annoyance involving "
        "Jane Doe #4.",
        [],
    ),
]


@cases(VICTIMS_OF_THE_OPERATION)
def test_victims_an_operation_involves_or_takes_into_care(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))


def test_cases_a_unit_handled_are_cases_it_opened():
    assert facts_of("In Leeds, 140 cases were handled by the unit.") == expect(
        row("cases_opened", 140, "GB")
    )
    assert facts_of("In Leeds, officers processed 40 suspects at the station.") == []


def test_a_possessive_noun_modifies_the_noun_it_stands_before():
    assert facts_of("Police in Perth raided 20 children’s homes.") == expect(
        row("locations_searched", 20, "AU")
    )


def test_cases_one_person_handled_are_no_cases_opened():
    text = "In Leeds, he used the bank cards of estates of eight decedents whose cases he handled."
    assert facts_of(text) == []


# Officers named as part of a group of suspects are suspects, not officers taking part.
OFFICERS_AMONG_SUSPECTS = [
    (
        "among-those-arrested",
        "Police arrested 40 people. Among those arrested were three police officers.",
        [row("arrested", 40), row("arrested", 3)],
    ),
    (
        "including-after-the-event",
        "Police arrested 40 people, including three police officers and a teacher.",
        [row("arrested", 40), row("arrested", 3)],
    ),
    (
        "fr-dont-after-arrests",
        french(
            "La police a mené 84 perquisitions et 40 interpellations, dont celles de trois "
            "policiers."
        ),
        [row("locations_searched", 84), row("arrested", 40), row("arrested", 3)],
    ),
    (
        "cs-mezi-zadrzenymi",
        czech("Policie zadržela 40 lidí. Mezi zadrženými jsou i tři policisté."),
        [row("arrested", 40), row("arrested", 3)],
    ),
    (
        "officers-part-of-officers-stay-officers",
        "Police arrested 40 people in an operation of 300 officers, including 20 detectives.",
        [row("arrested", 40), row("officers_deployed", 300), row("officers_deployed", 20)],
    ),
    (
        "including-before-the-event-stays-officers",
        "The operation, including 300 officers, led to 40 arrests.",
        [row("officers_deployed", 300), row("arrested", 40)],
    ),
]


@cases(OFFICERS_AMONG_SUSPECTS)
def test_officers_among_the_suspects_are_suspects(text, expected):
    assert facts_of(text) == expect(*expected)
