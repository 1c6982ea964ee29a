"""Linking local operations: candidates only from what they share, typed evidence, figures
weighed by rarity, names within a time window and a topic, and groups without chains."""

from __future__ import annotations

from functools import partial

from pipeline.names import head_pattern, name_key
from pipeline.normalise.linking import LinkParams, candidate_pairs, link_operations
from pipeline.normalise.operations import LocalOperation

CAPPED = LinkParams(
    max_documents=20, name_window_days=365, min_support=0.5, names_max_per_document=2
)
UNCAPPED = LinkParams(max_documents=None, name_window_days=365, min_support=0.5)
FOLD = partial(name_key, head=head_pattern(["Operation", "Opération", "Project"]))


def op(doc, n=0, names=(), figures=(), periods=(), topic="csea_enforcement", published=None):
    return LocalOperation(
        key=f"{doc}#{n}",
        doc_id=doc,
        names=set(names),
        periods=list(periods),
        jurisdictions=set(),
        figures=set(figures),
        sentences={n},
        topic=topic,
        published=published,
    )


def groups(ops, params=CAPPED) -> list[set[str]]:
    ids, _ = link_operations(ops, params, FOLD)
    by_id: dict[str, set[str]] = {}
    for op_ in ops:
        by_id.setdefault(ids[op_.key], set()).add(op_.doc_id)
    return sorted(by_id.values(), key=sorted)


def pairs(ops, rare=False):
    names = {o.key: {FOLD(n) for n in o.names} for o in ops}
    figures = {o.key: set(o.figures) for o in ops}
    return candidate_pairs(ops, names, figures, rare)


def test_candidate_pairs_come_only_from_what_operations_share_across_documents():
    # one document naming one operation a thousand times, with many figures: no pair at all
    same_doc = [
        op("a", i, names={"Operation Kite"}, figures={("ALL", "arrested", float(i + 5))})
        for i in range(1000)
    ]
    assert pairs(same_doc) == []
    # two documents sharing a name: only their cross pair; a third sharing nothing: none
    ops = [
        op("a", names={"Operation Kite"}),
        op("b", names={"Operation Kite"}),
        op("c", names={"Operation Gate"}, figures={("JP", "arrested", 111.0)}),
    ]
    assert pairs(ops) == [(0, 1)]
    # two shared figures make a candidate; one small shared figure does not
    figures = {("ALL", "arrested", 435.0), ("ALL", "investigated", 109.0)}
    ops = [
        op("a", figures=figures),
        op("b", figures=figures),
        op("c", figures={("ALL", "arrested", 3.0)}),
    ]
    assert pairs(ops) == [(0, 1)]
    # an operation with very many figures is indexed figure by figure: still found
    many = {("ALL", "arrested", float(v)) for v in range(10, 200)}
    ops = [
        op("a", figures=many),
        op("b", figures={("ALL", "arrested", 50.0), ("ALL", "arrested", 60.0)}),
    ]
    assert pairs(ops) == [(0, 1)]


def test_figures_common_to_many_reports_do_not_link_them():
    """Two coincidences of a common figure ("12 arrested", "30 phones") in a big corpus are
    no evidence; the same two figures in a few reports are."""
    common = {("ALL", "arrested", 12.0), ("ALL", "devices_seized", 30.0)}
    few = [op(f"d{i:02d}", figures=common) for i in range(3)]
    assert len(groups(few)) == 1
    many = [op(f"d{i:02d}", figures=common) for i in range(25)]
    ids, links = link_operations(many, CAPPED, FOLD)
    assert len(set(ids.values())) == 25 and not any(links.values())
    assert len(groups(many, UNCAPPED)) == 1


def test_a_chain_of_coincidences_is_not_one_operation():
    """A–B, B–C, C–D, D–E each share two figures no other pair shares: no report of the
    chain is supported by the rest, so it never becomes one operation of five."""
    ops = [
        op(f"d{i}", figures={("ALL", "arrested", 100.0 + i), ("ALL", "arrested", 101.0 + i)})
        for i in range(5)
    ]
    found = groups(ops)
    assert max(len(g) for g in found) <= 3
    assert len(found) >= 2


def test_reports_that_all_share_a_name_stay_one_operation():
    ops = [op(f"d{i}", names={"Operation Kite"}) for i in range(12)]
    assert groups(ops) == [{f"d{i}" for i in range(12)}]


def test_a_report_naming_two_operations_does_not_fuse_them():
    ops = [op(f"k{i}", names={"Operation Kite"}) for i in range(3)]
    ops += [op(f"g{i}", names={"Operation Gate"}) for i in range(3)]
    ops.append(op("both", names={"Operation Kite", "Operation Gate"}))
    found = groups(ops)
    assert {"k0", "k1", "k2"} <= found[0] or {"k0", "k1", "k2"} <= found[1]
    assert len(found) == 2
    assert not any({"k0", "g0"} <= g for g in found)


def test_reports_that_each_name_another_operation_never_join_through_reports_of_both():
    """Two reviews name both operations; whatever the order of the reports, one of only
    Kite and one of only Gate are never one operation."""
    for kite, both, gate in [("a", "m", "z"), ("z", "m", "a"), ("m", "a", "z")]:
        ops = [op(f"{kite}{i}", names={"Operation Kite"}) for i in range(2)]
        ops += [op(f"{both}{i}", names={"Operation Kite", "Operation Gate"}) for i in range(2)]
        ops += [op(f"{gate}{i}", names={"Operation Gate"}) for i in range(5)]
        found = groups(ops)
        assert not any({f"{kite}0", f"{gate}0"} <= g for g in found), found
        assert any({f"{gate}{i}" for i in range(5)} <= g for g in found), found


def test_a_review_of_past_operations_is_linked_to_none_of_them():
    """A year-end summary names four operations in passing: it reports none of them. A
    report that also recalls one earlier operation still links, at half weight."""
    kite = [op(f"k{i}", names={"Operation Kite"}) for i in range(2)]
    review = op("review", names={"Operation Kite", "Operation Gate", "Project Dawn", "Op Rook"})
    recall = op("recall", names={"Operation Kite", "Operation Gate"})
    found = groups([*kite, review])
    assert {"review"} in found and {"k0", "k1"} in found
    ids, links = link_operations([*kite, recall], CAPPED, FOLD)
    assert ids["recall#0"] == ids["k0#0"]
    weights = {e.weight for op_links in links.values() for link in op_links
               if "recall" in (link.doc_id_a, link.doc_id_b) for e in link.evidence}  # fmt: skip
    assert weights == {0.5}


def test_one_name_years_apart_is_two_operations_with_two_ids():
    ops = [
        op("a", names={"Operation Cross Country"}, published="2019-07-30"),
        op("b", names={"Operation Cross Country"}, published="2019-08-02"),
        op("c", names={"Operation Cross Country"}, published="2023-08-01"),
    ]
    ids, _ = link_operations(ops, CAPPED, FOLD)
    assert ids["a#0"] == ids["b#0"] != ids["c#0"]
    never = LinkParams(max_documents=20, name_window_days=None)
    assert len(groups(ops, never)) == 1


def test_reports_of_two_topics_never_join():
    ops = [
        op("a", names={"Operation Kite"}, topic="csea_enforcement"),
        op("b", names={"Operation Kite"}, topic="other_enforcement"),
    ]
    assert len(groups(ops)) == 2


def test_link_evidence_is_typed_and_weighed_by_rarity():
    rare = ("ALL", "arrested", 435.0)
    common = ("ALL", "investigated", 109.0)
    ops = [op("a", figures={rare, common}), op("b", figures={rare, common})]
    ops += [op(f"x{i}", figures={common}) for i in range(3)]
    ids, links = link_operations(ops, CAPPED, FOLD)
    (link,) = links[ids["a#0"]]
    assert (link.doc_id_a, link.doc_id_b) == ("a", "b")
    weights = {(e.kind, e.value): e.weight for e in link.evidence}
    # stated in five documents: one of four others
    assert weights == {
        ("figure", "ALL arrested=435"): 1.0,
        ("figure", "ALL investigated=109"): 0.25,
    }
    assert str(link).startswith("a ↔ b: ") and "figure=ALL arrested=435 (1)" in str(link)


def test_name_writings_fold_to_one_key():
    assert FOLD("Opération « Pacifier »") == FOLD("Operation Pacifier") == "pacifier"
    assert FOLD("Operation Ángel Guardián") == "angel guardian"


def test_a_phase_in_roman_or_arabic_numerals_is_one_name_and_a_numeral_alone_stays():
    assert FOLD("Operation Guardianes de la Niñez V") == FOLD("Guardianes de la Niñez 5")
    assert FOLD("Operation Blue Harbour II") != FOLD("Operation Blue Harbour")
    assert FOLD("Operation X") == "x"


def test_a_bare_name_joins_the_phase_another_report_names_days_later_not_a_sequel():
    bare = op("a", names={"Operation Guardianes de la Niñez"}, published="2025-08-27")
    phase = op("b", names={"Guardianes de la Niñez V"}, published="2025-08-26")
    sequel = op("c", names={"Guardianes de la Niñez VI"}, published="2025-08-26")
    months_later = op("d", names={"Guardianes de la Niñez"}, published="2025-12-01")
    assert groups([bare, phase]) == [{"a", "b"}]
    assert len(groups([phase, sequel])) == 2
    assert len(groups([phase, months_later])) == 2


def test_a_long_name_spelt_two_ways_days_apart_is_one_name_and_short_ones_stay_two():
    one = op("a", names={"Operation Neel Kamal"}, published="2022-09-24")
    other_spelling = op("b", names={"Operation Neela Kamal"}, published="2022-09-25")
    assert groups([one, other_spelling]) == [{"a", "b"}]
    hydra = op("c", names={"Operation Hydra"}, published="2022-09-24")
    hydro = op("d", names={"Operation Hydro"}, published="2022-09-25")
    assert len(groups([hydra, hydro])) == 2
    a_year_on = op("e", names={"Operation Neela Kamal"}, published="2023-09-25")
    assert len(groups([one, a_year_on])) == 2


def test_one_large_rare_figure_links_reports_days_apart_but_not_undated_or_small_ones():
    big = ("GB", "arrested", 480.0)
    a = op("a", figures={big}, published="2014-07-16")
    b = op("b", figures={big}, published="2014-07-17")
    assert groups([a, b]) == [{"a", "b"}]
    undated = [op("c", figures={big}), op("d", figures={big})]
    assert len(groups(undated)) == 2
    small = ("GB", "arrested", 12.0)
    assert (
        len(
            groups(
                [
                    op("e", figures={small}, published="2014-07-16"),
                    op("f", figures={small}, published="2014-07-17"),
                ]
            )
        )
        == 2
    )
    months_apart = op("g", figures={big}, published="2014-11-01")
    assert len(groups([a, months_apart])) == 2
