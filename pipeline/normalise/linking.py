"""Linking: every document's local operations → which of them report one operation, and the
typed evidence of each link (`link_operations`).

Evidence is what normalise read in a report's body (page furniture gives neither names nor
facts), of three kinds, each with a weight:

- `name`: the same operation name (`name_key`: its head, case, accents and quotes folded; a
  name that only extends a name the same report states, "Operation Stormfront Orange
  County" beside "Operation Stormfront", counts as that one; across reports a longer writing
  is another name, "Operation Blue Harbour II"). Weight 1 / the number of operations
  the report naming more of them names (1, or 0.5 for a report that also recalls an earlier
  operation). Not when either report names more than `link_names_max_per_document`
  operations (a review of past cases is about none of them), nor when the two lie more than
  `link_name_window_days` apart (publication dates, else period starts): an annual
  "Operation Cross Country" is another operation every year;
- `figure`: a figure both state that is distinctive in the corpus (stated in at most
  `link_figure_max_documents` documents), weighted by its rarity: 1 / (the number of other
  documents that state it), so "435 arrested" in two reports weighs 1 and "12 arrested" in
  eleven weighs 0.1;
- `period`: overlapping periods of action. Weight 0: context that lets one sizeable figure
  link, never a link by itself.

Two local operations are linked when they are of one topic and share a name, or two
distinctive figures, or one sizeable distinctive figure in overlapping periods, or one
large figure that few documents state in reports published days apart (`FIGURE_ALONE`).

Links are grouped without chaining (average linkage): links are taken strongest first, and
two groups become one only if at least `link_min_support` of the pairs of local operations
across them are linked. Every report naming one operation links to every other, so they form
one group; a chain of coincidences A–B, B–C, C–D never does (C joins {A, B} with one link of
two pairs; D joins {A, B, C} with one of three, below the support). Reports that name two
operations (a review of past cases) join one of them and never fuse them: a report that
names only one operation and a report that names only another are never in one group.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import combinations

# Figures that identify an operation are counts of some size, not breakdowns.
IDENTIFYING_MIN_VALUE = 5
# A shared figure this large, in overlapping periods, links two reports on its own.
SIZEABLE_FIGURE = 10
# A figure this large, stated in at most this many documents, links two reports published
# days apart on its own ("480 arrested" in two reports of one week): publication dates
# close together are context, as overlapping periods are for a sizeable figure.
FIGURE_ALONE = 100
FIGURE_ALONE_DOCUMENTS = 5
# An operation with more figures than this is indexed by each figure, not by each pair.
MAX_FIGURE_PAIRS_OF = 40
NAME_WEIGHT = 1.0


@dataclass(frozen=True)
class Evidence:
    """One reason two reports are one operation: its kind, what they share, its weight."""

    kind: str  # name | figure | period
    value: str
    weight: float

    def __str__(self) -> str:
        return f"{self.kind}={self.value} ({self.weight:.2g})"


@dataclass(frozen=True)
class LinkParams:
    """What linking reads of `normalise` params."""

    max_documents: int | None = None  # link_figure_max_documents
    name_window_days: int | None = None  # link_name_window_days
    min_support: float = 0.5  # link_min_support
    names_max_per_document: int | None = None  # link_names_max_per_document


def own_name_keys(keys: set[str]) -> set[str]:
    """A report's name keys without those that only extend another of them by more words
    ("stormfront orange county" beside "stormfront")."""
    return {k for k in keys if not any(other != k and k.startswith(other + " ") for other in keys)}


def shortest_writings(keys_of: dict[str, set[str]], doc_of: dict[str, str]) -> dict[str, set[str]]:
    """Each report's name keys, a key that extends another by more words read as that one
    where some report states both ("Operation Stormfront" and, later, "Operation Stormfront
    Orange County": the report tells they are one), and a report's names without those that
    only extend another of its own. Across reports a longer writing stays its own name:
    "Operation Blue Harbour II" is not "Operation Blue Harbour"."""
    in_document: dict[str, set[str]] = defaultdict(set)
    for op, keys in keys_of.items():
        in_document[doc_of[op]] |= keys
    shorter: dict[str, str] = {}
    for keys in in_document.values():
        for key in keys:
            words = key.split(" ")
            for n in range(1, len(words)):
                if " ".join(words[:n]) in keys:
                    shorter[key] = min(shorter.get(key, key), " ".join(words[:n]), key=len)
                    break
    return {op: own_name_keys({shorter.get(k, k) for k in keys}) for op, keys in keys_of.items()}


def name_base(key: str) -> tuple[str, str | None]:
    """A name key and the number of its phase or edition, if it ends in one ("guardianes de
    la ninez 5" → ("guardianes de la ninez", "5")); a name that is only a number stays
    itself."""
    head, _, last = key.rpartition(" ")
    return (head, last) if head and last.isdigit() else (key, None)


def one_operation_name(keys: set[str] | frozenset[str]) -> bool:
    """Whether name keys can all be one operation's: one name, perhaps spelt two ways
    (`one_edit_apart`), written with and without its phase ("Guardianes de la Niñez" and
    "… V"); two phases ("… 4", "… 6") or two names are two operations."""
    bases = {name_base(k) for k in keys}
    names = sorted({b for b, _ in bases})
    one = len(names) <= 1 or all(
        len(x) >= SPELLING_MIN_CHARS and one_edit_apart(x, y) for x, y in combinations(names, 2)
    )
    return one and len({n for _, n in bases if n}) <= 1


def shared_name_keys(mine: set[str], theirs: set[str]) -> set[str]:
    """The names two reports share: the same key, or one report's name without the phase
    the other's states (the bare name stands for the phase the other report gives)."""
    shared = mine & theirs
    for a, b in ((mine, theirs), (theirs, mine)):
        phased = {name_base(k) for k in b}
        shared |= {
            k
            for k in a
            if name_base(k)[1] is None
            and any(base == k and phase is not None for base, phase in phased)
        }
    return shared


# A report that gives an operation's name without its phase speaks of the phase another
# report names only when the two are this close: a first phase and its sequel ("Operation
# Grey Heron" ended in May, "… II" began in June) are two operations.
PHASE_WINDOW_DAYS = 14


def close_in_time(a, b) -> bool:
    """Published within `PHASE_WINDOW_DAYS` of each other, or, without both dates, in
    overlapping periods."""
    days = _days(a.published, b.published)
    if days is not None:
        return days <= PHASE_WINDOW_DAYS
    return overlap(a.periods, b.periods)


# A name this long written with one letter more, less or other in another report published
# days apart is one name spelt two ways ("Neel Kamal", "Neela Kamal"): outlets
# transliterate. Shorter names differ by one letter too often ("Hydra", "Hydro").
SPELLING_MIN_CHARS = 8


def one_edit_apart(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter inserted, deleted or replaced (not equal). Ten
    lines of code do what a fuzzy-matching library would, for the one distance needed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def spelling_keys(key: str) -> list[str]:
    """The key with each letter left out in turn: two names one edit apart share one."""
    if len(key) < SPELLING_MIN_CHARS:
        return []
    return [key[:i] + key[i + 1 :] for i in range(len(key))] + [key]


def spelt_alike(mine: set[str], theirs: set[str]) -> set[str]:
    """Names of the two reports that are one name spelt two ways (each report's writing)."""
    return {
        k
        for a, b in ((mine, theirs), (theirs, mine))
        for k in a
        if len(k) >= SPELLING_MIN_CHARS and any(one_edit_apart(k, other) for other in b)
    }


def names_per_document(ops, names_of: dict[str, set[str]]) -> dict[str, int]:
    """How many operations each document names, over all its local operations."""
    names: dict[str, set[str]] = defaultdict(set)
    for op in ops:
        names[op.doc_id] |= names_of[op.key]
    return {doc: len(keys) for doc, keys in names.items()}


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def far_apart(a, b, window_days: int | None) -> bool:
    """Two reports too far apart in time to be of one operation of the same name: their
    publication dates, else their earliest period starts, more than `window_days` apart."""
    if window_days is None:
        return False
    days = _days(a.published, b.published)
    if days is None and a.periods and b.periods:
        days = _days(min(p[0] for p in a.periods), min(p[0] for p in b.periods))
    return days is not None and days > window_days


def overlap(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> bool:
    return any(s1 <= e2 and s2 <= e1 for s1, e1 in a for s2, e2 in b)


def distinctive_figures(ops, max_documents: int | None) -> tuple[dict[str, set], dict]:
    """Each local operation's figures that can identify it (stated in at most
    `max_documents` documents: in a large corpus "12 arrested" is in hundreds of unrelated
    reports), and the number of documents that state each figure."""
    documents: dict[tuple, set[str]] = defaultdict(set)
    for op in ops:
        for figure in op.figures:
            documents[figure].add(op.doc_id)
    stated_in = {figure: len(docs) for figure, docs in documents.items()}
    if max_documents is None:
        return {op.key: set(op.figures) for op in ops}, stated_in
    return {
        op.key: {f for f in op.figures if stated_in[f] <= max_documents} for op in ops
    }, stated_in


def link_evidence(
    a, b, names_of, names_in, figures_of, stated_in, params: LinkParams
) -> list[Evidence]:
    """Why two local operations are one; empty when they are not (see the module
    docstring)."""
    if a.topic != b.topic:
        return []
    evidence = []
    close = close_in_time(a, b)
    shared_names = names_of[a.key] & names_of[b.key]
    if close:
        shared_names = shared_name_keys(names_of[a.key], names_of[b.key])
        shared_names |= spelt_alike(names_of[a.key], names_of[b.key])
    # a name is evidence in the measure that each report is about that one operation
    named = max(names_in[a.doc_id], names_in[b.doc_id])
    reviews = params.names_max_per_document is not None and named > params.names_max_per_document
    if shared_names and not reviews and not far_apart(a, b, params.name_window_days):
        evidence += [Evidence("name", n, NAME_WEIGHT / named) for n in sorted(shared_names)]
    shared = figures_of[a.key] & figures_of[b.key]
    overlapping = overlap(a.periods, b.periods)
    alone = (
        any(f[2] >= FIGURE_ALONE and stated_in[f] <= FIGURE_ALONE_DOCUMENTS for f in shared)
        and close
    )
    sizeable = overlapping and any(f[2] >= SIZEABLE_FIGURE for f in shared)
    if len(shared) >= 2 or sizeable or alone:
        evidence += [
            Evidence("figure", f"{j} {m}={v:g}", 1 / max(1, stated_in[(j, m, v)] - 1))
            for j, m, v in sorted(shared)
        ]
        if overlapping:
            evidence.append(Evidence("period", "overlapping", 0.0))
    return evidence


def candidate_pairs(ops, names_of, figures_of, rare: bool) -> list[tuple[int, int]]:
    """The pairs of local operations that could be linked, found through what they share
    (a name; two figures; a sizeable figure when both have periods), so a corpus of many
    operations is not compared pair by pair. With `rare` figures (each in few documents),
    any one shared figure makes a candidate: few pairs, and an index of one entry per
    figure instead of one per pair of figures."""
    shared: dict[tuple, list[int]] = defaultdict(list)
    large: dict[tuple, list[int]] = defaultdict(list)
    small: dict[tuple, list[int]] = defaultdict(list)
    for index, op in enumerate(ops):
        for name in names_of[op.key]:
            # by the name without its phase: "… V" and the bare name are candidates
            shared[("name", name_base(name)[0])].append(index)
            for spelling in spelling_keys(name):
                shared[("spelling", spelling)].append(index)
        figures = sorted(figures_of[op.key])
        if rare:
            for figure in figures:
                shared[("figure", figure)].append(index)
        else:
            _index_figures(index, op, figures, shared, large, small)
    groups = list(shared.values())
    groups += [large[f] + small.get(f, []) for f in large]  # large with large and small
    return _pairs_across_documents(ops, groups)


def _index_figures(index, op, figures, shared, large, small) -> None:
    """Index an operation by its pairs of figures, or by each figure when it has too many
    pairs to index; by each sizeable figure when it has periods."""
    if len(figures) <= MAX_FIGURE_PAIRS_OF:
        for first, second in combinations(figures, 2):
            shared[("two figures", first, second)].append(index)
        for figure in figures:
            small[figure].append(index)
    else:
        for figure in figures:
            large[figure].append(index)
    if op.periods:
        for figure in figures:
            if figure[2] >= SIZEABLE_FIGURE:
                shared[("figure", figure)].append(index)


def _pairs_across_documents(ops, groups) -> list[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for members in groups:
        # only pairs across documents: a document's own operations are never linked, and a
        # document may name one operation a thousand times
        by_doc: dict[str, list[int]] = defaultdict(list)
        for index in members:
            by_doc[ops[index].doc_id].append(index)
        for first, second in combinations(by_doc.values(), 2):
            pairs.update((min(a, b), max(a, b)) for a in first for b in second)
    return sorted(pairs)


class Groups:
    """Average-linkage grouping over a sparse graph of links: each group knows how many
    links it has to each other group, and the names its members name alone (`sole`: the
    name of a report that names one operation). Two groups whose members name two
    operations alone are two operations, however they are linked."""

    def __init__(self, sole: list[frozenset]):
        n = len(sole)
        self.parent = list(range(n))
        self.size = [1] * n
        self.links: list[dict[int, int]] = [{} for _ in range(n)]
        self.sole = list(sole)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def add_link(self, i: int, j: int) -> None:
        self.links[i][j] = self.links[i].get(j, 0) + 1
        self.links[j][i] = self.links[j].get(i, 0) + 1

    def join_if_supported(self, i: int, j: int, min_support: float) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        if self.links[a].get(b, 0) < min_support * self.size[a] * self.size[b]:
            return False
        if not one_operation_name(self.sole[a] | self.sole[b]):
            return False
        if self.size[a] < self.size[b]:
            a, b = b, a
        for other, count in self.links[b].items():
            if other == a:
                continue
            self.links[a][other] = self.links[a].get(other, 0) + count
            del self.links[other][b]
            self.links[other][a] = self.links[other].get(a, 0) + count
        self.links[a].pop(b, None)
        self.links[b] = {}
        self.parent[b] = a
        self.size[a] += self.size[b]
        self.sole[a] |= self.sole[b]
        return True


def operation_ids(clusters: list[list], fold) -> list[str]:
    """Stable as reports arrive: a named operation is known by its first name; an unnamed
    one by its earliest report (a new outlet joining does not rename it). Operations that
    bear one name (years apart) are told apart by their earliest report."""
    anchors = []
    for members in clusters:
        names = sorted({fold(name) for op in members for name in op.names})
        anchors.append(f"name:{names[0]}" if names else min(op.key for op in members))
    repeated = {a for a in anchors if anchors.count(a) > 1}
    return [
        "op_"
        + hashlib.sha256(
            (f"{a}@{min(op.key for op in members)}" if a in repeated else a).encode()
        ).hexdigest()[:12]
        for a, members in zip(anchors, clusters, strict=True)
    ]


@dataclass(frozen=True)
class Link:
    """Two documents of one operation and the evidence that joined them."""

    doc_id_a: str
    doc_id_b: str
    evidence: tuple[Evidence, ...]

    def __str__(self) -> str:
        return f"{self.doc_id_a} ↔ {self.doc_id_b}: " + "; ".join(map(str, self.evidence))


def link_operations(
    ops, params: LinkParams, name_key=None
) -> tuple[dict[str, str], dict[str, list[Link]]]:
    """Group local operations that a person would call one: returns key → operation id, and
    each operation's links, one per linked pair of its documents, sorted (printed
    "a ↔ b: name=… (1); …"). `name_key` folds a name to what its writings share (default:
    case only)."""
    fold = name_key or str.casefold
    names_of = shortest_writings(
        {op.key: {fold(n) for n in op.names} for op in ops}, {op.key: op.doc_id for op in ops}
    )
    figures_of, stated_in = distinctive_figures(ops, params.max_documents)
    names_in = names_per_document(ops, names_of)
    linked = []
    for i, j in candidate_pairs(ops, names_of, figures_of, params.max_documents is not None):
        evidence = link_evidence(ops[i], ops[j], names_of, names_in, figures_of, stated_in, params)
        if evidence:
            weight = sum(e.weight for e in evidence)
            linked.append((-weight, ops[i].key, ops[j].key, i, j, evidence))
    linked.sort(key=lambda link: link[:3])
    groups = Groups(
        [frozenset(names_of[op.key]) if len(names_of[op.key]) == 1 else frozenset() for op in ops]
    )
    for *_, i, j, _evidence in linked:
        groups.add_link(i, j)
    for *_, i, j, _evidence in linked:
        groups.join_if_supported(i, j, params.min_support)
    clusters: dict[int, list[int]] = defaultdict(list)
    for index in range(len(ops)):
        clusters[groups.find(index)].append(index)
    ids: dict[str, str] = {}
    links: dict[str, list[Link]] = {}
    links_of_group: dict[int, set[Link]] = defaultdict(set)
    for *_, i, j, evidence in linked:
        root = groups.find(i)
        if root == groups.find(j):
            first, second = sorted((ops[i].doc_id, ops[j].doc_id))
            links_of_group[root].add(Link(first, second, tuple(evidence)))
    roots = sorted(clusters)
    members_of = [[ops[m] for m in clusters[root]] for root in roots]
    for root, op_id in zip(roots, operation_ids(members_of, fold), strict=True):
        for m in clusters[root]:
            ids[ops[m].key] = op_id
        links[op_id] = sorted(links_of_group[root], key=str)
    return ids, links
