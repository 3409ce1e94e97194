"""Everyday Spanish senses and the English words Spanish speakers mix in, as two
catalogues kept in the repository (``data/``), read once and never changed.

- ``sinonimos_es.tsv``: one everyday sense a line, ``<pos>\\t<word>, <word>, ...``
  (``n`` noun, ``v`` verb, ``a`` adjective; lemmas, accents as written; a member
  may be several words: "pegar ojo" beside "dormir"). Two words meet only when one
  line lists both: a word in several senses is read in each, never through a
  sense it shares with a third word (FreeDict and ``mythes-es`` mix senses:
  "madre" and "hermana").
- ``spanglish_es.tsv``: ``<spanish lemma>\\t<english>, ...``: the English a
  Spanish speaker writes for the word inside Spanish ("celular" -> "phone").

Both are checked when loaded (:class:`CatalogueError` names the line): a valid
part of speech, at least two words a sense, no line twice, no word twice in a
line, every word lower case and made of letters. Lines starting ``#`` are
comments. Which words a cue word reaches is decided in
:mod:`shared.language.cues.spanish`; this module only reads and indexes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from shared.language.text import normalise

DATA = Path(__file__).resolve().parent / "data"
SENSES_FILE = "sinonimos_es.tsv"
SPANGLISH_FILE = "spanglish_es.tsv"
POS = frozenset({"n", "v", "a"})
# A catalogue word: letters (accents and ñ included), single spaces between words;
# an English one may join words as English does ("mother-in-law", "driver's").
_WORD = re.compile(r"^[^\W\d_]+( [^\W\d_]+)*$")
_ENGLISH = re.compile(r"^[^\W\d_]+([ '-][^\W\d_]+)*$")


class CatalogueError(ValueError):
    """A catalogue line breaks the format; the message names the file and line."""


@dataclass(frozen=True)
class Sense:
    """One everyday sense: its part of speech and its words, as written."""

    pos: str
    words: tuple[str, ...]

    @property
    def folded(self) -> tuple[str, ...]:
        return tuple(fold_words(w) for w in self.words)


def fold_words(text: str) -> str:
    """A catalogue member as the tagger reads words (:func:`normalise`): folded,
    one space apart ("mother in law", "drivers license")."""
    return " ".join(normalise(text).split())


def catalogue_lines(path: Path) -> list[tuple[int, str]]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            found.append((number, line))
    return found


def members(path: Path, number: int, field: str, *, english: bool = False) -> tuple[str, ...]:
    words = tuple(w.strip() for w in field.split(","))
    shape = _ENGLISH if english else _WORD
    for word in words:
        where = f"{path.name}:{number}"
        if not word:
            raise CatalogueError(f"{where}: an empty word")
        if word != word.lower():
            raise CatalogueError(f"{where}: {word!r} is not lower case")
        if not shape.match(word):
            raise CatalogueError(f"{where}: {word!r} is not letters and single spaces")
    if len({fold_words(w) for w in words}) != len(words):
        raise CatalogueError(f"{path.name}:{number}: a word twice in one line")
    return words


def read_senses(path: Path) -> tuple[Sense, ...]:
    """Every sense line of ``path``, checked (:class:`CatalogueError` otherwise)."""
    senses: list[Sense] = []
    seen: dict[tuple[str, frozenset[str]], int] = {}
    for number, line in catalogue_lines(path):
        pos, tab, rest = line.partition("\t")
        if not tab or pos not in POS:
            raise CatalogueError(
                f"{path.name}:{number}: starts with {pos!r}, not n, v or a and a tab"
            )
        words = members(path, number, rest)
        if len(words) < 2:
            raise CatalogueError(f"{path.name}:{number}: a sense needs two words")
        key = (pos, frozenset(fold_words(w) for w in words))
        if key in seen:
            raise CatalogueError(f"{path.name}:{number}: the same line as line {seen[key]}")
        seen[key] = number
        senses.append(Sense(pos, words))
    return tuple(senses)


def read_spanglish(path: Path) -> dict[str, tuple[str, ...]]:
    """Spanish lemma to the English written for it, checked."""
    table: dict[str, tuple[str, ...]] = {}
    seen: dict[str, int] = {}
    for number, line in catalogue_lines(path):
        spanish, tab, rest = line.partition("\t")
        if not tab:
            raise CatalogueError(f"{path.name}:{number}: no tab after the Spanish word")
        (lemma,) = members(path, number, spanish)
        if fold_words(lemma) in seen:
            raise CatalogueError(
                f"{path.name}:{number}: {lemma!r} has line {seen[fold_words(lemma)]} already"
            )
        seen[fold_words(lemma)] = number
        table[lemma] = members(path, number, rest, english=True)
    return table


@dataclass(frozen=True)
class Catalogue:
    """Both catalogues, indexed by folded word (read-only)."""

    senses: tuple[Sense, ...]
    # Folded word or several-word member -> the indexes of the senses listing it.
    by_word: MappingProxyType[str, tuple[int, ...]]
    # Folded Spanish lemma -> the folded English words written for it.
    english: MappingProxyType[str, tuple[str, ...]]
    # Folded word -> the word as the catalogue writes it ("movil" -> "móvil").
    spelling: MappingProxyType[str, str]

    @classmethod
    def load(cls, directory: Path = DATA) -> Catalogue:
        senses = read_senses(directory / SENSES_FILE)
        spanglish = read_spanglish(directory / SPANGLISH_FILE)
        by_word: dict[str, list[int]] = {}
        spelling: dict[str, str] = {}
        for index, sense in enumerate(senses):
            for word, folded in zip(sense.words, sense.folded, strict=True):
                by_word.setdefault(folded, []).append(index)
                spelling.setdefault(folded, word)
        english = {}
        for lemma, words in spanglish.items():
            english[fold_words(lemma)] = tuple(fold_words(w) for w in words)
            spelling.setdefault(fold_words(lemma), lemma)
        return cls(
            senses,
            MappingProxyType({w: tuple(found) for w, found in by_word.items()}),
            MappingProxyType(english),
            MappingProxyType(spelling),
        )

    def senses_of(self, word: str) -> tuple[Sense, ...]:
        """The senses listing the folded ``word``."""
        return tuple(self.senses[i] for i in self.by_word.get(word, ()))

    def written(self, word: str) -> str:
        """``word`` as the catalogue spells it (accents back), or as given."""
        return self.spelling.get(word, word)


@functools.cache
def catalogue() -> Catalogue:
    """The process's catalogues, loaded and checked once."""
    return Catalogue.load()
