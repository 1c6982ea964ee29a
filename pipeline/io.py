"""Reading and writing stage outputs: validated, atomic, deterministic.

Every Parquet file is validated lazily against its model before it is written and after it
is read, carries the schema name and contract version in its key-value metadata, and is
written to a temporary file that replaces the target only when complete.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pandera.errors
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schemas import CONTRACT_VERSION

SCHEMA_KEY = b"pipeline.schema"
VERSION_KEY = b"pipeline.contract_version"


class TableError(ValueError):
    """A table failed its schema; the message names the file and every failing row."""


def validate(df: pd.DataFrame, model, where: str) -> pd.DataFrame:
    """Validate lazily, so one error lists all failures with their rows and checks."""
    try:
        return model.validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases[["column", "check", "index", "failure_case"]]
        raise TableError(
            f"{where}: table '{model.Config.name}' fails its schema "
            f"({len(cases)} failure(s)):\n{cases.head(50).to_string(index=False)}"
        ) from exc


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it over `path` only on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_table(df: pd.DataFrame, path: Path, model) -> pd.DataFrame:
    """Validate `df` against `model` and write it to `path` atomically."""
    df = validate(df.reset_index(drop=True), model, str(path))
    table = pa.Table.from_pandas(df, preserve_index=False)
    metadata = dict(table.schema.metadata or {})
    metadata[SCHEMA_KEY] = model.Config.name.encode()
    metadata[VERSION_KEY] = CONTRACT_VERSION.encode()
    table = table.replace_schema_metadata(metadata)
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, compression="zstd")
    return df


def read_table(path: Path, model) -> pd.DataFrame:
    """Read a Parquet output and validate it; a stage never works on from bad data."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: not found (run the stage that writes it first)")
    metadata = pq.read_schema(path).metadata or {}
    found = metadata.get(SCHEMA_KEY, b"").decode()
    if found and found != model.Config.name:
        raise TableError(f"{path}: holds table '{found}', expected '{model.Config.name}'")
    df = pd.read_parquet(path)
    return validate(df, model, str(path))


def write_json(data: dict, path: Path) -> None:
    """Write JSON deterministically (sorted keys, fixed indentation) and atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
