"""Breakdowns: a sentence's facts → the parts of a total with the total's metric, and a
count's own words → whom it counts (sex, age band, role, device).

- A partitive sentence ("Among these, 31 were detained …", "Of those held, 57 were
  teenagers", "with 18 being teenagers", "Seven of those arrested …") breaks down an earlier
  total: its counts are dependent until `resolve_dependents` gives them the total's metric.
- A count's sex, age band, role and device come from its noun ("290 men"), a band after it
  ("86 in their 20s"), a predicate ("are men", "were teenagers") or a role phrase in its own
  clause ("… for possessing and distributing").
"""

from __future__ import annotations

import re

from pipeline.normalise.attachment import band_after, roles_in
from pipeline.normalise.fact import Fact
from pipeline.normalise.grammar import Grammar
from pipeline.normalise.scope import BREAKDOWN_TOTAL
from pipeline.normalise.sentences import Sentence
from pipeline.schemas import METRIC_CATALOGUE

# A partitive that opens its sentence: "Of the 40 people arrested, 30 were men".
OPENING_PARTITIVE = re.compile(r"\W*(?:among|of)\b", re.IGNORECASE)
# The metrics a breakdown may take from its total (the catalogue's `breakdown_total`).
BREAKDOWN_TOTALS = frozenset(m.name for m in METRIC_CATALOGUE.values() if m.breakdown_total)
# Noun classes whose counts count suspects, and so have a sex and a role: people, and
# arrests ("12 arrests").
SUSPECT_CLASSES = ("person", "arrest")


def partitive_opener(grammar: Grammar, quote: str, sentence: Sentence) -> tuple[bool, int]:
    """Whether the sentence breaks down a total, and where its opening partitive ends
    ("Of the 40 people arrested," → the comma; a count before it is the total), or where
    the language's partitive word begins. When no partitive opens the sentence, or no
    comma ends it, the end is just before the sentence: no count is inside it."""
    opener = grammar.partitive.search(quote)
    opening = grammar.opening_partitive
    opens = opener is not None and (
        OPENING_PARTITIVE.match(quote) or (opening is not None and opening.match(quote))
    )
    end = sentence.start + (quote.find(",", opener.end()) if opens else -1)
    # "計20人を摘発、うち6人を逮捕", "… 30 persone, di cui 5 …": the counts before the
    # language's partitive word are the whole, not its parts
    word = grammar.partitive_word
    part = word.search(quote) if word is not None and opener is not None else None
    if part is not None:
        end = max(end, sentence.start + part.start())
    return opener is not None, end


def describe(
    grammar: Grammar,
    fact: Fact,
    attrs,
    text: str,
    number,
    sentence: Sentence,
    segment_end: int,
    evidence: list,
) -> None:
    """Fill in the fact's sex, age band, role and device from its noun and its own words;
    a band after the number joins the evidence."""
    noun_class = fact.noun_class
    if attrs is not None:
        fact.sex, fact.device, fact.role = attrs.sex, attrs.device, attrs.role
        if fact.device is not None and (
            devices_listed_after(grammar, text, number, sentence)
            or others_of_no_type_after(grammar, text, number, sentence)
        ):
            # "dozens of computers, hard drives and phones", "547 computers and other
            # devices": no one type
            fact.device = None
        if attrs.age_from:
            fact.age_from, fact.age_to = int(attrs.age_from), int(attrs.age_to)
    band = band_after(text, number, sentence, segment_end)
    if band is not None and fact.age_from is None:
        low, high = band.value_str.split("-")
        fact.age_from, fact.age_to = (int(low) if low else None), (int(high) if high else None)
        evidence.append(band)
    if fact.age_from is None and noun_class == "person":
        # "… of whom 14 were minors"
        said = grammar.predicate_band.search(text, number.char_end, segment_end)
        if said:
            fact.age_from, fact.age_to = grammar.group_ages[said.group(1).lower()]
    if fact.sex is None:
        fact.sex = sex_said(grammar, text, number, segment_end, noun_class)
    fact.device = fact.device or device_said(grammar, fact, text, number, sentence, segment_end)
    if fact.role is None and noun_class in SUSPECT_CLASSES:
        roles = roles_in(
            grammar, number, sentence, roles_end(grammar, text, number, segment_end), text
        )
        # one role ("charged with possessing"); two or more ("for possessing and
        # distributing") describe the operation's crimes, not which part this count is
        if len(roles) == 1:
            fact.role = roles[0]


# "of which 203 were mobile phones", "12 of them being laptops": a count of devices whose
# type a predicate names (the noun after the copula, not after the number).
DEVICE_PREDICATE = re.compile(
    r"\s+(?:of\s+(?:them|which|these|those)\s+)?(?:were|are|was|being)\s+(?:(?:all|also)\s+)?",
    re.IGNORECASE,
)


def device_said(
    grammar: Grammar, fact: Fact, text: str, number, sentence: Sentence, segment_end: int
):
    """The device type a predicate names for a part of a total of devices: '300 devices, of
    which 203 were mobile phones' → mobile_phone."""
    if fact.noun_class != "device":
        return None
    for noun in sentence.spans["COUNTED_NOUN"]:
        if not number.char_end < noun.char_start <= segment_end:
            continue
        if DEVICE_PREDICATE.fullmatch(text, number.char_end, noun.char_start) is None:
            continue
        attrs = grammar.noun_attrs.get(noun.value_str)
        return attrs.device if attrs is not None and attrs.noun_class == "device" else None
    return None


# Noun classes whose whole group an apposition may give a sex: suspects and child victims
# ("rescued five children, all of them girls").
APPOSED_SEX_CLASSES = (*SUSPECT_CLASSES, "victim")


def sex_said(grammar: Grammar, text: str, number, segment_end: int, noun_class: str):
    """The sex the count's own segment says its group is: a predicate of suspects ("… 30 of
    them are men"), or an apposition or clause saying the whole group is of one sex
    ("twelve suspects, all of them men", "… were arrested; all are men", "28 persone, tutti
    maschi": `Grammar.sex_apposition`, the language's `all_of_group` words)."""
    said = None
    if noun_class in SUSPECT_CLASSES:
        said = grammar.predicate_sex.search(text, number.char_end, segment_end)
        if said:
            return grammar.group_sex.get(said.group(1).lower())
    if noun_class in APPOSED_SEX_CLASSES:
        said = grammar.sex_apposition.search(text, number.char_end, segment_end)
    return grammar.group_sex.get(said.group("sex").lower()) if said else None


def sex_said_after(grammar: Grammar, text: str, sentence: Sentence, earlier: list[Fact]) -> None:
    """'Police arrested 14 people. They are all men.', 'Les personnes interpellées sont
    exclusivement des hommes.': a sentence that opens with the group (a pronoun, the
    all-word, none where the language drops it, or a noun phrase repeating the group's own
    words) and says it is of one sex gives that sex to the counts of the sentence just
    before, when they are all of one group (suspects, or child victims) and none says a sex
    of its own (a sentence of '12 men and 3 women' is not of one sex). A count before the
    sex word ('Two were women') is a part, no clause about the whole."""
    said = grammar.sex_clause.match(text, sentence.start, sentence.end)
    if said is None or any(n.char_start < said.end() for n in sentence.spans["NUMBER"]):
        return
    group = last_sentence_counts(earlier, sentence.start)
    group = [f for f in group if f.noun_class in APPOSED_SEX_CLASSES]
    if not group or any(f.sex is not None for f in group):
        return
    if len({f.noun_class == "victim" for f in group}) > 1:
        return
    if not names_the_group(grammar, text, said, group, sentence.start):
        return
    sex = grammar.group_sex.get(said.group("sex").lower())
    for f in group:
        f.sex = sex


def last_sentence_counts(earlier: list[Fact], start: int) -> list[Fact]:
    """The facts of the latest sentence with facts before `start`, read from the end (a
    document's facts are in reading order; this sentence's own may follow them)."""
    found: list[Fact] = []
    for f in reversed(earlier):
        if f.char_end > start:
            continue
        if found and f.sentence_index != found[0].sentence_index:
            break
        found.append(f)
    return found[::-1]


# How far after a count its group's own words reach ("12 personnes ont été interpellées").
GROUP_WORDS_REACH = 40
# The shortest word of a noun phrase that may repeat the group's words.
REPEATED_WORD = re.compile(r"[^\W\d_]{4,}")


def names_the_group(
    grammar: Grammar, text: str, said: re.Match, group: list[Fact], clause_start: int
) -> bool:
    """The clause's subject stands for the counted group: none (the language drops it), a
    pronoun or the all-word, or a noun phrase repeating a word the count's own stretch
    used ('arrested 12 suspects. The suspects are …')."""
    subject = said.group("subject")
    if subject is None or grammar.sex_clause_subject.fullmatch(subject):
        return True
    words = {
        w.casefold() for w in REPEATED_WORD.findall(subject) if not grammar.is_function_word(w)
    }
    own = {
        w.casefold()
        for f in group
        for w in REPEATED_WORD.findall(
            text, f.char_start, min(f.char_end + GROUP_WORDS_REACH, clause_start)
        )
    }
    return bool(words & own)


def roles_end(grammar: Grammar, text: str, number, segment_end: int) -> int:
    """Where the count's own roles end: at the first word naming an operation after it ('16
    charged in an operation targeting sellers of abuse material'): what comes after
    describes the operation's targets, not this count (an investigation 'into grooming'
    still names the count's crime). English's construction; another language's roles run
    to the end of the count's segment."""
    if grammar.language != "en":
        return segment_end
    operation = grammar.operation_word_re.search(text, number.char_end, segment_end)
    return operation.start() if operation is not None else segment_end


def devices_listed_after(grammar: Grammar, text: str, number, sentence: Sentence) -> bool:
    """'Dozens of computers, hard drives, tablets and phones were seized', '133 komputery,
    laptopy, routery': one count before a list of three or more device nouns of several
    types counts them all together, so it is of no one type ('160 phones and tablets', two
    nouns, is counted by its first)."""
    listed = device_list(grammar, text, number, sentence)
    kinds = {grammar.noun_attrs[n.value_str].device for n in listed}
    return len(listed) >= LISTED_DEVICES and len(kinds) > 1


def device_list(grammar: Grammar, text: str, number, sentence: Sentence) -> list:
    """The device nouns a count counts: the first device noun after it, and the list that
    goes on while the next device noun follows joined only by a comma or the language's
    list word (`list_and`), with no count of its own. In another language a device noun
    right after another, a space apart, describes it (a postposed adjective: "ordenadores
    portátiles"), no item of a list."""
    devices = sorted(
        (
            n
            for n in sentence.spans["COUNTED_NOUN"]
            if n.char_start >= number.char_end and grammar.noun_attrs[n.value_str].device
        ),
        key=lambda n: n.char_start,
    )
    listed = devices[:1]
    for later in devices[1:]:
        last = listed[-1]
        if later.char_start < last.char_end:
            continue  # another reading of the same words
        if any(last.char_end <= n.char_start < later.char_start for n in sentence.spans["NUMBER"]):
            break
        if grammar.list_gap.fullmatch(text, last.char_end, later.char_start) is None:
            break
        if grammar.language != "en" and text[last.char_end : later.char_start].isspace():
            break  # "ordenadores portátiles", "discos duros externos": one noun phrase
        listed.append(later)
    return listed


# How many device nouns make a list of no one type.
LISTED_DEVICES = 3


# After a typed device noun: "and other devices", "or other electronic items".
def others_of_no_type_after(grammar: Grammar, text: str, number, sentence: Sentence) -> bool:
    """'547 computers and other devices were seized', '311 ordinateurs, supports de
    stockage et autres moyens de communication': a count of typed devices followed by the
    language's `others_of_no_type` words counts them with devices of no stated type, so
    it is of no one type."""
    if grammar.others_of_no_type is None:
        return False
    listed = device_list(grammar, text, number, sentence)
    if not listed:
        return False
    last = max(listed, key=lambda n: n.char_end)
    return grammar.others_of_no_type.match(text, last.char_end) is not None


def has_breakdown(fact: Fact) -> bool:
    """The count says which part of a group it is: a sex, an age, a role or a device."""
    return any(
        value is not None
        for value in (fact.sex, fact.age_from, fact.age_to, fact.role, fact.device)
    )


def is_total_of(candidate: Fact, parts_sum: float) -> bool:
    """A count that can be the total a breakdown breaks down: a plain count of suspects of
    at least the parts' sum."""
    return (
        candidate.metric in BREAKDOWN_TOTALS
        and not candidate.dependent
        and candidate.value >= parts_sum
        and candidate.age_from is None
        and candidate.role is None
    )


# The rule suffix of a count that is a part of a group a pronoun stands for ("16 of them").
ANAPHORA = ".anaphora"
# What a pronoun's group may be: a count of people or of child victims.
ANTECEDENT_CLASSES = frozenset({"person", "victim"})
# An event that happens to suspects and victims alike takes its metric from the group.
EITHER_GROUP_METRICS = {"suspects_identified": "victims_identified"}


def antecedent_group(grammar: Grammar, part: Fact, built: list[Fact], earlier: list[Fact], index):
    """The group a pronoun stands for ('Police rescued 46 children. 16 of them …'): the
    latest count of people or victims before the part, in its sentence or up to
    `antecedent_sentences` back, at least as large as the part."""
    window = grammar.params.antecedent_sentences
    here = [f for f in built if f.char_end <= part.char_start and f is not part]
    candidates = list(reversed(here)) + [
        f for f in reversed(earlier) if index - f.sentence_index <= window
    ]
    return next(
        (
            f
            for f in candidates
            if f.noun_class in ANTECEDENT_CLASSES
            and not f.dependent
            and ANAPHORA not in f.rule
            and f.value >= part.value
        ),
        None,
    )


def resolve_anaphora(grammar: Grammar, built: list[Fact], earlier: list[Fact], index) -> list:
    """'Police rescued 46 children. 16 of them were identified': a part named by a pronoun
    is of the group counted before; for an event of suspects and victims alike the group
    says whose it is (→ victims), and the part without a place of its own is the group's.
    A part whose event needs the group, without one found, is dropped. (The group's sex is
    not the part's: the text states none for it.)"""
    kept = []
    for f in built:
        if ANAPHORA not in f.rule or f.dependent:
            kept.append(f)
            continue
        group = antecedent_group(grammar, f, built, earlier, index)
        if group is None:
            if f.metric not in EITHER_GROUP_METRICS:
                kept.append(f)
            continue
        if group.noun_class == "victim" and f.metric in EITHER_GROUP_METRICS:
            f.metric = EITHER_GROUP_METRICS[f.metric]
            f.unit = METRIC_CATALOGUE[f.metric].unit
        if not f.placed_here:
            f.jurisdiction, f.jurisdiction_basis = group.jurisdiction, BREAKDOWN_TOTAL
        kept.append(f)
    return kept


def total_the_group_names(dependents: list[Fact], candidates: list[Fact], parts_sum, antecedent):
    """'Six were charged. Five have been convicted. Two of those charged had …': a part of a
    group its participle names ('those charged') breaks down the latest total of that
    group's metric, not the latest total of another; with none, it takes the group's own
    metric (`antecedent` None). Any other breakdown keeps the latest total."""
    named = next((f.fallback_metric for f in dependents if f.fallback_metric), None)
    if named is None or antecedent is None or antecedent.metric == named:
        return antecedent
    return next((f for f in candidates if f.metric == named and is_total_of(f, parts_sum)), None)


def place_parts_with_own_events(
    grammar: Grammar, built: list[Fact], earlier: list[Fact], index: int
) -> None:
    """'… 200 suspects were identified. Of these, 111 people have been arrested': a part
    with an event of its own keeps its metric and, without a place of its own words, takes
    the place of the total it is part of (the latest one before it, of at least its size)."""
    window = grammar.params.antecedent_sentences
    for f in built:
        if not f.part_of_total or f.placed_here:
            continue
        before = [g for g in built[: built.index(f)] if not g.part_of_total]
        candidates = list(reversed(before)) + [
            g for g in reversed(earlier) if index - g.sentence_index <= window
        ]
        total = next((g for g in candidates if is_total_of(g, f.value)), None)
        if total is not None:
            f.jurisdiction, f.jurisdiction_basis = total.jurisdiction, BREAKDOWN_TOTAL


def resolve_dependents(
    grammar: Grammar, built: list[Fact], earlier: list[Fact], index: int
) -> list[Fact]:
    """Breakdowns ("Among these, 31 …", "Of those held, 57 were teenagers") take the
    metric of the total they break down: the latest count before them, in the sentence
    or up to `antecedent_sentences` back, that is at least the sum of the parts. Without
    one, a breakdown of a named group ("Twenty of those detained …") takes the group's
    metric; any other is dropped."""
    built = resolve_anaphora(grammar, built, earlier, index)
    place_parts_with_own_events(grammar, built, earlier, index)
    dependents = [f for f in built if f.dependent]
    if not dependents:
        return built
    parts_sum = sum(f.value for f in dependents)
    # Counts are built in reading order, so the total comes before its parts.
    before_here = [f for f in built[: built.index(dependents[0])] if not f.dependent]
    window = grammar.params.antecedent_sentences
    candidates = list(reversed(before_here)) + [
        f for f in reversed(earlier) if index - f.sentence_index <= window
    ]
    antecedent = next((f for f in candidates if is_total_of(f, parts_sum)), None)
    antecedent = total_the_group_names(dependents, candidates, parts_sum, antecedent)
    # a total of an earlier sentence is broken down only by a sentence that says it breaks
    # one down ("Among these, …") or by parts that say what they are ("18 men", "9 for
    # distributing"); "Two of the suspects have since died" breaks down nothing
    if (
        antecedent is not None
        and antecedent not in before_here
        and not any(f.partitive or has_breakdown(f) for f in dependents)
    ):
        antecedent = None
    kept = []
    for f in built:
        if f.dependent:
            if antecedent is not None:
                f.metric, f.unit = antecedent.metric, antecedent.unit
                if not f.placed_here:
                    f.jurisdiction = antecedent.jurisdiction
                    f.jurisdiction_basis = BREAKDOWN_TOTAL
                f.rule += ".breakdown"
            elif f.fallback_metric:
                f.metric, f.unit = f.fallback_metric, METRIC_CATALOGUE[f.fallback_metric].unit
                f.rule += ".group"
            else:
                continue
            f.dependent = False
        kept.append(f)
    return kept
