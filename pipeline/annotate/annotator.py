"""The annotator: every recogniser compiled for one vocabulary, run in a fixed, checked order.

1. The structure recognisers read the text (`DocumentText`): boilerplate, sentences.
2. The view is built from the sentences (`view.build_view`): every gated pattern of every
   recogniser is found in one reading of the sentences of reporting length.
3. The figure recognisers read the view, in the order of `Annotator.figures`. The output does
   not depend on that order: every rule belongs to one recogniser, spans are kept one per
   place, label and rule, and claims are compared by position.
4. The number candidates are read last, and the claims are settled (`claims.resolve`).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from pipeline.annotate.ages import Ages
from pipeline.annotate.claims import resolve
from pipeline.annotate.dates import Dates, Years
from pipeline.annotate.legal import LegalProvisions
from pipeline.annotate.money import Money
from pipeline.annotate.not_counts import (
    ClockTimes,
    Durations,
    Fractions,
    Frequencies,
    NamesWithDigits,
    OperationPhases,
    Ordinals,
    Percentages,
    PhoneNumbers,
)
from pipeline.annotate.numbers import NumberGrammar, Numbers
from pipeline.annotate.operation_names import OperationNames
from pipeline.annotate.recogniser import Recogniser, check_declarations
from pipeline.annotate.span import Span
from pipeline.annotate.structure import Boilerplate, Sentences
from pipeline.annotate.view import (
    TEXT_FIELDS,
    VIEW_FIELDS,
    DocumentText,
    DocumentView,
    build_view,
    published_date,
)
from pipeline.annotate.vocabulary import (
    Agencies,
    CountedNouns,
    Jurisdictions,
    ReportingCues,
)
from pipeline.annotate.wordgate import WordGate
from pipeline.params import AnnotateParams
from pipeline.schemas import SPAN_LABELS, Documents
from pipeline.vocab import BASE_LANGUAGE, Vocabulary, languages_with_rules, load_vocabulary


class Annotator:
    """Compiled recognisers for one vocabulary and parameter set; `spans` is pure."""

    def __init__(self, vocab: Vocabulary, params: AnnotateParams):
        self.params = params
        self.numbers = NumberGrammar(vocab)
        self.structure: tuple[Recogniser, ...] = (
            Boilerplate(vocab, params.boilerplate_max_line_chars, params.headline_list_lines),
            Sentences(vocab),
        )
        self.figures: tuple[Recogniser, ...] = (
            LegalProvisions(vocab),
            Dates(vocab),
            Years(),
            Percentages(),
            Fractions(),
            ClockTimes(),
            PhoneNumbers(),
            Ages(self.numbers, vocab),
            Durations(vocab),
            Frequencies(vocab),
            Money(vocab, self.numbers),
            NamesWithDigits(),
            OperationPhases(vocab),
            Ordinals(),
            Jurisdictions(vocab),
            Agencies(vocab),
            ReportingCues(vocab, self.numbers),
            CountedNouns(vocab),
            OperationNames(vocab),
        )
        self.number_candidates = Numbers(self.numbers)
        check_declarations(self.structure, TEXT_FIELDS, SPAN_LABELS, "text")
        check_declarations(
            (*self.figures, self.number_candidates), VIEW_FIELDS, SPAN_LABELS, "sentence"
        )
        # every pattern read through `view.matches`, once each: the view's tokens first
        gated = [self.numbers.token_pattern]
        for recogniser in (*self.figures, self.number_candidates):
            gated.extend(recogniser.gated)
        self.sentence_gate = WordGate([(p, p) for p in dict.fromkeys(gated)])

    @property
    def recognisers(self) -> tuple[Recogniser, ...]:
        """Every recogniser, in the order they run."""
        return (*self.structure, *self.figures, self.number_candidates)

    def view(self, document: DocumentText, sentences: list[Span]) -> DocumentView:
        return build_view(
            document,
            sentences,
            self.sentence_gate,
            self.numbers.token_pattern,
            self.params.max_sentence_chars,
        )

    def spans(
        self, text: str, doc: dict, repeated: frozenset = frozenset()
    ) -> tuple[list[Span], Counter]:
        """All spans of one document, and the count of number candidates excluded by reason;
        `repeated`: the keys of its lines that recur across the run."""
        document = DocumentText(text, published_date(doc.get(Documents.published_date)), repeated)
        found: list[Span] = []
        for recogniser in self.structure:
            found.extend(recogniser(document))
        view = self.view(document, [s for s in found if s.label == "SENTENCE"])
        for recogniser in self.figures:
            found.extend(recogniser(view))
        excluded: Counter = Counter()
        if view.long_sentences:
            # not searched at all: counted as sentences, their numbers never read
            excluded["sentences_too_long"] += view.long_sentences
        spans, dropped = resolve(found, self.number_candidates(view))
        excluded.update(dropped)
        return spans, excluded


@cache
def annotator_for(params: AnnotateParams, language: str = BASE_LANGUAGE) -> Annotator:
    """One compiled annotator per parameter set, language and process (compiling the
    vocabularies' patterns and gates takes a fifth of a second)."""
    return Annotator(load_vocabulary(params.vocab_dir, language), params)


@cache
def rule_languages(vocab_dir: str | None) -> frozenset[str]:
    return frozenset(languages_with_rules(vocab_dir))


def annotator_of(params: AnnotateParams, language: str) -> Annotator:
    """The annotator of a document's language; the base language's for a language without
    rules (normalise reads no facts from it) or an undetermined one."""
    if language not in rule_languages(params.vocab_dir):
        language = BASE_LANGUAGE
    return annotator_for(params, language)
