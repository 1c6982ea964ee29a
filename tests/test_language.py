"""Language (`pipeline/language.py`): each document's language, and no facts from a language
the rules are not written for (counted, by language)."""

from __future__ import annotations

from pipeline.annotate import annotate
from pipeline.language import UNDETERMINED, detect_language
from pipeline.normalise import normalise
from tests.harness import PARAMS, documents

ENGLISH = (
    "Police in the northern district arrested 14 men on Tuesday after a two-month investigation "
    "into the sharing of abuse material online. Officers searched nine homes and seized "
    "computers, phones and storage drives, a spokesperson said, adding that more arrests were "
    "expected in the coming weeks as analysts review the devices."
)
SPANISH = (
    "La policía detuvo a 14 hombres el martes tras una investigación de dos meses sobre el "
    "intercambio de material de abuso en internet. Los agentes registraron nueve viviendas y "
    "se incautaron de ordenadores, teléfonos y discos duros, según un portavoz, que añadió que "
    "se esperan más detenciones en las próximas semanas."
)


def detect(text: str) -> str:
    return detect_language(text, PARAMS.ingest)


def test_a_reports_language_is_named():
    assert detect(ENGLISH) == "en"
    assert detect(SPANISH) == "es"


def test_a_story_is_not_outvoted_by_its_pages_furniture():
    furniture = "\n".join(
        ["Home", "Press", "Latest posts", "Lorem ipsum dolor sit amet, consectetur adipiscing elit"]
    )
    assert detect(furniture + "\n" + ENGLISH) == "en"


def test_a_text_too_short_to_tell_is_undetermined():
    assert detect("Police arrested 14 men.") == UNDETERMINED


def test_ingest_gives_every_document_its_language():
    docs = documents(ENGLISH, SPANISH)
    assert list(docs["language"]) == ["en", "es"]


HUNGARIAN = (
    "A rendőrség kedden két hónapos nyomozás után őrizetbe vett 14 férfit, akik állítólag "
    "gyermekbántalmazási anyagokat osztottak meg az interneten. A rendőrök kilenc lakást "
    "kutattak át, és számítógépeket, telefonokat és merevlemezeket foglaltak le, mondta a "
    "szóvivő."
)


def test_a_language_without_rules_gives_no_facts_and_its_numbers_are_counted():
    docs = documents(ENGLISH, HUNGARIAN)
    assert list(docs["language"]) == ["en", "hu"]
    spans, _ = annotate(docs, PARAMS.annotate)
    facts, _, metrics, _ = normalise(docs, spans, PARAMS.normalise, PARAMS.annotate.vocab_dir)
    assert set(facts["doc_id"]) == {"doc00"}
    assert metrics["numbers_dropped_by_reason"]["language_without_rules:hu"] >= 1


def test_a_language_with_rules_is_read_with_its_own_words():
    docs = documents(ENGLISH, SPANISH)
    spans, _ = annotate(docs, PARAMS.annotate)
    facts, _, _, _ = normalise(docs, spans, PARAMS.normalise, PARAMS.annotate.vocab_dir)
    spanish = facts[facts["doc_id"] == "doc01"]
    assert sorted(zip(spanish["metric"], spanish["value"], strict=True)) == [
        ("arrested", 14.0),
        ("locations_searched", 9.0),
    ]
