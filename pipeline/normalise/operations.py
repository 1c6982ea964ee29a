"""Operations: a document's sentences and facts → its operations (`local_operations`); the
operations of all documents → the reports of one operation linked (`link_operations`) →
`operations.parquet` (`operations_table`).

A document whose lead names an operation ("Operation Blue Harbour", "a crackdown") reports it
throughout; elsewhere only the sentences that mention one belong to one. Reports are linked
by a shared name, or by shared figures that are distinctive in the corpus: two of them, or
one sizeable figure in overlapping periods. Each link keeps its evidence.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import pandas as pd

from pipeline.normalise.fact import Fact
from pipeline.normalise.grammar import Grammar
from pipeline.normalise.scope import mentioned_jurisdictions
from pipeline.normalise.sentences import Sentence, is_boilerplate
from pipeline.schemas import METRIC_CATALOGUE, TOPICS, Documents, Operations, frame

# "led by the National Crime Agency", "coordinated by Europol"
LEAD_CUE = re.compile(
    r"\b(?:led|coordinated|spearheaded|headed|directed|initiated|organi[sz]ed|run)\s+by\s+"
    r"(?:the\s+)?$|\bat\s+the\s+request\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
LEAD_CUE_REACH = 40
# Figures that identify an operation are counts of some size, not breakdowns.
IDENTIFYING_MIN_VALUE = 5
# A shared figure this large, in overlapping periods, links two reports on its own.
SIZEABLE_FIGURE = 10
# An operation with more figures than this is indexed by each figure, not by each pair.
MAX_FIGURE_PAIRS_OF = 40
COUNTRY_CODE = re.compile("[A-Z]{2}")

Figure = tuple[str, str, float]  # jurisdiction, metric, value


@dataclass
class LocalOperation:
    key: str  # "<doc_id>#<first sentence start>"
    doc_id: str
    names: set[str]
    periods: list[tuple[str, str]]
    jurisdictions: set[str]
    figures: set[Figure]
    sentences: set[int]
    lead_agencies: set[str] = field(default_factory=set)
    topic: str = "other"  # its document's

    def to_json(self) -> dict:
        """Plain JSON values (sets as sorted lists), for the document cache."""
        return {
            "key": self.key,
            "doc_id": self.doc_id,
            "names": sorted(self.names),
            "periods": [list(p) for p in self.periods],
            "jurisdictions": sorted(self.jurisdictions),
            "figures": sorted([list(f) for f in self.figures]),
            "sentences": sorted(self.sentences),
            "lead_agencies": sorted(self.lead_agencies),
            "topic": self.topic,
        }

    @classmethod
    def from_json(cls, data: dict) -> LocalOperation:
        return cls(
            key=data["key"],
            doc_id=data["doc_id"],
            names=set(data["names"]),
            periods=[tuple(p) for p in data["periods"]],
            jurisdictions=set(data["jurisdictions"]),
            figures={tuple(f) for f in data["figures"]},
            sentences=set(data["sentences"]),
            lead_agencies=set(data["lead_agencies"]),
            topic=data["topic"],
        )


def identifying_figures(facts: list[Fact]) -> set[Figure]:
    """The figures that can identify an operation: figures of some size, not ages, and not
    breakdowns by sex or role."""
    return {
        (f.jurisdiction, f.metric, f.value)
        for f in facts
        if f.value >= IDENTIFYING_MIN_VALUE
        and f.sex is None
        and f.role is None
        and METRIC_CATALOGUE[f.metric].quantity != "age"
    }


def lead_agencies(text: str, sentences: list[Sentence], members: list[int]) -> set[str]:
    """Agencies the text says led or coordinated the operation."""
    return {
        a.value_str.split("@")[0]
        for i in members
        for a in sentences[i].spans["AGENCY"]
        if LEAD_CUE.search(text, max(0, a.char_start - LEAD_CUE_REACH), a.char_start)
    }


def operation_groups(
    grammar: Grammar, text: str, sentences: list[Sentence]
) -> tuple[list[list[int]], list[int]]:
    """The sentence groups that are operations (the whole report if its lead names one,
    else each sentence that mentions one), and the sentences that mention one."""
    body = [s for s in sentences if not is_boilerplate(s)]
    lead_end = (body[0].start + grammar.params.lead_chars) if body else 0
    op_sentences = [
        i
        for i, s in enumerate(sentences)
        if s.spans["OPERATION"] or grammar.operation_word_re.search(text, s.start, s.end)
    ]
    report = any(sentences[i].start < lead_end for i in op_sentences)
    groups = [list(range(len(sentences)))] if report else [[i] for i in op_sentences]
    return groups, op_sentences


def local_operations(
    grammar: Grammar, doc: dict, sentences: list[Sentence], facts: list[Fact]
) -> list[LocalOperation]:
    """A document's operations; each of its facts learns its operation's key."""
    text = doc[Documents.text]
    groups, op_sentences = operation_groups(grammar, text, sentences)
    out = []
    for members in groups:
        member_set = set(members)
        evidence = [i for i in members if i in op_sentences] or members
        names = {o.value_str for i in members for o in sentences[i].spans["OPERATION"]}
        periods = [
            tuple(d.value_str.split("/"))
            for i in evidence
            for d in sentences[i].spans["DATE_RANGE"]
            if d.value_str
        ]
        own = [f for f in facts if f.sentence_index in member_set]
        if not own and not names:
            continue  # "SPF conducts operations targeting …": a practice, not an operation
        out.append(
            LocalOperation(
                key=f"{doc[Documents.doc_id]}#{sentences[members[0]].start}",
                doc_id=doc[Documents.doc_id],
                names=names,
                periods=periods,
                jurisdictions={f.jurisdiction for f in own if f.jurisdiction != "ALL"}
                | {c for i in evidence for c in mentioned_jurisdictions(text, sentences[i])},
                figures=identifying_figures(own),
                sentences=member_set,
                lead_agencies=lead_agencies(text, sentences, members),
                topic=doc[Documents.topic],
            )
        )
        for f in own:
            f.local_operation = out[-1].key
    return out


def _overlap(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> bool:
    return any(s1 <= e2 and s2 <= e1 for s1, e1 in a for s2, e2 in b)


def _candidate_pairs(
    ops: list[LocalOperation], figures_of: dict[str, set] | None = None, rare: bool = False
) -> list[tuple[int, int]]:
    """The pairs of local operations that could be linked, found through what they share
    (a name; two figures; a sizeable figure when both have periods), so a corpus of many
    operations is not compared pair by pair. With `rare` figures (each in few documents:
    `distinctive_figures`), any one shared figure makes a candidate: few pairs, and an index
    of one entry per figure instead of one per pair of figures."""
    if rare:
        return _pairs_across_documents(ops, _shared_names_or_figures(ops, figures_of))
    return _pairs_across_documents(ops, _shared_names_or_figure_pairs(ops, figures_of))


def _shared_names_or_figures(ops: list[LocalOperation], figures_of: dict[str, set]) -> list:
    shared: dict[tuple, list[int]] = defaultdict(list)
    for index, op in enumerate(ops):
        for name in op.names:
            shared[("name", name)].append(index)
        for figure in figures_of[op.key]:
            shared[("figure", figure)].append(index)
    return list(shared.values())


def _shared_names_or_figure_pairs(
    ops: list[LocalOperation], figures_of: dict[str, set] | None
) -> list:
    """Groups sharing a name, a pair of figures, or a sizeable figure with periods;
    operations with too many figures to index their pairs meet others on any one figure."""
    shared: dict[tuple, list[int]] = defaultdict(list)
    large: dict[tuple, list[int]] = defaultdict(list)
    small: dict[tuple, list[int]] = defaultdict(list)
    for index, op in enumerate(ops):
        for name in op.names:
            shared[("name", name)].append(index)
        figures = sorted(op.figures if figures_of is None else figures_of[op.key])
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
    groups = list(shared.values())
    groups += [large[f] + small.get(f, []) for f in large]  # large with large and small
    return groups


def _pairs_across_documents(ops: list[LocalOperation], groups) -> list[tuple[int, int]]:
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


def distinctive_figures(ops: list[LocalOperation], max_documents: int | None) -> dict[str, set]:
    """Each local operation's figures that can identify it: those stated in at most
    `max_documents` documents. In a large corpus "12 arrested" is in hundreds of unrelated
    reports, and two such coincidences would chain them all into one operation."""
    if max_documents is None:
        return {op.key: op.figures for op in ops}
    documents: dict[tuple, set[str]] = defaultdict(set)
    for op in ops:
        for figure in op.figures:
            documents[figure].add(op.doc_id)
    return {op.key: {f for f in op.figures if len(documents[f]) <= max_documents} for op in ops}


def link_reasons(a: LocalOperation, b: LocalOperation, figures_of: dict[str, set]) -> list[str]:
    """Why two reports are one operation: a shared name; two shared figures, or one
    sizeable figure in overlapping periods. Empty when they are not."""
    reasons = []
    shared_names = a.names & b.names
    if shared_names:
        reasons.append("shared name: " + ", ".join(sorted(shared_names)))
    shared = figures_of[a.key] & figures_of[b.key]
    overlapping = _overlap(a.periods, b.periods)
    sizeable = {f for f in shared if f[2] >= SIZEABLE_FIGURE}
    if len(shared) >= 2 or (sizeable and overlapping):
        reasons.append(
            "shared figures: "
            + ", ".join(f"{j} {m}={v:g}" for j, m, v in sorted(shared))
            + ("; overlapping periods" if overlapping else "")
        )
    return reasons


def operation_id(members: list[LocalOperation]) -> str:
    """Stable as reports arrive: a named operation is known by its first name; an unnamed
    one by its earliest report (a new outlet joining does not rename it)."""
    names = sorted({name.casefold() for op in members for name in op.names})
    anchor = f"name:{names[0]}" if names else min(op.key for op in members)
    return "op_" + hashlib.sha256(anchor.encode()).hexdigest()[:12]


def link_operations(
    ops: list[LocalOperation], max_documents: int | None = None
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Union local operations that a person would call one: returns key → operation id,
    and each operation's link evidence. Figures count as evidence only if distinctive
    (see `distinctive_figures`)."""
    figures_of = distinctive_figures(ops, max_documents)
    parent = {op.key: op.key for op in ops}
    evidence: dict[str, list[str]] = defaultdict(list)

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for first_index, second_index in _candidate_pairs(ops, figures_of, max_documents is not None):
        a, b = ops[first_index], ops[second_index]  # always of two documents
        reasons = link_reasons(a, b, figures_of)
        if reasons:
            parent[find(a.key)] = find(b.key)
            first, second = sorted((a.doc_id, b.doc_id))
            evidence[a.key].extend(f"{first} ↔ {second}: {r}" for r in reasons)
    clusters: dict[str, list[LocalOperation]] = defaultdict(list)
    for op in ops:
        clusters[find(op.key)].append(op)
    ids, links = {}, {}
    for members in clusters.values():
        op_id = operation_id(members)
        for op in members:
            ids[op.key] = op_id
        links[op_id] = sorted({e for op in members for e in evidence[op.key]})
    return ids, links


def operation_topic(topics) -> str:
    """An operation is about child sexual exploitation if any of its reports is; else about
    other enforcement if any is (`TOPICS` is in that order)."""
    return min(topics, key=TOPICS.index)


def operations_table(
    ops: list[LocalOperation], ids: dict[str, str], links: dict[str, list[str]]
) -> pd.DataFrame:
    grouped: dict[str, list[LocalOperation]] = defaultdict(list)
    for op in ops:
        grouped[ids[op.key]].append(op)
    rows = []
    for op_id, members in sorted(grouped.items()):
        periods = [p for op in members for p in op.periods]
        names = sorted({n for op in members for n in op.names})
        codes = sorted({c for op in members for c in op.jurisdictions if COUNTRY_CODE.fullmatch(c)})
        rows.append(
            {
                Operations.operation_id: op_id,
                Operations.names: "|".join(names) or None,
                Operations.period_start: min(p[0] for p in periods) if periods else None,
                Operations.period_end: max(p[1] for p in periods) if periods else None,
                Operations.jurisdictions: "|".join(codes) or None,
                Operations.doc_ids: "|".join(sorted({op.doc_id for op in members})),
                Operations.n_documents: len({op.doc_id for op in members}),
                Operations.lead_agencies: "|".join(
                    sorted({a for op in members for a in op.lead_agencies})
                )
                or None,
                Operations.link_evidence: "; ".join(links.get(op_id, [])) or None,
                Operations.topic: operation_topic(op.topic for op in members),
            }
        )
    return frame(Operations, rows)
