"""Operation names → the key their writings share, for linking.

Annotate finds names (`pipeline.annotate.operation_names`); normalise links operations that
share one (`pipeline.normalise.linking`) and folds them here, outside the annotate package, so
that the normalise stage does not depend on (and re-run for) every recogniser.
"""

from __future__ import annotations

import re
import unicodedata
from functools import partial

from pipeline.vocab import alternation, load_vocabulary

# Quotes of any style ("…", “…”, «…», ‘…’, '…', „…“).
QUOTE_CHARS = "\"“”«»‘’'„"


def name_key(name: str, head: re.Pattern) -> str:
    """What two writings of one name share: the words after the head, case, accents and
    quotes folded ("Opération « Pacifier »" and "Operation Pacifier" → "pacifier")."""
    m = head.match(name)
    rest = name[m.end() :] if m else name
    rest = rest.translate({ord(c): " " for c in QUOTE_CHARS})
    decomposed = unicodedata.normalize("NFKD", rest.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = plain.split()
    if len(words) > 1 and words[-1] in ROMAN_NUMERALS:
        # "Guardianes de la Niñez V" and "… 5" are one name; a numeral alone is a name
        words[-1] = ROMAN_NUMERALS[words[-1]]
    return " ".join(words)


# The numerals an operation's phase or edition is written in ("Anjo da Guarda VI").
# fmt: off
ROMAN_NUMERALS = {
    roman: str(n)
    for n, roman in enumerate(
        ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
         "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"),
        1,
    )
}
# fmt: on


def head_pattern(heads: list[str]) -> re.Pattern:
    """A name's head word and the space after it, from the vocabulary's heads."""
    return re.compile(r"(?:%s)\s+" % alternation(heads, escape=False))


def name_key_of(vocab_dir: str | None):
    """`name_key` with the heads of the vocabulary in `vocab_dir` (the shared one if None)."""
    return partial(name_key, head=head_pattern(load_vocabulary(vocab_dir).operation_name_heads))
