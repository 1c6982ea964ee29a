"""The one harness of the rule tests: invented articles through ingest → annotate →
normalise with the parameters the pipeline runs with (`params.yaml`), compared as the
contract rows a researcher reads.

A row's unit comes from the metric catalogue unless a test states it (money).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pytest

from pipeline.annotate import annotate
from pipeline.ingest import RawFile, ingest, parse_sources
from pipeline.normalise import normalise
from pipeline.normalise.grammar import grammar_for
from pipeline.normalise.sentences import sentences_of, span_records
from pipeline.params import load_params
from pipeline.schemas import METRIC_CATALOGUE, is_missing

REPO = Path(__file__).resolve().parent.parent
# The parameters `dvc repro` runs with: rules are pinned under the settings that run.
PARAMS = load_params(REPO / "params.yaml")
# What normalise's constructions read of the vocabularies, for calling one directly.
GRAMMAR = grammar_for(PARAMS.normalise, PARAMS.annotate.vocab_dir)
SOURCES_HEADER = "doc_id,title,publisher,published_date,url\n"
# An invented page with its furniture: four lines of boilerplate around one figure.
PAGE = (
    "Raids across Northern Territory net suspects\n"
    "Advertisement\n"
    "Share post:\n"
    "Box 3\n"
    "14 comments\n"
    "Detectives in Darwin arrested 11 men last week.\n"
)


class Row(NamedTuple):
    """The contract columns that make a figure's key, plus qualifier and unit."""

    metric: str
    value: float
    jurisdiction: str
    sex: str | None
    age_from: int | None
    age_to: int | None
    role: str | None
    device: str | None
    qualifier: str
    unit: str


def row(
    metric: str,
    value: float,
    jurisdiction: str = "ALL",
    *,
    sex: str | None = None,
    ages: tuple[int | None, int | None] | None = None,
    role: str | None = None,
    device: str | None = None,
    qualifier: str = "exact",
    unit: str | None = None,
) -> Row:
    age_from, age_to = ages if ages else (None, None)
    return Row(
        metric,
        float(value),
        jurisdiction,
        sex,
        age_from,
        age_to,
        role,
        device,
        qualifier,
        unit or METRIC_CATALOGUE[metric].unit,
    )


def _optional(v):
    return None if is_missing(v) else v


def _optional_int(v):
    return None if is_missing(v) else int(v)


def documents(
    *texts: str, published: str | None = None, names: list[str] | None = None
) -> pd.DataFrame:
    """Invented articles ingested, named doc00, doc01, … (or `names`), with a publication
    date if given."""
    names = names or [f"doc{i:02d}" for i in range(len(texts))]
    files = [
        RawFile(f"{name}.txt", text.encode("utf-8"))
        for name, text in zip(names, texts, strict=True)
    ]
    sources = None
    if published is not None:
        rows = "".join(f"{name},,,{published},\n" for name in names)
        sources = parse_sources(SOURCES_HEADER + rows)
    docs, rejected, _ = ingest(files, sources, PARAMS.ingest)
    assert rejected.empty, rejected
    return docs


def spans_of(*texts: str, published: str | None = None) -> pd.DataFrame:
    spans, _ = annotate(documents(*texts, published=published), PARAMS.annotate)
    return spans


def records(spans: pd.DataFrame, label: str) -> list[dict]:
    """Spans of one label as plain dicts, missing values as None."""
    rows = spans[spans["label"] == label].to_dict("records")
    return [{k: _optional(v) for k, v in row.items()} for row in rows]


def numbers(text: str) -> list[tuple[str, float]]:
    """The NUMBER spans of an invented sentence: (text, value)."""
    return [(r["text"], r["value_num"]) for r in records(spans_of(text), "NUMBER")]


def located(text: str, fragment: str) -> tuple[int, int]:
    """Where a fragment stands in a text."""
    start = text.index(fragment)
    return start, start + len(fragment)


def sentences(text: str):
    """One invented article's sentences as normalise reads them (`sentences_of`), each with
    its spans: for calling one construction directly."""
    docs = documents(text)
    spans, _ = annotate(docs, PARAMS.annotate)
    body = docs["text"].iloc[0]
    return body, sentences_of(body, span_records(spans)["doc00"])


def number_in(sentence, token: str):
    """The NUMBER span of a sentence whose text is `token`."""
    (number,) = [n for n in sentence.spans["NUMBER"] if n.text == token]
    return number


def run(*texts: str, published: str | None = None, names: list[str] | None = None):
    """ingest → annotate → normalise on invented articles; returns (documents, facts, ops)."""
    docs = documents(*texts, published=published, names=names)
    spans, _ = annotate(docs, PARAMS.annotate)
    facts, operations, _, _ = normalise(docs, spans, PARAMS.normalise, PARAMS.annotate.vocab_dir)
    return docs, facts, operations


def as_rows(facts: pd.DataFrame) -> list[Row]:
    rows = [
        Row(
            f["metric"],
            float(f["value"]),
            f["jurisdiction"],
            _optional(f["sex"]),
            _optional_int(f["age_from"]),
            _optional_int(f["age_to"]),
            _optional(f["role"]),
            _optional(f["device"]),
            f["qualifier"],
            f["unit"],
        )
        for f in facts.to_dict("records")
    ]
    return sorted(rows, key=repr)


def facts_of(text: str, published: str | None = None) -> list[Row]:
    """One invented article's contract rows, sorted."""
    _, facts, _ = run(text, published=published)
    return as_rows(facts)


def expect(*rows: Row) -> list[Row]:
    return sorted(rows, key=repr)


def cases(table):
    """Parametrize (id, text, expected rows) triples with their ids."""
    return pytest.mark.parametrize(
        ("text", "expected"),
        [pytest.param(text, expected, id=case_id) for case_id, text, expected in table],
    )
