"""A document's topic: text → `csea_enforcement`, `other_enforcement` or `other`, with the
offsets of the words that decided it.

A report is about enforcement against child sexual exploitation when words of that crime
(`topic_cues.csv`, cue `csea`: "child sexual abuse material", "pornografía infantil",
"Kinderpornografie", "성착취물" …) stand in its headline and lead, or often enough in its
text, and words of enforcement (cue `enforcement`: "arrested", "police", "detenidos" …)
stand in it too; about other enforcement when only the latter do; else about something
else (a survey, a company's report, a programme). The words are data in many languages
and the test is one reading of the text, so a mixed corpus (prosecutors' releases on every
crime) keeps its child-exploitation figures apart without any per-site rule.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pipeline.schemas import VOCABULARIES
from pipeline.validation import read_data_file

TOPIC_CUES = Path(__file__).parent / "vocab" / "topic_cues.csv"


class TopicCues:
    """The compiled cue patterns of `topic_cues.csv`, by cue."""

    def __init__(self, path: Path):
        rows = read_data_file(path, VOCABULARIES["topic_cues"])
        self.patterns = {
            cue: re.compile("|".join(bounded(p) for p in group.pattern), re.IGNORECASE)
            for cue, group in rows.groupby("cue", sort=True)
        }


# Scripts written without spaces between words, or whose vowel signs are no word characters
# (Han, Kana, Hangul, Thai, the Indic scripts): their cues need no word boundary.
UNSPACED = re.compile(
    r"[\u0900-\u0dff\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)


def bounded(pattern: str) -> str:
    """A cue pattern as a whole word, except in a script without word boundaries."""
    if UNSPACED.search(pattern):
        return f"(?:{pattern})"
    return rf"(?<!\w)(?:{pattern})(?!\w)"


@cache
def topic_cues(path: str | None = None) -> TopicCues:
    """The cues of `path` (default: the package's `topic_cues.csv`), compiled once."""
    return TopicCues(Path(path) if path else TOPIC_CUES)


def document_topic(text: str, cues: TopicCues, params) -> tuple[str, str | None]:
    """The topic and its evidence: the `start-end` offsets of the first crime words (up to
    `topic_evidence_max`) and of the first enforcement word, `|`-joined; None for `other`
    without any."""
    sample = text[: params.topic_sample_chars]
    csea = list(cues.patterns["csea"].finditer(sample))
    enforcement = cues.patterns["enforcement"].search(sample)
    in_lead = any(m.start() < params.topic_lead_chars for m in csea)
    about_csea = in_lead or len(csea) >= params.topic_min_cues
    shown = csea[: params.topic_evidence_max] if about_csea else []
    if enforcement is not None:
        shown = [*shown, enforcement]
    evidence = "|".join(f"{m.start()}-{m.end()}" for m in sorted(shown, key=lambda m: m.start()))
    if enforcement is None:
        return "other", evidence or None
    return ("csea_enforcement" if about_csea else "other_enforcement"), evidence
