"""Aggregate: facts from several documents → one reconciled row per key."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.aggregate import aggregate
from pipeline.normalise import to_facts_frame
from pipeline.params import AggregateParams
from pipeline.schemas import Facts, Reconciled, check_aggregates_backed_by_facts
from tests.factories import fact_row


def fact(doc_id: str, value: float, metric: str = "arrested", **kw) -> dict:
    return fact_row(doc_id, value, metric, **kw)


def run(rows: list[dict], policy: str = "mode") -> pd.DataFrame:
    facts = to_facts_frame(rows)
    Facts.validate(facts, lazy=True)
    table, _, _, _ = aggregate(facts, AggregateParams(best_policy=policy))
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
    table, _, _, metrics = aggregate(facts, AggregateParams())
    Reconciled.validate(table, lazy=True)
    check_aggregates_backed_by_facts(table, facts)
    assert metrics["rows_in"] == len(rows)
    assert metrics["rows_out"] == len(table) == 4
    assert sum(metrics["rows_by_status"].values()) == 4


def test_result_does_not_depend_on_the_order_of_the_facts():
    rows = [fact("d1", 435), fact("d2", 544), fact("d3", 435, sex="male"), fact("d2", 9)]
    facts = to_facts_frame(rows)
    forward, *_ = aggregate(facts, AggregateParams())
    backward, *_ = aggregate(facts.iloc[::-1].reset_index(drop=True), AggregateParams())
    pd.testing.assert_frame_equal(forward, backward)


# --- qualifiers are bounds ---------------------------------------------------------------------


def test_a_lower_bound_agrees_with_a_larger_stated_value():
    rows = [fact("wire", 20500), fact("paper", 20000, qualifier="at_least")]
    row = only_row(run(rows))
    assert row["status"] == "corroborated"
    assert row["best"] == 20500  # a stated value outranks a bound
    assert pd.isna(row["high"])  # "more than 20,000" sets no ceiling


def test_a_stated_value_below_a_lower_bound_conflicts():
    row = only_row(run([fact("wire", 15000), fact("paper", 20000, qualifier="at_least")]))
    assert row["status"] == "conflicting"
    assert row["low"] == 15000


def test_an_upper_bound_caps_the_range():
    row = only_row(run([fact("wire", 25, qualifier="at_most"), fact("paper", 20)]))
    assert row["status"] == "corroborated"
    assert (row["low"], row["best"], row["high"]) == (0, 20, 25)


def test_claims_say_what_each_document_stated():
    row = only_row(run([fact("wire", 40, qualifier="approximately"), fact("paper", 41)]))
    assert row["claims"] == "paper: 41; wire: ~40"


# --- part–whole checks ---------------------------------------------------------------------------


def checks_of(rows: list[dict]) -> pd.DataFrame:
    _, checks, _, _ = aggregate(to_facts_frame(rows), AggregateParams())
    return checks


def one_check(rows: list[dict], kind: str) -> dict:
    checks = checks_of(rows)
    found = checks[checks["kind"] == kind]
    assert len(found) == 1, checks
    return found.iloc[0].to_dict()


@pytest.mark.parametrize(
    ("parts", "status"),
    [((30, 10), "consistent"), ((30, 5), "incomplete"), ((30, 15), "overcount")],
    ids=["adds-up", "unknown-remainder", "parts-exceed-total"],
)
def test_sex_parts_against_their_total(parts, status):
    men, women = parts
    rows = [
        fact("paper", 40),
        fact("paper", men, sex="male"),
        fact("paper", women, sex="female"),
    ]
    check = one_check(rows, "sex")
    assert check["status"] == status
    assert (check["total"], check["parts_sum"]) == (40, men + women)


def test_age_bands_below_the_total_are_incomplete():
    rows = [
        fact("paper", 100),
        fact("paper", 50, age_from=13, age_to=19),
        fact("paper", 30, age_from=20, age_to=29),
    ]
    assert one_check(rows, "age")["status"] == "incomplete"


def test_roles_and_devices_are_checked_against_their_totals():
    rows = [
        fact("paper", 60),
        fact("paper", 45, role="possession"),
        fact("paper", 15, role="distribution"),
        fact("paper", 300, metric="devices_seized", unit="devices"),
        fact("paper", 200, metric="devices_seized", unit="devices", device="mobile_phone"),
        fact("paper", 120, metric="devices_seized", unit="devices", device="laptop"),
    ]
    assert one_check(rows, "role")["status"] == "consistent"
    assert one_check(rows, "device")["status"] == "overcount"


def test_parts_in_another_document_are_not_parts_of_this_total():
    rows = [fact("paper", 40), fact("wire", 30, sex="male"), fact("wire", 10, sex="female")]
    assert checks_of(rows).empty


def test_countries_against_the_operation_total():
    rows = [
        fact("wire", 120, jurisdiction="ALL"),
        fact("wire", 70, jurisdiction="DE"),
        fact("paper", 30, jurisdiction="FR"),
    ]
    check = one_check(rows, "jurisdiction")
    assert check["status"] == "incomplete"
    assert check["doc_ids"] == "paper|wire"
    assert "DE 70" in check["detail"] and "FR 30" in check["detail"]


def test_arrested_plus_investigated_against_a_combined_total():
    rows = [
        fact("paper", 80),
        fact("paper", 20, metric="investigated"),
        fact("paper", 100, metric="arrested_or_investigated"),
    ]
    assert one_check(rows, "combined")["status"] == "consistent"


# --- conflicts -----------------------------------------------------------------------------------


def conflicts_of(rows: list[dict]) -> pd.DataFrame:
    _, _, found, _ = aggregate(to_facts_frame(rows), AggregateParams())
    return found


def test_one_figure_under_two_metrics_in_two_outlets_is_a_definitional_conflict():
    rows = [
        fact("wire", 111, jurisdiction="PE", metric="arrested"),
        fact("paper", 111, jurisdiction="PE", metric="investigated"),
    ]
    found = conflicts_of(rows)
    assert list(found["kind"]) == ["definitional"]
    assert found.iloc[0]["metrics"] == "arrested|investigated"
    assert found.iloc[0]["doc_ids"] == "paper|wire"


def test_one_figure_for_two_places_in_two_outlets_is_a_scope_conflict():
    rows = [
        fact("wire", 279, metric="devices_seized", unit="devices", jurisdiction="SG"),
        fact("paper", 279, metric="devices_seized", unit="devices", jurisdiction="ALL"),
    ]
    found = conflicts_of(rows)
    assert list(found["kind"]) == ["scope"]
    assert found.iloc[0]["jurisdictions"] == "ALL|SG"


def test_small_coincidences_and_one_document_s_own_distinctions_are_no_conflict():
    rows = [
        fact("wire", 2, jurisdiction="PE", metric="charged"),
        fact("paper", 2, jurisdiction="PE", metric="convicted"),
        fact("paper", 35, jurisdiction="PE", metric="arrested"),
        fact("paper", 35, jurisdiction="PE", metric="charged"),
    ]
    assert conflicts_of(rows).empty


def test_operation_buckets_change_no_byte_of_the_aggregates(tmp_path, monkeypatch):
    """The stage splits facts by operation to keep memory flat; tiny buckets (one operation
    each) must give the same tables as the pure function on all facts at once."""
    from pathlib import Path

    import pipeline.aggregate as stage
    from pipeline.cli import run_all
    from pipeline.io import read_table

    repo = Path(__file__).resolve().parent.parent
    out = tmp_path / "out"
    run_all(repo / "raw", out, repo / "params.yaml")
    facts = read_table(out / "facts.parquet", Facts)
    assert facts[Facts.operation_id].nunique() >= 3
    reconciled, checks, found, metrics = aggregate(facts, AggregateParams())
    monkeypatch.setattr(stage, "BUCKET_FACTS", 1)
    buckets = stage.operation_buckets(out / "facts.parquet", 1)
    assert len(set(buckets.values())) == len(buckets) >= 3
    small = tmp_path / "small"
    stage.run(out / "facts.parquet", small / "r.parquet", small / "c.parquet",
              small / "x.parquet", small / "m.json", AggregateParams())  # fmt: skip
    pd.testing.assert_frame_equal(pd.read_parquet(small / "r.parquet"), reconciled)
    pd.testing.assert_frame_equal(pd.read_parquet(small / "c.parquet"), checks)
    pd.testing.assert_frame_equal(pd.read_parquet(small / "x.parquet"), found)
    assert not checks.empty and not found.empty
    assert sorted(p.name for p in small.iterdir()) == [
        "c.parquet",
        "m.json",
        "r.parquet",
        "x.parquet",
    ]
