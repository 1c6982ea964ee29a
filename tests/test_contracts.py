"""Contracts for consumers: exported schemas match the models, outputs read without us."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandera.pandas as pa
import pyarrow as pyarrow
import pyarrow.parquet as pq
import pytest
import yaml

import pipeline.checks  # noqa: F401  (registers the custom checks from_yaml needs)
from pipeline.cli import run_all
from pipeline.layout import LAYOUT
from pipeline.schemas import TABLES, export_schemas

REPO = Path(__file__).resolve().parents[1]
# The facts contract's required columns (facts-contract.md, v1).
CONTRACT_COLUMNS = [
    "doc_id", "operation_id", "jurisdiction", "metric", "value", "unit", "qualifier", "sex",
    "age_from", "age_to", "role", "device", "char_start", "char_end", "quote",
]  # fmt: skip
ARROW_TYPES = {"str": ("string", "large_string"), "int64": ("int64",),
               "Int64": ("int64",), "float64": ("double",)}  # fmt: skip


def check_names(schema: pa.DataFrameSchema) -> set[str]:
    names = {c.name for c in schema.checks}
    for column in schema.columns.values():
        names |= {f"{column.name}.{c.name}" for c in column.checks}
    return names


@pytest.mark.parametrize("table", sorted(TABLES))
def test_the_exported_schema_is_the_model_with_every_check(table):
    exported = export_schemas()[f"{table}.yaml"]
    model = TABLES[table].to_schema()
    loaded = pa.DataFrameSchema.from_yaml(exported)
    assert list(loaded.columns) == list(model.columns)
    assert check_names(loaded) == check_names(model)  # nothing dropped on export
    for name, column in model.columns.items():
        assert loaded.columns[name].nullable == column.nullable, name
    assert loaded.to_yaml() == exported


def test_the_schemas_command_writes_one_file_per_table(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "schemas", "--out", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    written = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.yaml")}
    assert written == export_schemas()
    assert all(yaml.safe_load(text)["schema_type"] == "dataframe" for text in written.values())


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    run_all(REPO / "raw", out, REPO / "params.yaml")
    return out


@pytest.mark.parametrize(
    "name",
    ["documents", "spans", "facts", "operations", "reconciled", "checks", "conflicts",
     "rejected"],
)  # fmt: skip
def test_every_output_reads_with_pyarrow_alone(outputs, name):
    table = pq.read_table(outputs / LAYOUT[name])
    schema_name = table.schema.metadata[b"pipeline.schema"].decode()
    model = TABLES[schema_name].to_schema()
    assert table.schema.names == list(model.columns)
    for field in table.schema:
        dtype = str(model.columns[field.name].dtype)
        expected = ARROW_TYPES["str"] if "str" in dtype else ARROW_TYPES[dtype]
        assert str(field.type) in expected, (field.name, field.type, dtype)
    assert table.schema.metadata[b"pipeline.contract_version"]


def test_facts_hold_every_contract_column_with_its_type(outputs):
    names = pq.read_schema(outputs / LAYOUT["facts"]).names
    assert [c for c in CONTRACT_COLUMNS if c not in names] == []
    table = pq.read_table(outputs / LAYOUT["facts"])
    assert table.schema.field("char_start").type == pyarrow.int64()
    assert table.schema.field("value").type == pyarrow.float64()
    assert table.schema.field("age_from").type == pyarrow.int64()
