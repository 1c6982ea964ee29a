"""Coverage of the English of police reporting, written from the language and not from any
article: how sheriffs, ICAC task forces, UK and Irish forces, Australian and New Zealand
police, Indian, Philippine, Nigerian and South African police and the international agencies
(Europol, Interpol, Eurojust) state each figure of the contract. Each case is named after
the construction it exercises; the negatives are numbers that must give no fact (or not
that fact). All sentences are invented."""

from __future__ import annotations

from tests.harness import cases, expect, facts_of, row

ARRESTS = [
    (
        "were-arrested-passive",
        "Sheriff's deputies in Florida said 14 men were arrested during the two-day sting.",
        [row("arrested", 14, "US", sex="male")],
    ),
    (
        "booked-into-the-county-jail",
        "All nine men were booked into the Polk County Jail in Florida.",
        [row("arrested", 9, "US", sex="male")],
    ),
    (
        "headline-nets-arrests",
        "Undercover operation in Texas nets 27 arrests",
        [row("arrested", 27, "US")],
    ),
    (
        "led-to-the-arrest-of",
        "The investigation in Arizona led to the arrest of 17 people.",
        [row("arrested", 17, "US")],
    ),
    (
        "resulted-in-arrests",
        "The sting in Ohio resulted in 23 arrests.",
        [row("arrested", 23, "US")],
    ),
    (
        "headline-present-tense",
        "Police arrest eight in Manchester child abuse images probe",
        [row("arrested", 8, "GB")],
    ),
    (
        "active-past-tense",
        "Officers in Queensland arrested 31 people over the weekend.",
        [row("arrested", 31, "AU")],
    ),
    (
        "perfect-passive-a-total-of",
        "A total of 45 people have been arrested across Canada.",
        [row("arrested", 45, "CA")],
    ),
    (
        "apprehended-suspects",
        "Agents apprehended 19 suspects in the Philippines.",
        [row("arrested", 19, "PH")],
    ),
    (
        "headline-nab",
        "Police nab six in Lagos over online child abuse ring",
        [row("arrested", 6, "NG")],
    ),
    (
        "detained-men",
        "Police in Johannesburg detained five men on Friday.",
        [row("arrested", 5, "ZA", sex="male")],
    ),
    (
        "rounded-up-suspects",
        "Police in Mumbai rounded up 11 suspects.",
        [row("arrested", 11, "IN")],
    ),
    (
        "number-word-at-sentence-start",
        "Seventeen people were arrested in Ireland.",
        [row("arrested", 17, "IE")],
    ),
    (
        "hyphenated-number-word",
        "Twenty-three men were arrested in Scotland.",
        [row("arrested", 23, "GB", sex="male")],
    ),
    (
        "thousands-separator",
        "Police across the United States arrested 1,459 people.",
        [row("arrested", 1459, "US")],
    ),
    (
        "more-than-qualifier",
        "More than 100 people were arrested in England and Wales.",
        [row("arrested", 100, "GB", qualifier="at_least")],
    ),
    (
        "nearly-qualifier",
        "Nearly 200 suspects were arrested in India.",
        [row("arrested", 200, "IN", qualifier="approximately")],
    ),
    (
        "some-qualifier",
        "Some 40 people were detained in Kenya.",
        [row("arrested", 40, "KE", qualifier="approximately")],
    ),
    (
        "up-to-qualifier",
        "Up to 30 suspects were arrested in Queensland.",
        [row("arrested", 30, "AU", qualifier="at_most")],
    ),
    (
        "at-least-qualifier",
        "At least 16 people were arrested in Kerala.",
        [row("arrested", 16, "IN", qualifier="at_least")],
    ),
    (
        "arrests-made",
        "Detectives in Ontario made 28 arrests.",
        [row("arrested", 28, "CA")],
    ),
    (
        "nominal-arrests-were-made",
        "In Texas, 64 arrests were made during the operation.",
        [row("arrested", 64, "US")],
    ),
    (
        "individuals-apprehended",
        "In Manila, 7 individuals were apprehended by the task force.",
        [row("arrested", 7, "PH")],
    ),
    (
        "teenagers-age-band",
        "Three teenagers were arrested in Auckland.",
        [row("arrested", 3, "NZ", ages=(13, 19))],
    ),
    (
        "role-possession-after-count",
        "Police in Florida arrested 14 people for possessing child sexual abuse material.",
        [row("arrested", 14, "US", role="possession")],
    ),
    (
        "role-distribution-charged",
        "In Ontario, 19 people were charged with distributing child abuse images.",
        [row("charged", 19, "CA", role="distribution")],
    ),
    (
        "caught-in-sting",
        "Twelve men were caught in an undercover sting in Nevada.",
        [row("arrested", 12, "US", sex="male")],
    ),
]

BREAKDOWNS = [
    (
        "total-then-men-and-women",
        "Police in Victoria arrested 17 people, 15 men and two women.",
        [
            row("arrested", 17, "AU"),
            row("arrested", 15, "AU", sex="male"),
            row("arrested", 2, "AU", sex="female"),
        ],
    ),
    (
        "breakdown-in-parentheses",
        "In Ontario, 64 people (60 men and four women) were charged.",
        [
            row("charged", 64, "CA"),
            row("charged", 60, "CA", sex="male"),
            row("charged", 4, "CA", sex="female"),
        ],
    ),
    (
        "aged-between-after-count",
        "Police in Wales arrested 12 men aged between 19 and 70.",
        [
            row("arrested", 12, "GB", sex="male"),
            row("youngest_age", 19, "GB"),
            row("oldest_age", 70, "GB"),
        ],
    ),
    (
        "ranging-in-age-from-to",
        "The 20 suspects, ranging in age from 25 to 67, were charged in Alberta.",
        [
            row("charged", 20, "CA"),
            row("youngest_age", 25, "CA"),
            row("oldest_age", 67, "CA"),
        ],
    ),
    (
        "national-share-of-international-total",
        "Police arrested 120 people worldwide, including 15 in Spain.",
        [row("arrested", 120, "ALL"), row("arrested", 15, "ES")],
    ),
    (
        "of-whom-partitive-charged",
        "Police in Scotland arrested 40 people, 25 of whom have been charged.",
        [row("arrested", 40, "GB"), row("charged", 25, "GB")],
    ),
]

CUSTODY_AND_INVESTIGATION = [
    (
        "remanded-in-custody",
        "Four men were remanded in custody in Dublin.",
        [row("in_custody", 4, "IE", sex="male")],
    ),
    (
        "taken-into-custody",
        "Twelve suspects were taken into custody in Alabama on Tuesday.",
        [row("in_custody", 12, "US")],
    ),
    (
        "remain-in-custody",
        "Three suspects remain in custody in Texas.",
        [row("in_custody", 3, "US")],
    ),
    (
        "interviewed-under-caution",
        "Seven men were interviewed under caution in Yorkshire.",
        [row("investigated", 7, "GB", sex="male")],
    ),
    (
        "questioned-active",
        "Police in Sydney questioned 14 people.",
        [row("investigated", 14, "AU")],
    ),
    (
        "released-under-investigation",
        "In Scotland, six men were released under investigation.",
        [row("investigated", 6, "GB", sex="male")],
    ),
    (
        "arrested-or-interviewed-total",
        "In England, 95 people were arrested or interviewed under caution.",
        [row("arrested_or_investigated", 95, "GB")],
    ),
    (
        "suspects-identified-passive",
        "Investigators in Brazil said 42 suspects were identified.",
        [row("suspects_identified", 42, "BR")],
    ),
    (
        "identified-suspects-international",
        "Europol said 85 suspects were identified across 19 countries.",
        [row("suspects_identified", 85, "ALL"), row("jurisdictions_involved", 19, "ALL")],
    ),
]

CHARGES_AND_COURTS = [
    (
        "charged-with-offences-count-of-people-only",
        "In Queensland, 12 men have been charged with 150 offences.",
        [row("charged", 12, "AU", sex="male")],
    ),
    (
        "face-charges",
        "Eight people face charges in Michigan after the operation.",
        [row("charged", 8, "US")],
    ),
    (
        "grand-jury-indicted-defendants",
        "A federal grand jury in Virginia indicted 15 defendants.",
        [row("charged", 15, "US")],
    ),
    (
        "defendants-were-indicted",
        "Fifteen defendants were indicted in Virginia.",
        [row("charged", 15, "US")],
    ),
    (
        "charges-laid-against",
        "In Ontario, charges were laid against nine people.",
        [row("charged", 9, "CA")],
    ),
    (
        "charged-active",
        "Police in Auckland charged five people.",
        [row("charged", 5, "NZ")],
    ),
    (
        "have-been-convicted",
        "Nine men have been convicted in Birmingham.",
        [row("convicted", 9, "GB", sex="male")],
    ),
    (
        "pleaded-guilty-partitive",
        "In Lagos, six of the suspects pleaded guilty.",
        [row("convicted", 6, "NG")],
    ),
    (
        "were-sentenced-people",
        "Four men were sentenced in Glasgow.",
        [row("convicted", 4, "GB", sex="male")],
    ),
    (
        "were-jailed-people",
        "Eleven men were jailed in Leeds for sharing abuse images.",
        [row("convicted", 11, "GB", sex="male", role="distribution")],
    ),
]

VICTIMS = [
    (
        "safeguarded-children",
        "Officers in Yorkshire safeguarded 25 children.",
        [row("victims_identified", 25, "GB")],
    ),
    (
        "children-were-rescued",
        "Twelve children were rescued in the Philippines.",
        [row("victims_identified", 12, "PH")],
    ),
    (
        "identified-victims",
        "Investigators in Canada identified nine victims.",
        [row("victims_identified", 9, "CA")],
    ),
    (
        "child-victims-identified-worldwide",
        "Interpol said 73 child victims were identified worldwide.",
        [row("victims_identified", 73, "ALL")],
    ),
    (
        "gerund-safeguarding",
        "The operation in Wales resulted in safeguarding 40 children.",
        [row("victims_identified", 40, "GB")],
    ),
    (
        "minors-rescued",
        "Police in Manila rescued 8 minors.",
        [row("victims_identified", 8, "PH")],
    ),
]

SEARCHES = [
    (
        "executed-search-warrants",
        "Officers executed 38 search warrants in Texas.",
        [row("locations_searched", 38, "US")],
    ),
    (
        "warrants-executed-at-addresses",
        "In London, warrants were executed at 14 addresses.",
        [row("locations_searched", 14, "GB")],
    ),
    (
        "searched-premises",
        "Police searched 20 premises in Northern Ireland.",
        [row("locations_searched", 20, "GB")],
    ),
    (
        "raids-on-homes",
        "In New South Wales, raids were carried out on 45 homes.",
        [row("locations_searched", 45, "AU")],
    ),
    (
        "carried-out-raids",
        "Police carried out 60 raids across Germany.",
        [row("locations_searched", 60, "DE")],
    ),
    (
        "search-warrants-were-served",
        "In Ohio, 45 search warrants were served.",
        [row("locations_searched", 45, "US")],
    ),
    (
        "properties-searched",
        "Detectives in Cork said 11 properties were searched.",
        [row("locations_searched", 11, "IE")],
    ),
]

DEVICES_AND_FILES = [
    (
        "seized-devices-untyped",
        "Officers seized 120 devices in Texas.",
        [row("devices_seized", 120, "US")],
    ),
    (
        "device-list-by-type",
        "Police in Belfast seized 15 laptops, 40 mobile phones and 12 hard drives.",
        [
            row("devices_seized", 15, "GB", device="laptop"),
            row("devices_seized", 40, "GB", device="mobile_phone"),
            row("devices_seized", 12, "GB", device="hard_drive"),
        ],
    ),
    (
        "electronic-devices-adjective",
        "More than 300 electronic devices were seized in Ireland.",
        [row("devices_seized", 300, "IE", qualifier="at_least")],
    ),
    (
        "devices-were-confiscated",
        "In Kerala, 28 mobile phones were confiscated.",
        [row("devices_seized", 28, "IN", device="mobile_phone")],
    ),
    (
        "images-found",
        "Investigators found more than 10,000 images of child sexual abuse in Ohio.",
        [row("files_seized", 10000, "US", qualifier="at_least")],
    ),
    (
        "scale-word-million",
        "In Australia, 1.2 million images were seized.",
        [row("files_seized", 1200000, "AU")],
    ),
    (
        "videos-and-photos-list",
        "Police in Alberta recovered 500 videos and 3,000 photos.",
        [row("files_seized", 500, "CA"), row("files_seized", 3000, "CA")],
    ),
    (
        "usb-sticks-seized",
        "Officers in Dublin seized four USB sticks.",
        [row("devices_seized", 4, "IE", device="storage_device")],
    ),
]

OFFICERS_COUNTRIES_ACCOUNTS = [
    (
        "officers-took-part",
        "More than 200 officers took part in the raids in Victoria.",
        [row("officers_deployed", 200, "AU", qualifier="at_least")],
    ),
    (
        "officers-were-deployed",
        "Some 300 police officers were deployed across Scotland.",
        [row("officers_deployed", 300, "GB", qualifier="approximately")],
    ),
    (
        "operation-involved-officers",
        "The operation in Ohio involved 150 officers.",
        [row("officers_deployed", 150, "US")],
    ),
    (
        "operation-spanned-countries",
        "Europol said the operation spanned 30 countries.",
        [row("jurisdictions_involved", 30, "ALL")],
    ),
    (
        "police-in-countries-took-part",
        "Police in 14 countries took part in the Interpol operation.",
        [row("jurisdictions_involved", 14, "ALL")],
    ),
    (
        "accounts-identified",
        "Investigators identified 1,500 accounts used to share the material.",
        [row("accounts_identified", 1500, "ALL")],
    ),
    (
        "websites-taken-down",
        "Eurojust said 45 websites were taken down.",
        [row("websites_blocked", 45, "ALL")],
    ),
    (
        "investigations-opened",
        "Police in Ireland opened 120 investigations.",
        [row("cases_opened", 120, "IE")],
    ),
]

NEGATIVES = [
    ("prison-term", "In Ohio, the man was sentenced to 25 years in prison.", []),
    ("counts-of-charges", "He was charged with 12 counts of possession in Texas.", []),
    ("maximum-penalty", "Possession carries a maximum penalty of 10 years in Victoria.", []),
    ("faces-up-to-years", "If convicted, the man in Florida faces up to 20 years.", []),
    ("restitution-money", "The man was ordered to pay $5,000 in restitution in Florida.", []),
    ("bail-money", "He was released on $50,000 bail in Texas.", []),
    ("date-of-arrest", "Police in Kent made the arrest on 12 March 2024.", []),
    ("year-founded", "The unit in Queensland was set up in 2019.", []),
    ("time-of-raid", "The raid began at 6 am in Dublin.", []),
    (
        "phone-number",
        "Anyone with information should call police in Ohio on 1-800-555-0199.",
        [],
    ),
    ("one-offender-age", "A 43-year-old man from Leeds was charged.", []),
    ("one-named-offender-age", "John Smith, 29, of Dallas, was arrested on Monday.", []),
    ("victim-age", "The victim, aged 14, was rescued in Manila.", []),
    (
        "contacted-girls-is-no-identification",
        "The man contacted more than 100 girls online from his home in Ohio.",
        [],
    ),
    ("related-headline", "Related: Man jailed for 10 years over abuse images", []),
    ("read-more-teaser", "Read more: Five arrested in drugs raid in Leeds", []),
    ("hotline-reports", "The hotline received 32,000 reports in the UK.", []),
    ("platform-users", "The site had 400,000 users in the United States.", []),
    ("no-arrests", "No arrests have been made in Ohio.", []),
    ("percentage-rise", "Arrests rose by 25 per cent in England.", []),
    ("statute-section", "He was booked under Section 67B of the IT Act in Kerala.", []),
    ("drug-weight", "Police seized 2 kilograms of cocaine in Sydney.", []),
    ("firearms", "Officers seized 12 firearms in Texas.", []),
    ("vehicles", "Three vehicles were seized in Ontario.", []),
    ("terabytes", "Police in Ohio seized 20 terabytes of data.", []),
    ("a-hard-drive", "Police in Kent seized a hard drive.", []),
    ("several-arrested", "Several people were arrested in Ohio.", []),
    ("hour-long-operation", "The 24-hour operation took place in Ohio.", []),
    ("call-911", "Residents in Texas were urged to call 911.", []),
    ("agencies-are-not-officers", "The task force in Ohio is made up of 61 agencies.", []),
    (
        "years-sentence-each",
        "Three men in Leeds were each jailed for 10 years.",
        [
            row("convicted", 3, "GB", sex="male"),
        ],
    ),
    (
        "age-of-one-victim-in-charge",
        "A man, 52, was charged with abusing a 9-year-old girl in Perth.",
        [],
    ),
]
B2 = [
    (
        "headline-participle-no-auxiliary",
        "14 people arrested in child abuse crackdown in Ohio",
        [row("arrested", 14, "US")],
    ),
    (
        "headline-colon-attribution",
        "Sheriff: 9 arrested in online predator sting in Florida",
        [row("arrested", 9, "US")],
    ),
    (
        "headline-present-charge",
        "Police charge 11 men over child exploitation in Brisbane",
        [row("charged", 11, "AU", sex="male")],
    ),
    (
        "headline-charged-after-raids",
        "Eleven charged after raids in Brisbane",
        [row("charged", 11, "AU")],
    ),
    (
        "operation-leads-to-arrests",
        "Operation in Utah leads to 30 arrests",
        [row("arrested", 30, "US")],
    ),
    (
        "saw-people-arrested",
        "The week of action in Northern Ireland saw 25 people arrested.",
        [row("arrested", 25, "GB")],
    ),
    ("netted-suspects", "The sting in Nevada netted 19 suspects.", [row("arrested", 19, "US")]),
    (
        "resulted-in-the-arrests-of",
        "The probe in Utah resulted in the arrests of 17 men.",
        [row("arrested", 17, "US", sex="male")],
    ),
    (
        "arrested-and-charged",
        "In Tasmania, 17 men were arrested and charged.",
        [row("arrested", 17, "AU", sex="male"), row("charged", 17, "AU", sex="male")],
    ),
    (
        "arrested-a-total-of",
        "Police in Manitoba arrested a total of 45 people.",
        [row("arrested", 45, "CA")],
    ),
    (
        "have-made-arrests",
        "Detectives in Cardiff have made 12 arrests.",
        [row("arrested", 12, "GB")],
    ),
    (
        "have-been-taken-into-custody",
        "In Ohio, 21 men have been taken into custody.",
        [row("in_custody", 21, "US", sex="male")],
    ),
    (
        "charged-with-a-total-of-offences",
        "In Victoria, 19 people were charged with a total of 300 offences.",
        [row("charged", 19, "AU")],
    ),
    (
        "charged-with-more-than-offences",
        "Police in Perth charged six men with more than 80 offences.",
        [row("charged", 6, "AU", sex="male")],
    ),
    (
        "served-search-warrants",
        "ICAC detectives in Utah served 21 search warrants.",
        [row("locations_searched", 21, "US")],
    ),
    (
        "search-warrants-at-locations",
        "Police in Ohio executed search warrants at 40 locations.",
        [row("locations_searched", 40, "US")],
    ),
    (
        "swooped-on-addresses",
        "Officers swooped on 28 addresses in Northern Ireland.",
        [row("locations_searched", 28, "GB")],
    ),
    (
        "seized-items-included",
        "In Ohio, seized items included 12 computers and 30 phones.",
        [
            row("devices_seized", 12, "US", device="computer"),
            row("devices_seized", 30, "US", device="mobile_phone"),
        ],
    ),
    (
        "identified-and-safeguarded",
        "Officers in Wales identified and safeguarded 19 children.",
        [row("victims_identified", 19, "GB")],
    ),
    (
        "children-were-safeguarded",
        "In Scotland, 20 children were safeguarded.",
        [row("victims_identified", 20, "GB")],
    ),
    (
        "suspects-and-victims-identified",
        "Interpol said investigators identified 250 suspects and 90 victims.",
        [row("suspects_identified", 250, "ALL"), row("victims_identified", 90, "ALL")],
    ),
    (
        "arrested-in-countries",
        "Interpol said 219 people were arrested in 13 countries.",
        [row("arrested", 219, "ALL"), row("jurisdictions_involved", 13, "ALL")],
    ),
    (
        "police-from-countries",
        "Police from 21 countries joined the operation led by Europol.",
        [row("jurisdictions_involved", 21, "ALL")],
    ),
    (
        "operation-involving-countries",
        "The operation, involving 17 countries, was coordinated by Europol.",
        [row("jurisdictions_involved", 17, "ALL")],
    ),
    (
        "member-states",
        "Eurojust supported action in 19 member states.",
        [row("jurisdictions_involved", 19, "ALL")],
    ),
    (
        "officers-were-involved",
        "In Queensland, 1,000 officers were involved.",
        [row("officers_deployed", 1000, "AU")],
    ),
    (
        "agents-took-part",
        "More than 100 agents took part in the raids in Texas.",
        [row("officers_deployed", 100, "US", qualifier="at_least")],
    ),
    (
        "investigators-took-part",
        "About 180 investigators took part in the operation in Ontario.",
        [row("officers_deployed", 180, "CA", qualifier="approximately")],
    ),
    (
        "detectives-deployed",
        "Some 60 detectives were deployed across Wales.",
        [row("officers_deployed", 60, "GB", qualifier="approximately")],
    ),
    (
        "deputies-took-part",
        "Forty deputies took part in the sting in Florida.",
        [row("officers_deployed", 40, "US")],
    ),
    (
        "of-those-arrested-charged",
        "Police in Wales arrested 30 people. Of those arrested, 14 were charged.",
        [row("arrested", 30, "GB"), row("charged", 14, "GB")],
    ),
    (
        "of-them-have-been-charged",
        "In Wales, 30 people were arrested and 14 of them have been charged.",
        [row("arrested", 30, "GB"), row("charged", 14, "GB")],
    ),
    (
        "assisting-with-inquiries",
        "In Leeds, 12 people are assisting police with their inquiries.",
        [row("investigated", 12, "GB")],
    ),
    (
        "helping-with-enquiries",
        "Five men in Dublin are helping police with their enquiries.",
        [row("investigated", 5, "IE", sex="male")],
    ),
    (
        "voluntarily-interviewed",
        "In Edinburgh, nine men were voluntarily interviewed.",
        [row("investigated", 9, "GB", sex="male")],
    ),
    (
        "arrested-on-charges-of",
        "In Texas, 15 men were arrested on charges of online solicitation of a minor.",
        [row("arrested", 15, "US", sex="male")],
    ),
    (
        "face-felony-charges",
        "Twelve men in Ohio face felony charges.",
        [row("charged", 12, "US", sex="male")],
    ),
    (
        "indicted-on-federal-charges",
        "Seven people in Iowa have been indicted on federal charges.",
        [row("charged", 7, "US")],
    ),
    ("were-arraigned", "In New York, 11 defendants were arraigned.", [row("charged", 11, "US")]),
    (
        "found-guilty",
        "In Glasgow, five men were found guilty.",
        [row("convicted", 5, "GB", sex="male")],
    ),
    ("pled-guilty", "Six defendants in Iowa pled guilty.", [row("convicted", 6, "US")]),
    (
        "have-pleaded-guilty",
        "In Utah, nine of the defendants have pleaded guilty.",
        [row("convicted", 9, "US")],
    ),
    (
        "victims-were-located",
        "In Oregon, 14 victims were located.",
        [row("victims_identified", 14, "US")],
    ),
    ("booked-india", "Police in Kerala booked 23 people.", [row("investigated", 23, "IN")]),
    (
        "ages-aged-to",
        "Police in Ohio arrested 25 men aged 18 to 56.",
        [
            row("arrested", 25, "US", sex="male"),
            row("youngest_age", 18, "US"),
            row("oldest_age", 56, "US"),
        ],
    ),
    (
        "ages-between-the-ages-of",
        "The 14 people charged in Ontario are between the ages of 22 and 64.",
        [row("charged", 14, "CA"), row("youngest_age", 22, "CA"), row("oldest_age", 64, "CA")],
    ),
    (
        "ages-us-style",
        "In Texas, 20 men, ages 24 to 61, were arrested.",
        [
            row("arrested", 20, "US", sex="male"),
            row("youngest_age", 24, "US"),
            row("oldest_age", 61, "US"),
        ],
    ),
    (
        "hyphenated-fifty-one",
        "Fifty-one people were arrested in Alberta.",
        [row("arrested", 51, "CA")],
    ),
    (
        "number-words-hundred",
        "Two hundred officers took part in the operation in Victoria.",
        [row("officers_deployed", 200, "AU")],
    ),
    (
        "pieces-of-material",
        "In Victoria, police seized more than 4,000 pieces of child abuse material.",
        [row("files_seized", 4000, "AU", qualifier="at_least")],
    ),
    (
        "indecent-images-adjective",
        "Police in Scotland found 12,000 indecent images of children.",
        [row("files_seized", 12000, "GB")],
    ),
    (
        "csam-files",
        "Investigators in Idaho found 3,500 CSAM files.",
        [row("files_seized", 3500, "US")],
    ),
    (
        "images-and-videos-seized",
        "In Ohio, 8,000 images and videos were seized.",
        [row("files_seized", 8000, "US")],
    ),
    (
        "electronic-items",
        "Police in Victoria seized 90 electronic items.",
        [row("devices_seized", 90, "AU")],
    ),
    (
        "digital-devices",
        "Officers in Ontario seized 54 digital devices.",
        [row("devices_seized", 54, "CA")],
    ),
    (
        "the-arrested-participle-subject",
        "The 12 arrested men appeared in court in Auckland.",
        [row("arrested", 12, "NZ", sex="male")],
    ),
    (
        "cybertips-are-cases",
        "The task force in Utah investigated 300 cybertips.",
        [row("cases_opened", 300, "US")],
    ),
]
N2 = [
    ("faces-charges-count", "The man in Ohio faces 14 charges.", []),
    ("charged-with-offences-one-man", "A man in Perth was charged with 34 offences.", []),
    ("due-in-court-date", "He is due to appear in court in Leeds on 3 June.", []),
    ("one-man-remanded", "The 37-year-old was remanded in custody in Dublin.", []),
    ("sentenced-months", "He was sentenced in Cardiff to 12 months.", []),
    ("reports-received-year", "The NCMEC received 36 million reports in 2023.", []),
    ("ring-members", "The ring in Ohio had more than 1,000 members on the app.", []),
    ("gallery-caption", "Photo 1 of 5", []),
    ("listen-minutes", "Listen to this article, 5 min", []),
    ("victim-of-one-man-years", "The man abused the girl in Texas for 3 years.", []),
    ("age-of-consent", "The age of consent in Canada is 16.", []),
    ("jailed-for-years-one-man", "A man from Leeds was jailed for 8 years on Friday.", []),
    ("arrest-warrants-are-no-searches", "Deputies in Ohio served 12 arrest warrants.", []),
    ("years-of-service", "The detective in Ohio has served 25 years with the unit.", []),
]
B3 = [
    (
        "a-further-people-arrested",
        "In Ontario, a further 10 people were arrested on Tuesday.",
        [row("arrested", 10, "CA")],
    ),
    (
        "another-men-charged",
        "Another seven men were charged in Queensland.",
        [row("charged", 7, "AU", sex="male")],
    ),
    (
        "bare-count-were-arrested",
        "Police in Ohio said 22 were arrested.",
        [row("arrested", 22, "US")],
    ),
    (
        "more-were-arrested",
        "In Ohio, 11 more were arrested the next day.",
        [row("arrested", 11, "US")],
    ),
    (
        "have-now-charged-bare",
        "Police in Victoria have now charged 18.",
        [row("charged", 18, "AU")],
    ),
    (
        "charged-people-with-offences",
        "Police in Tasmania charged 14 people with 120 offences.",
        [row("charged", 14, "AU")],
    ),
    (
        "one-of-people-arrested",
        "The man was one of 12 people arrested in Ohio.",
        [row("arrested", 12, "US")],
    ),
    (
        "including-a-boy",
        "Three people, including a 16-year-old boy, were arrested in Leeds.",
        [row("arrested", 3, "GB")],
    ),
    (
        "half-a-million-images",
        "Police in Ohio seized more than 1m images.",
        [row("files_seized", 1000000, "US", qualifier="at_least")],
    ),
    (
        "around-million-files",
        "In Canada, around 2.5 million files were seized.",
        [row("files_seized", 2500000, "CA", qualifier="approximately")],
    ),
    (
        "device-list-phones-tablets-computers",
        "Police in Perth seized 37 phones, 12 tablets and five computers.",
        [
            row("devices_seized", 37, "AU", device="mobile_phone"),
            row("devices_seized", 12, "AU", device="tablet"),
            row("devices_seized", 5, "AU", device="computer"),
        ],
    ),
    (
        "victims-with-age-band",
        "Police in Manila rescued 12 children aged between 6 and 15.",
        [
            row("victims_identified", 12, "PH"),
            row("youngest_age", 6, "PH"),
            row("oldest_age", 15, "PH"),
        ],
    ),
    (
        "search-and-arrest-warrants",
        "Deputies in Ohio served 12 search warrants and nine arrest warrants.",
        # an arrest warrant served is an arrest made, as the annotators read "cumpriu 10
        # mandados de prisão"
        [row("locations_searched", 12, "US"), row("arrested", 9, "US")],
    ),
    (
        "raids-at-locations-across-states",
        "Raids were conducted at 19 locations across five states in the US.",
        [row("locations_searched", 19, "US")],
    ),
    (
        "house-searches",
        "In Germany, police carried out 140 house searches.",
        [row("locations_searched", 140, "DE")],
    ),
    (
        "nigeria-command-arrested",
        "The police command in Kano arrested 14 suspects.",
        [row("arrested", 14, "NG")],
    ),
    (
        "south-africa-hawks",
        "In South Africa, the Hawks arrested three suspects in Durban.",
        [row("arrested", 3, "ZA")],
    ),
    (
        "philippines-nbi-rescued-minors",
        "NBI agents rescued nine minors in Cebu in the Philippines.",
        [row("victims_identified", 9, "PH")],
    ),
    (
        "india-searches-at-locations",
        "In India, the CBI conducted searches at 56 locations across 19 states.",
        [row("locations_searched", 56, "IN")],
    ),
    (
        "india-registered-cases",
        "Police in Kerala registered 23 cases.",
        [row("cases_opened", 23, "IN")],
    ),
    (
        "india-firs-registered",
        "In Kerala, 23 FIRs have been registered.",
        [row("cases_opened", 23, "IN")],
    ),
    (
        "india-chargesheeted",
        "In Kerala, police chargesheeted 12 accused.",
        [row("charged", 12, "IN")],
    ),
    (
        "australia-removed-from-harm",
        "In Australia, 79 children were removed from harm.",
        [row("victims_identified", 79, "AU")],
    ),
    (
        "australia-charged-men-with-offences",
        "In Australia, police charged 19 men with 1,000 child abuse offences.",
        [row("charged", 19, "AU", sex="male")],
    ),
    (
        "nz-warrants-nationwide",
        "New Zealand police executed 30 search warrants nationwide.",
        [row("locations_searched", 30, "NZ")],
    ),
    (
        "canada-laid-charges-against-people",
        "Police in Ontario laid 300 charges against 60 people.",
        [row("charged", 60, "CA")],
    ),
    (
        "arrested-and-charged-individuals-with-charges",
        "Police in Ontario arrested and charged 64 individuals with 348 charges.",
        [row("arrested", 64, "CA"), row("charged", 64, "CA")],
    ),
    (
        "arrests-and-the-rescue-of",
        "The operation in Texas resulted in 15 arrests and the rescue of three children.",
        [row("arrested", 15, "US"), row("victims_identified", 3, "US")],
    ),
    (
        "identified-of-whom-arrested",
        "In total, 1,400 suspects were identified across Europe, of whom 82 were arrested.",
        [row("suspects_identified", 1400, "ALL"), row("arrested", 82, "ALL")],
    ),
    (
        "authorities-from-countries",
        "Law enforcement authorities from 22 countries took part.",
        [row("jurisdictions_involved", 22, "ALL")],
    ),
    (
        "victims-identified-in-countries",
        "Interpol said 60 victims were identified in 12 countries.",
        [row("victims_identified", 60, "ALL"), row("jurisdictions_involved", 12, "ALL")],
    ),
    (
        "by-place-after-one-person",
        "One person was arrested in Ohio and five in Texas.",
        [row("arrested", 5, "US")],
    ),
    (
        "by-place-after-one-man",
        "One man was charged in Leeds and four in York.",
        [row("charged", 4, "GB", sex="male")],
    ),
    (
        "by-place-after-one-as-object",
        "Police arrested one man in Ohio and 4 in Texas.",
        [row("arrested", 4, "US", sex="male")],
    ),
]
N3 = [
    ("ordinal-man-charged", "A 12th man has been charged in Leeds.", []),
    ("ordinal-arrest", "It was the third arrest in Ohio this month.", []),
    ("police-forces-are-not-officers", "All 43 police forces in England and Wales took part.", []),
    ("agencies-in-task-force", "The task force in Utah represents more than 5,400 agencies.", []),
    ("calls-received", "Police in Ohio received 1,500 calls.", []),
    ("two-ages-no-count", "The 45-year-old and the 52-year-old were charged in Leeds.", []),
    (
        "statute-with-year",
        "He was charged under section 15 of the Crimes Act 1900 in New South Wales.",
        [],
    ),
    ("launched-in-year", "Operation Safe Harbour was launched in Ohio in 2006.", []),
    ("messages-sent", "He sent 40 messages to the girl in Ohio.", []),
    ("no-number-man-and-woman", "Police in Ohio arrested a man and a woman.", []),
    ("followers-of-an-account", "The account in Texas had 500 followers.", []),
    ("youngest-victim-age", "The youngest victim in Ohio was three.", []),
    (
        "officers-killed-are-not-deployed",
        "The man in Ohio was arrested after the killings of two FBI agents.",
        [],
    ),
    (
        "officers-described-in-a-list-of-people",
        "Those arrested in Leeds included a teacher, a nurse and two special constables.",
        [],
    ),
]

B4 = [
    (
        "identified-as-victims",
        "In Ontario, a total of 27 children were identified as victims.",
        [row("victims_identified", 27, "CA")],
    ),
    (
        "potential-victims-identified",
        "Police in Wales identified 61 potential victims.",
        [row("victims_identified", 61, "GB")],
    ),
    (
        "nominal-seizure-of-devices",
        "The raids in Texas resulted in the seizure of 150 devices.",
        [row("devices_seized", 150, "US")],
    ),
    (
        "nominal-execution-of-warrants",
        "The operation in Ohio saw the execution of 30 search warrants.",
        [row("locations_searched", 30, "US")],
    ),
    (
        "nominal-identification-of-victims",
        "The inquiry in Wales led to the identification of 40 victims.",
        [row("victims_identified", 40, "GB")],
    ),
    (
        "nominal-conviction-of",
        "The case in Leeds ended with the conviction of seven men.",
        [row("convicted", 7, "GB", sex="male")],
    ),
    (
        "raids-on-properties",
        "Police in Scotland carried out raids on 25 properties.",
        [row("locations_searched", 25, "GB")],
    ),
    ("raided-homes", "Detectives in Ohio raided 12 homes.", [row("locations_searched", 12, "US")]),
    (
        "searched-and-seized",
        "Police in Perth searched 30 homes and seized 90 devices.",
        [row("locations_searched", 30, "AU"), row("devices_seized", 90, "AU")],
    ),
    (
        "led-to-people-being-charged",
        "The inquiry in Wales led to 20 people being charged.",
        [row("charged", 20, "GB")],
    ),
    (
        "saw-children-safeguarded",
        "The operation in Wales saw 30 children safeguarded.",
        [row("victims_identified", 30, "GB")],
    ),
    (
        "absolute-with-people-arrested",
        "The week of action in Scotland ended with 40 people arrested.",
        [row("arrested", 40, "GB")],
    ),
    (
        "have-so-far-arrested-bare",
        "Police in Ohio have so far arrested 22.",
        [row("arrested", 22, "US")],
    ),
    (
        "held-in-custody-pending-trial",
        "In Texas, nine men were held in custody pending trial.",
        [row("in_custody", 9, "US", sex="male")],
    ),
    (
        "men-arrested-face-charges",
        "In Queensland, the 14 men arrested face 828 charges.",
        [row("arrested", 14, "AU", sex="male")],
    ),
    (
        "assisting-with-police-investigations",
        "In Ohio, 16 people are currently assisting with police investigations.",
        [row("investigated", 16, "US")],
    ),
    (
        "devices-of-which-phones",
        "Police in Texas seized 300 devices, of which 203 were mobile phones.",
        [row("devices_seized", 300, "US"), row("devices_seized", 203, "US", device="mobile_phone")],
    ),
    (
        "devices-of-them-laptops",
        "Police in Texas seized 300 devices; 12 of them were laptops.",
        [row("devices_seized", 300, "US"), row("devices_seized", 12, "US", device="laptop")],
    ),
    (
        "searched-apartments",
        "Police in Ohio searched 14 apartments.",
        [row("locations_searched", 14, "US")],
    ),
    (
        "searched-flats",
        "Police in London searched nine flats.",
        [row("locations_searched", 9, "GB")],
    ),
    (
        "external-drives",
        "Police in Ohio seized five external drives.",
        [row("devices_seized", 5, "US", device="hard_drive")],
    ),
    ("owned-flats-are-no-searches", "The man in London owned three flats.", []),
]

# People named by their place in a case or a prison, how often something happened, the
# victims broken down after a comma, a count whose noun belongs to another noun phrase.
B5 = [
    (
        "co-defendants-as-subject",
        "Five co-defendants were convicted at trial in Ohio.",
        [row("convicted", 5, "US")],
    ),
    (
        "jail-inmates-as-subject",
        "Four jail inmates were charged in Texas with smuggling drugs.",
        [row("charged", 4, "US")],
    ),
    (
        "sex-buyers-as-subject",
        "Eleven sex buyers were arrested in the Seattle sting.",
        [row("arrested", 11, "US", role="purchase")],
    ),
    (
        "johns-as-subject",
        "Nine johns were arrested during the sting in Tacoma.",
        [row("arrested", 9, "US", role="purchase")],
    ),
    (
        "frequency-in-a-headline-is-no-count",
        "MAN RESISTED ARREST FOUR TIMES IN OHIO",
        [],
    ),
    (
        "frequency-after-a-verb-is-no-count",
        "Officers in Ohio arrested the man three times last year.",
        [],
    ),
    (
        "victims-broken-down-after-a-comma-are-no-convicts",
        "A man in Ohio was found guilty by a jury of molesting the boys, two under the age "
        "of 8, and sentenced to life.",
        [],
    ),
    (
        "victims-broken-down-after-a-comma-stay-victims",
        "Police in Kenya rescued 12 children, four under the age of 10.",
        [row("victims_identified", 12, "KE"), row("victims_identified", 4, "KE", ages=(None, 9))],
    ),
    (
        "of-whom-after-children-speaks-of-the-people-counted",
        "Police in Korea booked 900 people in a crackdown on the exploitation of children, "
        "50 of whom were formally arrested.",
        [row("investigated", 900, "KR"), row("arrested", 50, "KR")],
    ),
    (
        "counts-by-offence-after-minors-keep-their-roles",
        "Police in Korea booked 900 people, 500 for creating images of minors, 200 for "
        "possessing such material.",
        [
            row("investigated", 900, "KR"),
            row("investigated", 500, "KR", role="production"),
            row("investigated", 200, "KR", role="possession"),
        ],
    ),
    (
        "part-of-the-files-held-after-including",
        "Police in Ohio said the man is accused of possessing about 2,000 images, including "
        "roughly 300 videos of infants.",
        [
            row("files_seized", 2000, "US", qualifier="approximately"),
            row("files_seized", 300, "US", qualifier="approximately"),
        ],
    ),
    (
        "files-of-another-event-after-the-files-held",
        "Police in Ohio said the man possessed 2,000 images and sent 300 videos to others.",
        [row("files_seized", 2000, "US")],
    ),
    (
        "role-word-of-another-crimes-object-is-no-role",
        "In Ohio, nine people were charged with the sale of narcotics.",
        [row("charged", 9, "US")],
    ),
    (
        "possession-of-a-firearm-is-no-role",
        "Police in Ohio charged 12 men with possession of a firearm.",
        [row("charged", 12, "US", sex="male")],
    ),
    (
        "role-word-of-the-images-keeps-its-role",
        "In Ohio, 19 people were charged with sharing the images.",
        [row("charged", 19, "US", role="distribution")],
    ),
    (
        "role-word-ending-its-clause-keeps-its-role",
        "In Ohio, 14 people were charged with possession.",
        [row("charged", 14, "US", role="possession")],
    ),
    (
        "role-word-with-minors-in-its-object-keeps-its-role",
        "Police in Ohio arrested 12 men for buying sex from minors.",
        [row("arrested", 12, "US", sex="male", role="purchase")],
    ),
    (
        "role-word-with-its-object-before-it-keeps-its-role",
        "Police in Ohio said nine of those arrested were men who had groomed girls they "
        "met online.",
        [row("arrested", 9, "US", sex="male", role="grooming")],
    ),
    (
        "role-word-then-an-adverb-ends-its-clause",
        "Police in Ohio said nine of those arrested were men who met children they had "
        "groomed online.",
        [row("arrested", 9, "US", sex="male", role="grooming")],
    ),
    (
        "officials-who-speak-are-no-officers-deployed",
        "Two officials said 12 men were arrested in Ohio.",
        [row("arrested", 12, "US", sex="male")],
    ),
    (
        "detectives-who-tell-are-no-officers-deployed",
        "Three detectives told reporters that 12 men were arrested in Ohio.",
        [row("arrested", 12, "US", sex="male")],
    ),
    (
        "officers-taking-part-in-a-sentence-with-speech-stay",
        "More than 200 officers took part in the raids in Ohio, police said.",
        [row("officers_deployed", 200, "US", qualifier="at_least")],
    ),
    (
        "people-named-by-their-trade",
        "Four teachers and two nurses were arrested in Ohio.",
        [row("arrested", 4, "US"), row("arrested", 2, "US")],
    ),
    (
        "face-trial-is-charged",
        "Five jail inmates face trial in Ohio for the killing of another inmate.",
        [row("charged", 5, "US")],
    ),
    (
        "stand-trial-is-charged",
        "Three men will stand trial in Texas for the scheme.",
        [row("charged", 3, "US", sex="male")],
    ),
    (
        "article-after-a-verb-opens-another-noun-phrase",
        "The two discussed killing the victim to prevent him from identifying them, "
        "prosecutors in Ohio said.",
        [],
    ),
    (
        "hedged-age-range-of-victims-is-no-group-range",
        "He messaged underage girls, predominantly between the ages of 13 and 15, to arrange "
        "meetings with the victims, police in Ohio said.",
        [],
    ),
    (
        "hedged-age-range-of-a-counted-group-is-no-range-of-all",
        "Police in Ohio arrested 12 men, primarily between the ages of 20 and 30.",
        [row("arrested", 12, "US", sex="male")],
    ),
    (
        "article-after-of-keeps-the-noun",
        "Police in Ohio arrested two of the suspects.",
        [row("arrested", 2, "US")],
    ),
]

# Batch 6: age ranges whose young end is in months or says "years old" first, and warrants
# carried out.
B6 = [
    (
        "age-range-from-months-to-years-gives-the-oldest-only",
        "Police in Perth rescued 38 children aged from 18 months to 11 years.",
        [row("victims_identified", 38, "AU"), row("oldest_age", 11, "AU")],
    ),
    (
        "age-range-between-months-and-years-old-of-rescued-children",
        "Detectives rescued 12 children in Leeds. The children were aged between three "
        "months and 11 years old.",
        [row("victims_identified", 12, "GB"), row("oldest_age", 11, "GB")],
    ),
    (
        "age-range-ranging-from-years-old-to",
        "Police in Ohio identified 200 victims, ranging from four years old to 17.",
        [
            row("victims_identified", 200, "US"),
            row("youngest_age", 4, "US"),
            row("oldest_age", 17, "US"),
        ],
    ),
    (
        "files-a-device-contained-are-files-found",
        "Police in Leeds arrested a man. His laptop contained 5,000 images of child abuse.",
        [row("files_seized", 5000, "GB")],
    ),
    (
        "children-a-video-contained-are-no-victims-found",
        "Police in Leeds arrested a man. The videos contained 30 children.",
        [],
    ),
    (
        "files-a-page-can-contain-are-no-files-found",
        "Each webpage can contain thousands of images, police in Leeds said.",
        [],
    ),
    (
        "typed-devices-and-other-devices-are-of-no-one-type",
        "Police in Toronto seized 240 computers, cellphones and other devices.",
        [row("devices_seized", 240, "CA")],
    ),
    (
        "warrants-carried-out-are-searches",
        "The taskforce carried out 25 warrants across Victoria.",
        [row("locations_searched", 25, "AU")],
    ),
    (
        "arrest-warrants-served-are-no-searches",
        "Deputies in Texas served arrest warrants on 25 men.",
        [row("arrested", 25, "US", sex="male")],
    ),
]

ALL_CASES = (
    ARRESTS
    + BREAKDOWNS
    + CUSTODY_AND_INVESTIGATION
    + CHARGES_AND_COURTS
    + VICTIMS
    + SEARCHES
    + DEVICES_AND_FILES
    + OFFICERS_COUNTRIES_ACCOUNTS
    + NEGATIVES
    + B2
    + N2
    + B3
    + N3
    + B4
    + B5
    + B6
)


@cases(ALL_CASES)
def test_english_coverage(text, expected):
    assert sorted(facts_of(text)) == sorted(expect(*expected))
