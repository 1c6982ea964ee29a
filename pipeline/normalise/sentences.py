"""A document's spans → its sentences, each with the spans inside it by label.

Every construction of normalise reads a sentence at a time: the spans of one label inside
it (`sentence.spans["NUMBER"]`) in the order of the spans table.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from types import SimpleNamespace

import pandas as pd

from pipeline.schemas import Spans, records

LINE_BREAK = re.compile(r"\r\n|\n|\r")


@dataclass
class Sentence:
    start: int
    end: int
    line_no: int
    spans: dict[str, list] = field(default_factory=lambda: defaultdict(list))


def span_records(spans: pd.DataFrame) -> dict[str, list[SimpleNamespace]]:
    """A spans table → per document, one plain record per span in the table's order (a
    missing value as None): pandas rows cost microseconds each, records nanoseconds."""
    by_doc: dict[str, list[SimpleNamespace]] = defaultdict(list)
    for row in records(spans):
        by_doc[row[Spans.doc_id]].append(SimpleNamespace(**row))
    return by_doc


def sentences_of(text: str, spans: list) -> list[Sentence]:
    """A document's sentences, each with the spans inside it by label; `spans` are the
    document's records (`span_records`)."""
    line_starts = [0] + [m.end() for m in LINE_BREAK.finditer(text)]
    sentences = [
        Sentence(r.char_start, r.char_end, bisect.bisect_right(line_starts, r.char_start) - 1)
        for r in spans
        if r.label == "SENTENCE"
    ]
    starts = [s.start for s in sentences]
    for row in spans:
        if row.label == "SENTENCE":
            continue
        i = bisect.bisect_right(starts, row.char_start) - 1
        if i >= 0 and row.char_end <= sentences[i].end:
            sentences[i].spans[row.label].append(row)
    return sentences


def is_boilerplate(sentence: Sentence) -> bool:
    """The whole sentence is page furniture."""
    return any(
        b.char_start <= sentence.start and sentence.end <= b.char_end
        for b in sentence.spans["BOILERPLATE"]
    )


def is_too_long(sentence: Sentence, max_chars: int) -> bool:
    """No sentence of reporting is this long: a table, a dump, or an attack."""
    return sentence.end - sentence.start > max_chars
