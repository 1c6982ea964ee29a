"""The development set's commands.

python -m benchmarks.real OUT_DIR [--json FILE] [--errors] [--compare FILE]
    score an output folder (`OUT_DIR/facts.parquet`) against every gold set whose
    documents it holds, by split; `--errors` lists the tune split's errors (never check's)
python -m benchmarks.real run --set news|prosecutors --out OUT_DIR [--errors] [--json F]
    copy the set's checked texts to OUT_DIR/raw, run the pipeline on them, score
python -m benchmarks.real verify [--set news|prosecutors]
    check every text against its manifest sha256 and size
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from benchmarks.real.report import changes_text, errors_text, scores_text
from benchmarks.real.score import score
from benchmarks.real.split import SPLIT, read_split
from benchmarks.real.texts import (
    HERE,
    MANIFEST,
    MANIFEST_COLUMNS,
    PROSECUTORS_SAMPLE,
    SAMPLE_COLUMNS,
    SETS,
    TextsError,
    check,
    prepare,
    read_rows,
    texts_of,
    texts_without,
)
from benchmarks.real.topics import TOPIC_GOLD, read_topics, topic_scores
from pipeline.evaluate import read_gold
from pipeline.io import read_table
from pipeline.schemas import Facts

GOLD = HERE / "gold"
SPLITS = ("tune", "check")
# How many document ids a message lists before it says how many more.
LISTED = 10
# The split whose errors may be read; check is scored, never listed (see README).
READABLE_SPLIT = "tune"


def gold_of(which: str) -> pd.DataFrame:
    path = GOLD / f"{which}.csv"
    return read_gold(path.read_text(encoding="utf-8"), str(path))


def score_folder(out: Path, without: frozenset[str] = frozenset()) -> dict:
    """Every gold set and split whose documents `out` holds → its scores and errors.
    A set is scored only when `out` ran on exactly its texts: every document there, with the
    sha256 its manifest records, and every document on a side of the split; `without` names
    documents left out of the run on purpose, and of the score with them."""
    facts = read_table(out / "facts.parquet", Facts)
    held = pd.read_parquet(out / "documents.parquet", columns=["doc_id", "sha256", "topic"])
    held_sha = dict(zip(held["doc_id"], held["sha256"], strict=True))
    held_topic = dict(zip(held["doc_id"], held["topic"], strict=True))
    topic_gold = read_topics(TOPIC_GOLD)
    split = read_split(SPLIT)
    results = {}
    for which in SETS:
        texts = texts_without(which, without)
        if (
            not (GOLD / f"{which}.csv").is_file()
            or not {t.doc_id for t in texts} <= held_sha.keys()
        ):
            continue
        _refuse_altered(out, which, {t.doc_id: t.sha256 for t in texts}, held_sha)
        side = sides_of(which, [t.doc_id for t in texts], split)
        gold, facets = gold_of(which), facets_of(which)
        for name in (*SPLITS, "all"):
            chosen = {d for d, s in side.items() if name == "all" or s == name}
            result = _score_documents(facts, gold, chosen)
            for facet, groups in facets.items():
                result["scores"][f"by_{facet}"] = {
                    group: _summary(_score_documents(facts, gold, chosen & members)["scores"])
                    for group, members in sorted(groups.items())
                    if chosen & members
                }
            gold_topics = {d: t for (w, d), t in topic_gold.items() if w == which and d in chosen}
            result["scores"]["topic"] = topic_scores(gold_topics, held_topic)
            results[f"{which}/{name}"] = result
    if not results:
        raise TextsError(f"{out}: holds no whole set of the development set's documents")
    return results


def _refuse_altered(out: Path, which: str, wanted: dict[str, str], held: dict[str, str]):
    altered = sorted(d for d, sha in wanted.items() if held[d] != sha)
    if altered:
        raise TextsError(
            f"{out}/documents.parquet: {len(altered)} {which} documents differ from the "
            f"manifest's sha256 (not scored): {', '.join(altered[:10])}"
        )


def sides_of(which: str, doc_ids: list[str], split: dict) -> dict[str, str]:
    """Each document's side; a document without one, or with a side that is neither tune
    nor check, is an error (it would silently count only in `all`)."""
    sides = {d: split.get((which, d), {}).get("split", "") for d in doc_ids}
    wrong = sorted(d for d, s in sides.items() if s not in SPLITS)
    if wrong:
        raise TextsError(
            f"{SPLIT}: {len(wrong)} {which} documents have no side tune|check: "
            f"{', '.join(wrong[:10])} (run python -m benchmarks.real.split)"
        )
    return sides


def _score_documents(facts: pd.DataFrame, gold: pd.DataFrame, chosen: set[str]) -> dict:
    # Documents with no gold figure still count: every fact of theirs is spurious.
    return score(facts, gold[gold["doc_id"].isin(chosen)], chosen)


SUMMARY = ("documents", "gold_keys", "precision", "recall", "f1", "errors")


def _summary(scores: dict) -> dict:
    return {k: scores[k] for k in SUMMARY}


def facets_of(which: str) -> dict[str, dict[str, set[str]]]:
    """The news set scored apart by language (English or not: the extractor's language
    behaviour) and by kind (operations or controls); the prosecutors' by stratum."""
    facets: dict[str, dict[str, set[str]]] = {}
    if which == "news":
        rows = read_rows(MANIFEST, MANIFEST_COLUMNS)
        for facet, value_of in (
            ("language", lambda r: "en" if r["language"] == "en" else "not_en"),
            ("kind", lambda r: r["kind"]),
        ):
            for r in rows:
                facets.setdefault(facet, {}).setdefault(value_of(r), set()).add(r["id"])
    else:
        for r in read_rows(PROSECUTORS_SAMPLE, SAMPLE_COLUMNS):
            facets.setdefault("stratum", {}).setdefault(r["stratum"], set()).add(r["doc_id"])
    return facets


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = argv[0] if argv and argv[0] in ("run", "verify") else "score"
    parser = argparse.ArgumentParser(prog="python -m benchmarks.real", description=__doc__)
    if command == "score":
        parser.add_argument("out", type=Path)
    elif command == "run":
        argv = argv[1:]
        parser.add_argument("--set", choices=SETS, required=True, dest="which")
        parser.add_argument("--out", type=Path, required=True)
    else:
        argv = argv[1:]
        parser.add_argument("--set", choices=SETS, default=None, dest="which")
    if command != "verify":
        parser.add_argument(
            "--without",
            type=lambda ids: frozenset(i for i in ids.split(",") if i),
            default=frozenset(),
            metavar="ID,ID",
            help="leave these documents out of the run and the score (a text that cannot be "
            "re-created as recorded); the scores say how many were left out",
        )
        parser.add_argument("--json", type=Path, default=None, help="write the scores here")
        parser.add_argument("--errors", action="store_true", help="list the tune errors")
        parser.add_argument(
            "--compare",
            type=Path,
            default=None,
            help="a scores JSON written earlier (e.g. benchmarks/real/baseline.json): "
            "print each figure's change against it",
        )
    args = parser.parse_args(argv)
    try:
        return _run(command, args)
    except TextsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _run(command: str, args: argparse.Namespace) -> int:
    if command == "verify":
        return verify(args.which)
    if command == "run":
        run_pipeline(args.which, args.out, args.without)
    if args.without:
        print(f"scored without {len(args.without)} documents: {', '.join(sorted(args.without))}")
    results = score_folder(args.out, args.without)
    print(scores_text(results))
    if args.compare:
        print(changes_text(results, json.loads(args.compare.read_text(encoding="utf-8"))))
    if args.errors:
        facts = read_table(args.out / "facts.parquet", Facts)
        for name, result in results.items():
            which, split_name = name.split("/")
            if split_name == READABLE_SPLIT:
                texts = {t.doc_id: t.path for t in texts_of(which)}
                print(errors_text(name, result["errors"], facts, texts, gold_of(which)))
    if args.json:
        args.json.write_text(
            json.dumps({k: v["scores"] for k, v in results.items()}, indent=2, sort_keys=True)
            + "\n",
            encoding="utf-8",
        )
    return 0


def run_pipeline(which: str, out: Path, without: frozenset[str] = frozenset()) -> None:
    raw = out / "raw"
    n = prepare(which, raw, without)
    print(f"{which}: {n} checked texts → {raw}", file=sys.stderr)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "run",
            "--raw",
            str(raw),
            "--out",
            str(out),
            "--no-cache",
        ],
        check=True,
    )


def verify(which: str | None) -> int:
    failed = False
    for name in [which] if which else SETS:
        status = check(texts_of(name))
        print(
            f"{name}: {len(status['ok'])} ok, {len(status['missing'])} missing, "
            f"{len(status['changed'])} changed"
        )
        for kind in ("missing", "changed"):
            listed = status[kind][:LISTED]
            more = len(status[kind]) - len(listed)
            if listed:
                print(f"  {kind}: {', '.join(listed)}" + (f" and {more} more" if more else ""))
        if status["missing"] and not status["ok"]:
            print("  none of its texts is here: re-create them as benchmarks/real/README.md says")
        failed |= bool(status["missing"] or status["changed"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
