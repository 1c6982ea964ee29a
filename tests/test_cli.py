"""Command line: `run` on any folder, progress on terminals only, `validate`, `--help`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.cli import Progress, main
from pipeline.io import SCHEMA_KEY, VERSION_KEY, read_table
from pipeline.normalise import to_facts_frame
from pipeline.schemas import CONTRACT_VERSION, Documents, Facts

REPO = Path(__file__).resolve().parents[1]
REPO_PARAMS = REPO / "params.yaml"

ARTICLES = {
    "alpha.txt": (
        "Police in Japan arrested 12 men during Operation Falcon, officials said.\n"
        "A further 3 women were charged.\n"
    ),
    "beta.txt": (
        "Operation Falcon: Japanese police have arrested 12 men.\r\n"
        "Advertisement\r\n"
        "Officers searched 40 homes and seized 150 devices.\r\n"
    ),
}
EXPECTED = {
    "documents.parquet",
    "rejected.parquet",
    "spans.parquet",
    "facts.parquet",
    "operations.parquet",
    "operation_links.parquet",
    "aggregates/reconciled.parquet",
    "aggregates/checks.parquet",
    "aggregates/conflicts.parquet",
    "report.html",
    "plots/figures.csv",
    "metrics/ingest.json",
    "metrics/annotate.json",
    "metrics/normalise.json",
    "metrics/aggregate.json",
}


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` → (size, mtime_ns); empty when the folder is absent."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def raw_dir(tmp_path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in ARTICLES.items():
        (raw / name).write_bytes(text.encode("utf-8"))
    return raw


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    """An empty current folder, so any stray relative write would show up in it."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return cwd


def run_cli(raw: Path, out: Path) -> int:
    return main(["--params", str(REPO_PARAMS), "run", "--raw", str(raw), "--out", str(out)])


def test_run_writes_every_output_under_out_and_nothing_elsewhere(tmp_path, raw_dir, workdir):
    repo_outputs = {name: snapshot(REPO / name) for name in ("processed", "raw", "gold")}
    raw_before = snapshot(raw_dir)
    out = tmp_path / "out"

    assert run_cli(raw_dir, out) == 0

    written = files_under(out)
    # besides the outputs, only the engine's per-document cache (params: engine.cache_dir)
    cache = {f for f in written if f.startswith("cache/")}
    assert written - cache == EXPECTED
    assert cache and all(f.split("/")[1] in ("annotate", "normalise") for f in cache)
    assert {name: snapshot(REPO / name) for name in repo_outputs} == repo_outputs
    assert snapshot(raw_dir) == raw_before
    assert list(workdir.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd", "out", "raw"]

    documents = read_table(out / "documents.parquet", Documents)
    assert list(documents["doc_id"]) == ["alpha", "beta"]
    facts = read_table(out / "facts.parquet", Facts)
    assert len(facts) > 0
    assert set(facts["doc_id"]) <= {"alpha", "beta"}
    ingest_metrics = json.loads((out / "metrics" / "ingest.json").read_text(encoding="utf-8"))
    assert ingest_metrics["rows_out"] == 2
    # nothing in the outputs leaks where they were written
    for name in EXPECTED:
        assert str(tmp_path).encode() not in (out / name).read_bytes(), name


def test_run_twice_gives_byte_identical_facts(tmp_path, raw_dir, workdir):
    first, second = tmp_path / "out1", tmp_path / "out2"
    assert run_cli(raw_dir, first) == 0
    assert run_cli(raw_dir, second) == 0
    assert (first / "facts.parquet").read_bytes() == (second / "facts.parquet").read_bytes()
    assert run_cli(raw_dir, first) == 0
    assert (first / "facts.parquet").read_bytes() == (second / "facts.parquet").read_bytes()


def test_run_on_a_missing_raw_folder_fails_with_a_message(tmp_path, workdir, capsys):
    missing = tmp_path / "no-such-folder"
    assert run_cli(missing, tmp_path / "out") != 0
    assert "no-such-folder" in capsys.readouterr().err


# --- progress ---------------------------------------------------------------------------------


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_writes_nothing_to_a_stream_that_is_not_a_terminal():
    stream = io.StringIO()
    progress = Progress(3, "annotate", stream=stream)
    for done in (1, 2, 3):
        progress(done)
    assert stream.getvalue() == ""


def test_progress_reports_documents_done_on_a_terminal():
    stream = FakeTty()
    progress = Progress(3, "annotate", stream=stream)
    for done in (1, 2, 3):
        progress(done)
    shown = stream.getvalue()
    assert "documents" in shown
    assert "3/3" in shown
    assert shown.endswith("\n")


# --- validate ---------------------------------------------------------------------------------


def facts_frame() -> pd.DataFrame:
    return to_facts_frame(
        [
            {
                "doc_id": "alpha",
                "char_start": 3,
                "char_end": 9,
                "fact_id": "f_00000000000000a1",
                "operation_id": None,
                "jurisdiction": "JP",
                "metric": "arrested",
                "value": 12.0,
                "unit": "persons",
                "qualifier": "exact",
                "sex": "male",
                "age_from": None,
                "age_to": None,
                "role": None,
                "device": None,
                "quote": "12 men",
                "number_span_id": "s_00000000000000b1",
                "span_ids": "s_00000000000000b1",
                "rule": "count.noun",
                "jurisdiction_basis": "sentence_place",
                "topic": "csea_enforcement",
            }
        ]
    )


def write_raw_parquet(df: pd.DataFrame, path: Path, schema_name: str | None = "Facts") -> Path:
    """Write without validation, as another tool might."""
    table = pa.Table.from_pandas(df, preserve_index=False)
    if schema_name is not None:
        metadata = dict(table.schema.metadata or {})
        metadata[SCHEMA_KEY] = schema_name.encode()
        metadata[VERSION_KEY] = CONTRACT_VERSION.encode()
        table = table.replace_schema_metadata(metadata)
    pq.write_table(table, path)
    return path


def test_validate_accepts_a_good_file(tmp_path, capsys):
    path = write_raw_parquet(facts_frame(), tmp_path / "facts.parquet")
    assert main(["validate", str(path)]) == 0
    assert "facts.parquet" in capsys.readouterr().out


def test_validate_rejects_a_bad_file_naming_it_and_the_bad_value(tmp_path, capsys):
    bad = facts_frame()
    bad.loc[0, "metric"] = "abducted"
    path = write_raw_parquet(bad, tmp_path / "odd-facts.parquet")
    assert main(["validate", str(path)]) != 0
    err = capsys.readouterr().err
    assert "odd-facts.parquet" in err
    assert "abducted" in err


def test_validate_uses_the_table_option_when_the_file_names_none(tmp_path, capsys):
    path = write_raw_parquet(facts_frame(), tmp_path / "plain.parquet", schema_name=None)
    assert main(["validate", str(path), "--table", "Facts"]) == 0
    assert main(["validate", str(path), "--table", "Documents"]) != 0
    assert "plain.parquet" in capsys.readouterr().err


def test_validate_without_a_known_table_fails_naming_the_file(tmp_path, capsys):
    path = write_raw_parquet(facts_frame(), tmp_path / "plain.parquet", schema_name=None)
    assert main(["validate", str(path)]) != 0
    assert "plain.parquet" in capsys.readouterr().err


def test_module_help_works():
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "--help"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    for command in ("run", "validate", "ingest", "aggregate"):
        assert command in result.stdout


def test_validate_on_a_file_that_is_not_parquet_names_it(tmp_path, capsys):
    path = tmp_path / "notes.parquet"
    path.write_text("not parquet at all")
    assert main(["validate", str(path)]) != 0
    assert "notes.parquet" in capsys.readouterr().err


def test_run_with_no_cache_writes_only_the_outputs(tmp_path, raw_dir, workdir):
    out = tmp_path / "out"
    argv = ["--params", str(REPO_PARAMS), "run", "--raw", str(raw_dir), "--out", str(out)]
    assert main([*argv, "--no-cache"]) == 0
    assert files_under(out) == EXPECTED
    cached = tmp_path / "cached"
    assert main([*argv[:-1], str(cached)]) == 0
    # the cache changes nothing but its own folder
    for name in EXPECTED:
        assert (out / name).read_bytes() == (cached / name).read_bytes(), name
