"""Vocabularies + parameters → what normalise reads of them, compiled once: the `Grammar` every
construction module receives. Nothing in it changes after it is built.
"""

from __future__ import annotations

import re
from functools import cache
from types import SimpleNamespace

from pipeline.normalise.background import compile_cues
from pipeline.params import NormaliseParams
from pipeline.schemas import is_missing
from pipeline.vocab import BASE_LANGUAGE, Vocabulary, alternation, load_vocabulary, word_edges

# A pattern that matches nothing: a role the language has no words for.
NOTHING = r"(?!)"
# How far before an event its negation may stand ("could not yet be identified").
NEGATION_REACH = 30


def head_final_predicate(function_words: dict[str, list[str]]) -> tuple[str, str]:
    """'うち2人は女性だった', '이 중 2명은 여성이었다': in a language written without spaces
    (`unspaced`), a predicate stands after the count's topic particle (a `noun_joint` of
    one letter) and before the copula, which touches it. Returns the alternative of the
    predicate's start (after such a particle) and that of its end (before the copula), or
    empty strings for a language with no such predicate."""
    joints = [p for p in function_words.get("noun_joint", []) if len(p) == 1 and p.isalpha()]
    copula = function_words.get("copula")
    if "unspaced" not in function_words or not joints or not copula:
        return "", ""
    # (Korean writes a space after the particle: "2명은 여성이었다")
    topic = "|" + "|".join("(?<=%s)|(?<=%s )" % (re.escape(j), re.escape(j)) for j in joints)
    return topic, r"|(?=%s)" % alternation(copula, escape=False)


# Function-word roles of qualifiers written after a number, and the qualifier each gives.
QUALIFIERS_AFTER = {
    "after_at_least": "at_least",
    "after_at_most": "at_most",
    "after_approximately": "approximately",
}


class Grammar:
    """The vocabularies as normalise reads them, and its parameters."""

    def __init__(self, vocab: Vocabulary, params: NormaliseParams):
        self.params = params
        # the language whose words these are: a few constructions are English's alone
        self.language = vocab.language
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
        # demonyms: "43 Austrian consumers" says who is counted (`scope.demonym_of_count`)
        demonyms = vocab.jurisdictions[vocab.jurisdictions["kind"] == "demonym"]
        self.demonyms = frozenset(alias.casefold() for alias in demonyms["alias"])
        # a country by name or demonym, not a place below it (`scope.whole_before_national_part`)
        country = vocab.jurisdictions[vocab.jurisdictions["kind"].isin(["name", "demonym"])]
        self.country_words = frozenset(alias.casefold() for alias in country["alias"])
        self.dollar_by_jurisdiction = vocab.dollar_by_jurisdiction
        # what makes a figure a background statistic ("since 2014", "each year")
        self.background = compile_cues(vocab.background_cues)
        self.operation_word_re = re.compile(
            r"\b(?:%s)\b" % alternation(vocab.operation_words, escape=False), re.IGNORECASE
        )
        self.scope_re = cue_pattern(vocab.scope_cues)
        # one country's part of an operation ("as part of"), one country's extent
        # ("nationwide"): `scope.national_share`
        self.share_re = cue_pattern(vocab.share_cues)
        self.national_re = cue_pattern(vocab.national_cues)
        # other countries' figures ("abroad"), a tip's origin or a platform's seat ("a tip
        # from", "US-based"): `scope.abroad_count`, `scope.is_origin`
        self.abroad_re = cue_pattern(vocab.abroad_cues)
        self.origin_re = cue_pattern(vocab.origin_cues)
        # a word that opens a relative clause ("who", "qui", "yang"): `scope.abroad_count`
        relative = alternation(vocab.function_words.get("relative", []), escape=False)
        self.relative = re.compile(r"\b(?:%s)\b" % (relative or NOTHING), re.IGNORECASE)
        # an agency's alias → the countries whose agencies it names: "Policía Nacional" is
        # Spain's, Peru's and Colombia's (`scope.shared_agency_places`)
        self.agency_countries = agency_countries(vocab.agencies)
        words = {role: alternation(p, escape=False) for role, p in vocab.function_words.items()}
        # a qualifier written after its number, its counter between ("100人以上", "50 orang
        # lebih"): `attachment.qualifier_of`
        self.qualifiers_after = tuple(
            (qualifier, re.compile(r"(?:%s)" % words[role], re.IGNORECASE))
            for role, qualifier in QUALIFIERS_AFTER.items()
            if role in words
        )
        # "… and other devices", "… et autres supports": a list's end adding devices of no
        # stated type (`breakdowns.others_of_no_type_after`)
        self.others_of_no_type = (
            re.compile(r"[\s,]*(?:%s)\b" % words["others_of_no_type"], re.IGNORECASE)
            if "others_of_no_type" in words
            else None
        )
        leading = words.get("leading", NOTHING)
        # "the arrest of 312", "the investigation of a further 40": an event noun heads a count
        self.nominal_event_re = re.compile(
            r"\b(?:%s)\s+(?:%s)\s+(?:(?:%s)\s+)?$"
            % (alternation(vocab.nominal_events, escape=False), words.get("of", NOTHING), leading),
            re.IGNORECASE,
        )
        # an event noun standing alone ("the investigation revealed …", "according to the
        # investigation"): a noun, not a participle, whether or not it heads a count
        self.event_noun = re.compile(
            r"(?:%s)s?" % alternation(vocab.nominal_events, escape=False), re.IGNORECASE
        )
        # between a count and its participle: "15 of whom were later charged". In a
        # language written with spaces a linking word ends its word: Italian's article "i"
        # is no linking word at the start of "Sono 26 gli indagati" (`linking_word_end`)
        self.linking = re.compile(
            r"(?:\s+(?:%s)%s)*\s*" % (words.get("linking", NOTHING), linking_word_end(vocab)),
            re.IGNORECASE,
        )
        # between a verb and its count: "arrested a total of 14", "reviewed some 2,000"
        self.object_gap = object_gap(vocab, leading)
        # a past-tense verb right before a count: "reviewed 28,000 sites" (whether it is a
        # trigger is for the TRIGGER spans to say)
        self.past_verb_before = re.compile(
            r"\b([a-z]+ed)(?:\s+(?:%s))*\s+$" % leading, re.IGNORECASE
        )
        # between a count and its noun, the language's "of" elided onto the noun: "des
        # centaines d'images" (an "of" that stands apart is a plain word of `NOUN_GAP`)
        self.elided_of_gap = re.compile(r"\s+(?:%s)" % words.get("of", NOTHING), re.IGNORECASE)
        # between a count and its noun, an article after a plain word opens another noun
        # phrase: "the two discussed killing the victim" counts no victims, while "two of
        # the victims" (the article after "of") and "drei der Verdächtigen" (the article
        # first) do (`attachment.counted_noun`)
        of, article_word = words.get("of", NOTHING), words.get("article", NOTHING)
        self.article_after_word = re.compile(
            r"\s+(?!(?:%s|%s)\s)[^\W\d_][\w'-]*\s+(?:%s)\s" % (of, article_word, article_word),
            re.IGNORECASE,
        )
        # words that make a role word's object the material or the abuse of the contract
        # ("distributing sexually explicit images"; `attachment.role_of_the_contract`)
        self.role_object = (
            re.compile(r"\b(?:%s)\b" % words["role_object"], re.IGNORECASE)
            if "role_object" in words
            else None
        )
        # a role word whose clause ends after an adverb or two has its object before it:
        # "children they had groomed online."
        self.role_clause_end = re.compile(
            r"(?:\s+(?:%s)\b){0,2}\s*(?:[,;:.)]|$)" % words.get("role_adverb", NOTHING),
            re.IGNORECASE,
        )
        # a verb of speech right after a count's noun: its people are the story's sources
        # ("Two officials said …"; `counts.speakers`)
        self.speech_after = re.compile(
            r"(?:\s+(?:%s))?\s+(?:%s)\b"
            % (words.get("speech_filler", NOTHING), words.get("speech_verb", NOTHING)),
            re.IGNORECASE,
        )
        # a pronoun right after a role word stands for an object already named: "… and 9
        # for distributing it"
        self.object_pronoun = re.compile(
            r"\s+(?:%s)\b" % words.get("object_pronoun", NOTHING), re.IGNORECASE
        )
        # what may follow a count standing alone, beside English's words ("3 en Autriche")
        self.count_end = (
            re.compile(r"\s*(?:%s)\b" % words["count_end"], re.IGNORECASE)
            if "count_end" in words
            else None
        )
        # words that follow the noun they describe, never heading a compound with it
        # ("7 osób podejrzanych", "tre män misstänkta"): `attachment.is_postposed`
        self.postposed = (
            re.compile(r"(?:%s)" % words["postposed"], re.IGNORECASE)
            if "postposed" in words
            else None
        )
        # the endings of a plural noun ("Männer", "personen"); English's are
        # `amounts.PLURAL`: a range of ages is a group's, never one person's
        self.plural = (
            re.compile(r"(?:%s)$" % words["plural"], re.IGNORECASE) if "plural" in words else None
        )
        # a definite noun phrase's start, its article or demonstrative and perhaps one word:
        # "the rescued victims", "de slachtoffers", "ces victimes" name a group already
        # counted (`amounts.is_named_group`)
        definite = "|".join(words[role] for role in ("article", "demonstrative") if role in words)
        self.definite_before = re.compile(
            r"\b(?:%s)\s+(?:[\w'-]+\s+)?$" % (definite or NOTHING), re.IGNORECASE
        )
        # a word that sets a part of a group named before it: "including", "among those",
        # "darunter", and the language's partitives (`counts.officers_among_suspects`)
        part_words = [
            words[role] for role in ("including", "partitive", "partitive_opening") if role in words
        ]
        self.part_marker = re.compile(
            r"\b(?:%s)\b" % ("|".join(part_words) or NOTHING), re.IGNORECASE
        )
        # an article or demonstrative right before a count: "the 14 men", "die 33 Männer"
        # (`amounts.plain_people`)
        self.definite_count_before = re.compile(
            r"\b(?:%s)\s+$" % (definite or NOTHING), re.IGNORECASE
        )
        # what a count is, not what was done to it: "14 were minors"
        self.copula = re.compile(r"\b(?:%s)\b" % words.get("copula", NOTHING), re.IGNORECASE)
        # a count right before the copula: "trois sont des femmes"
        self.copula_after = re.compile(r"\s+(?:%s)\b" % words.get("copula", NOTHING), re.IGNORECASE)
        # prepositions end a noun phrase; "of" does not ("Twelve of the Thai suspects")
        self.noun_phrase_break = re.compile(
            r"\b(?:%s)\b" % words.get("preposition", NOTHING), re.IGNORECASE
        )
        article = r"(?:(?:%s)\s+)?" % words.get("article", NOTHING)
        list_and = words.get("list_and", NOTHING)
        # places joined only by commas and "and": a list of participants
        self.list_gap = re.compile(r"[\s,;/]*(?:(?:%s|&)\s+)?%s" % (list_and, article))
        self.list_and = re.compile(r"\b(?:%s)\b|&" % list_and, re.IGNORECASE)
        if "unspaced" in vocab.function_words:
            # "新加坡及韓國", "東京、大阪": places touch the words and marks that join them
            before, after = word_edges(vocab.function_words)
            self.list_gap = re.compile(r"[\s,;/、]*(?:(?:%s|&)\s*)?" % list_and)
            self.list_and = re.compile(r"%s(?:%s)%s|&" % (before, list_and, after), re.IGNORECASE)
        # "12 in Spain", "48 homes in A, B and C": a place introduced after a count
        self.place_intro = re.compile(
            r"(?:\s+[^\W\d_][\w'-]*){0,5}?\s+(?:%s)\s+%s"
            % (words.get("place_intro", NOTHING), article)
        )
        # "a German national", "un ressortissant allemand": a person's nationality, no place
        self.nationality_after = re.compile(
            r"\s+(?:%s)\b" % words.get("nationality", NOTHING), re.IGNORECASE
        )
        self.nationality_before = re.compile(
            r"\b(?:%s)\s+$" % words.get("nationality", NOTHING), re.IGNORECASE
        )
        # "In Malaysia, …", "In Singapore alone, …": a place opening the sentence
        lead_in = [p[:1].upper() + p[1:] for p in vocab.function_words.get("place_intro", [])]
        self.lead_in_before = re.compile(
            r"\W*(?:%s)\s+%s" % (alternation(lead_in, escape=False) or NOTHING, article)
        )
        self.lead_in_after = re.compile(
            r"(?:\s+(?:%s))?\s*," % words.get("alone", NOTHING), re.IGNORECASE
        )
        self.function_word = re.compile(
            "|".join(f"(?:{p})" for patterns in vocab.function_words.values() for p in patterns)
            or NOTHING,
            re.IGNORECASE,
        )
        # "three others expected to be charged", "two remain at large": not (yet) done; in
        # a language written without spaces, its words touch the count ("五人是否…")
        before, after = word_edges(vocab.function_words)
        self.not_yet = re.compile(
            r"%s(?:%s)%s" % (before, words.get("not_yet", NOTHING), after), re.IGNORECASE
        )
        # "could not be identified", "were never charged", "no fueron detenidos", "nicht
        # festgenommen": the event did not happen. Each language's `negation` words; "n't"
        # and the "not only" exception are English's, another language writes its own
        # exception into its pattern ("nicht(?!\s+nur\b)").
        self.negated_before = re.compile(
            r"(?:\b(?:%s)\b|n't)(?!\s+(?:only|just|merely)\b)(?:\s+[\w']+){0,2}?\s+$"
            % words.get("negation", NOTHING),
            re.IGNORECASE,
        )
        # "possessing 500 images", "detido com 17 mil arquivos": the files are the count's
        # object of possession (found), past up to three words ("nada menos de", "more than")
        self.possessed_before = re.compile(
            r"\b(?:%s)\s+(?:[^\W\d_]+\s+){0,3}$" % words.get("possession", NOTHING),
            re.IGNORECASE,
        )
        # "were arrested and charged", "festgenommen und angeklagt": two events of one count
        self.event_and = re.compile(
            r"\s*(?:,\s*)?(?:%s)\s+(?:[\w-]+ly\s+)?$" % words.get("event_and", NOTHING),
            re.IGNORECASE,
        )
        # a statistic whose noun is its subject: "cases numbered 130", "rose to 1,452"
        self.statistic_verb = re.compile(
            r"\b(?:(?:rose|fell|climbed|increased|decreased|dropped|jumped|grew)\s+to|stood\s+at|"
            r"reached|totall?ed|numbered|came\s+to|amounted\s+to)\s+(?:(?:%s)\s+)?$" % leading,
            re.IGNORECASE,
        )
        # "charged with stabbing two pensioners", "injured four girls and three boys": a
        # count that is the object of harm done (determiners, qualifiers and one earlier
        # item of a list may stand between)
        harms = alternation(vocab.harms, escape=False)
        self.harmed_before_re = re.compile(
            r"\b(?:%s)\s+(?:(?:the|his|her|their|its|a|an|another|those|these|both|all|"
            r"additional|other|further|at\s+least|more\s+than|over|some|about|nearly|almost|"
            r"up\s+to)\s+)*"
            r"(?:[\w'-]+\s+[\w'-]+,?\s+(?:and|or|&)\s+)?$" % harms,
            re.IGNORECASE,
        )
        # "three people were shot", "two officers had been injured": people a crime harmed,
        # said in the passive after the count and its noun (a few words may stand between;
        # never "were abusing", where the counted are the ones who harm, nor a relative clause
        # on victims found: "rescued 16 girls who had been exploited")
        self.harmed_after_re = re.compile(
            r"(?:\s+(?!(?:who|that|which)\b)[\w'-]+){1,3}?\s+(?:%s)(?:\s+been)?\s+(?:[\w-]+ly\s+)?"
            r"(?![\w-]*ing\b)(?:%s)\b" % (words.get("copula", NOTHING), harms),
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
        # partitives of another language, from its `partitive`, `partitive_opening` and
        # `subset_of` words (`partitive_words`)
        own_partitive, self.partitive_word, self.opening_partitive = partitive_words(
            vocab, words, leading, partitive
        )
        # the language's partitive word right before a count: "…, di cui 20"
        self.partitive_before = (
            re.compile(r"(?:%s)$" % self.partitive_word.pattern, re.IGNORECASE)
            if self.partitive_word is not None
            else None
        )
        if "subset_of" in words:
            # "Trois des suspects interpellés …", "tre degli arrestati …"
            self.subset_of_group = re.compile(
                r"%s|\s+(?:%s)\s*(?:\w+\s+){0,2}?(?:%s)\b"
                % (self.subset_of_group.pattern, words["subset_of"], every),
                re.IGNORECASE,
            )
        # "14 of the 27 searches", "14 de los 27 registros": a part, then the counted whole
        self.part_of_counted_whole = re.compile(
            r"\s+(?:of\s+(?:the|these|those)|%s)\s+" % words.get("subset_of", NOTHING),
            re.IGNORECASE,
        )
        # a sentence that breaks down an earlier total: "Among these, …", "including 8 …",
        # "with 20 being …", "They included …", "Seven of those arrested …"
        self.partitive = re.compile(
            own_partitive
            + r"^\W*(?:among|of)\s+(?:these|them|those|whom|which|the\s+\w+)\b|\bincluding\s+\d|"
            r"\bwith\s+\S+\s+being\b|\b(?:these|they)\s+included\b|"
            r"(?<![\d,])(?:\d[\d,]{0,12}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|\w{3,6}teen|"
            r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)(?:-\w+)?)"
            r"\s+of\s+(?:those|the\s+\w+|them)\s+(?:%s)\b" % partitive,
            re.IGNORECASE,
        )
        # what a predicate says a counted group is: "are men", "were teenagers" (a language
        # with no group words, an empty `group_words.csv`, has none: NOTHING, never an empty
        # alternative that would match after any copula)
        group = vocab.group_words
        self.group_sex = {word: sex for word, (sex, _, _) in group.items() if sex}
        self.group_ages = {
            word: (low, high)
            for word, (_, low, high) in group.items()
            if low is not None or high is not None
        }
        # another language's predicate: its copula, an article or "of" ("sont des femmes",
        # "sono donne")
        own_predicate = ""
        if vocab.language != BASE_LANGUAGE and "copula" in words:
            own_predicate = r"|\b(?:%s)\s+(?:(?:%s|%s)\s+)?" % (
                words["copula"],
                words.get("article", NOTHING),
                words.get("of", NOTHING),
            )
        topic, copula_next = head_final_predicate(vocab.function_words)
        self.predicate_sex = re.compile(
            r"(?:\b(?:are|were|was|is)\s+(?:all\s+|mostly\s+)?%s%s)(%s)(?:\b%s)"
            % (
                own_predicate,
                topic,
                alternation(self.group_sex, escape=True) or NOTHING,
                copula_next,
            ),
            re.IGNORECASE,
        )
        self.predicate_band = re.compile(
            r"(?:\b(?:are|were)\s+(?:all\s+|mostly\s+)?%s)(%s)\b"
            % (own_predicate, alternation(self.group_ages, escape=True) or NOTHING),
            re.IGNORECASE,
        )
        # "twelve suspects, all of them men"; "… were arrested. They are all men."
        self.sex_apposition, self.sex_clause = group_sex_patterns(words, self.group_sex)
        self.sex_clause_subject = re.compile(
            r"(?:%s|%s)"
            % (words.get("group_pronoun", NOTHING), words.get("all_of_group", NOTHING)),
            re.IGNORECASE,
        )

    def is_negated(self, text: str, event) -> bool:
        """The event's own words deny it ("the two suspects could not be identified")."""
        start = max(0, event.char_start - NEGATION_REACH)
        return self.negated_before.search(text, start, event.char_start) is not None

    def is_function_word(self, word: str) -> bool:
        """A word the language's constructions are built of ('across', 'as', 'were')."""
        return self.function_word.fullmatch(word) is not None

    def noun_class(self, noun) -> str:
        """The class of a COUNTED_NOUN span ("person", "device", "location", …)."""
        return self.noun_attrs[noun.value_str].noun_class


def partitive_words(vocab: Vocabulary, words: dict[str, str], leading: str, groups: str):
    """Another language's partitives, as its `function_words.csv` names them: a `partitive`
    word before the part's count ("di cui 4 …", "其中3名", "うち6人"), a
    `partitive_opening` that opens a sentence with the whole ("Parmi les 12 personnes
    interpellées, trois …"), and the `subset_of` words joining a count to the group it is
    part of ("Trois des suspects interpellés …"). Returns the part of the partitive
    pattern they add (ending in "|", or empty), the pattern of a partitive word with what
    may stand between it and its count, and the pattern of an opening partitive (each None
    when the language has no such words)."""
    before, after = word_edges(vocab.function_words)
    number = r"(?:\d|%s)" % (alternation(vocab.number_words, escape=True) or NOTHING)
    gap = r"\s*(?:(?:%s)\s*)*" % leading
    parts, word, opening = [], None, None
    if "partitive" in words:
        word = re.compile(r"%s(?:%s)%s%s" % (before, words["partitive"], after, gap), re.IGNORECASE)
        parts.append(r"%s(?=%s)" % (word.pattern, number))
    if "partitive_opening" in words:
        opening = re.compile(r"\W*(?:%s)%s" % (words["partitive_opening"], after), re.IGNORECASE)
        parts.append(r"^%s" % opening.pattern)
    if "subset_of" in words:
        parts.append(
            r"(?<![\d.,])(?:\d[\d.,]{0,12}|\b(?:%s))\s+(?:%s)\s*(?:\w+\s+){0,2}?(?:%s)\b"
            % (alternation(vocab.number_words, escape=True) or NOTHING, words["subset_of"], groups)
        )
    return "".join(f"{p}|" for p in parts), word, opening


def agency_countries(agencies) -> dict[str, frozenset[str]]:
    """Each agency alias (case-folded) → the countries of the agencies listed under it."""
    out: dict[str, set[str]] = {}
    for alias, code in zip(agencies["alias"], agencies["jurisdiction"], strict=True):
        if isinstance(code, str) and len(code) == 2:
            out.setdefault(alias.casefold(), set()).add(code)
    return {alias: frozenset(codes) for alias, codes in out.items()}


def cue_pattern(cues: list[str]) -> re.Pattern:
    """One pattern for a kind of scope cue, matching in any letter case; a kind a language
    has no rows of matches nothing (an empty alternation would match everywhere)."""
    return re.compile(r"(?:%s)" % (alternation(cues, escape=False) or NOTHING), re.IGNORECASE)


def group_sex_patterns(words: dict[str, str], group_sex: dict) -> tuple[re.Pattern, re.Pattern]:
    """The sex of a whole counted group, said after its count by the language's
    `all_of_group` words: in an apposition or a clause of the count's sentence ("twelve
    suspects, all of them men", "… were arrested; all are men", "12 personnes, toutes des
    femmes"), and in a sentence of its own that opens with the group (a `group_pronoun`, the
    all-word, or up to three words of its own, which the caller checks) and its copula
    ("They are all men.", "Les personnes interpellées sont exclusivement des hommes.", "Es
    seien Männer …"). Group `sex` is the sex word; `subject` the clause's own words. A language
    without those words or group words has neither (NOTHING)."""
    sex = alternation(group_sex, escape=True) or NOTHING
    every = words.get("all_of_group", NOTHING)
    pronoun = words.get("group_pronoun", NOTHING)
    copula = words.get("copula", NOTHING)
    article = r"(?:(?:%s|%s)\s+)?" % (words.get("article", NOTHING), words.get("of", NOTHING))
    apposition = re.compile(
        r"[,;:(\u2013\u2014]\s*(?:(?:%s)\s+)?(?:(?:%s)\s+)?(?:%s)\s+(?:(?:%s)\s+)?%s(?P<sex>%s)\b"
        % (pronoun, copula, every, copula, article, sex),
        re.IGNORECASE,
    )
    clause = re.compile(
        r"\W*(?:(?P<subject>(?:%s|%s)|[^\W\d]+(?:\s+[^\W\d]+){0,2}?)\s+)?(?:%s)\s+"
        r"(?:(?:%s)\s+)?%s(?P<sex>%s)\b" % (pronoun, every, copula, every, article, sex),
        re.IGNORECASE,
    )
    return apposition, clause


def linking_word_end(vocab: Vocabulary) -> str:
    """What must follow a linking word: in a language written with spaces, a word that ends
    in a letter ends there (a one-letter article "i" or "a" would otherwise read as linking
    the first letter of the participle after it), while one that ends in a mark (an opening
    quote) may touch the next word; in an unspaced language, anything."""
    if "unspaced" in vocab.function_words:
        return ""
    return r"(?:(?<![^\W\d_])|(?![^\W\d_]))"


def object_gap(vocab: Vocabulary, leading: str) -> re.Pattern:
    """What may stand between a verb and the count that is its object: spaces and the
    language's `leading` words ("arrested a total of 14"). A language written without
    spaces between its words (`unspaced`, and no `spaced_words`: Chinese, Japanese) puts
    its verb right against the count ("逮捕80名", "抓获了12人"): no space is needed there."""
    if "unspaced" in vocab.function_words and "spaced_words" not in vocab.function_words:
        return re.compile(r"\s*(?:(?:%s)\s*)*" % leading, re.IGNORECASE)
    return re.compile(r"\s+(?:(?:%s)\s+)*" % leading, re.IGNORECASE)


@cache
def grammar_for(
    params: NormaliseParams, vocab_dir: str | None, language: str = BASE_LANGUAGE
) -> Grammar:
    """One compiled grammar per parameter set, language and process."""
    return Grammar(load_vocabulary(vocab_dir, language), params)
