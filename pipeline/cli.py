"""Command line: one subcommand per stage, `run` for a whole folder, `validate` for any file.

`pipeline <stage> …` is what `dvc.yaml` calls; `pipeline run --raw DIR --out DIR` runs every
stage on any folder of `.txt` articles and writes the same files `processed/` holds into
`--out`, touching nothing else.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.io import SCHEMA_KEY, atomic_path, read_table, write_json
from pipeline.layout import load, paths
from pipeline.params import Params, load_params
from pipeline.schemas import TABLES, export_schemas

# The module of each command that is not the command line's own. A process imports only the
# modules of the command it runs, so a stage's code dependencies in `dvc.yaml` are the
# modules it imports (`tests/test_dvc.py` checks them), not the whole package.
COMMAND_MODULES = {
    "ingest": "pipeline.ingest",
    "annotate": "pipeline.annotate",
    "normalise": "pipeline.normalise",
    "aggregate": "pipeline.aggregate",
    "report": "pipeline.report",
    "evaluate": "pipeline.evaluate",
    "trace": "pipeline.trace",
    "diff": "pipeline.diff",
}
# The commands that are stages: each reads and writes tables in an output folder.
STAGES = ("ingest", "annotate", "normalise", "aggregate", "report", "evaluate")


def command_module(command: str):
    """The module that does `command`'s work, imported when the command runs."""
    return importlib.import_module(COMMAND_MODULES[command])


class Progress:
    """Documents done and rate on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, label: str, stream=None):
        self.total, self.label = total, label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.started = time.monotonic()
        self.last = 0.0

    def __call__(self, done: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done != self.total and now - self.last < 0.2:
            return
        self.last = now
        rate = done / max(now - self.started, 1e-9)
        self.stream.write(f"\r{self.label}: {done}/{self.total} documents, {rate:,.0f} docs/s")
        if done == self.total:
            self.stream.write("\n")
        self.stream.flush()


def engine_for(params: Params, out: Path):
    """The engine parameters with a relative cache folder placed inside `out`: the pipeline
    writes nowhere but its output folder."""
    cache_dir = params.engine.cache_dir
    if cache_dir is None or Path(cache_dir).is_absolute():
        return params.engine
    return params.engine.model_copy(update={"cache_dir": str(Path(out) / cache_dir)})


def run_stage(
    stage: str,
    out: Path,
    params: Params,
    *,
    raw: Path | None = None,
    gold: Path | None = None,
    progress=None,
):
    """One stage with its inputs and outputs inside `out` (the `processed/` layout)."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    p = paths(out)
    metrics = p["metrics"] / f"{stage}.json"
    engine = engine_for(params, out)
    module = command_module(stage)
    if stage == "ingest":
        return module.run(raw, p["documents"], p["rejected"], metrics, params.ingest)
    if stage == "annotate":
        return module.run(p["documents"], p["spans"], metrics, params.annotate, progress, engine)
    if stage == "normalise":
        return module.run(
            p["documents"],
            p["spans"],
            p["facts"],
            p["operations"],
            p["operation_links"],
            metrics,
            params.normalise,
            params.annotate.vocab_dir,
            engine,
        )
    if stage == "aggregate":
        return module.run(
            p["facts"], p["reconciled"], p["checks"], p["conflicts"], metrics, params.aggregate
        )
    if stage == "report":
        return module.run(out, p["report"], p["plot"])
    return module.run(p["facts"], gold, p["metrics"] / "evaluation.json", params.evaluate)


def run_all(
    raw: Path,
    out: Path,
    params_path: Path,
    gold: Path | None = None,
    evaluation: Path | None = None,
    cache: bool = True,
) -> dict:
    """Every stage, raw folder → output folder (the evaluation, if asked, to `evaluation`).
    `cache=False` keeps no per-document results, whatever `engine.cache_dir` says."""
    params = load_params(params_path)
    if not cache:
        engine = params.engine.model_copy(update={"cache_dir": None})
        params = params.model_copy(update={"engine": engine})
    n_documents = run_stage("ingest", out, params, raw=raw)
    run_stage("annotate", out, params, progress=Progress(n_documents, "annotate"))
    n_facts = run_stage("normalise", out, params)
    run_stage("aggregate", out, params)
    run_stage("report", out, params)
    result = {"documents": n_documents, "facts": n_facts}
    if gold is not None:
        result["evaluation"] = run_stage("evaluate", out, params, gold=gold)
        if evaluation is not None:
            write_json(result["evaluation"], evaluation)
    return result


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pipeline", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--params",
        type=Path,
        default=Path("params.yaml"),
        help="parameters file (default: params.yaml)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="raw .txt files → documents.parquet")
    s.add_argument("--raw", type=Path, default=Path("raw"))
    s.add_argument("--out", type=Path, default=Path("processed"))

    for name, help_text in (
        ("annotate", "documents.parquet → spans.parquet"),
        ("normalise", "documents + spans → facts, operations, operation_links.parquet"),
        ("aggregate", "facts.parquet → aggregates/reconciled, checks, conflicts"),
        ("report", "every table → report.html, one self-contained page"),
    ):
        s = sub.add_parser(name, help=help_text)
        s.add_argument(
            "--out",
            type=Path,
            default=Path("processed"),
            help="the folder that holds the stage's inputs and outputs",
        )

    s = sub.add_parser("evaluate", help="facts.parquet vs a gold CSV → metrics/evaluation.json")
    s.add_argument("--out", type=Path, default=Path("processed"))
    s.add_argument("--gold", type=Path, default=Path("gold/seeds-facts.csv"))

    s = sub.add_parser("run", help="every stage on a folder of .txt articles")
    s.add_argument("--raw", type=Path, required=True)
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--gold", type=Path, default=None, help="also score against this gold CSV")
    s.add_argument(
        "--evaluation",
        type=Path,
        default=None,
        help="with --gold: also write the scores to this JSON file",
    )
    s.add_argument(
        "--no-cache",
        dest="cache",
        action="store_false",
        help="keep no per-document cache in --out (engine.cache_dir ignored)",
    )

    s = sub.add_parser("schemas", help="export every table's schema as YAML")
    s.add_argument("--out", type=Path, default=Path("processed/schemas"))

    s = sub.add_parser("trace", help="every fact behind an operation's figures, with quotes")
    s.add_argument("operation", help="operation id, part of a name, or a document id")
    s.add_argument("--jurisdiction", default=None)
    s.add_argument("--metric", default=None)
    s.add_argument("--out", type=Path, default=Path("processed"))

    s = sub.add_parser("diff", help="what changed in facts and totals between two releases")
    s.add_argument("old", help="git revision or output folder")
    s.add_argument("new", help="git revision or output folder")
    s.add_argument("--json", type=Path, default=None, help="also write the full diff here")

    s = sub.add_parser("validate", help="check a Parquet file against a table's schema")
    s.add_argument("file", type=Path)
    s.add_argument(
        "--table", default=None, help="schema name (default: the one named in the file's metadata)"
    )
    return parser


def validate_file(path: Path, table: str | None) -> str:
    try:
        metadata = pq.read_schema(path).metadata or {}
    except (OSError, pa.ArrowException) as exc:
        raise ValueError(f"{path}: not a readable Parquet file ({exc})") from exc
    if table is None:
        table = metadata.get(SCHEMA_KEY, b"").decode() or None
    if table not in TABLES:
        raise ValueError(f"{path}: unknown table {table!r}; choose one of {sorted(TABLES)}")
    df = read_table(path, TABLES[table])
    return f"{path}: {len(df)} rows valid against {table}"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        params = load_params(args.params)
        if args.command == "run":
            result = run_all(
                args.raw, args.out, args.params, args.gold, args.evaluation, args.cache
            )
            print(f"{result['documents']} documents → {result['facts']} facts in {args.out}")
            return 0
        if args.command == "validate":
            print(validate_file(args.file, args.table))
            return 0
        if args.command == "schemas":
            schemas = export_schemas()
            for name, text in schemas.items():
                with atomic_path(args.out / name) as tmp:
                    tmp.write_text(text, encoding="utf-8")
            print(f"{len(schemas)} schemas written to {args.out}")
            return 0
        if args.command == "diff":
            diff = command_module("diff")
            result = diff.compare(args.old, args.new)
            if args.json is not None:
                write_json(result, args.json)
            print(diff.render(result), end="")
            return 0
        if args.command == "trace":
            trace = command_module("trace")
            print(
                trace.trace(load(args.out), args.operation, args.jurisdiction, args.metric),
                end="",
            )
            return 0
        result = run_stage(
            args.command,
            args.out,
            params,
            raw=getattr(args, "raw", None),
            gold=getattr(args, "gold", None),
        )
        if args.command == "evaluate":
            print(
                f"precision {result['precision']}, recall {result['recall']}, "
                f"operation pairs {result['operation_pair_accuracy']}"
            )
    except (ValueError, FileNotFoundError) as exc:
        print(f"pipeline {args.command}: {exc}", file=sys.stderr)
        return 1
    return 0
