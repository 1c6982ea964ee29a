"""Release diff: two versions of the outputs → what changed in facts and totals, and why.

`pipeline diff OLD NEW` compares two git revisions (each built in a temporary worktree with its
own code, articles and parameters) or two output folders. Facts are matched by their contract
key and quote, reconciled figures by operation names, place, metric and breakdown (operation
ids are content hashes and move when an operation gains a document). Each change carries its
cause where the inputs tell it: a document added, removed or edited, else the rules.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.layout import paths
from pipeline.schemas import Documents, Facts, Operations, Reconciled

FACT_KEY = [Facts.doc_id, Facts.jurisdiction, Facts.metric, Facts.value, Facts.unit,
            Facts.qualifier, Facts.sex, Facts.age_from, Facts.age_to, Facts.role, Facts.device,
            Facts.quote]  # fmt: skip
FIGURE_KEY = ["operation", Reconciled.jurisdiction, Reconciled.metric, Reconciled.unit,
              Reconciled.sex, Reconciled.age_from, Reconciled.age_to, Reconciled.role,
              Reconciled.device]  # fmt: skip


@dataclass(frozen=True)
class Release:
    documents: pd.DataFrame
    facts: pd.DataFrame
    operations: pd.DataFrame
    reconciled: pd.DataFrame


def _keyed(df: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """Key columns as text, so that empty cells compare equal."""
    out = df.copy()
    for column in key:
        out[column] = out[column].astype(object).where(out[column].notna(), "").astype(str)
    return out


def _causes(old: Release, new: Release) -> dict[str, str]:
    old_sha = dict(
        zip(old.documents[Documents.doc_id], old.documents[Documents.sha256], strict=True)
    )
    new_sha = dict(
        zip(new.documents[Documents.doc_id], new.documents[Documents.sha256], strict=True)
    )
    causes = {}
    for doc in set(old_sha) | set(new_sha):
        if doc not in old_sha:
            causes[doc] = "document added"
        elif doc not in new_sha:
            causes[doc] = "document removed"
        elif old_sha[doc] != new_sha[doc]:
            causes[doc] = "document edited"
        else:
            causes[doc] = "rules or vocabulary changed"
    return causes


def _with_operation_names(release: Release) -> pd.DataFrame:
    names = {}
    for op in release.operations.to_dict("records"):
        label = op[Operations.names] if isinstance(op[Operations.names], str) else ""
        names[op[Operations.operation_id]] = label or f"unnamed ({op[Operations.doc_ids]})"
    table = release.reconciled.copy()
    table["operation"] = [
        names.get(o, "") if isinstance(o, str) else "" for o in table[Reconciled.operation_id]
    ]
    return table


def diff(old: Release, new: Release) -> dict:
    """What changed between two releases. Pure."""
    causes = _causes(old, new)
    old_facts, new_facts = _keyed(old.facts, FACT_KEY), _keyed(new.facts, FACT_KEY)
    old_keys = set(map(tuple, old_facts[FACT_KEY].to_numpy()))
    new_keys = set(map(tuple, new_facts[FACT_KEY].to_numpy()))
    facts = {
        "added": [_fact(k, causes) for k in sorted(new_keys - old_keys)],
        "removed": [_fact(k, causes) for k in sorted(old_keys - new_keys)],
    }
    old_fig = _keyed(_with_operation_names(old), FIGURE_KEY).set_index(FIGURE_KEY)
    new_fig = _keyed(_with_operation_names(new), FIGURE_KEY).set_index(FIGURE_KEY)
    figures = {"added": [], "removed": [], "changed": []}
    for key in sorted(set(new_fig.index) - set(old_fig.index)):
        figures["added"].append(_figure(key, None, new_fig.loc[key], causes))
    for key in sorted(set(old_fig.index) - set(new_fig.index)):
        figures["removed"].append(_figure(key, old_fig.loc[key], None, causes))
    for key in sorted(set(old_fig.index) & set(new_fig.index)):
        a, b = old_fig.loc[key], new_fig.loc[key]
        fields = [
            Reconciled.best,
            Reconciled.low,
            Reconciled.high,
            Reconciled.status,
            Reconciled.n_documents,
        ]
        if any(not _same(a[f], b[f]) for f in fields):
            figures["changed"].append(_figure(key, a, b, causes))
    return {
        "facts": facts,
        "figures": figures,
        "summary": {
            "facts_added": len(facts["added"]),
            "facts_removed": len(facts["removed"]),
            "figures_added": len(figures["added"]),
            "figures_removed": len(figures["removed"]),
            "figures_changed": len(figures["changed"]),
        },
    }


def _same(a, b) -> bool:
    if pd.isna(a) and pd.isna(b):
        return True
    return a == b


def _fact(key: tuple, causes: dict) -> dict:
    record = dict(zip(FACT_KEY, key, strict=True))
    record[Facts.value] = float(record[Facts.value])
    record["cause"] = causes.get(record[Facts.doc_id], "rules or vocabulary changed")
    return record


def _figure(key, old_row, new_row, causes) -> dict:
    record = dict(zip(FIGURE_KEY, key, strict=True))
    docs = set()
    for row in (old_row, new_row):
        if row is not None:
            docs |= set(str(row[Reconciled.doc_ids]).split("|"))
    for label, row in (("old", old_row), ("new", new_row)):
        if row is not None:
            high = row[Reconciled.high]
            record[label] = {
                "best": float(row[Reconciled.best]),
                "low": float(row[Reconciled.low]),
                "high": None if pd.isna(high) else float(high),
                "status": row[Reconciled.status],
                "documents": row[Reconciled.doc_ids],
            }
    record["causes"] = sorted(
        {
            causes.get(d, "rules or vocabulary changed")
            for d in docs
            if causes.get(d) != "rules or vocabulary changed"
        }
    ) or ["rules or vocabulary changed"]
    return record


def render(result: dict) -> str:
    """A reader's summary of a diff."""
    s = result["summary"]
    lines = [
        f"facts: +{s['facts_added']} -{s['facts_removed']}; figures: +{s['figures_added']} "
        f"-{s['figures_removed']} ~{s['figures_changed']}"
    ]

    def label(f):
        breakdown = ", ".join(
            str(f[c]) for c in (Reconciled.sex, Reconciled.role, Reconciled.device) if f[c]
        )
        return (
            f"{f['operation'] or '(no operation)'}: {f[Reconciled.jurisdiction]} "
            f"{f[Reconciled.metric]}{' (' + breakdown + ')' if breakdown else ''}"
        )

    def value(v):
        high = "∞" if v["high"] is None else f"{v['high']:g}"
        return f"{v['best']:g} [{v['low']:g}..{high}] {v['status']}, {v['documents']}"

    for f in result["figures"]["changed"]:
        lines.append(
            f"~ {label(f)}: {value(f['old'])} → {value(f['new'])}; {', '.join(f['causes'])}"
        )
    for f in result["figures"]["added"]:
        lines.append(f"+ {label(f)}: {f['new']['best']:g}; {', '.join(f['causes'])}")
    for f in result["figures"]["removed"]:
        lines.append(f"- {label(f)}: was {f['old']['best']:g}; {', '.join(f['causes'])}")
    return "\n".join(lines) + "\n"


# --- building releases ----------------------------------------------------------------------------


NEEDED = {
    "documents": [Documents.doc_id, Documents.sha256],
    "facts": FACT_KEY,
    "operations": [Operations.operation_id, Operations.names, Operations.doc_ids],
    "reconciled": [Reconciled.operation_id, Reconciled.jurisdiction, Reconciled.metric,
                   Reconciled.unit, Reconciled.sex, Reconciled.age_from, Reconciled.age_to,
                   Reconciled.role, Reconciled.device, Reconciled.low, Reconciled.best,
                   Reconciled.high, Reconciled.status, Reconciled.n_documents,
                   Reconciled.doc_ids],
}  # fmt: skip


def load_release(out_dir: Path) -> Release:
    """Only the columns a diff needs: an older release may predate newer columns."""
    where = paths(out_dir)
    tables = {}
    for name, columns in NEEDED.items():
        path = where[name]
        try:
            tables[name] = pd.read_parquet(path, columns=columns)
        except (OSError, ValueError, KeyError) as exc:
            raise ValueError(f"{path}: cannot be compared ({exc})") from exc
    return Release(**tables)


def build_revision(rev: str, repo: Path, work: Path) -> Path:
    """Check `rev` out into a worktree and run its own pipeline on its own raw/ folder."""
    tree = work / "tree"
    out = work / "out"
    subprocess.run(
        ["git", "-C", str(repo), "worktree", "add", "--detach", str(tree), rev],
        check=True,
        capture_output=True,
        text=True,
    )
    try:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pipeline",
                "--params",
                "params.yaml",
                "run",
                "--raw",
                "raw",
                "--out",
                str(out),
            ],
            cwd=tree,
            check=True,
            capture_output=True,
            text=True,
        )
    finally:
        subprocess.run(
            ["git", "-C", str(repo), "worktree", "remove", "--force", str(tree)],
            check=False,
            capture_output=True,
        )
    return out


def compare(old: str, new: str, repo: Path = Path(".")) -> dict:
    """`old` and `new` are output folders, or git revisions of `repo` to build."""
    with tempfile.TemporaryDirectory(prefix="pipeline-diff-") as tmp:
        releases = []
        for i, ref in enumerate((old, new)):
            path = Path(ref)
            if not path.is_dir():
                work = Path(tmp) / str(i)
                work.mkdir()
                path = build_revision(ref, repo, work)
            releases.append(load_release(path))
        return diff(*releases)
