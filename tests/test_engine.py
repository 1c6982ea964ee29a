"""Engines and the document cache: where the work runs, and what is skipped, must never
change a byte of the outputs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline import annotate, ingest, normalise
from pipeline.annotate import annotate_partition
from pipeline.engine import PACKAGE_DIR, DocumentCache, map_partitions, rules_version
from pipeline.params import AnnotateParams, EngineParams, Params

REPO = Path(__file__).resolve().parent.parent
CORPUS_DIRS = (REPO / "raw", REPO / "tests" / "data" / "challenge")
OUTPUTS = ("spans.parquet", "facts.parquet", "operations.parquet")
METRICS = ("annotate.json", "normalise.json")


@pytest.fixture(scope="module")
def documents_dir(tmp_path_factory) -> Path:
    """The seeds and the challenge articles, ingested once."""
    raw = tmp_path_factory.mktemp("raw")
    for folder in CORPUS_DIRS:
        for path in sorted(folder.glob("*.txt")):
            shutil.copy(path, raw / path.name)
    out = tmp_path_factory.mktemp("ingested")
    params = Params()
    ingest.run(
        raw, out / "documents.parquet", out / "rejected.parquet", out / "i.json", params.ingest
    )
    return out


def run_stages(documents_dir: Path, out: Path, engine: EngineParams) -> Path:
    params = Params()
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(documents_dir / "documents.parquet", out / "documents.parquet")
    annotate.run(out / "documents.parquet", out / "spans.parquet", out / "annotate.json",
                 params.annotate, engine=engine)  # fmt: skip
    normalise.run(out / "documents.parquet", out / "spans.parquet", out / "facts.parquet",
                  out / "operations.parquet", out / "operation_links.parquet",
                  out / "normalise.json", params.normalise,
                  engine=engine)  # fmt: skip
    return out


def assert_same_files(a: Path, b: Path) -> None:
    for name in OUTPUTS + METRICS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture(scope="module")
def local_run(documents_dir, tmp_path_factory) -> Path:
    engine = EngineParams(partition_documents=4)
    return run_stages(documents_dir, tmp_path_factory.mktemp("local"), engine)


def test_the_corpus_spans_several_partitions(local_run):
    documents = pd.read_parquet(local_run / "documents.parquet")
    facts = pd.read_parquet(local_run / "facts.parquet")
    assert len(documents) > 4 * 5 and len(facts) > 100


def test_partition_size_does_not_change_a_byte(documents_dir, local_run, tmp_path):
    whole = run_stages(documents_dir, tmp_path / "whole", EngineParams(partition_documents=1000))
    assert_same_files(local_run, whole)


def test_dask_engine_on_a_two_worker_cluster_writes_the_same_bytes(
    documents_dir, local_run, tmp_path
):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        engine = EngineParams(kind="dask", address=cluster.scheduler_address, partition_documents=4)
        assert len(cluster.workers) == 2
        on_dask = run_stages(documents_dir, tmp_path / "dask", engine)
    assert_same_files(local_run, on_dask)


def test_map_partitions_keeps_order_locally():
    squares = list(map_partitions(pow, range(7), EngineParams(), 2))
    assert squares == [0, 1, 4, 9, 16, 25, 36]


def test_cached_run_writes_the_same_bytes_and_skips_the_work(documents_dir, local_run, tmp_path):
    engine = EngineParams(partition_documents=4, cache_dir=str(tmp_path / "cache"))
    cold = run_stages(documents_dir, tmp_path / "cold", engine)
    warm = run_stages(documents_dir, tmp_path / "warm", engine)
    assert_same_files(local_run, cold)
    assert_same_files(local_run, warm)
    # the warm run found every document in the cache
    documents = pd.read_parquet(documents_dir / "documents.parquet")
    version = rules_version("annotate", AnnotateParams().model_dump_json(), None)
    _, metrics = annotate_partition(documents, AnnotateParams(), engine.cache_dir, version)
    assert metrics["cache"] == {"hits": len(documents), "misses": 0}


def test_a_rules_change_misses_the_cache(documents_dir, tmp_path):
    documents = pd.read_parquet(documents_dir / "documents.parquet").head(3)
    root = str(tmp_path / "cache")
    params = AnnotateParams()
    version = rules_version("annotate", params.model_dump_json(), None)
    annotate_partition(documents, params, root, version)
    other = AnnotateParams(max_sentence_chars=4000)
    other_version = rules_version("annotate", other.model_dump_json(), None)
    assert other_version != version
    _, metrics = annotate_partition(documents, other, root, other_version)
    assert metrics["cache"] == {"hits": 0, "misses": 3}


@pytest.mark.parametrize(
    "changed",
    ["annotate/dates.py", "normalise/scope.py", "vocab/events.csv", "contract/metrics.csv"],
)
def test_a_change_to_any_module_or_data_file_of_the_package_misses_the_cache(
    documents_dir, tmp_path, changed
):
    """The rules' version covers subpackages: editing one recogniser or one construction
    module (here in a copy of the package) gives another version, so nothing kept under
    the old one is found."""
    package = tmp_path / "pipeline"
    shutil.copytree(PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    params = AnnotateParams()
    before = rules_version("annotate", params.model_dump_json(), None, package)
    with (package / changed).open("a", encoding="utf-8") as fh:
        fh.write("\n# edited\n" if changed.endswith(".py") else "\n")
    rules_version.cache_clear()  # computed once per process: files do not change in a run
    after = rules_version("annotate", params.model_dump_json(), None, package)
    assert after != before
    documents = pd.read_parquet(documents_dir / "documents.parquet").head(2)
    root = str(tmp_path / "cache")
    annotate_partition(documents, params, root, before)
    _, metrics = annotate_partition(documents, params, root, after)
    assert metrics["cache"] == {"hits": 0, "misses": 2}


def test_a_damaged_cache_entry_is_recomputed_not_trusted(documents_dir, tmp_path):
    documents = pd.read_parquet(documents_dir / "documents.parquet").head(2)
    root = tmp_path / "cache"
    params = AnnotateParams()
    version = rules_version("annotate", params.model_dump_json(), None)
    clean, _ = annotate_partition(documents, params, str(root), version)
    for entry in root.rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    again, metrics = annotate_partition(documents, params, str(root), version)
    assert metrics["cache"]["misses"] == 2
    pd.testing.assert_frame_equal(clean, again)
    # and the entries were rewritten whole
    assert all(json.loads(e.read_text()) for e in root.rglob("*.json"))


def test_document_cache_without_a_folder_keeps_nothing(tmp_path):
    cache = DocumentCache(None, "annotate", "v")
    cache.put("k", [1])
    assert cache.get("k") is None and not list(tmp_path.iterdir())
