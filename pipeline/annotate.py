"""Stage 2, annotate: documents → spans (exact offsets, label, normalised value, rule).

Recognisers run over each document's verbatim text and each emits spans of one kind. The
order matters only for numbers: a digit run that a more specific recogniser claims (a date, a
year, a percentage, an age, a duration, money, a statute, a name like "Covid-19", a
boilerplate line) is not a count, and its NUMBER candidate is dropped and counted by reason.
Every pattern names the construction it catches; vocabularies come from `pipeline/vocab/`.
"""

from __future__ import annotations

import bisect
import calendar
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache

import pandas as pd

from pipeline.engine import DocumentCache, map_partitions, rules_version
from pipeline.params import AnnotateParams, EngineParams
from pipeline.schemas import Documents, Spans, frame
from pipeline.vocab import Vocabulary, alternation, load_vocabulary
from pipeline.wordgate import WordGate, fold_text

# Labels whose spans claim the digits inside them: such digits are never counts.
CLAIMING_LABELS = (
    "BOILERPLATE", "LEGAL_PROVISION", "DATE", "DATE_RANGE", "YEAR", "PERCENT", "FRACTION",
    "AGE_INDIVIDUAL", "AGE_RANGE", "AGE_BAND", "DURATION", "MONEY", "NOT_A_COUNT", "ORDINAL",
)  # fmt: skip

MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
MONTH = r"(?:%s)\.?" % alternation([m.capitalize() for m in MONTHS], escape=True)

# One date: "12 June 2024", "June 12th", "mid-March", "the end of May 2023" (a bare month
# name is rejected by the recogniser). Dates start where a word does.
_DAY_MONTH = rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH})"
_MONTH_DAY = rf"(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
_MONTH_ONLY = rf"(?:the\s+end\s+of\s+|early\s+|mid-?|late\s+)?(?P<m3>{MONTH})"
_ONE_DATE = rf"\b(?:{_DAY_MONTH}|{_MONTH_DAY}|{_MONTH_ONLY})(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
DATE_SINGLE = re.compile(_ONE_DATE)
# "3 to 5 June", "between 1 and 4 March 2024"
DATE_DAY_RANGE = re.compile(
    rf"(?:\b(?:between|from)\s+)?\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|and|-|–)\s*"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH})(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
)
# "from 1 May to 30 June 2024", "March–April 2025"
DATE_RANGE = re.compile(
    rf"(?:\b(?:between|from)\s+)?(?P<a>{_ONE_DATE.replace('?P<', '?P<a_')})"
    rf"\s*(?:and|to|until|till|through|–|-)\s*(?P<b>{_ONE_DATE.replace('?P<', '?P<b_')})"
)

SCALE_WORD_AT_END = re.compile(r"\s*(million|billion|thousand|mn|bn|m|k)$", re.IGNORECASE)
# No count runs to this many characters: longer digit or word runs are data, not figures.
MAX_NUMBER_CHARS = 40
DOT_GROUPED = r"\d{1,3}(?:\.\d{3})+"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALE_SUFFIX = r"(?:\s*(?:million|billion|thousand|mn|bn|m|k)\b)?"


SECTION_ID = r"\d+[A-Z]{0,3}(?:\(\w{1,4}\))*"
LEGAL_SECTION = re.compile(
    r"\b(?P<kw>Sections?|ss?\.|Articles?|Art\.|Paragraphs?|Para\.|Chapter|Rules?)\s*"
    rf"(?P<ids>{SECTION_ID}(?:\s*(?:–|-|to|and|or|,|&)\s*{SECTION_ID})*)"
    r"(?:(?:,\s*|\s+of\s+(?:the\s+)?)(?P<act>(?:[A-Z][\w'-]*\s+(?:of\s+|and\s+|the\s+)*){0,8}"
    r"(?:Act|Code|Ordinance|Law|Decree|Regulations?)(?:\s+(?:\(\w+\)\s+)?\d{4})?))?"
)
STATUTE_WITH_YEAR = re.compile(
    r"\b(?:[A-Z][\w'-]*\s+(?:of\s+|and\s+|the\s+)*){1,8}(?:Act|Code|Ordinance|Law|Decree)"
    r"(?:\s+\(\w+\))?\s+\d{4}\b"
)


def expand_sections(ids: str, limit: int = 50) -> list[str]:
    """'377BG–377BK' → 377BG, 377BH, 377BI, 377BJ, 377BK; '12 to 15' → 12, 13, 14, 15; a
    list keeps its items. Ranges of other shapes, or longer than `limit`, stay as written."""
    out: list[str] = []
    tokens = re.split(r"\s*(–|-|\bto\b|\band\b|\bor\b|,|&)\s*", ids.strip())
    items, ops = tokens[0::2], tokens[1::2]
    i = 0
    while i < len(items):
        first = items[i]
        if i < len(ops) and ops[i] in ("–", "-", "to") and i + 1 < len(items):
            out.extend(_section_range(first, items[i + 1], limit))
            i += 2
            continue
        out.append(first)
        i += 1
    return list(dict.fromkeys(out))


def _section_range(first: str, last: str, limit: int) -> list[str]:
    a = re.fullmatch(r"(\d+)([A-Z]*)", first)
    b = re.fullmatch(r"(\d+)([A-Z]*)", last)
    if a and b and a.group(1) == b.group(1) and len(a.group(2)) == len(b.group(2)) > 0:
        stem, lo, hi = a.group(2)[:-1], a.group(2)[-1], b.group(2)[-1]
        if b.group(2)[:-1] == stem and lo <= hi:
            return [f"{a.group(1)}{stem}{chr(c)}" for c in range(ord(lo), ord(hi) + 1)]
    if a and b and not a.group(2) and not b.group(2):
        lo, hi = int(a.group(1)), int(b.group(1))
        if lo <= hi and hi - lo < limit:
            return [str(n) for n in range(lo, hi + 1)]
    return [first, last]


LIST_ITEM = re.compile(r"[ \t]*(?:[•\-*–·▪◦]|\d{1,2}[.)]\s|[a-z])")
# A list of counts before a word: "25 men and one woman", "three girls, one boy".
LIST_OF_COUNTS_BEFORE = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b)[\w\s'-]*?"
    r"(?:,|\band|\bincluding|\bamong\s+them)\s+$",
    re.IGNORECASE,
)
# A place opening a line as a dateline: in capitals before ':' ',' or a dash ("PRETORIA –"),
# or in title case before a date ("Madrid, 12 June 2024.").
DATELINE = re.compile(
    r"(?m)^[ \t]*(?:([^\W\d_a-z][^\W\da-z]*(?: [^\W\d_a-z][^\W\da-z]*){0,3})"
    r"(?=(?:\s*\([^()\n]{1,30}\))?(?:[:,]\s|\s+[–—-]\s))"
    r"|([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})(?=,\s+(?:\d{1,2}\s+)?%s))" % MONTH
)
ORDINAL_WORDS = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|hundredth)\b",
    re.IGNORECASE,
)
YEAR_FOUR_DIGIT = re.compile(r"(?<![\w.,$€£¥-])(?:19|20)\d\d(?:s)?(?![\w,]|\.\d)")
FRACTION = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|a)[\s-]+"
    r"(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
    r"|\d+/\d+)\b",
    re.IGNORECASE,
)
CLOCK_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?!\d)|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)", re.IGNORECASE
)
PHONE = re.compile(r"(?<!\w)\+?\d{1,4}(?:[ -]\d{2,4}){2,5}(?!\w)")
NAME_WITH_DIGITS = re.compile(
    r"\b[A-Za-z]+-\d+[A-Za-z]*\b|\b[A-Z]+\d+[A-Za-z]*\b|\b\d+[A-Z][A-Za-z]*\b"
)
ORDINAL_DIGITS = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DATE = re.compile(
    r"\b(?:(?P<rel>last|this|next|earlier\s+this|later\s+this)\s+(?P<unit>year|month|week)"
    r"|(?P<day>yesterday|today)"
    r"|on\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE,
)


def relative_dates(text: str, published: date | None, matches=None) -> list[Span]:
    """'last year', 'this month', 'on Saturday', 'yesterday': resolved against the publication
    date when it is known (a weekday is the latest such day not after publication)."""
    from datetime import timedelta

    out = []
    found = RELATIVE_DATE.finditer(text) if matches is None else matches
    for m in found:
        value, label = None, "DATE"
        if published is not None:
            if m.group("weekday"):
                back = (published.weekday() - WEEKDAYS.index(m.group("weekday").lower())) % 7
                value = (published - timedelta(days=back)).isoformat()
            elif m.group("day"):
                back = 1 if m.group("day").lower() == "yesterday" else 0
                value = (published - timedelta(days=back)).isoformat()
            else:
                rel, unit = m.group("rel").lower().split()[0], m.group("unit").lower()
                shift = {"last": -1, "next": 1}.get(rel, 0)
                label = "DATE_RANGE"
                if unit == "year":
                    year = published.year + shift
                    value = f"{year}-01-01/{year}-12-31"
                elif unit == "month":
                    month_index = published.year * 12 + published.month - 1 + shift
                    year, month = divmod(month_index, 12)
                    month += 1
                    last = calendar.monthrange(year, month)[1]
                    value = f"{year}-{month:02d}-01/{year}-{month:02d}-{last:02d}"
                else:
                    monday = (
                        published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
                    )
                    value = f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
        elif m.group("unit"):
            label = "DATE_RANGE"
        out.append(Span(m.start(), m.end(), label, "date.relative", value_str=value))
    return out


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    rule: str
    value_num: float | None = None
    value_str: str | None = None


def span_id(doc_id: str, start: int, end: int, label: str, rule: str) -> str:
    """Stable id from content: same document, place, label and rule → same id."""
    key = f"{doc_id}\x1f{start}\x1f{end}\x1f{label}\x1f{rule}".encode()
    return "s_" + hashlib.sha256(key).hexdigest()[:16]


def _parse_iso(year: int | None, month: int, day: int | None, *, end: bool) -> str | None:
    if year is None:
        return None
    last = calendar.monthrange(year, month)[1]
    day = day if day is not None else (last if end else 1)
    if not 1 <= day <= last:
        return None
    return date(year, month, day).isoformat()


class Annotator:
    """Compiled recognisers for one vocabulary; `spans(text)` is pure."""

    def __init__(self, vocab: Vocabulary, params: AnnotateParams):
        self.vocab, self.params = vocab, params
        words = vocab.number_words
        small = [w for w, (_, kind) in words.items() if kind in ("unit", "teen", "tens")]
        scales = [w for w, (_, kind) in words.items() if kind == "scale"]
        vague = [w for w, (_, kind) in words.items() if kind == "vague"]
        self.number_word_re = re.compile(
            r"\b(?:(?:a|one)\s+dozen|(?:%(small)s)(?:[\s-]+(?:and\s+)?(?:%(small)s|%(scale)s|dozen))*"
            r"|(?:tens|hundreds)\s+of\s+(?:thousands|millions)(?=\s+of\b)"
            r"|(?:%(vague)s)(?=\s+of\b))\b"
            % {
                "small": alternation(small, escape=True),
                "scale": alternation(scales, escape=True),
                "vague": alternation(vague, escape=True),
            },
            re.IGNORECASE,
        )
        self.digit_re = re.compile(
            r"(?<![\w.,/-])(?:%s)%s(?![\w/]|[.,]\d)" % (DIGITS, SCALE_SUFFIX), re.IGNORECASE
        )
        number_any = r"(?:%s|%s)" % (DIGITS, self.number_word_re.pattern[2:-2])
        self.number_any = number_any
        self.token_re = re.compile(
            r"(?<![\w.,])(?:%s)|%s" % (DIGITS, self.number_word_re.pattern), re.IGNORECASE
        )
        n = number_any
        self.after_token = {
            "percent": re.compile(r"\s*(?:%|per\s?cent\b|percent\b|pc\b)", re.IGNORECASE),
            "duration": re.compile(
                r"(?:\s+|-)(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|yrs?)"
                r"(?:[’']s?)?(?:-long)?\b(?![\s-]+old)",
                re.IGNORECASE,
            ),
            "units_old": re.compile(
                r"[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old\b", re.IGNORECASE
            ),
            "range_years_old": re.compile(
                rf"\s*(?:to|-|–)\s*(?P<b>{n})\s+years?\s+old", re.IGNORECASE
            ),
        }
        self.qualifier_re = re.compile(
            r"\b(%s)\s+(?=(?:%s))" % (alternation(vocab.qualifiers, escape=True), number_any),
            re.IGNORECASE,
        )
        self.recognisers = [
            self._boilerplate,
            self._sentences,
            self._figure_windows,
            self._legal_provisions,
            self._dates,
            self._years,
            self._percent_fraction_time,
            self._ages,
            self._durations,
            self._money,
            self._names_with_digits,
            self._ordinals,
            self._vocabulary_spans,
        ]
        self._compile_vocabulary()
        self._compile_ages()
        # every pattern looked for in the sentences of reporting length (`_short`), gated
        # together: the text is read once for word starts
        short_patterns = [
            self.token_re, self.digit_re, self.number_word_re, self.money_prefix_re,
            self.money_word_re, self.operation_name_re, YEAR_FOUR_DIGIT, FRACTION, CLOCK_TIME,
            PHONE, NAME_WITH_DIGITS, ORDINAL_WORDS, ORDINAL_DIGITS, LEGAL_SECTION,
            STATUTE_WITH_YEAR, DATE_SINGLE, DATE_DAY_RANGE, DATE_RANGE, RELATIVE_DATE,
            *(p for _, p in self.age_ranges), self.age_band,
            *(p for p, _ in self.age_open_bands), *(p for _, p in self.age_single),
            *(p for p in (*self.jurisdiction_res[:2], *self.agency_res[:2]) if p is not None),
        ]  # fmt: skip
        self.short_gate = WordGate([(p, p) for p in short_patterns])
        self.short_gate_keys = set(short_patterns)

    # --- vocabulary-driven recognisers -----------------------------------------------------

    def _compile_vocabulary(self) -> None:
        v = self.vocab

        def phrase_table(df, value_col):
            sensitive = df[df.case_sensitive == "true"]
            insensitive = df[df.case_sensitive != "true"]
            table = {}
            for row in df.itertuples():
                key = row.alias if row.case_sensitive == "true" else row.alias.lower()
                table.setdefault(key, getattr(row, value_col))
            return (
                phrase_regex(sensitive.alias) if len(sensitive) else None,
                phrase_regex(insensitive.alias.str.lower(), re.IGNORECASE)
                if len(insensitive)
                else None,
                table,
            )

        self.jurisdiction_res = phrase_table(v.jurisdictions, "code")
        # Datelines are written in capitals: match them ignoring case ("RIO DE JANEIRO").
        self.place_by_folded_name = {}
        for row in v.jurisdictions.itertuples(index=False):
            self.place_by_folded_name.setdefault(row.alias.casefold(), row.code)
        agencies = v.agencies.assign(
            value=v.agencies.agency_id + "@" + v.agencies.jurisdiction.fillna("")
        )
        self.agency_res = phrase_table(agencies, "value")
        # triggers, platforms and roles: each pattern finds its own matches; counted nouns:
        # one alternation, the first noun that fits wins (the file's order decides)
        self.noun_rows = list(v.counted_nouns.itertuples(index=False))
        families = [
            (("TRIGGER", "trigger", event), re.compile(r"\b(?:%s)\b" % pattern, re.IGNORECASE))
            for event, pattern in v.events
        ]
        families += [
            (
                ("PLATFORM", "platform", row.platform),
                re.compile(
                    r"(?<!\w)(?:%s)(?!\w)" % row.pattern,
                    0 if row.case_sensitive == "true" else re.IGNORECASE,
                ),
            )
            for row in v.platforms.itertuples(index=False)
        ]
        families += [
            (("ROLE", "role", role), re.compile(r"\b(?:%s)\b" % pattern, re.IGNORECASE))
            for role, pattern in v.roles
        ]
        self.vocabulary_gate = WordGate(families + [(("QUALIFIER", None, None), self.qualifier_re)])
        self.noun_gate = WordGate(
            [
                (row, re.compile(r"\b(?:%s)\b" % row.pattern, re.IGNORECASE))
                for row in self.noun_rows
            ],
            first_only=True,
        )
        self.operation_name_re = re.compile(
            r"\b(?:Operation|Op\.?|Project)\s+((?:[A-Z][\w'-]*|of|the)(?:\s+(?:[A-Z][\w'-]*|[IVX]+\b))*)"
        )
        self.statute_res = [
            (re.compile(pattern, re.IGNORECASE), code) for pattern, code in v.statutes
        ]
        self.boilerplate_re = [
            (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in v.boilerplate
        ]
        currencies = v.currencies
        prefixes = currencies[currencies.position == "prefix"]
        words = currencies[currencies.position.isin(["word", "suffix"])]
        self.currency_table = {
            (
                row.position,
                row.alias if row.case_sensitive == "true" else row.alias.lower(),
            ): row.code
            for row in currencies.itertuples()
        }
        self.money_prefix_re = re.compile(
            r"(?<![\w$])(%s)\s?(%s)%s"
            % (alternation(prefixes.alias, escape=True), DIGITS, SCALE_SUFFIX)
        )
        self.money_word_re = re.compile(
            r"(?<![\w.,])((?>%s))%s\s?(%s)(?!\w)"
            % (DIGITS, SCALE_SUFFIX, alternation(words.alias, escape=True)),
            re.IGNORECASE,
        )

    def _matches(self, text: str, doc: dict, regex: re.Pattern) -> list[re.Match]:
        """The matches of one of the gated patterns in the document's `_short` windows, as
        `finditer` window by window would give them; all are found in one reading."""
        found = doc.get("_short_matches")
        if found is None:
            found = {}
            for key, m in self.short_gate.finditer(text, doc["_short"], self._folded(text, doc)):
                found.setdefault(key, []).append(m)
            doc["_short_matches"] = found
        if regex not in self.short_gate_keys:
            raise KeyError(f"pattern not gated for sentences: {regex.pattern[:60]}")
        return found.get(regex, [])

    @staticmethod
    def _folded(text: str, doc: dict) -> str:
        if "_folded" not in doc:
            doc["_folded"] = fold_text(text)
        return doc["_folded"]

    def _phrase_spans(self, text, doc, compiled, label, rule):
        sensitive, insensitive, table = compiled
        found = []
        for regex, fold in ((sensitive, False), (insensitive, True)):
            if regex is None:
                continue
            for m in self._matches(text, doc, regex):
                key = m.group(0).lower() if fold else m.group(0)
                found.append(Span(m.start(), m.end(), label, rule, value_str=table.get(key)))
        return found

    def _datelines(self, text, windows):
        """'SINGAPORE: …', 'HONG KONG, March 3 (Reuters) –': a capitalised place opens a line."""
        out = []
        for m in _in_windows(DATELINE, text, windows):
            group = 1 if m.group(1) else 2
            code = self.place_by_folded_name.get(m.group(group).casefold())
            if code:
                out.append(
                    Span(
                        m.start(group),
                        m.end(group),
                        "JURISDICTION",
                        "jurisdiction.dateline",
                        value_str=code,
                    )
                )
        return out

    def _vocabulary_spans(self, text, doc):
        out = self._phrase_spans(
            text, doc, self.jurisdiction_res, "JURISDICTION", "jurisdiction.alias"
        )
        out += self._datelines(text, doc["_short"])
        out += self._phrase_spans(text, doc, self.agency_res, "AGENCY", "agency.alias")
        windows = doc["_windows"]
        folded = self._folded(text, doc)
        for (label, prefix, value), m in self.vocabulary_gate.finditer(text, windows, folded):
            if label == "QUALIFIER":
                q = self.vocab.qualifiers[re.sub(r"\s+", " ", m.group(1).lower())]
                out.append(Span(m.start(1), m.end(1), label, "qualifier.phrase", value_str=q))
                continue
            out.append(Span(m.start(), m.end(), label, f"{prefix}.{value}", value_str=value))
        for row, m in self.noun_gate.finditer(text, windows, folded):
            if isinstance(row.device, str):
                out.append(Span(m.start(), m.end(), "DEVICE", "device.noun", value_str=row.device))
            out.append(
                Span(
                    m.start(),
                    m.end(),
                    "COUNTED_NOUN",
                    f"noun.{row.noun_class}",
                    value_str=row.pattern,
                )
            )
        for m in self._matches(text, doc, self.operation_name_re):
            name = re.sub(r"\s+", " ", m.group(0)).strip()
            out.append(
                Span(
                    m.start(),
                    m.start() + len(m.group(0).rstrip()),
                    "OPERATION",
                    "operation.named",
                    value_str=name,
                )
            )
        return out

    # --- structural recognisers ---------------------------------------------------------------

    def _figure_windows(self, text, doc):
        """Where figures can stand. Numbers, dates, ages, money and statutes are looked for
        only in sentences no longer than a sentence of reporting can be (`_short`: runs of
        such sentences); triggers, counted nouns, roles, devices, platforms and qualifiers
        only in those of them that hold a number (`_windows`). The work is anchored on the
        few places a figure can stand, and a table, dump or attack of a megabyte without a
        full stop costs a scan, not a search."""
        short, windows, run = [], [], None
        limit = self.params.max_sentence_chars
        for s in doc["_found"]:
            if s.label != "SENTENCE":
                continue
            if s.end - s.start > limit:
                doc["_long_sentences"] = doc.get("_long_sentences", 0) + 1
                run = None
                continue
            if run is not None and short[-1][1] <= s.start:
                short[-1] = (short[-1][0], s.end)
            else:
                short.append((s.start, s.end))
            run = True
        doc["_short"] = short
        tokens = [(m.start(), m.end()) for m in self._matches(text, doc, self.token_re)]
        doc["_tokens"] = tokens
        starts = [start for start, _ in tokens]
        for s in doc["_found"]:
            if s.label != "SENTENCE" or s.end - s.start > limit:
                continue
            i = bisect.bisect_left(starts, s.start)
            if i < len(starts) and starts[i] < s.end:
                windows.append((s.start, s.end))
        doc["_windows"] = windows
        return []

    def _boilerplate(self, text, _doc):
        """Short lines that match a boilerplate pattern; and the teaser headlines that follow
        a "Read more" / "Related" line without a blank line between."""
        out = []
        teasers = False
        for m in re.finditer(r"[^\r\n]*(?:\r\n|\n|\r|$)", text):
            raw = m.group(0)
            line = raw.strip()
            if not line:
                teasers = False
                if m.end() >= len(text):
                    break
                continue
            start = m.start() + (len(raw) - len(raw.lstrip()))
            name = None
            if len(line) <= self.params.boilerplate_max_line_chars:
                name = next((n for n, regex in self.boilerplate_re if regex.fullmatch(line)), None)
            if name is None and teasers:
                name = "teaser_headline"
            if name is not None:
                out.append(Span(start, start + len(line), "BOILERPLATE", f"boilerplate.{name}"))
                teasers = name in ("read_more", "teaser", "teaser_headline")
            else:
                teasers = False
        return out

    def _sentences(self, text, _doc):
        """Sentences end at . ! ? before white space, or at a line break, except that a line
        ending in ':' ',' ';' or 'and'/'or' runs on into the next (a list of bullet items)."""
        out, start = [], 0
        boundary = re.compile(
            r"(?<=[.!?])[\"'”’)]*[ \t]+(?=[\"'“‘(]?[A-Z0-9•\-])"
            # from a line break (trailing blanks are trimmed below): a pattern that began with
            # [ \t]* would retry at every blank of a long run of spaces
            r"|(?:\r?\n|\r)(?:[ \t]*(?:\r?\n|\r))*"
        )
        abbreviations = re.compile(
            r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
            r"Gen|Col|Lt|Sgt|Insp|Supt|Det|Const|Ch|Art|ss?|U\.S|U\.K|e\.g|i\.e|vs|approx|[A-Z])\.)$"
        )
        for m in boundary.finditer(text):
            before = text[start : m.start()].rstrip()
            if not before:
                start = m.end()
                continue
            if "\n" in m.group(0) or "\r" in m.group(0):
                # a list runs on into its items; across a blank line only into items that
                # look like items (a bullet, a numbered or lower-case line), never into the
                # next paragraph
                blank = len(re.findall(r"\r\n|\n|\r", m.group(0))) > 1
                item = LIST_ITEM.match(text, m.end())
                if re.search(r"(?:[:,;]|\b(?:and|or))$", before) and (not blank or item):
                    continue
            elif abbreviations.search(before):
                continue
            out.append((start, start + len(before)))
            start = m.end()
        tail = text[start:].rstrip()
        if tail:
            out.append((start, start + len(tail)))
        return [Span(s, e, "SENTENCE", "sentence.punctuation_or_line") for s, e in out if e > s]

    def _legal_provisions(self, text, doc):
        """'Section 376A(2)', 'Sections 377BG–377BK of the Penal Code 1871', 'ss. 12-15',
        'Section 30, Films Act 1981', and statutes with a year ('Penal Code 1871'). The value
        lists every section a range covers, the act, and the act's jurisdiction if known."""
        out = []
        for m in self._matches(text, doc, LEGAL_SECTION):
            act = re.sub(r"\s+", " ", m.group("act")) if m.group("act") else None
            out.append(
                Span(
                    m.start(),
                    m.end(),
                    "LEGAL_PROVISION",
                    "legal.section",
                    value_str=self._provision_value(expand_sections(m.group("ids")), act),
                )
            )
        for m in self._matches(text, doc, STATUTE_WITH_YEAR):
            act = re.sub(r"\s+", " ", m.group(0))
            out.append(
                Span(
                    m.start(),
                    m.end(),
                    "LEGAL_PROVISION",
                    "legal.statute_year",
                    value_str=self._provision_value([], act),
                )
            )
        return out

    def _provision_value(self, sections: list[str], act: str | None) -> str:
        parts = []
        if sections:
            parts.append("sections=" + "|".join(sections))
        if act:
            parts.append(f"act={act}")
            for pattern, code in self.statute_res:
                if pattern.fullmatch(act):
                    parts.append(f"jurisdiction={code}")
                    break
        return ";".join(parts)

    def _dates(self, text, doc):
        published = doc.get("published_date")
        pub = date.fromisoformat(published) if isinstance(published, str) else None
        single = DATE_SINGLE

        def parse(m, end):
            month_txt = m.group("m1") or m.group("m2") or m.group("m3")
            month = MONTHS[month_txt.lower().rstrip(".")]
            day_txt = m.group("d1") or m.group("d2")
            day = int(day_txt) if day_txt else None
            year = int(m.group("y")) if m.group("y") else None
            return year, month, day, end

        def resolve(year, month, day, end, year_hint):
            if year is None:
                year = year_hint
            return _parse_iso(year, month, day, end=end)

        explicit_years = [
            (m.start(), int(m.group(0))) for m in re.finditer(r"\b(?:19|20)\d\d\b", text)
        ]

        def infer_year(month, position):
            # A date without a year is the latest such date not after publication; with no
            # publication date, the story's running year: the last year written before it.
            if pub is not None:
                return pub.year if month <= pub.month else pub.year - 1
            before = [y for p, y in explicit_years if p < position]
            return before[-1] if before else None

        out, covered = [], []
        for m in self._matches(text, doc, DATE_DAY_RANGE):
            month = MONTHS[m.group("m").lower().rstrip(".")]
            year = int(m.group("y")) if m.group("y") else infer_year(month, m.start())
            first = _parse_iso(year, month, int(m.group("d1")), end=False)
            last = _parse_iso(year, month, int(m.group("d2")), end=True)
            value = f"{first}/{last}" if first and last and first <= last else None
            out.append(Span(m.start(), m.end(), "DATE_RANGE", "date.day_range", value_str=value))
            covered.append((m.start(), m.end()))
        for m in self._matches(text, doc, DATE_RANGE):
            a = single.fullmatch(m.group("a"))
            b = single.fullmatch(m.group("b"))
            if not a or not b:
                continue
            ya, ma, da, _ = parse(a, False)
            yb, mb, db, _ = parse(b, True)
            hint_b = yb if yb is not None else (ya if ya is not None else infer_year(mb, m.start()))
            hint_a = ya if ya is not None else (hint_b - (1 if ma > mb else 0) if hint_b else None)
            start_iso = resolve(ya, ma, da, False, hint_a)
            end_iso = resolve(yb, mb, db, True, hint_b)
            if start_iso and end_iso and start_iso <= end_iso:
                value = f"{start_iso}/{end_iso}"
            else:
                value = None
            out.append(Span(m.start(), m.end(), "DATE_RANGE", "date.range", value_str=value))
            covered.append((m.start(), m.end()))
        covered.sort()
        covered_starts = [c[0] for c in covered]
        for m in self._matches(text, doc, DATE_SINGLE):
            # A bare month name ("May", "March") is too often a word; dates need more.
            bare_month = (
                m.group("m3")
                and not m.group("y")
                and not m.group(0).lower().startswith(("the end", "early", "mid", "late"))
            )
            # Inside a range the range's span speaks for it (with the range's year).
            if bare_month or _inside(covered_starts, covered, m.start()):
                continue
            year, month, day, _ = parse(m, False)
            year = year if year is not None else infer_year(month, m.start())
            iso = _parse_iso(year, month, day, end=False) if day else None
            out.append(Span(m.start(), m.end(), "DATE", "date.single", value_str=iso))
        out.extend(relative_dates(text, pub, self._matches(text, doc, RELATIVE_DATE)))
        return out

    def _years(self, text, doc):
        out = []
        for m in self._matches(text, doc, YEAR_FOUR_DIGIT):
            out.append(
                Span(m.start(), m.end(), "YEAR", "year.four_digit", value_num=float(m.group(0)[:4]))
            )
        return out

    def _followed_by(self, text, doc, name):
        """(token start, match) for every number token followed by the named pattern."""
        pattern = self.after_token[name]
        for start, end in doc["_tokens"]:
            m = pattern.match(text, end)
            if m:
                yield start, m

    def _percent_fraction_time(self, text, doc):
        out = []
        for start, m in self._followed_by(text, doc, "percent"):
            out.append(Span(start, m.end(), "PERCENT", "percent.number"))
        for m in self._matches(text, doc, FRACTION):
            out.append(Span(m.start(), m.end(), "FRACTION", "fraction.words_or_slash"))
        for m in self._matches(text, doc, CLOCK_TIME):
            out.append(Span(m.start(), m.end(), "NOT_A_COUNT", "not_count.time"))
        for m in self._matches(text, doc, PHONE):
            if len(re.sub(r"\D", "", m.group(0))) >= 8:
                out.append(Span(m.start(), m.end(), "NOT_A_COUNT", "not_count.phone"))
        return out

    def _number_value(self, token: str) -> tuple[float | None, bool]:
        """Value of a number written in digits or words; second item marks vague words."""
        token = token.strip()
        scale = 1.0
        m = SCALE_WORD_AT_END.search(token, max(0, len(token) - 12))
        if m and re.search(r"\d", token[: m.start()]):
            token = token[: m.start()]
            scale = {
                "million": 1e6,
                "mn": 1e6,
                "m": 1e6,
                "billion": 1e9,
                "bn": 1e9,
                "thousand": 1e3,
                "k": 1e3,
            }[m.group(1).lower()]
        if scale == 1 and re.fullmatch(DOT_GROUPED, token):
            # "3.000 suspects": a count never has three decimals, so the dots group thousands.
            return float(token.replace(".", "")), False
        if re.fullmatch(DIGITS, token):
            return float(token.replace(",", "")) * scale, False
        magnitude = re.fullmatch(r"(tens|hundreds)\s+of\s+(thousands|millions)", token.lower())
        if magnitude:
            # "tens of thousands": at least ten thousand
            tens = {"tens": 10, "hundreds": 100}[magnitude.group(1)]
            return float(tens * {"thousands": 1000, "millions": 1000000}[magnitude.group(2)]), True
        words = re.findall(r"[a-z]+", token.lower())
        total, current, vague = 0, 0, False
        for w in words:
            if w in ("and", "a"):
                continue
            value, kind = self.vocab.number_words.get(w, (None, None))
            if value is None:
                return None, False
            if kind in ("scale", "dozen"):
                current = max(current, 1) * value
                if value >= 1000:
                    total, current = total + current, 0
            elif kind == "vague":
                return float(value), True
            else:
                current += value
        return float(total + current), vague

    def _compile_ages(self) -> None:
        n = self.number_any
        ranges = [
            (
                "age.aged_between",
                rf"\baged\s+(?:between\s+|from\s+)?(?P<a>{n})\s*(?:and|to|-|–)\s*(?P<b>{n})(?:\s+years?(?:\s+old|\s+of\s+age)?)?",
            ),
            (
                "age.between_years_old",
                rf"\b(?:between|from)\s+(?P<a>{n})\s+(?:and|to)\s+(?P<b>{n})\s+years?\s+(?:old|of\s+age)",
            ),
            (
                "age.ages_range",
                rf"\bages?\s+(?:of\s+)?(?:between\s+)?(?P<a>{n})\s*(?:and|to|-|–)\s*(?P<b>{n})\b",
            ),
            (
                "age.range_in_age",
                rf"\brang(?:e|es|ed|ing)\s+in\s+age\s+from\s+(?P<a>{n})\s+to\s+(?P<b>{n})\b",
            ),
            (
                "age.between_the_ages",
                rf"\bbetween\s+the\s+ages\s+of\s+(?P<a>{n})\s+and\s+(?P<b>{n})\b",
            ),
        ]
        decade = (
            r"(?:\d0s|'\d0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)"
        )
        part = r"(?:early\s+|mid-?|late\s+)?"
        band = (
            rf"\bin\s+(?P<who>their|his|her)\s+{part}(?P<a>{decade})"
            rf"(?:\s+(?:and|or|to)\s+{part}(?P<b>{decade}))?"
        )
        open_bands = [
            # "aged 30 or older", "aged 60 and over" → 30-, 60-
            (
                rf"\baged\s+(?P<n>{n})\s*(?:\+|or\s+(?:older|over|above)|and\s+(?:older|over|above))",
                lambda v: f"{v}-",
            ),
            # "aged under 18", "under the age of 16" → -17, -15
            (
                rf"\b(?:aged\s+(?:under|below)|under\s+the\s+age\s+of)\s+(?P<n>{n})\b",
                lambda v: f"-{v - 1}",
            ),
        ]
        single = [
            ("age.aged_n", rf"\baged\s+(?:{n})\b(?!\s*(?:and|to|-|–)\s*\d)"),
            ("age.age_of_n", rf"\b(?:age|ages)\s+of\s+(?:{n})\b"),
            ("age.older_younger_than", rf"\b(?:older|younger)\s+than\s+(?:{n})\b"),
            (
                "age.under_n",
                rf"\b(?:minors?|children|girls?|boys?|child)\s+(?:under|below|aged\s+under)\s+(?:the\s+age\s+of\s+)?(?:{n})\b",
            ),
        ]
        self.age_ranges = [(rule, re.compile(p, re.IGNORECASE)) for rule, p in ranges]
        self.age_band = re.compile(band, re.IGNORECASE)
        self.age_open_bands = [(re.compile(p, re.IGNORECASE), f) for p, f in open_bands]
        self.age_single = [(rule, re.compile(p, re.IGNORECASE)) for rule, p in single]

    def _ages(self, text, doc):
        out = []
        for rule, pattern in self.age_ranges:
            for m in self._matches(text, doc, pattern):
                a, _ = self._number_value(m.group("a"))
                b, _ = self._number_value(m.group("b"))
                if a is None or b is None or not 0 <= a <= b <= 120:
                    continue
                out.append(
                    Span(m.start(), m.end(), "AGE_RANGE", rule, value_str=f"{int(a)}-{int(b)}")
                )
        decade_words = {
            "teens": 10,
            "twenties": 20,
            "thirties": 30,
            "forties": 40,
            "fifties": 50,
            "sixties": 60,
            "seventies": 70,
            "eighties": 80,
        }
        for m in self._matches(text, doc, self.age_band):

            def lo(d):
                d = d.lower().lstrip("'")
                return decade_words.get(d, int(d[:2]) if d[:1].isdigit() else None)

            a = lo(m.group("a"))
            b = lo(m.group("b")) if m.group("b") else a
            if a == 10:
                a = 13
            label = "AGE_BAND" if m.group("who").lower() == "their" else "AGE_INDIVIDUAL"
            out.append(
                Span(
                    m.start(),
                    m.end(),
                    label,
                    "age.in_their_decade",
                    value_str=f"{a}-{b + 9 if b != 13 else 19}",
                )
            )
        for pattern, band in self.age_open_bands:
            for m in self._matches(text, doc, pattern):
                value, _ = self._number_value(m.group("n"))
                if value is not None and 0 < value <= 120:
                    out.append(
                        Span(
                            m.start(),
                            m.end(),
                            "AGE_BAND",
                            "age.open_band",
                            value_str=band(int(value)),
                        )
                    )
        for start, m in self._followed_by(text, doc, "range_years_old"):
            a, _ = self._number_value(text[start : m.start()])
            b, _ = self._number_value(m.group("b"))
            if a is not None and b is not None and 0 <= a <= b <= 120:
                out.append(
                    Span(
                        start,
                        m.end(),
                        "AGE_RANGE",
                        "age.range_years_old",
                        value_str=f"{int(a)}-{int(b)}",
                    )
                )
        for start, m in self._followed_by(text, doc, "units_old"):
            out.append(Span(start, m.end(), "AGE_INDIVIDUAL", "age.n_units_old"))
        for rule, pattern in self.age_single:
            for m in self._matches(text, doc, pattern):
                out.append(Span(m.start(), m.end(), "AGE_INDIVIDUAL", rule))
        return out

    def _durations(self, text, doc):
        out = []
        for start, m in self._followed_by(text, doc, "duration"):
            out.append(Span(start, m.end(), "DURATION", "duration.number_unit"))
        return out

    def _money(self, text, doc):
        out = []
        for m in self._matches(text, doc, self.money_prefix_re):
            code = self.currency_table.get(("prefix", m.group(1))) or self.currency_table.get(
                ("prefix", m.group(1).lower())
            )
            value, _ = self._number_value(m.group(0)[len(m.group(1)) :])
            out.append(
                Span(m.start(), m.end(), "MONEY", "money.prefix", value_num=value, value_str=code)
            )
        for m in self._matches(text, doc, self.money_word_re):
            word = m.group(2)
            code = (
                self.currency_table.get(("word", word.lower()))
                or self.currency_table.get(("suffix", word))
                or self.currency_table.get(("word", word))
            )
            value, _ = self._number_value(m.group(0)[: m.start(2) - m.start()])
            out.append(
                Span(
                    m.start(),
                    m.end(),
                    "MONEY",
                    "money.amount_word",
                    value_num=value,
                    value_str=code,
                )
            )
        return out

    def _names_with_digits(self, text, doc):
        out = []
        for m in self._matches(text, doc, NAME_WITH_DIGITS):
            if re.fullmatch(r"\d+(?:st|nd|rd|th)", m.group(0), re.IGNORECASE):
                continue
            out.append(Span(m.start(), m.end(), "NOT_A_COUNT", "not_count.name_with_digits"))
        return out

    def _ordinals(self, text, doc):
        out = [
            Span(m.start(), m.end(), "ORDINAL", "ordinal.words")
            for m in self._matches(text, doc, ORDINAL_WORDS)
        ]
        for m in self._matches(text, doc, ORDINAL_DIGITS):
            out.append(Span(m.start(), m.end(), "ORDINAL", "ordinal.digits"))
        return out

    def _numbers(self, text, doc):
        out = []
        for m in self._matches(text, doc, self.digit_re):
            if m.end() - m.start() > MAX_NUMBER_CHARS:
                continue
            value, _ = self._number_value(m.group(0))
            if value is not None:
                out.append(Span(m.start(), m.end(), "NUMBER", "number.digits", value_num=value))
        for m in self._matches(text, doc, self.number_word_re):
            token = m.group(0)
            if len(token) > MAX_NUMBER_CHARS:
                continue
            value, vague = self._number_value(token)
            if value is None:
                continue
            # "one" alone is a pronoun far more often than a count ("one of the largest"),
            # except as an item of a list of counts ("25 men and one woman").
            if token.lower() == "one" and not LIST_OF_COUNTS_BEFORE.search(
                text, max(0, m.start() - 40), m.start()
            ):
                continue
            rule = "number.vague_words" if vague else "number.words"
            out.append(
                Span(
                    m.start(),
                    m.end(),
                    "NUMBER",
                    rule,
                    value_num=value,
                    value_str="vague" if vague else None,
                )
            )
        return out

    def spans(self, text: str, doc: dict) -> tuple[list[Span], Counter]:
        """All spans of one document, and the count of number candidates excluded by reason."""
        found: list[Span] = []
        doc = {**doc, "_found": found}
        for recogniser in self.recognisers:
            found.extend(recogniser(text, doc))
        claims = sorted((s.start, s.end, s.label) for s in found if s.label in CLAIMING_LABELS)
        excluded: Counter = Counter()
        if doc.get("_long_sentences"):
            # not searched at all: counted as sentences, their numbers never read
            excluded["sentences_too_long"] += doc["_long_sentences"]
        starts = [c[0] for c in claims]

        for number in self._numbers(text, doc):
            i = bisect.bisect_right(starts, number.start)
            claimed_by = None
            for start, end, label in claims[max(0, i - 50) : i]:
                if start <= number.start and number.end <= end:
                    claimed_by = label
                    break
                if start < number.end and number.start < end:
                    claimed_by = claimed_by or label
            if claimed_by:
                excluded["inside_boilerplate" if claimed_by == "BOILERPLATE" else claimed_by] += 1
                continue
            found.append(number)
        for label in ("TRIGGER", "AGE_RANGE", "DATE_RANGE", "MONEY", "LEGAL_PROVISION"):
            found = _drop_nested(found, label)
        # Boilerplate claims every other span inside it as well.
        boiler = sorted((s.start, s.end) for s in found if s.label == "BOILERPLATE")
        if boiler:
            boiler_starts = [b[0] for b in boiler]
            kept = []
            for s in found:
                inside = (
                    s.label != "BOILERPLATE"
                    and s.label != "SENTENCE"
                    and _inside(boiler_starts, boiler, s.start, s.end)
                )
                if inside:
                    excluded["inside_boilerplate"] += s.label == "NUMBER"
                    continue
                kept.append(s)
            found = kept
        return found, excluded


def _in_windows(regex: re.Pattern, text: str, windows: list[tuple[int, int]]):
    """Matches of `regex` inside each window; look-arounds still see the whole text."""
    for start, end in windows:
        yield from regex.finditer(text, start, end)


def phrase_regex(phrases, flags: int = 0) -> re.Pattern:
    """One regex for many literal phrases, as a character trie: at each position only the
    branch of the next character is tried, so a list of a thousand place names costs about
    as much as one. The longest phrase wins; a phrase begins and ends at a word boundary."""
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = (body if len(branches) == 1 and len(body) == 1 else f"(?:{body})") + "?"
        return body

    return re.compile(f"(?<!\\w)(?:{emit(trie)})(?!\\w)", flags)


def _inside(starts: list[int], ranges: list[tuple[int, int]], start: int, end: int | None = None):
    """Whether [start, end) (or the point `start`) lies inside one of the sorted, disjoint
    ranges; a binary search, so that many spans against many ranges stays fast."""
    i = bisect.bisect_right(starts, start) - 1
    if i < 0:
        return False
    r_start, r_end = ranges[i]
    return r_start <= start and (end if end is not None else start + 1) <= r_end


def _drop_nested(spans: list[Span], label: str) -> list[Span]:
    """Of overlapping spans of one label keep the leftmost-longest, as a regex engine would:
    'arrested or are assisting with investigations' is one event, not two."""
    kept: list[Span] = []
    for s in sorted((s for s in spans if s.label == label), key=lambda s: (s.start, -s.end)):
        if not kept or s.start >= kept[-1].end:
            kept.append(s)
    return [s for s in spans if s.label != label] + kept


@cache
def annotator_for(params: AnnotateParams) -> Annotator:
    """One compiled annotator per parameter set and process (compiling the vocabularies'
    patterns and gates takes a fifth of a second)."""
    return Annotator(load_vocabulary(params.vocab_dir), params)


def annotate(
    documents: pd.DataFrame,
    params: AnnotateParams,
    progress=None,
    cache: DocumentCache | None = None,
) -> tuple[pd.DataFrame, dict]:
    """Documents → (spans, metrics). Pure: reads nothing but its arguments and vocabularies
    (and, if given, `cache`: a document's spans kept from an earlier run of the same rules).

    `progress`, if given, is called with the number of documents done after each one."""
    annotator = annotator_for(params)
    rows = []
    excluded: Counter = Counter()
    labels: Counter = Counter()
    for done, doc in enumerate(documents.to_dict("records"), start=1):
        key = cache.document_key(doc) if cache is not None else None
        kept = cache.get(key) if key is not None else None
        if kept is not None:
            doc_rows, dropped = kept
        else:
            doc_rows, dropped = document_spans(annotator, doc)
            if key is not None:
                cache.put(key, [doc_rows, dropped])
        rows.extend(doc_rows)
        excluded.update(dropped)
        labels.update(row[Spans.label] for row in doc_rows)
        if progress is not None:
            progress(done)
    spans_df = to_spans_frame(rows)
    metrics = {
        "rows_in": len(documents),
        "rows_out": len(spans_df),
        "spans_by_label": dict(sorted(labels.items())),
        "numbers_excluded_by_reason": dict(sorted(excluded.items())),
    }
    return spans_df, metrics


def document_spans(annotator: Annotator, doc: dict) -> tuple[list[dict], dict[str, int]]:
    """One document's span rows, and its number candidates excluded by reason."""
    text = doc[Documents.text]
    spans, dropped = annotator.spans(text, doc)
    rows, seen = [], set()
    for s in spans:
        key = (s.start, s.end, s.label, s.rule)
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            {
                Spans.span_id: span_id(doc[Documents.doc_id], *key),
                Spans.doc_id: doc[Documents.doc_id],
                Spans.char_start: s.start,
                Spans.char_end: s.end,
                Spans.text: text[s.start : s.end],
                Spans.label: s.label,
                Spans.value_num: s.value_num,
                Spans.value_str: s.value_str,
                Spans.rule: s.rule,
            }
        )
    return rows, dict(dropped)


def to_spans_frame(rows: list[dict]) -> pd.DataFrame:
    return frame(Spans, rows)


def annotate_partition(
    documents: pd.DataFrame, params: AnnotateParams, cache_root: str | None, version: str
) -> tuple[pd.DataFrame, dict]:
    """One partition of documents → its validated spans and metrics; what an engine runs."""
    from pipeline.io import validate
    from pipeline.schemas import check_spans_match_documents

    documents = validate(documents, Documents, "documents partition")
    cache = DocumentCache(cache_root, "annotate", version) if cache_root else None
    spans, metrics = annotate(documents, params, cache=cache)
    check_spans_match_documents(spans, documents)
    if cache is not None:
        metrics["cache"] = {"hits": cache.hits, "misses": cache.misses}
    return validate(spans, Spans, "annotate partition"), metrics


def merge_metrics(total: dict, part: dict) -> dict:
    """Counts of two partitions' metrics added key by key (nested dicts alike)."""
    for key, value in part.items():
        if isinstance(value, dict):
            merge_metrics(total.setdefault(key, {}), value)
        else:
            total[key] = total.get(key, 0) + value
    return total


def run(
    documents_path,
    spans_path,
    metrics_path,
    params: AnnotateParams,
    progress=None,
    engine: EngineParams | None = None,
):
    """Entry point: read documents a partition at a time, annotate each on the engine,
    write the checked spans as they come."""
    from pipeline.io import TableWriter, iter_table, write_json

    engine = engine or EngineParams()
    version = rules_version("annotate", params.model_dump_json(), params.vocab_dir)
    # each partition is validated where it is annotated (on a worker, with Dask)
    partitions = iter_table(
        documents_path, Documents, batch_rows=engine.partition_documents, validated=False
    )
    metrics: dict = {}
    done = 0
    with TableWriter(spans_path, Spans) as writer:
        results = map_partitions(
            annotate_partition, partitions, engine, params, engine.cache_dir, version
        )
        for spans, part in results:
            writer.write(spans, validated=True)  # by annotate_partition
            merge_metrics(metrics, part)
            done += part["rows_in"]
            if progress is not None:
                progress(done)
    metrics.setdefault("rows_in", 0)
    metrics.setdefault("rows_out", 0)
    metrics["spans_by_label"] = dict(sorted(metrics.get("spans_by_label", {}).items()))
    metrics["numbers_excluded_by_reason"] = dict(
        sorted(metrics.get("numbers_excluded_by_reason", {}).items())
    )
    metrics.pop("cache", None)  # hits depend on what ran before: not a metric of the data
    write_json(metrics, metrics_path)
