"""Many regexes over windows of a text → the same matches, each tried only where it can start.

Scanned one by one, a hundred vocabulary patterns read every character a hundred times, and a
pattern that begins with a word boundary cannot use the regex engine's fast skip. But most
patterns can only begin a word, and only with a few letter pairs ("arrest…" begins "ar",
"12 May" a digit): `WordGate` reads the text once for word starts and, at each, tries only
the patterns whose possible first characters fit. Its matches are exactly those `finditer`
gives on each window, pattern by pattern (a pattern's matches do not overlap one another, as
finditer's do not), or, with `first_only`, those of one alternation of the patterns in order.
A pattern that may begin anywhere else (inside a word, with a symbol, with any character) is
scanned the ordinary way, so nothing is missed for the sake of speed.

The possible first characters are read from the parsed pattern (`re._parser`, the standard
library's own parser) and compared case-blind, with every decimal digit as "0": the gate only
narrows the candidates, the pattern itself decides.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterator

PREFIX_CHARS = 3
# A pattern with more possible beginnings than this is scanned instead of indexed.
MAX_PREFIXES = 4000
# A pattern that would be tried at words beginning with more than this share of all the
# letter sequences is scanned instead: one pass of the engine costs less than a try at
# nearly every word.
MAX_SHARE = 0.5
LETTERS = 26
FOLD_ASCII = str.maketrans("123456789\t\n\r\x0b\x0c", "000000000     ")


class Unknown(Exception):
    """The pattern can begin with something the analysis does not list."""


def fold(chars: str) -> str:
    """The gate's key for some characters: lower case, every decimal digit '0', every white
    space ' '. A character whose lower case is longer (Turkish "İ" → "i̇") stays as it is,
    as `fold_text` keeps it, so that a key is never longer than its characters."""
    folded = chars.lower()
    if len(folded) != len(chars):
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in chars)
    folded = folded.translate(FOLD_ASCII)
    if not folded.isascii():
        folded = "".join("0" if c.isdecimal() else " " if c.isspace() else c for c in folded)
    return folded


def fold_text(text: str) -> str:
    """`fold` of every character of `text`, keeping its length (so offsets carry over): a
    character whose lower case is longer stays as it is."""
    folded = text.lower()
    if len(folded) != len(text):
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    folded = folded.translate(FOLD_ASCII)
    if not folded.isascii():
        folded = NON_ASCII_DIGIT_OR_SPACE.sub(
            lambda m: "0" if m.group(0).isdecimal() else " ", folded
        )
    return folded


NON_ASCII_DIGIT_OR_SPACE = re.compile(r"[^\x00-\x7f](?<=\d|\s)")


def _set_chars(items) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] <= 64:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.add("0")  # every decimal digit folds to "0"
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.add(" ")  # every white space folds to " "
        else:  # a negated set, \w, \s, a wide range, …
            raise Unknown
    return chars


def _prefixes(items: list, width: int) -> tuple[set[str], set[str]]:
    """How a match of `items` can begin, to `width` characters: (closed, open). A closed
    string is all that is known of a beginning (it is `width` long, or what follows it is not
    listed); an open one is a whole match of `items`, which whatever follows may extend."""
    open_: set[str] = {""}
    closed: set[str] = set()
    for op, av in items:
        if not open_:
            break
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: constrains, consumes nothing
        try:
            grown_closed, grown_open = _grow(op, av, open_, width)
        except Unknown:
            if "" in open_:
                raise  # the first character itself is not listed
            closed |= open_  # known this far: words beginning so are candidates
            open_ = set()
            break
        closed |= grown_closed
        open_ = grown_open
        if len(closed) + len(open_) > MAX_PREFIXES:
            raise Unknown
    return closed, open_


def _grow(op, av, open_: set[str], width: int) -> tuple[set[str], set[str]]:
    """The open prefixes `open_` extended by one element of a pattern: (closed, open)."""
    if op is sre.LITERAL:
        return _close({p + chr(av) for p in open_}, width)
    if op is sre.IN:
        return _close({p + c for p in open_ for c in _set_chars(av)}, width)
    if op is sre.SUBPATTERN:
        return _extend(open_, list(av[3]), width)
    if op is sre.ATOMIC_GROUP:
        return _extend(open_, list(av), width)
    if op is sre.BRANCH:
        closed: set[str] = set()
        grown: set[str] = set()
        for branch in av[1]:
            c, o = _extend(open_, list(branch), width)
            closed |= c
            grown |= o
        return closed, grown
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        closed = set()
        current, grown = set(open_), (set(open_) if low == 0 else set())
        # more than `width` repetitions begin as `width` of them do
        for count in range(1, min(high, width) + 1):
            c, current = _extend(current, list(sub), width)
            closed |= c
            if count >= min(low, width):
                grown |= current
        return closed, grown
    raise Unknown  # any character, a back-reference, a conditional, …


def _close(prefixes: set[str], width: int) -> tuple[set[str], set[str]]:
    return {p for p in prefixes if len(p) >= width}, {p for p in prefixes if len(p) < width}


def _extend(prefixes: set[str], items: list, width: int) -> tuple[set[str], set[str]]:
    closed: set[str] = set()
    grown: set[str] = set()
    tails: dict[int, tuple[set[str], set[str]]] = {}
    for prefix in prefixes:
        room = width - len(prefix)
        if room not in tails:
            tails[room] = _prefixes(items, room)
        tail_closed, tail_open = tails[room]
        closed |= {prefix + t for t in tail_closed}
        c, o = _close({prefix + t for t in tail_open}, width)
        closed |= c
        grown |= o
    return closed, grown


def _word_start_only(items: list) -> bool:
    """Whether every match begins with `\\b` or a look-behind that rules out a word
    character before it: given a word character next, the match begins a word."""
    if not items:
        return False
    op, av = items[0]
    if op is sre.AT:
        return av is sre.AT_BOUNDARY
    if op is sre.ASSERT_NOT:
        direction, sub = av
        sub = list(sub)
        return (
            direction == -1
            and len(sub) == 1
            and sub[0][0] is sre.IN
            and (sre.CATEGORY, sre.CATEGORY_WORD) in sub[0][1]
            and (sre.NEGATE, None) not in sub[0][1]
        )
    if op is sre.SUBPATTERN:
        return _word_start_only(list(av[3]) + items[1:])
    if op is sre.ATOMIC_GROUP:
        return _word_start_only(list(av) + items[1:])
    if op is sre.BRANCH:
        return all(_word_start_only(list(branch) + items[1:]) for branch in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, sub = av
        starts_in_sub = _word_start_only(list(sub))
        return starts_in_sub if low > 0 else starts_in_sub and _word_start_only(items[1:])
    return False


def start_prefixes(regex: re.Pattern, width: int = PREFIX_CHARS) -> set[str] | None:
    """The folded strings of up to `width` characters one of which begins every match of
    `regex`, which must begin a word; None when they cannot be listed, or a match may begin
    elsewhere."""
    items = list(sre_parse.parse(regex.pattern, regex.flags))
    if not _word_start_only(items):
        return None
    try:
        closed, open_ = _prefixes(items, width)
        prefixes = {fold(p) for p in closed | open_}
    except Unknown:
        return None
    if not prefixes or "" in prefixes:
        return None  # may match the empty string
    if any(not (p[0].isalnum() or p[0] == "_") for p in prefixes):
        return None  # may begin with a character that does not begin a word
    return prefixes


def _share(prefixes: set[str]) -> float:
    """About what share of words (beginning with letters) the pattern would be tried at."""
    full = LETTERS**PREFIX_CHARS
    return sum(LETTERS ** (PREFIX_CHARS - len(p)) for p in prefixes if p[:1].isalpha()) / full


def _starts_regex(keys) -> re.Pattern | None:
    """A regex over folded text that finds the word starts some pattern may begin at: a
    trie of the keys, each branch led by its literal so the engine can skip ahead to the
    next possible first character; the word-start test comes after that character
    (`(?<!\\w\\w)`: the character before a word character is not one)."""
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""  # a shorter key: any continuation will do
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    if not trie:
        return None
    # the rest of a key is looked ahead at, not consumed: it may reach into the next word
    branches = []
    for ch, child in sorted(trie.items()):
        rest = emit(child)
        branches.append(re.escape(ch) + r"(?<!\w\w)" + (f"(?={rest})" if rest else ""))
    return re.compile("|".join(branches))


class WordGate:
    """`finditer` of many (key, regex) pairs over windows of a text, read once for words."""

    def __init__(self, patterns: list[tuple[object, re.Pattern]], *, first_only: bool = False):
        """`first_only`: behave as one alternation of the patterns in their order (the first
        that matches at a place wins, and the next match begins after it) instead of as
        separate patterns."""
        self.patterns = patterns
        self.first_only = first_only
        by_prefix: dict[str, set[int]] = {}
        self.scanned: list[int] = []
        for index, (_, regex) in enumerate(patterns):
            prefixes = start_prefixes(regex)
            if prefixes is None or _share(prefixes) > MAX_SHARE:
                self.scanned.append(index)
                continue
            for prefix in prefixes:
                by_prefix.setdefault(prefix, set()).add(index)
        # a word is a candidate for the patterns of every key it begins with
        self.candidates: list[dict[str, list[int]]] = [{} for _ in range(PREFIX_CHARS + 1)]
        for key in by_prefix:
            merged = set().union(*(by_prefix.get(key[:n], ()) for n in range(1, len(key) + 1)))
            self.candidates[len(key)][key] = sorted(merged)
        self.starts = _starts_regex(by_prefix)
        self.alternation = None
        if first_only and self.scanned:
            # one pattern that cannot be gated would be tried out of turn: scan them all as
            # the alternation they stand for
            self.alternation = re.compile(
                "|".join(f"(?P<g{i}>{regex.pattern})" for i, (_, regex) in enumerate(patterns)),
                patterns[0][1].flags,
            )

    def finditer(
        self, text: str, windows: list[tuple[int, int]], folded: str | None = None
    ) -> Iterator[tuple[object, re.Match]]:
        """(key, match) for every match of every pattern inside each window; within a
        window, the gated patterns' matches come in order of position. `folded` is
        `fold_text(text)`, if the caller has it already."""
        if self.alternation is not None:
            yield from self._alternation_matches(text, windows)
            return
        if folded is None and self.starts is not None:
            folded = fold_text(text)
        for start, end in windows:
            if self.first_only:
                yield from self._first_matches(text, folded, start, end)
            else:
                yield from self._gated_matches(text, folded, start, end)
            for index in self.scanned:
                key, regex = self.patterns[index]
                for m in regex.finditer(text, start, end):
                    yield key, m

    def _alternation_matches(self, text: str, windows) -> Iterator[tuple[object, re.Match]]:
        """`first_only` with a pattern that cannot be gated: the alternation scanned."""
        patterns = self.patterns
        for start, end in windows:
            for m in self.alternation.finditer(text, start, end):
                index = int(m.lastgroup[1:])
                yield patterns[index][0], patterns[index][1].match(text, m.start(), end)

    # The two loops below look the candidates of each word start up themselves rather than
    # through a shared helper: they are annotate's innermost loop, and a call or a generator
    # step per word costs a tenth of its time.

    def _gated_matches(self, text, folded, start, end) -> Iterator[tuple[object, re.Match]]:
        """Each pattern tried at the word starts it may begin at, skipping, as finditer
        does, the places inside its own previous match."""
        if self.starts is None:
            return
        patterns, by_length = self.patterns, self.candidates
        last_end: dict[int, int] = {}
        for word in self.starts.finditer(folded, start, end):
            position = word.start()
            head = folded[position : position + PREFIX_CHARS]
            candidates = None
            for length in range(len(head), 0, -1):
                candidates = by_length[length].get(head[:length])
                if candidates is not None:
                    break
            for index in candidates or ():
                if position < last_end.get(index, -1):
                    continue  # inside this pattern's previous match, as finditer skips
                key, regex = patterns[index]
                m = regex.match(text, position, end)
                if m:
                    last_end[index] = max(m.end(), position + 1)
                    yield key, m

    def _first_matches(self, text, folded, start, end) -> Iterator[tuple[object, re.Match]]:
        """The first pattern, in order, that matches at a word start; the next match begins
        after it, as one alternation's would."""
        if self.starts is None:
            return
        patterns, by_length = self.patterns, self.candidates
        last_end = -1
        for word in self.starts.finditer(folded, start, end):
            position = word.start()
            if position < last_end:
                continue  # inside the alternation's previous match
            head = folded[position : position + PREFIX_CHARS]
            candidates = None
            for length in range(len(head), 0, -1):
                candidates = by_length[length].get(head[:length])
                if candidates is not None:
                    break
            for index in candidates or ():
                key, regex = patterns[index]
                m = regex.match(text, position, end)
                if m:
                    last_end = max(m.end(), position + 1)
                    yield key, m
                    break
