"""Vocabulary data files (`pipeline/vocab/*.csv`) → validated, compiled lookups.

Each file has its own pandera model in `schemas.py` (vocabulary section); a bad row stops the
run with the file and row named. Users extend the extractor by adding rows, not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from pipeline.schemas import VOCABULARIES
from pipeline.validation import read_data_file

PACKAGE_VOCAB_DIR = Path(__file__).parent / "vocab"


def read_vocabulary(vocab_dir: Path, name: str) -> pd.DataFrame:
    """Read one vocabulary file as strings (empty cells → None) and validate it."""
    return read_data_file(Path(vocab_dir) / f"{name}.csv", VOCABULARIES[name])


def alternation(phrases, *, escape: bool) -> str:
    """One regex alternative per phrase, longest first so the longest phrase wins."""
    items = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p) if escape else f"(?:{p})" for p in items)


@dataclass(frozen=True)
class Vocabulary:
    # words that write a number, with their value and kind (scale abbreviations excluded)
    number_words: dict[str, tuple[int, str]]
    # scale words that may follow digits, with their multiplier: "3 million", "5bn"
    digit_scales: dict[str, int]
    # what a predicate says a group is: word → (sex, age_from, age_to)
    group_words: dict[str, tuple[str | None, int | None, int | None]]
    # events that happen to suspects ("arrested 144" counts people)
    suspect_events: tuple[str, ...]
    # words that end in a full stop without ending a sentence ("Mr.", "U.S."), as patterns
    abbreviations: list[str]
    # nouns of an event that may head a count ("the arrest of 312"), as patterns
    nominal_events: list[str]
    # verbs and nouns of harm done to people ("stabbing two pensioners"): their object is
    # the crime's victims, never the counted suspects; as patterns
    harms: list[str]
    # participles naming a group a count is part of ("Six of those arrested"): → partitive
    group_participles: dict[str, bool]
    qualifiers: dict[str, str]
    events: list[tuple[str, str]]
    counted_nouns: pd.DataFrame
    metric_rules: dict[tuple[str, str], str]
    roles: list[tuple[str, str]]
    operation_words: list[str]
    scope_cues: list[str]
    boilerplate: list[tuple[str, str]]
    jurisdictions: pd.DataFrame
    agencies: pd.DataFrame
    currencies: pd.DataFrame
    dollar_by_jurisdiction: dict[str, str]
    statutes: list[tuple[str, str]]
    platforms: pd.DataFrame


def _str_or_none(cell) -> str | None:
    return cell if isinstance(cell, str) else None


def _int_or_none(cell) -> int | None:
    return int(cell) if isinstance(cell, str) else None


@cache
def load_vocabulary(vocab_dir: str | None = None) -> Vocabulary:
    """Load every vocabulary file once per process."""
    base = Path(vocab_dir) if vocab_dir else PACKAGE_VOCAB_DIR
    read = {name: read_vocabulary(base, name) for name in VOCABULARIES}
    nouns = read["counted_nouns"]
    rules = read["metric_rules"]
    events = read["events"]
    unknown = sorted(set(read["suspect_events"].event) - set(events.event))
    if unknown:
        raise ValueError(f"{base / 'suspect_events.csv'}: events not in events.csv: {unknown}")
    number_words = read["number_words"]
    return Vocabulary(
        number_words={
            r.word: (int(r.value), r.kind)
            for r in number_words.itertuples()
            if r.kind != "scale_abbreviation"
        },
        digit_scales={
            r.word: int(r.value) for r in number_words.itertuples() if r.after_digits == "true"
        },
        group_words={
            r.word: (_str_or_none(r.sex), _int_or_none(r.age_from), _int_or_none(r.age_to))
            for r in read["group_words"].itertuples()
        },
        suspect_events=tuple(read["suspect_events"].event),
        abbreviations=list(read["abbreviations"].pattern),
        nominal_events=list(read["nominal_events"].pattern),
        harms=list(read["harms"].pattern),
        group_participles={
            r.participle: r.partitive == "true" for r in read["group_participles"].itertuples()
        },
        qualifiers=dict(zip(read["qualifiers"].phrase, read["qualifiers"].qualifier, strict=True)),
        events=list(zip(events.event, events.pattern, strict=True)),
        counted_nouns=nouns,
        metric_rules={
            (r.noun_class, r.event if isinstance(r.event, str) else ""): r.metric
            for r in rules.itertuples()
        },
        roles=list(zip(read["roles"].role, read["roles"].pattern, strict=True)),
        operation_words=list(read["operation_words"].pattern),
        scope_cues=list(read["scope_cues"].pattern),
        boilerplate=list(zip(read["boilerplate"].name, read["boilerplate"].pattern, strict=True)),
        jurisdictions=read["jurisdictions"],
        agencies=read["agencies"],
        currencies=read["currencies"],
        platforms=read["platforms"],
        statutes=list(zip(read["statutes"].pattern, read["statutes"].jurisdiction, strict=True)),
        dollar_by_jurisdiction=dict(
            zip(
                read["dollar_by_jurisdiction"].jurisdiction,
                read["dollar_by_jurisdiction"].currency,
                strict=True,
            )
        ),
    )
