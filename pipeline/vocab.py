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

from pipeline.io import validate
from pipeline.schemas import VOCABULARIES

PACKAGE_VOCAB_DIR = Path(__file__).parent / "vocab"


def read_vocabulary(vocab_dir: Path, name: str) -> pd.DataFrame:
    """Read one vocabulary file as strings (empty cells → None) and validate it."""
    path = Path(vocab_dir) / f"{name}.csv"
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot be read as a vocabulary CSV: {exc}") from exc
    df = df.apply(lambda col: col.str.strip()).replace({"": None})
    for column in df.columns:
        df[column] = df[column].astype("str")
    return validate(df, VOCABULARIES[name], str(path))


def alternation(phrases, *, escape: bool) -> str:
    """One regex alternative per phrase, longest first so the longest phrase wins."""
    items = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p) if escape else f"(?:{p})" for p in items)


@dataclass(frozen=True)
class Vocabulary:
    number_words: dict[str, tuple[int, str]]
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


@cache
def load_vocabulary(vocab_dir: str | None = None) -> Vocabulary:
    """Load every vocabulary file once per process."""
    base = Path(vocab_dir) if vocab_dir else PACKAGE_VOCAB_DIR
    read = {name: read_vocabulary(base, name) for name in VOCABULARIES}
    nouns = read["counted_nouns"]
    rules = read["metric_rules"]
    return Vocabulary(
        number_words={r.word: (int(r.value), r.kind) for r in read["number_words"].itertuples()},
        qualifiers=dict(zip(read["qualifiers"].phrase, read["qualifiers"].qualifier, strict=True)),
        events=list(zip(read["events"].event, read["events"].pattern, strict=True)),
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
