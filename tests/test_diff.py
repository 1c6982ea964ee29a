"""`pipeline diff`: what a new article or a rule change does to the published figures."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.cli import main, run_all
from pipeline.diff import compare, render

REPO = Path(__file__).resolve().parents[1]
FIRST = "Police in Ireland arrested 12 people in Operation Harbour Light, a national sweep.\n"
SECOND = "During Operation Harbour Light, Irish police arrested 14 people and seized 30 phones.\n"
EDITED_FIRST = FIRST.replace("12 people", "13 people")


def build(tmp: Path, name: str, articles: dict[str, str]) -> Path:
    raw = tmp / f"raw-{name}"
    raw.mkdir()
    for doc_id, text in articles.items():
        (raw / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    out = tmp / f"out-{name}"
    run_all(raw, out, tmp / "no-params.yaml")
    return out


def test_an_added_article_shows_its_facts_and_the_figures_it_moves(tmp_path):
    old = build(tmp_path, "old", {"first": FIRST})
    new = build(tmp_path, "new", {"first": FIRST, "second": SECOND})
    result = compare(str(old), str(new))
    added = result["facts"]["added"]
    assert {(f["doc_id"], f["metric"], f["value"], f["cause"]) for f in added} >= {
        ("second", "arrested", 14.0, "document added"),
        ("second", "devices_seized", 30.0, "document added"),
    }
    assert result["facts"]["removed"] == []
    changed = result["figures"]["changed"]
    arrested = [f for f in changed if f["metric"] == "arrested" and f["jurisdiction"] == "IE"]
    assert len(arrested) == 1
    assert arrested[0]["old"]["status"] == "single_source"
    assert arrested[0]["new"]["status"] == "conflicting"
    assert arrested[0]["causes"] == ["document added"]
    text = render(result)
    assert "IE arrested" in text and "document added" in text


def test_an_edited_article_is_named_as_the_cause(tmp_path):
    old = build(tmp_path, "old", {"first": FIRST})
    new = build(tmp_path, "new", {"first": EDITED_FIRST})
    result = compare(str(old), str(new))
    assert [f["value"] for f in result["facts"]["added"]] == [13.0]
    assert [f["value"] for f in result["facts"]["removed"]] == [12.0]
    assert {f["cause"] for f in result["facts"]["added"]} == {"document edited"}


def test_identical_releases_have_no_changes(tmp_path, capsys):
    old = build(tmp_path, "old", {"first": FIRST, "second": SECOND})
    new = build(tmp_path, "new", {"first": FIRST, "second": SECOND})
    assert main(["diff", str(old), str(new), "--json", str(tmp_path / "d.json")]) == 0
    assert capsys.readouterr().out.startswith("facts: +0 -0; figures: +0 -0 ~0")
    assert (tmp_path / "d.json").exists()


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_two_git_revisions_are_built_with_their_own_code_and_articles(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copytree(
        REPO / "pipeline", repo / "pipeline", ignore=shutil.ignore_patterns("__pycache__")
    )
    (repo / "raw").mkdir()
    (repo / "raw" / "first.txt").write_text(FIRST, encoding="utf-8")

    def git(*args):
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "one")
    (repo / "raw" / "second.txt").write_text(SECOND, encoding="utf-8")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "two")
    result = compare("HEAD~1", "HEAD", repo=repo)
    assert result["summary"]["facts_added"] >= 2
    assert {f["cause"] for f in result["facts"]["added"]} == {"document added"}
