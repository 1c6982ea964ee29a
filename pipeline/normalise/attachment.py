"""Attachment: a sentence and one of its numbers → what the count attaches to. Each function is
one construction of police reporting and says, for one NUMBER span, which noun it counts,
which event governs it, which qualifier and band go with it:

- noun: the counted noun after it ("312 individuals", "four local men"), or the subject of a
  statistic ("grooming cases numbered 130");
- event: a nominal event before it ("the arrest of 312"), a headline participle after it
  ("312 arrested"), a verb whose object it is ("Police arrested 14 men"), or the group it is
  a subset of ("Six of those arrested …");
- metric: the noun's class with the sentence's events, nearest first (`choose_metric`);
- qualifier ("more than 20,000"), age band ("86 in their 20s"), roles ("… for possessing
  and distributing").
"""

from __future__ import annotations

import re

from pipeline.normalise.grammar import Grammar
from pipeline.normalise.sentences import Sentence

# The words between a count and its participle, its verb or its noun are the language's
# (`function_words.csv`), compiled in the grammar: `grammar.linking`, `grammar.object_gap`,
# `grammar.past_verb_before`, `grammar.copula`, `grammar.noun_phrase_break`,
# `grammar.statistic_verb`.
LINKING_PAST = re.compile(
    r"(?:includ|compris|contain|total|number|reach|amount|rang|spann|list|involv)[a-z]*ed",
    re.IGNORECASE,
)
# Between a count and its noun: at most four plain words ("four local men", "43
# österreichische Konsumenten": a word may begin with any letter), or a hyphen.
NOUN_GAP = re.compile(r"(?:\s+[^\W\d_][\w'-]*){0,4}\s+|\s*-?\s*")
BEING = re.compile(r"\s+being\s+")
# "12 were identified as administrators": a description, no event of its own.
IDENTIFIED_AS = re.compile(r"\s+as\b", re.IGNORECASE)
# A count standing alone: "Norwegian police 12,", "214 for possessing", "five with …".
BARE_COUNT = re.compile(
    r"[ \t]*\n|"  # the end of a list's line: "- Brasil: 39"
    r"\s*(?:[,;:.)]|$|(?:and|or|for|with|in|of|from|were|was|are|had|have|each|respectively)\b)",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r"[,;:(]|\s[–—-]\s")
AND_OR_AFTER = re.compile(r"\s*(?:and\s+|or\s+)?")
# Between a count and its age band: at most three words ("15 people in their 40s").
BAND_GAP = re.compile(r"[\s,]*(?:[A-Za-z][\w'-]*[\s,]+){0,3}")
NOMINAL_REACH = 60


def said_before(pattern: re.Pattern, text: str, number, floor: int, reach: int) -> bool:
    """`pattern` is found in the `reach` characters before the count, never before `floor`
    (the sentence's or the count's window start): the words just before a count that say
    what it is ('possessing 500 images', 'the homes of 40 people', 'took aim at two
    officers'). The search keeps the whole text, so a pattern's lookbehind sees before it."""
    start = max(floor, number.char_start - reach)
    return pattern.search(text, start, number.char_start) is not None


def counted_noun(grammar: Grammar, text: str, number, sentence: Sentence):
    """The noun a number counts: the first noun after it, across at most four plain words.
    'four local men' → men; not '9 in Mombasa child abuse raids' (a preposition ends the
    phrase), '14 were minors' (the noun after a verb says what they were), '109 others
    across six jurisdictions' (six's noun)."""
    nouns = sorted(sentence.spans["COUNTED_NOUN"], key=lambda s: s.char_start)
    restated = RESTATED_IN_BRACKETS.match(text, number.char_end)
    end = number.char_end
    if restated and any(restates(text, number, n) for n in sentence.spans["NUMBER"]):
        end = restated.end()  # "two (2) male victims": the noun follows the brackets
    for k, noun in enumerate(nouns):
        if noun.char_start < end:
            continue
        gap = after_abbreviated_scale(text, number, noun)[end - number.char_end :]
        if NOUN_GAP.fullmatch(gap) is None and grammar.elided_of_gap.fullmatch(gap) is None:
            return None
        if grammar.noun_phrase_break.search(gap) or grammar.copula.search(gap):
            return None
        if grammar.article_after_word.search(gap + " "):
            return None  # "the two discussed killing the victim": another noun phrase
        between = [t for t in sentence.spans["TRIGGER"] if end <= t.char_start < noun.char_start]
        if between and not BEING.fullmatch(gap) and not is_attributive(text, between, number, noun):
            return None
        if any(end <= n.char_start < noun.char_start for n in sentence.spans["NUMBER"]):
            return None
        if PLURAL_THEN_PARTICIPLE.match(gap):
            return None  # "18 teams comprising officers": the count is of the teams
        head = compound_head(grammar, text, nouns, k)
        head = possessor_head(text, nouns, head)
        return modified_head(grammar, text, number, nouns, head)
    return None


# "20 children's homes", "12 victims’ phones": a noun with a possessive ending modifies the
# noun right after it, which is what is counted.
POSSESSIVE_GAP = re.compile(r"['’]s?\s+")


def possessor_head(text: str, nouns: list, noun):
    """The noun a possessive noun ("children's") stands before, else the noun itself."""
    for later in nouns:
        if later.char_start > noun.char_end:
            gap = POSSESSIVE_GAP.fullmatch(text, noun.char_end, later.char_start)
            return later if gap else noun
    return noun


# "18 teams comprising officers", "12 parcels containing phones": a plural word right after
# the count, then a participle that says what it holds; the plural word is what is counted.
PLURAL_THEN_PARTICIPLE = re.compile(
    r"\s+[^\W\d_]+s\s+(?:comprising|consisting|composed|made\s+up|containing|carrying)\b",
    re.IGNORECASE,
)
# Between a noun used as a modifier and the head it modifies: one to three plain words
# ("700 child abuse image offenders").
MODIFIER_GAP = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+")
# English singular nouns (no plural ending): after a count above one, such a noun modifies
# a later head. Some nouns of people have a plural without an ending ("staff", "personnel",
# "12 accused", "11 youth").
ENGLISH_PLURAL = re.compile(r"(?:s|men|ren|ple|staff|personnel|accused|youth)$", re.IGNORECASE)


def modified_head(grammar: Grammar, text: str, number, nouns: list, noun):
    """'almost 700 child abuse image offenders': in English a count above one takes a plural
    head, so a singular noun right after it ('child') modifies the noun phrase whose head is
    the plural noun a few plain words later ('offenders'), which is what is counted."""
    if grammar.language != "en" or not number.value_num or number.value_num <= 1:
        return noun
    if ENGLISH_PLURAL.search(text[noun.char_start : noun.char_end]):
        return noun
    for later in nouns:
        if later.char_start <= noun.char_end:
            continue
        gap = text[noun.char_end : later.char_start]
        if not MODIFIER_GAP.fullmatch(gap):
            return noun
        if grammar.noun_phrase_break.search(gap) or grammar.copula.search(gap):
            return noun
        if grammar.list_and.search(gap):
            return noun
        return later if ENGLISH_PLURAL.search(text[later.char_start : later.char_end]) else noun
    return noun


# "two (2) male victims": digits in brackets right after a count, restating it.
RESTATED_IN_BRACKETS = re.compile(r"\s*\(\s*\d{1,3}\s*\)")


def restates(text: str, before, number) -> bool:
    """'two (2)': the bracketed digits repeat the count just before them."""
    m = RESTATED_IN_BRACKETS.match(text, before.char_end)
    return (
        m is not None
        and before.char_end < number.char_start < m.end()
        and before.value_num == number.value_num
    )


def after_abbreviated_scale(text: str, number, noun) -> str:
    """The text between a count and a noun after it, less the full stop of a scale word the
    count ends abbreviated ('520 tys. plików', '3 Mio. Dateien'): that stop ends no phrase."""
    gap = text[number.char_end : noun.char_start]
    if gap.startswith(".") and text[number.char_end - 1 : number.char_end].isalpha():
        return gap[1:]
    return gap


def is_attributive(text: str, between: list, number, noun) -> bool:
    """'the 26 charged crimes', 'five rescued children': a participle standing alone
    between the count and its noun describes the noun, which is what is counted."""
    if len(between) != 1:
        return False
    (participle,) = between
    return (
        not text[number.char_end : participle.char_start].strip()
        and not text[participle.char_end : noun.char_start].strip()
    )


# Between the words of a compound noun: a space ("child predators", "child sex offenders").
COMPOUND_GAP = re.compile(r"[ \t]+")


def compound_head(grammar: Grammar, text: str, nouns: list, k: int):
    """English nouns end with their head: 'child predators' counts predators, not children;
    'child sex offenders' offenders ('sex offenders' is a noun of its own). `nouns` are the
    sentence's nouns in order, `k` the first noun's place among them. A noun that follows
    its head and describes it (the language's `postposed` words) heads nothing: see
    `is_postposed`."""
    noun = nouns[k]
    for later in nouns[k + 1 :]:
        if later.char_start <= noun.char_start:
            continue  # another reading of the same words
        if not COMPOUND_GAP.fullmatch(text, noun.char_end, later.char_start):
            break
        if is_postposed(grammar, text, later):
            break
        noun = later
    return noun


def is_postposed(grammar: Grammar, text: str, noun) -> bool:
    """Head first: in many languages a noun phrase puts its head first and what describes it
    after ('7 osób podejrzanych', 'tre män misstänkta', '5 orang tersangka'), and two nouns
    side by side are no compound ('podczas 40 przeszukań policjanci …': the officers begin
    the next clause). A noun the language's `postposed` words match, standing after the
    counted noun, describes it or begins something else: the first noun is what is
    counted, with its sex and age."""
    postposed = grammar.postposed
    return (
        postposed is not None
        and postposed.fullmatch(text, noun.char_start, noun.char_end) is not None
    )


def subject_noun(grammar: Grammar, text: str, number, window_start: int, sentence: Sentence):
    """'Sextortion cases involving minors numbered 130', 'The number of children
    identified as victims rose to 1,452': a statistic whose noun is its subject."""
    if not grammar.statistic_verb.search(text, window_start, number.char_start):
        return None
    before = [
        n
        for n in sentence.spans["COUNTED_NOUN"]
        if window_start <= n.char_start and n.char_end <= number.char_start
    ]
    return before[0] if before else None


def object_of_plain_verb(
    grammar: Grammar, text: str, number, window_start: int, sentence: Sentence
) -> bool:
    """'Analysts reviewed 12,000 images': the count is the object of a verb that is no
    trigger (and does not merely link a subject to its count, like 'included')."""
    verb = grammar.past_verb_before.search(text, window_start, number.char_start)
    if verb is None or LINKING_PAST.fullmatch(verb.group(1)):
        return False
    return not any(t.char_start <= verb.start(1) < t.char_end for t in sentence.spans["TRIGGER"])


def group_metric(grammar: Grammar, text: str, number, sentence: Sentence) -> str | None:
    """'Twenty of those detained …': the metric of the group's own participle."""
    group = grammar.subset_of_group.match(text, number.char_end)
    if group is None:
        return None
    for t in sentence.spans["TRIGGER"]:
        if group.start() <= t.char_start < group.end() and not is_price(text, t, sentence):
            return grammar.metric_rules.get(("person", t.value_str))
    return None


# "another 60 have been safeguarded": a rescue, as a participle right after a bare count,
# happens only to people (the victims), as the events of suspects do.
RESCUE_OF_PEOPLE = frozenset({"rescue"})


def headline_event(grammar: Grammar, text: str, number, sentence: Sentence):
    """'312 arrested', '31 were detained': a participle right after the number; and
    'Six of those arrested have been remanded in custody': the predicate after the group;
    'another 60 have been safeguarded' (`RESCUE_OF_PEOPLE`)."""
    # within the sentence: a count ending it is no subset of a group the next one names
    group = grammar.subset_of_group.match(text, number.char_end, sentence.end)
    start = group.end() if group else number.char_end
    predicate = group is not None and PRONOUN_THEN_COPULA.match(text, number.char_end, sentence.end)
    if predicate:
        start = number.char_end  # "16 of them were charged": the participle is the predicate
    offset = grammar.linking.match(text, start, sentence.end).end()
    for t in sentence.spans["TRIGGER"]:
        if t.char_start == offset and (
            t.value_str in grammar.suspect_events or t.value_str in RESCUE_OF_PEOPLE
        ):
            # "16 of them were identified" may be of victims counted before: the group the
            # pronoun stands for decides whose (`breakdowns.resolve_anaphora`); '… were
            # identified as administrators' says what they are, no event
            return None if predicate and is_description(text, t) else t
    return None


# Events that happen to suspects and victims alike: a pronoun's group decides whose.
EITHER_GROUP = frozenset({"identify"})


# "16 of them were charged", "five of those have been remanded": a pronoun for the group, then
# a copula; what follows is the count's predicate, not a participle naming the group.
PRONOUN_THEN_COPULA = re.compile(
    r"\s+of\s+(?:them|those|these|whom)\s+(?:were|was|are|is|(?:have|has|had)\s+(?:since\s+|also\s+)?been)\s",
    re.IGNORECASE,
)


def governing_verb(grammar: Grammar, text: str, number, sentence: Sentence):
    """'Police arrested 14 men after a six-month investigation': the verb whose object
    the count is stands right before it, and beats any trigger after it."""
    for t in sentence.spans["TRIGGER"]:
        if t.char_end <= number.char_start and grammar.object_gap.fullmatch(
            text, t.char_end, number.char_start
        ):
            return t
    return None


def nominal_event(grammar: Grammar, text: str, number, sentence: Sentence):
    """'the arrest of 312', 'the investigation of a further 40': the event noun before."""
    window_start = max(sentence.start, number.char_start - NOMINAL_REACH)
    m = grammar.nominal_event_re.search(text[window_start : number.char_start])
    if m is None:
        return None
    head_start = window_start + m.start()
    for t in sentence.spans["TRIGGER"]:
        if t.char_start == head_start and t.value_str in grammar.suspect_events:
            return t
    return None


def heads_count(grammar: Grammar, text: str, event, number, sentence: Sentence) -> bool:
    """'el resguardo de siete menores', 'the investigation into 12 men': the event noun
    heads the count, whatever event it is."""
    window_start = max(sentence.start, number.char_start - NOMINAL_REACH)
    m = grammar.nominal_event_re.search(text[window_start : number.char_start])
    return m is not None and window_start + m.start() == event.char_start


# "Three of the detainees are accused of producing …": what a part of a group already
# counted is accused of describes the part, which keeps the whole's event.
ACCUSED = re.compile(r"(?:.*\s)?accused", re.IGNORECASE | re.DOTALL)


def is_description(text: str, event) -> bool:
    """'12 were identified as administrators', 'three of them are accused of …' describe
    the count; neither is an event of its own in a breakdown."""
    if event is None:
        return False
    if event.value_str == "identify" and IDENTIFIED_AS.match(text, event.char_end) is not None:
        return True
    return ACCUSED.fullmatch(text, event.char_start, event.char_end) is not None


# What follows a count whose noun is left out: a space or a mark, not a letter it touches.
ELLIPSIS_END = re.compile(r"[\s,;:.)]|$")


def after_partitive_word(grammar: Grammar, text: str, number, previous) -> bool:
    """'oltre 60 agenti, di cui 20 specializzati …', 'fermati 12 uomini, di cui 3 …': a
    count with no noun of its own right after the language's `partitive` word counts a
    part of the whole counted just before, whose noun it leaves out."""
    before = grammar.partitive_before
    if before is None or previous.dependent:
        return False
    if ELLIPSIS_END.match(text, number.char_end) is None:
        return False  # "其中七成…": a number touching a word is no count standing alone
    return before.search(text, previous.char_end, number.char_start) is not None


def says_what_group(grammar: Grammar, text: str, number, segment_end: int) -> bool:
    """'… trois sont des femmes', '… 4 sono minorenni': a count right before the copula
    whose predicate names a sex or an age group (`group_words`) counts a part of people;
    any other predicate ('… étaient déjà connus') says no part."""
    copula = grammar.copula_after.match(text, number.char_end, segment_end)
    if copula is None:
        return False
    start = copula.end() - len(copula.group().lstrip())  # where the copula's word begins
    return any(
        said.match(text, start, segment_end) is not None
        for said in (grammar.predicate_sex, grammar.predicate_band)
    )


def is_bare(grammar: Grammar, text: str, number, sentence: Sentence) -> bool:
    """A count standing alone, ending its clause: 'Norwegian police 12,', '214 for
    possessing', or before a word of the language's `count_end` ('3 en Autriche'); a count
    that ends its sentence is bare whatever text follows it."""
    if BARE_COUNT.match(text, number.char_end, sentence.end) is not None:
        return True
    ends = grammar.count_end
    return ends is not None and ends.match(text, number.char_end, sentence.end) is not None


# "une centaine de", "un millier de", "près d'une vingtaine de": French writes "about N" as
# a vague word in the singular after "un"/"une", which ANNOTATION.md reads as "a dozen" is
# (approximately), not as the vague plural ("des centaines de": at least). A qualifier
# before the elided "d'" still says how ("plus d'une centaine": at least).
ONE_BEFORE_SINGULAR_VAGUE = re.compile(
    r"(?:(?<![\w'’])|(?<=['’]))une?\s+$|"
    r"\b(?P<q>pas\s+moins|plus|moins|près)\s+d['’]\s*une?\s+$",
    re.IGNORECASE,
)
ELIDED_QUALIFIERS = {
    "pas moins": "at_least",
    "plus": "at_least",
    "moins": "at_most",
    "près": "approximately",
}
SINGULAR_VAGUE_REACH = 20
WHITE_SPACE_RUN = re.compile(r"\s+")


def singular_vague_qualifier(text: str, number, sentence: Sentence):
    """'une centaine' → approximately, 'plus d'un millier' → at_least, 'au moins une
    centaine' → the qualifier before the article; None for any other vague word ('des
    centaines'). Returns (qualifier, its span or None)."""
    if text[number.char_start : number.char_end].lower().endswith(("s", "x")):
        return None  # the plural: "centaines", "milliers"
    start = max(0, number.char_start - SINGULAR_VAGUE_REACH)
    m = ONE_BEFORE_SINGULAR_VAGUE.search(text, start, number.char_start)
    if m is None:
        return None
    q = m.group("q")
    if q:
        return ELIDED_QUALIFIERS[WHITE_SPACE_RUN.sub(" ", q.lower())], None
    for span in sentence.spans["QUALIFIER"]:
        if span.char_end <= m.start() and not text[span.char_end : m.start()].strip():
            return span.value_str, span
    return "approximately", None


def qualifier_of(text: str, number, sentence: Sentence, grammar: Grammar | None = None):
    """The contract's qualifier and the span that states it, if any: 'more than 300' →
    at_least; 'dozens of' → at_least; 'une centaine de' → approximately; after the number
    in the languages that write it there ("100人以上", "100명 이상", "50 orang lebih",
    `Grammar.qualifiers_after`); else exact."""
    if number.rule == "number.vague_words":
        singular = singular_vague_qualifier(text, number, sentence)
        if singular is not None:
            return singular
        return "at_least", None  # "hundreds of", "dozens of"
    for q in sentence.spans["QUALIFIER"]:
        if q.char_end <= number.char_start and not text[q.char_end : number.char_start].strip():
            return q.value_str, q
    for qualifier, after in grammar.qualifiers_after if grammar is not None else ():
        if after.match(text, number.char_end, sentence.end):
            return qualifier, None
    return "exact", None


def choose_metric(
    grammar: Grammar,
    noun_class: str,
    number,
    sentence: Sentence,
    segment_end: int,
    preferred=None,
    excluded=(),
):
    """The nearest trigger that, with the noun's class, names a metric: the count's own
    event first, then triggers in its own segment, then the nearest. A trigger that heads
    another number ("… and the investigation of a further 40") is that number's, never
    this one's (`excluded`)."""
    events = sorted(
        (t for t in sentence.spans["TRIGGER"] if t.char_start not in excluded),
        key=lambda t: (
            0 if preferred is not None and t.char_start == preferred.char_start else 1,
            0 if number.char_start <= t.char_start < segment_end else 1,
            abs(t.char_start - number.char_start),
        ),
    )
    for t in events:
        metric = grammar.metric_rules.get((noun_class, t.value_str))
        if metric and (t.value_str not in CLOSE_EVENTS or close_to(t, number)):
            return metric, t
    return grammar.metric_rules.get((noun_class, "")), None


# Events that name a count's metric only when they stand right by it: "107 arrests involving
# 61 victims", "with 34 child victims involved"; not "one count of child annoyance
# involving Jane Doe", where what is involved is a charge's victim, no count of them.
CLOSE_EVENTS = frozenset({"involve"})
CLOSE_BEFORE = 15  # "involving more than 61"
CLOSE_AFTER = 30  # "34 child victims involved"


def close_to(trigger, number) -> bool:
    if trigger.char_end <= number.char_start:
        return number.char_start - trigger.char_end <= CLOSE_BEFORE
    return 0 <= trigger.char_start - number.char_end <= CLOSE_AFTER


def triggers_between(start: int, end: int, sentence: Sentence) -> bool:
    return any(start <= t.char_start < end for t in sentence.spans["TRIGGER"])


def sentence_noun_class(grammar: Grammar, number, sentence: Sentence) -> str:
    """What an item of a list by place counts: the nearest noun before it that names no
    places, counted or not ('120 officers served warrants in eight states: - Ohio – 12' →
    warrant; 'carried out the 34 searches, in Ohio (4), Texas (6)' → search, not the files
    named before the whole); else the sentence's first noun before the count; else person."""
    before = [n for n in sentence.spans["COUNTED_NOUN"] if n.char_end <= number.char_start]
    not_places = [n for n in before if grammar.noun_class(n) != "jurisdiction"]
    if not_places:
        return grammar.noun_class(not_places[-1])
    return grammar.noun_class(before[0]) if before else "person"


def band_after(text: str, number, sentence: Sentence, segment_end: int):
    """'86 in their 20s', '15 people in their 40s': a band closing the number's phrase."""
    for band in sentence.spans["AGE_BAND"]:
        if not number.char_end <= band.char_start < segment_end:
            continue
        gap = text[number.char_end : band.char_start]
        if BAND_GAP.fullmatch(gap) and not any(
            number.char_end <= t.char_start < band.char_start for t in sentence.spans["TRIGGER"]
        ):
            return band
    return None


# "Among the 13 detained was a man jailed for sharing images": a predicate that introduces
# one person of the group; what follows is that person's, not the count's.
ONE_PERSON_AFTER = re.compile(
    r"\s(?:was|is|were|are)\s+(?:also\s+)?(?:a|an|one)\s+(?!total\b|number\b|group\b)",
    re.IGNORECASE,
)


# "13 men were detained in raids in six states for possessing …": a count of places inside
# a phrase of place, after its preposition, is part of the earlier count's clause.
PLACES_PREPOSITION_BEFORE = re.compile(r"\b(?:in|across|from|over|throughout)\s+$", re.IGNORECASE)
PLACES_COUNTED = re.compile(
    r"\S*\s+(?:[\w-]+\s+)?(?:states|countries|provinces|districts|regions|cities|counties|"
    r"territories|nations|jurisdictions)\b",
    re.IGNORECASE,
)


def past_places_counted(text: str, sentence: Sentence, segment_end: int) -> int:
    """Where a count's roles may end: its segment's end, or, when the next number counts
    places after a preposition of place ('… during raids in six states for possessing'),
    the end of the segment after it: the places' count does not end the clause."""
    if segment_end >= sentence.end:
        return segment_end
    start = max(sentence.start, segment_end - 15)
    if PLACES_PREPOSITION_BEFORE.search(text, start, segment_end) is None:
        return segment_end
    if PLACES_COUNTED.match(text, segment_end) is None:
        return segment_end
    later = [n.char_start for n in sentence.spans["NUMBER"] if n.char_start > segment_end]
    return min(later, default=sentence.end)


# How long the items of a list of acts between a comma and its last role word may be.
ACT_ITEM_REACH = 40


def list_of_acts(grammar: Grammar, text: str, start: int, end: int, role_starts) -> bool:
    """'charged with distributing, importing and possessing': after a comma that follows a
    role word, an item that is no role word of the contract, then the language's 'and' and
    a role word, is a list of the crimes one group is charged with; the comma ends no
    clause."""
    stop = min(end, start + ACT_ITEM_REACH)
    following = CLAUSE_BREAK.search(text, start, stop)
    stop = following.start() if following else stop
    for joiner in grammar.list_and.finditer(text, start, stop):
        after = len(text) - len(text[joiner.end() :].lstrip())
        if after in role_starts:
            return True
    return False


def roles_in(
    grammar: Grammar, number, sentence: Sentence, segment_end: int, text: str
) -> list[str]:
    """Roles named after a number, before the next number or clause break: that number's
    own breakdown ("31 were detained for possessing …", "9 … distribution"), if the role is
    one of the contract's (`role_of_the_contract`)."""
    ages = [
        (a.char_start, a.char_end) for a in sentence.spans["AGE_RANGE"] + sentence.spans["AGE_BAND"]
    ]
    end = past_places_counted(text, sentence, segment_end)
    role_starts = {r.char_start for r in sentence.spans["ROLE"]}
    # "Four men aged 24, 59 and 61 were charged with possession": a list of each one's ages
    # is part of the count's phrase, its commas no end of the clause
    listed = [(a.char_start, a.char_end) for a in sentence.spans["AGE_INDIVIDUAL"]]
    for clause in CLAUSE_BREAK.finditer(text, number.char_end, end):
        if any(a < clause.start() < b for a, b in listed):
            continue
        # ", aged between 20 and 66," is an aside, not the end of the clause; and
        # "for producing, possessing and distributing" is one list of roles.
        aside = any(
            clause.end() <= a < clause.end() + 2 or clause.start() - 1 <= b <= clause.start()
            for a, b in ages
        )
        next_word = AND_OR_AFTER.match(text, clause.end()).end()
        if not aside and next_word not in role_starts:
            acts_before = any(number.char_end <= r < clause.start() for r in role_starts)
            if acts_before and list_of_acts(grammar, text, clause.end(), end, role_starts):
                continue
            end = clause.start()
            break
    one = ONE_PERSON_AFTER.search(text, number.char_end, end)
    if one is not None:
        end = one.start()  # "Among the 13 detained was a man jailed for sharing …"
    ordered = sorted(
        (r for r in sentence.spans["ROLE"] if number.char_end <= r.char_start < end),
        key=lambda r: r.char_start,
    )
    return list(
        dict.fromkeys(
            r.value_str for r in ordered if role_of_the_contract(grammar, text, r, sentence)
        )
    )


# After a role word: the end of its clause ("charged with possession.",
# `grammar.role_clause_end`), or "and"/"or" and the next role word, whose object both share
# ("possessing and distributing …").
ROLE_JOINED = re.compile(r"[\s,]*(?:(and|or|and/or)\s+)?")
ROLE_OBJECT_REACH = 60
# Noun classes whose mention in a role word's object makes it the contract's role: files
# ("sharing the images") and children ("buying sex from minors").
ROLE_OBJECT_CLASSES = frozenset({"file", "victim"})


def role_of_the_contract(grammar: Grammar, text: str, role, sentence: Sentence) -> bool:
    """'charged with distributing child abuse images', 'for buying sex from minors': a role
    word whose object names the material, the abuse or a child (`role_object` words, a
    noun of files or of victims) is the role of a count of the contract; 'the sale of used
    cars', 'possession of a firearm' name another crime's object, no role. A role word
    that ends its clause ('charged with possession'), is followed by 'and' and something
    else, or by a pronoun ('distributing it') keeps its role; one joined by 'and' to the
    next shares its object. A language without `role_object` words keeps every
    role."""
    if grammar.role_object is None:
        return True
    if grammar.role_clause_end.match(text, role.char_end, sentence.end):
        return True
    joiner = ROLE_JOINED.match(text, role.char_end)
    for other in sentence.spans["ROLE"]:
        if other.char_start == joiner.end() and other.char_start > role.char_start:
            return role_of_the_contract(grammar, text, other, sentence)
    if joiner.group(1):
        return True  # "25 with possession and 15 with distribution": no object of its own
    if grammar.object_pronoun.match(text, role.char_end):
        return True  # "… and 9 for distributing it": the object named before
    end = min(sentence.end, role.char_end + ROLE_OBJECT_REACH)
    clause = CLAUSE_BREAK.search(text, role.char_end, end)
    end = clause.start() if clause else end
    if grammar.role_object.search(text, role.char_end, end):
        return True
    return any(
        role.char_end <= n.char_start < end and grammar.noun_class(n) in ROLE_OBJECT_CLASSES
        for n in sentence.spans["COUNTED_NOUN"]
    )


# "charged with stealing from three clients", "sentenced to ten years for striking two
# women", "is accused of befriending 10 boys": after an event, its "with", "for" or "of"
# and a gerund name the crime; a count of people after them is a detail of the crime (its
# victims, its accomplices), not what the event counted.
CRIME_GERUND = re.compile(r"\b(?:with|for|of)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b", re.IGNORECASE)


# "sentenced for the rape of three women", "convicted in the murders of two men", "charged
# in connection with the deaths of four people": after an event, its "for", "with", "in"
# or "of" and a noun phrase ending in "of" right before the count name the crime by its
# noun; the people counted are the crime's victims. Nouns of quantity or company ("a total
# of", "a group of", "the help of") and event nouns ("the arrest of 12") name no crime.
CRIME_NOUN_OF = re.compile(
    r"\b(?:with|for|in|of)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]{3,})\s+of\s+(?:the\s+|all\s+|at\s+least\s+|"
    r"more\s+than\s+|about\s+|nearly\s+|some\s+|up\s+to\s+)*$",
    re.IGNORECASE,
)
NOT_A_CRIME_NOUN = re.compile(
    r"(?:total|group|number|series|team|teams|ring|gang|network|set|batch|wave|list|dozens?|"
    r"hundreds|thousands|couple|pair|help|assistance|aid|support|presence|custody|ages?|"
    r"course|part|case|cases|members?|one|each|all|some|most|many|none|any|both|either)",
    re.IGNORECASE,
)
CRIME_NOUN_REACH = 60
# The same phrase anywhere in a stretch of text ("… for the rape of two girls, 14 and 15").
CRIME_NOUN_PHRASE = re.compile(
    r"\b(?:with|for|in|of)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]{3,})\s+of\b",
    re.IGNORECASE,
)


def crime_noun_within(text: str, start: int, end: int) -> bool:
    """A crime named by its noun and 'of' stands between `start` and `end`."""
    return any(
        not NOT_A_CRIME_NOUN.fullmatch(m.group("noun"))
        for m in CRIME_NOUN_PHRASE.finditer(text, start, end)
    )


def crime_noun_before(text: str, trigger, number, triggers=()) -> bool:
    """'… for the rape of three women': a crime named by its noun and 'of' stands right
    before the count, after the event; no event noun of the sentence is that noun."""
    start = max(trigger.char_end, number.char_start - CRIME_NOUN_REACH)
    m = CRIME_NOUN_OF.search(text, start, number.char_start)
    if m is None or NOT_A_CRIME_NOUN.fullmatch(m.group("noun")):
        return False
    return not any(m.start() <= t.char_start < m.end() for t in triggers)


def crime_between(text: str, trigger, number, triggers=()) -> bool:
    """The event before the count names a crime by a gerund before the count comes, or
    by a noun and 'of' right before it (`crime_noun_before`)."""
    return trigger.char_end <= number.char_start and (
        CRIME_GERUND.search(text, trigger.char_end, number.char_start) is not None
        or crime_noun_before(text, trigger, number, triggers)
    )


# "… located the man at the park, where they beat him, and all five defendants fled": a
# relative or following clause opened between an event and a count of people tells
# another action; the event's object stood before it.
CLAUSE_OPENER = re.compile(
    r"[,;]\s*(?:where|then|while|whereupon|who|whom|which|after\s+which)\b|;", re.IGNORECASE
)


def clause_between(text: str, trigger, number) -> bool:
    """A new clause opens between the event before the count and the count."""
    return (
        trigger.char_end <= number.char_start
        and CLAUSE_OPENER.search(text, trigger.char_end, number.char_start) is not None
    )


# "a salon located on Main Street", "boys in a neighbourhood located near the park": the
# participle of finding between a noun and a preposition says where something is; it is
# no event ("were located in …", "located 12 children" are).
SITUATED = re.compile(
    r"located\s+(?:on|at|in|near|along|inside|outside|off|behind|across|within|next\s+to)\b",
    re.IGNORECASE,
)
AUXILIARY_BEFORE = re.compile(
    r"\b(?:were|was|are|is|been|be|being|have|has|had)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)


def is_situated(text: str, trigger, sentence: Sentence) -> bool:
    """'located on Snyder Avenue' after a noun: where a place is, no finding."""
    if SITUATED.match(text, trigger.char_start) is None:
        return False
    start = max(sentence.start, trigger.char_start - 30)
    before = text[start : trigger.char_start]
    return AUXILIARY_BEFORE.search(before) is None and not before.rstrip().endswith(",")


# "two men … identified themselves as immigration agents", "she identified herself as a
# nurse", "presented himself as an officer": an event verb whose object is the subject
# itself and then "as" tells how someone described himself, not what law enforcement did.
SELF_DESCRIPTION = re.compile(
    r"\s+(?:themselves|himself|herself|itself|oneself|myself|ourselves|yourself)\s+as\b",
    re.IGNORECASE,
)


# Romance languages put the reflexive before the verb: "se identificaron como agentes", "si
# sono identificati come poliziotti", "se sont présentés comme policiers".
REFLEXIVE_BEFORE = re.compile(
    r"\b(?:se|si|s')\s*(?:(?:han|ha|había|habían|sono|è|erano|sont|est|étaient)\s+)?$",
    re.IGNORECASE,
)
AS_AFTER = re.compile(r"\s+(?:como|come|comme)\b", re.IGNORECASE)


# "one of the individuals identified as an active gang member", "a man identified as a
# suspect": 'identified as' and a noun of one says what a person is, no identification of a
# count ("12 children were identified as victims" stays).
IDENTIFIED_AS_ONE = re.compile(
    r"\s+(?:as|como|come|comme)\s+(?:an?|un|una|une|uno)\b", re.IGNORECASE
)


def is_identified_as_one(text: str, trigger) -> bool:
    """'identified as an active participant': a description of one person."""
    return trigger.value_str == "identify" and IDENTIFIED_AS_ONE.match(text, trigger.char_end)


def is_self_description(text: str, trigger) -> bool:
    """'identified themselves as agents', 'se identificaron como agentes': the event's
    object is reflexive, then 'as'."""
    if SELF_DESCRIPTION.match(text, trigger.char_end) is not None:
        return True
    start = max(0, trigger.char_start - 20)
    return (
        REFLEXIVE_BEFORE.search(text, start, trigger.char_start) is not None
        and AS_AFTER.match(text, trigger.char_end) is not None
    )


# "fired at two officers", "exposed himself to five female officers", "a threat against
# three deputies": officers counted right after "at", "to", "against" or "towards" are
# the target of someone's act, never officers taking part ("up to 200 officers", "grew to
# 40 officers" say how many took part).
TARGET_BEFORE = re.compile(
    r"(?<!\d\s)(?<!\bup\s)(?<!\bgrew\s)(?<!\brose\s)(?<!\bincreased\s)(?<!\brisen\s)(?<!\bgrown\s)"
    r"\b(?:at|to|against|towards?|upon)\s+(?:(?:the|all|about|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
TARGET_REACH = 30


def officers_as_targets(text: str, number, window_start: int) -> bool:
    """'took aim at two police officers': a count of officers as the target of an act."""
    return said_before(TARGET_BEFORE, text, number, window_start, TARGET_REACH)


# "Officer Ruiz and three other officers", "the defendant was guarded by two officers",
# "two officers arrested him": officers in the narrative of one arrest or one incident,
# beside a named colleague or acting on one person, never the officers an operation
# deployed ("more than 200 officers took part", "raids by 300 officers").
OTHER_OFFICERS_BEFORE = re.compile(r"(?-i:[A-Z][\w'’-]+)\s+and\s+$", re.IGNORECASE)
OTHER_AFTER = re.compile(r"\s+other\b", re.IGNORECASE)
ONE_PERSON_PASSIVE_BEFORE = re.compile(
    r"\bwas\s+(?:being\s+)?"
    r"(?:guarded|escorted|stopped|arrested|approached|confronted|transported|interviewed|"
    r"questioned|pursued|chased|detained|handcuffed|restrained|apprehended)\s+by\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
ACTS_ON_ONE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:then\s+)?(?:arrested|detained|stopped|apprehended|handcuffed|"
    r"approached|chased|pursued|tackled|confronted|guarded|escorted|transported|interviewed|"
    r"questioned|restrained|searched|spotted|observed)\s+(?:him|her|the\s+(?:defendant|suspect|"
    r"man|woman|driver|boy|girl|victim)|a\s+(?:man|woman|suspect|driver|boy|girl))\b",
    re.IGNORECASE,
)
NARRATIVE_REACH = 60


# "the killings of two agents", "shot dead three deputies", "the murder of two officers":
# officers a crime harmed, never officers an operation deployed.
OFFICERS_HARMED_BEFORE = re.compile(
    r"\b(?:(?:killings?|deaths?|murders?|shootings?|stabbings?|assaults?|attacks?)\s+"
    r"(?:of|on)|killed|murdered|shot(?:\s+dead)?|stabbed|assaulted|attacked|injured|"
    r"wounded|ambushed)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "a teacher, a nurse and two special constables": a count that closes a list of people
# described one by one says who those people were (their trade), not a team that took part.
ONE_BY_ONE_LIST_BEFORE = re.compile(
    r"\b(?:an?|one)\s+[^,.;]{1,40},\s+an?\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+and\s+$",
    re.IGNORECASE,
)
ONE_BY_ONE_REACH = 100


def officers_harmed_or_described(text: str, number, sentence: Sentence) -> bool:
    """Officers counted as the victims of a crime ('the killings of two agents') or as the
    last item of a list of people described one by one ('a teacher, a nurse and two
    constables' among those arrested): people of the story, not officers deployed."""
    start = sentence.start
    if said_before(OFFICERS_HARMED_BEFORE, text, number, start, TARGET_REACH):
        return True
    return said_before(ONE_BY_ONE_LIST_BEFORE, text, number, start, ONE_BY_ONE_REACH)


def officers_in_a_narrative(text: str, number, sentence: Sentence) -> bool:
    """A count of officers in the story of one incident: 'X and three other officers',
    'was guarded by two officers', 'two officers arrested him'; officers harmed or
    described (`officers_harmed_or_described`)."""
    start = sentence.start
    if officers_harmed_or_described(text, number, sentence):
        return True
    if said_before(OTHER_OFFICERS_BEFORE, text, number, start, TARGET_REACH) and (
        OTHER_AFTER.match(text, number.char_end) is not None
    ):
        return True
    if said_before(ONE_PERSON_PASSIVE_BEFORE, text, number, start, NARRATIVE_REACH):
        return True
    return ACTS_ON_ONE_AFTER.match(text, number.char_end, sentence.end) is not None


# "his ex-girlfriend, who had two children", "a mother of three": the children someone
# has are a family in the narrative, never victims anybody found or rescued.
FAMILY_BEFORE = re.compile(
    r"\b(?:had|has|have|having|(?:mother|father|parent)s?\s+of)\s+$", re.IGNORECASE
)
FAMILY_AFTER = re.compile(
    r"\s+(?:(?:young|small|minor|little|adult)\s+)?"
    r"(?:children|kids|sons|daughters|grandchildren)\b",
    re.IGNORECASE,
)


def own_family(text: str, number, window_start: int) -> bool:
    """'who had two children', 'a father of four young children': someone's own family."""
    return (
        said_before(FAMILY_BEFORE, text, number, window_start, TARGET_REACH)
        and FAMILY_AFTER.match(text, number.char_end) is not None
    )


# "charged as much as $2,500 per meter", "charged customers $300": the price asked, not a
# charge brought; the events that also name a price.
PRICE_EVENTS = frozenset({"charge"})
PRICE_GAP = re.compile(
    r"\s+(?:(?:as\s+much\s+as|up\s+to|about|around|nearly|more\s+than|over|roughly|"
    r"approximately|some|only|just|between)\s+|(?!(?:with|for|of|in|on|after|by)\b)[a-z]+\s+)?",
    re.IGNORECASE,
)


def is_price(text: str, trigger, sentence: Sentence) -> bool:
    """'sometimes charged as much as $2,500': an event of `PRICE_EVENTS` whose object is
    an amount of money."""
    if trigger.value_str not in PRICE_EVENTS:
        return False
    return any(
        PRICE_GAP.fullmatch(text, trigger.char_end, m.char_start) is not None
        for m in sentence.spans["MONEY"]
        if trigger.char_end <= m.char_start
    )


# "possessing hundreds of images", "in possession of 600 videos", "keeping almost 150
# photographs on his computer": files a defendant held are files the investigation found.
POSSESSED_REACH = 40
# Noun classes found when held: files ("possessing 500 images").
FOUND_WHEN_HELD = frozenset({"file"})


def possessed(grammar: Grammar, text: str, number, window_start: int) -> bool:
    """The count is the object of a verb of possession ('possessing 500 images', 'caught
    with 203 videos', 'detido com mais de 17 mil arquivos': the language's `possession`
    words)."""
    return said_before(grammar.possessed_before, text, number, window_start, POSSESSED_REACH)


# "the investigation", "investigations": the noun of the inquiry, not the verb of what was
# done to a count ("investigated 40 men", "40 under investigation").
INQUIRY_NOUN = re.compile(r"investigations?", re.IGNORECASE)
# The people a noun of the inquiry is about: "an investigation into 40 men", "of 40 people".
INQUIRY_OF = re.compile(r"\s+(?:of|into|involving|targeting|targetting)\s+(?:\S+\s+){0,3}$")


def inquiry_nouns_apart(grammar: Grammar, text: str, number, own, sentence: Sentence) -> set:
    """'All 107 suspects live in Ontario and the investigation took place in May', 'the
    two-year investigation found 40 suspects': in English reporting the noun of the inquiry
    names the operation the story is about, and says nothing of what was done to a count
    of people it does not head ('the investigation into 40 men'). Those triggers are no
    event of the count."""
    if grammar.language != "en":
        return set()
    apart = set()
    for t in sentence.spans["TRIGGER"]:
        if t.value_str != "investigate" or (own is not None and t.char_start == own.char_start):
            continue
        if INQUIRY_NOUN.fullmatch(text, t.char_start, t.char_end) is None:
            continue
        if t.char_end <= number.char_start and (
            INQUIRY_OF.match(text[t.char_end : number.char_start]) is not None
            or heads_count(grammar, text, t, number, sentence)
        ):
            continue
        apart.add(t.char_start)
    return apart
