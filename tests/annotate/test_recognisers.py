"""Recognisers say what they read and assign, and read nothing else: each is called with a
view that holds only the fields it declares, and must return only the labels it declares."""

from __future__ import annotations

import dataclasses
import re

import pytest

from pipeline.annotate import annotator_for
from pipeline.annotate.recogniser import DeclarationError, Recogniser, check_declarations
from pipeline.annotate.view import TEXT_FIELDS, VIEW_FIELDS, DocumentText, published_date
from pipeline.schemas import SPAN_LABELS
from tests.harness import PARAMS

ARTICLES = [
    "Police in Japan arrested 111 men, aged between 19 and 68, in Operation Kite.\n"
    "Officers seized 40 laptops and 1,200 images on 3 March 2024; one man was fined ¥300,000.\n"
    "Advertisement\n",
    "MANILA (AFP) - Six of those detained were charged under Section 4(a) of the Cybercrime "
    "Prevention Act 2012, a 35% rise on last year. Call +63 2 8123 4567.\n",
    "In their 20s, most of the 12 suspects used Telegram; more than 300 accounts were found.",
]


class OnlyDeclared:
    """A view that lets a recogniser read only the fields and patterns it declared."""

    def __init__(self, view, recogniser: Recogniser):
        self._view, self._recogniser = view, recogniser

    def __getattr__(self, name):
        if name not in self._recogniser.needs and not (
            name == "followed_by" and {"tokens", "text"} <= self._recogniser.needs
        ):
            raise AssertionError(f"{self._recogniser.name} reads {name!r} undeclared")
        return getattr(self._view, name)

    def matches(self, pattern):
        assert "matches" in self._recogniser.needs, self._recogniser.name
        assert pattern in self._recogniser.gated, (
            f"{self._recogniser.name} reads a pattern it does not gate: {pattern.pattern[:50]}"
        )
        return self._view.matches(pattern)


@pytest.fixture(scope="module")
def annotator():
    return annotator_for(PARAMS.annotate)


def views(annotator):
    for text in ARTICLES:
        document = DocumentText(text, published_date("2024-06-01"))
        found = [s for r in annotator.structure for s in r(document)]
        yield document, annotator.view(document, [s for s in found if s.label == "SENTENCE"])


def test_each_recogniser_reads_only_what_it_declares_and_assigns_only_its_labels(annotator):
    assigned = set()
    for document, view in views(annotator):
        for recogniser in annotator.recognisers:
            step = document if recogniser in annotator.structure else view
            spans = recogniser(OnlyDeclared(step, recogniser))
            labels = {s.label for s in spans}
            assert labels <= set(recogniser.assigns), (recogniser.name, labels)
            assigned |= labels
    # the invented articles exercise most labels; the declarations cover all of them
    assert len(assigned) >= 20, sorted(assigned)
    declared = {label for r in annotator.recognisers for label in r.assigns}
    assert declared == set(SPAN_LABELS)


def test_the_view_cannot_be_changed_by_a_recogniser(annotator):
    _, view = next(views(annotator))
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.tokens = ()
    with pytest.raises(TypeError):
        view.gated[annotator.numbers.token_pattern] = ()
    assert isinstance(view.tokens, tuple) and isinstance(view.windows, tuple)


def test_a_pattern_read_without_being_gated_is_an_error_not_an_empty_result(annotator):
    _, view = next(views(annotator))
    with pytest.raises(KeyError, match="not gated"):
        view.matches(re.compile(r"\bnever gated\b"))


class NeedsSentences(Recogniser):
    name = "needs_sentences"
    assigns = ("NUMBER",)
    needs = frozenset({"text", "windows"})


class GatesWithoutReading(Recogniser):
    name = "gates_without_reading"
    assigns = ("NUMBER",)
    needs = frozenset({"text"})
    gated = (object(),)


class AssignsAnUnknownLabel(Recogniser):
    name = "unknown_label"
    assigns = ("WEAPON",)
    needs = frozenset({"text"})


@pytest.mark.parametrize(
    ("recogniser", "fields", "message"),
    [
        (NeedsSentences(), TEXT_FIELDS, "needs \\['windows'\\]"),
        (GatesWithoutReading(), VIEW_FIELDS, "does not read `matches`"),
        (AssignsAnUnknownLabel(), VIEW_FIELDS, "unknown labels \\['WEAPON'\\]"),
    ],
)
def test_a_recogniser_whose_declarations_do_not_fit_stops_the_build(recogniser, fields, message):
    with pytest.raises(DeclarationError, match=message):
        check_declarations([recogniser], fields, SPAN_LABELS, "test")


def test_structure_runs_on_the_text_alone_and_the_rest_on_the_sentences(annotator):
    for recogniser in annotator.structure:
        assert recogniser.needs <= TEXT_FIELDS
    assert not hasattr(DocumentText("x", None), "sentences")
    names = [r.name for r in annotator.recognisers]
    assert names[:2] == ["boilerplate", "sentences"] and names[-1] == "numbers"
    assert len(names) == len(set(names))
