"""A document and its sentences → what a recogniser may read of it: a read-only view, built
in two steps.

1. `DocumentText`: the text, its publication date and which of its lines recur across the
   run. The structure recognisers (boilerplate,
   sentences) read only this.
2. `DocumentView`: the text again, plus what the sentences decide about where figures can
   stand, computed once for every recogniser that reads it:
   - `short`: runs of sentences no longer than a sentence of reporting can be
     (`annotate.max_sentence_chars`); a table, a dump or an attack of a megabyte without a
     full stop costs a scan, not a search;
   - `matches(pattern)`: every match of a gated pattern inside `short`, found for all
     patterns in one reading of the text (`WordGate`);
   - `tokens`: where number tokens stand (digits or number words);
   - `windows`: the sentences of reporting length that hold a number token, where the
     vocabulary (triggers, counted nouns, roles, …) is looked for;
   - `long_sentences`: how many sentences were too long to be read.

A recogniser declares which of these fields it reads (`needs`) and which patterns it reads
through `matches` (`gated`); the annotator checks both when it is built.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from datetime import date
from types import MappingProxyType

from pipeline.annotate.span import Span
from pipeline.annotate.wordgate import WordGate, fold_text

Window = tuple[int, int]


@dataclass(frozen=True)
class DocumentText:
    """The first step: what the structure recognisers read. `repeated`: the keys of the
    document's lines that recur across the run (`structure.repeated_lines`), the one input
    computed over the whole run rather than the document alone."""

    text: str
    published: date | None
    repeated: frozenset = frozenset()


@dataclass(frozen=True)
class DocumentView:
    """The second step: what every other recogniser reads (see the module docstring)."""

    text: str
    published: date | None
    folded: str
    short: tuple[Window, ...]
    windows: tuple[Window, ...]
    tokens: tuple[Window, ...]
    long_sentences: int
    gated: Mapping[re.Pattern, tuple[re.Match, ...]]

    def matches(self, pattern: re.Pattern) -> tuple[re.Match, ...]:
        """The matches of one gated pattern in the `short` windows, as `finditer` window by
        window would give them."""
        try:
            return self.gated[pattern]
        except KeyError:
            raise KeyError(f"pattern not gated for sentences: {pattern.pattern[:60]}") from None

    def followed_by(self, pattern: re.Pattern) -> Iterator[tuple[int, re.Match]]:
        """(token start, match) for every number token that `pattern` matches right after."""
        text = self.text
        for start, end in self.tokens:
            m = pattern.match(text, end)
            if m:
                yield start, m


TEXT_FIELDS = frozenset(f.name for f in fields(DocumentText))
VIEW_FIELDS = frozenset(f.name for f in fields(DocumentView)) - {"gated"} | {"matches"}


def published_date(value) -> date | None:
    """A document's `published_date` cell as a date, if it has one."""
    return date.fromisoformat(value) if isinstance(value, str) else None


def sentence_runs(sentences: list[Span], limit: int) -> tuple[list[Window], int]:
    """Runs of adjacent sentences no longer than `limit` characters, and how many sentences
    were longer (they break a run and are not read)."""
    short: list[Window] = []
    long_sentences = 0
    run = None
    for s in sentences:
        if s.end - s.start > limit:
            long_sentences += 1
            run = None
            continue
        if run is not None and short[-1][1] <= s.start:
            short[-1] = (short[-1][0], s.end)
        else:
            short.append((s.start, s.end))
        run = True
    return short, long_sentences


def number_windows(sentences: list[Span], tokens: list[Window], limit: int) -> list[Window]:
    """The sentences of reporting length in which a number token begins."""
    starts = [start for start, _ in tokens]
    windows = []
    for s in sentences:
        if s.end - s.start > limit:
            continue
        i = bisect.bisect_left(starts, s.start)
        if i < len(starts) and starts[i] < s.end:
            windows.append((s.start, s.end))
    return windows


def build_view(
    document: DocumentText,
    sentences: list[Span],
    gate: WordGate,
    token_pattern: re.Pattern,
    max_sentence_chars: int,
) -> DocumentView:
    """The second step of the view, from the first and the document's sentences."""
    text = document.text
    folded = fold_text(text)
    short, long_sentences = sentence_runs(sentences, max_sentence_chars)
    found: dict[re.Pattern, list[re.Match]] = {regex: [] for _, regex in gate.patterns}
    for key, m in gate.finditer(text, short, folded):
        found[key].append(m)
    tokens = [(m.start(), m.end()) for m in found[token_pattern]]
    return DocumentView(
        text=text,
        published=document.published,
        folded=folded,
        short=tuple(short),
        windows=tuple(number_windows(sentences, tokens, max_sentence_chars)),
        tokens=tuple(tokens),
        long_sentences=long_sentences,
        gated=MappingProxyType({key: tuple(matches) for key, matches in found.items()}),
    )
