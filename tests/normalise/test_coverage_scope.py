"""Coverage of scope (`pipeline/normalise/scope.py`): which country, or ALL, each figure of
a police report belongs to, written from how police, prosecutors and the press of nine
languages say where an operation happened, not from any collected text. Every case is an
invented short article with a headline and a dateline or lead-in, as press prints them.

The kinds of construction:
  local      a city, county, state, province or district of one country, or a force named
             by its own name, and no country named at all → that country;
  share      an international operation told by a national outlet: the operation's totals
             stay ALL, the outlet's own share ("in our country", "nationwide", "en España",
             "di Indonesia", "국내") is that country's, other countries' figures theirs;
  actor      an actor's nationality is not the figure's place when the place is said;
  agency     an agency that names one country, or a generic name that the story's other
             evidence resolves;
  abroad     "abroad", "worldwide", "in other countries" are not the home country;
  origin     a country named only as the origin of a tip or a platform's seat is not the
             place of the arrests;
and NEGATIVES: numbers near places that are no figures (sentences, counts of charges, money,
dates, another story's headline, page furniture).
"""

from __future__ import annotations

import pytest

from tests.harness import cases, documents, expect, facts_of, row
from tests.normalise.test_language_de import FRAME as DE
from tests.normalise.test_language_es import FRAME as ES
from tests.normalise.test_language_fr import FRAME as FR
from tests.normalise.test_language_id import FRAME as ID
from tests.normalise.test_language_it import FRAME as IT
from tests.normalise.test_language_ja import FRAME as JA
from tests.normalise.test_language_ko import FRAME as KO
from tests.normalise.test_language_pt import FRAME as PT

# A line of prose with no figure closes each article in a language other than English, so
# that a short article is told in its language.
EN = (
    "Investigators said the inquiry had begun several months earlier after a child "
    "protection charity raised concerns about accounts on a messaging service.\n"
)

ENGLISH = [
    (
        "abroad_opening_the_sentence",
        "British police make arrests in global inquiry\n"
        "MANCHESTER — Greater Manchester Police arrested seven men in Salford and Bolton.\n"
        "Abroad, partner agencies arrested 21 more suspects.",
        expect(row("arrested", 7, "GB", sex="male"), row("arrested", 21)),
    ),
    (
        "overseas_after_the_count",
        "Federal police lay charges\n"
        "SYDNEY — The AFP charged four men in New South Wales.\n"
        "A further six men were charged overseas, police said.",
        expect(row("charged", 4, "AU", sex="male"), row("charged", 6, sex="male")),
    ),
    (
        "platform_seat_is_not_the_place",
        "Messaging app used by suspects\n"
        "HOUSTON — The app, which is based in Singapore, was used to share images, police "
        "said.\n"
        "Police in Texas arrested 12 people.",
        expect(row("arrested", 12, "US")),
    ),
    (
        "referral_from_a_foreign_agency",
        "Arrests in Norway\n"
        "A referral from the RCMP led to the arrest of three men in Oslo.\n"
        "Officers seized 9 hard drives.",
        expect(
            row("arrested", 3, "NO", sex="male"),
            row("devices_seized", 9, "NO", device="hard_drive"),
        ),
    ),
    (
        "georgia_with_a_us_county_and_no_dateline",
        "County police make arrests\n"
        "Gwinnett County police in Georgia arrested eight men in the sting.\n"
        "The men are between 20 and 49 years old.",
        expect(
            row("arrested", 8, "US", sex="male"),
            row("youngest_age", 20, "US"),
            row("oldest_age", 49, "US"),
        ),
    ),
    (
        "georgia_the_country_stays_the_country",
        "Arrests in Georgia\nTBILISI — Georgian police arrested six people in Tbilisi and Batumi.",
        expect(row("arrested", 6, "GE")),
    ),
    (
        "local_us_city_and_state_bureau",
        "Undercover sting nets suspects\n"
        "ATLANTA — Fourteen men were arrested in an undercover operation aimed at adults "
        "seeking sex with children online, the Georgia Bureau of Investigation said Tuesday.\n"
        "Agents executed nine search warrants in Fulton and DeKalb counties.\n"
        "The suspects range in age from 19 to 61.",
        expect(
            row("arrested", 14, "US", sex="male"),
            row("locations_searched", 9, "US"),
            row("youngest_age", 19, "US"),
            row("oldest_age", 61, "US"),
        ),
    ),
    (
        "local_us_postal_abbreviation_ga",
        "Deputies charge men in online predator operation\n"
        "MACON, Ga. — Sheriff's deputies charged seven men after a week-long online "
        "operation, officials said Friday.\n"
        "Investigators seized 23 devices.",
        expect(
            row("charged", 7, "US", sex="male"),
            row("devices_seized", 23, "US"),
        ),
    ),
    (
        "local_us_postal_abbreviation_calif",
        "Operation nets suspects\n"
        "FRESNO, Calif. — Police arrested 12 people during a three-day operation targeting "
        "child exploitation, the department said.\n"
        "Officers also identified four victims.",
        expect(row("arrested", 12, "US"), row("victims_identified", 4, "US")),
    ),
    (
        "local_us_state_named_in_text_no_dateline",
        "Task force arrests suspects in statewide sweep\n"
        "The Internet Crimes Against Children task force in Ohio arrested 22 people "
        "in the operation, which ran for two weeks.\n"
        "Detectives served 30 search warrants.",
        expect(row("arrested", 22, "US"), row("locations_searched", 30, "US")),
    ),
    (
        "local_uk_force_by_its_own_name",
        "Men held after child abuse image raids\n"
        "Kent Police have arrested six men following a series of raids in Maidstone and "
        "Canterbury.\n"
        "Officers seized more than 40 devices.",
        expect(
            row("arrested", 6, "GB", sex="male"),
            row("devices_seized", 40, "GB", qualifier="at_least"),
        ),
    ),
    (
        "local_canada_province_force",
        "Provincial police lay charges in child exploitation probe\n"
        "TORONTO — The Ontario Provincial Police have charged 31 people with 140 offences "
        "following a province-wide investigation.\n"
        "Officers executed 50 search warrants and identified 9 victims.",
        expect(
            row("charged", 31, "CA"),
            row("locations_searched", 50, "CA"),
            row("victims_identified", 9, "CA"),
        ),
    ),
    (
        "local_australia_state_police",
        "Men charged over child abuse material\n"
        "Queensland Police have charged 12 men over the possession and distribution of child "
        "abuse material.\n"
        "Detectives from Taskforce Argos searched 15 homes across Brisbane and the Gold "
        "Coast.",
        expect(
            row("charged", 12, "AU", sex="male"),
            row("locations_searched", 15, "AU"),
        ),
    ),
    (
        "actor_nationality_not_the_place_said",
        "Arrests in Manila abuse raid\n"
        "Australian Federal Police, working with Philippine authorities, arrested five people "
        "in Manila last week.\n"
        "Officers rescued 11 children from the house.",
        expect(row("arrested", 5, "PH"), row("victims_identified", 11, "PH")),
    ),
    (
        "share_international_total_and_uk_share",
        "Arrests in global child abuse crackdown\n"
        "LONDON — Police in 14 countries arrested 79 people in an international operation "
        "against child sexual abuse online, Europol said.\n"
        "In the UK, eight people were arrested.\n"
        "Investigators worldwide identified 39 victims.",
        expect(
            row("jurisdictions_involved", 14),
            row("arrested", 79),
            row("arrested", 8, "GB"),
            row("victims_identified", 39),
        ),
    ),
    (
        "share_nationwide_under_a_global_frame",
        "Britain's part in worldwide operation\n"
        "The National Crime Agency said officers arrested 27 people nationwide as part of "
        "the global action, which led to 200 arrests around the world.",
        expect(row("arrested", 27, "GB"), row("arrested", 200)),
    ),
    (
        "abroad_is_not_the_home_country",
        "Irish police make arrests in online abuse inquiry\n"
        "DUBLIN — Gardaí arrested nine men in Ireland.\n"
        "A further 15 suspects were arrested abroad by partner agencies.",
        expect(row("arrested", 9, "IE", sex="male"), row("arrested", 15)),
    ),
    (
        "origin_of_a_tip_is_not_the_place",
        "Police make arrests after tip from the United States\n"
        "NAIROBI — Acting on a tip from the FBI in the United States, Kenyan detectives "
        "arrested three men in Nairobi.\n"
        "They seized two laptops.",
        expect(
            row("arrested", 3, "KE", sex="male"),
            row("devices_seized", 2, "KE", device="laptop"),
        ),
    ),
    (
        "origin_ncmec_report_then_arrests",
        "Men arrested in Dutch raids\n"
        "THE HAGUE — Dutch police arrested four men after tips from the US-based "
        "National Center for Missing and Exploited Children.\n"
        "Officers searched five homes.",
        expect(
            row("arrested", 4, "NL", sex="male"),
            row("locations_searched", 5, "NL"),
        ),
    ),
    (
        "agency_generic_national_police_resolved_by_city",
        "Arrests over online child abuse\n"
        "The National Police said it arrested nine people in raids in Quezon City and "
        "Cebu.\n"
        "Police rescued 14 minors.",
        expect(row("arrested", 9, "PH"), row("victims_identified", 14, "PH")),
    ),
    (
        "worldwide_total_under_a_national_dateline",
        "Europol operation ends with arrests\n"
        "CANBERRA — Worldwide, 150 people were arrested, the Australian Federal Police said.\n"
        "In Australia, 13 men were charged.",
        expect(row("arrested", 150), row("charged", 13, "AU", sex="male")),
    ),
    (
        "us_georgia_state_not_the_country",
        "Georgia sheriff's office makes arrests\n"
        "SAVANNAH, Ga. — The sheriff's office arrested 10 men in an undercover operation in "
        "Georgia, the agency said.\n"
        "Their ages range from 22 to 58.",
        expect(
            row("arrested", 10, "US", sex="male"),
            row("youngest_age", 22, "US"),
            row("oldest_age", 58, "US"),
        ),
    ),
    (
        "name_a_place_inside_a_quoted_scheme_name_is_no_place",
        "Fraud scheme broken up\n"
        "Three men were charged over the “Spanish Prisoner Scam”, police said.",
        expect(row("charged", 3, sex="male")),
    ),
    (
        "name_a_city_inside_a_quoted_ring_name_is_no_place",
        "Ring broken up\n"
        'Three men were charged over the "Mexico City Connection" ring, police said.',
        expect(row("charged", 3, sex="male")),
    ),
    (
        "local_a_town_named_by_its_city_police_is_the_country",
        "Phones seized in district raids\n"
        "Eleven phones were seized after raids by the Thrissur City Police on Sunday.\n"
        "Officers searched 14 homes across the district.",
        expect(
            row("devices_seized", 11, "IN", device="mobile_phone"),
            row("locations_searched", 14, "IN"),
        ),
    ),
    (
        "local_a_town_named_by_its_police_department_is_the_country",
        "Sting nets arrests\n"
        "The Fresno Police Department arrested seven men in an undercover sting.",
        expect(row("arrested", 7, "US", sex="male")),
    ),
    (
        "local_a_capitalised_word_before_police_that_is_no_town_gives_no_place",
        "Sting nets arrests\nTransport Police arrested seven men in an undercover sting.",
        expect(row("arrested", 7, sex="male")),
    ),
    (
        "local_a_word_of_agency_names_before_police_is_no_town",
        "Sting nets arrests\nThe Federal Police arrested seven men in an undercover sting.",
        expect(row("arrested", 7, sex="male")),
    ),
    (
        "share_a_list_by_country_after_a_colon_gives_each_item_its_country",
        "Arrests in the region\n"
        "Police arrested 61 people in these countries:\n"
        "- Brazil: 31\n"
        "- Argentina: 22\n"
        "- Paraguay: 8",
        expect(
            row("arrested", 61),
            row("arrested", 31, "BR"),
            row("arrested", 22, "AR"),
            row("arrested", 8, "PY"),
        ),
    ),
    (
        "share_a_list_by_country_after_dashes",
        "Raids across the region\n"
        "Police searched 30 homes in three countries: Peru – 12, Chile – 10, Bolivia – 8.",
        expect(
            row("jurisdictions_involved", 3),
            row("locations_searched", 30),
            row("locations_searched", 12, "PE"),
            row("locations_searched", 10, "CL"),
            row("locations_searched", 8, "BO"),
        ),
    ),
    (
        "share_a_list_by_state_counts_the_uncounted_noun_before_it",
        "Raids across the US\n"
        "In all, 120 officers served warrants in eight states: - Ohio – 12; - Texas – 6.",
        expect(
            row("officers_deployed", 120, "US"),
            row("locations_searched", 12, "US"),
            row("locations_searched", 6, "US"),
        ),
    ),
    (
        "share_another_is_one_more_item_of_a_list_by_country",
        "Raids across Europe\n"
        "Police arrested 12 people in Spain, another in Portugal and one more in Italy.",
        expect(
            row("arrested", 12, "ES"),
            row("arrested", 1, "PT"),
            row("arrested", 1, "IT"),
        ),
    ),
    (
        "share_a_list_by_state_counts_the_counted_whole_right_before_it",
        "Raids across the US\n"
        "After tracing where the files were shared from, police carried out the 20 "
        "searches, in Ohio (4), Texas (6) and Utah (10).",
        expect(
            row("locations_searched", 20, "US"),
            row("locations_searched", 4, "US"),
            row("locations_searched", 6, "US"),
            row("locations_searched", 10, "US"),
        ),
    ),
    (
        "share_a_list_by_country_in_brackets_under_a_whole_operation_frame",
        "Raids across the region\n"
        "Police searched 30 homes in three countries: Peru (12), Chile (10), Bolivia (8).",
        expect(
            row("jurisdictions_involved", 3),
            row("locations_searched", 30),
            row("locations_searched", 12, "PE"),
            row("locations_searched", 10, "CL"),
            row("locations_searched", 8, "BO"),
        ),
    ),
    (
        "origin_information_from_a_foreign_agency_is_not_the_place",
        "Children rescued in raid\n"
        "Acting on information from the US Department of Homeland Security, Kenyan "
        "detectives rescued six children and arrested two suspects in Mombasa.",
        expect(row("victims_identified", 6, "KE"), row("arrested", 2, "KE")),
    ),
    (
        "origin_partners_in_a_list_after_support_are_not_the_place",
        "Arrests in Bolivia\n"
        "The operation, carried out with the support of the Spanish police and the FBI, "
        "led to 48 arrests.",
        expect(row("arrested", 48, "BO")),
    ),
    (
        "origin_a_partner_named_after_such_as_is_not_the_place",
        "Arrests in Bolivia\n"
        "The operation, with the support of agencies such as the FBI, led to 48 arrests.",
        expect(row("arrested", 48, "BO")),
    ),
    (
        "origin_ends_at_the_clause_of_the_figures",
        "Raids in Spain\nWith the help of Europol, officers arrested six men in Spain.",
        expect(row("arrested", 6, "ES", sex="male")),
    ),
    (
        "name_a_quoted_fragment_of_speech_keeps_its_place",
        "Arrests abroad\n"
        "The officer said “they were arrested in Spain” and 20 men were later charged.",
        expect(row("charged", 20, "ES", sex="male")),
    ),
]

FRENCH = [
    (
        "agency_generic_surete_nationale_resolved_by_algerian_cities",
        "Cybercriminalité : démantèlement d'un réseau\n"
        "ALGER – Les services de la Direction générale de la sûreté nationale ont arrêté "
        "12 personnes à Oran et à Constantine.",
        expect(row("arrested", 12, "DZ")),
    ),
    (
        "origin_signalement_of_a_foreign_centre",
        "Pédocriminalité en ligne\n"
        "TOULOUSE – Sur la base de signalements du NCMEC américain, les gendarmes ont "
        "interpellé six hommes en Haute-Garonne.",
        expect(row("arrested", 6, "FR", sex="male")),
    ),
    (
        "local_department_and_gendarmerie",
        "Pédocriminalité : des interpellations en Bretagne\n"
        "RENNES – Les gendarmes ont interpellé huit hommes dans le Finistère et le "
        "Morbihan, a-t-on appris auprès du parquet.\n"
        "Quinze appareils ont été saisis au cours des perquisitions.",
        expect(
            row("arrested", 8, "FR", sex="male"),
            row("devices_seized", 15, "FR"),
        ),
    ),
    (
        "share_en_france_inside_an_international_total",
        "Opération internationale contre la pédocriminalité\n"
        "PARIS – Une opération internationale coordonnée par Europol a permis "
        "l'interpellation de 62 personnes dans 19 pays.\n"
        "En France, 11 personnes ont été interpellées.",
        expect(
            row("arrested", 62),
            row("jurisdictions_involved", 19),
            row("arrested", 11, "FR"),
        ),
    ),
    (
        "local_belgian_city_no_country",
        "Images pédopornographiques : des arrestations\n"
        "La police judiciaire de Liège a arrêté cinq personnes mardi.\n"
        "Plus de 3 000 fichiers ont été découverts.",
        expect(
            row("arrested", 5, "BE"),
            row("files_seized", 3000, "BE", qualifier="at_least"),
        ),
    ),
    (
        "local_quebec_province",
        "Exploitation sexuelle d'enfants : arrestations au Québec\n"
        "La Sûreté du Québec a arrêté 14 personnes lors d'une opération menée dans "
        "plusieurs régions de la province.\n"
        "Les suspects sont âgés de 21 à 67 ans.",
        expect(
            row("arrested", 14, "CA"),
            row("youngest_age", 21, "CA"),
            row("oldest_age", 67, "CA"),
        ),
    ),
    (
        "share_a_l_etranger_is_not_the_home_country",
        "Coup de filet contre un réseau pédocriminel\n"
        "LYON – Dix suspects ont été interpellés en France et sept autres à l'étranger, a "
        "indiqué l'Office mineurs.",
        expect(row("arrested", 10, "FR"), row("arrested", 7)),
    ),
    (
        "actor_french_police_place_in_spain",
        "Des policiers français en renfort en Espagne\n"
        "Avec l'aide de la police française, la Guardia Civil a arrêté six hommes à "
        "Barcelone.",
        expect(row("arrested", 6, "ES", sex="male")),
    ),
]

SPANISH = [
    (
        "agency_generic_policia_nacional_resolved_by_paraguayan_towns",
        "Allanamientos por pornografía infantil\n"
        "ASUNCIÓN – La Policía Nacional detuvo a tres personas en Luque y San Lorenzo, "
        "informó la Fiscalía.",
        expect(row("arrested", 3, "PY")),
    ),
    (
        "agency_generic_policia_nacional_most_named_country_wins",
        "Capturas por explotación sexual infantil\n"
        "BOGOTÁ – La Policía Nacional capturó a 11 personas en Cali, en un operativo apoyado "
        "por la policía de España.",
        expect(row("arrested", 11, "CO")),
    ),
    (
        "us_outlying_area_keeps_its_own_code",
        "Operación contra la explotación sexual infantil\n"
        "La operación, impulsada por autoridades de Estados Unidos, terminó con "
        "detenciones en varios países.\n"
        "Cuatro sospechosos fueron arrestados en Ecuador y dos en Puerto Rico.",
        expect(row("arrested", 4, "EC"), row("arrested", 2, "PR")),
    ),
    (
        "agency_generic_policia_nacional_resolved_by_city_bogota",
        "Capturas por explotación sexual infantil\n"
        "BOGOTÁ – La Policía Nacional capturó a nueve personas en Medellín y Cali.",
        expect(row("arrested", 9, "CO")),
    ),
    (
        "origin_platform_con_sede_en",
        "Pornografía infantil en una aplicación\n"
        "La aplicación, con sede en Dubái, era utilizada por los sospechosos.\n"
        "La Guardia Civil detuvo a ocho personas en Valencia.",
        expect(row("arrested", 8, "ES")),
    ),
    (
        "abroad_en_el_extranjero",
        "Operación contra la pornografía infantil\n"
        "La Policía Nacional detuvo a 10 personas en Málaga.\n"
        "Otros 12 sospechosos fueron detenidos en el extranjero.",
        expect(row("arrested", 10, "ES"), row("arrested", 12)),
    ),
    (
        "actor_foreign_helper_and_national_force",
        "Detenciones en Argentina\n"
        "Con apoyo de la policía estadounidense, la Policía Federal Argentina detuvo a tres "
        "personas en Rosario.",
        expect(row("arrested", 3, "AR")),
    ),
    (
        "agency_guardia_civil_names_spain",
        "Detenidos varios hombres por pornografía infantil\n"
        "La Guardia Civil ha detenido a 12 hombres en una operación desarrollada en "
        "Andalucía y Murcia.\n"
        "Los agentes realizaron 15 registros domiciliarios.",
        expect(
            row("arrested", 12, "ES", sex="male"),
            row("locations_searched", 15, "ES"),
        ),
    ),
    (
        "agency_generic_policia_nacional_resolved_by_city_madrid",
        "Detenidos por abusos a menores en Internet\n"
        "MADRID – La Policía Nacional ha detenido a cinco personas en Madrid, Valencia y "
        "Sevilla.\n"
        "Se intervinieron 30 dispositivos.",
        expect(row("arrested", 5, "ES"), row("devices_seized", 30, "ES")),
    ),
    (
        "agency_generic_policia_nacional_resolved_by_city_lima",
        "Capturan a sujetos por explotación sexual infantil\n"
        "LIMA – La Policía Nacional capturó a siete personas en un operativo en el norte "
        "de la capital, informó la Fiscalía.",
        expect(row("arrested", 7, "PE")),
    ),
    (
        "share_en_espana_inside_the_international_total",
        "Operación internacional contra la pornografía infantil\n"
        "Una operación internacional coordinada por Europol se saldó con 45 detenidos en "
        "diez países.\n"
        "En España fueron detenidas nueve personas.",
        expect(
            row("arrested", 45),
            row("jurisdictions_involved", 10),
            row("arrested", 9, "ES"),
        ),
    ),
    (
        "local_mexican_state_fiscalia",
        "Detenciones por pornografía infantil en Nuevo León\n"
        "MONTERREY – La Fiscalía del Estado detuvo a cuatro hombres en Escobedo y "
        "Apodaca.\n"
        "Los detenidos tienen entre 24 y 51 años.",
        expect(
            row("arrested", 4, "MX", sex="male"),
            row("youngest_age", 24, "MX"),
            row("oldest_age", 51, "MX"),
        ),
    ),
    (
        "local_argentine_province",
        "Allanamientos por material de abuso sexual infantil\n"
        "La policía de la provincia de Córdoba realizó 20 allanamientos y detuvo a 6 "
        "personas, informaron fuentes oficiales argentinas.",
        expect(row("locations_searched", 20, "AR"), row("arrested", 6, "AR")),
    ),
]

ITALIAN = [
    (
        "abroad_all_estero",
        "Pedopornografia, operazione della Polizia Postale\n"
        "La Polizia Postale ha arrestato 4 persone a Bari.\n"
        "Altre 9 persone sono state arrestate all'estero.",
        expect(row("arrested", 4, "IT"), row("arrested", 9)),
    ),
    (
        "actor_fbi_helper_place_in_italy",
        "Arresti a Torino\n"
        "Con la collaborazione dell'FBI, la Polizia di Stato ha arrestato sette persone a "
        "Torino.",
        expect(row("arrested", 7, "IT")),
    ),
    (
        "agency_polizia_postale_and_regions",
        "Pedopornografia online, arresti\n"
        "La Polizia Postale ha arrestato 14 persone in Lombardia, Veneto e Campania.\n"
        "Sono state eseguite 40 perquisizioni.",
        expect(row("arrested", 14, "IT"), row("locations_searched", 40, "IT")),
    ),
    (
        "share_in_italia_inside_the_international_total",
        "Operazione internazionale contro la pedopornografia\n"
        "ROMA – L'operazione internazionale coordinata da Europol ha portato all'arresto di "
        "38 persone in 12 paesi.\n"
        "In Italia sono state arrestate 5 persone.",
        expect(
            row("arrested", 38),
            row("jurisdictions_involved", 12),
            row("arrested", 5, "IT"),
        ),
    ),
    (
        "local_city_carabinieri",
        "Arresti a Napoli\n"
        "I carabinieri hanno arrestato tre uomini a Napoli.\n"
        "Sequestrati 8 computer.",
        expect(
            row("arrested", 3, "IT", sex="male"),
            row("devices_seized", 8, "IT", device="computer"),
        ),
    ),
    (
        "local_swiss_canton_ticino",
        "Pedopornografia, arresti in Ticino\n"
        "La polizia cantonale ha arrestato sei persone a Lugano e Bellinzona.",
        expect(row("arrested", 6, "CH")),
    ),
]

PORTUGUESE = [
    (
        "abroad_no_exterior_opening",
        "Operação internacional\n"
        "A Polícia Federal prendeu 6 pessoas em Goiás.\n"
        "No exterior, foram presas 14 pessoas.",
        expect(row("arrested", 6, "BR"), row("arrested", 14)),
    ),
    (
        "local_state_capital_policia_civil",
        "Operação contra abuso infantil\n"
        "RIO DE JANEIRO – A Polícia Civil prendeu seis suspeitos em Niterói.",
        expect(row("arrested", 6, "BR")),
    ),
    (
        "agency_policia_federal_names_brazil",
        "PF faz operação contra abuso sexual infantil\n"
        "A Polícia Federal cumpriu 25 mandados de busca e apreensão em nove estados.\n"
        "Oito pessoas foram presas em flagrante.",
        expect(row("locations_searched", 25, "BR"), row("arrested", 8, "BR")),
    ),
    (
        "agency_generic_policia_civil_resolved_by_state",
        "Operação prende suspeitos\n"
        "SÃO PAULO – A Polícia Civil prendeu quatro homens na capital paulista e em "
        "Campinas.\n"
        "Foram apreendidos 12 celulares.",
        expect(
            row("arrested", 4, "BR", sex="male"),
            row("devices_seized", 12, "BR", device="mobile_phone"),
        ),
    ),
    (
        "agency_policia_judiciaria_names_portugal",
        "PJ detém homens por pornografia de menores\n"
        "A Polícia Judiciária deteve cinco homens em Lisboa e no Porto.\n"
        "Foram realizadas 11 buscas domiciliárias.",
        expect(
            row("arrested", 5, "PT", sex="male"),
            row("locations_searched", 11, "PT"),
        ),
    ),
    (
        "share_no_brasil_inside_the_international_total",
        "Operação internacional contra pornografia infantil\n"
        "A operação internacional, coordenada pela Interpol, resultou em 70 prisões em 15 "
        "países.\n"
        "No Brasil, 20 pessoas foram presas.",
        expect(
            row("arrested", 70),
            row("jurisdictions_involved", 15),
            row("arrested", 20, "BR"),
        ),
    ),
]

GERMAN = [
    (
        "abroad_im_ausland_opening",
        "Razzia gegen Kinderpornografie\n"
        "Die Polizei in Hamburg hat 8 Wohnungen durchsucht.\n"
        "Im Ausland wurden 25 Verdächtige festgenommen.",
        expect(row("locations_searched", 8, "DE"), row("arrested", 25)),
    ),
    (
        "origin_hinweise_aus_den_usa",
        "Durchsuchungen in Norddeutschland\n"
        "Nach Hinweisen aus den USA durchsuchten Ermittler 12 Wohnungen in Bremen.",
        expect(row("locations_searched", 12, "DE")),
    ),
    (
        "actor_fbi_helper_place_in_switzerland",
        "Festnahmen in der Schweiz\n"
        "Mit Unterstützung des FBI nahm die Polizei in Zürich vier Männer fest.",
        expect(row("arrested", 4, "CH", sex="male")),
    ),
    (
        "agency_bka_names_germany",
        "Razzia gegen Kinderpornografie\n"
        "Das Bundeskriminalamt hat 35 Wohnungen durchsucht.\n"
        "Dabei wurden 200 Datenträger sichergestellt.",
        expect(
            row("locations_searched", 35, "DE"),
            row("devices_seized", 200, "DE", device="storage_device"),
        ),
    ),
    (
        "local_land_police",
        "Festnahmen in Bayern\n"
        "MÜNCHEN – Die bayerische Polizei hat vier Männer festgenommen.\n"
        "Die Verdächtigen sind zwischen 23 und 59 Jahre alt.",
        expect(
            row("arrested", 4, "DE", sex="male"),
            row("youngest_age", 23, "DE"),
            row("oldest_age", 59, "DE"),
        ),
    ),
    (
        "share_in_deutschland_inside_the_international_total",
        "Internationale Aktion gegen Kindesmissbrauch\n"
        "Bei einer internationalen Aktion wurden in 16 Ländern 90 Verdächtige "
        "festgenommen.\n"
        "In Deutschland wurden 14 Wohnungen durchsucht.",
        expect(
            row("jurisdictions_involved", 16),
            row("arrested", 90),
            row("locations_searched", 14, "DE"),
        ),
    ),
    (
        "local_austrian_land",
        "Kinderpornografie: Festnahmen in Wien\n"
        "Die Wiener Polizei hat drei Männer festgenommen.\n"
        "Es wurden 12 Handys sichergestellt.",
        expect(
            row("arrested", 3, "AT", sex="male"),
            row("devices_seized", 12, "AT", device="mobile_phone"),
        ),
    ),
]

INDONESIAN = [
    (
        "abroad_di_luar_negeri",
        "Polisi ungkap jaringan pornografi anak\n"
        "Polisi menangkap 8 tersangka di Jakarta.\n"
        "Sebanyak 5 tersangka lainnya ditangkap di luar negeri.",
        expect(row("arrested", 8, "ID"), row("arrested", 5)),
    ),
    (
        "local_province_polda",
        "Polda Jawa Timur tangkap pelaku\n"
        "SURABAYA – Polda Jawa Timur menangkap 7 tersangka di Surabaya.\n"
        "Polisi menyita 10 ponsel.",
        expect(
            row("arrested", 7, "ID"),
            row("devices_seized", 10, "ID", device="mobile_phone"),
        ),
    ),
    (
        "share_di_indonesia_inside_the_international_total",
        "Operasi internasional jaringan pornografi anak\n"
        "Operasi internasional yang dikoordinasikan Interpol menangkap 50 tersangka di 9 "
        "negara.\n"
        "Di Indonesia, polisi menangkap 6 tersangka.",
        expect(
            row("arrested", 50),
            row("jurisdictions_involved", 9),
            row("arrested", 6, "ID"),
        ),
    ),
    (
        "agency_bareskrim_polri",
        "Bareskrim ungkap jaringan pornografi anak\n"
        "Bareskrim Polri menangkap 4 tersangka di Jakarta dan Bandung.\n"
        "Korban yang teridentifikasi sebanyak 12 anak.",
        expect(row("arrested", 4, "ID"), row("victims_identified", 12, "ID")),
    ),
]

KOREAN = [
    (
        "abroad_haeoe_opening",
        "국제 공조로 성착취 조직 적발\n"
        "서울경찰청은 피의자 9명을 검거했다.\n"
        "해외에서는 20명이 검거됐다.",
        expect(row("arrested", 9, "KR"), row("arrested", 20)),
    ),
    (
        "local_provincial_agency",
        "경기남부경찰청, 아동 성착취물 유포 피의자 검거\n"
        "경기남부경찰청은 아동 성착취물을 유포한 피의자 23명을 검거했다고 밝혔다.\n"
        "이 가운데 5명을 구속했다.",
        expect(row("arrested", 23, "KR"), row("in_custody", 5, "KR")),
    ),
    (
        "share_domestic_inside_the_international_total",
        "국제 공조 수사로 아동 성착취 조직 적발\n"
        "국제 공조 수사를 통해 12개국에서 모두 80명이 검거됐다.\n"
        "국내에서는 11명이 검거됐다.",
        expect(
            row("jurisdictions_involved", 12),
            row("arrested", 80),
            row("arrested", 11, "KR"),
        ),
    ),
    (
        "agency_national_police_agency_korea",
        "경찰청, 성착취물 사범 집중 단속\n"
        "경찰청은 올해 상반기 집중 단속에서 성착취물 사범 300명을 검거했다고 밝혔다.",
        expect(row("arrested", 300, "KR")),
    ),
]

JAPANESE = [
    (
        "abroad_kaigai_opening",
        "児童ポルノで国際捜査\n警視庁は男2人を逮捕した。\n海外では15人が逮捕された。",
        expect(row("arrested", 2, "JP", sex="male"), row("arrested", 15)),
    ),
    (
        "origin_tsuho_from_the_us",
        "米国からの通報で摘発\n米国からの通報を受け、警視庁は男3人を逮捕した。",
        expect(row("arrested", 3, "JP", sex="male")),
    ),
    (
        "local_prefectural_police",
        "児童ポルノ事件で男を逮捕\n"
        "大阪府警は児童ポルノ禁止法違反の疑いで男3人を逮捕した。\n"
        "府警は関係先5カ所を家宅捜索した。",
        expect(
            row("arrested", 3, "JP", sex="male"),
            row("locations_searched", 5, "JP"),
        ),
    ),
    (
        "agency_national_police_agency_japan",
        "警察庁、児童ポルノ事件の摘発状況を発表\n"
        "警察庁によると、全国の警察が集中取り締まりで120人を摘発した。",
        expect(row("arrested_or_investigated", 120, "JP")),
    ),
    (
        "share_domestic_inside_the_international_total",
        "国際共同捜査で児童ポルノ摘発\n"
        "国際共同捜査では10カ国で計60人が逮捕された。\n"
        "国内では警視庁などが8人を逮捕した。",
        expect(
            row("jurisdictions_involved", 10),
            row("arrested", 60),
            row("arrested", 8, "JP"),
        ),
    ),
]


def closed(table, frame: str | None):
    """The articles of one language, each closed by its line of prose (`frame`)."""
    if frame is None:
        return table
    return [(case_id, f"{text}\n{frame}", expected) for case_id, text, expected in table]


ALL_CASES = (
    closed(ENGLISH, EN)
    + closed(FRENCH, FR)
    + closed(SPANISH, ES)
    + closed(ITALIAN, IT)
    + closed(PORTUGUESE, PT)
    + closed(GERMAN, DE)
    + closed(INDONESIAN, ID)
    + closed(KOREAN, KO)
    + closed(JAPANESE, JA)
)


@cases(ALL_CASES)
def test_scope_of_each_figure(text, expected):
    assert facts_of(text) == expected


# Numbers beside places that are no figures of the operation: no row at all.
NEGATIVES = [
    (
        "georgia_offenders_age_and_bail",
        "Police in Georgia said the 35-year-old man was released on bail.",
    ),
    (
        "faces_up_to_years_in_a_state",
        "He faces up to 20 years in prison if convicted in Texas.",
    ),
    (
        "helpline_number_of_a_country",
        "Call 1800 333 000 to reach the Australian helpline.",
    ),
    (
        "spanish_one_offender_aged_and_his_town",
        "El detenido, de 45 años y vecino de Málaga, ingresó en prisión.",
    ),
    (
        "italian_one_offender_aged",
        "Il 42enne è stato arrestato a Bari.",
    ),
    (
        "german_one_offender_aged",
        "Der 37-Jährige aus Köln sitzt in Untersuchungshaft.",
    ),
    (
        "portuguese_one_offender_aged",
        "O homem, de 51 anos, foi preso em Curitiba.",
    ),
    (
        "indonesian_one_offender_initials_and_age",
        "Pelaku berinisial AS (34) ditangkap di Bekasi.",
    ),
    (
        "korean_one_offender_age_and_date",
        "A씨(42)는 지난 3월 서울에서 체포됐다.",
    ),
    (
        "japanese_one_offender_age",
        "逮捕されたのは東京都の会社員の男(45)。",
    ),
    (
        "french_maximum_penalty_and_fine",
        "À Marseille, il encourt dix ans d'emprisonnement.",
    ),
    (
        "prison_term_in_a_state",
        "A Georgia man was sentenced to 25 years in prison for producing abuse material.",
    ),
    (
        "counts_of_charges_in_a_province",
        "The Alberta man faces 17 counts of possessing child sexual abuse material.",
    ),
    (
        "platform_seat_and_its_users",
        "The platform, which is based in Dubai, has 900 million users worldwide.",
    ),
    (
        "a_year_and_a_city",
        "The case dates back to 2019, when a teacher in Leeds was first reported.",
    ),
    (
        "related_headline_of_another_story",
        "Related: Texas sheriff arrests 40 in prostitution sting",
    ),
    (
        "read_more_furniture",
        "Read more: 23 held in Brazil dark web raid",
    ),
    (
        "phone_number_of_a_hotline",
        "Anyone with information can call the Nairobi hotline on 0800 723 253.",
    ),
    (
        "age_of_one_named_offender",
        "John Smith, 54, of Ohio, appeared in court on Monday.",
    ),
    (
        "french_peine_de_prison",
        "Le tribunal de Nantes l'a condamné à huit ans de prison ferme.",
    ),
    (
        "french_date_and_department",
        "L'affaire remonte au 12 mars 2021 dans le Val-de-Marne.",
    ),
    (
        "spanish_pena_de_prision",
        "La Audiencia de Sevilla lo condenó a 12 años de prisión por abusar de su sobrina.",
    ),
    (
        "spanish_money_fine",
        "El juez de Bogotá impuso una multa de 3 millones de pesos al acusado.",
    ),
    (
        "italian_anni_di_reclusione",
        "Il tribunale di Milano lo ha condannato a sei anni di reclusione.",
    ),
    (
        "portuguese_pena_de_prisao",
        "O tribunal de Braga condenou o homem a 9 anos de prisão.",
    ),
    (
        "german_haftstrafe",
        "Das Landgericht Köln verurteilte den Mann zu sieben Jahren Haft.",
    ),
    (
        "indonesian_hukuman_penjara",
        "Pengadilan Negeri Medan menjatuhkan hukuman 10 tahun penjara kepada terdakwa.",
    ),
    (
        "korean_prison_term",
        "서울중앙지법은 피고인에게 징역 7년을 선고했다.",
    ),
    (
        "japanese_prison_term",
        "東京地裁は被告に懲役5年の判決を言い渡した。",
    ),
    (
        "another_years_statistics_in_a_country",
        "In 2022, police in Canada recorded 15,630 incidents of online child sexual exploitation.",
    ),
]


@pytest.mark.parametrize("text", [t for _, t in NEGATIVES], ids=[i for i, _ in NEGATIVES])
def test_numbers_beside_places_that_are_no_figures(text):
    assert facts_of(text) == []


@pytest.mark.parametrize(
    ("case_id", "language"),
    [
        ("local_department_and_gendarmerie", "fr"),
        ("agency_guardia_civil_names_spain", "es"),
        ("local_city_carabinieri", "it"),
        ("agency_policia_judiciaria_names_portugal", "pt"),
        ("local_land_police", "de"),
        ("local_province_polda", "id"),
        ("local_provincial_agency", "ko"),
        ("local_prefectural_police", "ja"),
    ],
)
def test_articles_are_read_in_their_language(case_id, language):
    (text,) = [t for i, t, _ in ALL_CASES if i == case_id]
    assert documents(text)["language"][0] == language
