"""One document's sentences → its facts: each sentence with its place, in reading order.

A sentence too long to be one of reporting is skipped (its numbers counted as dropped). Every
other gets its place (`scope.PlaceTracker`), its count facts (`counts.sentence_facts`), and
its breakdowns their totals' metrics (`breakdowns.resolve_dependents`); a sentence's figures
that are background statistics (`background.background_facts`) are no facts, each counted by
its construction and listed in `excluded`.
"""

from __future__ import annotations

from collections import Counter

from pipeline.normalise.background import REASON, background_facts, excluded_record
from pipeline.normalise.breakdowns import resolve_dependents, sex_said_after
from pipeline.normalise.counts import sentence_facts
from pipeline.normalise.fact import Fact
from pipeline.normalise.grammar import Grammar
from pipeline.normalise.scope import PlaceTracker
from pipeline.normalise.sentences import Sentence, is_too_long
from pipeline.schemas import Documents


def document_facts(
    grammar: Grammar,
    doc: dict,
    sentences: list[Sentence],
    dropped: Counter,
    excluded: list[dict] | None = None,
) -> list[Fact]:
    """A document's facts, from its sentences (`sentences.sentences_of`); the background
    statistics left out are appended to `excluded` (`background.excluded_record`)."""
    text = doc[Documents.text]
    doc_id = doc[Documents.doc_id]
    places = PlaceTracker(grammar, text, sentences)
    facts: list[Fact] = []
    after_background = False  # the previous sentence's figures were all background
    for index, sentence in enumerate(sentences):
        if is_too_long(sentence, grammar.params.max_sentence_chars):
            # no sentence of reporting is this long: a table, a dump, or an attack
            dropped["sentence_too_long"] += len(sentence.spans["NUMBER"])
            continue
        place = places.place_of(sentence)
        built = sentence_facts(grammar, doc_id, text, sentence, index, place, dropped)
        background, kept = background_facts(
            grammar.background, text, sentence, built, after_background
        )
        numbers = {(f.number_span_id, construction) for f, construction in background}
        for _, construction in numbers:
            dropped[f"{REASON}:{construction}"] += 1
        if excluded is not None:
            excluded.extend(excluded_record(f, c) for f, c in background)
        if built:
            after_background = not kept
        facts.extend(resolve_dependents(grammar, kept, facts, index))
        sex_said_after(grammar, text, sentence, facts)  # "They are all men."
    return facts
