"""The real pipeline on the project's own articles (raw/) into a temporary folder."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.cli import run_all
from pipeline.io import read_table
from pipeline.layout import LAYOUT
from pipeline.schemas import Checks, Conflicts, Documents, Facts, Operations, Reconciled, Spans

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds")
    result = run_all(REPO / "raw", out, REPO / "params.yaml", REPO / "gold" / "seeds-facts.csv")
    return out, result


def _facts(out: Path) -> pd.DataFrame:
    return read_table(out / LAYOUT["facts"], Facts)


def _has(facts, doc_prefix, jurisdiction, metric, value, **breakdown) -> bool:
    rows = facts[
        facts[Facts.doc_id].str.startswith(doc_prefix)
        & (facts[Facts.jurisdiction] == jurisdiction)
        & (facts[Facts.metric] == metric)
        & (facts[Facts.value] == value)
    ]
    for column in (Facts.sex, Facts.role, Facts.device):
        wanted = breakdown.get(column)
        rows = rows[rows[column].isna()] if wanted is None else rows[rows[column] == wanted]
    return len(rows) > 0


def test_every_output_exists_and_passes_its_schema(seeds_run):
    out, _ = seeds_run
    for name, model in (
        ("documents", Documents),
        ("spans", Spans),
        ("facts", Facts),
        ("operations", Operations),
        ("reconciled", Reconciled),
    ):
        df = read_table(out / LAYOUT[name], model)
        assert len(df) > 0, name
        metadata = pq.read_schema(out / LAYOUT[name]).metadata
        assert metadata[b"pipeline.schema"] == model.Config.name.encode()


def test_headline_figures_of_the_2025_operation(seeds_run):
    facts = _facts(seeds_run[0])
    assert _has(facts, "000", "ALL", "arrested", 435)
    assert _has(facts, "001", "ALL", "arrested", 435)
    assert _has(facts, "002", "ALL", "arrested", 435)
    assert _has(facts, "000", "ALL", "investigated", 109)
    assert _has(facts, "000", "ALL", "locations_searched", 269)
    assert _has(facts, "001", "JP", "investigated", 105, sex="male")
    assert _has(facts, "001", "SG", "devices_seized", 279, device="mobile_phone")
    assert _has(facts, "002", "KR", "arrested", 74, role="production")


def test_headline_figures_of_the_2020_operation(seeds_run):
    facts = _facts(seeds_run[0])
    assert _has(facts, "004", "ALL", "arrested", 771)
    assert _has(facts, "004", "ALL", "victims_identified", 549)
    assert _has(facts, "004", "ALL", "websites_blocked", 580)


def test_reports_of_one_operation_share_an_id_and_others_do_not(seeds_run):
    facts = _facts(seeds_run[0])
    ops_2025 = set(
        facts.loc[facts[Facts.doc_id].str[:3].isin(["000", "001", "002"]), Facts.operation_id]
    )
    assert len(ops_2025) == 1
    op_2020 = set(facts.loc[facts[Facts.doc_id].str.startswith("004"), Facts.operation_id])
    assert len(op_2020) == 1 and op_2020.isdisjoint(ops_2025)
    operations = read_table(seeds_run[0] / LAYOUT["operations"], Operations)
    row = operations[operations[Operations.operation_id] == ops_2025.pop()].iloc[0]
    assert row[Operations.n_documents] == 3
    assert (
        row[Operations.period_start] <= "2025-02-24" and row[Operations.period_end] >= "2025-03-28"
    )


def test_evaluation_meets_the_bar_on_the_seeds(seeds_run):
    scores = seeds_run[1]["evaluation"]
    assert scores["precision"] >= 0.98
    assert scores["recall"] >= 0.97
    assert scores["operation_pair_accuracy"] == 1.0


def test_the_435_aggregate_is_backed_by_three_documents(seeds_run):
    table = read_table(seeds_run[0] / LAYOUT["reconciled"], Reconciled)
    rows = table[
        (table[Reconciled.jurisdiction] == "ALL")
        & (table[Reconciled.metric] == "arrested")
        & (table[Reconciled.best] == 435)
        & table[Reconciled.sex].isna()
    ]
    assert len(rows) == 1
    assert rows.iloc[0][Reconciled.n_documents] == 3
    assert rows.iloc[0][Reconciled.status] == "corroborated"


def test_a_second_run_is_byte_identical(seeds_run, tmp_path):
    run_all(REPO / "raw", tmp_path, REPO / "params.yaml")
    for name in ("documents", "spans", "facts", "operations", "reconciled"):
        first = hashlib.sha256((seeds_run[0] / LAYOUT[name]).read_bytes()).hexdigest()
        second = hashlib.sha256((tmp_path / LAYOUT[name]).read_bytes()).hexdigest()
        assert first == second, name


def test_the_run_leaves_the_repository_outputs_alone(tmp_path):
    processed = REPO / "processed"
    before = {p: p.stat().st_mtime_ns for p in processed.rglob("*")} if processed.exists() else {}
    run_all(REPO / "raw", tmp_path, REPO / "params.yaml")
    after = {p: p.stat().st_mtime_ns for p in processed.rglob("*")} if processed.exists() else {}
    assert before == after


def test_rules_generalise_to_the_invented_corpus(tmp_path):
    # Articles and gold written independently of the rules: a floor against regressions.
    corpus = REPO / "tests" / "data" / "challenge"
    result = run_all(corpus, tmp_path, REPO / "params.yaml", corpus / "gold.csv")
    scores = result["evaluation"]
    assert scores["precision"] >= 0.88, scores["false_positive_keys"]
    assert scores["recall"] >= 0.85, scores["missed_keys"]
    assert scores["operation_pair_accuracy"] >= 0.95


def test_the_seeds_disagreements_are_flagged(seeds_run):
    out = seeds_run[0]
    found = read_table(out / LAYOUT["conflicts"], Conflicts)
    japan = found[(found["jurisdictions"] == "JP") & (found["value"] == 111)]
    assert list(japan["kind"]) == ["definitional"]
    assert japan.iloc[0]["metrics"] == "arrested|investigated"
    checks = read_table(out / LAYOUT["checks"], Checks)
    korea_ages = checks[(checks["jurisdiction"] == "KR") & (checks["kind"] == "age")]
    assert list(korea_ages["status"]) == ["incomplete"]
    assert (korea_ages.iloc[0]["total"], korea_ages.iloc[0]["parts_sum"]) == (374, 363)


HOSTILE = {
    "latin1.txt": "Police arrested 12 men in Malmö.".encode("latin-1"),
    "empty.txt": b"",
    "blank.txt": b"  \n\t\n",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "copy-of-001.txt": (REPO / "raw" / "001_c49bef4a82cddc8a.txt").read_bytes(),
    "bad..name.txt": b"Police arrested 3 people.",
}
HOSTILE_SOURCES = (
    "latin1,Latin,,not-a-date,,someone\n"
    "../../etc/passwd,Escape,,,,\n"
    "latin1,Again,,,,\n"
    "too,many,fields,,,,,,\n"
)
EXPECTED_REASONS = {
    ("latin1", "not_utf8"), ("empty", "empty"), ("blank", "empty"), ("binary", "binary"),
    ("copy-of-001", "duplicate"), ("sources.csv", "sources_unknown_column"),
    ("latin1", "sources_bad_date"), ("../../etc/passwd", "sources_unsafe_id"),
    ("latin1", "sources_duplicate_id"), ("too", "sources_malformed_row"),
}  # fmt: skip


def _repro(copy: Path) -> None:
    env = {
        **os.environ,
        "DVC_NO_ANALYTICS": "1",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "dvc", "repro", "--quiet"],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_hostile_files_beside_the_articles_change_nothing_good(tmp_path):
    copy = tmp_path / "repo"
    ignore = shutil.ignore_patterns(
        ".venv",
        "processed",
        ".git",
        "__pycache__",
        "*.egg-info",
        ".pytest_cache",
        ".ruff_cache",
        ".hypothesis",
    )
    shutil.copytree(REPO, copy, ignore=ignore)
    for args in (
        ["init", "-q"],
        ["add", "-A"],
        ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "c"],
    ):
        subprocess.run(["git", "-C", str(copy), *args], check=True, capture_output=True)
    _repro(copy)
    clean = pd.read_parquet(copy / "processed" / "facts.parquet")
    for name, data in HOSTILE.items():
        (copy / "raw" / name).write_bytes(data)
    # the same metadata for the good articles, under a header with an unknown column,
    # followed by bad rows
    sources = copy / "raw" / "sources.csv"
    header, *rows = sources.read_text(encoding="utf-8").splitlines()
    kept = "".join(f"{row},\n" for row in rows)
    sources.write_text(f"{header},author\n{kept}{HOSTILE_SOURCES}", encoding="utf-8")
    _repro(copy)
    hostile = pd.read_parquet(copy / "processed" / "facts.parquet")
    rejected = pd.read_parquet(copy / "processed" / "rejected.parquet")
    reasons = set(zip(rejected["doc_id"], rejected["reason"], strict=True))
    assert reasons >= EXPECTED_REASONS
    assert "bad..name" not in set(hostile["doc_id"])  # an unsafe name is never a document
    # the good documents' facts are the same, row for row
    pd.testing.assert_frame_equal(
        clean.reset_index(drop=True),
        hostile[hostile["doc_id"].isin(set(clean["doc_id"]))].reset_index(drop=True),
    )
