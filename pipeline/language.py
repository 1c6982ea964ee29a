"""A document's language: text → an ISO 639-1 code, or `und` where the text is too short or
the identifier not sure enough to say.

py3langid (a maintained, numpy-only port of langid.py: 97 languages, no network, no
randomness) reads each line of prose (a line of at least `min_words` words) and the
language with the most letters on lines it is sure of wins: a page's furniture ("Latest
posts" headlines in other languages, a template's lorem ipsum) cannot outvote its story.
Latin is never a report's language here, only a template's filler. On the real development
set's 271 news excerpts it names 270 as their manifests do (the other: Bosnian read as
Croatian); of the 170 prosecutors' releases, the 3 Spanish ones and every English one
(one release whose story was removed reads as its Spanish furniture). Japanese and Chinese,
written without spaces, have no line of words and are `und`.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

UNDETERMINED = "und"
# Never the language of a news report or a release: "lorem ipsum" in page templates.
NEVER = ("la",)


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in identifier.nb_classes if code not in NEVER])
    return identifier


def detect_language(text: str, params) -> str:
    """The language of most of the letters of the first `language_max_lines` prose lines
    (each read up to `language_line_chars`) in a text's first `language_sample_chars`
    characters; `und` when fewer than `language_min_letters` letters are on lines the
    identifier is at least `language_min_confidence` sure of. (Each line costs about 0.4 ms:
    the caps keep a long document's cost that of a short one.)"""
    identifier = _identifier()
    letters: Counter = Counter()
    prose = (
        line
        for line in text[: params.language_sample_chars].splitlines()
        if len(line.split()) >= params.language_min_words
    )
    for _, line in zip(range(params.language_max_lines), prose, strict=False):
        line = line[: params.language_line_chars]
        language, confidence = identifier.classify(line)
        if float(confidence) >= params.language_min_confidence:
            letters[str(language)] += sum(ch.isalpha() for ch in line)
    if not letters:
        return UNDETERMINED
    # ties go to the code that sorts first, so the answer never depends on line order
    language, count = min(letters.items(), key=lambda item: (-item[1], item[0]))
    return language if count >= params.language_min_letters else UNDETERMINED
