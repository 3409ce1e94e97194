"""Crises said in a handful of words: a means made ready or taken, with a goodbye or a
wait after it; a whole message that is only a goodbye to everyone, or asks why the
client is still here.

"Pills taken. Waiting now.", "Gun's loaded. Sorry, Doc.", "Took them all. Love you
all.", "Goodbye everyone.", "Why am I still here", "Ya me tomé todas. Ahora a
esperar.", "¿Por qué sigo aquí?", "Ya no voy a estar para la próxima sesión." The
crisis model does not read a message under five words, and each sentence here is
ordinary on its own ("Pills taken." is a client keeping track of their medication),
so the other rules, which read one sentence at a time, pass them by.

Only a whole message is read, sentence by sentence: one sentence must say the core
(what is made ready or taken, the goodbye, the question) and every other sentence
must be one of the few things said around it (sorry, goodbye, love, thanks for
everything, waiting, an address to the clinician). "Took them all to the park" is not
a core; "Meds taken. Feeling good today." has a sentence that is neither, so it is
not read as one. A means made ready or taken needs a goodbye or a wait beside it;
the goodbye to everyone and the question stand alone.
"""

from __future__ import annotations

import re

from shared.language.crisis.rules import (
    ENGLISH,
    OVERDOSE,
    SPANISH,
    SUICIDAL_IDEATION,
    CrisisSignal,
)

# A message longer than this is not "a handful of words": the other readers read it.
_MOST_WORDS = 16
_SENTENCES = re.compile(r"[.!?\n;:,]+|\s+-+\s+")
_EDGES = re.compile(r"^[\s¿¡\"'()*]+|[\s\"'()*]+$")

# What is taken or made ready, and how: "pills taken", "guns loaded", "rope s ready".
_MEANS_READY_EN = re.compile(
    r"^(the\s+|my\s+)?(pills?|meds|tablets|rope|noose|gun|pistol|rifle|shotgun)\s*(s|is|are)?\s+"
    r"(all\s+)?(taken|swallowed|ready|loaded|tied|set\s+up|counted\s+out)$"
)
_TAKEN_ALL_EN = re.compile(
    r"^(i\s+)?(just\s+|already\s+)?(took|swallowed|downed)\s+(them\s+all|all\s+of\s+them|"
    r"every\s+(last\s+)?one(\s+of\s+them)?|all\s+(my|the|of\s+my)\s+(pills|meds|tablets))"
    r"(\s+(now|already|just\s+now))?$"
)
# Stands alone: a goodbye to everyone, the question.
_ALONE_EN = re.compile(
    r"^((goodbye|bye|farewell)\s+(everyone|everybody|all\s+of\s+you|yall|you\s+all|"
    r"world|cruel\s+world)(\s+forever)?|"
    r"why\s+(am\s+i|m\s+i|im|i\s+am)\s+(even\s+)?still\s+(here|alive|breathing|around))$"
)
# Said around the core: sorry, goodbye, love, thanks, a wait, the clinician addressed.
_AROUND_EN = re.compile(
    r"^((im\s+|i\s+am\s+)?(so\s+)?sorry(\s+for\s+everything)?(\s+(doc|doctor|dr\s+\w+|"
    r"everyone|mom|mum|dad))?|"
    r"(goodbye|bye|farewell)(\s+(doc|doctor|everyone|all|forever))?|"
    r"(i\s+)?love\s+(you|u)(\s+(all|guys|mom|mum|dad|doc))?|"
    r"thank\s+you\s+for\s+everything|thanks\s+for\s+everything|forgive\s+me|"
    r"(now\s+)?(just\s+)?(waiting|i\s+wait|we\s+wait)(\s+now)?|waiting\s+for\s+it|"
    r"(its|it\s+s|it\s+is)\s+(done|over|time)|no\s+more\s+pain|doc|doctor|x+)$"
)

_MEANS_READY_ES = re.compile(
    r"^(ya\s+)?(la\s+|las\s+|el\s+|mi\s+|mis\s+)?(soga|cuerda|pistola|arma|escopeta|"
    r"pastillas|pastas)\s+(ya\s+)?(esta|estan)\s+(ya\s+)?(lista|listas|cargada|preparada|"
    r"preparadas|amarrada|contadas)$|"
    r"^(pastillas|pastas)\s+(ya\s+)?(tomadas|tragadas)$"
)
_TAKEN_ALL_ES = re.compile(
    r"^(ya\s+)?(me\s+)?(las\s+|los\s+)?(tome|trague|tome\s+ya|trague\s+ya)\s+(todas|todos|"
    r"todas\s+las\s+pastillas|todas\s+mis\s+pastillas)(\s+(ya|de\s+una\s+vez))?$"
)
_ALONE_ES = re.compile(
    r"^(por\s*que|pq|xq|porque)\s+(sigo|todavia\s+estoy|aun\s+estoy|sigo\s+estando)\s+"
    r"(aqui|aca|viv[oa]|respirando|en\s+este\s+mundo)$|"
    r"^ya\s+no\s+(voy\s+a\s+estar|estare)\s+para\s+(la\s+|nuestra\s+)?(proxima|siguiente)\s+"
    r"(sesion|cita|consulta)$"
)
_AROUND_ES = re.compile(
    r"^((perdon|perdoname|perdoneme|perdonenme|lo\s+siento|disculpe|disculpenme)"
    r"(\s+por\s+todo)?(\s+(doc|doctora?|dra|dr|a\s+todos|mama|ma|papa))?|"
    r"adios(\s+(doc|doctora?|a\s+todos|para\s+siempre))?|"
    r"(los|las|te|la|lo)\s+quiero(\s+(mucho|a\s+todos|mama|papa))?|"
    r"gracias\s+por\s+todo|"
    r"(ahora\s+)?(solo\s+)?(a\s+esperar|queda\s+esperar|espero|ya\s+nomas\s+espero|"
    r"nomas\s+espero|esperando)(\s+ahora)?|"
    r"ya\s+(esta|se\s+acabo)|se\s+acabo|no\s+mas\s+dolor|doc|doctora?)$"
)


def _sentences(folded: str) -> list[str] | None:
    """The message's sentences, their edges trimmed; None for a message too long."""
    if len(folded.split()) > _MOST_WORDS:
        return None
    found = (_EDGES.sub("", part) for part in _SENTENCES.split(folded))
    return [sentence for sentence in found if sentence]


def short_crisis(folded: str) -> CrisisSignal | None:
    """The crisis a message of a handful of words says as a whole, or None."""
    sentences = _sentences(folded)
    if not sentences:
        return None
    for language, readings in _READINGS:
        signal = _read(sentences, language, *readings)
        if signal is not None:
            return signal
    return None


def _read(
    sentences: list[str],
    language: str,
    means: re.Pattern[str],
    taken: re.Pattern[str],
    alone: re.Pattern[str],
    around: re.Pattern[str],
) -> CrisisSignal | None:
    said_around = [bool(around.match(sentence)) for sentence in sentences]
    for at, sentence in enumerate(sentences):
        others = said_around[:at] + said_around[at + 1 :]
        if not all(others):
            continue
        if alone.match(sentence):
            return CrisisSignal(SUICIDAL_IDEATION, language)
        # A means needs a goodbye or a wait beside it: "Meds taken." alone is a record.
        if others and (means.match(sentence) or taken.match(sentence)):
            category = OVERDOSE if _is_a_swallowing(sentence) else SUICIDAL_IDEATION
            return CrisisSignal(category, language)
    return None


_SWALLOWED = re.compile(
    r"\b(pills?|meds|tablets|pastillas|pastas|took|swallowed|downed|tome|trague)\b"
)


def _is_a_swallowing(sentence: str) -> bool:
    return bool(_SWALLOWED.search(sentence))


_READINGS = (
    (ENGLISH, (_MEANS_READY_EN, _TAKEN_ALL_EN, _ALONE_EN, _AROUND_EN)),
    (SPANISH, (_MEANS_READY_ES, _TAKEN_ALL_ES, _ALONE_ES, _AROUND_ES)),
)
