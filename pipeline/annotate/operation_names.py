"""Operation names: a document's view → OPERATION spans ("Operation Blue Harbour", "Op.
Sunrise II", "Project Arachnid", "l'opération « Pacifier »").

A name is a head word of the shared vocabulary (`vocab/operation_names.csv`, kind `head`)
followed, on the same line, by a proper name: capitalised words (a roman numeral may follow
them), or words in quotes. Three constructions look like one and are not:

- `not_a_name`: the first word after the head is a title or a common noun that capitals make
  look like a name ("Project Director", "Operation Center"), from the same file;
- a word that is no name's first word: "the operation of", "Project of";
- a title-case line (a headline whose long words are all capitalised): capitals there are the
  style, not a name ("Multi-Agency Operation Nets 20 Arrests", "Operation Allegedly Took").
  A name on such a line stands only as far as the document's other lines confirm it: the
  longest run of its first words that the document names on a line in sentence case; with
  none it is no name. Words in quotes are a name on any line.

A head in lower case ("l'opération", "la operación") is followed by a name only in quotes:
capitalised words after it are as often an agency ("une opération Europol").

An operation may also be given its name by a participle, in quotes: "the four-day
operation, codenamed “Night Owl”", "la operación, denominada “Guardianes de la Niñez 5”",
"a operação, batizada de “DirtyNet”": the language's word for an operation
(`operation_words`), a naming participle (`naming` in the same file), then the quoted name.

Rules: `operation.named` (sentence case), `operation.quoted`, `operation.headline_confirmed`,
`operation.dubbed`.
"""

from __future__ import annotations

import re

from pipeline.annotate.recogniser import Recogniser
from pipeline.annotate.span import Span
from pipeline.names import QUOTE_CHARS
from pipeline.vocab import Vocabulary, alternation

# A capitalised word of a name, in Latin scripts ("Blue", "K-Fraud", "Ángel", "O'Brien").
CAPITALISED = r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĘĚŁŃŇŐŘŚŠŤŮŰŹŻŽ][\w'’-]{0,40}"
ROMAN = r"[IVX]+\b"
# Words in quotes of any style ("…", “…”, «…», ‘…’, '…', „…“); at most six words.
QUOTED = r"(?:\"|“|«|‘|'|„)\s?([^\s\"“”«»‘’'„][^\"“”«»‘’'„\n]{0,60}?)\s?(?:\"|”|»|’|'|“)"
NAME_WORD = re.compile(r"[^\s]+")
POSSESSIVE = re.compile(r"['’]s$")
LONG_WORD = re.compile(r"[^\W\d_]{4,}")
# A line is in title case when at least this share of its long words (four letters or more)
# begin with a capital, and it has at least `TITLE_CASE_MIN_WORDS` of them.
TITLE_CASE_SHARE = 0.8
TITLE_CASE_MIN_WORDS = 3
OPENING_QUOTES = frozenset("\"“«‘'„")
CLOSING_QUOTES = frozenset("\"”»’'“")


def operation_name_pattern(heads: list[str]) -> re.Pattern:
    """A head and the name after it: group 1 the head, group 2 a quoted name, group 3 the
    capitalised words."""
    return re.compile(
        r"\b(%s)[ \t]+(?:%s|(%s(?:[ \t]+(?:%s|%s))*))"
        % (alternation(heads, escape=False), QUOTED, CAPITALISED, CAPITALISED, ROMAN)
    )


def dubbed_name_pattern(
    operation_words: list[str], naming: list[str], qualifying: list[str]
) -> re.Pattern | None:
    """An operation word (perhaps with one or two `qualifying` adjectives after it:
    "operación internacional"), then a quoted name, perhaps after a naming participle
    (group 1), or a naming participle and capitalised words, short lower-case words allowed
    between them ("denominado Guardianes de la Niñez V", group 2)."""
    if not operation_words or not naming:
        return None
    words = alternation(operation_words, escape=False)
    participles = alternation(naming, escape=False)
    adjectives = alternation(qualifying, escape=False) if qualifying else r"(?!)"
    unquoted = r"%s(?:[ \t]+(?:[a-zà-ÿ]{1,4}[ \t]+){0,2}(?:%s|%s|\d+\b)){0,6}" % (
        CAPITALISED,
        CAPITALISED,
        ROMAN,
    )
    return re.compile(
        r"(?i:\b(?:%s)\b)(?:[ \t]+(?i:%s)\b){0,2}[ \t]*,?[ \t]+"
        r"(?:(?:(?i:%s)[ \t]+)?%s|(?i:%s)[ \t]+(%s))"
        % (words, adjectives, participles, QUOTED, participles, unquoted)
    )


def name_words(m: re.Match, group: int) -> list[tuple[int, int]]:
    """The (start, end) of each word of a name, up to a possessive ("Project Kinship's
    Santa Ana office" → "Kinship") and without a closing quote or apostrophe the capitalised
    words took in ("‘Operation Red Zone’" → "Red Zone")."""
    words = []
    base = m.start(group)
    for w in NAME_WORD.finditer(m.group(group)):
        start, word = base + w.start(), w.group()
        possessive = POSSESSIVE.search(word)
        if possessive:
            words.append((start, start + possessive.start()))
            break
        words.append((start, start + len(word)))
    if words:  # only the last word: "Smokin’ Aces" keeps its apostrophe
        start, end = words[-1]
        words[-1] = (start, start + len(m.string[start:end].rstrip(QUOTE_CHARS)))
    return [(start, end) for start, end in words if end > start]


def is_title_case(line: str) -> bool:
    """Whether a line is written in title case (or capitals): most long words capitalised."""
    words = LONG_WORD.findall(line)
    if len(words) < TITLE_CASE_MIN_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= TITLE_CASE_SHARE * len(words)


class OperationNames(Recogniser):
    """OPERATION: the proper names of operations (see the module docstring)."""

    name = "operation_names"
    assigns = ("OPERATION",)
    needs = frozenset({"text", "matches"})

    def __init__(self, vocab: Vocabulary):
        self.pattern = operation_name_pattern(vocab.operation_name_heads)
        self.stops = re.compile(
            r"(?:%s)\b" % alternation(vocab.operation_name_stops, escape=False), re.IGNORECASE
        )
        self.dubbed = dubbed_name_pattern(
            vocab.operation_words, vocab.operation_naming, vocab.operation_qualifying
        )
        self.gated = (self.pattern,) + ((self.dubbed,) if self.dubbed else ())

    def __call__(self, view) -> list[Span]:
        text = view.text
        candidates = []  # (match, words: [(start, end)], quoted, on a title-case line)
        title_lines: dict[int, bool] = {}
        for m in view.matches(self.pattern):
            quoted = m.group(2) is not None
            group = 2 if quoted else 3
            if not quoted and (m.group(1)[0].islower() or self.stops.match(m.group(3))):
                continue  # "une opération Europol": a lower-case head names only in quotes
            line_start = text.rfind("\n", 0, m.start()) + 1
            if line_start not in title_lines:
                line_end = text.find("\n", m.end())
                title_lines[line_start] = is_title_case(
                    text[line_start : line_end if line_end >= 0 else len(text)]
                )
            words = name_words(m, group)
            if not words:
                continue
            # '"Operation Lantern" Led To …': the whole name in quotes is a name anywhere
            quoted = quoted or (
                text[m.start() - 1 : m.start()] in OPENING_QUOTES
                and text[words[-1][1] : words[-1][1] + 1] in CLOSING_QUOTES
                and m.start() > 0
            )
            candidates.append((m, words, quoted, title_lines[line_start] and not quoted))
        confirmed = {
            tuple(text[s:e].casefold() for s, e in words)
            for _, words, _, in_headline in candidates
            if not in_headline
        }
        out = []
        for m, words, quoted, in_headline in candidates:
            rule = "operation.quoted" if quoted else "operation.named"
            if in_headline:
                words = self._confirmed_prefix(text, words, confirmed)
                if not words:
                    continue
                rule = "operation.headline_confirmed"
            name = m.group(1) + " " + " ".join(text[s:e] for s, e in words)
            end = m.end() if m.group(2) is not None else words[-1][1]
            out.append(Span(m.start(), end, "OPERATION", rule, value_str=name))
        return out + self.dubbed_names(view, out)

    def dubbed_names(self, view, found: list[Span]) -> list[Span]:
        """Names given by a participle ("an operation, codenamed “Night Owl”"), where no
        headed name stands at the same words."""
        if self.dubbed is None:
            return []
        out = []
        for m in view.matches(self.dubbed):
            group = 1 if m.group(1) is not None else 2
            start, end = m.start(group), m.end(group)
            if any(s.start < end and start < s.end for s in found):
                continue
            name = view.text[start:end].strip()
            if name[:1].islower():
                continue  # "a sting, called “a success” by the chief": no name
            out.append(Span(start, end, "OPERATION", "operation.dubbed", value_str=name))
        return out

    @staticmethod
    def _confirmed_prefix(text: str, words: list, confirmed: set) -> list:
        """The longest run of a headline name's first words that the document names
        elsewhere in sentence case; empty if none."""
        folded = [text[s:e].casefold() for s, e in words]
        for k in range(len(words), 0, -1):
            if tuple(folded[:k]) in confirmed:
                return words[:k]
        return []
