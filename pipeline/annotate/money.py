"""Money: a document view → MONEY spans (amount + ISO 4217 code, or "$" when the dollar is not
named): a currency sign or code before the amount ("RM3,000", "US$79,000", "€2 million") or a
currency word or code after it ("500 euros", "3,000 ringgit", "10,000 USD"). Its digits are
never counts.
"""

from __future__ import annotations

import re

from pipeline.annotate.numbers import DIGITS, NumberGrammar
from pipeline.annotate.recogniser import Recogniser
from pipeline.annotate.span import Span
from pipeline.vocab import Vocabulary, alternation


class Money(Recogniser):
    """Amounts of money; the currency comes from `currencies.csv`."""

    name = "money"
    assigns = ("MONEY",)
    needs = frozenset({"matches"})

    def __init__(self, vocab: Vocabulary, numbers: NumberGrammar):
        self.numbers = numbers
        currencies = vocab.currencies
        prefixes = currencies[currencies.position == "prefix"]
        words = currencies[currencies.position.isin(["word", "suffix"])]
        self.codes = {
            (
                row.position,
                row.alias if row.case_sensitive == "true" else row.alias.lower(),
            ): row.code
            for row in currencies.itertuples()
        }
        self.prefixed = re.compile(
            r"(?<![\w$])(%s)\s?(%s)%s"
            % (alternation(prefixes.alias, escape=True), DIGITS, numbers.scale_suffix)
        )
        self.followed = re.compile(
            r"(?<![\w.,])((?>%s))%s\s?(%s)(?!\w)"
            % (DIGITS, numbers.scale_suffix, after_amount_words(words)),
            re.IGNORECASE,
        )
        self.gated = (self.prefixed, self.followed)

    def __call__(self, view) -> list[Span]:
        out = []
        for m in view.matches(self.prefixed):
            sign = m.group(1)
            code = self.codes.get(("prefix", sign)) or self.codes.get(("prefix", sign.lower()))
            value, _ = self.numbers.value(m.group(0)[len(sign) :])
            out.append(
                Span(m.start(), m.end(), "MONEY", "money.prefix", value_num=value, value_str=code)
            )
        for m in view.matches(self.followed):
            word = m.group(2)
            code = (
                self.codes.get(("word", word.lower()))
                or self.codes.get(("suffix", word))
                or self.codes.get(("word", word))
            )
            value, _ = self.numbers.value(m.group(0)[: m.start(2) - m.start()])
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


def after_amount_words(words) -> str:
    """The currency words and codes that may follow an amount, as one alternation, longest
    first (as `alternation`). The pattern is read without letter case ("500 Euros"), but an
    alias marked `case_sensitive` keeps its case inside it (`(?-i:…)`): a code such as "PEN"
    is the currency only in capitals, and "3 pen drives" is three devices, not Peruvian money."""
    exact = dict(zip(words.alias, words.case_sensitive == "true", strict=True))
    ordered = sorted(exact, key=lambda alias: (-len(alias), alias))
    return "|".join(
        r"(?-i:%s)" % re.escape(alias) if exact[alias] else re.escape(alias) for alias in ordered
    )
