"""One document's sentences → its facts: each sentence with its place, in reading order.

A sentence too long to be one of reporting is skipped (its numbers counted as dropped). Every
other gets its place (`scope.PlaceTracker`), its count facts (`counts.sentence_facts`), and
its breakdowns their totals' metrics (`breakdowns.resolve_dependents`).
"""

from __future__ import annotations

from collections import Counter

from pipeline.normalise.breakdowns import resolve_dependents
from pipeline.normalise.counts import sentence_facts
from pipeline.normalise.fact import Fact
from pipeline.normalise.grammar import Grammar
from pipeline.normalise.scope import PlaceTracker
from pipeline.normalise.sentences import Sentence, is_too_long
from pipeline.schemas import Documents


def document_facts(
    grammar: Grammar, doc: dict, sentences: list[Sentence], dropped: Counter
) -> list[Fact]:
    """A document's facts, from its sentences (`sentences.sentences_of`)."""
    text = doc[Documents.text]
    doc_id = doc[Documents.doc_id]
    places = PlaceTracker(grammar, text, sentences)
    facts: list[Fact] = []
    for index, sentence in enumerate(sentences):
        if is_too_long(sentence, grammar.params.max_sentence_chars):
            # no sentence of reporting is this long: a table, a dump, or an attack
            dropped["sentence_too_long"] += len(sentence.spans["NUMBER"])
            continue
        place = places.place_of(sentence)
        built = sentence_facts(grammar, doc_id, text, sentence, index, place, dropped)
        facts.extend(resolve_dependents(grammar, built, facts, index))
    return facts
