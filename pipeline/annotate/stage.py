"""The annotate stage: documents → spans, per partition of documents, on the engine.

`annotate` is the pure function; `annotate_partition` is what an engine runs on one
partition (validated where it runs); `run` reads, runs, validates and writes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

import pandas as pd
import pyarrow.parquet as pq

from pipeline.annotate.annotator import Annotator, annotator_of
from pipeline.annotate.span import span_id
from pipeline.annotate.structure import furniture_candidates, repeated_lines
from pipeline.engine import DocumentCache, map_partitions, merge_metrics, rules_version
from pipeline.io import TableWriter, iter_table, validate, write_json
from pipeline.params import AnnotateParams, EngineParams
from pipeline.schemas import Documents, Spans, check_spans_match_documents, frame


def annotate(
    documents: pd.DataFrame,
    params: AnnotateParams,
    progress=None,
    cache: DocumentCache | None = None,
    repeated: frozenset | None = None,
) -> tuple[pd.DataFrame, dict]:
    """Documents → (spans, metrics). Pure: reads nothing but its arguments and vocabularies
    (and, if given, `cache`: a document's spans kept from an earlier run of the same rules).

    `repeated`: the lines that recur across the whole run (`run_repeated_lines`); if not
    given, they are counted over `documents`.
    `progress`, if given, is called with the number of documents done after each one."""
    if repeated is None:
        repeated = run_repeated_lines(documents[Documents.text], params)
    rows = []
    excluded: Counter = Counter()
    labels: Counter = Counter()
    for done, doc in enumerate(documents.to_dict("records"), start=1):
        own = document_repeated(doc[Documents.text], repeated, params)
        key = (
            cache.document_key(doc, doc[Documents.language], *sorted(k.hex() for k in own))
            if cache is not None
            else None
        )
        kept = cache.get(key) if key is not None else None
        if kept is not None:
            doc_rows, dropped = kept
        else:
            annotator = annotator_of(params, doc[Documents.language])
            doc_rows, dropped = document_spans(annotator, doc, own)
            if key is not None:
                cache.put(key, [doc_rows, dropped])
        rows.extend(doc_rows)
        excluded.update(dropped)
        labels.update(row[Spans.label] for row in doc_rows)
        if progress is not None:
            progress(done)
    spans_df = to_spans_frame(rows)
    metrics = {
        "rows_in": len(documents),
        "rows_out": len(spans_df),
        "spans_by_label": dict(sorted(labels.items())),
        "numbers_excluded_by_reason": dict(sorted(excluded.items())),
    }
    return spans_df, metrics


def run_repeated_lines(texts: Iterable[str], params: AnnotateParams) -> frozenset:
    """The run's recurring furniture lines (`structure.repeated_lines`)."""
    return repeated_lines(
        texts, params.furniture_repeated_documents, params.boilerplate_max_line_chars
    )


def document_repeated(text: str, repeated: frozenset, params: AnnotateParams) -> frozenset:
    """Which of the run's recurring lines this document has: what its spans depend on
    besides its own text (and so part of its cache key)."""
    if not repeated:
        return frozenset()
    return frozenset(furniture_candidates(text, params.boilerplate_max_line_chars) & repeated)


def iter_texts(documents_path, batch_rows: int) -> Iterator[str]:
    """The documents' texts, a batch at a time (the first pass of a run over its corpus)."""
    parquet = pq.ParquetFile(documents_path)
    for batch in parquet.iter_batches(batch_size=batch_rows, columns=[Documents.text]):
        yield from batch.column(0).to_pylist()


def document_spans(
    annotator: Annotator, doc: dict, repeated: frozenset = frozenset()
) -> tuple[list[dict], dict[str, int]]:
    """One document's span rows, and its number candidates excluded by reason."""
    text = doc[Documents.text]
    spans, dropped = annotator.spans(text, doc, repeated)
    rows = []
    for s in spans:
        rows.append(
            {
                Spans.span_id: span_id(doc[Documents.doc_id], s.start, s.end, s.label, s.rule),
                Spans.doc_id: doc[Documents.doc_id],
                Spans.char_start: s.start,
                Spans.char_end: s.end,
                Spans.text: text[s.start : s.end],
                Spans.label: s.label,
                Spans.value_num: s.value_num,
                Spans.value_str: s.value_str,
                Spans.rule: s.rule,
            }
        )
    return rows, dict(dropped)


def to_spans_frame(rows: list[dict]) -> pd.DataFrame:
    return frame(Spans, rows)


def annotate_partition(
    documents: pd.DataFrame,
    params: AnnotateParams,
    cache_root: str | None,
    version: str,
    repeated: frozenset | None = None,
) -> tuple[pd.DataFrame, dict]:
    """One partition of documents → its validated spans and metrics; what an engine runs.
    `repeated`: the whole run's recurring lines (counted over the partition if not given)."""
    documents = validate(documents, Documents, "documents partition")
    cache = DocumentCache(cache_root, "annotate", version) if cache_root else None
    spans, metrics = annotate(documents, params, cache=cache, repeated=repeated)
    check_spans_match_documents(spans, documents)
    if cache is not None:
        metrics["cache"] = {"hits": cache.hits, "misses": cache.misses}
    return validate(spans, Spans, "annotate partition"), metrics


def run(
    documents_path,
    spans_path,
    metrics_path,
    params: AnnotateParams,
    progress=None,
    engine: EngineParams | None = None,
):
    """Entry point: count the lines that recur across the whole run (one pass over the
    texts), then read documents a partition at a time, annotate each on the engine, write
    the checked spans as they come. Every partition gets the same recurring lines, so the
    output does not depend on the engine or the partitioning."""
    engine = engine or EngineParams()
    version = rules_version("annotate", params.model_dump_json(), params.vocab_dir)
    repeated = run_repeated_lines(iter_texts(documents_path, engine.partition_documents), params)
    # each partition is validated where it is annotated (on a worker, with Dask)
    partitions = iter_table(
        documents_path, Documents, batch_rows=engine.partition_documents, validated=False
    )
    metrics: dict = {}
    done = 0
    with TableWriter(spans_path, Spans) as writer:
        results = map_partitions(
            annotate_partition, partitions, engine, params, engine.cache_dir, version, repeated
        )
        for spans, part in results:
            writer.write(spans, validated=True)  # by annotate_partition
            merge_metrics(metrics, part)
            done += part["rows_in"]
            if progress is not None:
                progress(done)
    metrics.setdefault("rows_in", 0)
    metrics.setdefault("rows_out", 0)
    metrics["spans_by_label"] = dict(sorted(metrics.get("spans_by_label", {}).items()))
    metrics["numbers_excluded_by_reason"] = dict(
        sorted(metrics.get("numbers_excluded_by_reason", {}).items())
    )
    metrics.pop("cache", None)  # hits depend on what ran before: not a metric of the data
    write_json(metrics, metrics_path)
