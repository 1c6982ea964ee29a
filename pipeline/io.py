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
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schemas import CONTRACT_VERSION, frame
from pipeline.validation import TableError, validate

SCHEMA_KEY = b"pipeline.schema"
VERSION_KEY = b"pipeline.contract_version"


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


# Rows per Parquet row group of a streamed table: fixed, so the file's bytes do not depend on
# how the work was partitioned or which engine did it.
ROW_GROUP_ROWS = 65_536


class TableWriter:
    """A table written in pieces: each piece validated against the model as it comes, rows
    regrouped into row groups of ROW_GROUP_ROWS, the file renamed into place only when
    complete (`close`); on an error nothing replaces the previous file.

    Pieces must come in the table's sort order; the writer checks the seam between pieces
    (pandera checks the order inside each)."""

    def __init__(self, path: Path, model, row_group_rows: int = ROW_GROUP_ROWS):
        self.path, self.model = Path(path), model
        self.row_group_rows = row_group_rows
        empty = frame(model, [])
        schema = pa.Table.from_pandas(empty, preserve_index=False).schema
        metadata = dict(schema.metadata or {})
        metadata[SCHEMA_KEY] = model.Config.name.encode()
        metadata[VERSION_KEY] = CONTRACT_VERSION.encode()
        self.schema = schema.with_metadata(metadata)
        self.order = (getattr(model.Config, "sorted_by", None) or {}).get("columns", [])
        self._atomic = atomic_path(self.path)
        self._tmp = self._atomic.__enter__()
        self._writer = pq.ParquetWriter(self._tmp, self.schema, compression="zstd")
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._last_key = None
        self.rows = 0

    def write(self, df: pd.DataFrame, where: str = "", validated: bool = False) -> pd.DataFrame:
        """Append a piece; `validated`: it has passed the model already (on a worker), so
        it is not checked twice."""
        df = df.reset_index(drop=True)
        if not validated:
            df = validate(df, self.model, f"{self.path}{where}")
        if len(df) and self.order:
            first = tuple(df.iloc[0][self.order])
            if self._last_key is not None and _sort_key(first) < _sort_key(self._last_key):
                raise TableError(
                    f"{self.path}{where}: rows out of order across pieces: {first} after "
                    f"{self._last_key} (sorted by {self.order})"
                )
            self._last_key = tuple(df.iloc[-1][self.order])
        self._pending.append(pa.Table.from_pandas(df, schema=self.schema, preserve_index=False))
        self._pending_rows += len(df)
        self.rows += len(df)
        while self._pending_rows >= self.row_group_rows:
            self._flush(self.row_group_rows)
        return df

    def _flush(self, rows: int) -> None:
        table = pa.concat_tables(self._pending)
        self._writer.write_table(table.slice(0, rows), row_group_size=rows)
        rest = table.slice(rows)
        self._pending = [rest] if rest.num_rows else []
        self._pending_rows = rest.num_rows

    def close(self) -> None:
        if self._pending_rows:
            self._flush(self._pending_rows)
        self._writer.close()
        self._atomic.__exit__(None, None, None)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if kind is None:
            self.close()
        else:
            try:
                self._writer.close()
            finally:
                self._atomic.__exit__(kind, exc, tb)


def _sort_key(values: tuple) -> tuple:
    # missing values sort first, as `frame` sorts them (na_position="first")
    return tuple((0, "") if pd.isna(v) else (1, v) for v in values)


def iter_table(
    path: Path, model, batch_rows: int = ROW_GROUP_ROWS, validated: bool = True
) -> Iterator[pd.DataFrame]:
    """A Parquet output read in batches, each validated (unless `validated` is False: the
    consumer validates, on a worker); for tables too large to hold."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: not found (run the stage that writes it first)")
    parquet = pq.ParquetFile(path)
    found = (parquet.schema_arrow.metadata or {}).get(SCHEMA_KEY, b"").decode()
    if found and found != model.Config.name:
        raise TableError(f"{path}: holds table '{found}', expected '{model.Config.name}'")
    offset = 0
    for batch in parquet.iter_batches(batch_size=batch_rows):
        df = batch.to_pandas()
        df.index = range(offset, offset + len(df))
        offset += len(df)
        yield validate(df, model, str(path)) if validated else df


class spilled:  # noqa: N801 - used as a context manager, like open()
    """A temporary Parquet file beside `path` holding pieces of a table (the model's
    `columns`, or all of them) until they can be finished; removed on exit, whatever
    happens."""

    def __init__(self, path: Path, model, columns: list[str] | None = None):
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".spill", dir=path.parent)
        os.close(fd)
        self.path = Path(name)
        empty = frame(model, [])
        empty = empty[columns] if columns is not None else empty
        self.schema = pa.Table.from_pandas(empty, preserve_index=False).schema
        self.writer = pq.ParquetWriter(self.path, self.schema)

    def write(self, df: pd.DataFrame) -> None:
        table = pa.Table.from_pandas(df, schema=self.schema, preserve_index=False)
        self.writer.write_table(table)

    def read(self) -> Iterator[pd.DataFrame]:
        """The pieces written, in batches; no more can be written after."""
        self.writer.close()
        for batch in pq.ParquetFile(self.path).iter_batches(batch_size=ROW_GROUP_ROWS):
            yield batch.to_pandas()

    def __enter__(self) -> spilled:
        return self

    def __exit__(self, *exc) -> None:
        self.writer.close()
        self.path.unlink(missing_ok=True)
