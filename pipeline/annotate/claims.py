"""Claim resolution: which span owns a digit run, and which spans survive.

A number candidate inside a span that claims its digits (a date, a year, a percentage, an
age, a duration, money, a statute, a name like "Covid-19", boilerplate) is not a count: it is
dropped and counted by the claiming label. Of overlapping spans of one label the
leftmost-longest is kept. Boilerplate claims every span inside it, numbers or not.
"""

from __future__ import annotations

import bisect
from collections import Counter

from pipeline.annotate.span import Span, inside

# Labels whose spans claim the digits inside them: such digits are never counts.
CLAIMING_LABELS = (
    "BOILERPLATE", "LEGAL_PROVISION", "DATE", "DATE_RANGE", "YEAR", "PERCENT", "FRACTION",
    "AGE_INDIVIDUAL", "AGE_RANGE", "AGE_BAND", "DURATION", "MONEY", "NOT_A_COUNT", "ORDINAL",
)  # fmt: skip
# Labels of which only the leftmost-longest of overlapping spans is kept.
NON_OVERLAPPING_LABELS = ("TRIGGER", "AGE_RANGE", "DATE_RANGE", "MONEY", "LEGAL_PROVISION")
# How many claims before a number are looked at: claims are short, and a number lies inside
# at most a few of them.
CLAIMS_LOOKED_BACK = 50


def exclusion_reason(label: str) -> str:
    """The reason a number claimed by a span of `label` is counted under."""
    return "inside_boilerplate" if label == "BOILERPLATE" else label


def claimed_by(number: Span, claims: list[tuple[int, int, str]], starts: list[int]) -> str | None:
    """The label of the span that claims the number: one that contains it, else the first
    that overlaps it."""
    i = bisect.bisect_right(starts, number.start)
    found = None
    for start, end, label in claims[max(0, i - CLAIMS_LOOKED_BACK) : i]:
        if start <= number.start and number.end <= end:
            return label
        if start < number.end and number.start < end:
            found = found or label
    return found


def unclaimed_numbers(found: list[Span], candidates: list[Span], excluded: Counter) -> list[Span]:
    """The number candidates no span of `found` claims; the others counted in `excluded`."""
    claims = sorted((s.start, s.end, s.label) for s in found if s.label in CLAIMING_LABELS)
    starts = [c[0] for c in claims]
    kept = []
    for number in candidates:
        label = claimed_by(number, claims, starts)
        if label:
            excluded[exclusion_reason(label)] += 1
            continue
        kept.append(number)
    return kept


def drop_nested(spans: list[Span], label: str) -> list[Span]:
    """Of overlapping spans of one label keep the leftmost-longest, as a regex engine would:
    'arrested or questioned by detectives' is one event, not two."""
    kept: list[Span] = []
    for s in sorted((s for s in spans if s.label == label), key=lambda s: (s.start, -s.end)):
        if not kept or s.start >= kept[-1].end:
            kept.append(s)
    return [s for s in spans if s.label != label] + kept


def drop_inside_boilerplate(found: list[Span], excluded: Counter) -> list[Span]:
    """Every span but sentences that lies inside boilerplate is dropped (numbers counted)."""
    boiler = sorted((s.start, s.end) for s in found if s.label == "BOILERPLATE")
    if not boiler:
        return found
    boiler_starts = [b[0] for b in boiler]
    kept = []
    for s in found:
        if s.label not in ("BOILERPLATE", "SENTENCE") and inside(
            boiler_starts, boiler, s.start, s.end
        ):
            excluded["inside_boilerplate"] += s.label == "NUMBER"
            continue
        kept.append(s)
    return kept


def one_per_place_label_and_rule(spans: list[Span]) -> list[Span]:
    """A span found twice (the same place, label and rule) is one span: the first."""
    seen: set[tuple] = set()
    kept = []
    for s in spans:
        key = (s.start, s.end, s.label, s.rule)
        if key not in seen:
            seen.add(key)
            kept.append(s)
    return kept


def resolve(found: list[Span], candidates: list[Span]) -> tuple[list[Span], Counter]:
    """The spans of a document once claims are settled, and the number candidates
    excluded by reason."""
    excluded: Counter = Counter()
    spans = found + unclaimed_numbers(found, candidates, excluded)
    for label in NON_OVERLAPPING_LABELS:
        spans = drop_nested(spans, label)
    return one_per_place_label_and_rule(drop_inside_boilerplate(spans, excluded)), excluded
