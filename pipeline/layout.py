"""An output folder → its tables: where each table lives, relative to a folder such as
`processed/`, and the reading of a whole finished run (`load`).

Stages, the report, trace and diff all find their files here, so no module needs the
command line to know where a table is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.io import read_table
from pipeline.schemas import Checks, Conflicts, Documents, Facts, Operations, Reconciled, Spans

# Output layout, relative to an output folder: the same names `processed/` holds.
LAYOUT = {
    "documents": "documents.parquet",
    "rejected": "rejected.parquet",
    "spans": "spans.parquet",
    "facts": "facts.parquet",
    "operations": "operations.parquet",
    "operation_links": "operation_links.parquet",
    "reconciled": "aggregates/reconciled.parquet",
    "checks": "aggregates/checks.parquet",
    "conflicts": "aggregates/conflicts.parquet",
    "report": "report.html",
    "plot": "plots/figures.csv",
    "metrics": "metrics",
}


def paths(out: Path | str) -> dict[str, Path]:
    """Every output's path inside the output folder `out`."""
    return {name: Path(out) / relative for name, relative in LAYOUT.items()}


@dataclass(frozen=True)
class Tables:
    """The tables of a finished run that the report and trace read."""

    documents: pd.DataFrame
    spans: pd.DataFrame
    facts: pd.DataFrame
    operations: pd.DataFrame
    reconciled: pd.DataFrame
    checks: pd.DataFrame
    conflicts: pd.DataFrame


def load(out_dir: Path | str) -> Tables:
    """Read and validate the tables of a finished run from its output folder."""
    where = paths(out_dir)
    return Tables(
        documents=read_table(where["documents"], Documents),
        spans=read_table(where["spans"], Spans),
        facts=read_table(where["facts"], Facts),
        operations=read_table(where["operations"], Operations),
        reconciled=read_table(where["reconciled"], Reconciled),
        checks=read_table(where["checks"], Checks),
        conflicts=read_table(where["conflicts"], Conflicts),
    )
