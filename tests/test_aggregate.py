"""Aggregate: facts from several documents → one reconciled row per key."""

from __future__ import annotations

import pandas as pd
import pytest
from factories import fact_row

from pipeline.aggregate import aggregate
from pipeline.normalise import to_facts_frame
from pipeline.params import AggregateParams
from pipeline.schemas import Facts, Reconciled, check_aggregates_backed_by_facts


def fact(doc_id: str, value: float, metric: str = "arrested", **kw) -> dict:
    return fact_row(doc_id, value, metric, **kw)


def run(rows: list[dict], policy: str = "mode") -> pd.DataFrame:
    facts = to_facts_frame(rows)
    Facts.validate(facts, lazy=True)
    table, _ = aggregate(facts, AggregateParams(best_policy=policy))
    return table


def only_row(table: pd.DataFrame) -> dict:
    assert len(table) == 1, table
    return table.iloc[0].to_dict()


def test_two_documents_stating_the_same_value_corroborate_it():
    rows = [fact("paper-b", 435), fact("paper-a", 435)]
    row = only_row(run(rows))
    assert row["status"] == "corroborated"
    assert row["n_documents"] == 2
    assert row["n_facts"] == 2
    assert row["doc_ids"] == "paper-a|paper-b"
    assert row["fact_ids"] == "|".join(sorted(r["fact_id"] for r in rows))
    assert (row["low"], row["best"], row["high"]) == (435, 435, 435)


def test_one_document_is_a_single_source():
    row = only_row(run([fact("paper-a", 12)]))
    assert row["status"] == "single_source"
    assert row["n_documents"] == 1


# Six documents' claims: 10, 60, 60, 70, 80, 90 → mode 60, median 65, min 10, max 90.
CLAIMS = {"d1": 10, "d2": 60, "d3": 60, "d4": 70, "d5": 80, "d6": 90}


@pytest.mark.parametrize(
    ("policy", "best"), [("mode", 60.0), ("median", 65.0), ("min", 10.0), ("max", 90.0)]
)
def test_differing_values_conflict_and_best_follows_the_policy(policy, best):
    row = only_row(run([fact(d, v) for d, v in CLAIMS.items()], policy))
    assert row["status"] == "conflicting"
    assert row["low"] == 10.0
    assert row["high"] == 90.0
    assert row["best"] == best
    assert row["best_policy"] == policy
    assert row["n_documents"] == 6


def test_mode_tie_goes_to_the_larger_value():
    row = only_row(run([fact("d1", 435), fact("d2", 544)], "mode"))
    assert row["status"] == "conflicting"
    assert row["best"] == 544.0


def test_one_document_stating_a_value_twice_counts_once():
    rows = [fact("d1", 40), fact("d1", 40), fact("d2", 40)]
    row = only_row(run(rows))
    assert row["n_documents"] == 2
    assert row["n_facts"] == 3
    assert row["doc_ids"] == "d1|d2"
    assert row["status"] == "corroborated"


def test_a_repeated_claim_does_not_outvote_other_documents():
    # d1 says 40 three times; d2 and d3 say 50: the mode over documents is 50.
    rows = [fact("d1", 40), fact("d1", 40), fact("d1", 40), fact("d2", 50), fact("d3", 50)]
    row = only_row(run(rows, "mode"))
    assert row["best"] == 50.0


def test_one_document_alone_repeating_itself_is_still_a_single_source():
    row = only_row(run([fact("d1", 7), fact("d1", 7)]))
    assert row["status"] == "single_source"
    assert row["n_documents"] == 1


def test_breakdowns_are_separate_rows():
    rows = [
        fact("d1", 544),
        fact("d1", 525, sex="male"),
        fact("d1", 19, sex="female"),
        fact("d2", 19, sex="female"),
    ]
    table = run(rows)
    assert len(table) == 3
    by_sex = {
        (None if pd.isna(s) else s): r
        for s, r in zip(table["sex"], table.to_dict("records"), strict=True)
    }
    assert set(by_sex) == {None, "male", "female"}
    assert by_sex[None]["best"] == 544.0
    assert by_sex["male"]["best"] == 525.0
    assert by_sex["female"]["n_documents"] == 2
    assert by_sex["female"]["status"] == "corroborated"


def test_other_metrics_jurisdictions_and_operations_are_separate_rows():
    rows = [
        fact("d1", 10),
        fact("d1", 10, metric="charged"),
        fact("d1", 10, jurisdiction="YY"),
        fact("d1", 10, operation_id="op_0000000000bb"),
        fact("d1", 10, operation_id=None),
        fact("d1", 10, age_from=13, age_to=17),
    ]
    table = run(rows)
    assert len(table) == 6
    assert set(table["status"]) == {"single_source"}


def test_output_validates_and_every_row_is_backed_by_its_facts():
    rows = [
        fact("d1", 435),
        fact("d2", 435),
        fact("d3", 544, sex="male"),
        fact("d1", 30, metric="devices_seized", unit="devices", device="laptop"),
        fact("d2", 31, metric="devices_seized", unit="devices", device="laptop"),
        fact("d2", 5, operation_id=None, age_from=13, age_to=17),
    ]
    facts = to_facts_frame(rows)
    table, metrics = aggregate(facts, AggregateParams())
    Reconciled.validate(table, lazy=True)
    check_aggregates_backed_by_facts(table, facts)
    assert metrics["rows_in"] == len(rows)
    assert metrics["rows_out"] == len(table) == 4
    assert sum(metrics["rows_by_status"].values()) == 4


def test_result_does_not_depend_on_the_order_of_the_facts():
    rows = [fact("d1", 435), fact("d2", 544), fact("d3", 435, sex="male"), fact("d2", 9)]
    facts = to_facts_frame(rows)
    forward, _ = aggregate(facts, AggregateParams())
    backward, _ = aggregate(facts.iloc[::-1].reset_index(drop=True), AggregateParams())
    pd.testing.assert_frame_equal(forward, backward)
