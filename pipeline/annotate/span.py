"""A recogniser's output: one labelled stretch of a document's text, and its stable id."""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """`[start, end)` of the document's text with its label, the rule that found it, and the
    normalised value (a number, or a code, date or band as a string)."""

    start: int
    end: int
    label: str
    rule: str
    value_num: float | None = None
    value_str: str | None = None


def span_id(doc_id: str, start: int, end: int, label: str, rule: str) -> str:
    """Stable id from content: same document, place, label and rule → same id."""
    key = f"{doc_id}\x1f{start}\x1f{end}\x1f{label}\x1f{rule}".encode()
    return "s_" + hashlib.sha256(key).hexdigest()[:16]


def inside(starts: list[int], ranges: list[tuple[int, int]], start: int, end: int | None = None):
    """Whether [start, end) (or the point `start`) lies inside one of the sorted, disjoint
    ranges; a binary search, so that many spans against many ranges stays fast."""
    i = bisect.bisect_right(starts, start) - 1
    if i < 0:
        return False
    r_start, r_end = ranges[i]
    return r_start <= start and (end if end is not None else start + 1) <= r_end
