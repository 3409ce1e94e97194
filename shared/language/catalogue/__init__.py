"""The languages Carryback writes to clients in, and every fixed text in each.

English is the source: every fixed text is written in English in the code,
and that English, exactly, is the ``msgid`` of its entry in each other
language's gettext catalogue (``<code>.po`` beside this file). The catalogues
are read with Babel once, when this module is imported (a process's start-up),
with no compile step; a catalogue whose entry drops or adds a ``{placeholder}``,
or is marked fuzzy, stops the process there rather than send a broken text.

A language is a catalogue, not code: adding ``fr.po`` adds French to the
console's choices, the ``FRANÇAIS`` keyword that switches to it, its weekday
names (Babel's locale data), its keywords (entries with ``msgctxt
"keyword"``), its reminder days (``msgctxt "day"``) and the voice Twilio
reads it in (``msgctxt "twilio-say"``).

The texts are written by people and kept in the repository; nothing is
translated at run time. :func:`text_for` is pure: no database, no settings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.messages.pofile import read_po

from shared.kernel.defaults import CLIENT_LANGUAGE

SOURCE_LANGUAGE = CLIENT_LANGUAGE
DIRECTORY = Path(__file__).parent
# Entries that are not texts but a language's words for something.
KEYWORD = "keyword"  # msgid: an English keyword; msgstr: this language's, space-separated
DAY = "day"  # msgid: an English day as reminders show it ("Mon", "daily")
TWILIO_SAY = "twilio-say"  # msgid "language" / "voice": the <Say> attributes for this language

_PLACEHOLDER = re.compile(r"\{(\w*)\}")


class CatalogueError(ValueError):
    """A catalogue that would send a broken text; the message names the file and entry."""


@dataclass(frozen=True)
class Catalogue:
    """One language's entries: texts by their English, and words by (context, English)."""

    language: str
    texts: Mapping[str, str]
    words: Mapping[tuple[str, str], str]


@dataclass(frozen=True)
class SayVoice:
    """How Twilio's <Say> reads a language: None leaves the account's default."""

    language: str | None = None
    voice: str | None = None


def placeholders(text: str) -> list[str]:
    """The ``{fields}`` of a template, in order ("{{" and "}}" are literal braces)."""
    return sorted(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def _read(path: Path) -> Catalogue:
    language = path.stem
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    texts: dict[str, str] = {}
    words: dict[tuple[str, str], str] = {}
    for message in catalog:
        if not message.id:
            continue  # the header
        where = f"{path.name}: {message.id!r}"
        if not isinstance(message.id, str) or not isinstance(message.string, str):
            raise CatalogueError(f"{where}: plural entries are not used for fixed texts")
        if message.fuzzy or not message.string.strip():
            raise CatalogueError(f"{where}: fuzzy or empty; a person must write it first")
        if message.context is not None:
            words[(message.context, message.id)] = message.string
            continue
        if placeholders(message.string) != placeholders(message.id):
            raise CatalogueError(
                f"{where}: placeholders {placeholders(message.string)} "
                f"differ from the English {placeholders(message.id)}"
            )
        texts[message.id] = message.string
    return Catalogue(language, texts, words)


def _load() -> dict[str, Catalogue]:
    return {path.stem: _read(path) for path in sorted(DIRECTORY.glob("*.po"))}


_CATALOGUES = _load()
LANGUAGES: tuple[str, ...] = (SOURCE_LANGUAGE, *sorted(set(_CATALOGUES) - {SOURCE_LANGUAGE}))


def catalogue(language: str) -> Catalogue | None:
    return _CATALOGUES.get(language)


def is_language(language: str) -> bool:
    return language in LANGUAGES


def text_for(language: str, english_text: str, /, **fields: object) -> str:
    """The fixed text in ``language``, filled with ``fields``.

    ``english_text`` is the template as the code holds it. A language without
    a catalogue, or a text its catalogue lacks, gets the English: a client is
    never sent nothing (the tests hold every catalogue complete).
    """
    found = _CATALOGUES.get(language)
    template = found.texts.get(english_text, english_text) if found else english_text
    return template.format(**fields) if fields else template


def has_text(language: str, english_text: str) -> bool:
    if language == SOURCE_LANGUAGE:
        return True
    found = _CATALOGUES.get(language)
    return found is not None and english_text in found.texts


def word_for(language: str, context: str, english: str) -> str:
    """A language's word for something (a day, a keyword list); the English without one."""
    found = _CATALOGUES.get(language)
    return found.words.get((context, english), english) if found else english


def language_name(language: str, *, in_language: str | None = None) -> str:
    """ "Español" (its own name, for the client and the console's choices), or in
    another language ("Spanish", for the clinician's pages)."""
    name = Locale.parse(language).get_display_name(in_language or language) or language
    return name[:1].upper() + name[1:] if in_language is None else name


def keyword_form(word: str) -> str:
    """A typed word as keywords are compared: upper case, accents and tildes dropped
    ("sí" and "SI", "Español" and "ESPANOL" are one)."""
    decomposed = unicodedata.normalize("NFKD", word.strip())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).upper()


def keywords(english: str) -> frozenset[str]:
    """Every catalogue's words for an English keyword (``keywords("STOP")``), keyword-formed."""
    found: set[str] = set()
    for entries in _CATALOGUES.values():
        listed = entries.words.get((KEYWORD, english), "")
        found.update(keyword_form(word) for word in listed.split())
    return frozenset(found)


def switch_keywords() -> dict[str, str]:
    """The word that switches a client to each language: its own name ("ESPANOL": "es")."""
    return {keyword_form(language_name(code)): code for code in LANGUAGES}


def say_voice(language: str) -> SayVoice:
    """The <Say> language and voice a language's catalogue names (English: the default)."""
    found = _CATALOGUES.get(language)
    if found is None:
        return SayVoice()
    return SayVoice(
        language=found.words.get((TWILIO_SAY, "language")),
        voice=found.words.get((TWILIO_SAY, "voice")),
    )


def weekday_name(moment: datetime, language: str) -> str:
    """ "Tuesday", "martes": the day as the client names it (Babel's locale data)."""
    if language == SOURCE_LANGUAGE:
        return f"{moment:%A}"  # the C locale's names, as before languages
    return format_date(moment, "EEEE", locale=language)
