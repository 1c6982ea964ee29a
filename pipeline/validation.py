"""A table and its pandera model → the validated table; a data file → its validated rows.

Both raise errors that name the file (or table) and list every failing row, so bad input is
found in one run. This module imports no other part of the pipeline: the models' module
uses it to read the metric catalogue.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.errors


class TableError(ValueError):
    """A table failed its schema; the message names the file and every failing row."""


def validate(df: pd.DataFrame, model, where: str) -> pd.DataFrame:
    """Validate lazily, so one error lists all failures with their rows and checks."""
    try:
        return model.validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases[["column", "check", "index", "failure_case"]]
        name = getattr(model.Config, "name", None) or model.__name__
        raise TableError(
            f"{where}: table '{name}' fails its schema "
            f"({len(cases)} failure(s)):\n{cases.head(50).to_string(index=False)}"
        ) from exc


def read_data_file(path: Path | str, model) -> pd.DataFrame:
    """One CSV data file (a vocabulary, a catalogue) as strings, empty cells as None,
    validated against its model."""
    path = Path(path)
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot be read as a CSV data file: {exc}") from exc
    df = df.apply(lambda col: col.str.strip()).replace({"": None})
    for column in df.columns:
        df[column] = df[column].astype("str")
    return validate(df, model, str(path))
