"""The page's structure: a document's text → page furniture (BOILERPLATE) and sentences
(SENTENCE).

Both read only the text (the first step of the view): every other recogniser reads what the
sentences decide about where figures can stand.
"""

from __future__ import annotations

import re

from pipeline.annotate.recogniser import Recogniser
from pipeline.annotate.span import Span
from pipeline.vocab import Vocabulary, alternation

LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")
# Boilerplate names after which the next lines are teaser headlines of other stories.
TEASER_LEADS = ("read_more", "teaser", "teaser_headline")
# A sentence ends at . ! ? before white space and a capital, digit or bullet, or at a line
# break; from a line break, trailing blanks are trimmed afterwards: a pattern that began with
# [ \t]* would retry at every blank of a long run of spaces.
# Blanks between sentences include the no-break space many sites put after a full stop.
BLANK = "[ \t\u00a0\u2000-\u200a\u202f]"
SENTENCE_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"'”’)]*%s+(?=[\"'“‘(]?[A-Z0-9•\-])|(?:\r?\n|\r)(?:[ \t]*(?:\r?\n|\r))*" % BLANK
)
# In a language written without spaces (`unspaced` function words), a sentence also ends at
# its full stops, whatever follows ("。", "！", "？"), and at . ! ? before white space and a
# letter of its own script ("밝혔다. 이 가운데 …").
UNSPACED_BOUNDARY = re.compile(
    SENTENCE_BOUNDARY.pattern
    + "|(?<=[。！？])[」』”’）)]*[ \t\u3000]*(?=[^\r\n])"
    + "|(?<=[.!?])[\"'”’)]*%s+(?=[^\\x00-\\x7f\\s])" % BLANK
)
LINE_BREAK = re.compile(r"\r\n|\n|\r")
# A line that leads into a list: it ends in ':' ',' ';' or 'and'/'or'.
LIST_LEAD = re.compile(r"(?:[:,;]|\b(?:and|or))$")
LIST_ITEM = re.compile(r"[ \t]*(?:[•\-*–·▪◦]|\d{1,2}[.)]\s|[a-z])")


class Boilerplate(Recogniser):
    """Short lines that match a boilerplate pattern ("Advertisement", "Share post"); and the
    teaser headlines that follow a "Read more" / "Related" line without a blank line
    between."""

    name = "boilerplate"
    assigns = ("BOILERPLATE",)
    needs = frozenset({"text"})

    def __init__(self, vocab: Vocabulary, max_line_chars: int):
        self.patterns = [
            (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in vocab.boilerplate
        ]
        self.max_line_chars = max_line_chars

    def __call__(self, view) -> list[Span]:
        text = view.text
        out = []
        teasers = False
        for m in LINE.finditer(text):
            raw = m.group(0)
            line = raw.strip()
            if not line:
                teasers = False
                if m.end() >= len(text):
                    break
                continue
            start = m.start() + (len(raw) - len(raw.lstrip()))
            name = self.furniture(line)
            if name is None and teasers:
                name = "teaser_headline"
            if name is not None:
                out.append(Span(start, start + len(line), "BOILERPLATE", f"boilerplate.{name}"))
            teasers = name in TEASER_LEADS
        return out

    def furniture(self, line: str) -> str | None:
        """The name of the boilerplate pattern a short line is, if any."""
        if len(line) > self.max_line_chars:
            return None
        return next((n for n, regex in self.patterns if regex.fullmatch(line)), None)


class Sentences(Recogniser):
    """Sentences end at . ! ? before white space, or at a line break, except after an
    abbreviation ("Mr.", "U.S."), and except that a line ending in ':' ',' ';' or 'and'/'or'
    runs on into the next (a list of bullet items); across a blank line only into lines that
    look like items (a bullet, a number, a lower-case word), never into the next paragraph."""

    name = "sentences"
    assigns = ("SENTENCE",)
    needs = frozenset({"text"})

    def __init__(self, vocab: Vocabulary):
        self.abbreviation_before = re.compile(
            # (a language without such abbreviations has none: "(?!)")
            r"(?:\b(?:%s)\.)$" % (alternation(vocab.abbreviations, escape=False) or r"(?!)")
        )
        self.boundary = (
            UNSPACED_BOUNDARY if "unspaced" in vocab.function_words else SENTENCE_BOUNDARY
        )

    def __call__(self, view) -> list[Span]:
        text = view.text
        out, start = [], 0
        for m in self.boundary.finditer(text):
            before = text[start : m.start()].rstrip()
            if not before:
                start = m.end()
                continue
            if self.runs_on(text, before, m):
                continue
            out.append((start, start + len(before)))
            start = m.end()
        tail = text[start:].rstrip()
        if tail:
            out.append((start, start + len(tail)))
        return [Span(s, e, "SENTENCE", "sentence.punctuation_or_line") for s, e in out if e > s]

    def runs_on(self, text: str, before: str, boundary: re.Match) -> bool:
        """Whether the sentence goes on past this boundary: a list into its items, or a
        full stop after an abbreviation."""
        if "\n" in boundary.group(0) or "\r" in boundary.group(0):
            blank = len(LINE_BREAK.findall(boundary.group(0))) > 1
            item = LIST_ITEM.match(text, boundary.end())
            return bool(LIST_LEAD.search(before)) and (not blank or bool(item))
        return bool(self.abbreviation_before.search(before))
