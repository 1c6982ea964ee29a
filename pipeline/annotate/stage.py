"""The annotate stage: documents → spans, per partition of documents, on the engine.

`annotate` is the pure function; `annotate_partition` is what an engine runs on one
partition (validated where it runs); `run` reads, runs, validates and writes.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from pipeline.annotate.annotator import Annotator, annotator_of
from pipeline.annotate.span import span_id
from pipeline.engine import DocumentCache, map_partitions, merge_metrics, rules_version
from pipeline.io import TableWriter, iter_table, validate, write_json
from pipeline.params import AnnotateParams, EngineParams
from pipeline.schemas import Documents, Spans, check_spans_match_documents, frame


def annotate(
    documents: pd.DataFrame,
    params: AnnotateParams,
    progress=None,
    cache: DocumentCache | None = None,
) -> tuple[pd.DataFrame, dict]:
    """Documents → (spans, metrics). Pure: reads nothing but its arguments and vocabularies
    (and, if given, `cache`: a document's spans kept from an earlier run of the same rules).

    `progress`, if given, is called with the number of documents done after each one."""
    rows = []
    excluded: Counter = Counter()
    labels: Counter = Counter()
    for done, doc in enumerate(documents.to_dict("records"), start=1):
        key = cache.document_key(doc, doc[Documents.language]) if cache is not None else None
        kept = cache.get(key) if key is not None else None
        if kept is not None:
            doc_rows, dropped = kept
        else:
            annotator = annotator_of(params, doc[Documents.language])
            doc_rows, dropped = document_spans(annotator, doc)
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


def document_spans(annotator: Annotator, doc: dict) -> tuple[list[dict], dict[str, int]]:
    """One document's span rows, and its number candidates excluded by reason."""
    text = doc[Documents.text]
    spans, dropped = annotator.spans(text, doc)
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
    documents: pd.DataFrame, params: AnnotateParams, cache_root: str | None, version: str
) -> tuple[pd.DataFrame, dict]:
    """One partition of documents → its validated spans and metrics; what an engine runs."""
    documents = validate(documents, Documents, "documents partition")
    cache = DocumentCache(cache_root, "annotate", version) if cache_root else None
    spans, metrics = annotate(documents, params, cache=cache)
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
    """Entry point: read documents a partition at a time, annotate each on the engine,
    write the checked spans as they come."""
    engine = engine or EngineParams()
    version = rules_version("annotate", params.model_dump_json(), params.vocab_dir)
    # each partition is validated where it is annotated (on a worker, with Dask)
    partitions = iter_table(
        documents_path, Documents, batch_rows=engine.partition_documents, validated=False
    )
    metrics: dict = {}
    done = 0
    with TableWriter(spans_path, Spans) as writer:
        results = map_partitions(
            annotate_partition, partitions, engine, params, engine.cache_dir, version
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
