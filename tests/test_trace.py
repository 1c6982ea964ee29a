"""`pipeline trace`: from an operation's figures to the words behind them."""

from __future__ import annotations

import pytest

from pipeline.cli import main, run_all
from pipeline.layout import load
from pipeline.trace import TraceError, find_operation, trace

WIRE = (
    "LIMA, 2 May 2024 (Reuters) - Police in Peru, Chile and Bolivia arrested 48 people in "
    "Operation Condor Shield, an international operation against online child abuse.\n\n"
    "In Peru, officers arrested 35 people, 30 men and two women.\n"
)
PAPER = (
    "Operation Condor Shield: 48 arrested in three countries\n\n"
    "A total of 48 suspects were detained during Operation Condor Shield.\n"
)


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    (raw / "wire.txt").write_text(WIRE, encoding="utf-8")
    (raw / "paper.txt").write_text(PAPER, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    run_all(raw, out, tmp_path_factory.mktemp("p") / "params.yaml")
    return out


def test_an_operation_is_found_by_name_id_or_document(out):
    tables = load(out)
    by_name = find_operation(tables.operations, "condor")
    assert find_operation(tables.operations, by_name) == by_name
    assert find_operation(tables.operations, "paper") == by_name
    with pytest.raises(TraceError, match="no operation matches"):
        find_operation(tables.operations, "Operation Nowhere")


def test_trace_quotes_every_document_with_the_number_marked(out):
    text = trace(load(out), "Condor Shield", jurisdiction="ALL", metric="arrested")
    assert "ALL arrested: best 48" in text
    assert "corroborated, 2 document(s)" in text
    assert "arrested »48« people" in text
    assert "A total of »48« suspects were detained" in text
    assert "- paper chars" in text and "- wire chars" in text


def test_trace_names_the_checks_a_figure_takes_part_in(out):
    text = trace(load(out), "Condor Shield", jurisdiction="PE")
    assert "PE arrested (sex=male): best 30" in text
    assert "»30« men" in text
    assert "check sex: incomplete (parts 32 of 35" in text


def test_the_command_prints_the_trace_and_fails_clearly_on_an_unknown_operation(out, capsys):
    assert main(["trace", "Condor", "--out", str(out), "--metric", "arrested"]) == 0
    assert "»48«" in capsys.readouterr().out
    assert main(["trace", "Operation Nowhere", "--out", str(out)]) == 1
    assert "no operation matches" in capsys.readouterr().err
