"""Numbers: a document view → NUMBER candidates; and how a count is written (digits, scale
words, number words) and what it is worth.

`NumberGrammar` is compiled once from `number_words.csv` and shared, read-only, by every
recogniser that reads a number inside its construction (ages, money, percentages, …).
`Numbers` finds the NUMBER candidates; whether one is a count is decided later, by the
claims of the other recognisers (`claims.py`).
"""

from __future__ import annotations

import re

from pipeline.annotate.recogniser import Recogniser
from pipeline.annotate.span import Span
from pipeline.vocab import Vocabulary, alternation, unspaced_letters, word_edges

# No count runs to this many characters: longer digit or word runs are data, not figures.
MAX_NUMBER_CHARS = 40
# "3.000 suspects": dots that group thousands
DOT_GROUPED = r"\d{1,3}(?:\.\d{3})+"
# "100 000 files": spaces (plain, no-break or thin) that group thousands, as many style
# guides outside the US write them
SPACE_GROUPED = "\\d{1,3}(?:[ \u00a0\u202f\u2009]\\d{3})+(?!\\d|[.,]\\d)"
# "360'000 fichiers": apostrophes (straight or curly) that group thousands, as Swiss
# reports in French, Italian and German write them; without it "000" alone was a count
APOSTROPHE_GROUPED = "\\d{1,3}(?:['\u2019]\\d{3})+(?!\\d|[.,]\\d)"
THOUSANDS_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'\u2019")
# "1.500.000 archivos": two or more groups of dots are thousands in any language (a decimal
# has one point); without it "1.500.000" was no number at all
DOTS_GROUPED_TWICE = r"\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)"
# "1,200", "1,200.5", "35", "3.5"
DIGITS = (
    SPACE_GROUPED
    + "|"
    + APOSTROPHE_GROUPED
    + "|"
    + DOTS_GROUPED_TWICE
    + r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
# A list of counts before a word: "25 men and one woman", "three girls, one boy", "tres
# portátiles y una tableta": a count (digits or the language's number words), maybe items
# of one after it ("cinco portátiles, un teléfono y un router"), then a comma, the
# language's word that joins a list's last item, or "including", "among them".
# Each item's words exclude the list's joining words, so the text splits into items one
# way only and the search costs no more than its length ("y un y un y un …").
LIST_OF_COUNTS_BEFORE = (
    r"(?:\d[\d.,]*|\b(?:%(counts)s)\b)(?:\s+(?!(?:%(and)s)\b)[\w'-]+){0,6}"
    r"(?:(?:\s*,|\s+(?:%(and)s))\s+(?:%(ones)s)\b(?:\s+(?!(?:%(and)s)\b)[\w'-]+){0,4})*"
    r"(?:\s*,|\s+(?:%(and)s|including|among\s+them))\s+$"
)
# From one item of a list of counts by place to the next, past the item's words: "…, another
# in Portugal and another in Italy" (`NumberGrammar.another`).
LIST_GOES_ON = r"(?:\s+(?!(?:%(and)s)\b)[\w'-]+){0,6}(?:\s*,|\s+(?:%(and)s))\s+"
# How far back the list of counts before a "one" is looked for: room for a first item and
# a few items of one after it ("dos ordenadores de sobremesa, una memoria externa y un teléfono").
LIST_REACH = 60
LETTERS = re.compile(r"[^\W\d_]+")
MAGNITUDE = re.compile(r"(tens|hundreds)\s+of\s+(thousands|millions)")
# Other languages' vague magnitudes ("des dizaines de milliers", "decenas de miles") are
# read from their vocabulary (`vague_magnitude`).
MAGNITUDE_WORDS = {"tens": 20, "hundreds": 200}
MAGNITUDE_SCALES = {"thousands": 1000, "millions": 1000000}


def vague_magnitude(vocab, of: str, vague_end: str) -> tuple[re.Pattern | None, str]:
    """Another language's "tens of thousands": a vague word under a thousand, the
    language's "of" and a vague word of thousands or more ("decine di migliaia di file",
    "decenas de miles de archivos", "centenas de milhares"), read whole as one vague
    number; read apart, its second word alone would count the files (2000 for tens of
    thousands). Returns the pattern that reads such a token (groups: the two words) and the
    alternative it adds to the number words' pattern (empty when the language has none)."""
    vague = [(w, v) for w, (v, k) in vocab.number_words.items() if k == "vague"]
    small = [w for w, v in vague if v < 1000]
    large = [w for w, v in vague if v >= 1000]
    if not small or not large or "unspaced" in vocab.function_words:
        return None, ""
    words = alternation(small, escape=True), of, alternation(large, escape=True)
    reading = re.compile(r"(%s)\s+(?:%s)\s+(%s)" % words, re.IGNORECASE)
    return reading, r"|(?:%s)\s+(?:%s)\s+(?:%s)%s" % (*words, vague_end)


def compound_digits(scale_words: str) -> re.Pattern:
    """Digits, a scale word, then more digits with or without scale words of their own
    ("1만2천", "1만 2000", "1万2000", "3億5000万"): one number of a language written without
    spaces. Its groups are `COMPOUND_GROUP`s."""
    group = r"(?:\d{1,3}(?:,\d{3})+|\d+)\s?(?:%s)*" % scale_words
    first = r"(?:\d{1,3}(?:,\d{3})+|\d+)\s?(?:%s)+" % scale_words
    return re.compile(r"%s(?:\s?%s)+(?!\d)" % (first, group))


class NumberGrammar:
    """The patterns of a written number and its value, from the number words vocabulary."""

    def __init__(self, vocab: Vocabulary):
        self.words = {w: v for w, v in vocab.number_words.items() if v[1] != "connector"}
        # the language's words for one ("one", "un", "une"): alone, an article or a pronoun
        self.ones = frozenset(
            w for w, (value, kind) in self.words.items() if (value, kind) == (1, "unit")
        )
        # words that join the words of one number and count nothing: "and", "y", "et"
        self.connectors = frozenset(
            w for w, (_, kind) in vocab.number_words.items() if kind == "connector"
        )
        self.scales = {word: float(value) for word, value in vocab.digit_scales.items()}
        by_kind = {
            kind: [w for w, (_, k) in vocab.number_words.items() if k in kinds]
            for kind, kinds in (
                # a `lone_scale` ("mil", "mille") multiplies the words before it, and writes
                # its number alone too ("mil detenidos" is a thousand)
                ("small", ("unit", "teen", "tens", "lone_scale")),
                ("scale", ("scale", "lone_scale")),
                ("vague", ("vague",)),
                ("dozen", ("dozen",)),
                ("connector", ("connector",)),
            )
        }
        # (a kind the language has no words of matches nothing)
        patterns = {
            name: alternation(words, escape=True) or r"(?!)" for name, words in by_kind.items()
        }
        # a language written without spaces (`unspaced` function words): its numbers may
        # touch its letters ("111명", "逮捕3名"), and its number words one another ("二十一")
        self.unspaced = "unspaced" in vocab.function_words
        before, after = word_edges(vocab.function_words)
        # what may not stand right before or after digits: a word character, but the letters
        # of an unspaced language
        letters = unspaced_letters(vocab.function_words)
        word_char = None if letters is None else rf"(?!{letters})\w"
        # "dozens of", "decenas de": a vague word counts only before the language's "of"
        # (in an unspaced language, before its counter, as "数十人", "수십 명")
        of = alternation(vocab.function_words.get("of", ["of"]), escape=False)
        dozen = r"(?:a|one)\s+(?:%(dozen)s)|" % patterns if by_kind["dozen"] else ""
        # "thirty-one", "trente et un", "trente-et-un": a connector between spaces or hyphens
        connector = r"(?:(?:%(connector)s)[\s-]+)?" % patterns if by_kind["connector"] else ""
        extra = "|(?:%(dozen)s)" % patterns if by_kind["dozen"] else ""
        scale_words = alternation(self.scales, escape=True)
        # "5 million", "3bn", "12k" after digits
        self.scale_suffix = r"(?:\s*(?:%s)%s)?" % (scale_words, after)
        self.scale_at_end = re.compile(r"\s*(%s)$" % scale_words, re.IGNORECASE)
        self.scale_reach = max(len(w) for w in self.scales) + 4
        # a language that writes its decimals after a comma (its `decimal_mark` function
        # word): "1,5 millones" is 1.5 million. Only one or two decimals before a scale word
        # are read so: "1,500 millones" may group thousands, as Latin American reports write
        # them, and digits without a scale word are never a count with decimals.
        marks = vocab.function_words.get("decimal_mark")
        mark = alternation(marks, escape=False) if marks else None
        self.decimal_comma = re.compile(r"\d{1,3}(?:%s)\d{1,2}" % mark) if mark else None
        decimals = (
            r"%s(?=\s*(?:%s)%s)|" % (self.decimal_comma.pattern, scale_words, after)
            if self.decimal_comma
            else ""
        )
        listed = [w for w in by_kind["small"] if w not in self.ones]
        list_and = vocab.function_words.get("list_and", ["and"])
        self.list_of_counts_before = re.compile(
            LIST_OF_COUNTS_BEFORE
            % {
                "counts": alternation(listed, escape=True) or r"(?!)",
                "and": alternation(list_and, escape=False),
                "ones": alternation(self.ones, escape=True) or r"(?!)",
            },
            re.IGNORECASE,
        )
        # "12 in Spain, another in Portugal", "otra en Portugal", "eine weitere in Wien": the
        # language's `another` words stand for one more item of a list of counts by place,
        # only after such a list and right before a place (perhaps after their noun); never
        # before a number ("another 20 in Portugal")
        another = vocab.function_words.get("another")
        place_intro = alternation(vocab.function_words.get("place_intro", []), escape=False)
        self.another = (
            re.compile(
                r"%s(?:%s)%s" % (before, alternation(another, escape=False), after), re.IGNORECASE
            )
            if another and place_intro
            else None
        )
        self.list_goes_on = re.compile(
            LIST_GOES_ON % {"and": alternation(list_and, escape=False)}, re.IGNORECASE
        )
        self.place_after = re.compile(
            r"(?:\s+[^\W\d_][\w'-]*)?\s+(?:%s)\s" % (place_intro or r"(?!)"), re.IGNORECASE
        )
        between = r"[\s-]+" if not self.unspaced else r"[\s-]*"
        vague = r"(?=\s+(?:%s)\b)" % of if not self.unspaced else ""
        self.vague_magnitude, magnitude = vague_magnitude(vocab, of, vague)
        # "twenty-five", "three hundred and ten", "a dozen", "tens of thousands of",
        # "dozens of": number words, and vague ones only before "of"
        body = (
            r"(?:%s(?:%s)(?:%s%s(?:%s|%s%s))*"
            r"|(?:tens|hundreds)\s+of\s+(?:thousands|millions)(?=\s+of\b)"
            r"%s|(?:%s)%s)"
            % (
                dozen,
                patterns["small"],
                between,
                connector,
                patterns["small"],
                patterns["scale"],
                extra,
                magnitude,
                patterns["vague"],
                vague,
            )
        )
        self.word_pattern = re.compile(before + body + after, re.IGNORECASE)
        # "1만2천", "1万2000", "3억 5천만": in a language written without spaces, a number
        # in digits may go on after its scale word with the digits of a lower place
        self.compound = compound_digits(scale_words) if self.unspaced and self.scales else None
        compound = "%s|" % self.compound.pattern if self.compound else ""
        self.scale_word = re.compile(scale_words, re.IGNORECASE)
        self.compound_group = re.compile(
            r"(\d{1,3}(?:,\d{3})+|\d+)\s?((?:%s)*)" % scale_words, re.IGNORECASE
        )
        # digits standing alone (not inside "1.2.3", "12/5", "A-12", "1,234", nor an ordinal
        # "4.ª"), with a scale word; after a word and a comma with no space ("In total,120")
        # they stand alone too
        self.digit_pattern = re.compile(
            r"(?<![\w./-])(?<!\d,)(?:%s%s)%s(?![\w/]|[.,]\d|\.[ºª])"
            % (decimals, DIGITS, self.scale_suffix)
            if word_char is None
            else r"(?<![.,/-])(?<!%s)(?:%s(?:%s%s)%s)(?!%s|/|[.,]\d|\.[ºª])"
            % (word_char, compound, decimals, DIGITS, self.scale_suffix, word_char),
            re.IGNORECASE,
        )
        # a number in digits or words, inside another construction ("aged (?P<a>…)")
        self.any = r"(?:%s|%s)" % (DIGITS, body)
        # where a number token begins and ends: the view's `tokens`
        self.token_pattern = re.compile(
            r"(?<![\w.])(?<!\d,)(?:%s)|%s" % (DIGITS, self.word_pattern.pattern)
            if word_char is None
            else r"(?<![.,])(?<!%s)(?:%s)|%s" % (word_char, DIGITS, self.word_pattern.pattern),
            re.IGNORECASE,
        )

    def value(self, token: str) -> tuple[float | None, bool]:
        """Value of a number written in digits or words; second item marks vague words
        ("dozens", "tens of thousands": at least that many)."""
        token = token.strip()
        if self.compound is not None and self.compound.fullmatch(token):
            return self.compound_value(token), False
        scale = 1.0
        m = self.scale_at_end.search(token, max(0, len(token) - self.scale_reach))
        if m and re.search(r"\d", token[: m.start()]):
            token = token[: m.start()]
            scale = self.scales[m.group(1).lower()]
        if scale != 1 and self.decimal_comma and self.decimal_comma.fullmatch(token):
            # "1,5 millones": a decimal comma before a scale word
            return float(re.sub(r"\D", ".", token)) * scale, False
        if scale == 1 and re.fullmatch(DOT_GROUPED, token):
            # "3.000 suspects": a count never has three decimals, so the dots group thousands.
            return float(token.replace(".", "")), False
        if re.fullmatch(DOTS_GROUPED_TWICE, token):
            return float(token.replace(".", "")) * scale, False
        if re.fullmatch(DIGITS, token):
            return float(token.replace(",", "").translate(THOUSANDS_SPACES)) * scale, False
        if self.vague_magnitude is not None:
            m = self.vague_magnitude.fullmatch(token.lower())
            if m:
                # "decine di migliaia", "decenas de miles": the small vague word's least
                # (two tens) times the unit of the large one (a thousand)
                small, _ = self.words[m.group(1)]
                large, _ = self.words[m.group(2)]
                return float(small * large / 2), True
        magnitude = MAGNITUDE.fullmatch(token.lower())
        if magnitude:
            # "tens of thousands": at least twenty thousand (two tens of them)
            tens = MAGNITUDE_WORDS[magnitude.group(1)]
            return float(tens * MAGNITUDE_SCALES[magnitude.group(2)]), True
        return self.words_value(token)

    def compound_value(self, token: str) -> float:
        """'1만2천' → 12000, '3万5000' → 35000, '3億5000万' → 350000000: each group of digits
        times the scale words after it, summed."""
        total = 0.0
        for m in self.compound_group.finditer(token):
            value = float(m.group(1).replace(",", ""))
            for scale in self.scale_word.findall(m.group(2)):
                value *= self.scales[scale.lower()]
            total += value
        return total

    def words_value(self, token: str) -> tuple[float | None, bool]:
        """'three hundred and ten' → 310; 'quatre-vingt-dix' → 90; 'dozens' → 24, vague (a
        vague word's value is the least the plural can mean, two of its unit: "dozens" is at
        least two dozen, as the development set's annotators write it); an unknown word →
        None."""
        total, current, unit = 0, 0, None
        parts = LETTERS.findall(token.lower())
        if self.unspaced:
            # "二十一": an unspaced language's number words are read one letter at a time,
            # but those the vocabulary lists whole ("数十", "수십")
            parts = [q for p in parts for q in ((p,) if p in self.words else tuple(p))]
        for w in parts:
            if w in self.connectors or w == "a":
                continue
            value, kind = self.words.get(w, (None, None))
            if value is None:
                return None, False
            if kind in ("scale", "lone_scale", "dozen"):
                current = max(current, 1) * value
                if value >= 1000:
                    total, current = total + current, 0
            elif kind == "vague":
                return float(value), True
            elif kind == "tens" and unit is not None:
                # no number puts a digit's word before its tens but to multiply them:
                # "quatre-vingt" is 4 × 20
                current += unit * value - unit
            else:
                current += value
            unit = value if kind == "unit" and value < 10 else None
        return float(total + current), False


class Numbers(Recogniser):
    """NUMBER candidates: digits with separators and scale words ("1,200", "3.5 million"),
    number words ("twenty-five", "a dozen"), vague quantities ("dozens of")."""

    name = "numbers"
    assigns = ("NUMBER",)
    needs = frozenset({"text", "matches"})

    def __init__(self, grammar: NumberGrammar):
        self.grammar = grammar
        self.gated = (grammar.digit_pattern, grammar.word_pattern) + (
            (grammar.another,) if grammar.another is not None else ()
        )

    def __call__(self, view) -> list[Span]:
        grammar, text = self.grammar, view.text
        out = []
        for m in view.matches(grammar.digit_pattern):
            if m.end() - m.start() > MAX_NUMBER_CHARS:
                continue
            value, _ = grammar.value(m.group(0))
            if value is not None:
                out.append(Span(m.start(), m.end(), "NUMBER", "number.digits", value_num=value))
        # the scale word of "3 mil" is no number of its own, though a lone scale is ("mil")
        digit_ends = {s.end: s.start for s in out}
        for m in view.matches(grammar.word_pattern):
            token = m.group(0)
            if len(token) > MAX_NUMBER_CHARS or digit_ends.get(m.end(), m.end()) < m.start():
                continue
            value, vague = grammar.value(token)
            if value is None:
                continue
            # "one" alone is a pronoun far more often than a count ("one of the largest"),
            # except as an item of a list of counts ("25 men and one woman").
            if token.lower() in grammar.ones and not grammar.list_of_counts_before.search(
                text, max(0, m.start() - LIST_REACH), m.start()
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
        out.extend(self.another_items(view))
        return out

    def another_items(self, view) -> list[Span]:
        """One more item of a list of counts by place, said by the language's word for
        another: '12 people in Spain, another in Portugal' (`NumberGrammar.another`)."""
        grammar, text = self.grammar, view.text
        if grammar.another is None:
            return []
        out = []
        for m in view.matches(grammar.another):
            if not grammar.place_after.match(text, m.end()) or grammar.word_pattern.match(
                text, m.end() + 1
            ):
                continue
            goes_on = bool(out) and grammar.list_goes_on.fullmatch(text, out[-1].end, m.start())
            if not goes_on and not grammar.list_of_counts_before.search(
                text, max(0, m.start() - LIST_REACH), m.start()
            ):
                continue
            out.append(Span(m.start(), m.end(), "NUMBER", "number.another", value_num=1.0))
        return out
