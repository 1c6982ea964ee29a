"""Dates and years: a document view → DATE, DATE_RANGE (ISO, inclusive) and YEAR spans.
Their digits are never counts; the dates give an operation its period.

Constructions: one date ("12 June 2024", "June 12th", "mid-March", "the end of May 2023"); a
range of days ("3 to 5 June", "between 1 and 4 March 2024"); a range of dates ("from 1 May to
30 June 2024", "March–April 2025"); a date relative to publication ("last year", "this
month", "on Saturday", "yesterday"); a four-digit year ("2024", "the 1990s").
"""

from __future__ import annotations

import bisect
import calendar
import re
from datetime import date, timedelta

from pipeline.annotate.recogniser import Recogniser
from pipeline.annotate.span import Span, inside
from pipeline.vocab import Vocabulary, alternation


def month_pattern(months: dict[str, int]) -> str:
    """A month name or abbreviation as the language writes it ("June", "Jun.", "junio"),
    or capitalised to open a sentence ("Junio"). A language without month names (an empty
    `months.csv`: its dates are written in digits) has a pattern that matches nothing, never
    the empty string."""
    names = alternation(list(months) + [m[:1].upper() + m[1:] for m in months], escape=True)
    return r"(?:%s)\.?" % (names or r"(?!)")


def date_patterns(months: dict[str, int], date_of: list[str]):
    """The date constructions for one language's month names (and the words that may join
    a day, its month and its year: "12 de junio de 2024")."""
    month = month_pattern(months)
    of = r"(?:(?:%s)\s+)?" % alternation(date_of, escape=False) if date_of else ""
    # One date: "12 June 2024", "June 12th", "mid-March", "the end of May 2023" (a bare month
    # name is rejected by the recogniser). Dates start where a word does.
    # "26. Januar": a day written as an ordinal with a full stop, as German writes it
    day_month = rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+{of}(?P<m1>{month})"
    month_day = rf"(?P<m2>{month})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    month_only = rf"(?:the\s+end\s+of\s+|early\s+|mid-?|late\s+)?(?P<m3>{month})"
    one_date = rf"\b(?:{day_month}|{month_day}|{month_only})(?:,?\s+{of}(?P<y>(?:19|20)\d\d))?\b"
    single = re.compile(one_date)
    # "3 to 5 June", "between 1 and 4 March 2024"
    day_range = re.compile(
        rf"(?:\b(?:between|from)\s+)?\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|and|-|–)\s*"
        rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{of}(?P<m>{month})(?:,?\s+{of}(?P<y>(?:19|20)\d\d))?\b"
    )
    # "from 1 May to 30 June 2024", "March–April 2025"
    date_range = re.compile(
        rf"(?:\b(?:between|from)\s+)?(?P<a>{one_date.replace('?P<', '?P<a_')})"
        rf"\s*(?:and|to|until|till|through|–|-)\s*(?P<b>{one_date.replace('?P<', '?P<b_')})"
    )
    return single, day_range, date_range


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DATE = re.compile(
    r"\b(?:(?P<rel>last|this|next|earlier\s+this|later\s+this)\s+(?P<unit>year|month|week)"
    r"|(?P<day>yesterday|today)"
    r"|on\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE,
)
# "2024", "1990s"; not inside "1,2024", "$2024", "2024.5"
YEAR_FOUR_DIGIT = re.compile(r"(?<![\w.,$€£¥-])(?:19|20)\d\d(?:s)?(?![\w,]|\.\d)")
# "Of those sent to prison in 2004, 32 were …": a year after a preposition, before a comma
# (a bare four-digit number before a comma may be a count: "arrested 2010, including …")
YEAR_BEFORE_COMMA = re.compile(
    r"\b(?:in|since|of|from|until|by|during|en|em|nel|im|w|desde|depuis|sedan)\s"
    r"(?P<year>(?:19|20)\d\d)(?=,\s)",
    re.IGNORECASE,
)
# "2011年", "2024년": a year written with the year's character of Chinese, Japanese or Korean,
# which touches its digits (and, as a letter, hides them from YEAR_FOUR_DIGIT's edges)
YEAR_WITH_CHARACTER = re.compile(r"(?<![\d.,$€£¥-])(?:19|20)\d\d(?=[年년])")
# "令和5年", "平成27年", "令和元年": a year of a Japanese imperial era, its number counted from
# the era's first year (元, "the first"); group `era` names the era, `year` its year
ERA_YEAR = re.compile(r"(?P<era>令和|平成|昭和)(?P<year>\d{1,2}|元)(?=年)")
# The Gregorian year before each era's first: 令和 began in 2019, 平成 in 1989, 昭和 in 1926.
ERA_BEFORE_FIRST_YEAR = {"令和": 2018, "平成": 1988, "昭和": 1925}
EXPLICIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# How a date's words begin when a bare month name is no date: "the end of May", "mid-May".
MONTH_LEADS = ("the end", "early", "mid", "late")


def iso_date(year: int | None, month: int, day: int | None, *, end: bool) -> str | None:
    """The ISO date; a missing day is the month's first (or, at a range's `end`, its
    last); None without a year or for a day the month does not have."""
    if year is None:
        return None
    last = calendar.monthrange(year, month)[1]
    day = day if day is not None else (last if end else 1)
    if not 1 <= day <= last:
        return None
    return date(year, month, day).isoformat()


def relative_dates(matches, published: date | None) -> list[Span]:
    """'last year', 'this month', 'on Saturday', 'yesterday' (the matches of RELATIVE_DATE):
    resolved against the publication date when it is known (a weekday is the latest such
    day not after publication)."""
    out = []
    for m in matches:
        label = "DATE_RANGE" if m.group("unit") else "DATE"
        value = _relative_value(m, published) if published is not None else None
        out.append(Span(m.start(), m.end(), label, "date.relative", value_str=value))
    return out


def _relative_value(m: re.Match, published: date) -> str:
    if m.group("weekday"):
        back = (published.weekday() - WEEKDAYS.index(m.group("weekday").lower())) % 7
        return (published - timedelta(days=back)).isoformat()
    if m.group("day"):
        back = 1 if m.group("day").lower() == "yesterday" else 0
        return (published - timedelta(days=back)).isoformat()
    rel, unit = m.group("rel").lower().split()[0], m.group("unit").lower()
    shift = {"last": -1, "next": 1}.get(rel, 0)
    if unit == "year":
        year = published.year + shift
        return f"{year}-01-01/{year}-12-31"
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        month += 1
        last = calendar.monthrange(year, month)[1]
        return f"{year}-{month:02d}-01/{year}-{month:02d}-{last:02d}"
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def weekday_day_pattern(weekdays: list[str], days: list[str]) -> re.Pattern | None:
    """A day of the month named by a weekday or by the language's word for a day, as its
    reports write it ("quarta-feira (13)", "no sábado, 9,", "no dia 7"): after a weekday,
    the day in brackets, or after a comma when a comma, stop or bracket follows it (never a
    count: "na sexta-feira, 20 pessoas …"); right after the word for a day."""
    if not weekdays and not days:
        return None
    alternatives = []
    if weekdays:
        alternatives.append(
            r"\b(?:%s)\s*(?:\(\s*(?P<d1>\d{1,2})\s*\)|,\s*(?P<d2>\d{1,2})(?=\s*[,.;)]))"
            % alternation(weekdays, escape=False)
        )
    if days:
        alternatives.append(
            r"\b(?:%s)\s+(?P<d3>\d{1,2})(?![\w/]|[.,]\d)" % alternation(days, escape=False)
        )
    return re.compile("|".join(alternatives), re.IGNORECASE)


def weekday_days(matches, published: date | None) -> list[Span]:
    """The matches of `weekday_day_pattern`: the latest date with that day of the month not
    after publication, when it is known."""
    out = []
    for m in matches:
        # a language may have words for a day without weekdays, or weekdays alone: only the
        # groups of its alternatives exist
        found = m.groupdict()
        day = int(found.get("d1") or found.get("d2") or found.get("d3"))
        value = None
        if published is not None and 1 <= day <= 31:
            year, month = published.year, published.month
            if day > published.day:
                year, month = (year, month - 1) if month > 1 else (year - 1, 12)
            value = iso_date(year, month, day, end=False)
        out.append(Span(m.start(), m.end(), "DATE", "date.weekday_day", value_str=value))
    return out


class RunningYear:
    """The year of a date written without one: the latest such date not after publication;
    with no publication date, the story's running year (the last year written before it)."""

    def __init__(self, text: str, published: date | None):
        self.published = published
        self.years: list[tuple[int, int]] = []
        if published is None:
            self.years = [(m.start(), int(m.group(0))) for m in EXPLICIT_YEAR.finditer(text)]
        self.positions = [p for p, _ in self.years]

    def __call__(self, month: int, position: int) -> int | None:
        if self.published is not None:
            pub = self.published
            return pub.year if month <= pub.month else pub.year - 1
        i = bisect.bisect_left(self.positions, position)
        return self.years[i - 1][1] if i else None


def _parts(m: re.Match, months: dict[str, int]) -> tuple[int | None, int, int | None]:
    """(year, month, day) of a one-date match; year and day may be missing."""
    month_txt = m.group("m1") or m.group("m2") or m.group("m3")
    month = months[month_txt.lower().rstrip(".")]
    day_txt = m.group("d1") or m.group("d2")
    day = int(day_txt) if day_txt else None
    year = int(m.group("y")) if m.group("y") else None
    return year, month, day


class Dates(Recogniser):
    """DATE and DATE_RANGE spans with ISO values (see the module docstring)."""

    name = "dates"
    assigns = ("DATE", "DATE_RANGE")
    needs = frozenset({"text", "published", "matches"})

    def __init__(self, vocab: Vocabulary):
        self.months = {word.lower(): month for word, month in vocab.months.items()}
        self.single, self.day_range, self.date_range = date_patterns(
            vocab.months, vocab.function_words.get("date_of", [])
        )
        self.weekday_day = weekday_day_pattern(
            vocab.function_words.get("weekday", []), vocab.function_words.get("day", [])
        )
        self.gated = (self.day_range, self.date_range, self.single, RELATIVE_DATE) + (
            (self.weekday_day,) if self.weekday_day else ()
        )

    def __call__(self, view) -> list[Span]:
        running_year = RunningYear(view.text, view.published)
        out = self.day_ranges(view, running_year) + self.ranges(view, running_year)
        covered = sorted((s.start, s.end) for s in out)
        out += self.single_dates(view, running_year, covered)
        out.extend(relative_dates(view.matches(RELATIVE_DATE), view.published))
        if self.weekday_day:
            # "no dia 7 de março" is the date already read
            dated = [(d.start, d.end) for d in out]
            out.extend(
                d
                for d in weekday_days(view.matches(self.weekday_day), view.published)
                if not any(a < d.end and d.start < b for a, b in dated)
            )
        return out

    def day_ranges(self, view, running_year: RunningYear) -> list[Span]:
        """'3 to 5 June', 'between 1 and 4 March 2024'."""
        out = []
        for m in view.matches(self.day_range):
            month = self.months[m.group("m").lower().rstrip(".")]
            year = int(m.group("y")) if m.group("y") else running_year(month, m.start())
            first = iso_date(year, month, int(m.group("d1")), end=False)
            last = iso_date(year, month, int(m.group("d2")), end=True)
            value = f"{first}/{last}" if first and last and first <= last else None
            out.append(Span(m.start(), m.end(), "DATE_RANGE", "date.day_range", value_str=value))
        return out

    def ranges(self, view, running_year: RunningYear) -> list[Span]:
        """'from 1 May to 30 June 2024', 'March–April 2025': a year written once serves both
        ends; a range across the new year starts the year before."""
        out = []
        for m in view.matches(self.date_range):
            a = self.single.fullmatch(m.group("a"))
            b = self.single.fullmatch(m.group("b"))
            if not a or not b:
                continue
            ya, ma, da = _parts(a, self.months)
            yb, mb, db = _parts(b, self.months)
            hint_b = (
                yb if yb is not None else (ya if ya is not None else running_year(mb, m.start()))
            )
            hint_a = ya if ya is not None else (hint_b - (1 if ma > mb else 0) if hint_b else None)
            start_iso = iso_date(ya if ya is not None else hint_a, ma, da, end=False)
            end_iso = iso_date(yb if yb is not None else hint_b, mb, db, end=True)
            value = None
            if start_iso and end_iso and start_iso <= end_iso:
                value = f"{start_iso}/{end_iso}"
            out.append(Span(m.start(), m.end(), "DATE_RANGE", "date.range", value_str=value))
        return out

    def single_dates(self, view, running_year: RunningYear, covered: list[tuple[int, int]]):
        """One date, unless it stands inside a range (the range speaks for it) or is a bare
        month name ("May", "March": too often a word)."""
        covered_starts = [c[0] for c in covered]
        out = []
        for m in view.matches(self.single):
            bare_month = (
                m.group("m3")
                and not m.group("y")
                and not m.group(0).lower().startswith(MONTH_LEADS)
            )
            if bare_month or inside(covered_starts, covered, m.start()):
                continue
            year, month, day = _parts(m, self.months)
            year = year if year is not None else running_year(month, m.start())
            iso = iso_date(year, month, day, end=False) if day else None
            out.append(Span(m.start(), m.end(), "DATE", "date.single", value_str=iso))
        return out


class Years(Recogniser):
    """YEAR: a four-digit year standing alone ("in 2024", "the 1990s")."""

    name = "years"
    assigns = ("YEAR",)
    needs = frozenset({"matches"})
    gated = (YEAR_FOUR_DIGIT, YEAR_BEFORE_COMMA, YEAR_WITH_CHARACTER, ERA_YEAR)

    def __call__(self, view) -> list[Span]:
        out = [
            Span(m.start(), m.end(), "YEAR", "year.four_digit", value_num=float(m.group(0)[:4]))
            for m in view.matches(YEAR_FOUR_DIGIT)
        ]
        out += [
            Span(m.start(), m.end(), "YEAR", "year.with_character", value_num=float(m.group(0)))
            for m in view.matches(YEAR_WITH_CHARACTER)
        ]
        out += [
            Span(
                m.start("year"),
                m.end("year"),
                "YEAR",
                "year.after_preposition",
                value_num=float(m.group("year")),
            )
            for m in view.matches(YEAR_BEFORE_COMMA)
        ]
        out += [
            Span(m.start(), m.end(), "YEAR", "year.japanese_era", value_num=float(era_year(m)))
            for m in view.matches(ERA_YEAR)
        ]
        return out


def era_year(m: re.Match) -> int:
    """The Gregorian year of a Japanese era's year ("平成27年" → 2015, "令和元年" → 2019)."""
    number = m.group("year")
    return ERA_BEFORE_FIRST_YEAR[m.group("era")] + (1 if number == "元" else int(number))
