"""Scope of a national story told inside an international operation, in every language
(`pipeline/normalise/scope.py`: `national_share`, `lead_frames_operation`, `framed_default`,
`redefined_acronyms`), on invented reports: one country's part ("as part of", "en el marco
de", "w ramach"), one country's extent ("nationwide", "en todo el país", "bundesweit"), a
whole-operation figure ("internationally"), and an acronym a story gives to a unit of its
own."""

from __future__ import annotations

from tests.harness import cases, expect, facts_of, row
from tests.normalise.test_language_de import german
from tests.normalise.test_language_es import spanish
from tests.normalise.test_language_fr import french
from tests.normalise.test_language_it import italian
from tests.normalise.test_language_pl import polish
from tests.normalise.test_language_pt import portuguese

ENGLISH = [
    (
        "internationally-is-the-whole-operation",
        "Canadian police charged 6 people. Europol counted over 210 arrests internationally.",
        [row("charged", 6, "CA"), row("arrested", 210, "ALL", qualifier="at_least")],
    ),
    (
        "internationally-after-the-victims",
        "The Irish unit said 48 children were rescued internationally.",
        [row("victims_identified", 48, "ALL")],
    ),
    (
        "internationally-known-names-no-scope",
        "An internationally known charity said Kenyan police arrested 12 people.",
        [row("arrested", 12, "KE")],
    ),
    (
        "nationwide-keeps-the-country",
        "Under a global operation, the RCMP said officers detained 25 people nationwide.",
        [row("arrested", 25, "CA")],
    ),
    (
        "nations-history-lead-is-national",
        "Police in Canada ran a coordinated sweep, the biggest in the country's history.\n"
        "A total of 44 people were arrested.",
        [row("arrested", 44, "CA")],
    ),
    (
        "across-the-country-lead-is-national",
        "Forces across the country joined a coordinated operation, Australian police said.\n"
        "A total of 31 people were arrested.",
        [row("arrested", 31, "AU")],
    ),
    (
        "nationwide-is-the-storys-own-country",
        "Kenyan police said on Monday that the inquiry had ended.\n"
        "Officers identified 20 suspects nationwide, among them men from Uganda living in Kenya.",
        [row("suspects_identified", 20, "KE")],
    ),
    (
        "internationally-as-a-part-is-no-scope",
        "Australian police said 90 children were safeguarded, 50 internationally and 40 "
        "domestically.",
        [row("victims_identified", 90, "AU")],
    ),
    (
        "coordinated-in-countries-is-all",
        "A coordinated operation in 12 countries led to 200 arrests.",
        [row("jurisdictions_involved", 12), row("arrested", 200)],
    ),
    (
        "country-phase-of-the-operation",
        "Two victims were found in the Irish phase of a global operation last month.",
        [row("victims_identified", 2, "IE")],
    ),
    (
        "final-phase-of-the-operation-is-all",
        "Two victims were found in the final phase of a global operation last month.",
        [row("victims_identified", 2)],
    ),
    (
        "acronym-of-a-local-unit",
        "The Integrated Cyber Enforcement (ICE) team in Calgary led the probe.\n"
        "ICE officers later arrested 9 men.",
        [row("arrested", 9, "CA", sex="male")],
    ),
    (
        "acronym-after-a-translated-name",
        "The Federal Investigation Bureau (FBI) led the probe.\nFBI agents arrested 9 men.",
        [row("arrested", 9, "US", sex="male")],
    ),
    (
        "acronym-of-its-own-agency",
        "U.S. Immigration and Customs Enforcement (ICE) led the probe.\n"
        "ICE agents later arrested 9 men.",
        [row("arrested", 9, "US", sex="male")],
    ),
]


@cases(ENGLISH)
def test_english_national_and_whole_operation(text, expected):
    assert facts_of(text) == expect(*expected)


OTHER_LANGUAGES = [
    (
        "es-en-el-marco-de",
        spanish(
            "En el marco de una operación internacional, la Fiscalía de Uruguay realizó "
            "cuatro allanamientos."
        ),
        [row("locations_searched", 4, "UY")],
    ),
    (
        "es-share-naming-no-country",
        spanish(
            "Los fiscales ordenaron cinco registros en el marco de la operación Tilo, de "
            "alcance internacional.\nLos operativos se hicieron en Uruguay."
        ),
        [row("locations_searched", 5, "UY")],
    ),
    (
        "es-towns-of-one-country",
        spanish(
            "Los agentes hicieron seis registros en Capiatá, San Antonio y Luque durante la mañana."
        ),
        [row("locations_searched", 6, "PY")],
    ),
    (
        "es-towns-of-two-countries",
        spanish("Los agentes hicieron seis registros en Capiatá y Buenos Aires durante la mañana."),
        [row("locations_searched", 6)],
    ),
    (
        "es-country-and-region-is-all",
        spanish("Las autoridades detuvieron a 27 personas en Chile y en Europa."),
        [row("arrested", 27)],
    ),
    (
        "es-operacion-internacional-is-all",
        spanish("Una operación internacional en 20 países permitió 150 detenciones."),
        [row("jurisdictions_involved", 20), row("arrested", 150)],
    ),
    (
        "es-en-todo-el-pais",
        spanish(
            "La operación internacional permitió detener a 31 personas en todo el país, "
            "informó la policía de Colombia."
        ),
        [row("arrested", 31, "CO")],
    ),
    (
        "pl-w-ramach",
        polish("Śledczy z Polski zatrzymali 40 osób w ramach międzynarodowej operacji."),
        [row("arrested", 40, "PL")],
    ),
    (
        "de-im-rahmen",
        german(
            "Im Rahmen einer internationalen Operation nahm die österreichische Polizei "
            "12 Verdächtige fest."
        ),
        [row("arrested", 12, "AT")],
    ),
    (
        "de-bundesweit",
        german(
            "Bei der internationalen Aktion wurden in Deutschland bundesweit 70 Wohnungen "
            "durchsucht."
        ),
        [row("locations_searched", 70, "DE")],
    ),
    (
        "fr-dans-le-cadre-de",
        french(
            "Dans le cadre d'une opération internationale, la gendarmerie nationale a "
            "interpellé 20 suspects."
        ),
        [row("arrested", 20, "FR")],
    ),
    (
        "it-nell-ambito",
        italian(
            "Nell'ambito di un'operazione internazionale, la Polizia Postale ha arrestato "
            "7 persone."
        ),
        [row("arrested", 7, "IT")],
    ),
    (
        "pt-no-ambito-de",
        portuguese(
            "No âmbito de uma operação internacional, a Polícia Federal cumpriu 30 mandados "
            "de busca."
        ),
        [row("locations_searched", 30, "BR")],
    ),
    (
        "pt-operacao-internacional-is-all",
        portuguese("Uma operação internacional em 20 países resultou em 150 prisões."),
        [row("jurisdictions_involved", 20), row("arrested", 150)],
    ),
]


@cases(OTHER_LANGUAGES)
def test_national_share_in_other_languages(text, expected):
    assert facts_of(text) == expect(*expected)
