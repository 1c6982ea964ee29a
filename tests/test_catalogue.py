"""The metric catalogue (`pipeline/contract/metrics.csv`): one place says what a metric is,
the contract's schemas, the extractor, the aggregate and the report all follow it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pipeline.io import TableError
from pipeline.report import PLOTTED_METRICS
from pipeline.schemas import (
    COUNT_UNITS,
    METRIC_CATALOGUE,
    METRIC_CATALOGUE_PATH,
    METRICS,
    Facts,
    read_metric_catalogue,
)
from tests.harness import run

REPO = Path(__file__).resolve().parent.parent
CONTRACT = REPO.parent / "shared" / "facts-contract.md"


def contract_metrics() -> dict[str, str]:
    """metric → unit, from the contract's metrics table."""
    units = {}
    for line in CONTRACT.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`") and cells[1] in (*COUNT_UNITS, "currency"):
            for metric in re.findall(r"`([a-z_]+)`", cells[0]):
                units[metric] = cells[1]
    return units


@pytest.mark.skipif(not CONTRACT.exists(), reason="the shared facts contract is not beside")
def test_the_catalogue_is_the_contracts_table_of_metrics():
    assert {m.name: m.unit for m in METRIC_CATALOGUE.values()} == contract_metrics()


def test_the_facts_schema_accepts_exactly_the_catalogues_metrics_and_units():
    schema = Facts.to_schema()
    (isin,) = [c for c in schema.columns["metric"].checks if c.name == "isin"]
    assert tuple(isin.statistics["allowed_values"]) == METRICS
    assert set(COUNT_UNITS) == {m.unit for m in METRIC_CATALOGUE.values()} - {"currency"}


def test_every_fact_carries_its_metrics_unit():
    text = (
        "Police in Peru arrested 52 people, aged between 18 and 64, and seized 30 laptops "
        "in raids on 12 homes. A court in Lima fined one man US$4,000."
    )
    _, facts, _ = run(text)
    for fact in facts.to_dict("records"):
        metric = METRIC_CATALOGUE[fact["metric"]]
        if metric.quantity == "money":
            assert re.fullmatch("[A-Z]{3}", fact["unit"]), fact
        else:
            assert fact["unit"] == metric.unit, fact
    assert {f["metric"] for f in facts.to_dict("records")} >= {
        "arrested", "youngest_age", "oldest_age", "devices_seized", "locations_searched",
        "fine_amount",
    }  # fmt: skip


def test_a_metric_stated_for_the_whole_operation_is_never_one_places():
    facts = run("Police in Spain worked with officers across 14 countries and arrested 9 men.")[1]
    counted = facts[facts["metric"] == "jurisdictions_involved"]
    assert METRIC_CATALOGUE["jurisdictions_involved"].operation_wide
    assert list(counted["jurisdiction"]) == ["ALL"]


def test_the_report_plots_the_catalogues_plotted_metrics():
    assert [m.name for m in METRIC_CATALOGUE.values() if m.plotted] == PLOTTED_METRICS
    assert "arrested" in PLOTTED_METRICS and "youngest_age" not in PLOTTED_METRICS


@pytest.fixture
def catalogue_copy(tmp_path):
    path = tmp_path / "metrics.csv"
    shutil.copy(METRIC_CATALOGUE_PATH, path)
    return path


def test_a_catalogue_row_of_an_unknown_quantity_is_rejected_naming_the_file(catalogue_copy):
    with catalogue_copy.open("a", encoding="utf-8") as fh:
        fh.write("weapons_seized,weapons,weight,weapons seized,true,false,false,true,false,,guns\n")
    with pytest.raises(TableError) as err:
        read_metric_catalogue(catalogue_copy)
    assert str(catalogue_copy) in str(err.value) and "weight" in str(err.value)


def test_a_combined_metric_of_unknown_parts_is_rejected_naming_the_file(catalogue_copy):
    with catalogue_copy.open("a", encoding="utf-8") as fh:
        fh.write(
            "held_or_bailed,persons,count,held or bailed,true,false,true,true,true,held|bailed,x\n"
        )
    with pytest.raises(ValueError, match=r"sum_of names metrics not in the catalogue.*bailed"):
        read_metric_catalogue(catalogue_copy)


def test_a_new_metric_is_one_row(catalogue_copy):
    with catalogue_copy.open("a", encoding="utf-8") as fh:
        fh.write("weapons_seized,weapons,count,weapons seized,true,false,false,true,false,,guns\n")
    catalogue = read_metric_catalogue(catalogue_copy)
    assert catalogue["weapons_seized"].unit == "weapons"
    assert list(catalogue)[:-1] == list(METRIC_CATALOGUE)
