"""The annotate stage (`pipeline/annotate/stage.py`): every span is its document's slice,
ids are stable."""

from __future__ import annotations

import pytest

from pipeline.annotate import annotate
from tests.harness import PARAMS, documents, spans_of


@pytest.mark.parametrize(
    "text",
    [
        "Police in São Paulo arrested 27 people.\r\nOfficers seized 40 phones.\r\n",
        "\ufeffThe Guardia Civil said 31 suspects were detained in Córdoba.",
        "Teen sextortion 🚨\n\nOfficers in Perth charged nine men, aged 18 to 33, on 2 June 2023.",
        "  • 12 laptops\n  • 30 phones\nA court in Lyon fined one man €3,000.",
    ],
    ids=["crlf-and-accents", "byte-order-mark", "emoji-and-blank-line", "bullets-and-euro"],
)
def test_every_span_text_is_the_documents_slice(text):
    docs = documents(text)
    spans, _ = annotate(docs, PARAMS.annotate)
    body = docs["text"].iloc[0]
    assert len(spans) > 0
    for row in spans.itertuples(index=False):
        assert body[row.char_start : row.char_end] == row.text


def test_span_ids_are_stable_across_runs_and_differ_between_documents():
    text = "Police in Bavaria searched 17 homes and seized 22 laptops on 4 April 2024."
    first = spans_of(text)
    second = spans_of(text)
    assert list(first["span_id"]) == list(second["span_id"])
    assert first["span_id"].is_unique
    both, _ = annotate(documents(text, text + " Officers said so."), PARAMS.annotate)
    ids = both.groupby("doc_id")["span_id"].apply(set)
    assert ids.iloc[0].isdisjoint(ids.iloc[1])


def test_lines_recurring_across_the_run_are_counted_over_the_whole_run(tmp_path):
    """The run's recurring lines are counted once, over every partition: a partition of one
    document marks the same furniture as the whole corpus read at once."""
    from pipeline.annotate.stage import run
    from pipeline.io import read_table, write_table
    from pipeline.params import EngineParams
    from pipeline.schemas import Documents, Spans

    teaser = "Top stories: 7 cars stolen in one night at the marina"
    texts = [
        f"Report {i}\n\nDetectives in Perth charged {i + 2} men on Friday, police said.\n\n"
        f"{teaser}\n"
        for i in range(4)
    ]
    docs = documents(*texts)
    whole, _ = annotate(docs, PARAMS.annotate)
    path = tmp_path / "documents.parquet"
    write_table(docs, path, Documents)
    run(path, tmp_path / "spans.parquet", tmp_path / "m.json", PARAMS.annotate,
        engine=EngineParams(partition_documents=1))  # fmt: skip
    one_by_one = read_table(tmp_path / "spans.parquet", Spans)
    assert list(one_by_one["span_id"]) == list(whole["span_id"])
    boiler = whole[whole["label"] == "BOILERPLATE"]
    assert set(boiler["text"]) == {teaser} and len(boiler) == 4
