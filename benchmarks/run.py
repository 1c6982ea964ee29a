"""Benchmark: synthetic corpora of given sizes → a printed table of speed and memory.

For each size the corpus is generated (deterministically, `benchmarks/corpus.py`) and every
stage, ingest to aggregate, runs as its own process exactly as `dvc repro` runs it
(`python -m pipeline <stage>`), so each stage's wall time and peak resident memory are its
own. In the same run the corpus goes through the floors and the alternatives:

* a bare regex scan for digit runs over the same files (read from disk, as ingest reads them):
  the least any extractor must do;
* quantulum3, the quantity extractor a researcher would otherwise reach for (on a sample of
  the corpus: at its speed the whole would take hours), when installed (`pip install -e
  '.[bench]'`);
* annotate and normalise again on the Dask engine with a two-worker `LocalCluster`, for the
  speed-up;
* an incremental re-run: one article added, every stage again, with the cache warm.

    python -m benchmarks.run                  # 10 MB and 100 MB
    python -m benchmarks.run --mb 2 --no-dask # a quick look

The report is printed and written to `<workdir>/report.json`. Corpora are kept in the work
folder and reused when present.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

from benchmarks.corpus import write_corpus

REPO = Path(__file__).resolve().parent.parent
STAGES = ("ingest", "annotate", "normalise", "aggregate")
DIGITS = re.compile(rb"\d+")


@dataclass
class Measure:
    name: str
    seconds: float
    megabytes: float
    documents: int
    peak_rss_mb: float | None = None
    note: str = ""

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.seconds if self.seconds else float("inf")

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else float("inf")


def run_process(args: list[str], cwd: Path, env: dict | None = None) -> tuple[float, float]:
    """Run a command; its wall time in seconds and its own peak RSS in MB (Linux: KB)."""
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)  # fmt: skip
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    stdout, stderr = process.stdout.read(), process.stderr.read()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{stdout.decode()}\n{stderr.decode()}")
    return seconds, usage.ru_maxrss / 1024


def corpus(workdir: Path, megabytes: float, seed: int) -> tuple[Path, int, float]:
    """The corpus folder (generated once), its number of files, and its size in MB."""
    folder = workdir / f"corpus-{megabytes:g}MB-seed{seed}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(folder, megabytes, seed)
        marker.write_text("")
    files = sorted(folder.glob("*.txt"))
    return folder, len(files), sum(f.stat().st_size for f in files) / 1e6


def write_params(path: Path, **sections) -> Path:
    """The repository's params.yaml with some sections' keys replaced."""
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8")) or {}
    for section, values in sections.items():
        params.setdefault(section, {}).update(values)
    path.write_text(yaml.safe_dump(params, sort_keys=True), encoding="utf-8")
    return path


def pipeline_stages(raw: Path, out: Path, params: Path, size: tuple[int, float], stages=STAGES):
    files, megabytes = size
    measures = []
    for stage in stages:
        args = [sys.executable, "-m", "pipeline", "--params", str(params), stage, "--out", str(out)]
        if stage == "ingest":
            args += ["--raw", str(raw)]
        seconds, rss = run_process(args, REPO)
        measures.append(Measure(stage, seconds, megabytes, files, rss))
    return measures


DIGIT_SCAN = """
import re, sys, time
from pathlib import Path
digits = re.compile(rb"\\d+")
started = time.perf_counter()
found = sum(len(digits.findall(p.read_bytes())) for p in sorted(Path(sys.argv[1]).glob("*.txt")))
print(found, time.perf_counter() - started)
"""

QUANTULUM = """
import sys, time, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from quantulum3 import parser
files = sorted(Path(sys.argv[1]).glob("*.txt"))
limit = float(sys.argv[2]) * 1e6
parser.parse("warm up: 3 men")
read = found = 0
started = time.perf_counter()
for path in files:
    text = path.read_text(encoding="utf-8")
    found += len(parser.parse(text))
    read += len(text.encode())
    if read >= limit:
        break
print(found, time.perf_counter() - started, read)
"""


def digit_scan(raw: Path, size: tuple[int, float]) -> Measure:
    args = [sys.executable, "-c", DIGIT_SCAN, str(raw)]
    process = subprocess.run(args, capture_output=True, text=True, check=True)
    found, seconds = process.stdout.split()
    files, megabytes = size
    return Measure("bare regex digit scan", float(seconds), megabytes, files,
                   note=f"{int(found):,} digit runs")  # fmt: skip


def quantulum(raw: Path, sample_mb: float, size: tuple[int, float]) -> Measure | None:
    args = [sys.executable, "-c", QUANTULUM, str(raw), str(sample_mb)]
    process = subprocess.run(args, capture_output=True, text=True)
    if process.returncode != 0:
        if "No module named 'quantulum3'" in process.stderr:
            return None
        raise RuntimeError(process.stderr)
    found, seconds, read = process.stdout.split()
    files, megabytes = size
    share = int(read) / 1e6 / megabytes
    return Measure("quantulum3 (sample)", float(seconds), int(read) / 1e6,
                   round(files * share), note=f"{int(found):,} quantities in "
                   f"{int(read) / 1e6:.2f} MB; whole corpus would take "
                   f"{_duration(float(seconds) / share)}")  # fmt: skip


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def table(rows: list[Measure]) -> str:
    lines = [f"  {'':34} {'seconds':>9} {'MB/s':>9} {'docs/s':>9} {'peak RSS MB':>12}  note"]
    for m in rows:
        rss = f"{m.peak_rss_mb:12,.0f}" if m.peak_rss_mb is not None else f"{'':>12}"
        lines.append(
            f"  {m.name:34} {m.seconds:9.2f} {m.mb_per_s:9.3f} {m.docs_per_s:9.1f} {rss}  {m.note}"
        )
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
        cpu = model
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}"


def bench_size(args, workdir: Path, megabytes: float) -> dict:
    raw, files, size_mb = corpus(workdir, megabytes, args.seed)
    size = (files, size_mb)
    out = workdir / f"out-{megabytes:g}MB"
    shutil.rmtree(out, ignore_errors=True)
    local = write_params(workdir / "params-local.yaml", engine={"kind": "local", "cache_dir": None})
    stages = pipeline_stages(raw, out, local, size)
    total = Measure(
        "pipeline, ingest to aggregate",
        sum(m.seconds for m in stages),
        size_mb,
        files,
        max(m.peak_rss_mb for m in stages),
    )
    scan = digit_scan(raw, size)
    total.note = f"{total.seconds / scan.seconds:,.0f}x the digit scan"
    rows = [*stages, total, scan]
    quant = quantulum(raw, args.quantulum_mb, size) if args.quantulum_mb > 0 else None
    if quant is not None:
        quant.note = f"{total.mb_per_s / quant.mb_per_s:,.0f}x slower than the pipeline; " + (
            quant.note
        )
        rows.append(quant)
    result = {"megabytes": size_mb, "documents": files, "rows": rows}
    if args.dask:
        dask_out = workdir / f"out-{megabytes:g}MB-dask"
        shutil.rmtree(dask_out, ignore_errors=True)
        shutil.copytree(out, dask_out, ignore=shutil.ignore_patterns("spans.parquet", "facts*"))
        dask_params = write_params(
            workdir / "params-dask.yaml",
            engine={"kind": "dask", "workers": args.workers, "cache_dir": None},
        )
        dask_rows = pipeline_stages(raw, dask_out, dask_params, size, ("annotate", "normalise"))
        local_time = sum(m.seconds for m in stages if m.name in ("annotate", "normalise"))
        dask_time = sum(m.seconds for m in dask_rows)
        for m in dask_rows:
            m.name = f"{m.name} (dask, {args.workers} workers)"
        same = all(
            (out / name).read_bytes() == (dask_out / name).read_bytes()
            for name in ("spans.parquet", "facts.parquet", "operations.parquet")
        )
        speedup = local_time / dask_time
        dask_rows[-1].note = f"annotate+normalise {speedup:.2f}x the local engine; outputs " + (
            "byte-identical" if same else "DIFFER"
        )
        rows.extend(dask_rows)
        result["dask_speedup"] = speedup
        result["dask_identical"] = same
    if args.incremental:
        cached_out = workdir / f"out-{megabytes:g}MB-cached"
        shutil.rmtree(cached_out, ignore_errors=True)
        cache_dir = workdir / f"cache-{megabytes:g}MB"
        shutil.rmtree(cache_dir, ignore_errors=True)
        cached = write_params(
            workdir / "params-cached.yaml", engine={"kind": "local", "cache_dir": str(cache_dir)}
        )
        grown = workdir / f"corpus-{megabytes:g}MB-plus-one"
        shutil.rmtree(grown, ignore_errors=True)
        shutil.copytree(raw, grown)
        cold = pipeline_stages(raw, cached_out, cached, size)
        extra = grown / "zz-one-more-article.txt"
        extra.write_text(
            "Police arrest 12 in raids\n\nPolice in Kenya arrested 12 men and seized 40 "
            "phones in raids on Monday, officers said.\n",
            encoding="utf-8",
        )
        warm = pipeline_stages(grown, cached_out, cached, (files + 1, size_mb))
        cold_time = sum(m.seconds for m in cold)
        warm_time = sum(m.seconds for m in warm)
        rows.append(Measure("cold run, cache empty", cold_time, size_mb, files))
        rows.append(
            Measure(
                "one article added, cache warm",
                warm_time,
                size_mb,
                files + 1,
                max(m.peak_rss_mb for m in warm),
                f"{cold_time / warm_time:.1f}x faster than cold",
            )
        )
        result["incremental_seconds"] = warm_time
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[10.0, 100.0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=REPO / "benchmarks" / ".work")
    parser.add_argument("--quantulum-mb", type=float, default=0.5,
                        help="quantulum3 reads this much of each corpus (0: skip)")  # fmt: skip
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-dask", dest="dask", action="store_false")
    parser.add_argument("--no-incremental", dest="incremental", action="store_false")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    results = {}
    for megabytes in args.mb:
        result = bench_size(args, args.workdir, megabytes)
        results[f"{megabytes:g}"] = result
        print(f"\n{result['megabytes']:.1f} MB, {result['documents']:,} articles")
        print(table(result["rows"]))
        sys.stdout.flush()
    if len(args.mb) >= 2:
        small, large = (results[f"{m:g}"] for m in (min(args.mb), max(args.mb)))
        ratio = max(r.peak_rss_mb or 0 for r in large["rows"]) / max(
            r.peak_rss_mb or 0 for r in small["rows"]
        )
        print(f"\npeak RSS, {max(args.mb):g} MB vs {min(args.mb):g} MB: {ratio:.2f}x")
    report = {
        "machine": machine(),
        "results": {
            size: {**r, "rows": [asdict(m) | {"mb_per_s": m.mb_per_s} for m in r["rows"]]}
            for size, r in results.items()
        },
    }
    (args.workdir / "report.json").write_text(json.dumps(report, indent=2, sort_keys=True))
    print(f"\nreport: {args.workdir / 'report.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
