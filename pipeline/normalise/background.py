"""Background statistics: figures of another period or of a whole programme, office or career,
never an operation's own.

A release or a story about one operation often sets it against a record: "police made 3,000
such arrests last year", "since 2014 the unit has identified 340 victims", "58,000 people were
arrested in the county in 2019, compared with 68,000 in 2018", "Of those, ten are being
prosecuted". The annotation guidelines write such figures with no operation (`optional`), and
an operation's figures must never include them. A figure is a background statistic by the
construction of its sentence, from the words of `vocab/background_cues.csv` (the language's
rows; `BackgroundCuesVocab` says what each construction is):

- `recurring_period`, `since_period`, `past_years`, `career_period`, `reporting_year`,
  `year_so_far`, `earlier_phases`: a period that no single operation's action has ("each
  year", "since 2014", "from 2016 through 2019", "during her career", "in the fiscal year",
  "during 2021", "so far this year", "in earlier phases") is enough;
- `year_comparison`: the figures inside a comparison with another year ("610 children, up
  from 540 in 2023": the 540) are that year's, the figure compared may be the story's own;
- `tally_period` with a `record_holder`: a period that may also date an operation's action
  ("last year", "in 2019", "to date") makes a record only when the sentence's subject is a
  programme, an office, a unit, a task force or a hotline, or a nation-wide total ("In 2017,
  the task force opened 290 investigations");
- `record_perfect`: a record's verb in the perfect ("has prosecuted 55 defendants", "has
  vacated 120 convictions") beside a record holder or a tally period;
- either, unless the sentence names the story's own operation (`own_operation`, or an
  OPERATION span): "the investigation, under way since 2019, has led to 40 arrests";
- `part_of_background`: a sentence opening on a breakdown (`breakdown_opening`: "Of those,
  ten …") right after a sentence whose figures were all background.

Operations' own dates stay: "In March, police arrested 12" has no such period, and "arrested in
2015" only a `tally_period` without a record holder. A figure so recognised is not a fact: it
is counted in the normalise metrics under `background_statistic:<construction>` and listed
there with its document, offsets and construction, so a reader can see every one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The counted reason of an excluded figure: `background_statistic:<construction>`.
REASON = "background_statistic"
# Periods no single operation's action has: each is enough, in this order of naming.
PERIODS = (
    "since_period", "past_years", "career_period", "reporting_year", "year_so_far",
    "recurring_period", "earlier_phases",
)  # fmt: skip
# A comparison with another year: only the figures inside it are that year's.
COMPARISON = "year_comparison"
# A period that may also date an operation's action: a record only with a record holder.
TALLY = "tally_period"
HOLDER = "record_holder"
# "has prosecuted", "have vacated": a record's verbs, a record beside a holder or a tally
RECORD = "record_perfect"
OWN_OPERATION = "own_operation"
# "Of those, …", "Among them, …": a sentence opening on the breakdown of a total before it
BREAKDOWN = "breakdown_opening"
CONSTRUCTIONS = (*PERIODS, COMPARISON, TALLY, HOLDER, RECORD, OWN_OPERATION, BREAKDOWN)
# The construction of a breakdown of a background total ("Of those, ten …").
PART_OF_BACKGROUND = "part_of_background"


@dataclass(frozen=True)
class BackgroundCues:
    """One language's cues, a compiled pattern per construction (None: no words for it)."""

    patterns: dict

    def search(self, construction: str, text: str, start: int, end: int):
        pattern = self.patterns.get(construction)
        return pattern.search(text, start, end) if pattern is not None else None


def compile_cues(rows: list[tuple[str, str]]) -> BackgroundCues:
    """(construction, pattern) rows → one word-bounded, case-blind pattern per construction."""
    by_construction: dict[str, list[str]] = {}
    for construction, pattern in rows:
        by_construction.setdefault(construction, []).append(pattern)
    return BackgroundCues(
        {
            c: re.compile(r"\b(?:%s)\b" % "|".join(f"(?:{p})" for p in ps), re.IGNORECASE)
            for c, ps in by_construction.items()
        }
    )


def background_construction(cues: BackgroundCues, text: str, sentence) -> str | None:
    """The construction that makes all the sentence's figures background statistics, or
    None."""
    start, end = sentence.start, sentence.end
    if cues.search(OWN_OPERATION, text, start, end) or sentence.spans.get("OPERATION"):
        return None
    for construction in PERIODS:
        if cues.search(construction, text, start, end):
            return construction
    tally = cues.search(TALLY, text, start, end) is not None
    holder = cues.search(HOLDER, text, start, end) is not None
    if tally and holder:
        return f"{TALLY}_of_{HOLDER}"
    if (tally or holder) and cues.search(RECORD, text, start, end):
        return RECORD
    return None


def opens_on_a_breakdown(cues: BackgroundCues, text: str, sentence) -> bool:
    """'Of those, ten …', 'Among them, …': the sentence opens on the breakdown of a total
    stated before it."""
    pattern = cues.patterns.get(BREAKDOWN)
    if pattern is None:
        return False
    opening = re.compile(r"\W*(?:%s)" % pattern.pattern, re.IGNORECASE)
    return opening.match(text, sentence.start, sentence.end) is not None


def compared_numbers(cues: BackgroundCues, text: str, sentence) -> set[str]:
    """'610 children, up from 540 in 2023': the numbers inside a comparison with another
    year are that year's; the figure compared with it may be the story's own."""
    pattern = cues.patterns.get(COMPARISON)
    if pattern is None:
        return set()
    spans = [m.span() for m in pattern.finditer(text, sentence.start, sentence.end)]
    return {
        n.span_id
        for n in sentence.spans.get("NUMBER", ())
        if any(a <= n.char_start and n.char_end <= b for a, b in spans)
    }


def background_facts(
    cues: BackgroundCues, text: str, sentence, facts: list, after_background: bool
) -> tuple[list, list]:
    """One sentence's facts → ((fact, construction) of each background statistic, the facts
    an operation keeps). A breakdown right after a sentence whose figures were all
    background ("Of those, ten …", `after_background`) is background too."""
    if not facts:
        return [], facts
    construction = background_construction(cues, text, sentence)
    if construction is None and after_background and opens_on_a_breakdown(cues, text, sentence):
        construction = PART_OF_BACKGROUND
    if construction is not None:
        return [(f, construction) for f in facts], []
    compared = compared_numbers(cues, text, sentence)
    excluded = [(f, COMPARISON) for f in facts if f.number_span_id in compared]
    return excluded, [f for f in facts if f.number_span_id not in compared]


def excluded_record(fact, construction: str) -> dict:
    """What the normalise metrics list of one excluded figure: where it stands and why."""
    return {
        "doc_id": fact.doc_id,
        "char_start": fact.char_start,
        "char_end": fact.char_end,
        "metric": fact.metric,
        "value": fact.value,
        "construction": construction,
    }
