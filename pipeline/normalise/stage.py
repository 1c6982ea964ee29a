"""The normalise stage: documents + spans → facts, operations and their links, per partition.

`normalise` is the pure function; `normalise_documents` the part that works a document at a
time (what a partition runs, cached per document); `run` reads, runs on the engine, links
operations across all documents, validates and writes.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from pipeline.engine import DocumentCache, map_partitions, rules_version
from pipeline.io import TableWriter, iter_table, spilled, validate, write_json, write_table
from pipeline.language import UNDETERMINED
from pipeline.names import name_key_of
from pipeline.normalise.document import document_facts
from pipeline.normalise.fact import Fact, fact_id
from pipeline.normalise.grammar import grammar_for
from pipeline.normalise.linking import LinkParams, link_operations
from pipeline.normalise.operations import (
    LocalOperation,
    links_table,
    local_operations,
    operations_table,
)
from pipeline.normalise.sentences import sentences_of, span_records
from pipeline.params import EngineParams, NormaliseParams
from pipeline.schemas import (
    Documents,
    Facts,
    OperationLinks,
    Operations,
    Spans,
    check_facts_inside_documents,
    check_spans_match_documents,
    frame,
)
from pipeline.vocab import BASE_LANGUAGE, languages_with_rules


def normalise(
    documents: pd.DataFrame,
    spans: pd.DataFrame,
    params: NormaliseParams,
    vocab_dir: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, dict, pd.DataFrame]:
    """Documents + spans → (facts, operations, metrics, operation links). Pure."""
    rows, ops, dropped, background = normalise_documents(documents, spans, params, vocab_dir)
    ids, links = link_operations(ops, link_params(params), name_key_of(vocab_dir))
    operations = operations_table(ops, ids, links)
    facts_df = to_facts_frame(with_operation_ids(rows, ids))
    facts_df[Facts.topic] = with_operation_topics(facts_df, operation_topics(operations))
    metrics = normalise_metrics(
        len(spans),
        len(facts_df),
        Counter(facts_df[Facts.metric]),
        Counter(facts_df[Facts.jurisdiction_basis]),
        len(operations),
        int(facts_df[Facts.operation_id].isna().sum()),
        dropped,
        background,
    )
    return facts_df, operations, metrics, links_table(links)


LOCAL_OPERATION = "local_operation"  # a fact's operation within its document, before linking


def link_params(params: NormaliseParams) -> LinkParams:
    """What linking reads of the normalise params."""
    return LinkParams(
        max_documents=params.link_figure_max_documents,
        name_window_days=params.link_name_window_days,
        min_support=params.link_min_support,
        names_max_per_document=params.link_names_max_per_document,
    )


def normalise_documents(
    documents: pd.DataFrame,
    spans: pd.DataFrame,
    params: NormaliseParams,
    vocab_dir: str | None = None,
    cache: DocumentCache | None = None,
) -> tuple[list[dict], list[LocalOperation], Counter, list[dict]]:
    """Each document's fact rows (keyed to their local operation, not yet linked), its
    local operations, the numbers dropped by reason, and the background statistics left
    out (`background.excluded_record`). Documents are independent here: this is the part
    of normalise that runs per partition."""
    missing = sorted(set(params.languages) - set(languages_with_rules(vocab_dir)))
    if missing:
        raise ValueError(f"normalise.languages: no vocabulary folder for {missing}")
    by_doc = span_records(spans)
    rows: list[dict] = []
    ops: list[LocalOperation] = []
    dropped: Counter = Counter()
    background: list[dict] = []
    for doc in documents.sort_values(Documents.doc_id).to_dict("records"):
        doc_spans = by_doc.get(doc[Documents.doc_id])
        if doc_spans is None:
            continue
        language = doc[Documents.language]
        if language != UNDETERMINED and language not in params.languages:
            # no rules for this language: no facts, never wrong ones; its numbers counted
            numbers = sum(1 for r in doc_spans if r.label == "NUMBER")
            dropped[f"language_without_rules:{language}"] += numbers
            continue
        key = None
        if cache is not None:
            # besides the document, the spans as normalise reads them: ids (document,
            # offsets, label, rule) and values
            key = cache.document_key(
                doc, "\n".join(f"{r.span_id} {r.value_num!r} {r.value_str}" for r in doc_spans)
            )
            kept = cache.get(key)
            if kept is not None:
                rows.extend(kept["rows"])
                ops.extend(LocalOperation.from_json(op) for op in kept["ops"])
                dropped.update(kept["dropped"])
                background.extend(kept["background"])
                continue
        doc_dropped: Counter = Counter()
        doc_background: list[dict] = []
        rules = BASE_LANGUAGE if language == UNDETERMINED else language
        grammar = grammar_for(params, vocab_dir, rules)
        sentences = sentences_of(doc[Documents.text], doc_spans)
        facts = document_facts(grammar, doc, sentences, doc_dropped, doc_background)
        # sets each fact's local_operation, which its row carries until operations are linked
        doc_ops = local_operations(grammar, doc, sentences, facts)
        doc_rows = [fact_row(f) | {Facts.topic: doc[Documents.topic]} for f in facts]
        if key is not None:
            cache.put(
                key,
                {
                    "rows": doc_rows,
                    "ops": [op.to_json() for op in doc_ops],
                    "dropped": dict(doc_dropped),
                    "background": doc_background,
                },
            )
        rows.extend(doc_rows)
        ops.extend(doc_ops)
        dropped.update(doc_dropped)
        background.extend(doc_background)
    return rows, ops, dropped, background


def fact_row(f: Fact) -> dict:
    return {
        Facts.doc_id: f.doc_id,
        Facts.char_start: f.char_start,
        Facts.char_end: f.char_end,
        Facts.fact_id: fact_id(f),
        LOCAL_OPERATION: f.local_operation,
        Facts.jurisdiction: f.jurisdiction,
        Facts.jurisdiction_basis: f.jurisdiction_basis,
        Facts.metric: f.metric,
        Facts.value: f.value,
        Facts.unit: f.unit,
        Facts.qualifier: f.qualifier,
        Facts.sex: f.sex,
        Facts.age_from: f.age_from,
        Facts.age_to: f.age_to,
        Facts.role: f.role,
        Facts.device: f.device,
        Facts.quote: f.quote,
        Facts.number_span_id: f.number_span_id,
        Facts.span_ids: "|".join(sorted(f.span_ids)),
        Facts.rule: f.rule,
    }


def operation_topics(operations: pd.DataFrame) -> dict[str, str]:
    return dict(zip(operations[Operations.operation_id], operations[Operations.topic], strict=True))


def with_operation_topics(facts: pd.DataFrame, by_operation: dict[str, str]) -> pd.Series:
    """Each fact's topic: its operation's (so one operation's figures are never split by
    topic), or its document's when it has none."""
    linked = facts[Facts.operation_id].map(by_operation)
    return linked.where(linked.notna(), facts[Facts.topic]).astype(facts[Facts.topic].dtype)


def with_operation_ids(rows: list[dict], ids: dict[str, str]) -> list[dict]:
    """Fact rows with their linked operation id in place of the local operation key."""
    out = []
    for row in rows:
        row = dict(row)
        local = row.pop(LOCAL_OPERATION)
        row[Facts.operation_id] = ids.get(local) if local else None
        out.append(row)
    return out


def normalise_metrics(
    spans_in: int,
    facts_out: int,
    by_metric: Counter,
    by_basis: Counter,
    operations: int,
    without_operation: int,
    dropped: Counter,
    background: list[dict],
) -> dict:
    return {
        "rows_in": spans_in,
        "rows_out": facts_out,
        "numbers_dropped_by_reason": dict(sorted(dropped.items())),
        "facts_by_metric": dict(sorted(by_metric.items())),
        # why facts have their jurisdiction: a shift here shows a change of scope rules
        "facts_by_jurisdiction_basis": dict(sorted(by_basis.items())),
        "operations": operations,
        "facts_without_operation": without_operation,
        # every figure left out as a background statistic, where it stands and why (each is
        # also counted under `background_statistic:<construction>` above)
        "background_statistics": sorted(
            background, key=lambda r: (r["doc_id"], r["char_start"], r["metric"])
        ),
    }


def normalise_partition(
    partition: tuple[pd.DataFrame, pd.DataFrame],
    params: NormaliseParams,
    vocab_dir: str | None,
    cache_root: str | None,
    version: str,
) -> tuple[pd.DataFrame, list[LocalOperation], dict, int, list[dict]]:
    """One partition (its documents and their spans) → its facts (their `operation_id` still
    the local operation's key, until operations are linked across partitions), local
    operations, dropped numbers, the spans read and the background statistics left out;
    what an engine runs. The spans are
    checked against their documents first, the facts after."""
    documents, spans = partition
    documents = validate(documents, Documents, "documents partition")
    spans = validate(spans, Spans, "spans partition")
    check_spans_match_documents(spans, documents)
    cache = DocumentCache(cache_root, "normalise", version) if cache_root else None
    rows, ops, dropped, background = normalise_documents(documents, spans, params, vocab_dir, cache)
    facts = to_facts_frame(with_operation_ids(rows, {op.key: op.key for op in ops}))
    check_facts_inside_documents(facts, documents)
    return facts, ops, dict(dropped), len(spans), background


def to_facts_frame(rows: list[dict]) -> pd.DataFrame:
    # One figure is one row, however many rules reached it.
    unique = list({row[Facts.fact_id]: row for row in rows}.values())
    return frame(Facts, unique)


def partitions_with_spans(documents_path, spans_path, partition_documents: int):
    """(documents, their spans) a partition at a time: both tables are sorted by document,
    so one pass over each pairs them without holding either whole."""
    # validated where they are normalised (on a worker, with Dask)
    spans_batches = iter_table(spans_path, Spans, validated=False)
    buffer = None
    exhausted = False
    for documents in iter_table(
        documents_path, Documents, batch_rows=partition_documents, validated=False
    ):
        last = documents[Documents.doc_id].iloc[-1]
        while not exhausted and (buffer is None or buffer[Spans.doc_id].iloc[-1] <= last):
            batch = next(spans_batches, None)
            if batch is None:
                exhausted = True
            elif len(batch):
                buffer = batch if buffer is None else pd.concat([buffer, batch])
        if buffer is None:
            yield documents, frame(Spans, [])
            continue
        mine = buffer[Spans.doc_id] <= last
        yield documents, buffer[mine]
        buffer = buffer[~mine]
    if buffer is not None and len(buffer):
        stray = sorted(set(buffer[Spans.doc_id]))[:5]
        raise ValueError(f"{spans_path}: spans of documents not in {documents_path}: {stray}")


def run(
    documents_path,
    spans_path,
    facts_path,
    operations_path,
    links_path,
    metrics_path,
    params: NormaliseParams,
    vocab_dir: str | None = None,
    engine: EngineParams | None = None,
):
    """Entry point: documents and spans a partition at a time, normalised on the engine;
    operations linked across all documents; facts checked and written."""
    engine = engine or EngineParams()
    version = rules_version("normalise", params.model_dump_json(), vocab_dir)
    partitions = partitions_with_spans(documents_path, spans_path, engine.partition_documents)
    ops: list[LocalOperation] = []
    dropped: Counter = Counter()
    background: list[dict] = []
    spans_in = 0
    results = map_partitions(
        normalise_partition, partitions, engine, params, vocab_dir, engine.cache_dir, version
    )
    # facts wait on disk, not in memory, until operations are linked across all documents
    with spilled(Path(facts_path), Facts) as spill:
        for part_facts, part_ops, part_dropped, part_spans, part_background in results:
            spill.write(part_facts)
            ops.extend(part_ops)
            dropped.update(part_dropped)
            spans_in += part_spans
            background.extend(part_background)
        ids, links = link_operations(ops, link_params(params), name_key_of(vocab_dir))
        operations = operations_table(ops, ids, links)
        by_metric: Counter = Counter()
        by_basis: Counter = Counter()
        without_operation = 0
        topics = operation_topics(operations)
        with TableWriter(facts_path, Facts) as writer:
            for facts in spill.read():
                local = facts[Facts.operation_id]
                facts[Facts.operation_id] = local.map(ids).astype(local.dtype)
                facts[Facts.topic] = with_operation_topics(facts, topics)
                writer.write(facts)
                by_metric.update(facts[Facts.metric])
                by_basis.update(facts[Facts.jurisdiction_basis])
                without_operation += int(facts[Facts.operation_id].isna().sum())
    write_table(operations, operations_path, Operations)
    write_table(links_table(links), links_path, OperationLinks)
    metrics = normalise_metrics(
        spans_in,
        writer.rows,
        by_metric,
        by_basis,
        len(operations),
        without_operation,
        dropped,
        background,
    )
    write_json(metrics, metrics_path)
    return writer.rows
