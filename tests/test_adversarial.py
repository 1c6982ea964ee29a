"""Adversarial input: every pattern must run in time linear in its input.

Each 1 MB string below is made to provoke backtracking in some recogniser (long digit runs,
separators, nested brackets, chains of number words, lists of places, ranges, …). It goes
through `annotate` as a document built by `ingest`, and its spans through `normalise`; each
stage must finish within LIMIT seconds of wall time (time.perf_counter), a bound set by the
project owner for these inputs. Linear code does 1 MB in well under a second; code with a
quadratic pattern takes hours.

Every string comes in two shapes: as one line, and cut into lines of LINE_CHARS characters
(the same megabyte, every LINE_CHARS-th character a line break). Lines that short are
sentences a report could hold, so every recogniser really runs on them, even if the code
learns to pass over one absurdly long sentence.

So that a quadratic case cannot hang the suite, both stages run in a forked child, and a
stage still running LIMIT + WATCHDOG seconds after it started is stopped (the test then fails
with "stopped"). Each stage is timed inside the child around its call alone; the document is
built, and the vocabularies loaded, before the child starts. normalise needs annotate's spans:
when annotate was stopped, normalise is not reached and its test is skipped (the annotate test
of the same case fails), so a normalise test never passes or fails on annotate's account.

Cases that miss the bound today are marked xfail with the time measured on the development
machine. The marker is not strict, because a time near the bound may pass on a faster machine
and CI must not flip on that; when the code is fixed, the XPASS in the report says the marker
can go. The bound itself is never loosened.
"""

from __future__ import annotations

import multiprocessing
import time
from functools import cache

import pandas as pd
import pytest

from pipeline.annotate import annotate
from pipeline.ingest import RawFile, ingest
from pipeline.normalise import normalise
from pipeline.params import Params

PARAMS = Params()
LIMIT = 1.0  # seconds per stage for a 1 MB document
WATCHDOG = 0.25  # a stage still running LIMIT + WATCHDOG seconds after it started is stopped
SIZE = 1_000_000  # characters (all ASCII, so also bytes)
LINE_CHARS = 2_000  # the second shape: a line break every LINE_CHARS characters
STAGES = ("annotate", "normalise")

if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover
    pytest.skip("the timing watchdog needs fork()", allow_module_level=True)


def fill(unit: str, size: int = SIZE) -> str:
    """`unit` repeated to exactly `size` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def in_lines(text: str) -> str:
    """The same text with every LINE_CHARS-th character replaced by a line break."""
    chars = list(text)
    breaks = range(LINE_CHARS - 1, len(chars), LINE_CHARS)
    chars[LINE_CHARS - 1 :: LINE_CHARS] = "\n" * len(breaks)
    return "".join(chars)


COUNTRIES = (
    "France, Spain, Italy, Germany, Portugal, Kenya, Japan, Malaysia, Thailand, Brazil, "
    "Canada, Australia, India, Nigeria, Sweden, Norway, Denmark, Poland, Mexico, Chile, "
)
NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen twenty "
    "thirty forty fifty hundred thousand million "
)
CASES: dict[str, str] = {
    "digit_run": "9" * SIZE,
    "ones_and_commas": fill("1,"),
    "section_dash_run": fill("Section 1-"),
    "nested_parentheses": "(" * SIZE,
    "number_words": fill(NUMBER_WORDS),
    "country_names": fill(COUNTRIES),
    "operation_words": fill("Operation X Y Z "),
    "age_ranges": "aged " + fill("1 to 2 and 3 to 4 and ", SIZE - len("aged ")),
    "date_ranges": fill("1 May 2020 to 2 May 2020 to "),
    "dollar_signs": "$" * SIZE,
    "ringgit_run": fill("RM1"),
    "letter_a": "a " * (SIZE // 2),
}
CASES |= {f"{name}_in_lines": in_lines(text) for name, text in list(CASES.items())}

# Measured on the development machine (2 vCPUs, Python 3.11) at commit a0d3c63, each stage
# run to its end outside the suite. In the suite a stage is stopped at LIMIT + WATCHDOG.
MEASURED = "on 1 MB, measured at a0d3c63"
SLOW_ANNOTATE: dict[str, str] = {
    "digit_run_in_lines": f"3.9 s {MEASURED}",
    "ones_and_commas_in_lines": f"8.7 s {MEASURED}",
    "section_dash_run_in_lines": f"6.5 s {MEASURED}",
    "nested_parentheses_in_lines": f"1.3 s {MEASURED}",
    "number_words_in_lines": f"3.7 s {MEASURED}",
    "country_names_in_lines": f"1.8 s {MEASURED}",
    "operation_words_in_lines": f"1.8 s {MEASURED}",
    "age_ranges_in_lines": f"9.4 s {MEASURED}",
    "date_ranges_in_lines": f"9.4 s {MEASURED}",
    "dollar_signs_in_lines": f"1.2-1.3 s {MEASURED}",
    "ringgit_run_in_lines": f"1.5 s {MEASURED}",
    "letter_a_in_lines": f"2.3 s {MEASURED}",
}
# normalise on the spans annotate gives for the case (in the suite it is only reached, and so
# timed, once annotate finishes in time; until then the test is skipped)
SLOW_NORMALISE: dict[str, str] = {
    "section_dash_run_in_lines": f"2.2 s {MEASURED} (100,500 spans)",
    "country_names_in_lines": f"2.9 s {MEASURED} (89,719 spans)",
    "age_ranges_in_lines": f"4.3 s {MEASURED} (182,136 spans)",
    "date_ranges_in_lines": f"2.4 s {MEASURED} (107,787 spans)",
}


def params(slow: dict[str, str], stage: str) -> list:
    out = []
    for name in CASES:
        marks = []
        if name in slow:
            # not strict: a time near the bound may pass on a faster machine
            marks.append(pytest.mark.xfail(strict=False, reason=f"{stage}: {slow[name]}"))
        out.append(pytest.param(name, id=name, marks=marks))
    return out


# --- the watchdog ----------------------------------------------------------------------------


def _child(conn, documents: pd.DataFrame, work) -> None:
    """Run the stages one after the other, reporting when each starts and how long it took."""
    try:
        result = documents
        for stage in STAGES:
            conn.send(("started", stage))
            started = time.perf_counter()
            result = work[stage](documents, result)
            conn.send(("done", stage, time.perf_counter() - started))
    except BaseException as exc:  # report anything, including KeyboardInterrupt
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


WORK = {
    "annotate": lambda documents, _: annotate(documents, PARAMS.annotate)[0],
    "normalise": lambda documents, spans: normalise(documents, spans, PARAMS.normalise)[0],
}


def timed_stages(documents: pd.DataFrame, work=WORK) -> dict[str, float | None]:
    """Seconds each stage took on `documents`: None for a stage stopped by the watchdog;
    a stage after a stopped one is missing."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, documents, work), daemon=True)
    child.start()
    send.close()
    times: dict[str, float | None] = {}
    try:
        assert receive.poll(60), "the timed child did not start"
        while len(times) < len(STAGES):
            message = receive.recv()
            assert message[0] != "error", f"a stage raised {message[1]}"
            _, stage = message
            if not receive.poll(LIMIT + WATCHDOG):
                times[stage] = None
                break
            message = receive.recv()
            assert message[0] != "error", f"{stage} raised {message[1]}"
            times[stage] = message[2]
        return times
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()


def verdict(stage: str, name: str, times: dict[str, float | None]) -> str:
    if stage not in times:
        before = STAGES[STAGES.index(stage) - 1]
        return f"{stage} on {name} not timed: {verdict(before, name, times)}"
    if times[stage] is None:
        return f"{stage} on {name} (1 MB) did not finish within {LIMIT + WATCHDOG:.2f} s (stopped)"
    return f"{stage} on {name} (1 MB) took {times[stage]:.2f} s (limit {LIMIT:.1f} s)"


# --- fixtures: each case built and timed once, for both tests ---------------------------------


def documents_of(text: str, name: str = "adversarial") -> pd.DataFrame:
    documents, rejected, _ = ingest([RawFile(f"{name}.txt", text.encode())], None, PARAMS.ingest)
    assert rejected.empty, rejected.to_dict("records")
    return documents


@pytest.fixture(scope="module")
def warm() -> None:
    """Load and compile the vocabularies before any child is forked, so no child times it."""
    documents = documents_of("Police in Japan arrested 12 men in Operation Falcon.\n")
    WORK["normalise"](documents, WORK["annotate"](documents, None))


@cache
def case_documents(name: str) -> pd.DataFrame:
    return documents_of(CASES[name], name)


@cache
def times_of(name: str) -> dict[str, float | None]:
    return timed_stages(case_documents(name))


# --- the tests ----------------------------------------------------------------------------------


def test_every_case_is_one_megabyte_and_a_document():
    assert len(CASES) == 24
    for name, text in CASES.items():
        assert len(text) == SIZE, name
        documents = case_documents(name)
        assert len(documents) == 1 and documents.iloc[0]["n_chars"] == SIZE, name
    assert CASES["digit_run_in_lines"].count("\n") == SIZE // LINE_CHARS


def test_the_watchdog_stops_a_stage_that_runs_too_long_and_times_one_that_does_not(warm):
    documents = documents_of("Police arrested 12 men.\n")
    slow = {"annotate": lambda d, _: 42, "normalise": lambda d, r: time.sleep(LIMIT + 30)}
    times = timed_stages(documents, slow)
    assert times["normalise"] is None and 0 <= times["annotate"] < LIMIT
    times = timed_stages(documents, {**slow, "annotate": lambda d, _: time.sleep(LIMIT + 30)})
    assert times == {"annotate": None}
    assert "not timed" in verdict("normalise", "x", times)


@pytest.mark.parametrize("name", params(SLOW_ANNOTATE, "annotate"))
def test_annotate_is_linear(name, warm):
    times = times_of(name)
    assert times["annotate"] is not None and times["annotate"] <= LIMIT, verdict(
        "annotate", name, times
    )


@pytest.mark.parametrize("name", params(SLOW_NORMALISE, "normalise"))
def test_normalise_is_linear(name, warm):
    times = times_of(name)
    if "normalise" not in times:
        # the annotate test of this case fails for it; normalise cannot be timed without spans
        pytest.skip(verdict("normalise", name, times))
    assert times["normalise"] is not None and times["normalise"] <= LIMIT, verdict(
        "normalise", name, times
    )
