"""Vocabularies + parameters → what normalise reads of them, compiled once: the `Grammar` every
construction module receives. Nothing in it changes after it is built.
"""

from __future__ import annotations

import re
from functools import cache
from types import SimpleNamespace

from pipeline.params import NormaliseParams
from pipeline.schemas import is_missing
from pipeline.vocab import Vocabulary, alternation, load_vocabulary


class Grammar:
    """The vocabularies as normalise reads them, and its parameters."""

    def __init__(self, vocab: Vocabulary, params: NormaliseParams):
        self.params = params
        # counted noun pattern → its class, sex, age band, device and role
        self.noun_attrs = {
            row["pattern"]: SimpleNamespace(
                **{k: None if is_missing(v) else v for k, v in row.items()}
            )
            for row in vocab.counted_nouns.to_dict("records")
        }
        # (noun class, event) → metric; (noun class, "") → the metric without an event
        self.metric_rules = vocab.metric_rules
        # events that happen to suspects: "arrested 144" counts people
        self.suspect_events = frozenset(vocab.suspect_events)
        # ISO 4217 codes start with their country's ISO 3166 code (GBP → GB), but for EUR & co.
        self.known_codes = set(vocab.jurisdictions["code"])
        # cities and subdivisions: a place below a country, as a dateline names it
        below = vocab.jurisdictions[vocab.jurisdictions["kind"].isin(["city", "subdivision"])]
        self.below_country = frozenset(alias.casefold() for alias in below["alias"])
        self.dollar_by_jurisdiction = vocab.dollar_by_jurisdiction
        self.operation_word_re = re.compile(
            r"\b(?:%s)\b" % alternation(vocab.operation_words, escape=False), re.IGNORECASE
        )
        self.scope_re = re.compile(
            r"(?:%s)" % alternation(vocab.scope_cues, escape=False), re.IGNORECASE
        )
        # "the arrest of 312", "the investigation of a further 40": an event noun heads a count
        self.nominal_event_re = re.compile(
            r"\b(?:%s)\s+of\s+(?:another|a\s+further|some|an\s+additional|a\s+total\s+of)?\s*$"
            % alternation(vocab.nominal_events, escape=False),
            re.IGNORECASE,
        )
        # "charged with stabbing two pensioners", "injured four girls and three boys": a
        # count that is the object of harm done (determiners, qualifiers and one earlier
        # item of a list may stand between)
        self.harmed_before_re = re.compile(
            r"\b(?:%s)\s+(?:(?:the|his|her|their|its|a|an|another|at\s+least|more\s+than|"
            r"over|some|about|nearly|almost|up\s+to)\s+)*"
            r"(?:[\w'-]+\s+[\w'-]+,?\s+(?:and|or|&)\s+)?$" % alternation(vocab.harms, escape=False),
            re.IGNORECASE,
        )
        participles = vocab.group_participles
        every = alternation(participles, escape=True)
        partitive = alternation([p for p, opens in participles.items() if opens], escape=True)
        # "Six of those arrested …", "44 of the detained …": a subset of a group named by a
        # participle
        self.subset_of_group = re.compile(
            r"\s+of\s+(?:those|the|them|these)\s+(?:\w+\s+){0,2}?(?:%s)\b" % every,
            re.IGNORECASE,
        )
        # a sentence that breaks down an earlier total: "Among these, …", "including 8 …",
        # "with 20 being …", "They included …", "Seven of those arrested …"
        self.partitive = re.compile(
            r"^\W*(?:among|of)\s+(?:these|them|those|whom|which|the\s+\w+)\b|\bincluding\s+\d|"
            r"\bwith\s+\S+\s+being\b|\b(?:these|they)\s+included\b|"
            r"(?<![\d,])(?:\d[\d,]{0,12}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|\w{3,6}teen|"
            r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)(?:-\w+)?)"
            r"\s+of\s+(?:those|the\s+\w+|them)\s+(?:%s)\b" % partitive,
            re.IGNORECASE,
        )
        # what a predicate says a counted group is: "are men", "were teenagers"
        group = vocab.group_words
        self.group_sex = {word: sex for word, (sex, _, _) in group.items() if sex}
        self.group_ages = {
            word: (low, high)
            for word, (_, low, high) in group.items()
            if low is not None or high is not None
        }
        self.predicate_sex = re.compile(
            r"\b(?:are|were|was|is)\s+(?:all\s+|mostly\s+)?(%s)\b"
            % alternation(self.group_sex, escape=True),
            re.IGNORECASE,
        )
        self.predicate_band = re.compile(
            r"\b(?:are|were)\s+(?:all\s+|mostly\s+)?(%s)\b"
            % alternation(self.group_ages, escape=True),
            re.IGNORECASE,
        )

    def noun_class(self, noun) -> str:
        """The class of a COUNTED_NOUN span ("person", "device", "location", …)."""
        return self.noun_attrs[noun.value_str].noun_class


@cache
def grammar_for(params: NormaliseParams, vocab_dir: str | None) -> Grammar:
    """One compiled grammar per parameter set and process."""
    return Grammar(load_vocabulary(vocab_dir), params)
