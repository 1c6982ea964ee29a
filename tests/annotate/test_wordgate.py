"""WordGate: reading a text once for word starts must find exactly what scanning each pattern
over each window finds; the speed must never cost a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.annotate import Annotator
from pipeline.annotate.wordgate import WordGate, fold_text, start_prefixes
from pipeline.vocab import load_vocabulary
from tests.harness import PARAMS


def scanned(patterns, text, windows):
    """What the gate must equal: finditer of each pattern in each window."""
    return sorted(
        (str(key), m.start(), m.end())
        for key, regex in patterns
        for start, end in windows
        for m in regex.finditer(text, start, end)
    )


def gated(gate, text, windows):
    return sorted((str(key), m.start(), m.end()) for key, m in gate.finditer(text, windows))


# --- what a pattern can begin with -----------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        # a word with inflections: its first three letters
        (r"\b(?:arrest(?:s|ed)?)\b", re.IGNORECASE, {"arr"}),
        # alternatives, case folded
        (r"\b(?:Detain|hold)\b", 0, {"det", "hol"}),
        # an optional word in front: both beginnings
        (r"\b(?:between\s+)?\d+", 0, {"bet", "0", "00", "000"}),
        # digits are one key, '0', and white space ' '
        (r"\b\d{1,2}\s+May\b", 0, {"0 m", "0  ", "00 "}),
        # a character class
        (r"\b[Ss]ection\b", 0, {"sec"}),
        # a one-letter word may end there
        (r"\ba\b", 0, {"a"}),
        # a look-behind that rules out a word character works as a boundary
        (r"(?<![\w.,])\d+", 0, {"0", "00", "000"}),
        # known only this far: what follows is any word character
        (r"\bx\w*y", 0, {"x"}),
    ],
)
def test_a_pattern_begins_with_what_its_parse_says(pattern, flags, expected):
    assert start_prefixes(re.compile(pattern, flags)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"arrest",  # no word boundary: may begin inside a word
        r"\b.rrest",  # any character first
        r"\b\w+ed\b",  # any word character first
        r"(?<!\w)\+?\d+",  # may begin with '+', which does not begin a word
        r"\b(?:x|)",  # may match nothing
    ],
)
def test_patterns_the_gate_cannot_narrow_are_scanned(pattern):
    regex = re.compile(pattern)
    assert start_prefixes(regex) is None
    gate = WordGate([("p", regex)])
    assert gate.scanned == [0]
    text = "the arrested +44 20 7946 0000 were xrrested"
    assert gated(gate, text, [(0, len(text))]) == scanned([("p", regex)], text, [(0, len(text))])


def test_folding_keeps_offsets():
    text = "İSTANBUL, ٣ May\tHello WORLD 12"
    folded = fold_text(text)
    assert len(folded) == len(text)
    assert folded.endswith("hello world 00")
    assert folded[10] == "0"  # an Arabic-Indic digit is a digit


# --- the gate equals the scan ----------------------------------------------------------------

PATTERNS = [
    ("arrest", re.compile(r"\b(?:arrest(?:s|ed|ing)?)\b", re.IGNORECASE)),
    ("held", re.compile(r"\b(?:held|detained)\b", re.IGNORECASE)),
    ("case", re.compile(r"\bIn(?:dia|donesia)\b")),
    ("date", re.compile(r"\b(?:between\s+)?\d{1,2}\s+(?:May|June)\b")),
    ("number", re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+|(?<![\w.,])\d+")),
    ("a", re.compile(r"\ba\s+dozen\b", re.IGNORECASE)),
    ("overlap", re.compile(r"\b(?:ab\s+ab|ab)\b")),
    ("inside", re.compile(r"rest")),  # scanned
]
WORDS = [
    "arrested", "Arrests", "ARREST", "rearrested", "held", "detained", "India", "INDIA",
    "Indonesia", "in", "between", "12", "3", "1,000", "May", "June", "a", "A", "dozen", "ab",
    "forest", ",", ".", "-", "\n", "  ", "x1", "٣",
]  # fmt: skip

texts = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, cut=st.lists(st.integers(0, 400), max_size=4))
def test_the_gate_finds_exactly_what_each_pattern_finds(text, cut):
    points = sorted({0, len(text), *(min(c, len(text)) for c in cut)})
    windows = list(zip(points, points[1:], strict=False))
    gate = WordGate(PATTERNS)
    assert gated(gate, text, windows) == scanned(PATTERNS, text, windows)


@settings(max_examples=200, deadline=None)
@given(text=texts)
def test_first_only_is_one_alternation_in_order(text):
    patterns = PATTERNS[:7]
    gate = WordGate(patterns, first_only=True)
    alternation = re.compile(
        "|".join(f"(?P<g{i}>{regex.pattern})" for i, (_, regex) in enumerate(patterns)),
        re.IGNORECASE,
    )
    # the alternation's flags differ per pattern here, so compare with each pattern's own
    assert alternation  # built for the reader: this is what first_only stands for
    got = [(key, m.start(), m.end()) for key, m in gate.finditer(text, [(0, len(text))])]
    assert got == alternation_scanned(patterns, text)


def alternation_scanned(patterns, text):
    """What a first_only gate must equal: at each place the first pattern that matches,
    the next match beginning after it."""
    expected = []
    position = 0
    while position <= len(text):
        found = None
        for start in range(position, len(text) + 1):
            for key, regex in patterns:
                m = regex.match(text, start)
                if m:
                    found = (key, m)
                    break
            if found:
                break
        if not found:
            break
        key, m = found
        expected.append((key, m.start(), m.end()))
        position = max(m.end(), m.start() + 1)
    return expected


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator(load_vocabulary(PARAMS.annotate.vocab_dir), PARAMS.annotate)


REPORTING_WORDS = (
    "arrested charged seized devices phones men women aged between and to from May "
    "March 2024 1,200 35 Section 376A Penal Code 1871 RM5,000 $3m twelve years old "
    "Operation Blue Harbour early mid-June last week Telegram victims 12th first"
)


def vocabulary_words() -> list[str]:
    vocab = load_vocabulary(None)
    words = set()
    for alias in list(vocab.jurisdictions.alias[::7]) + list(vocab.agencies.alias[::5]):
        words.update(alias.split())
    words.update(vocab.qualifiers)
    words.update(vocab.number_words)
    words.update(REPORTING_WORDS.split())
    return sorted(words)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_annotators_gates_equal_their_patterns_scanned(annotator, data):
    words = vocabulary_words()
    text = " ".join(data.draw(st.lists(st.sampled_from(words), min_size=1, max_size=80)))
    text = data.draw(st.sampled_from([text, text.upper(), text.lower()]))
    windows = [(0, len(text))]
    gates = [annotator.sentence_gate] + [
        r.gate for r in annotator.recognisers if isinstance(getattr(r, "gate", None), WordGate)
    ]
    assert len(gates) == 3  # the sentences', the reporting cues' and the counted nouns'
    for gate in gates:
        if gate.first_only:
            got = [(key, m.start(), m.end()) for key, m in gate.finditer(text, windows)]
            assert got == alternation_scanned(gate.patterns, text)
        else:
            assert gated(gate, text, windows) == scanned(gate.patterns, text, windows)
