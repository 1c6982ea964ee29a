"""Registered pandera checks: importable, so schemas export completely (`to_yaml`) and pickle.

Each check names a property of a table that column types cannot express.
"""

from __future__ import annotations

import re

import pandas as pd
from pandera import extensions


@extensions.register_check_method(statistics=["start", "end"], check_type="vectorized")
def half_open_interval(df: pd.DataFrame, *, start: str, end: str) -> pd.Series:
    """`start <= end`: offsets describe a half-open character interval `[start, end)`."""
    return df[start] <= df[end]


@extensions.register_check_method(statistics=["columns"], check_type="vectorized")
def sorted_by(df: pd.DataFrame, *, columns: list[str]) -> pd.Series:
    """Rows appear in the order of `columns`: byte-identical files need one fixed row order."""
    if len(df) < 2:
        return pd.Series(True, index=df.index)
    expected = df.sort_values(list(columns), kind="stable", na_position="first").index
    return pd.Series(df.index == expected, index=df.index)


@extensions.register_check_method(statistics=["low", "best", "high"], check_type="vectorized")
def ordered_bounds(df: pd.DataFrame, *, low: str, best: str, high: str) -> pd.Series:
    """An aggregate's `low <= best <= high`; an empty `high` is unbounded."""
    return (df[low] <= df[best]) & ((df[best] <= df[high]) | df[high].isna())


@extensions.register_check_method(statistics=["pattern"], check_type="element_wise")
def pipe_list_of(value: object, *, pattern: str) -> bool:
    """A `|`-joined, sorted, duplicate-free list whose every item fully matches `pattern`."""
    if not isinstance(value, str) or value == "":
        return False
    items = value.split("|")
    return items == sorted(set(items)) and all(re.fullmatch(pattern, item) for item in items)


@extensions.register_check_method(statistics=["flag"], check_type="element_wise")
def is_regex(value: object, *, flag: bool = True) -> bool:
    """A vocabulary pattern compiles as a Python regular expression."""
    try:
        re.compile(str(value))
    except re.error:
        return not flag
    return flag
