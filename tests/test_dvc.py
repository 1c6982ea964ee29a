"""dvc.yaml cannot drift from the code: every package file a stage's command reads is one of
its dependencies (else `dvc repro` could skip a needed re-run), and every code dependency
listed is read (else it re-runs for nothing)."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
STAGES = yaml.safe_load((REPO / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
# The order dvc repro runs them in: each stage's inputs are the earlier stages' outputs.
ORDER = ["schemas", "ingest", "annotate", "normalise", "aggregate", "report", "evaluate"]


def code_deps(stage: str) -> list[str]:
    return [d for d in STAGES[stage]["deps"] if d == "pipeline" or d.startswith("pipeline/")]


def covered(path: str, deps: list[str]) -> bool:
    return any(path == d or path.startswith(d.rstrip("/") + "/") for d in deps)


def command_args(stage: str, out: Path) -> list[str]:
    """The stage's `python -m pipeline …` arguments, writing under `out`, not processed/."""
    words = shlex.split(STAGES[stage]["cmd"])
    assert words[:3] == ["python", "-m", "pipeline"], words
    return [str(out / w[len("processed/") :]) if w.startswith("processed/") else
            str(out) if w == "processed" else w for w in words[3:]]  # fmt: skip


@pytest.fixture(scope="module")
def reads(tmp_path_factory) -> dict[str, list[str]]:
    """Each stage's command run in order on the seeds, each in a fresh process."""
    out = tmp_path_factory.mktemp("processed")
    found = {}
    for stage in ORDER:
        result = subprocess.run(
            [sys.executable, str(REPO / "tests" / "stage_reads.py"), *command_args(stage, out)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        report = json.loads(result.stdout.strip().splitlines()[-1])
        assert report["exit"] == 0, (stage, result.stderr[-2000:])
        found[stage] = report["read"]
    return found


def test_every_stage_of_the_pipeline_is_checked():
    assert set(STAGES) == {*ORDER, "challenge"}
    # the challenge stage runs the whole pipeline: it depends on the whole package
    assert "pipeline" in code_deps("challenge")


@pytest.mark.parametrize("stage", ORDER)
def test_every_file_a_stage_reads_is_a_dependency(stage, reads):
    missing = [path for path in reads[stage] if not covered(path, code_deps(stage))]
    assert not missing, f"dvc.yaml stage {stage!r} reads but does not depend on {missing}"


@pytest.mark.parametrize("stage", ORDER)
def test_every_code_dependency_of_a_stage_is_read(stage, reads):
    unread = [dep for dep in code_deps(stage) if not any(covered(p, [dep]) for p in reads[stage])]
    assert not unread, f"dvc.yaml stage {stage!r} depends on {unread}, which it never reads"


def test_a_module_imported_by_a_stage_is_found(reads):
    """The check sees through packages: annotate's recognisers are read, one by one."""
    assert "pipeline/annotate/dates.py" in reads["annotate"]
    assert "pipeline/vocab/events.csv" in reads["annotate"]
    assert not any(p.startswith("pipeline/annotate/") for p in reads["aggregate"])
