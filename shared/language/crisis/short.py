"""Crises said in a handful of words: a means made ready or taken, with a goodbye or a
wait after it; a whole message that is only a goodbye to everyone, or asks why the
client is still here.

"Pills taken. Waiting now.", "Gun's loaded. Sorry, Doc.", "Took them all. Love you
all.", "This is goodbye. Love you all.", "Goodbye everyone.", "Why am I still
here", "Ya me tomé todas. Ahora a esperar.", "¿Por qué sigo aquí?", "Ya no voy a estar
para la próxima sesión." The crisis model does not read a message under five words,
and each sentence here is ordinary on its own ("Pills taken." is a client keeping track
of their medication), so the other rules, which read one sentence at a time, pass them
by.

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
from dataclasses import dataclass

from shared.language.crisis.rules import (
    ENGLISH,
    OVERDOSE,
    SPANISH,
    SUICIDAL_IDEATION,
    CrisisSignal,
)

# A message longer than this is not "a handful of words": the other readers read it.
_MOST_WORDS = 16
# Sentences end at punctuation and at emoji ("goodbye everyone 🕊️").
# A dash between spaces is read only from the first space of a run: "\s+-+\s+" tried
# at every space of a long run of them took time growing with the run's square.
_SENTENCES = re.compile(
    r"[.!?\n;:,\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]+|(?<!\s)\s+-+\s+|^\s+-+\s+"
)
# Trimmed from each sentence: punctuation, and the fillers that end a text ("ugh", "xx").
_EDGES = re.compile(r"^[\W_]+|(\s+(x+|xo+|ugh|tbh|honestly|anymore|todavia|ya))*[\W_]*$")
# "Goodbye, everyone": one goodbye, not a goodbye and a word.
_GOODBYE_COMMA = re.compile(r"\b(goodbye|bye|adios)\s*,\s*(?=(everyone|everybody|all|a\s+todos)\b)")


@dataclass(frozen=True)
class _Readings:
    """One language's sentences: the cores (a means ready, all taken, the ones that
    stand alone) and what may be said around them."""

    language: str
    means: re.Pattern[str]
    taken: re.Pattern[str]
    parting: re.Pattern[str]
    alone: re.Pattern[str]
    around: re.Pattern[str]

    def needs_beside(self, sentence: str) -> bool:
        """A core that says enough only with a goodbye or a wait beside it."""
        return bool(
            self.means.match(sentence) or self.taken.match(sentence) or self.parting.match(sentence)
        )

    def core(self, sentence: str) -> bool:
        return self.needs_beside(sentence) or bool(self.alone.match(sentence))


# What is taken or made ready, and how: "pills taken", "guns loaded", "rope s ready".
# Not "tablets" (an iPad is one).
_MEANS_READY_EN = (
    r"^(the\s+|my\s+)?(pills?|meds|rope|noose|gun|pistol|rifle|shotgun)\s*(s|is|are)?\s+"
    r"(all\s+)?(taken|swallowed|ready|loaded|tied|set\s+up|counted\s+out|counted|lined\s+up)$"
)
_TAKEN_ALL_EN = (
    r"^(i\s+)?(just\s+|already\s+)?(took|swallowed|downed)\s+(them\s+all|em\s+all|"
    r"all\s+of\s+them|every\s+(last\s+)?one(\s+of\s+them)?|all\s+(my|the|of\s+my)\s+"
    r"(pills|meds|tablets)|the\s+whole\s+(bottle|packet|pack|box))"
    r"(\s+(now|already|just\s+now))?$"
)
# A parting that needs a goodbye beside it ("This is goodbye. Love you all."): said
# alone it may be the last session's.
_PARTING_EN = (
    r"^(this\s+is\s+(my\s+)?goodbye|(this\s+is\s+)?(my\s+)?(last|final)\s+(message|text)|"
    r"(im\s+|i\s+am\s+)?sorry\s+for\s+being\s+(so\s+much\s+work|(such\s+)?a\s+burden|so\s+much\s+trouble|"
    r"(such\s+)?a\s+pain)|(this\s+is\s+it)|"
    r"(say|tell\s+(her|him|them))\s+(sorry|im\s+sorry)\s+(to\s+(\w+\s+){1,2})?for\s+me|"
    # Everyday alone ("the rifle's in the car", "it's easier if I just go" from a party):
    # read only beside a goodbye.
    r"(the\s+|my\s+)?(rope|noose|rat\s+poison|poison|gun|pistol|shotgun|rifle)\s*(s|is)?\s+in\s+"
    r"(the|my)\s+(boot|trunk|car|bag|drawer|pocket|room|shed|garage|backpack)|"
    r"(its|it\s+s|it\s+would\s+be|itd\s+be)\s+easier\s+(for\s+everyone\s+)?if\s+i\s+(just\s+)?"
    r"(go|went|left|disappear|disappeared|wasnt\s+here|was\s+gone)|"
    r"i\s+know\s+how\s+(im|i\s+m|i\s+am|ill|i\s+ll)\s+(doing|gonna\s+do|going\s+to\s+do)\s+it(\s+now)?)$"
)
# Those a last letter is for, or a goodbye said to.
_FAMILY_EN = (
    r"(kids|children|family|mom|mum|mama|wife|husband|son|daughter|parents|grandkids|"
    r"grandchildren|everyone|sister|brother)"
)
_FAMILY_ES = (
    r"(hijos|hijas|hijo|hija|nietos|nietas|nieto|nieta|familia|mama|mami|papa|papi|esposa|"
    r"esposo|viejo|vieja|hermanos|hermanas|padres|papas|gente|seres\s+queridos)"
)
# A farewell that is a whole message, unless laughed off or said with an emoji that is not
# sad ("no me busquen 😂", "ya me despedí de mis nietos ✈️"): an apology for everything,
# the goodbyes said, a wish not to be looked for ("sorry for everything i said last night"
# is none). Not a letter written: clients write letters as homework.
_FAREWELL_EN = (
    r"(im\s+|i\s+am\s+)?(so\s+)?(sorry|forgive\s+me)\s+for\s+everything(\s+(really|truly))?"
    r"(\s+(doc|doctor|miss|mom|mum|mama|dad|everyone))?|"
    r"(please\s+)?(dont|don\s+t|do\s+not)\s+(look|come\s+looking)\s+for\s+me(\s+please)?|"
    r"(i\s+)?(already\s+)?(said|say)\s+(goodbye|bye)\s+to\s+(my\s+)?"
    + _FAMILY_EN
    + r"(\s+already)?"
)
_FAREWELL_ES = (
    r"(sorry|perdon|perdoname|perdoneme|perdonenme|perdonen|disculpenme|lo\s+siento)\s+(por|x)\s+"
    r"todo(\s+(de\s+verdad|de\s+veras))?(\s+(doc|doctora?|dra|seno|sen|mama|ma|papa|mija|mijo))?|"
    r"(ya\s+)?no\s+me\s+(busquen|busques|busque)(\s+mas)?|"
    r"ya\s+me\s+despedi\s+de\s+(todos|(mis|mi)\s+" + _FAMILY_ES + r")"
)
_FAREWELL = re.compile(r"^(" + _FAREWELL_EN + "|" + _FAREWELL_ES + r")$")
# A laugh in any of its spellings ("jsjs", "ahahaha", "lolol", "lmfao", "💀").
_LAUGH = re.compile(
    r"\b(a?(ja|je|ji|ha|he|js){2,}[jhas]*|lo+l+(ol)*|lm+f*a+o+|xd+|rofl)\b|"
    r"[\U0001f602\U0001f923\U0001f605\U0001f606\U0001f480\U0001f639\U0001f61c\U0001f61d]"
)
# Emoji a farewell may carry (sadness, love, prayer); any other says what it is about.
_SAD_OR_LOVING = frozenset("😔😢😞😭💔🖤🙏❤♥💙💜🤍😓😥🥀🕊\ufe0f\u200d")
_EMOJI = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff]")


# Stands alone: a goodbye to everyone, the question, the next life.
_ALONE_EN = (
    r"^((good\s*bye?|bye(\s+bye)?|farewell)\s+(to\s+)?(everyone|evryone|every1|everybody|"
    r"all\s+of\s+you|yall|you\s+all|world|cruel\s+world)(\s+forever)?|"
    r"(why|y|whyy+)\s+(the\s+hell\s+|tf\s+)?(am\s+i|m\s+i|im|i\s+am)\s+(even\s+)?still\s+"
    r"(here|alive|breathing|around|on\s+this\s+earth)|why\s+do\s+i\s+still\s+exist|"
    r"see\s+(you|u|yall)\s+in\s+(the\s+next|another|my\s+next)\s+life|"
    r"(i\s+)?took\s+the\s+whole\s+(bottle|packet|pack|box)|"
    r"(this\s+is|dis|its|it\s+s)\s+(a\s+)?goodbye\s+(for\s+real|fi\s+real|fr)|"
    r"(been\s+)?(savin|saving|stockpiling|hoarding)\s+(up\s+)?(my|all\s+my)\s+(meds|pills|tablets)"
    r"(\s+since\s+\w+)?|" + _FAREWELL_EN + r")$"
)
# Said around the core: sorry, goodbye, love, thanks, a wait, the clinician addressed.
_AROUND_EN = (
    r"^((im\s+|i\s+am\s+)?(so\s+)?sorry(\s+for\s+everything)?(\s+(doc|doctor|dr\s+\w+|"
    r"everyone|mom|mum|dad))?|"
    r"(goodbye|bye|farewell)(\s+(doc|doctor|everyone|all|forever))?|"
    r"(i\s+)?love\s+(you|u)(\s+(all|guys|mom|mum|dad|doc))?|"
    r"thank\s+you\s+for\s+everything|thanks\s+for\s+everything|forgive\s+me|"
    r"(now\s+)?(just\s+)?(waiting|i\s+wait|we\s+wait)(\s+now)?|waiting\s+for\s+it|"
    r"(its|it\s+s|it\s+is)\s+(done|over|time)|no\s+more\s+pain|doc|doctor|x+|done|tonight|"
    r"(its\s+|it\s+s\s+)?today|now|truly|this\s+is\s+it|deleted\s+everything|"
    r"no\s+more\s+sessions(\s+needed)?|thanks\s+for\s+trying|bye\s+\w+)$"
)

# Not "pastas ... listas" (pasta is dinner); "pastas tomadas" are pills.
_MEANS_READY_ES = (
    r"^(ya\s+)?(la\s+|las\s+|el\s+|mi\s+|mis\s+)?(soga|cuerda|pistola|arma|escopeta|"
    r"pastillas)\s+(ya\s+)?(esta|estan)\s+(ya\s+)?(lista|listas|cargada|preparada|"
    r"preparadas|amarrada|contadas)$|"
    r"^(pastillas|pastas)\s+(ya\s+)?(tomadas|tragadas)$"
)
_TAKEN_ALL_ES = (
    r"^(ya\s+)?(me\s+)?(las\s+|los\s+)?(tome|trague|tome\s+ya|trague\s+ya|acabo\s+de\s+tomar)"
    r"\s+(todas|todos|todas\s+las\s+pastillas|todas\s+mis\s+pastillas)"
    r"(\s+(ya|de\s+una\s+vez))?$"
)
# Someone left in another's care, a last message: "Cuiden a mi gato. Adiós."
_PARTING_ES = (
    r"^(cuide|cuiden|cuida|cuidenme|cuidame)\s+a\s+(mi|mis)\s+(perro|perrito|perra|gato|gatito|"
    r"gata|gatos|perros|mascota|mascotas|hija|hijo|hijos|hijas|mama|mami|viejita)$|"
    r"^(este\s+es\s+)?mi\s+(ultimo\s+mensaje|ultima\s+carta)$|"
    # Everyday alone ("mañana lo hago" of homework, "ya pagué todas mis deudas 🎉"): read
    # only beside a goodbye.
    r"^(el|este)\s+(lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin\s+de\s+semana|finde)\s+"
    r"ya\s+no\s+(estoy|estare)$|"
    r"^no\s+llego\s+al?\s+(lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin\s+de\s+semana|"
    r"finde|proximo\s+mes|ano\s+nuevo)$|"
    r"^hoy\s+es\s+la\s+noche$|"
    r"^(manana|hoy|esta\s+noche)\s+(a\s+las\s+\d+\s+)?lo\s+hago$|"
    r"^ya\s+(tome|tengo\s+tomada)\s+la\s+decision$|"
    r"^(ya\s+)?regale\s+(todas\s+)?mis\s+cosas$|"
    r"^ya\s+(le\s+)?di\s+mi\s+(perro|perrito|perra|gato|gata|gatito)\s+a\s+(mi\s+)?\w+$|"
    r"^ya\s+pague\s+todas\s+mis\s+deudas$|"
    r"^ya\s+aprendi\s+a\s+hacer\s+el\s+nudo$|"
    r"^(despues\s+de\s+(\w+\s+){1,2}|desde\s+manana\s+)ya\s+no\s+(sigo|estoy|estare)$|"
    r"^(dile|decile|digale|diganle)\s+a\s+mi\s+\w+\s+que\s+(la|lo|los|las)\s+quiero(\s+mucho)?$"
)
_ALONE_ES = (
    r"^(por\s*que|pq|xq|porque|para\s*que|pa\s*que|pa\s*q)\s+((sigo|todavia\s+estoy|aun\s+estoy|"
    r"sigo\s+estando)\s+(aqui|aca|viv[oa]|respirando|en\s+este\s+mundo)|"
    r"sigo\s+(viviendo|existiendo))$|"
    r"^ya\s+no\s+(voy\s+a\s+estar|estare)\s+(para|en)\s+(la\s+|nuestra\s+)?(proxima|siguiente)\s+"
    r"(sesion|cita|consulta)(\s+(doc|doctora?))?$|"
    r"^nos\s+vemos\s+en\s+(la\s+)?otra\s+vida$|"
    # Said alone, each a death set or arranged: "no me busquen", "el viernes ya no estoy",
    # "no llego al domingo", "mañana a las 6 lo hago", "ya regalé mis cosas".
    r"^ya\s+escribi\s+(el\s+testamento\s+y\s+la\s+carta|la\s+carta\s+y\s+el\s+testamento)$|"
    r"^(me\s+)?trague\s+(todas\s+)?las\s+pastillas\s+de\s+mi\s+\w+$|"
    r"^(digale|diganle)\s+a\s+mi\s+\w+\s+que\s+(la|lo|los|las)\s+(amo|quise)(\s+mucho)?$|"
    r"^(" + _FAREWELL_ES + r")$"
)
_AROUND_ES = (
    r"^((perdon|perdoname|perdoneme|perdonenme|lo\s+siento|disculpe|disculpenme)"
    r"(\s+por\s+todo)?(\s+(doc|doctora?|dra|dr|a\s+todos|mama|ma|papa))?|"
    r"adios(\s+(doc|doctora?|a\s+todos|para\s+siempre))?|"
    r"(los|las|te|la|lo)\s+quiero(\s+(mucho|a\s+todos|mama|papa))?|"
    r"gracias\s+por\s+todo|"
    r"(ahora\s+)?(solo\s+)?(a\s+esperar|queda\s+esperar|espero|ya\s+nomas\s+espero|"
    r"nomas\s+espero|esperando)(\s+ahora)?|"
    r"ya\s+(esta|se\s+acabo)|se\s+acabo|no\s+mas\s+dolor|doc|doctora?|tranquil[oa]|listo|"
    r"de\s+verdad|de\s+veras|por\s+todo|por\s+ser\s+asi|bye|chao|chau|vi\s+un\s+video|sorry\s+por\s+todo)$"
)
# Said around a means, but too little on its own to make a record of medication a
# goodbye: "Meds taken. Doc.", "Pastillas tomadas. Ya está."
_WEAK = re.compile(
    r"^(doc|doctora?|x+|(its|it\s+s|it\s+is)\s+(done|time)|ya\s+esta|espero|"
    r"no\s+(more\s+pain|mas\s+dolor))$"
)
# Said around, but beside anything but all of it taken too little to make a goodbye of a
# record or a plan of an errand: "Meds taken today.", "Pastillas tomadas. Listo.", "Mañana
# lo hago, tranquila."
_SOFT = re.compile(
    r"^(done|tonight|(its\s+|it\s+s\s+)?today|now|truly|this\s+is\s+it|tranquil[oa]|listo|de\s+verdad|"
    r"vi\s+un\s+video|bye(\s+\w+)?|chao|chau|thanks\s+for\s+trying)$"
)
_SWALLOWED = re.compile(
    r"\b(pills?|meds|tablets|pastillas|pastas|took|swallowed|downed|tome|trague)\b"
)

_READINGS = tuple(
    _Readings(language, *(re.compile(pattern) for pattern in patterns))
    for language, patterns in (
        (ENGLISH, (_MEANS_READY_EN, _TAKEN_ALL_EN, _PARTING_EN, _ALONE_EN, _AROUND_EN)),
        (SPANISH, (_MEANS_READY_ES, _TAKEN_ALL_ES, _PARTING_ES, _ALONE_ES, _AROUND_ES)),
    )
)


def short_crisis(folded: str) -> CrisisSignal | None:
    """The crisis a message of a handful of words says as a whole, or None."""
    sentences = _sentences(folded)
    if not sentences:
        return None
    made_light = bool(_LAUGH.search(folded)) or any(
        emoji not in _SAD_OR_LOVING for emoji in _EMOJI.findall(folded)
    )
    for readings in _READINGS:
        signal = _read(sentences, readings, made_light) or _read(
            _unrun(sentences, readings), readings, made_light
        )
        if signal is not None:
            return signal
    return None


def _sentences(folded: str) -> list[str] | None:
    """The message's sentences, their edges trimmed; None for a message too long."""
    if len(folded.split()) > _MOST_WORDS:
        return None
    found = (_EDGES.sub("", part) for part in _SENTENCES.split(_GOODBYE_COMMA.sub(r"\1 ", folded)))
    return [sentence for sentence in found if sentence]


def _unrun(sentences: list[str], readings: _Readings) -> list[str]:
    """Each sentence that is a core run into the words said around it, split where the
    core ends: "pills taken sorry doc" is "pills taken" and "sorry doc"."""
    out: list[str] = []
    for sentence in sentences:
        words = sentence.split()
        for cut in range(len(words) - 1, 0, -1):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            if readings.core(head) and readings.around.match(tail):
                out += [head, tail]
                break
        else:
            out.append(sentence)
    return out


def _read(sentences: list[str], readings: _Readings, made_light: bool) -> CrisisSignal | None:
    said_around = [bool(readings.around.match(sentence)) for sentence in sentences]
    for at, sentence in enumerate(sentences):
        if not all(said_around[:at] + said_around[at + 1 :]):
            continue
        if readings.alone.match(sentence) and not (made_light and _FAREWELL.match(sentence)):
            return CrisisSignal(SUICIDAL_IDEATION, readings.language)
        # A means or a parting needs a goodbye or a wait beside it: "Meds taken." is a record.
        soft_enough = bool(readings.taken.match(sentence))
        beside = [
            other
            for n, other in enumerate(sentences)
            if n != at and not _WEAK.match(other) and (soft_enough or not _SOFT.match(other))
        ]
        if beside and readings.needs_beside(sentence):
            swallowed = bool(_SWALLOWED.search(sentence))
            return CrisisSignal(OVERDOSE if swallowed else SUICIDAL_IDEATION, readings.language)
    return None
