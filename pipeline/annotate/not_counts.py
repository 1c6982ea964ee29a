"""Numbers that are not counts: a document view → spans of percentages, fractions, clock times,
phone numbers, durations, frequencies, names with digits and ordinals. Each claims its digits,
so they never become figures: "15 per cent", "two thirds", "at 6.30am", "+65 6255 0000", "a
six-month investigation", "arrested four times", "Covid-19", "the 3rd raid".
"""

from __future__ import annotations

import re

from pipeline.annotate.recogniser import Recogniser
from pipeline.annotate.span import Span
from pipeline.vocab import Vocabulary, alternation

# After a number token: "15%", "15 per cent", "15 percent", "15pc", "15 Prozent", and the
# Romance languages' "15 por ciento", "cien por cien", "15 por cento", "15 pour cent", "15 per
# cento" (whose "ciento", "cento", "cent" are number words of their own). "pc" only touching
# its number, as the British press writes it: "sequestrati 5 pc" are five computers.
PERCENT_AFTER = re.compile(
    r"\s*(?:%|per\s?cent\b|percent\b|(?<=\d)pc\b|prozent\b"
    r"|po[ru]r?\s+(?:cien(?:to)?|cento|cent)\b|per\s+cento\b)",
    re.IGNORECASE,
)
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
# A phone number has at least this many digits; "12 345 678" with fewer is a list of counts.
PHONE_MIN_DIGITS = 8
# After a number token: "six months", "a 10-year sentence", "two weeks' time"; not "six
# years old" (an age).
# "Covid-19", "G20", "4K", "M25"
NAME_WITH_DIGITS = re.compile(
    r"\b[A-Za-z]+-\d+[A-Za-z]*\b|\b[A-Z]+\d+[A-Za-z]*\b|\b\d+[A-Z][A-Za-z]*\b"
)
# "7-Eleven", "17-Year-Old": a digit joined to a capitalised word is a name or an age
DIGIT_HYPHEN_NAME = re.compile(r"\b\d+-[A-Z][a-z]+\b")
# "John Doe #2", "victim No. 3", "Case No 12": a number that labels one thing
LABEL_NUMBER = re.compile(
    r"#\s?\d+\b|\bNo\.?\s?\d+\b|\b(?:Prop(?:osition)?|PROP(?:OSITION)?)\.?\s?\d+\b"
)
# "Jane Doe 2", "Victim 3", "a Level 3 sex offender", "Tier 2": the pseudonym of one person
# in a court's papers, or a registered offender's risk level, labels one thing
# "Council District 1", "Ward 3", "Count 2", "Highway 91", "Measure 11": a numbered
# district, road, count of an indictment or ballot measure is a name, in title case or in
# capitals (a headline's)
DESIGNATION_WORDS = (
    "Doe", "Victim", "Minor", "Witness", "Level", "Tier", "District", "Ward", "Precinct",
    "Division", "Zone", "Sector", "Route", "Highway", "Interstate", "Freeway", "Count",
    "Measure", "Building", "Apartment", "Suite", "Exhibit",
)  # fmt: skip
DESIGNATION = re.compile(
    r"\b(?:%s)\s\d{1,3}\b(?!\s*%%)"
    % "|".join([w for w in DESIGNATION_WORDS] + [w.upper() for w in DESIGNATION_WORDS])
)
# "called 911 and …", "dial 999": the emergency number a caller rang, standing alone
CALLED_NUMBER = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dial(?:s|ed|led|ing|ling)?|phoned|rang)\s+(?:to\s+)?(\d{3})"
    r"(?=\s*(?:[,.;:)]|$|(?:and|or|to|for|after|when|because|from|about|but)\b))",
    re.IGNORECASE,
)
# "a mother of two", "father-of-three": how many children one parent has
PARENT_OF = re.compile(
    r"\b(?:mother|father|mom|mum|dad|parent|grandmother|grandfather)[\s-]+of[\s-]+"
    r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
# "Gin Park, 41, of Leeds", "Anna Berg, 36, wurde …", "arrested Tom R. Hale, 52.": one
# person's age set off by commas after a name of two to four capitalised words, each at
# most 30 letters (so a long run costs no more than its length). `age_in_apposition`
# also refuses a run that begins after a capitalised word or a place's preposition ("In
# New South Wales, 12 …") or ends in an agency's word ("Victoria Police, 9").
NOT_A_NAME_BEFORE = ("In", "At", "On", "From", "Across", "Throughout", "For")
AGE_IN_APPOSITION = re.compile(
    r"\b(?!(?:%s|The)\s)[A-ZÀ-ÖØ-Þ][\w'’-]{0,30}\.?"
    % "|".join(NOT_A_NAME_BEFORE)
    + r"(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]{0,30}\.?){1,3},\s"
    r"(?P<age>\d{1,2})(?=\s?[,)]|\s(?:of|from|and)\s|\.(?:\s|$))"
)
WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)\s+$")
AGENCY_END = re.compile(
    r"\b(?:Police|Department|Office|Force|Service|Agency|Unit|Bureau|Squad|Command)\s*,",
    re.IGNORECASE,
)


def age_in_apposition(text: str, m: re.Match) -> bool:
    """The match is a name and its age, not a place or an agency with its count."""
    before = WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if before is not None:
        word = before.group(1)
        if word[:1].isupper() or word.capitalize() in NOT_A_NAME_BEFORE:
            return False
    return AGENCY_END.search(text, m.start(), m.start("age")) is None


ORDINAL_WORDS = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|hundredth)\b",
    re.IGNORECASE,
)
ORDINAL_DIGITS = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
# "the 5\nth\nannual sweep": a web page's superscript suffix set on a line of its own
ORDINAL_SPLIT = re.compile(r"\b\d+[ \t]*\n[ \t]*(?:st|nd|rd|th)[ \t]*(?=\n)", re.IGNORECASE)
ORDINAL_SUFFIXED = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
NOT_DIGIT = re.compile(r"\D")


class Percentages(Recogniser):
    """PERCENT: a number token followed by "%", "per cent", "percent" or "pc"."""

    name = "percentages"
    assigns = ("PERCENT",)
    needs = frozenset({"tokens", "text"})

    def __call__(self, view) -> list[Span]:
        return [
            Span(start, m.end(), "PERCENT", "percent.number")
            for start, m in view.followed_by(PERCENT_AFTER)
        ]


class Fractions(Recogniser):
    """FRACTION: "two thirds", "a half", "3/4"."""

    name = "fractions"
    assigns = ("FRACTION",)
    needs = frozenset({"matches"})
    gated = (FRACTION,)

    def __call__(self, view) -> list[Span]:
        return [
            Span(m.start(), m.end(), "FRACTION", "fraction.words_or_slash")
            for m in view.matches(FRACTION)
        ]


class ClockTimes(Recogniser):
    """NOT_A_COUNT: a time of day, "6.30am", "18:45", "9 pm"."""

    name = "clock_times"
    assigns = ("NOT_A_COUNT",)
    needs = frozenset({"matches"})
    gated = (CLOCK_TIME,)

    def __call__(self, view) -> list[Span]:
        return [
            Span(m.start(), m.end(), "NOT_A_COUNT", "not_count.time")
            for m in view.matches(CLOCK_TIME)
        ]


class PhoneNumbers(Recogniser):
    """NOT_A_COUNT: groups of digits of a phone number, "+65 6255 0000"."""

    name = "phone_numbers"
    assigns = ("NOT_A_COUNT",)
    needs = frozenset({"matches"})
    gated = (PHONE,)

    def __call__(self, view) -> list[Span]:
        return [
            Span(m.start(), m.end(), "NOT_A_COUNT", "not_count.phone")
            for m in view.matches(PHONE)
            if len(NOT_DIGIT.sub("", m.group(0))) >= PHONE_MIN_DIGITS
        ]


class Durations(Recogniser):
    """DURATION: a number token followed by a unit of time of the language ("six months",
    "10-year", "diez años"); not an age ("six years old")."""

    name = "durations"
    assigns = ("DURATION",)
    needs = frozenset({"tokens", "text"})

    def __init__(self, vocab: Vocabulary):
        units = alternation(vocab.function_words.get("time_unit", ["(?!)"]), escape=False)
        unit = r"(?:%s)(?:[’']s?)?(?:-long)?\b(?![\s-]+old)" % units
        self.unit_after = re.compile(r"(?:\s+|-)" + unit, re.IGNORECASE)
        # "between three and 15 years", "two to five years": the first end of a range of
        # durations is a duration too
        joins = alternation(["to", *vocab.function_words.get("list_and", [])], escape=False)
        # (the other end is one token, digits or a word, so a long run of number words
        # costs in proportion to its length)
        self.range_after = re.compile(
            r"\s*(?:%s|-|–)\s*(?:\d{1,4}|[^\W\d_]+(?:-[^\W\d_]+)?)\s+%s" % (joins, unit),
            re.IGNORECASE,
        )

    def __call__(self, view) -> list[Span]:
        return [
            Span(start, m.end(), "DURATION", "duration.number_unit")
            for start, m in view.followed_by(self.unit_after)
        ] + [
            Span(start, m.end(), "DURATION", "duration.range_of_units")
            for start, m in view.followed_by(self.range_after)
        ]


class Frequencies(Recogniser):
    """NOT_A_COUNT: a number token followed by the language's word for how often something
    happened ("arrested four times", "trois fois", "dos veces"): a frequency, not a count
    of people or things."""

    name = "frequencies"
    assigns = ("NOT_A_COUNT",)
    needs = frozenset({"tokens", "text"})

    def __init__(self, vocab: Vocabulary):
        words = alternation(vocab.function_words.get("frequency", ["(?!)"]), escape=False)
        self.frequency_after = re.compile(r"(?:\s+|-)(?:%s)\b" % words, re.IGNORECASE)

    def __call__(self, view) -> list[Span]:
        return [
            Span(start, m.end(), "NOT_A_COUNT", "not_count.frequency")
            for start, m in view.followed_by(self.frequency_after)
        ]


class NamesWithDigits(Recogniser):
    """NOT_A_COUNT: names written with digits, "Covid-19", "G20", "7-Eleven" (not ordinals,
    "12th"); numbers that label one thing, "John Doe #2", "No. 3", "Prop 47", "Jane Doe 2",
    "a Level 3 offender"; an emergency number rung, "called 911 and"; one person's
    age in apposition, "Gin Park, 41, of Leeds"; a parent's children, "a mother of two"."""

    name = "names_with_digits"
    assigns = ("NOT_A_COUNT",)
    needs = frozenset({"matches", "text"})
    gated = (
        NAME_WITH_DIGITS,
        DIGIT_HYPHEN_NAME,
        LABEL_NUMBER,
        DESIGNATION,
        CALLED_NUMBER,
        AGE_IN_APPOSITION,
        PARENT_OF,
    )

    def __call__(self, view) -> list[Span]:
        out = [
            Span(m.start(), m.end(), "NOT_A_COUNT", "not_count.name_with_digits")
            for pattern in (NAME_WITH_DIGITS, DIGIT_HYPHEN_NAME)
            for m in view.matches(pattern)
            if not ORDINAL_SUFFIXED.fullmatch(m.group(0))
        ]
        out += [
            Span(m.start(), m.end(), "NOT_A_COUNT", "not_count.label")
            for m in view.matches(LABEL_NUMBER)
        ]
        out += [
            Span(m.start(), m.end(), "NOT_A_COUNT", "not_count.designation")
            for m in view.matches(DESIGNATION)
        ]
        out += [
            Span(m.start(1), m.end(1), "NOT_A_COUNT", "not_count.called_number")
            for m in view.matches(CALLED_NUMBER)
        ]
        out += [
            Span(m.start("age"), m.end("age"), "NOT_A_COUNT", "not_count.age_in_apposition")
            for m in view.matches(AGE_IN_APPOSITION)
            if age_in_apposition(view.text, m)
        ]
        out += [
            Span(m.start("n"), m.end("n"), "NOT_A_COUNT", "not_count.children_of_a_parent")
            for m in view.matches(PARENT_OF)
        ]
        return out


# A capitalised word of a name, and a name: capitalised words, maybe joined by short
# lowercase words ("Estrela do Norte", "Mar Abierto"), bounded so a scan stays linear.
NAME_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*"
NAME = r"%s(?:[ \t]+(?:(?-i:[a-zà-ÿ]{1,3})[ \t]+)?%s){0,5}" % (NAME_WORD, NAME_WORD)
# The number of an operation's phase after its name: one or two digits standing alone; where
# the name is first told, the digits end a phrase ("Operação Estrela do Norte 3, a terceira
# fase"), so that "Operation Candle 12 people" is still a count.
PHASE_NUMBER = r"[ \t]+(\d{1,2})(?![\w/%]|[.,:]\d)"
PHRASE_END = r"(?=\s*(?:[,.;:)\]»”\"'–—]|$))"


# A line whose words are mostly capitalised is a headline in title case, where an operation
# word may be followed by any capitalised verb ("Global Operation Arrests 79, Saves 12").
TITLE_CASE_SHARE = 0.6
LINE_WORD = re.compile(r"[^\W\d_]{4,}")


def in_title_case(text: str, m: re.Match) -> bool:
    """The match stands on a headline written in title case."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    words = LINE_WORD.findall(text, start, len(text) if end < 0 else end)
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and capitalised >= TITLE_CASE_SHARE * len(words)


class OperationPhases(Recogniser):
    """NOT_A_COUNT: the number that ends an operation's name, its phase ("Operação Estrela
    do Norte 3", "Operation Candle 2"), where the name follows the language's word for an
    operation and wherever the name recurs without it ("Candle 2 had the support of …"):
    a name, not a count of what follows it."""

    name = "operation_phases"
    assigns = ("NOT_A_COUNT",)
    needs = frozenset({"text"})

    def __init__(self, vocab: Vocabulary):
        words = alternation(vocab.operation_words, escape=False)
        self.named = re.compile(
            r"\b(?i:%s)[ \t]+(%s)%s%s" % (words, NAME, PHASE_NUMBER, PHRASE_END), re.MULTILINE
        )

    def __call__(self, view) -> list[Span]:
        names = {
            m.group(1) for m in self.named.finditer(view.text) if not in_title_case(view.text, m)
        }
        if not names:
            return []
        recurring = re.compile(r"(?<!\w)(?:%s)%s" % (alternation(names, escape=True), PHASE_NUMBER))
        return [
            Span(m.start(1), m.end(1), "NOT_A_COUNT", "not_count.operation_phase")
            for m in recurring.finditer(view.text)
        ]


class Ordinals(Recogniser):
    """ORDINAL: "first", "twelfth", "3rd", "21st", and "5\nth" (a suffix on its own line)."""

    name = "ordinals"
    assigns = ("ORDINAL",)
    needs = frozenset({"matches"})
    gated = (ORDINAL_WORDS, ORDINAL_DIGITS, ORDINAL_SPLIT)

    def __call__(self, view) -> list[Span]:
        out = [
            Span(m.start(), m.end(), "ORDINAL", "ordinal.words")
            for m in view.matches(ORDINAL_WORDS)
        ]
        out += [
            Span(m.start(), m.end(), "ORDINAL", "ordinal.digits")
            for m in view.matches(ORDINAL_DIGITS)
        ]
        out += [
            Span(m.start(), m.end(), "ORDINAL", "ordinal.split_suffix")
            for m in view.matches(ORDINAL_SPLIT)
        ]
        return out
