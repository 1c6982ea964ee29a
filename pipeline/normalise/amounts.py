"""Figures that are not counts: a sentence → facts of the ends of a group's age range
(youngest_age, oldest_age) and fines (fine_amount, one row per fine, in the fine's currency).

- "The 14 suspects, aged between 19 and 65, …" → youngest_age 19, oldest_age 65, if the
  sentence counts people; not "most of them aged between 10 and 13" (part of the group).
- "was fined RM3,000", "a £1,200 fine" → fine_amount; not the law's maximum ("carries a
  fine of up to R100,000").
"""

from __future__ import annotations

import re

import pandas as pd

from pipeline.normalise import attachment as attach
from pipeline.normalise.fact import Fact
from pipeline.normalise.grammar import Grammar
from pipeline.normalise.sentences import Sentence
from pipeline.schemas import METRIC_CATALOGUE

# Noun classes that count a group of people, suspects or victims: an age range beside a
# count of them is the group's.
GROUP_CLASSES = ("person", "victim")
# "most of them aged between 10 and 13", "girls, primarily between the ages of 12 and 16":
# a range of part of the group, or one hedged as typical of it, is no group's range.
PART_OF_GROUP = re.compile(
    r"\b(?:most|many|some|several|half|mainly|mostly|primarily|predominantly|largely|chiefly|"
    r"generally|typically|usually)\b[\w\s,]*$",
    re.IGNORECASE,
)
PART_OF_GROUP_REACH = 25
# "fined RM3,000", "fined each of them ₦2 million", "a fine of €500" … before the amount;
# "a £1,200 fine" after it.
FINE_BEFORE = re.compile(
    r"\b(?:fined|fines?\s+(?:of|totall?ing)|penalt(?:y|ies)\s+of|ordered\s+to\s+pay)"
    r"(?:\s+[\w']+){0,3}\s*$",
    re.IGNORECASE,
)
FINE_AFTER = re.compile(r"\s*(?:fine|penalty)\b", re.IGNORECASE)
FINE_REACH = 60
# "ordered to pay $480,000 in restitution", "a $2 million settlement", "bail of $50,000":
# money a court orders paid to victims, agreed in a settlement or set as bail is no fine.
NOT_A_FINE_AFTER = re.compile(
    r"\s*(?:in\s+)?(?:victim\s+)?(?:restitution|damages|compensation|settlement|bail|"
    r"civil\s+(?:judgment|judgement))\b",
    re.IGNORECASE,
)
NOT_A_FINE_BEFORE = re.compile(
    r"\b(?:restitution|damages|compensation|settlement|bail|bond)\s+"
    r"(?:of|totall?ing|amounting\s+to|set\s+at)\s+(?:about\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# Law, not a case: "punishable by up to …", "carries a fine of …", "faces a maximum …".
LEGAL_MAXIMUM = re.compile(
    r"\b(?:up\s+to|maximum|max\.?|can\s+be|could\s+be|may\s+be|liable|faces?|facing|"
    r"punishable|prescrib\w*|carr(?:y|ies|ying)|provides?\s+for)\b",
    re.IGNORECASE,
)
# Where the fine's own clause begins: "The law carries a fine of up to R100,000, and a man
# was fined R20,000" still states the R20,000.
CLAUSE_START = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+")
# The currency of a fine in dollars where the text does not say which dollar.
DEFAULT_DOLLAR = "USD"


GROUP_AGE_RULES = frozenset(
    {
        "age.their_ages_ranged",
        "age.ages_of_the_group_ranged",
        "age.youngest_and_oldest",
    }
)
# Another language's range whose rule (`ages.csv`) ends so speaks of a group by itself too:
# "the youngest is 15, the oldest 61" (`is_group_range`).
GROUP_RULE_SUFFIX = "_of_the_group"
# "the children", "these victims", "the rescued children": a group the story has counted.
DEFINITE_REACH = 30


# English plurals: "victims", "men", "children", "people" (a range is never one person's).
PLURAL = re.compile(r"(?:s|men|ren|ple)$", re.IGNORECASE)


def is_named_group(grammar: Grammar, text: str, noun) -> bool:
    """Suspects named in any way, or victims named as a group already counted; never one
    person ("the girl, who was between the ages of 11 and 13 at the time"). A noun is plural
    by English's endings or by the language's `plural` function words ("Männer", "personen")."""
    plural = grammar.plural or PLURAL
    if not plural.search(text[noun.char_start : noun.char_end].rstrip()):
        return False
    noun_class = grammar.noun_class(noun)
    if noun_class == "person":
        return True
    start = max(0, noun.char_start - DEFINITE_REACH)
    return (
        noun_class == "victim"
        and grammar.definite_before.search(text, start, noun.char_start) is not None
    )


# Between a noun and the age range that describes it: "two girls, ages 12 and 13".
NOUN_TO_AGES = re.compile(
    r"[\s,]*(?:(?:who|that)\s+(?:were|are|was|is)\s+)?(?:(?:between|of)\s+the\s+)?"
)
# Events that make victims a group law enforcement counted.
VICTIMS_FOUND = frozenset({"rescue", "identify"})
# The metric of a count of victims law enforcement found, rescued or identified.
VICTIMS_IDENTIFIED = "victims_identified"


def last_noun_before(sentence: Sentence, age):
    """The sentence's last counted noun before the age range, or None."""
    before = [n for n in sentence.spans["COUNTED_NOUN"] if n.char_end <= age.char_start]
    return max(before, key=lambda n: n.char_end) if before else None


def described_noun(text: str, sentence: Sentence, age):
    """The counted noun an age range describes: the last one before it, joined to it by
    nothing but a comma, 'who were' or 'between the' ("two girls, ages 12 and 13"); or None."""
    noun = last_noun_before(sentence, age)
    if noun is None:
        return None
    return noun if NOUN_TO_AGES.fullmatch(text, noun.char_end, age.char_start) else None


def describes_victims(grammar: Grammar, sentence: Sentence, age) -> bool:
    """The sentence's last counted noun before the age range, however far, is of victims:
    a range stated after words such as 'mainly', 'when they were' or 'ranging from' speaks
    of them."""
    noun = last_noun_before(sentence, age)
    return noun is not None and grammar.noun_class(noun) == "victim"


def counted(sentence: Sentence, noun) -> bool:
    """A number stands right before the noun ('more than 400 children')."""
    return count_of(sentence, noun) is not None


def count_of(sentence: Sentence, noun):
    """The number right before the noun ('more than 400 children'), or None."""
    return next(
        (
            n
            for n in sentence.spans["NUMBER"]
            if noun.char_start - COUNT_TO_NOUN <= n.char_end <= noun.char_start
        ),
        None,
    )


def ages_of_victims_of_the_crime(grammar: Grammar, text: str, sentence: Sentence, age) -> bool:
    """'exposed himself to two girls, ages 12 and 13', 'lewd acts on a child between the
    ages of 14 and 15': the ages of the victims a crime had, unless the sentence says they
    were rescued or identified ('the five rescued children, aged three to 12'), or counts
    them with another event that makes victims ones law enforcement found ('officers found
    more than 40 children, aged …'; not 'found images of children aged …')."""
    noun = described_noun(text, sentence, age)
    if noun is None or grammar.noun_class(noun) != "victim":
        return False
    events = [t.value_str for t in sentence.spans["TRIGGER"]]
    if any(e in VICTIMS_FOUND for e in events):
        return False
    return not (
        counted(sentence, noun)
        and any(grammar.metric_rules.get(("victim", e)) == VICTIMS_IDENTIFIED for e in events)
    )


# "cases against defendants ages 16-24", "a programme for youths aged 12 to 17": who a
# programme or a court serves, no group anybody counted.
SERVED_BEFORE = re.compile(
    r"\b(?:for|against|involving|serving|serves|targeting|targets|open\s+to|"
    r"(?:cases?|matters?)\s+of)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
SERVED_REACH = 40


def eligibility_ages(text: str, sentence: Sentence, age) -> bool:
    """The ages a programme or a court is for: a plural noun no count and no article names,
    after 'for'/'against'/'serving', then the range ('Misdemeanor Cases against Defendants
    Ages 16-24')."""
    noun = described_noun(text, sentence, age)
    if noun is None:
        return False
    if any(
        noun.char_start - SERVED_REACH <= n.char_end <= noun.char_start
        for n in sentence.spans["NUMBER"]
    ):
        return False
    start = max(sentence.start, noun.char_start - SERVED_REACH)
    return SERVED_BEFORE.search(text, start, noun.char_start) is not None


def is_group_range(age) -> bool:
    """'their ages ranged from 25 to 63', 'the youngest is 15, the oldest 61': a range whose
    own words say it is a group's (English's rules, and another language's that end in
    `GROUP_RULE_SUFFIX`)."""
    return age.rule in GROUP_AGE_RULES or age.rule.endswith(GROUP_RULE_SUFFIX)


# "The accused are aged between 22 and 76": the accused, a group of suspects named by the
# word for them, are the subject of the range.
THE_ACCUSED_BEFORE = re.compile(
    r"\b(?:the|those|all)\s+(?:the\s+)?accused\s+(?:are|were)\s+(?:all\s+)?$", re.IGNORECASE
)
THE_ACCUSED_REACH = 40


def the_accused_before(text: str, sentence: Sentence, age) -> bool:
    """'The accused are aged between 22 and 76': the range is the accused group's."""
    start = max(sentence.start, age.char_start - THE_ACCUSED_REACH)
    return THE_ACCUSED_BEFORE.search(text, start, age.char_start) is not None


# Nouns that name people by nothing but their number or sex.
PLAIN_PEOPLE = frozenset({"people", "persons", "individuals"})
# How far before its noun a count may end ("two young men").
COUNT_TO_NOUN = 12


def plain_people(grammar: Grammar, text: str, sentence: Sentence, noun) -> bool:
    """'two men, ages 29 and 30, left the bar': a count of people by sex or as people only,
    in a sentence with no event, names people of a crime's narrative (its victims, its
    witnesses), never a group law enforcement counted; 'the suspects', 'the accused' and a
    predicate without a count ('they are men aged 21 to 64') and a count told before ('the 14
    men are aged 20 to 68') still are one."""
    word = text[noun.char_start : noun.char_end].strip().lower()
    if word not in grammar.group_sex and word not in PLAIN_PEOPLE:
        return False
    count = count_of(sentence, noun)
    if count is None:
        return False
    # "the 14 men", "die 33 Männer", "de fjorton männen": an article or demonstrative before
    # the count names a group the report counted before, no people of a narrative
    start = max(sentence.start, count.char_start - DEFINITE_REACH)
    return grammar.definite_count_before.search(text, start, count.char_start) is None


def after_a_crime(text: str, sentence: Sentence, age) -> bool:
    """'sentenced for molesting four relatives ages 6 to 10', 'charged with the rape of two
    girls, 14 and 15': a crime named by a gerund or a noun with 'of' (`attachment`'s
    `CRIME_GERUND`, `CRIME_NOUN_OF`) after the sentence's last event before the range: the
    range is of the crime's victims, no group law enforcement counted."""
    ends = [t.char_end for t in sentence.spans["TRIGGER"] if t.char_end <= age.char_start]
    start = max(ends, default=sentence.start)
    return attach.CRIME_GERUND.search(
        text, start, age.char_start
    ) is not None or attach.crime_noun_within(text, start, age.char_start)


def part_of_the_group(text: str, sentence: Sentence, age) -> bool:
    """'most of them aged between 10 and 13', 'girls, primarily between the ages of 12 and
    16': a hedge right before the range makes it part of the group's; a hedge on the noun
    the range then describes ('predominantly men aged between 20 and 70') does not."""
    reach = max(sentence.start, age.char_start - PART_OF_GROUP_REACH)
    hedge = PART_OF_GROUP.search(text, reach, age.char_start)
    if hedge is None:
        return False
    return not any(
        hedge.start() < n.char_start and n.char_end <= age.char_start
        for n in sentence.spans["COUNTED_NOUN"]
    )


def ends_in_a_share(sentence: Sentence, age) -> bool:
    """'under the age of 11 and 60 per cent of them are girls': a range whose number is a
    percentage's is two figures read as one, no range."""
    return any(
        p.char_start < age.char_end and age.char_start < p.char_end
        for p in sentence.spans["PERCENT"]
    )


def age_range_facts(
    grammar: Grammar,
    doc_id: str,
    text: str,
    sentence: Sentence,
    index: int,
    jurisdiction: str,
    has_group: bool,
) -> list[Fact]:
    """The ends of each age range stated for a counted group: the sentence must count
    people (`has_group`), name suspects ("The men, aged 16 to 49, …"), name victims counted
    before ("the rescued children were aged three to 12") or name an event of suspects.
    Children named in passing are no counted group: "photographs of girls between the ages
    of 9 and 14", "children ranging in age from 3 to 11"."""
    nouns = [n for n in sentence.spans["COUNTED_NOUN"] if is_named_group(grammar, text, n)]
    events = [t for t in sentence.spans["TRIGGER"] if t.value_str in grammar.suspect_events]
    # "their ages ranged from …", "the ages of the men charged ranged from …" speak of a group
    groups_own = [
        a
        for a in sentence.spans["AGE_RANGE"]
        if is_group_range(a) or the_accused_before(text, sentence, a)
    ]
    if not (has_group or events or groups_own or sentence.spans["TRIGGER"]):
        nouns = [n for n in nouns if not plain_people(grammar, text, sentence, n)]
    if not (has_group or nouns or events or groups_own):
        return []
    # Only an event of suspects lets the sentence in ("Those arrested are aged 18 to 59"):
    # its ranges are the suspects', never those of victims named before them ("he is
    # accused of contacting girls, mainly between the ages of 12 and 16")
    by_event_only = not (has_group or nouns or groups_own)
    quote = text[sentence.start : sentence.end]
    out = []
    for age in sentence.spans["AGE_RANGE"]:
        if part_of_the_group(text, sentence, age):
            continue
        if ages_of_victims_of_the_crime(grammar, text, sentence, age) or eligibility_ages(
            text, sentence, age
        ):
            continue
        if by_event_only and describes_victims(grammar, sentence, age):
            continue
        if after_a_crime(text, sentence, age) or ends_in_a_share(sentence, age):
            continue
        lo, hi = age.value_str.split("-")
        # "-15": a low end under a year ("aged from 16 months to 15 years") gives no youngest
        ends = (("youngest_age", lo), ("oldest_age", hi))
        for metric, value in ((m, float(v)) for m, v in ends if v):
            out.append(
                Fact(
                    doc_id=doc_id,
                    metric=metric,
                    value=value,
                    unit=METRIC_CATALOGUE[metric].unit,
                    qualifier="exact",
                    char_start=age.char_start,
                    char_end=age.char_end,
                    quote=quote,
                    number_span_id=age.span_id,
                    rule=f"age_range.{age.rule.split('.')[-1]}",
                    jurisdiction=jurisdiction,
                    sentence_index=index,
                )
            )
    return out


def is_fine(text: str, sentence: Sentence, money) -> bool:
    """The amount is a fine imposed, not the law's maximum."""
    before = text[sentence.start : money.char_start]
    fine = FINE_BEFORE.search(before[-FINE_REACH:]) or FINE_AFTER.match(text, money.char_end)
    clause = CLAUSE_START.split(before)[-1]
    paid_otherwise = not FINE_AFTER.match(text, money.char_end) and (
        NOT_A_FINE_AFTER.match(text, money.char_end)
        or NOT_A_FINE_BEFORE.search(before[-FINE_REACH // 2 :])
    )
    return bool(fine) and not LEGAL_MAXIMUM.search(clause) and not paid_otherwise


def fine_currency(grammar: Grammar, money, jurisdiction: str) -> str:
    """The fine's ISO 4217 code; a bare "$" is the dollar of the fine's place."""
    code = money.value_str
    if code is None or code == "$" or pd.isna(code):
        code = grammar.dollar_by_jurisdiction.get(jurisdiction, DEFAULT_DOLLAR)
    return code


def fine_facts(
    grammar: Grammar, doc_id: str, text: str, sentence: Sentence, index: int, jurisdiction: str
) -> list[Fact]:
    """One fact per fine the sentence states."""
    quote = text[sentence.start : sentence.end]
    out = []
    for money in sentence.spans["MONEY"]:
        if not is_fine(text, sentence, money):
            continue
        if money.value_num is None or pd.isna(money.value_num):
            continue
        out.append(
            Fact(
                doc_id=doc_id,
                metric="fine_amount",
                value=float(money.value_num),
                unit=fine_currency(grammar, money, jurisdiction),
                qualifier="exact",
                char_start=money.char_start,
                char_end=money.char_end,
                quote=quote,
                number_span_id=money.span_id,
                rule="money.fine",
                jurisdiction=jurisdiction,
                sentence_index=index,
            )
        )
    return out
