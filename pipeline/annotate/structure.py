"""The page's structure: a document's text → page furniture (BOILERPLATE) and sentences
(SENTENCE).

Both read only the text (the first step of the view): every other recogniser reads what the
sentences decide about where figures can stand.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from pipeline.annotate.recogniser import Recogniser
from pipeline.annotate.span import Span
from pipeline.vocab import Vocabulary, alternation

LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")
# Boilerplate names after which the next lines are teaser headlines of other stories.
TEASER_LEADS = ("read_more", "related_list", "teaser", "teaser_headline")
# Headings of a list of other stories ("Related", "Most read"): below the story's start
# their headlines are teasers across blank lines too.
RELATED_LEADS = ("related_list",)
# A headline has a few words, a story's sentence several; in a script written without
# spaces a word is counted every few characters.
HEADLINE_MIN_WORDS = 4
STORY_MIN_WORDS = 6
UNSPACED_WORD_CHARS = 3
WORD_COUNT_CHARS = 100
# A line ends as a sentence ends: . ! ? (or their full-width forms, or an ellipsis), maybe
# inside closing quotes or brackets.
SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f\u2026][\"'\u201d\u2019\u00bb)\]]*$")
# A headline ends in neither a sentence's punctuation nor a list lead's.
HEADLINE_END = re.compile(r"[.!?\u3002\uff01\uff1f\u2026:;,][\"'\u201d\u2019\u00bb)\]]*$")
# A headline is shorter than the longest furniture line; prose broken across lines has a
# sentence's end inside it ("… in 2003. He was").
HEADLINE_MAX_CHARS = 150
INNER_SENTENCE_END = re.compile(r"(?<=\w\w)[.!?][\"'\u201d\u2019)]*\s+[^\W\d_]")
# A line ending in an opening quotation mark, and one beginning with a closing mark: the
# lines around a quoted link's text.
OPENING_QUOTE_END = re.compile(r"[\u201c\u2018\u00ab\u201e\"]$")
CLOSING_QUOTE_START = re.compile(r"[\u201d\u2019\u00bb\u201c\"]")
LETTER = re.compile(r"[^\W\d_]")
BULLET = re.compile(r"[\u2022\-*\u2013\u00b7\u25aa\u25e6]")
# Date stamps are short. Besides numerals and the language's month names they are made of
# the words of the `stamp_word` boilerplate row ("updated", "hours ago"), which is a word, not
# a line, and is never furniture by itself.
STAMP_MAX_CHARS = 60
LAYOUT_WORDS = ("stamp_word",)
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
    """Page furniture, by pattern, by layout and by repetition.

    - By pattern: short lines that match a boilerplate pattern ("Advertisement", "Share
      post"), and the teaser headlines that follow a "Read more" / "Related" line without a
      blank line between, up to a line that reads as a sentence of the story.
    - By layout, once the story has begun (`story_start`: its first line that reads as a
      sentence of a story, so the page's own headline, kicker and byline above it are never
      furniture): after a heading of a list of other stories ("Related", "Most read"), its
      headlines across blank lines until the story resumes (`related_list`); a list of
      headlines anywhere below the story's start (`headline_list`); and the title of another
      story quoted as a link on a line of its own (`quoted_title`).
    - By repetition: a line that is not a sentence of a story and recurs in several
      documents of the run (`repeated`, computed over the whole run by
      `repeated_lines`): site navigation, teaser blocks. A story sentence that recurs (a
      wire story syndicated by several outlets) is never dropped for it."""

    name = "boilerplate"
    assigns = ("BOILERPLATE",)
    needs = frozenset({"text", "repeated"})

    def __init__(self, vocab: Vocabulary, max_line_chars: int, headline_list_lines: int = 3):
        self.patterns = [
            (name, re.compile(pattern, re.IGNORECASE))
            for name, pattern in vocab.boilerplate
            if name not in LAYOUT_WORDS
        ]
        self.max_line_chars = max_line_chars
        self.headline_list_lines = headline_list_lines
        stamp_words = [p for name, p in vocab.boilerplate if name == "stamp_word"]
        self.stamp = stamp_pattern(vocab.months, stamp_words)

    def __call__(self, view) -> list[Span]:
        text = view.text
        lines: list[tuple[int, str, bool]] = []  # (start, stripped line, blank line before)
        blank_before = False
        for m in LINE.finditer(text):
            raw = m.group(0)
            line = raw.strip()
            if not line:
                blank_before = True
                if m.end() >= len(text):
                    break
                continue
            lines.append((m.start() + (len(raw) - len(raw.lstrip())), line, blank_before))
            blank_before = False
        names: list[str | None] = []
        teasers = False
        for _, line, blank in lines:
            name = self.furniture(line)
            # the story resumes at a line that reads as its sentence
            if name is None and teasers and not blank and not story_line(line):
                name = "teaser_headline"
            names.append(name)
            teasers = name in TEASER_LEADS
        start = self.story_start(lines, names)
        self.related_lists(lines, names, start)
        self.headline_lists(lines, names, start)
        self.quoted_titles(lines, names, start)
        repeated = view.repeated
        if repeated:
            for i in range(start + 1, len(lines)):
                line = lines[i][1]
                if names[i] is None and line_key(line) in repeated and not story_line(line):
                    names[i] = "repeated_line"
        return [
            Span(s, s + len(line), "BOILERPLATE", f"boilerplate.{name}")
            for (s, line, _), name in zip(lines, names, strict=True)
            if name is not None
        ]

    def furniture(self, line: str) -> str | None:
        """The name of the boilerplate pattern a short line is, if any."""
        if len(line) > self.max_line_chars:
            return None
        return next((n for n, regex in self.patterns if regex.fullmatch(line)), None)

    def story_start(self, lines: list[tuple[int, str, bool]], names: list) -> int:
        """The index of the first line that reads as a sentence of the story (and is not
        furniture by pattern); len(lines) if none does. Above it stand the page's own
        headline, kicker, byline and date: never furniture by layout or repetition."""
        return next(
            (i for i, (_, line, _) in enumerate(lines) if names[i] is None and story_line(line)),
            len(lines),
        )

    def headline_like(self, line: str) -> bool:
        """A line that reads as a headline: short, of a few words, beginning as a title
        begins (not a lower-case continuation), without the punctuation that ends a
        sentence or leads into a list."""
        return (
            len(line) <= HEADLINE_MAX_CHARS
            and not HEADLINE_END.search(line)
            and not INNER_SENTENCE_END.search(line)
            and not line[:1].islower()
            and words(line, lettered=True) >= HEADLINE_MIN_WORDS
        )

    def is_stamp(self, line: str) -> bool:
        """A line that is only a date or time ("June 9, 2026", "3 hours ago", "10:42")."""
        return len(line) <= STAMP_MAX_CHARS and bool(self.stamp.fullmatch(line))

    def related_lists(self, lines, names: list, start: int) -> None:
        """Below the story's start, the headlines after a heading of a list of other
        stories ("Related", "Most read") are teasers across blank lines too, as long as they
        read as headlines, date stamps or furniture; the first line that does not (the story
        resuming, a footer's sentence) ends the list."""
        i = start + 1
        while i < len(lines):
            if names[i] not in RELATED_LEADS:
                i += 1
                continue
            j = i + 1
            while j < len(lines):
                line = lines[j][1]
                if names[j] is None and (self.headline_like(line) or self.is_stamp(line)):
                    names[j] = "teaser_headline"
                elif names[j] is None:
                    break
                j += 1
            i = j

    def headline_lists(self, lines, names: list, start: int) -> None:
        """Below the story's start, a run of lines that read as headlines (date stamps
        between them allowed) is a list of other stories (a sidebar, a "latest news" block,
        a menu) when it has `headline_list_lines` different headlines, or two and two date
        stamps (headlines listed with their dates). The page's own headline printed twice
        with its date is not a list. A run inside a list the story leads into ("Seized
        were:" and its items) is the story's own, never furniture."""
        i = start + 1
        while i < len(lines):
            j, headlines, stamps = i, set(), 0
            while j < len(lines) and names[j] is None:
                line = lines[j][1]
                if self.is_stamp(line):
                    stamps += 1
                elif self.headline_like(line):
                    headlines.add(line_key(line))
                else:
                    break
                j += 1
            listed = len(headlines) >= self.headline_list_lines or (
                len(headlines) >= 2 and stamps >= 2
            )
            if listed and not self.in_story_list(lines, i):
                for k in range(i, j):
                    names[k] = "headline_list"
            i = max(j, i + 1)

    def quoted_titles(self, lines, names: list, start: int) -> None:
        """Below the story's start, a line that reads as a headline and stands in quotation
        marks opened at the end of the line before and closed at the start of the line
        after (a link's text on a line of its own) is the title of another story or
        release the text points to ("see the release titled “…”"), not a statement of this
        one; a comma before its closing mark belongs to the sentence around it."""
        for i in range(max(start + 1, 1), len(lines) - 1):
            line = lines[i][1]
            if names[i] is not None or lines[i][2] or lines[i + 1][2]:
                continue
            opened = OPENING_QUOTE_END.search(lines[i - 1][1])
            closed = CLOSING_QUOTE_START.match(lines[i + 1][1])
            if opened and closed and self.headline_like(line.rstrip(",;")):
                names[i] = "quoted_title"

    @staticmethod
    def in_story_list(lines, i: int) -> bool:
        """Whether line `i` stands in a list the story leads into: the line before it, or
        before the bullet items just above it, ends in ':' ',' ';' or 'and'/'or'."""
        k = i - 1
        while k >= 0 and BULLET.match(lines[k][1]):
            k -= 1
        return k >= 0 and LIST_LEAD.search(lines[k][1]) is not None


def words(line: str, lettered: bool = False) -> int:
    """How many words a line has (with `lettered`, only words with a letter: a stamp's
    numerals are not words); in a script written without spaces, one word a few
    characters."""
    tokens = line.split()
    if lettered:
        tokens = [t for t in tokens if LETTER.search(t)]
    if len(tokens) > 1:
        return len(tokens)
    # the first characters suffice to tell a headline's or a sentence's few words
    return len(LETTER.findall(line[:WORD_COUNT_CHARS])) // UNSPACED_WORD_CHARS


def story_line(line: str) -> bool:
    """A line that reads as a sentence of a story: several words, and the punctuation that
    ends a sentence at its end."""
    return bool(SENTENCE_END.search(line)) and words(line) >= STORY_MIN_WORDS


def line_key(line: str) -> bytes:
    """A line as it is compared across documents: case and runs of blanks folded, hashed
    (8 bytes a line are what a run's count holds)."""
    folded = " ".join(line.lower().split())
    return hashlib.blake2b(folded.encode(), digest_size=8).digest()


def furniture_candidates(text: str, max_line_chars: int) -> set[bytes]:
    """The keys of a text's lines that could be site furniture: short, and not sentences of
    a story."""
    out = set()
    for line in LINE_BREAK.split(text):
        line = line.strip()
        if line and len(line) <= max_line_chars and not story_line(line):
            out.add(line_key(line))
    return out


def stamp_pattern(months: dict[str, int], stamp_words: list[str]) -> re.Pattern:
    """A line that is only a date, time or age stamp, with a numeral in it: numerals
    (2024-04-06, 10:42, 15,), the language's month names and the words of stamps."""
    month = alternation(list(months), escape=True) or r"(?!)"
    word = "|".join(f"(?:{w})" for w in stamp_words) or r"(?!)"
    token = r"(?:\d{1,4}(?:[-./:]\d{1,4}){0,2}(?:st|nd|rd|th)?|(?:%s)\b|(?:%s)\b)" % (month, word)
    return re.compile(
        r"(?=[^\d]*\d)(?:%s\s*)?%s(?:[\s,.:\-|/–—]+%s){0,7}[.|]?" % (BULLET.pattern, token, token),
        re.IGNORECASE,
    )


def repeated_lines(texts, min_documents: int, max_line_chars: int) -> frozenset[bytes]:
    """The lines (as `line_key`s) that recur in `min_documents` or more of the texts and do
    not read as sentences of a story: a site's navigation and teaser blocks. Counted once a
    document, over the whole run, so a document's furniture never depends on how the run is
    partitioned."""
    seen: Counter = Counter()
    for text in texts:
        seen.update(furniture_candidates(text, max_line_chars))
    return frozenset(k for k, n in seen.items() if n >= min_documents)


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
            if LIST_LEAD.search(before):
                return not blank or bool(item) or is_count_item(text, boundary.end())
            return next_item_of_a_list(text, before, boundary, blank)
        return bool(self.abbreviation_before.search(before))


# A bullet item line, and a line that leads into a list (ends in ':'), inside a sentence.
BULLET_LINE = re.compile(r"[ \t]*[•\-*–·▪◦]")
LEAD_LINE = re.compile(r":[ \t]*(?:\r?\n|\r)")


# An inventory line: a count, then what it counts ("04 terminales móviles", "3 laptops"),
# short, as police releases list what they seized.
COUNT_ITEM = re.compile(r"[ \t]*\d[\d.,]*[ \t]+[^\W\d_]")
ITEM_MAX_CHARS = 80


def is_count_item(text: str, start: int) -> bool:
    """A short line from `start` that opens with a count and a word."""
    if not COUNT_ITEM.match(text, start):
        return False
    end = LINE_BREAK.search(text, start)
    return (end.start() if end else len(text)) - start <= ITEM_MAX_CHARS


def is_item_line(text: str, start: int) -> bool:
    return bool(BULLET_LINE.match(text, start)) or is_count_item(text, start)


def next_item_of_a_list(text: str, before: str, boundary: re.Match, blank: bool) -> bool:
    """'… ont permis la saisie de :' then '- 122 ordinateurs', '- 152 smartphones', or
    'Entre los objetos incautados constan:' then '04 terminales móviles', '02 laptops' (one
    line each, blank lines between): the items after the first of a list still belong to the
    sentence that led into it (its verb counts them all), so an item line runs on into the
    next item line once the sentence holds the line that led into the list. Across a blank
    line only from a short inventory line to the next."""
    lines = LINE_BREAK.split(before)
    if len(lines) < 2 or not LEAD_LINE.search(before):
        return False
    last = lines[-1]
    if blank:
        return (
            bool(COUNT_ITEM.match(last))
            and len(last) <= ITEM_MAX_CHARS
            and (is_count_item(text, boundary.end()))
        )
    return bool(BULLET_LINE.match(last) or COUNT_ITEM.match(last)) and is_item_line(
        text, boundary.end()
    )
