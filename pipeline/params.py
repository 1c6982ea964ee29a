"""`params.yaml` → frozen, typed parameters: one section per stage, unknown keys rejected."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class IngestParams(_Section):
    # Only files with this suffix are articles; everything else in the folder is ignored.
    article_suffix: str = ".txt"
    # The optional metadata file beside the articles.
    sources_file: str = "sources.csv"
    # A document sharing at least this share of its word 5-grams with an earlier one is a
    # syndicated copy of it and is rejected as a near duplicate.
    near_duplicate_threshold: float = Field(default=0.9, gt=0, le=1)
    # A document's language is read from the prose lines (this many words at least) of its
    # first characters (`pipeline/language.py`); fewer letters on lines it is this sure of
    # make it `und` (undetermined).
    language_sample_chars: int = Field(default=20000, ge=100)
    language_min_words: int = Field(default=6, ge=1)
    language_max_lines: int = Field(default=8, ge=1)
    language_line_chars: int = Field(default=200, ge=20)
    language_min_letters: int = Field(default=100, ge=1)
    language_min_confidence: float = Field(default=0.9, gt=0, le=1)
    # A document's topic (`pipeline/topic.py`) is read from its first characters: words of
    # child sexual exploitation in its lead, or this many in its text, make it a CSEA story
    # (with words of enforcement); its evidence shows at most this many of them.
    topic_sample_chars: int = Field(default=20000, ge=100)
    topic_lead_chars: int = Field(default=1500, ge=0)
    topic_min_cues: int = Field(default=2, ge=1)
    topic_evidence_max: int = Field(default=3, ge=1)


class AnnotateParams(_Section):
    # Where to read vocabularies from; None means the package's own `pipeline/vocab/`.
    vocab_dir: str | None = None
    # Lines no longer than this that match a boilerplate pattern are page furniture.
    boilerplate_max_line_chars: int = Field(default=200, ge=1)
    # Below the story's start, a run of this many lines that read as headlines is a list of
    # other stories (`structure.Boilerplate.headline_lists`).
    headline_list_lines: int = Field(default=3, ge=2)
    # A line that is not a story's sentence and recurs in this many documents of the run is
    # site furniture (`structure.repeated_lines`).
    furniture_repeated_documents: int = Field(default=3, ge=2)
    # Longer "sentences" (tables, dumps, run-on junk) are not searched for figures.
    max_sentence_chars: int = Field(default=5000, ge=100)


class NormaliseParams(_Section):
    # How many sentences back a breakdown ("Among these, 31 …") looks for its total.
    antecedent_sentences: int = Field(default=3, ge=0)
    # A document whose first characters name an operation reports it throughout.
    lead_chars: int = Field(default=1200, ge=0)
    # Longer "sentences" (tables, dumps, run-on junk) are not read for facts; their numbers
    # are counted as dropped. Keeps the work per sentence bounded.
    max_sentence_chars: int = Field(default=5000, ge=100)
    # A figure stated in more documents than this ("12 arrested") is too common to link two
    # reports as one operation; names and rarer figures still do. None: every figure links.
    link_figure_max_documents: int | None = Field(default=20, ge=2)
    # Two reports of one operation name further apart than this (days between publication
    # dates, else period starts) are two operations ("Operation Cross Country" is yearly).
    # None: a name links at any distance.
    link_name_window_days: int | None = Field(default=365, ge=0)
    # Two groups of linked reports become one operation only if at least this share of the
    # pairs of reports across them are linked: no chain of coincidences A–B–C–D.
    link_min_support: float = Field(default=0.5, gt=0, le=1)
    # A report that names more operations than this is a review of them (a year-end summary,
    # a list of past cases): its names are no evidence that it reports any one of them.
    link_names_max_per_document: int = Field(default=2, ge=1)
    # The languages the rules are written for: a document in another language gives no
    # facts (its numbers are counted as dropped, by language), never wrong ones. An
    # undetermined language (`und`: too short to tell) is read.
    languages: tuple[str, ...] = (
        "en", "bs", "cs", "de", "el", "es", "fr", "hr", "id", "it", "ja", "ko",
        "nl", "nn", "no", "pl", "pt", "ro", "sk", "sv", "tr", "vi", "zh",
    )  # fmt: skip


class AggregateParams(_Section):
    best_policy: Literal["median", "max", "min", "mode"] = "mode"


class EvaluateParams(_Section):
    min_precision: float = Field(default=0.0, ge=0, le=1)
    min_recall: float = Field(default=0.0, ge=0, le=1)


class EngineParams(_Section):
    # Where annotate and normalise run: `local`, in this process; or `dask`, per partition of
    # documents on a Dask cluster (the outputs are byte-identical either way).
    kind: Literal["local", "dask"] = "local"
    # The scheduler of an existing cluster ("tcp://host:8786"); None starts a LocalCluster.
    address: str | None = None
    # Worker processes of that LocalCluster.
    workers: int = Field(default=2, ge=1)
    # Documents per partition: the unit of work, of memory, and of output row groups.
    partition_documents: int = Field(default=200, ge=1)
    # Per-document results are kept here (a relative path is inside the output folder),
    # keyed by the document and the rules' version, so a re-run redoes only what changed;
    # None keeps nothing.
    cache_dir: str | None = None


class Params(_Section):
    engine: EngineParams = EngineParams()
    ingest: IngestParams = IngestParams()
    annotate: AnnotateParams = AnnotateParams()
    normalise: NormaliseParams = NormaliseParams()
    aggregate: AggregateParams = AggregateParams()
    evaluate: EvaluateParams = EvaluateParams()


def load_params(path: Path | str = "params.yaml") -> Params:
    """Load and check `params.yaml`; a missing file gives the defaults."""
    path = Path(path)
    if not path.exists():
        return Params()
    with path.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: expected a mapping of stage sections, got {type(raw).__name__}")
    return Params.model_validate(raw)
