"""Spanish word families whose members the stemmer leaves apart ("apuesta" and
"apostar", "llanto" and "llorar", "deuda" and "adeudo"), read from a catalogue
kept in the repository (``data/familias_es.tsv``), read once and never changed.

One family a line: ``<word>, <word>, ...`` (lemmas, accents as written). The file
is checked when loaded (:class:`~.synonyms_es.CatalogueError` names the line): at
least two words a family, no word twice in a line, no word in two families,
every word lower case and made of letters. Lines starting ``#`` are comments.
Which text words a family reaches is decided in :mod:`shared.language.cues.spanish`;
this module only reads.
"""

from __future__ import annotations

import functools
from pathlib import Path

from shared.language.cues.synonyms_es import (
    DATA,
    CatalogueError,
    catalogue_lines,
    fold_words,
    members,
)

FAMILIES_FILE = "familias_es.tsv"


def read_families(path: Path) -> tuple[tuple[str, ...], ...]:
    """Every family of ``path``, folded as the tagger reads words, checked."""
    families: list[tuple[str, ...]] = []
    seen: dict[str, int] = {}
    for number, line in catalogue_lines(path):
        words = tuple(fold_words(w) for w in members(path, number, line))
        if len(words) < 2:
            raise CatalogueError(f"{path.name}:{number}: a family needs two words")
        for word in words:
            if " " in word:
                raise CatalogueError(f"{path.name}:{number}: {word!r} is not one word")
            if word in seen:
                raise CatalogueError(
                    f"{path.name}:{number}: {word!r} is in line {seen[word]}'s family already"
                )
            seen[word] = number
        families.append(words)
    return tuple(families)


@functools.cache
def families() -> tuple[tuple[str, ...], ...]:
    """The process's families, loaded and checked once."""
    return read_families(DATA / FAMILIES_FILE)
