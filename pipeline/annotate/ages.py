"""Ages: a document view → AGE_RANGE spans (of a group, "aged between 19 and 61"), AGE_BAND
(a group's band, "in their 20s", "aged 30 or older", "under 18") and AGE_INDIVIDUAL (one
person's, "a 52-year-old man", "aged 35"). Their numbers are ages, never counts.
"""

from __future__ import annotations

import re

from pipeline.annotate.numbers import NumberGrammar
from pipeline.annotate.recogniser import Recogniser
from pipeline.annotate.span import Span
from pipeline.vocab import BASE_LANGUAGE, Vocabulary

OLDEST_AGE = 120
DECADE_WORDS = {
    "teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80,
}  # fmt: skip
DECADE = r"(?:\d0s|'\d0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)"
DECADE_PART = r"(?:early\s+|mid-?|late\s+)?"
# "in their 20s", "in his early thirties", "in their late teens to early twenties"
IN_THEIR_DECADE = re.compile(
    rf"\bin\s+(?P<who>their|his|her)\s+{DECADE_PART}(?P<a>{DECADE})"
    rf"(?:\s+(?:and|or|to)\s+{DECADE_PART}(?P<b>{DECADE}))?",
    re.IGNORECASE,
)
# Ranges whose low end is in months, weeks or days: their value is "-<oldest>".
MONTHS_LOW_END = frozenset({"age.months_to_years"})
# Who one end of a group's range is said of: "the oldest (of them | suspect | person
# arrested) is 66"; never another relation ("the oldest son").
GROUP_MEMBER = (
    r"(?:of\s+(?:them|these|those)(?:\s+(?:arrested|charged|detained|identified|rescued))?|"
    r"(?:suspect|person|defendant|offender|victim|child|one|man|woman|detainee)"
    r"(?:\s+(?:arrested|charged|detained|identified|rescued))?)"
)
# Rules that name one end of a group's range: "the oldest is 66" (→ "-66"), "the youngest
# was 15" (→ "15-").
ONE_END = {"age.oldest_alone": "b", "age.youngest_alone": "a"}
# After a number token: "six years old", "a 52-year-old", "9 months old"
UNITS_OLD_AFTER = re.compile(r"[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old\b", re.IGNORECASE)


def _decade_start(decade: str) -> int | None:
    decade = decade.lower().lstrip("'")
    return DECADE_WORDS.get(decade, int(decade[:2]) if decade[:1].isdigit() else None)


class Ages(Recogniser):
    """Every age construction; each pattern names the construction it catches."""

    name = "ages"
    assigns = ("AGE_RANGE", "AGE_BAND", "AGE_INDIVIDUAL")
    needs = frozenset({"text", "matches", "tokens"})

    def __init__(self, numbers: NumberGrammar, vocab: Vocabulary):
        self.numbers = numbers
        n = numbers.any
        if vocab.language != BASE_LANGUAGE:
            self.foreign(n, vocab.age_constructions)
            return
        ranges = [
            (
                "age.aged_between",
                rf"\baged\s+(?:between|from)\s+(?P<a>{n})\s*(?:and|to|-|–)\s*(?P<b>{n})(?:\s+years?(?:\s+old|\s+of\s+age)?)?",
            ),
            # "aged 16 to 49", "aged 13-17": without "between", only "to" or a dash makes a
            # range; "aged 33 and 41" names two people's ages (`age.aged_list`)
            (
                "age.aged_to",
                rf"\baged\s+(?P<a>{n})\s*(?:to|-|–)\s*(?P<b>{n})(?:\s+years?(?:\s+old|\s+of\s+age)?)?",
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
            # "their ages ranged from 25 to 63", "the suspects, whose ages range from 19 to
            # 48": the ages of a group the sentence speaks of
            (
                "age.their_ages_ranged",
                rf"\b(?:their|whose)\s+ages\s+(?:rang(?:e|es|ed|ing)|were|are)\s+(?:from\s+|between\s+)?(?P<a>{n})\s+(?:to|and)\s+(?P<b>{n})\b",
            ),
            # "The ages of the men charged ranged from 22 to 58"
            (
                "age.ages_of_the_group_ranged",
                rf"\bages\s+of\s+(?:the|those)\s+(?:[\w-]+\s+){{1,2}}?rang(?:e|es|ed|ing)\s+(?:from\s+)?(?P<a>{n})\s+to\s+(?P<b>{n})\b",
            ),
            # "the youngest is aged 15 while the oldest is 61", "the youngest of them was 19
            # and the oldest 64": a group's two ends named apart (`amounts.GROUP_AGE_RULES`)
            (
                "age.youngest_and_oldest",
                rf"\bthe\s+youngest(?:\s+[\w-]+){{0,3}}?\s+(?:is|was)\s+(?:aged\s+)?(?P<a>{n})(?:[\s-]+years?(?:[\s-]+old)?)?\s*,?\s*(?:while|and|whereas|with)?\s*the\s+oldest(?:\s+[\w-]+){{0,3}}?\s+(?:(?:is|was)\s+)?(?:aged\s+)?(?P<b>{n})\b",
            ),
            # "aged from 16 months to 15 years", "aged between two months and eight years
            # old": the youngest is under a year, so only the oldest age is a figure
            # (`MONTHS_LOW_END`)
            (
                "age.months_to_years",
                rf"\b(?:aged\s+)?(?:between|from)\s+(?P<a>{n})\s+(?:months?|weeks?|days?)(?:\s+old)?\s*(?:and|to|-|–)\s*(?P<b>{n})\s+years?(?:\s+old|\s+of\s+age)?",
            ),
            # "victims ranging from just three years old to 18": the first end says it is
            # an age
            (
                "age.ranging_from_years_old",
                rf"\brang(?:e|es|ed|ing)\s+from\s+(?:just\s+|only\s+)?(?P<a>{n})[\s-]+years?[\s-]+old\s+(?:to|and)\s+(?P<b>{n})\b(?:[\s-]+years?(?:[\s-]+old)?)?",
            ),
            # "the oldest is 66", "the youngest of those arrested was 15": one end of a
            # group's range named alone (`ONE_END`; not inside a range that names both)
            (
                "age.oldest_alone",
                rf"\bthe\s+oldest(?:\s+{GROUP_MEMBER})?\s+(?:is|was)\s+(?:aged\s+)?(?P<b>{n})\b(?!\s*(?:months?|weeks?|days?)\b)",
            ),
            (
                "age.youngest_alone",
                rf"\bthe\s+youngest(?:\s+{GROUP_MEMBER})?\s+(?:is|was)\s+(?:aged\s+)?(?P<a>{n})\b(?!\s*(?:months?|weeks?|days?)\b)",
            ),
            (
                "age.between_the_ages",
                rf"\bbetween\s+the\s+ages\s+of\s+(?P<a>{n})\s+and\s+(?P<b>{n})\b",
            ),
        ]
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
            ("age.aged_n", rf"\baged\s+(?:{n})\b(?!\s*(?:and|&|to|-|–|,)\s*\d)"),
            # "The women, aged 33 and 41, …", "aged 47, 58 and 63": each person's own age
            (
                "age.aged_list",
                rf"\baged\s+(?:{n})(?:\s*,\s*(?:{n}))*\s*,?\s*(?:and|&)\s*(?:{n})\b",
            ),
            ("age.age_of_n", rf"\b(?:age|ages)\s+of\s+(?:{n})\b"),
            # "among them 13, 14 and 15-year-olds": a list of each person's age (a short one:
            # a long run of "1, 1, 1, …" must not cost the square of its length)
            (
                "age.list_years_old",
                rf"\b(?:{n})(?:\s*,\s*(?:{n})){{0,6}}\s*,?\s*(?:and|or|&)\s*(?:{n})[\s-]+years?[\s-]+olds?\b",
            ),
            ("age.older_younger_than", rf"\b(?:older|younger)\s+than\s+(?:{n})\b"),
            (
                "age.under_n",
                rf"\b(?:minors?|children|girls?|boys?|child)\s+(?:under|below|aged\s+under)\s+(?:the\s+age\s+of\s+)?(?:{n})\b",
            ),
        ]
        self.ranges = [(rule, re.compile(p, re.IGNORECASE)) for rule, p in ranges]
        self.open_bands = [(re.compile(p, re.IGNORECASE), f) for p, f in open_bands]
        self.single = [(rule, re.compile(p, re.IGNORECASE)) for rule, p in single]
        # "aged 13 to 17 years old": a token, then the rest of the range
        self.range_years_old_after = re.compile(
            rf"\s*(?:to|-|–)\s*(?P<b>{n})\s+years?\s+old", re.IGNORECASE
        )
        self.english = True
        self.gated = (
            *(p for _, p in self.ranges),
            IN_THEIR_DECADE,
            *(p for p, _ in self.open_bands),
            *(p for _, p in self.single),
        )

    def foreign(self, n: str, constructions: list[tuple[str, str, str]]) -> None:
        """Another language's constructions, from its `ages.csv` (a group's range, with
        groups `a` and `b`, or one person's age; `{n}` stands for a number); English's
        bands and units are not looked for."""

        def compiled(kind: str) -> list[tuple[str, re.Pattern]]:
            return [
                (f"age.{rule}", re.compile(pattern.replace("{n}", f"(?:{n})"), re.IGNORECASE))
                for rule, of_kind, pattern in constructions
                if of_kind == kind
            ]

        self.ranges = compiled("range")
        self.open_bands = []
        self.single = compiled("individual")
        self.english = False
        self.gated = (*(p for _, p in self.ranges), *(p for _, p in self.single))

    def __call__(self, view) -> list[Span]:
        english = (
            self.decade_bands(view)
            + self.open_ended_bands(view)
            + self.ranges_years_old(view)
            + [
                Span(start, m.end(), "AGE_INDIVIDUAL", "age.n_units_old")
                for start, m in view.followed_by(UNITS_OLD_AFTER)
            ]
            if self.english
            else []
        )
        return (
            self.age_ranges(view)
            + english
            + [
                Span(m.start(), m.end(), "AGE_INDIVIDUAL", rule)
                for rule, pattern in self.single
                for m in view.matches(pattern)
            ]
        )

    def _range(self, a: str, b: str, rule: str = "") -> str | None:
        """'13-68' for a range of two ages in order, else None; '-15' when the low end is
        in months (`MONTHS_LOW_END`): under a year, no youngest age in years."""
        low, _ = self.numbers.value(a)
        high, _ = self.numbers.value(b)
        if rule in MONTHS_LOW_END:
            return None if high is None or not 1 <= high <= OLDEST_AGE else f"-{int(high)}"
        if low is None or high is None or not 0 <= low <= high <= OLDEST_AGE:
            return None
        return f"{int(low)}-{int(high)}"

    def age_ranges(self, view) -> list[Span]:
        """'aged between 19 and 61', 'ages 13-17', 'ranging in age from 10 to 15'; one end
        alone ('the oldest is 66') where no range holds it."""
        out, ends = [], []
        for rule, pattern in self.ranges:
            for m in view.matches(pattern):
                if rule in ONE_END:
                    ends.append(self._one_end(m, rule))
                    continue
                band = self._range(m.group("a"), m.group("b"), rule)
                if band is not None:
                    out.append(Span(m.start(), m.end(), "AGE_RANGE", rule, value_str=band))
        inside = [(s.start, s.end) for s in out]
        return out + [
            e for e in ends if e is not None and not any(a <= e.start < b for a, b in inside)
        ]

    def _one_end(self, m: re.Match, rule: str) -> Span | None:
        value, _ = self.numbers.value(m.group(ONE_END[rule]))
        if value is None or not 1 <= value <= OLDEST_AGE:
            return None
        band = f"-{int(value)}" if ONE_END[rule] == "b" else f"{int(value)}-"
        return Span(m.start(), m.end(), "AGE_RANGE", rule, value_str=band)

    @staticmethod
    def decade_bands(view) -> list[Span]:
        """'in their 20s' → 20-29 (a group's band); 'in his thirties' → one person's age;
        'teens' → 13-19."""
        out = []
        for m in view.matches(IN_THEIR_DECADE):
            a = _decade_start(m.group("a"))
            b = _decade_start(m.group("b")) if m.group("b") else a
            if a == 10:
                a = 13
            label = "AGE_BAND" if m.group("who").lower() == "their" else "AGE_INDIVIDUAL"
            value = f"{a}-{b + 9 if b != 13 else 19}"
            out.append(Span(m.start(), m.end(), label, "age.in_their_decade", value_str=value))
        return out

    def open_ended_bands(self, view) -> list[Span]:
        """'aged 30 or older' → 30-; 'under the age of 16' → -15."""
        out = []
        for pattern, band in self.open_bands:
            for m in view.matches(pattern):
                value, _ = self.numbers.value(m.group("n"))
                if value is not None and 0 < value <= OLDEST_AGE:
                    out.append(
                        Span(
                            m.start(),
                            m.end(),
                            "AGE_BAND",
                            "age.open_band",
                            value_str=band(int(value)),
                        )
                    )
        return out

    def ranges_years_old(self, view) -> list[Span]:
        """'13 to 17 years old': a number token, then the rest of the range."""
        text = view.text
        out = []
        for start, m in view.followed_by(self.range_years_old_after):
            band = self._range(text[start : m.start()], m.group("b"))
            if band is not None:
                out.append(Span(start, m.end(), "AGE_RANGE", "age.range_years_old", value_str=band))
        return out
