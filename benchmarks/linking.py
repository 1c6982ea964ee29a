"""Benchmark of operation linking: corpora → a printed report of how reports are grouped into
operations, how fast and in how much memory, at growing sizes.

For each generated corpus (`benchmarks/corpus.py`, 10 and 100 MB by default) the pipeline runs
once with its per-document cache (`pipeline run`); the local operations are read back from the
normalise cache and linked again here, timed and traced, so the report shows linking alone:

- operations, the largest operation's documents, and a histogram of operation sizes;
- pair precision and recall against the generator's stories (which article reports which
  story, written beside the corpus);
- linking time and peak memory, and how they grow against the corpus (target: within 1.3×
  of linear from the smallest size to the largest).

`--corpus DIR` adds a real corpus (e.g. the prosecutors' releases, as one folder): sizes
and the histogram, and `--pairs N` prints N linked pairs drawn at random (seeded) with their
one-line evidence, for a reader to judge.

    python -m benchmarks.linking                       # 10 and 100 MB generated
    python -m benchmarks.linking --mb 2 --corpus /tmp/prosecutors --pairs 50
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from benchmarks.corpus import write_corpus
from pipeline.names import name_key_of
from pipeline.normalise.linking import link_operations
from pipeline.normalise.operations import LocalOperation
from pipeline.normalise.stage import link_params
from pipeline.params import load_params

REPO = Path(__file__).resolve().parent.parent


def generated(workdir: Path, megabytes: float, seed: int) -> tuple[Path, Path]:
    """A generated corpus (written once) and its stories file."""
    folder = workdir / f"corpus-{megabytes:g}MB-seed{seed}"
    stories = workdir / f"corpus-{megabytes:g}MB-seed{seed}-stories.csv"
    marker = folder / ".complete"
    if not (marker.exists() and stories.exists()):
        for old in folder.glob("*.txt"):
            old.unlink()
        write_corpus(folder, megabytes, seed, stories)
        marker.write_text("")
    return folder, stories


def local_operations_of(raw: Path, out: Path) -> list[LocalOperation]:
    """Run the pipeline over `raw` with its cache in `out/cache` (a second run reads the
    cache), then read every document's local operations back from the normalise cache."""
    subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--out", str(out)],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    versions = sorted((out / "cache" / "normalise").iterdir(), key=lambda p: p.stat().st_mtime)
    ops = []
    for entry in sorted(versions[-1].glob("*/*.json")):
        ops.extend(LocalOperation.from_json(o) for o in json.loads(entry.read_text())["ops"])
    return sorted(ops, key=lambda o: o.key)


def timed_link(ops: list[LocalOperation]):
    params = load_params(REPO / "params.yaml").normalise
    fold = name_key_of(None)
    tracemalloc.start()
    start = time.perf_counter()
    ids, links = link_operations(ops, link_params(params), fold)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return ids, links, seconds, peak


def documents_by_operation(ops, ids) -> dict[str, set[str]]:
    docs: dict[str, set[str]] = defaultdict(set)
    for op in ops:
        docs[ids[op.key]].add(op.doc_id)
    return docs


def histogram(docs_of: dict[str, set[str]]) -> str:
    sizes = Counter(len(d) for d in docs_of.values())
    return ", ".join(f"{n} doc{'s' if n > 1 else ''}: {c}" for n, c in sorted(sizes.items()))


def pair_scores(docs_of: dict[str, set[str]], story_of: dict[str, str]) -> tuple[float, float]:
    """Precision and recall of the document pairs put in one operation, against the pairs
    of one story, over the documents that have an operation."""
    predicted = {pair for docs in docs_of.values() for pair in combinations(sorted(docs), 2)}
    seen = {d for docs in docs_of.values() for d in docs}
    by_story: dict[str, list[str]] = defaultdict(list)
    for doc in sorted(seen):
        by_story[story_of[doc]].append(doc)
    truth = {pair for docs in by_story.values() for pair in combinations(docs, 2)}
    right = len(predicted & truth)
    return (right / len(predicted) if predicted else 1.0, right / len(truth) if truth else 1.0)


def report_generated(args) -> list[dict]:
    rows = []
    for megabytes in args.mb:
        raw, stories = generated(args.workdir, megabytes, args.seed)
        story_of = dict(line.split(",") for line in stories.read_text().splitlines()[1:] if line)
        ops = local_operations_of(raw, args.workdir / f"out-{megabytes:g}MB")
        ids, _, seconds, peak = timed_link(ops)
        docs_of = documents_by_operation(ops, ids)
        precision, recall = pair_scores(docs_of, story_of)
        rows.append(
            {
                "megabytes": megabytes,
                "local_operations": len(ops),
                "operations": len(docs_of),
                "largest": max(len(d) for d in docs_of.values()),
                "precision": precision,
                "recall": recall,
                "seconds": seconds,
                "peak_mb": peak,
                "histogram": histogram(docs_of),
            }
        )
    return rows


def print_generated(rows: list[dict]) -> None:
    print("## generated corpora: linking alone")
    print(f"{'MB':>6} {'local ops':>10} {'operations':>10} {'largest':>8} {'pair P':>7} "
          f"{'pair R':>7} {'seconds':>8} {'peak MB':>8}")  # fmt: skip
    for r in rows:
        print(
            f"{r['megabytes']:>6g} {r['local_operations']:>10} {r['operations']:>10} "
            f"{r['largest']:>8} {r['precision']:>7.3f} {r['recall']:>7.3f} "
            f"{r['seconds']:>8.2f} {r['peak_mb']:>8.1f}"
        )
    for r in rows:
        print(f"  {r['megabytes']:g} MB operation sizes: {r['histogram']}")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        size = last["megabytes"] / first["megabytes"]
        print(
            f"  {first['megabytes']:g} → {last['megabytes']:g} MB (×{size:g}): time "
            f"×{last['seconds'] / first['seconds']:.2f}, "
            f"memory ×{last['peak_mb'] / first['peak_mb']:.2f}"
            f" (target ≤ ×{1.3 * size:g})"
        )


def report_corpus(args) -> None:
    ops = local_operations_of(args.corpus, args.workdir / f"out-{args.corpus.name}")
    ids, links, seconds, peak = timed_link(ops)
    docs_of = documents_by_operation(ops, ids)
    print(f"## {args.corpus}: {len({o.doc_id for o in ops})} documents with a local operation")
    print(f"  operations {len(docs_of)}, largest {max(len(d) for d in docs_of.values())} documents,"
          f" linking {seconds:.2f} s, peak {peak:.1f} MB")  # fmt: skip
    print(f"  operation sizes: {histogram(docs_of)}")
    lines = sorted({str(link) for op_links in links.values() for link in op_links})
    print(f"  linked pairs: {len(lines)}")
    if args.pairs:
        sample = random.Random(args.seed).sample(lines, min(args.pairs, len(lines)))
        for number, line in enumerate(sorted(sample), 1):
            print(f"  {number:>3}. {line}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="*", default=[10.0, 100.0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=REPO / "benchmarks" / ".work" / "linking")
    parser.add_argument("--corpus", type=Path, help="a real corpus folder to report as well")
    parser.add_argument("--pairs", type=int, default=0, help="linked pairs of --corpus to print")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.mb:
        print_generated(report_generated(args))
    if args.corpus:
        report_corpus(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
