"""Which of a client's cues a noticing mentions.

A :class:`CueMatcher` compiles a cue set once so a worker can tag thousands
of noticings a second.

Matching rule. A cue's label is reduced to its content words (stopwords and
vague words such as "feeling", "got", "before" removed; irregular forms
mapped to their base, then stemmed: "froze" and "freezing" meet "freeze",
"spiralled" meets "spiral"). A noticing matches the label when it contains
all of those words for labels of one or two words, and at least two thirds of
them for longer labels: clients rarely repeat the whole label ("chest got
tight before standup" for "tight chest before the meeting"). A label that
names the moment with one word ("the spiral before bed") also matches on that
word alone ("started to spiral"). A phrase is the client's own alternative
wording and must match completely. Words match exactly after stemming, by
stem prefix ("tightening"/"tight"), as compounds written as one word or two
("doom scrolling"/"doomscrolling"), with two neighbouring letters swapped
("tigth"/"tight") or, for words of six letters or more, with one typo
("forman"/"foreman"); dropped apostrophes ("couldnt", "moms", "shouldve")
are read as meant. An explicit ``#hashtag`` matching a cue's words tags that
cue.

Spoken noticings (speech-recognition transcripts) may also match by sound
(:mod:`shared.language.cues.sounds`): "four men" for "foreman", "pan tree" for
"pantry". A sound counts only beside a word of the cue heard as written, or
for a one-word cue whose sound key is long, so a transcript never gets a cue
from sound alone.

Lemmatising with simplemma was measured against this: it agreed with the
irregular table on 61 of 69 forms, still needs a stemmer for forms such as
"freezing", and adds 19 MB, so the small table and the stemmer stay.

Languages. A matcher reads in the client's language (``CueMatcher(cues,
language="es")``): its words are compared by the stems of every lexicon that
language reads with (:func:`~shared.language.cues.languages.lexicons_for`:
Spanish and English for a Spanish speaker, so "grité" meets "gritarles" and a
text mixing the two still meets its cues), and each lexicon's function and
vague words are left out of what a label needs. English is read as it always was.
A Spanish cue word is also met by a word of its everyday sense or by the English
written for it (:mod:`shared.language.cues.synonyms_es`, "pelear" for "discutir",
"phone" for "celular"), weighed a little below the word itself; a label of three
words or more is never met by English words alone.

Spanish only, beyond that: a cue word meets its family in another part of speech
("celosa" for "celos", "pulsaciones" for "pulso"), and the members of a catalogued
family whose stem changes (:mod:`.families_es`: "llanto" for "llorar", "aposté" for
"las apuestas"), and a short label's key word said
so names the cue alone when no other of the client's cues uses it; a label's verb
meets the verbs the sense catalogue puts before the words the label says
("saltarme comidas", "me brinqué el almuerzo"); a label that says when its cue
happens ("pagar el alquiler a final de mes") is met by what it says the cue is,
and the time with only part of that is not the cue; a label of the client's own
doing is not met by its place or object alone unless a verb the client conjugated
stands before them, nor by its verb on another object; a feeling someone else has
("mi sobrina tiene celos") is not the client's.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from shared.language.cues.languages import lexicons_for
from shared.language.cues.lexicon import FUNCTION_WORDS, Lexicon, tokens, word_set
from shared.language.cues.sets import Cue
from shared.language.cues.sounds import sound_key, spanish_sound_key
from shared.language.cues.spanish import (
    CONTRARIES,
    DAY_SHIFT,
    HEAD_VERB_MIN_STEM,
    INTENSIFIERS,
    NIGHT_WORDS,
    OTHERS_FEEL,
    SAID_OF,
    SHIFT_WORDS,
    TIME_WORDS,
    another_part_of_speech,
    bout_verb,
    english_roots,
    family,
    form_ending,
    gerund_without_pronouns,
    head_mates,
    in_family_of,
    kin,
    lemma_candidates,
    listed_lemma,
    made_with,
    pronoun_carried,
    raised_form,
    raised_stems,
    turned_stems,
    verb_made_from,
)
from shared.language.cues.spanish import known as spanish_known
from shared.language.cues.spanish_words import spanish_words
from shared.language.cues.synonyms_es import catalogue
from shared.language.cues.why import Evidence, Why
from shared.language.cues.wordnet import (
    base_forms,
    derived_forms,
    kin_doings,
    noun_senses,
    unprefixed,
    verb_said,
    verb_senses,
    wordnet,
)
from shared.language.text import normalise

_FUZZY_MIN_LENGTH = 6  # shorter words have too many one-letter neighbours
# A Spanish word heard two edits off is this long or longer (voice notes).
_MISHEARD_TWICE_MIN = 5
_SWAP_MIN_LENGTH = 5  # "tigth" for "tight": two letters swapped, nothing else
_PREFIX_MIN_LENGTH = 5  # "hand" must not reach "handle"
_SOUND_MIN_LENGTH = 3  # sound keys shorter than this collide too often ("tt", "ln")
_FAMILY_MIN = 3  # a family's root shorter than this is many families'
_SENSE_STEM_MIN = 4  # a sense-mate's stem shorter than this meets by its lemma only
# Knowing how or daring to, before an infinitive ("no sé", written "se"; "no me
# animo a", "no me atrevo a"). Spanish only: "se" right before an infinitive is "sé".
# ("no pude ir" stays a negation, as it was: not doing is not struggling.)
_ABLE = word_set("se sabia supe anima animo anime animaba atrevo atrevi atrevia atreve")
# Of those, the ones of daring, which take "a" and a verb after it ("me animo a").
_DARING = word_set("anima animo anime animaba atrevo atrevi atrevia atreve")
# How many of an object, said between a verb and it ("otras dos pastillas").
_QUANTIFIERS = word_set(
    "otra otras otro otros dos tres cuatro cinco seis varias varios muchas muchos unas unos mas"
)
# Possessives before the person a Spanish verb is done to ("a mi mamá").
_POSSESSIVES = frozenset({"mi", "mis", "tu", "tus", "su", "sus", "nuestra", "nuestro"})
# A Spanish form's stem this long or longer may be typed with one slip ("esepr"
# for "esper"); shorter stems are one edit from too many others.
_TYPO_STEM_MIN = 5
_SOUND_ALONE_MIN_LENGTH = 4  # a one-word cue heard by sound alone: "pan tree" for "pantry"
# A slip in a Spanish form's stem (:meth:`_Noticing._slipped`): stems of four letters
# and more ("qued", "critic"), words of four letters and more (three-letter texting
# words are one slip from too many stems: "iba", "voy", "tqm", "pls"), an ending of at
# most seven letters ("iendome"), the first 64 unknown words of a text.
_SLIP_STEM_MIN = 4
_SLIP_WORD_MIN = 4
_SLIP_WORD_MAX = 20
_SLIP_ENDING_MAX = 7
_SLIPS_MAX = 64
# A label's words as written, capitals kept (for the name a label gives a person).
_WRITTEN_WORD = re.compile(r"[^\W\d_]+")
_ARTICLES_BEFORE_NAMES = frozenset({"la", "el", "los", "las", "the", "a", "an", "my", "mi", "mis"})
# Who someone is to the client, in a label naming them ("mi cuñado Beto", "my boss Karen").
# Who someone is at work, and in the family: a sense of one is never the other.
_AT_WORK = frozenset(
    {"jefe", "jefa", "supervisor", "supervisora", "patron", "patrona", "encargado", "encargada"}
)
_FAMILY = frozenset(
    {
        *("hermano", "hermana", "hijo", "hija", "padre", "madre", "mama", "papa", "esposo"),
        *("esposa", "marido", "mujer", "suegro", "suegra", "yerno", "nuera", "cunado"),
        *("cunada", "primo", "prima", "tio", "tia", "abuelo", "abuela", "vieja", "viejo"),
        *("mami", "papi", "jefecita", "jefita"),
    }
)
_PERSON_WORDS = frozenset(
    {
        *("hermano", "hermana", "hijo", "hija", "padre", "madre", "mama", "papa", "esposo"),
        *("esposa", "marido", "mujer", "novio", "novia", "ex", "exmarido", "exesposa"),
        *("suegro", "suegra", "yerno", "nuera", "cunado", "cunada", "primo", "prima", "tio"),
        *("tia", "abuelo", "abuela", "nieto", "nieta", "sobrino", "sobrina", "compadre"),
        *("comadre", "jefe", "jefa", "supervisor", "supervisora", "patron", "patrona"),
        *("vecino", "vecina", "amigo", "amiga", "companero", "companera", "profe"),
        *("profesor", "profesora", "maestro", "maestra", "doctor", "doctora", "padrastro"),
        *("madrastra", "hijastro", "hijastra", "pareja", "roommate", "encargado", "encargada"),
        *("brother", "sister", "son", "daughter", "mum", "mom", "mother", "dad", "father"),
        *("husband", "wife", "partner", "boyfriend", "girlfriend", "boss", "manager"),
        *("supervisor", "neighbour", "neighbor", "friend", "uncle", "aunt", "cousin"),
        *("grandma", "grandpa", "grandson", "granddaughter", "nephew", "niece", "stepdad"),
        *("stepmom", "stepmum", "stepson", "stepdaughter", "coworker", "colleague", "teacher"),
    }
)


def _is_a_name(phrase: str) -> bool:
    """True for a phrase that is a name alone, an article before it or not ("el Fabi")."""
    written = _WRITTEN_WORD.findall(phrase)
    if written and written[0].lower() in _ARTICLES_BEFORE_NAMES:
        written = written[1:]
    return len(written) == 1 and written[0][:1].isupper() and len(written[0]) >= 3


# Words a person's name follows in a phrase ("cuando el Brayan me contesta feo").
_BEFORE_A_NAME = frozenset({"el", "la", "los", "las", "mi", "a", "al", "con", "cuando", "y", "que"})
# Titles a name is given by ("doña Marlene", "don Beto", "Mrs Patel").
_TITLES = frozenset(
    {
        *("dona", "don", "senora", "senor", "sra", "sr", "mr", "mrs", "ms", "miss", "dra", "dr"),
        *("lic", "licenciada", "licenciado", "ing", "inge"),
    }
)
_WHO_BEFORE_NAMES = _PERSON_WORDS | _TITLES


def _same_relation(evidence: Evidence) -> bool:
    """False for a relation met in another's form: the other gender or the plural
    ("cuñada", "cuñados" for "cuñado")."""
    if evidence.how not in ("form", "lemma"):
        return True
    cue, said = evidence.cue_word, evidence.text_word
    swapped = said[-1:] in ("o", "a") and cue[-1:] in ("o", "a") and said[-1:] != cue[-1:]
    return not swapped and not (said.endswith("s") and not cue.endswith("s"))


def _whose_in(label_words: tuple[str, ...]) -> bool:
    """True when a label says whose its thing is: "el taller de mi padre", "el grupo de
    WhatsApp de la familia", "la camioneta del trabajo"; not "mis ataques de ira"."""
    words = label_words
    return any(
        word == "del" or (word == "de" and at + 1 < len(words) and words[at + 1] in _DETERMINERS_ES)
        for at, word in enumerate(words[2:], 2)
    )


def _one_word_loosely(said: str, own: str) -> bool:
    """True when ``said`` may be ``own`` in another form or misspelt ("domngo" for
    "domingos"): their first three letters agree."""
    return said == own or (len(said) >= 3 and said[:3] == own[:3])


def _said_alone(cue: _CompiledCue, noticing: _Noticing) -> Why | None:
    """The cue tagged when the word its label ends on, what it is (no verb or time, and
    no word the client's other cues share), is a sentence of its own: "Portazos. Hoy
    dos." for "ganas de dar un portazo", "copete. Lo pensé todo el día" for "tomarme un
    copete"; not "Ganas." (a label's first noun says what kind, its last which)."""
    if noticing.language != "es":
        return None  # "Weights.", "Dinner.", "Enough.": English says these of anything
    if noticing.surfaces & _OTHER_SENSES_OF_A_PART:
        return None  # "¿Qué entrené? Pecho. Mañana pierna."
    key = next(
        (
            term
            for at, term in reversed(list(enumerate(cue.label_terms)))
            if at not in cue.verbs and at not in cue.circumstance
        ),
        None,
    )
    if (
        key is None
        or key.stems[0] in cue.shared
        or len(key.surface) < _ALONE_MIN
        or key.surface in _PERSON_WORDS
        or key.surface in _SETTINGS_ES
        or not _a_thing_in(cue.label_words, key.surface)
    ):
        return None
    hit = noticing.find(key)
    if hit and hit[0] in ("word", "form", "typo") and hit[1] in noticing.alone:
        evidence = (Evidence(key.surface, hit[1], hit[0]),)
        return Why(cue.label, "alone", cue.label, evidence, _score(evidence, 0.9))
    return None


# A word said alone names a cue only when it is this long: "dar." or "ir." names nothing.
_ALONE_MIN = 5
# Where and when everyday life happens: "Trabajo. Hoy me ascendieron.", "Familia. Asado."
_SETTINGS_ES = frozenset(
    {
        *("trabajo", "chamba", "oficina", "escuela", "familia", "dinero", "plata", "comida"),
        *("domingo", "domingos", "lunes", "sabado", "sabados", "noche", "noches", "manana"),
        *("tarde", "semana", "fiesta", "bueno", "perfecto", "claro", "tranquila", "tranquilo"),
    }
)


def _a_thing_in(label_words: tuple[str, ...], word: str) -> bool:
    """True when ``word`` is a thing in the label: an article or "mi" before it ("tomarme
    un copete", "ganas de dar un portazo"), not a quality ("lo suficientemente bueno")."""
    at = label_words.index(word) if word in label_words else -1
    return at > 0 and label_words[at - 1] in _DETERMINERS_ES


_DETERMINERS_ES = frozenset(
    {"un", "una", "unos", "unas", "el", "la", "los", "las", "mi", "mis", "del", "al"}
)


def _of_another_kind(why: Why, cue: _CompiledCue, noticing: _Noticing) -> bool:
    """True when a label or phrase naming one thing the client knows, and whose ("el
    taller de mi padre"), is met by another of its kind ("un taller de cerámica").
    Spanish only."""
    first = why.source.split(maxsplit=1)[0].lower() if why.source else ""
    if first not in _ONE_KNOWN_ES or not why.evidence or noticing.language != "es":
        return False
    if not _whose_in(cue.label_words):
        return False  # "mis ataques de ira": "un ataque de rabia" is one of them
    return noticing.another_of_its_kind(why.evidence[0].text_word, cue.vocabulary.surfaces)


def _another_relation_in_a_sense(evidence: Evidence) -> bool:
    """True for a named person's relation met, in one of its senses, as a word for
    family where the label says work ("mamá" for "jefa", Mexican for one's mother): "mi
    jefa doña Clemencia" is her boss ("la patrona"), not her mother."""
    if evidence.how != "sense":
        return False
    cue, said = normalise(evidence.cue_word), normalise(evidence.text_word)
    # Not the other way: "mi jefa" is how many Mexicans say their mother.
    return cue in _AT_WORK and said in _FAMILY


def _body_part(words: list[str], counts: dict[str, int], reading: _Reading) -> str | None:
    """The part of the body a label of a sensation starts with, after its article: "la
    guata apretada", "el pecho apretao", "la cabeza que me explota"; None when another
    of the client's cues names that part too ("la cabeza pesada"). Or the part a
    sensation is felt in: "la tensión en la mandíbula", "el dolor de cabeza", "the
    tightness in my chest"."""
    part = None
    if len(words) >= 3 and words[0] in _ARTICLES_BEFORE_NAMES and words[1] in _BODY_PARTS:
        part = words[1]
    elif (
        3 <= len(words) <= 5
        and words[0] in _ARTICLES_BEFORE_NAMES
        and words[1] in _FELT_IN
        and words[2] in ("en", "de", "in", "of")
    ):
        rest = words[3:]
        if len(rest) == 2 and rest[0] in _ARTICLES_BEFORE_NAMES:
            rest = rest[1:]
        part = rest[0] if len(rest) == 1 and rest[0] in _BODY_PARTS else None
    if part is None or counts.get(reading.term(part).stems[0], 1) > 1:
        return None
    return part


# What is felt in a part of the body: "la tensión en la mandíbula", "the ache in my jaw".
_FELT_IN = frozenset(
    {
        *("tension", "dolor", "presion", "opresion", "peso", "ardor", "punzada"),
        # Not "nudo" nor "knot": "el nudo en la garganta" is a feeling, not a sore throat.
        *("molestia", "rigidez", "tightness", "pain", "ache", "pressure", "tension"),
    }
)


def _person_only(words: list[str], reading: _Reading) -> bool:
    """True for a label that says only who someone is to the client, with "mi" or "my"
    ("mi vieja", "my boss")."""
    if not words or words[0] not in ("mi", "my"):
        return False
    rest = [w for w in words[1:] if w not in reading.function_words]
    return bool(rest) and all(w in _PERSON_WORDS or w in ("viejo", "vieja") for w in rest)


# Parts of the body a sensation is felt in.
_BODY_PARTS = frozenset(
    {
        *("cabeza", "pecho", "guata", "panza", "estomago", "barriga", "garganta", "espalda"),
        *("cuello", "mandibula", "corazon", "head", "chest", "stomach", "gut", "throat"),
        *("neck", "jaw", "heart", "tummy", "belly"),
    }
)
# Said of a sensation come back: "otra vez la cabeza", "la guata de nuevo", "the chest again".
_AGAIN = (("otra", "vez"), ("de", "nuevo"), ("again",), ("volvio",), ("ya", "volvio"))
# Words that put a part of the body in another sense than a feeling: training it,
# feeding a baby, an illness or a meal ("Pecho de nuevo hoy en el gym", "Stomach again,
# I think it was the tacos").
_OTHER_SENSES_OF_A_PART = frozenset(
    {
        *("gym", "gimnasio", "entrene", "entreno", "entrenar", "entrenamiento", "triceps"),
        *("biceps", "pierna", "abs", "pr", "cardio", "pesas", "rutina", "bebe", "teta"),
        *("lactancia", "amamantar", "antibiotico", "antibioticos", "gripa", "gripe", "tos"),
        *("fiebre", "resfriado", "resfrio", "infeccion", "dentista", "tacos", "comi", "comida"),
        *("train", "trained", "training", "workout", "lifting", "weights", "ate", "flu"),
        *("cold", "antibiotics", "baby", "feeding", "food", "dentist", "infection"),
    }
)
# What may stand before a sensation named alone: nothing, or a word that starts a clause.
_STARTS_A_CLAUSE = frozenset(
    {"", "y", "pero", "ya", "hoy", "ayer", "anoche", "and", "but", "today", "tonight"}
)
# What may follow a sensation named alone: when, how much, or a new clause.
_AFTER_A_SENSATION = frozenset(
    {
        *("desde", "todo", "toda", "hoy", "anoche", "como", "y", "pero", "otra", "de", "ya"),
        *("me", "se", "cuando", "al", "since", "all", "today", "tonight", "and", "but", "when"),
        *("like", "right", "again", "i", "un", "una", "a", "justo", "todavia", "aun", "nomas"),
        *("still", "just", "mientras", "antes", "despues", "before", "after", "at", "hasta"),
    }
)


# Before a relation said of the client's own: "mi cuñado", "el marido de mi hermana", "our
# boss". Anything else is someone else's, another or any ("su cuñado", "mi ex cuñado", "my
# other brother", "como mamá", "soy jefa").
_THE_CLIENTS = frozenset(
    {"mi", "mis", "my", "el", "la", "the", "nuestro", "nuestra", "our", "mí", "mio", "mia"}
)
# Relations that are also said of things, before their noun: "mi ex trabajo", "mi vieja
# bici"; alone, they name someone.
_SAID_BEFORE_A_NOUN = frozenset({"ex", "vieja", "viejo", "old"})
# After a relation: another of that kind ("la supervisora nueva", "mi hermano político").
_ANOTHER_KIND = frozenset(
    {"nuevo", "nueva", "politico", "politica", "anterior", "pasado", "pasada", "new", "former"}
)
# After a relation and "de", whose it is: "el cuñado de mi amiga", "the boss of my friend".
_WHOSE_AFTER_DE = frozenset(
    {"mi", "mis", "su", "sus", "tu", "tus", "la", "el", "los", "las", "un", "una", "my", "his"}
    | {"her", "their", "your", "a", "the", "nuestro", "nuestra", "al", "ella", "ellos", "ellas"}
    | {"usted", "ustedes", "him", "them", "this", "that", "these", "those", "este", "esta"}
    | {"ese", "esa", "aquel", "aquella"}
)


def _names_in(text: str, reading: _Reading) -> frozenset[str]:
    """The words ``text`` writes with a capital after a sentence's first word, read as
    its words are: names ("mi cuñado Toño me llamó" -> "tono")."""
    names = set()
    for sentence in _SENTENCE_STOPS.split(text):
        for word in _RAW_WORD.findall(sentence)[1:]:
            # Not a word in capitals for emphasis ("Karen NEVER answers").
            if word[:1].isupper() and not (len(word) > 1 and word.isupper()):
                names.update(reading.tokens(word)[:1])
    return frozenset(names)


# Sentence ends, and emoji, which end what was said before them ("Karen 🙄 Again...").
_SENTENCE_STOPS = re.compile("[.!?¿¡\n\u2600-\u27bf\U0001f300-\U0001faff]+")
# A capitalised word opening a sentence with no article, said alone or as the one who
# acts: "Facundo.", "Rafa, cómo no", "Facundo me dio feedback". Spanish puts an article
# before a thing that acts ("el pato se comió el pan"), so such a word is someone's name.
_OPENING_NAME = re.compile(
    r"^\s*([^\W\d_][\w'’-]*)\s*(?:,|:|$|\s+(?:me|te|le|les|nos|se|ya|no|otra|siempre|hoy|"
    r"volvi[oó]|vino|dijo|llam[oó]|escribi[oó])\b)"
)


def _alone_in(text: str, reading: _Reading) -> frozenset[str]:
    """The words ``text`` says as a sentence of their own ("Mandíbula."), read as its
    words are; not asked or exclaimed ("¿Pareja? Ninguna", "¡Jesús!"), nor answered no
    by the next sentence ("Portazo. No, esta vez no.")."""
    alone = set()
    sentences = list(_SENTENCE_AND_END.finditer(text))
    for at, found in enumerate(sentences):
        words = _RAW_WORD.findall(found.group(1))
        if len(words) != 1 or found.group(2)[:1] in ("?", "!") or "¿" in found.group(1):
            continue
        if "¡" in found.group(1):
            continue
        following = sentences[at + 1].group(1) if at + 1 < len(sentences) else ""
        if _DENIED_NEXT.match(following):
            continue
        alone.update(reading.tokens(words[0])[:1])
    return frozenset(alone)


def _parted_in(text: str, reading: _Reading) -> frozenset[tuple[str, str]]:
    """Each pair of words written side by side with punctuation between them ("boss,
    replayed", "sister - snapped"), as the noticing's words read."""
    if not _PARTING.search(text):
        return frozenset()
    pairs = set()
    for found in _PARTED_PAIR.finditer(text):
        before, after = reading.tokens(found.group(1)), reading.tokens(found.group(2))
        if before and after:
            pairs.add((before[-1], after[0]))
    return frozenset(pairs)


_PARTING = re.compile(r"[,;:.!?\-–—()]")
_PARTED_PAIR = re.compile(r"([^\W_][\w'’]*)\s*[,;:.!?\-–—()]+\s*(?=([^\W_][\w'’]*))")


# A sentence and what ends it.
_SENTENCE_AND_END = re.compile("([^.!?\n]+)([.!?\n]+|$)")
# A next sentence that answers no: "No, esta vez no.", "Ninguna".
_DENIED_NEXT = re.compile(r"\s*(no|nope|ninguna|ninguno|nada|never|nunca)\b", re.IGNORECASE)


def _openers_in(text: str, reading: _Reading) -> frozenset[str]:
    """The capitalised words that open a sentence as a name does (:data:`_OPENING_NAME`),
    read as its words are."""
    names = set()
    for sentence in _SENTENCE_STOPS.split(text):
        opening = _OPENING_NAME.match(sentence)
        if opening and opening.group(1)[:1].isupper():
            names.update(reading.tokens(opening.group(1))[:1])
    return frozenset(names)


_RAW_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# How a name is met: as written, in another form ("Kevincito"), misspelt ("Jesika").
_AS_A_NAME = frozenset({"word", "form", "typo"})
# Words written with a capital that are no one's surname.
_NOT_A_SURNAME = frozenset(
    {
        *("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "monday"),
        *("tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "navidad"),
        *("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"),
        *("septiembre", "octubre", "noviembre", "diciembre", "january", "february", "march"),
        *("april", "june", "july", "august", "september", "october", "november", "december"),
        *("christmas", "thanksgiving", "easter"),
    }
)
# What a person named does, right after the name: "Facundo me dio feedback".
_CLITICS_ES = frozenset({"me", "te", "le", "les", "nos", "se", "lo", "la"})
_PERSON_VERBS = frozenset(
    {
        *("dijo", "dice", "llamo", "llama", "escribio", "escribe", "vino", "viene", "volvio"),
        *("grito", "grita", "pidio", "pide", "dio", "mando", "manda", "hablo", "habla"),
        *("invito", "regano", "reclamo", "contesto", "contesta", "busco", "visito", "trajo"),
        *("presento", "insulto", "humillo", "ignoro", "said", "says", "called", "calls"),
        *("texted", "came", "yelled", "asked", "told"),
    }
)
# Before a thing: one of its kind, not the one a cue names ("un taller" for "el taller").
# What "de" says of how much or how long, not of which: "un estrés de locos", "una
# discusión de dos horas", "un bajón de aquellos".
_HOW_MUCH_ES = frozenset(
    {
        *("locos", "loco", "muerte", "perros", "perro", "campeonato", "aquellos", "aquellas"),
        *("esos", "esas", "esas", "las", "los", "novela", "terror", "miedo", "pelicula", "cine"),
        *("susto", "madre", "padre", "mierda", "lujo", "antologia", "infarto", "espanto"),
        *("media", "medio", "dos", "tres", "cuatro", "cinco", "seis", "diez", "veinte", "mil"),
        *("horas", "hora", "minutos", "dias", "semanas", "meses", "anos", "pesos", "dolares"),
        *("mucho", "poco", "nada", "verdad", "repente", "pronto", "nuevo", "golpe", "mas"),
    }
)
# Not "otra": "otra resaca de domingo" is the same one again.
_INDEFINITE_ES = frozenset({"un", "una", "unos", "unas"})
# A label or phrase naming one thing the client knows ("el taller", "mi camioneta").
_ONE_KNOWN_ES = frozenset({"el", "la", "los", "las", "mi", "mis"})
# Before a name: another person of that name ("otra Yuliana", "another Tom").
_ANOTHER = frozenset({"otra", "otro", "another"})
# After a name: where the person is from or whose they are ("el Fabián del club").
_PLACED_BY = frozenset({"del", "de", "from", "at"})
_PLACED_BY_ES = frozenset({"del", "de"})


def _x_as_ch(word: str) -> str:
    return spanish_sound_key(word.replace("x", "ch"))


def _edit_listed(word: str) -> bool:
    """True when the "x" is an "xt" typed short: "texo" is "texto", "mixo" "mixto", not a
    "techo"."""
    words = spanish_words()
    return words is not None and words.listed(word.replace("x", "xt", 1))


# Between "no hay" and what there is none of ("no hubo ni una venta", "no hay nada de
# venta", "no hubo mucha venta"), at most this many words; "ya", "todavía" and "aún"
# before the "hay" ("todavía no hay", "no hay todavía" is read as "no hay"); "ha"
# before "habido".
_NONE_THERE_GAP = 3
_NONE_OF = frozenset(
    {"ni", "una", "un", "nada", "de", "mucha", "mucho", "muchas", "muchos", "tanta", "tanto"}
    | {"buena", "buen", "ninguna", "ningun", "casi", "suficiente", "todavia", "aun"}
)
_HAS = frozenset({"ha", "habia", "hubiera", "habra"})
_STILL = frozenset({"ya", "todavia", "aun"})

# A label's pronoun and the ones that stand for it before a conjugated verb ("usarlo":
# "lo usé", "la usé"; "echarles": "les eché", "le eché").
_SAME_PRONOUN = {
    "lo": frozenset({"lo", "la", "los", "las"}),
    "la": frozenset({"lo", "la", "los", "las"}),
    "los": frozenset({"lo", "la", "los", "las"}),
    "las": frozenset({"lo", "la", "los", "las"}),
    "le": frozenset({"le", "les"}),
    "les": frozenset({"le", "les"}),
}
_OBJECT_PRONOUNS = frozenset({"lo", "la", "los", "las"})
# Forms a pronoun climbs from to the verb before them ("me voy a echar"), and the words
# that join that verb to them ("voy a", "tengo que", "acabo de").
_CLIMBED_FROM = ("ar", "er", "ir", "ando", "iendo", "yendo")
_HELPER_LINKS = frozenset({"a", "que", "de"})
# "la que era mi novia": being, not doing.
_BEING = frozenset({"era", "es", "fue", "sigue", "sera", "ha", "", "siempre"})
# What is named after someone: "la Virgen de Guadalupe", "la calle de San Juan".
_NAMED_AFTER = frozenset(
    {"virgen", "senora", "santa", "san", "calle", "colonia", "iglesia", "parroquia"}
    | {"hospital", "escuela", "avenida", "barrio", "plaza", "fiesta", "dia"}
)

# "la de siempre", "el de antes": the usual one, not another.
_THE_USUAL = frozenset({"siempre", "antes", "costumbre"})


def _placed_as_in_label(placing: list[str], label: tuple[str, ...]) -> bool:
    """True when the "la de ..."/"el del ..." after a name (``placing``: the words from
    there to the end) is the label's own, whole ("doña Marlene la de los jueves"), or
    says the usual one or the middle one ("la de siempre", "el de en medio"): the person
    of the cue. Any other ("Yesenia la de la farmacia", "Marlene la de los lunes") is
    someone else."""
    if len(placing) >= 3 and (placing[2] in _THE_USUAL or placing[2:4] == ["en", "medio"]):
        return True
    for start in range(len(label) - 1):
        if tuple(label[start : start + 2]) == tuple(placing[:2]):
            own = label[start:]
            return tuple(placing[: len(own)]) == tuple(own)
    return False


def _a_word_too(name: str, language: str) -> bool:
    """True when a Spanish name is also a listed word or a form of one ("rosa",
    "soledad", "tomas")."""
    words = spanish_words() if language == "es" else None
    return words is not None and (words.listed(name) or listed_lemma(name))


@functools.lru_cache(maxsize=50_000)
def _respellings(word: str) -> frozenset[str]:
    """What text-speak's ``word`` may stand for: "k" for a hard "c" or "qu" ("kasa",
    "komo", "kijada"), a letter stretched ("nadaaa", "holass"), a plural's "s"."""
    squeezed = _STRETCHED.sub(r"\1", word)
    candidates = {squeezed, _STRETCHED_TWICE.sub(r"\1", word)}
    if "k" in word:
        candidates |= {_K_BEFORE_E_I.sub("qu", _K.sub("c", c)) for c in set(candidates)}
        candidates |= {_K_BEFORE_E_I.sub("qu", c) for c in set(candidates)}
    candidates |= {c[:-1] for c in candidates if c.endswith("s")}
    return frozenset(c for c in candidates if c != word)


def _respelt_listed(word: str) -> bool:
    """True when text-speak respells ``word`` to a word the Spanish list holds."""
    return any(_listed(c) for c in _respellings(word))


_STRETCHED = re.compile(r"(.)\1{2,}")
_STRETCHED_TWICE = re.compile(r"([^lcr])\1")
_K = re.compile(r"k(?![ei])")
_K_BEFORE_E_I = re.compile(r"[kc](?=[ei])")
# A verb's stem by ear is read from four sounds ("yor-" of "llorar" is too few).
_SOUND_STEM_MIN = 4
# A word spelt by ear is read from four letters ("ablo"; "oi" and "ke" are too short).
_SOUND_MIN_LENGTH = 4
# Words that lead the client's own verb in the present ("me encierro", "no duermo").
# Words that open a clause of their own after a negated verb ("no sé dónde", "no supe
# cómo"): what follows them is not negated.
# Verbs of bearing something (Spanish roots): "no" before them says it is there and
# too much ("no aguanto el dolor", "ya no soporto los gritos"), not that it is absent.
_BEARING = ("aguant", "soport", "toler")
_NEW_CLAUSE = frozenset({"donde", "adonde", "como", "cuando", "quien", "quienes"})
# Verbs of knowing that open such a clause ("no sé cómo"; "no como pan" is eating).
_KNOWING = frozenset(
    {"se", "supe", "sabia", "sabe", "sabes", "sabemos", "entiendo", "recuerdo", "acuerdo"}
)
# "Estaba", "anda", "sigue" before a gerund: who does it is the subject before them.
_BEING_ABOUT = frozenset(
    {
        "estaba",
        "estaban",
        "esta",
        "estan",
        "anda",
        "andan",
        "andaba",
        "andaban",
        "sigue",
        "siguen",
        "seguia",
        "seguian",
        "estuvo",
        "estuvieron",
        "pasa",
        "pasaba",
        # "mi novio se queda mirando el correo"
        "queda",
        "quedan",
        "quedaba",
        "quedaban",
    }
)
# Third-person forms a named subject may lead ("gritó" and "grito" alike, unaccented;
# "llora"): the first person's preterite ("grité", "comí") ends otherwise.
_THIRD_PERSON_ENDINGS = ("o", "a", "io")
_SUBJECT_PRONOUNS = frozenset({"ella", "ellas", "ellos", "usted"})
# Words that say a thing was not done, or failed: a label led by "no" keeps them.
_FAILED = word_set(
    "nunca jamas tampoco olvide olvido olvidaba quise queria quisiera trate intente intento "
    "imposible"
)
_FAILED_SAID = re.compile(r"\b(se me (paso|olvido|fue)|me (dio|da) miedo|no me atrevi)\b")
# An object named first and taken up again before the verb: "el celular lo reviso".
_OBJECT_TAKEN_UP = frozenset({"lo", "la", "los", "las"})
# People and groups of the client's: "a mi hermanito" is someone else, "a mí" the client.
_SOMEONE_MINE = word_set(
    "hermano hermana hermanito hermanita hermanos hijo hija hijos hijas mama papa mami papi "
    "esposo esposa novio novia pareja compa compas companero companera amigo amiga amigos "
    "amigas primo prima tio tia abuelo abuela abuelita abuelito sobrino sobrina suegra suegro "
    "jefe jefa vecino vecina nieto nieta bebe nino nina cunado cunada ex roomie carnal chamaco "
    "chamaca morro morra"
)
# "a mí" (folded "a mi") as the one a thing was done to, "nos", "m" ("m gritó"): never
# after "no" ("le gritó a otro, no a mí"), nor before a person of the client's ("a mi
# hermanito" is someone else).
_TO_ME = re.compile(
    r"(?<!\bno )(?<!\bni )\ba mi\b(?!\s+(" + "|".join(sorted(_SOMEONE_MINE)) + r")\b)|\b(nos|m)\b"
)
# Said after "la", "el" without naming anyone: "la neta", "la verdad".
_NOT_SOMEONE = frozenset({"neta", "verdad", "mera", "onda", "cosa", "vez", "idea", "bronca"})
# How far whose or where someone named is said before their verb ("de la farmacia del lado").
_WHOSE_REACH = 5
_PARTICIPLES = ("ado", "ada", "ido", "ida")
# The gerunds a feeling is had with: "sintiendo celos", "teniendo miedo".
_FEELING_GERUNDS = frozenset({"sintiendo", "teniendo"})
# A family root this short may open words of other families (see _derived).
_SHORT_ROOT = 3
_POSSESSIVES_AND_CLITICS = frozenset({"me", "te", "le", "les", "nos", "se", "lo", "la"})
# An infinitive or a gerund, a pronoun or two joined to it: a doing, not a thing named.
_DOING = re.compile(r"(ar|er|ir|ando|iendo|yendo)((me|te|se|le|les|lo|la|los|las|nos)){0,2}$")
# Words that leave someone's "no" standing though the verb is said: a "no" anywhere, a
# delay, a part, someone left out, a wait.
_NOT_QUITE = word_set(
    "no ni nunca nadie ninguno ninguna nada sin menos tampoco jamas nop nel dejo dejaron deja "
    "dejan tardo tarda tardaron tardan hasta esperando espero esperar mitad incompleto "
    "incompleta tarde quedo pero aunque apenas solo nomas si siempre cuando dice dijo manana "
    "horas mil"
)
# The words between a time word and what it is said of: "antes del turno", "después de
# la comida".
_OF = frozenset({"de", "del", "la", "el", "los", "las", "mi", "mis", "su", "sus"})


def _said_of(words: list[str] | tuple[str, ...]) -> str:
    """The first of ``words`` that is not "de", an article or a possessive."""
    return next((w for w in words if w not in _OF), "")


def _same_thing(label_words: tuple[str, ...], word: str, text: str, found: re.Match[str]) -> bool:
    """True when the contrary time is said of the label's own thing: "después del turno"
    for "fumar antes del turno", not "antes de ir por los niños" for "tomar cerveza
    después del trabajo"."""
    own = _said_of(label_words[label_words.index(word) + 1 :])
    theirs = _said_of(text[found.end() :].split())
    return bool(own) and own[:4] == theirs[:4]


_NOUN_MADE = ("s", "ada", "ado", "ida", "ido", "iza", "on", "ura", "azo")
_HER_OR_HIM = frozenset({"la", "lo", "las", "los"})
# Words after which "la"/"lo" is a pronoun, not an article: "a ella la", "y lo", "que la".
_BEFORE_AN_OBJECT_PRONOUN = word_set(
    "ella el ellos ellas usted ustedes y que si cuando siempre nunca ya hoy tambien otra pero"
)
_ARTICLES = frozenset({"el", "la", "los", "las", "un", "una", "del", "al"})
_CLITICS_BEFORE_VERB = frozenset({"me", "te", "le", "les", "lo", "la", "los", "las", "nos", "se"})
# What names someone before them: "mi compa", "el guardia", "la enfermera".
# "un pasajero discutió", "una señora iba llorando": someone named with "un" too.
_NAMING = frozenset({"mi", "mis", "tu", "tus", "su", "sus", "el", "la", "los", "las", "un", "una"})
_PLACING = frozenset({"en", "a", "de", "con", "por", "para", "desde", "hasta", "toda", "todo"})


# A swapped pair is read in words this long: shorter ones swap into other words.
_SWAPPED_FORM_MIN = 6
_BEFORE_OWN_VERB = word_set(
    "me te le les lo la los las nos yo no ya siempre casi nunca tambien ahora hoy y que "
    "cuando si pero luego despues apenas aun todavia solo"
)
_EDIT_MIN_LENGTH = 5  # any one edit ("usless", "skiped", "calld" for "called") from five letters
_SHORT_MIN_LENGTH = (
    4  # the short-word rule: a four-letter form, one vowel dropped or a letter doubled
)
_VOWELS = frozenset("aeiou")
# Fewer consonants than this are many words' ("fkng": "faking", "fucking"; "btng":
# "biting", "beating").
_SKELETON_MIN_LENGTH = 5
# Endings of a verb the client conjugated about themself (Spanish, accents
# folded): gerunds and the first person past ("abandoné", "salí").
_CONJUGATED = ("ando", "iendo", "e", "i")

# Contractions read as their words, so "I'd be", "I will be" and "I'll be" meet,
# and "couldn't get up" meets "can't get up": the auxiliary is a function word
# and the negation is kept as "not". "ill" is "I will" only before a verb it
# usually comes before ("ill be", "ill get"), since "ill" is a word of its own.
_CONTRACTIONS = {
    "im": ("i", "am"),
    "id": ("i", "would"),
    "ive": ("i", "have"),
    "youre": ("you", "are"),
    "theyre": ("they", "are"),
    "theyll": ("they", "will"),
    "youll": ("you", "will"),
    "itll": ("it", "will"),
    "cant": ("can", "not"),
    "cannot": ("can", "not"),
    "couldnt": ("could", "not"),
    "wont": ("will", "not"),
    "wouldnt": ("would", "not"),
    "dont": ("do", "not"),
    "didnt": ("did", "not"),
    "doesnt": ("does", "not"),
    "isnt": ("is", "not"),
    "wasnt": ("was", "not"),
    "arent": ("are", "not"),
    "werent": ("were", "not"),
    "shouldnt": ("should", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "hadnt": ("had", "not"),
    # Scots: "I cannae face the bus", "didnae go by the offie".
    "cannae": ("can", "not"),
    "couldnae": ("could", "not"),
    "didnae": ("did", "not"),
    "dinnae": ("do", "not"),
    "doesnae": ("does", "not"),
    "wouldnae": ("would", "not"),
    "shouldnae": ("should", "not"),
    "isnae": ("is", "not"),
    "wasnae": ("was", "not"),
    "havenae": ("have", "not"),
    "willnae": ("will", "not"),
    "wullnae": ("will", "not"),
}
_ILL_BEFORE = frozenset(
    [
        *("be", "get", "go", "have", "never", "just", "probably", "do", "make", "call"),
        *("try", "end", "lose", "not"),
        # Verbs a cue says after "I'll" ("rehearsing what I'll say"): "ill" as sick is
        # an adjective, seldom straight before a verb.
        *("say", "tell", "text", "ring", "stay", "leave", "wait", "see", "eat", "drink"),
        *("take", "sleep", "stop", "skip", "miss", "check", "ask", "pay", "let", "write"),
        *("cook", "walk", "work", "need", "look", "start", "finish", "only", "always"),
    ]
)
# Words that frame a cue rather than name it: "the urge to hide" is about hiding,
# "the failure story" about failing. A grammatical class, like the function words:
# the weights of the words that name a cue are learnt from the client's cue set.
FRAME_WORDS = frozenset(
    [
        "urge",
        "urges",
        "story",
        "stories",
        "impulse",
        "impulses",
        "temptation",
        "tendency",
        "habit",
        "habits",
        "pattern",
        "loop",
    ]
)
# How much each way of meeting a cue's word says about the match, for the score
# a clinician sees beside a tag ("rang" for "calling" is a synonym, 0.8).
_HOW_WEIGHT = {
    "word": 1.0,
    "form": 0.95,
    "typo": 0.85,
    "synonym": 0.8,
    "english": 0.85,
    "english_wordnet": 0.75,
    "thesaurus": 0.75,
    "sound": 0.7,
    # The repository's everyday senses and Spanglish: the cue word's own sense,
    # a little below the word itself.
    "sense": 0.9,
    "derived": 0.9,
    "spanglish": 0.9,
    "anglicism": 0.9,
    # The person's name, from the client's own phrase, for the label's word for them.
    "name": 0.9,
}
# Ways of meeting a word that are looser than the client's own word: a cue is
# never tagged on these alone, and in a longer label they count half.
_LOOSE = frozenset({"synonym", "english_wordnet", "thesaurus"})
# Ways of meeting a word in the client's other language.
_ENGLISH = frozenset({"english", "english_wordnet", "spanglish"})


def _joins_re(word: str) -> bool:
    return word.isalpha() and len(word) >= 3 and word not in FUNCTION_WORDS


def expand_contractions(words: list[str], *, join_re: bool = True) -> list[str]:
    """Contractions as their words ("id" -> "i would"); see :data:`_CONTRACTIONS`.

    ``join_re``: "re read" is "reread" (English); a Spanish "re" apart is "very"
    ("me re peleé", "re cansada") and stays a word of its own."""
    out: list[str] = []
    for i, word in enumerate(words):
        if word == "ill" and i + 1 < len(words) and words[i + 1] in _ILL_BEFORE:
            out.extend(("i", "will"))
        elif join_re and word == "re" and i + 1 < len(words) and _joins_re(words[i + 1]):
            continue  # "re read" is "reread": joined below
        elif join_re and i and words[i - 1] == "re" and _joins_re(word):
            out.append("re" + word)
        else:
            out.extend(_CONTRACTIONS.get(word, (word,)))
    return out


# A cue word's WordNet reading, per language read with: a worker compiles the same
# clients' cue sets again and again (the single-job path compiles per text).
_RICH: dict[tuple[tuple[str, ...], str, int], _Term] = {}
_RICH_MAX = 50_000


class _Reading:
    """The lexicons a matcher reads with, merged where a word list is a union."""

    def __init__(self, lexicons: tuple[Lexicon, ...]) -> None:
        self.lexicons = lexicons
        self.function_words = frozenset().union(*(lex.function_words for lex in lexicons))
        # "not" comes from a contraction ("couldnt" -> "could not"): vague on its own.
        self.weak_words = frozenset({"not"}).union(*(lex.weak_words for lex in lexicons))
        self.context_words = frozenset().union(*(lex.context_words for lex in lexicons))
        self.small_words = self.function_words | self.weak_words
        self.articles = frozenset().union(*(lex.articles for lex in lexicons))
        # The client's own language's grammar of negation and of who acted.
        own = lexicons[0]
        self.negations = own.negations
        self.see_through = own.see_through
        self.object_links = own.object_links
        self.existentials = own.existentials
        self.object_pronouns = own.object_pronouns
        self.others_did = own.others_did
        self.determiners = own.determiners
        self.describing = own.describing
        # The client's own language's shorthand wins a clash ("x" is "por" in Spanish).
        self.shorthand: dict[str, str] = {}
        for lexicon in reversed(lexicons):
            self.shorthand.update(lexicon.shorthand)

    def tokens(self, text: str) -> list[str]:
        join_re = self.lexicons[0].language != "es"
        return expand_contractions(tokens(text, self.shorthand), join_re=join_re)

    def term(self, word: str) -> _Term:
        stems = tuple(lex.stem(word) for lex in self.lexicons)
        lexicon = self.lexicons[0]
        if lexicon.language != "es":
            return _Term(word, stems, sound_key(word))
        root = family(word)
        # The verbs Spanish makes of a noun or adjective with "a-" or "en-"
        # ("asustarse" of "susto", "anudado" of "nudo"), never of a verb.
        made = () if lexicon.infinitive(word) else tuple(p + root for p in made_with(root))
        return _Term(
            word,
            stems,
            sound_key(word),
            root=root if root != stems[0] else "",
            made=made,
            kin=kin(word),
            turned=turned_stems(word, stems[0]) if lexicon.infinitive(word) else (),
            raised=raised_stems(word) if lexicon.infinitive(word) else (),
        )

    def rich_term(self, word: str, avoid: frozenset[str]) -> _Term:
        """A cue's word with its lemmas, derived forms, synonyms and spellings.

        ``avoid``: the client's other cue words, never taken as a synonym (a
        synonym that names another of the client's cues would blur the two).
        """
        data = wordnet()
        key = (tuple(lex.language for lex in self.lexicons), word, id(data))
        term = _RICH.get(key)
        if term is None:
            if len(_RICH) > _RICH_MAX:
                _RICH.clear()
            term = _RICH[key] = self._rich(word)
        if not (term.synonyms & avoid or term.forms & avoid or term.senses):
            return term
        if term.senses:
            # Nor a sense-mate that is another cue's word, in any form of it.
            stem = self.lexicons[0].stem
            others = {lemma for w in avoid for lemma in lemma_candidates(w)}
            term = dataclasses.replace(
                term,
                senses=frozenset(w for w in term.senses if w not in others),
                sense_stems=term.sense_stems - {stem(w) for w in avoid},
            )
        return dataclasses.replace(term, synonyms=term.synonyms - avoid, forms=term.forms - avoid)

    def _rich(self, word: str) -> _Term:
        term = self._across(self.term(word))
        data = wordnet()
        if data is None:
            return term
        lemmas = data.base_forms(word) | {word}
        related = data.related(word)

        def wanted(other: str) -> bool:
            return (
                len(other) > 2
                and other not in self.function_words
                and other not in self.weak_words
                and other not in lemmas
            )

        multi = tuple(
            tuple(s.split())
            for s in related.synonyms
            if " " in s and not set(s.split()) <= self.function_words
        )
        return dataclasses.replace(
            term,
            lemmas=frozenset(lemmas),
            forms=frozenset(f for f in related.forms if wanted(f)),
            synonyms=frozenset(s for s in related.synonyms if " " not in s and wanted(s)),
            multi=multi,
            spellings=_spellings(lemmas | {word}),
        )

    def _across(self, term: _Term) -> _Term:
        """``term`` with the English words and synonyms its language's sources give."""
        lexicon = self.lexicons[0]
        if lexicon.related is None or term.surface in self.small_words:
            return term
        found = lexicon.related(term.surface)

        def usable(english: frozenset[str]) -> frozenset[str]:
            # "go", "get", "look" are everywhere: never evidence of one cue.
            return frozenset(w for w in english if len(w) > 2 and w not in self.small_words)

        stems = {w: lexicon.stem(w) for w in found.senses}
        return dataclasses.replace(
            term,
            english=usable(found.english),
            english_wordnet=usable(found.english_wordnet - found.english),
            synonym_stems=frozenset(lexicon.stem(w) for w in found.synonyms) - {term.stems[0]},
            senses=found.senses,
            # A short stem is many words' ("pel": "pelea", "pelo"): those meet by lemma.
            sense_stems=frozenset(s for s in stems.values() if len(s) >= _SENSE_STEM_MIN)
            - {term.stems[0]},
            sense_runs=found.sense_runs,
            # Read as the text's words are: "mom" is spelt "mum" once read.
            spanglish=frozenset(self.shorthand.get(w, w) for w in found.spanglish),
            spanglish_runs=tuple(
                tuple(" ".join(self.shorthand.get(w, w) for w in run).split())
                for run in found.spanglish_runs
            ),
        )

    def terms(self, words: Iterable[str]) -> tuple[_Term, ...]:
        unique: dict[str, _Term] = {}
        for word in words:
            term = self.term(word)
            unique.setdefault(term.stems[0], term)
        return tuple(unique.values())

    def content(self, words: list[str]) -> list[str]:
        return [w for w in words if w not in self.function_words and w not in self.weak_words]

    def label_terms(self, label: str) -> tuple[_Term, ...]:
        words = self.tokens(label)
        content = self.content(words)
        if _done_to_me_alone(words, content):
            # "cuando me ignoran": the "me" makes it specific, and the noticing must say
            # it done to the client (_said_done_to_me); "cuando" is no word to look for.
            return self.terms(content)
        if not content or (len(content) < 2 and self.lexicons[0].language != "en"):
            # "sentir que todos me miran": "miran" alone is any look ("mi hija me
            # mira"); the vague words make a thin label specific, as in a phrase.
            # (English labels are read as their sets were measured: one word will do.)
            content = [w for w in words if w not in self.function_words] or words
        return self.terms(content)

    def phrase_terms(self, phrase: str) -> tuple[_Term, ...]:
        words = self.tokens(phrase)
        content = self.content(words)
        if len(content) < 2:
            # "got off early": the vague words are what make it specific.
            content = [w for w in words if w not in self.function_words]
        return self.terms(content or words)

    def moment_place(self, label: str) -> _Term | None:
        """Where a Spanish label puts its named moment ("el nudo en la panza al
        pagar": "panza"), when it says so with "en"."""
        words = self.tokens(label)
        if self.lexicons[0].language != "es" or not self.named_moment(label) or words[2] != "en":
            return None
        place = [w for w in words[3:] if w not in self.articles and w not in _POSSESSIVES]
        if not place or place[0] in self.small_words:
            return None
        return self.rich_term(place[0], frozenset())  # "en la barriga" is there too

    def named_moment(self, label: str) -> _Term | None:
        """The one word that names the moment in a label such as "the spiral before bed".

        A clinician who writes an article, one word and then when it happens has
        given the moment a name; the client saying that word ("started to
        spiral") is talking about it. Labels that describe an action ("eating in
        the car", "freezing up in meetings") have no such name: "freezing cold"
        is not the moment.
        """
        words = self.tokens(label)
        if (
            len(words) >= 3
            and words[0] in self.articles
            and words[1] in self.content(words[1:2])
            and words[2] in self.context_words
        ):
            return self.term(words[1])
        return None


@dataclass(frozen=True)
class _Term:
    """One word a cue needs: its normalised surface form, its stem in each lexicon
    read with, and its sound."""

    surface: str
    stems: tuple[str, ...]
    sound: str
    # From WordNet (empty without it): base forms, derived forms ("fail" for
    # "failure"), one-word and several-word synonyms, and inflected spellings
    # that a typo is measured against ("called" for "calling").
    lemmas: frozenset[str] = frozenset()
    forms: frozenset[str] = frozenset()
    synonyms: frozenset[str] = frozenset()
    multi: tuple[tuple[str, ...], ...] = ()
    spellings: frozenset[str] = frozenset()
    # From the client's language's own sources (Spanish: FreeDict, WordNet and
    # the thesaurus): English words for it, FreeDict's and their WordNet
    # sense-mates, and the stems of its confirmed synonyms in that language.
    english: frozenset[str] = frozenset()
    english_wordnet: frozenset[str] = frozenset()
    synonym_stems: frozenset[str] = frozenset()
    # The repository's catalogues (:mod:`.synonyms_es`): the words of the cue
    # word's everyday senses, their stems, those of several words, and the
    # English written for it inside the language.
    senses: frozenset[str] = frozenset()
    sense_stems: frozenset[str] = frozenset()
    sense_runs: tuple[tuple[str, ...], ...] = ()
    spanglish: frozenset[str] = frozenset()
    spanglish_runs: tuple[tuple[str, ...], ...] = ()
    # The root the word shares with its family's other parts of speech, when it
    # is not its stem ("cel" of "celosa"; Spanish): see :func:`~.spanish.family`.
    root: str = ""
    # The roots of the verbs made of the word with a prefix ("asust" of "susto").
    made: tuple[str, ...] = ()
    # The stems of its family's words the stemmer leaves apart ("llant" of
    # "llanto" for "llorar"; Spanish): see :func:`~.spanish.kin`.
    kin: frozenset[str] = frozenset()
    # A verb's stems with its stressed vowel turned ("encierr" of "encerrar",
    # "acuest" of "acostar"; Spanish): see :func:`~.spanish.turned_stems`.
    turned: tuple[str, ...] = ()
    # An "-ir" verb's stem with its vowel raised ("pid" of "pedir"; Spanish): see
    # :func:`~.spanish.raised_stems`.
    raised: tuple[str, ...] = ()


def _spellings(lemmas: Iterable[str]) -> frozenset[str]:
    """Regular inflections of each lemma: a typo is one edit from one of these."""
    out: set[str] = set()
    for lemma in lemmas:
        out.update((lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "er"))
        if lemma.endswith("e"):
            out.update((lemma + "d", lemma[:-1] + "ing"))
        if lemma.endswith("y"):
            out.update((lemma[:-1] + "ied", lemma[:-1] + "ies"))
        if len(lemma) >= 3 and lemma[-1] not in _VOWELS and lemma[-2] in _VOWELS:
            out.update((lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"))
    return frozenset(out)


def _short_typo(word: str, form: str) -> bool:
    """The short-word rule: ``word`` is four-letter ``form`` with one vowel left
    out ("lck"), one letter doubled ("gymm") or two letters swapped ("lzay"), first
    letter kept."""
    if word[0] != form[0]:
        return False
    if len(word) == len(form) - 1:
        return any(
            form[i] in _VOWELS and form[:i] + form[i + 1 :] == word for i in range(1, len(form))
        )
    if len(word) == len(form) + 1:
        return any(
            word[i] == word[i - 1] and word[:i] + word[i + 1 :] == form for i in range(1, len(word))
        )
    # Two neighbouring letters swapped after the first ("lzay", "drak"): the word is
    # no word (only unknown words are measured), so not "form" for "from".
    return len(word) == len(form) and _swapped(word, form)


def _vowels_left_out(word: str, form: str) -> bool:
    """``word`` is ``form`` typed without its vowels ("hldng" for "holding"): five
    letters or more, all of them the form's consonants in order."""
    if len(word) < _SKELETON_MIN_LENGTH or not _VOWELS.isdisjoint(word):
        return False
    skeleton = "".join(letter for letter in form if letter not in _VOWELS)
    return skeleton == word and len(skeleton) < len(form)


# A longer label is rarely repeated whole: two thirds of its words, by weight, will do.
_LONG_LABEL_SHARE = 2 / 3
_SYNONYM_SHARE = 0.5


@dataclass
class _CompiledCue:
    label: str
    label_terms: tuple[_Term, ...]
    named_moment: _Term | None
    # The label's words as the noticing's are read ("solo", a function word, included).
    label_words: tuple[str, ...]
    phrases: tuple[tuple[str, tuple[_Term, ...]], ...]
    hashtag_slugs: frozenset[str]
    vocabulary: _Noticing
    # Label words the client uses in several cues: they do not identify this one,
    # so a short label is met by its other words alone (learnt from the cue set).
    shared: frozenset[str] = frozenset()
    weights: tuple[float, ...] = ()
    # The verb a label is led by ("castigar a mi hijo de más"), when it is long
    # and in no other of the client's cues: said in any form, it names the cue.
    head: int | None = None
    # The label starts with its verb ("revisar el celular de mi novio"): it names
    # the client's own action, so the verb must be there (not someone else's).
    verb_led: bool = False
    # Which label terms are verbs ("callarme", "pelear"): a long label led by a verb
    # needs one of them.
    verbs: tuple[int, ...] = ()
    # An English label led by the client's doing, said as a gerund ("fighting with my
    # ex", "staring at the liquor store"): that term. None for other labels.
    gerund: int | None = None
    # Its terms that say a doing (:func:`_doings`); empty unless ``gerund`` is set.
    doings: tuple[int, ...] = ()
    # The label says "no" itself ("no poder dormir"): a negated word still meets it.
    negative: bool = False
    # The label's "no" is a word said, not a negation: "decir que no a mis hermanos".
    says_no: bool = False
    # The label term done to the client, "me" before it ("cuando mi jefe me grita": the
    # term of "grita"); None for most labels.
    done_to_me: int | None = None
    # "cuando mi esposa no contesta": the term of the verb a moment's "no" is said of.
    not_done: int | None = None
    negative_phrases: frozenset[str] = frozenset()
    # Which label terms say when the cue happens ("cada mañana", "de noche"): the
    # rest says what it is. Spanish only (:data:`~.spanish.TIME_WORDS`).
    circumstance: tuple[int, ...] = ()
    # Where a Spanish label's named moment is ("el nudo en la panza": "panza").
    moment_place: _Term | None = None
    # Several label words the sense catalogue lists as one member ("tarjeta de
    # crédito", "en rojo"): the label terms they are and the member as a term, whose
    # sense-mates ("plástico", "sobregirado") meet those terms together. Spanish only.
    runs: tuple[tuple[tuple[int, ...], _Term], ...] = ()
    # The name a label gives a person ("mi yerno Fabián", "my brother Tom"): said alone,
    # it names the cue ("vino Fabián a pedir plata").
    named_person: _Term | None = None
    # Phrases that are a name or a nickname alone ("el Fabi", "Lucho").
    name_phrases: frozenset[str] = frozenset()
    # The name the cue's phrases give the one person the label names by who they are
    # ("cuando mi nieto no me hace caso" with "cuando el Brayan me contesta feo"): the
    # label's term for that person and the name. Said, the name stands for the word.
    phrase_name: tuple[int, _Term] | None = None
    # Who that person is to the client, compiled as a label of its own ("mi cuñado" of
    # "mi cuñado Chepe"): said of the client's own ("el marido de mi hermana"), it is
    # that person too.
    relation: _CompiledCue | None = None
    # The label is who someone is to the client and nothing else ("mi vieja", "my boss"):
    # met only when said of the client's own ("la vieja del kiosco" is another).
    person_only: bool = False
    # The part of the body a sensation's label starts with ("la guata apretada", "the
    # tight chest"... "la cabeza que me explota"): said again, alone, it is the sensation.
    body_part: str | None = None


def _swapped(word: str, target: str) -> bool:
    """True when ``word`` is ``target`` with two neighbouring letters swapped."""
    if len(word) != len(target) or word == target:
        return False
    differ = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and word[differ[0]] == target[differ[1]]
        and word[differ[1]] == target[differ[0]]
    )


class _Noticing:
    """The words of one noticing, indexed for the term tests.

    Stemming costs tens of microseconds a word, so words are grouped by their
    first two letters and only a group a cue word could meet is stemmed: a
    long message costs little more than a short one. Each lexicon read with
    groups and stems on its own (its irregular forms map to its own bases).
    """

    __slots__ = (
        "_bases",
        "_by_initial",
        "_by_start",
        "_english",
        "_lemmas",
        "_parted",
        "_positions",
        "_reading",
        "_roots",
        "_roots_of",
        "_slips",
        "_sounds",
        "_stemmed",
        "_unknown",
        "alone",
        "names",
        "openers",
        "spoken",
        "surfaces",
        "text",
        "words",
    )

    def __init__(
        self,
        words: list[str],
        reading: _Reading,
        *,
        spoken: bool = False,
        names: frozenset[str] = frozenset(),
        openers: frozenset[str] = frozenset(),
        alone: frozenset[str] = frozenset(),
        text: str = "",
    ) -> None:
        self.words = words
        # As written, for what the words lose: the punctuation between them.
        self.text = text
        self._parted: frozenset[tuple[str, str]] | None = None
        # The words that are a sentence of their own ("Mandíbula. Toda la tarde.").
        self.alone = alone
        # The words written with a capital inside a sentence: someone's name ("mi cuñado
        # Toño"), read as the words are; and those opening one as a name ("Rafa, cómo no").
        self.names = names
        self.openers = openers
        self._reading = reading
        self.surfaces = set(words)
        # Adjacent words joined, so "doom scrolling" meets "doomscrolling".
        self.surfaces.update(a + b for a, b in itertools.pairwise(words))
        content = set(words) - reading.function_words
        self._by_start: list[dict[str, set[str]]] = []
        for lexicon in reading.lexicons:
            by_start: dict[str, set[str]] = {}
            for word in content:
                by_start.setdefault(lexicon.irregular.get(word, word)[:2], set()).add(word)
                if lexicon.language == "es" and word.startswith("re") and len(word) >= 6:
                    # "resubí" is stemmed as "subí": looked for among the "su" words too.
                    by_start.setdefault(word[2:4], set()).add(word)
            self._by_start.append(by_start)
        self._by_initial: dict[str, list[str]] = {}
        for word in self.surfaces:
            # Joined pairs too: "for man" is one typo away from "foreman".
            if len(word) >= _SHORT_MIN_LENGTH - 1 and word not in reading.function_words:
                self._by_initial.setdefault(word[0], []).append(word)
        self._stemmed: dict[tuple[int, str], dict[str, str]] = {}
        self._bases: dict[str, str] | None = None
        self._english: dict[str, str] | None = None
        self._lemmas: dict[str, str] | None = None
        self._roots: dict[str, str] | None = None
        self._roots_of: dict[str, str] | None = None
        self._positions: dict[str, list[int]] | None = None
        self._unknown: dict[str, list[str]] | None = None
        self._slips: dict[str, list[str]] | None = None
        self.spoken = spoken
        self._sounds: frozenset[str] | None = None

    @property
    def parted(self) -> frozenset[tuple[str, str]]:
        """Words written side by side with a comma, a dash or a stop between them: "my
        boss, replayed the conversation" has no subject before "replayed"."""
        if self._parted is None:
            self._parted = _parted_in(self.text, self._reading)
        return self._parted

    def _stems(self, index: int, start: str) -> dict[str, str]:
        """Stems of the words starting ``start``, each with a word it came from."""
        # Function words only ever match by surface, so they are never stemmed.
        stems = self._stemmed.get((index, start))
        if stems is None:
            lexicon = self._reading.lexicons[index]
            stems = {}
            for word in self._by_start[index].get(start, ()):
                stems[lexicon.stem(word)] = word
                if lexicon.language == "es" and word.startswith("re") and word[2:4] == start:
                    # "retemblaban" is a listed word of its own; its "re-" still says
                    # "temblaban", harder.
                    stems.setdefault(lexicon.stem(word[2:]), word)
            self._stemmed[(index, start)] = stems
        return stems

    def bases(self) -> dict[str, str]:
        """Every content word and its WordNet base forms, each with the word it came
        from; a word after "re" counts too ("rechecked" holds "check"), and one after
        "over", "mis" ... where it says that verb ("overthinking" holds "think")."""
        if self._bases is None:
            found: dict[str, str] = {}
            for word in self.words:
                if word in self._reading.function_words:
                    continue
                found.setdefault(word, word)
                for base in base_forms(word):
                    found.setdefault(base, word)
                if word.startswith("re") and len(word) >= 6:
                    for base in base_forms(word[2:]) | {word[2:]}:
                        found.setdefault(base, word)
                for base in unprefixed(word):
                    found.setdefault(base, word)
            self._bases = found
        return self._bases

    def places(self, word: str) -> list[int]:
        """Where the noticing says ``word``."""
        return self._places(word)

    def _seen_in(self, at: int) -> bool:
        """True when the words from ``at`` (articles apart) name where others' acts are
        seen or heard: "la tele", "la calle"."""
        rest = [w for w in self.words[at : at + 2] if w not in _SAID_BEFORE_A_TIME]
        return bool(rest) and rest[0] in _SEEN_IN

    def _light_verb_fits(self, at: int, done_to_me: bool) -> bool:
        """True when the light verb at ``at`` ("pegué", "me dio") is the client's own
        act ("le pegué un grito") or, for an act done to the client, someone else's done
        to them ("me pegó unos gritos"); "me di un atracón" is neither for "cuando me
        gritan"."""
        to_me = at >= 1 and self.words[at - 1] == "me"
        if done_to_me:
            return to_me and self.words[at] not in _LIGHT_VERBS_MY_PAST
        return not to_me and self.words[at] in _LIGHT_VERBS_MINE

    def names_an_act(self, at: int, done_to_me: bool) -> bool:
        """True when the word at ``at`` is said as the name of an act (after "otra",
        "mis", "puro", "de"...) and nobody else's: not after "su" or "tu", nor followed
        by "de" and someone ("los gritos de mi vecino"; "de hoy" says when). An act done
        to the client is not theirs: "mis gritos" is no "cuando me gritan"."""
        words = self.words
        before = words[at - 1] if at else ""
        if before not in _NAMING_AN_ACT or before in _ANOTHERS:
            return False
        if at >= 2 and words[at - 2] in _ACT_LIGHT_VERBS:
            # "pegar un grito", "echar una bronca": the act is the light verb's subject's.
            return self._light_verb_fits(at - 2, done_to_me)
        if at >= 2 and (
            words[at - 2] not in _BEFORE_AN_ACT_NAMED or (done_to_me and words[at - 2] in _HAVING)
        ):
            # The noun is another verb's object: "me subió la presión", "me tocó el peor
            # turno".
            return False
        if done_to_me and before in _POSSESSIVES:
            return False
        if at + 1 < len(words) and words[at + 1] in _OTHERS_ACT_AFTER:
            return False  # "una pelea entre dos niños", "una visita inesperada"
        if at + 1 < len(words) and words[at + 1] == "en" and self._seen_in(at + 2):
            return False  # "los gritos en la calle", "la discusión en la tele"
        if at + 1 < len(words) and words[at + 1] in ("de", "del"):
            after = at + 2
            while after < len(words) and words[after] in _SAID_BEFORE_A_TIME:
                after += 1
            return after < len(words) and words[after] in _WHEN_AFTER_DE
        return True

    def another_of_its_kind(self, word: str, own: frozenset[str] | set[str]) -> bool:
        """True when every mention of ``word`` is of another one of its kind: after "un"
        or "una", and said to be of something the cue never names ("un taller de
        cerámica" for "el taller de mi padre", "un grupo de WhatsApp de corredores" for
        "el grupo de WhatsApp de la familia"). ``own`` holds the cue's words."""
        places = self._places(word)
        return bool(places) and all(self._another_at(at, own) for at in places)

    def _another_at(self, at: int, own: frozenset[str] | set[str]) -> bool:
        if at == 0 or self.words[at - 1] not in _INDEFINITE_ES:
            return False
        words, i = self.words, at + 1
        while i + 1 < len(words) and words[i] in ("de", "del"):
            i += 1
            if words[i] in _ARTICLES_BEFORE_NAMES and i + 1 < len(words):
                i += 1  # "de la familia", "de mi padre"
            if words[i].isdigit() or words[i] in _HOW_MUCH_ES:
                return False  # "una pelea de novela", "una deuda de 3000": how much, not which
            if not any(_one_word_loosely(words[i], word) for word in own):
                return True
            i += 1
        return False

    def again(self, part: str) -> bool:
        """True when a part of the body is named alone, with its article, and said to be
        back: "otra vez la cabeza", "la guata de nuevo", "the chest again"; or opening the
        message, back ("Guata otra vez"), or as a sentence of its own ("Mandíbula."); not "me lavé
        la cabeza otra vez" (a verb leads it), "la cabeza de ajo", "el pecho del bebé"
        (whose or what), "el corazón roto", "la cabeza en las nubes" (said of something
        else), nor "de nuevo pecho en el gym" (no article)."""
        words = self.words
        if self.surfaces & _OTHER_SENSES_OF_A_PART:
            return False  # "Pecho otra vez en el gym", "la garganta otra vez, la gripa"
        if part in self.alone:
            return True  # "Mandíbula. Toda la tarde."
        for at in self.places(part):
            if not at and any(
                tuple(words[1 : 1 + len(again)]) == again
                and self._ends_the_mention(words[1 + len(again) : 3 + len(again)])
                for again in _AGAIN
            ):
                return True  # "Guata otra vez, desde temprano"
            if not at or words[at - 1] not in _ARTICLES_BEFORE_NAMES:
                continue
            start = at - 1
            before = words[start - 1] if start else ""
            for again in _AGAIN:
                size = len(again)
                if (
                    tuple(words[start - size : start]) == again
                    and (start - size == 0 or words[start - size - 1] in _STARTS_A_CLAUSE)
                    and self._ends_the_mention(words[at + 1 : at + 3])
                ):
                    return True
                if (
                    tuple(words[at + 1 : at + 1 + size]) == again
                    and before in _STARTS_A_CLAUSE
                    and self._ends_the_mention(words[at + 1 + size : at + 3 + size])
                ):
                    return True
        return False

    @staticmethod
    def _ends_the_mention(after: list[str]) -> bool:
        """True when nothing after a part of the body says whose or what it is: the text
        ends, or goes on with a word of when or a new clause."""
        first = after[0] if after else ""
        if first in ("de", "del", "of") and after[1:2] != ["nuevo"]:
            return False
        if first in ("en", "in", "con", "with") or after[:2] == ["somewhere", "else"]:
            return False
        return first == "" or first in _AFTER_A_SENSATION

    def the_clients_own(self, said: str, name: str = "") -> bool:
        """True when ``said`` (a relation, one word or several) is said of the client's
        own: "mi cuñado", "el marido de mi hermana", "la jefa de piso", "our boss"; not
        "su cuñado", "mi ex cuñado", "el cuñado de mi amiga", "mi cuñado Toño" (``name``,
        the label's own, apart), "mi cuñado de parte de mi esposa"."""
        for at, size in self._runs_of(said):
            before = self.words[at - 1] if at else ""
            after = self.words[at + size : at + size + 3]
            if before not in _THE_CLIENTS and not (at == 0 and size > 1):
                continue
            if self._someone_else_after(after, name) or (
                said in _SAID_BEFORE_A_NOUN
                and after[:1]
                and after[0] not in self._reading.function_words
            ):
                continue  # "mi ex trabajo", "mi vieja computadora": a thing, no one
            return True
        return False

    def _runs_of(self, said: str) -> list[tuple[int, int]]:
        """Where ``said`` stands, as its words or two words joined ("ex marido" for
        "exmarido"): (start, number of words)."""
        run = said.split()
        found = [
            (at, len(run))
            for at in range(len(self.words) - len(run) + 1)
            if self.words[at : at + len(run)] == run
        ]
        if not found and len(run) == 1:
            found = [
                (at, 2)
                for at in range(len(self.words) - 1)
                if self.words[at] + self.words[at + 1] == said
            ]
        return found

    def _someone_else_after(self, after: list[str], name: str) -> bool:
        """True when the words after a relation place it with another person: whose it
        is ("de mi amiga", "del vecino"), which one ("el de Tampa", "de parte de mi
        esposa", "nueva", "político", "in law"), or another name ("Toño")."""
        first = after[0] if after else ""
        if first in _ANOTHER_KIND or after[:2] == ["in", "law"] or after[:2] == ["de", "parte"]:
            return True
        if first in ("de", "del", "of") and (
            first == "del"
            or (len(after) > 1 and (after[1] in _WHOSE_AFTER_DE or after[1] in self.names))
        ):
            return True  # "el cuñado de mi amiga", "el cuñado de Marta"
        if first in ("el", "la") and after[1:2] in (["de"], ["del"], ["que"]):
            return True  # "mi sobrino el de Tampa"
        named = after[1] if first in ("el", "la") and len(after) > 1 else first
        return bool(named) and named in self.names and named != name

    def verb_before(self, at: int) -> bool:
        """True when the word before ``at`` (articles and pronouns apart) is a verb
        the client conjugated: a gerund ("chusmeando") or a first person past
        ("esculqué", written "esculque")."""
        reading = self._reading
        i = at - 1
        while i >= 0 and (
            self.words[i] in reading.function_words
            or self.words[i] in _QUANTIFIERS
            or self.words[i].isdigit()
        ):
            i -= 1  # "me eché otras dos pastillas": how many comes between
        if i < 0 or self.words[i] in reading.small_words:
            return False
        return self.words[i].endswith(_CONJUGATED) and self.words[i].isalpha()

    def _places(self, word: str) -> list[int]:
        if self._positions is None:
            positions: dict[str, list[int]] = {}
            for i, each in enumerate(self.words):
                positions.setdefault(each, []).append(i)
            self._positions = positions
        return self._positions.get(word, [])

    @property
    def negations(self) -> frozenset[str]:
        return self._reading.negations

    @property
    def existentials(self) -> frozenset[str]:
        return self._reading.existentials

    def negated(self, word: str) -> bool:
        """True when every time the noticing says ``word`` it is negated: "no me
        corrigió", "no hubo pelea", "ni me acordé de la junta". A negation reaches
        across pronouns, auxiliaries, articles and one more word (the negated verb).
        Never for a language without negation words (English is read as before)."""
        negations = self._reading.negations
        places = self._places(word.split(" ", 1)[0])  # several words: by the first
        if not negations or not places:
            return False
        return all(self._negated_at(i) for i in places)

    def _negated_at(self, at: int) -> bool:
        words, reading = self.words, self._reading
        if self._cannot_do(at):
            return False
        i = at - 1
        while i >= 0 and words[i] in reading.object_links:
            i -= 1  # "de la" before "junta"
        if i >= 1 and words[i] in _NEW_CLAUSE and words[i - 1] in _KNOWING:
            return False  # "no sé dónde esconderlas": the "no" is the knowing's
        if i >= 0 and words[i] not in reading.see_through and words[i] not in reading.negations:
            if words[i].startswith(_BEARING):
                return False  # "ya no aguanto el dolor": the pain is there
            i -= 1  # the negated verb ("acordé"), when the word is its object
        return self.negation_before(i + 1)

    def _cannot_do(self, at: int) -> bool:
        """True when the word at ``at`` is an infinitive after a verb of knowing how
        or daring ("no sé llenarlos", "no me animo a estacionar"): a "no" before them
        says the client struggles with it, which is the cue, not that it was not so."""
        if at == 0:
            return False
        infinitive = self._reading.lexicons[0].infinitive(self.words[at])
        before = self.words[at - 1]
        if before == "a" and at >= 2:
            # Only a verb follows "me animo a", "me atrevo a": one typed with a
            # slip ("no me animo a estacionr") is read as the verb it is.
            return self.words[at - 2] in _DARING or (infinitive and self.words[at - 2] in _ABLE)
        return infinitive and before in _ABLE

    def negation_before(self, at: int, *, modals: bool = False) -> bool:
        """True when a negation stands right before ``at``, pronouns and auxiliaries
        apart ("no me", "no hubo"); "no entré, lo evité" does not negate "evité".
        ``modals``: as a label's "no" + verb is said: vague verbs in between too ("no
        pude dormir"), but no "hubo" ("no hubo pelea" is no fight, not not fighting)."""
        reading = self._reading
        i = at - 1
        while i >= 0 and (
            (
                self.words[i] in reading.see_through
                and not (modals and self.words[i] in reading.existentials)
            )
            or (modals and self.words[i] in reading.weak_words)
            # "no voy a ir a verla": "a" after a vague verb ("ir a", "empezar a").
            or (modals and self.words[i] == "a" and i and self.words[i - 1] in reading.weak_words)
        ):
            i -= 1
        return i >= 0 and self.words[i] in self._reading.negations

    def without(self, word: str) -> bool:
        """True when the noticing says ``word`` right after "sin" ("sin contestarme"):
        Spanish says a verb not done so, as a label's "no" + verb ("no contesta")."""
        first = word.split(" ", 1)[0]
        return any(i and self.words[i - 1] == "sin" for i in self._places(first))

    def negates(self, word: str) -> bool:
        """True when the noticing says ``word`` right after a negation ("para no
        pelearnos"), as a label's "no" + verb is said."""
        first = word.split(" ", 1)[0]  # several words: by the first
        return any(self.negation_before(i, modals=True) for i in self._places(first))

    def with_its_pronoun(self, term: _Term, hit: tuple[str, str]) -> bool:
        """True unless ``term`` is a verb that starts with a vowel and carries its
        pronoun ("echarme", "usarlo") met by a form said without it: "me eché dos
        caguamas", "me la eché", "lo usé" are the client's; "le eché gasolina", "echó
        la culpa" are not. Spanish; other verbs are read as before."""
        if self._reading.lexicons[0].language != "es" or hit[0] not in ("word", "form"):
            return True
        pronoun = pronoun_carried(term.surface)
        if pronoun is None or hit[1].endswith(pronoun):
            return True
        kin = _SAME_PRONOUN.get(pronoun, frozenset({pronoun}))
        for at in self._places(hit[1].split(" ", 1)[0]):
            before = self.words[max(0, at - 2) : at]
            if before[-1:] and before[-1] in kin:
                return True
            if len(before) == 2 and before[0] in kin and before[1] in _OBJECT_PRONOUNS:
                return True  # "me la eché"
            if self._climbed_to_its_helper(at, kin):
                return True
        return False

    def _climbed_to_its_helper(self, at: int, kin: frozenset[str]) -> bool:
        """True when the infinitive or gerund at ``at`` has its pronoun before the verb that
        carries it, as Spanish allows: "me voy a echar", "me volví a echar", "me tengo que
        echar", "me quiero echar", "me estoy echando"."""
        if not self.words[at].endswith(_CLIMBED_FROM):
            return False
        i = at - 1
        if i >= 0 and self.words[i] in _HELPER_LINKS:
            i -= 1
        return i >= 1 and self.words[i] not in _OBJECT_PRONOUNS and self.words[i - 1] in kin

    def none_there(self, word: str) -> bool:
        """True when the noticing says there is none of ``word``, as a label's "no hay"
        is said: "no hay venta", "no hubo ni una venta", "no ha habido venta",
        "todavía no hay nada de venta". Only a negation right before the
        "hay": "no sé, hay venta mañana" and "no puedo, hay mucho trabajo" have one."""
        reading = self._reading
        for at in self._places(word.split(" ", 1)[0]):
            i = at - 1
            while i >= 0 and at - i <= _NONE_THERE_GAP and self.words[i] in _NONE_OF:
                i -= 1  # "ni una", "nada de", "mucha"
            if i >= 1 and self.words[i] == "habido" and self.words[i - 1] in _HAS:
                i -= 1  # "no ha habido"
            if i < 0 or (self.words[i] not in reading.existentials and self.words[i] not in _HAS):
                continue
            i -= 1
            if i >= 0 and self.words[i] in _STILL:
                i -= 1
            if i >= 0 and self.words[i] in reading.negations:
                return True
        return False

    def felt_by_others(self, word: str, named: frozenset[str] = frozenset()) -> bool:
        """True when each time the noticing says ``word`` someone else has it
        ("mi sobrina tiene celos", "a mi hijo le da miedo"; Spanish), unless that
        someone is one of the ``named`` words ("mi pareja anda celosa" for "los
        celos de mi pareja")."""
        if self._reading.lexicons[0].language != "es":
            return False
        places = self._places(word.split(" ", 1)[0])
        return bool(places) and all(self._felt_at(i, named) for i in places)

    def _felt_at(self, at: int, named: frozenset[str]) -> bool:
        i = at
        while i > 0 and self.words[i - 1] in INTENSIFIERS:
            i -= 1  # "es bien miedoso", "está muy preocupado"
        for n in (1, 2):
            if i - n >= 0 and tuple(self.words[i - n : i]) in OTHERS_FEEL:
                return not (i - n > 0 and self.words[i - n - 1] in named)
        # "mi novio estaba sintiendo celos": a feeling's gerund someone named is doing.
        return i > 0 and self.words[i - 1] in _FEELING_GERUNDS and self._someone_else_doing(i - 1)

    @property
    def language(self) -> str:
        return self._reading.lexicons[0].language

    def done_to_another(self, verb: str) -> bool:
        """True when each time the noticing says ``verb`` it is done to someone else:
        "le"/"les" before it, or "al"/"a la" and a name after it ("el gerente regañó
        al nuevo", "le gritó al patojo"), and nothing says it was done to the client
        ("me", "nos", "a mí")."""
        if _TO_ME.search(" ".join(self.words)):
            return False
        first = verb.split(" ", 1)[0]
        places = self._places(first)
        return bool(places) and all(self._object_is_another(at) for at in places)

    def _object_is_another(self, at: int) -> bool:
        before = self.words[max(0, at - 2) : at]
        after = self.words[at + 1 : at + 3]
        if "me" in before or "nos" in before or self.words[at].endswith(("me", "nos")):
            return False
        return bool(
            {"le", "les"}.intersection(before)
            # "a ella la dejan en visto": "la", "lo" right before the verb.
            or self._her_or_him_before(at)
            or (after[:1] == ["al"])
            or (after[:1] == ["a"] and after[1:2] and after[1] not in ("mi", "todos", "todas"))
            # "regañó a mi hermanito": "mi" before a name is someone else's.
            or (after[:2] == ["a", "mi"] and self._someone_named_at(at + 3))
        )

    def _her_or_him_before(self, at: int) -> bool:
        """True when "la", "lo", "las" or "los" before the verb at ``at`` is its object
        ("a ella la dejan en visto", "y lo regañó"): after a pronoun, a joining word or
        at the start; not an article ("echó la cantaleta", "los gritos del capataz")."""
        word = self.words[at]
        if at < 1 or self.words[at - 1] not in _HER_OR_HIM or word.endswith(_NOUN_MADE):
            return False  # "los gritos", "y la regañada que me dio", "la regañiza"
        return at < 2 or self.words[at - 2] in _BEFORE_AN_OBJECT_PRONOUN

    def _someone_named_at(self, at: int) -> bool:
        """True when the word at ``at`` names someone after a possessive ("a mi
        hermanito"): a word, not a time, a joining word or "neta"."""
        if at >= len(self.words):
            return False
        named = self.words[at]
        return (
            named not in self._reading.function_words
            and named not in TIME_WORDS
            and named not in _NOT_SOMEONE
        )

    def contrary_said(self, label_words: tuple[str, ...]) -> bool:
        """True when a label word the noticing leaves unsaid has its contrary said
        ("sola" and "con las de mi grupo", "de noche" and "turno de día"; Spanish).
        Read on the label's words, "solo" included, which is no term of its own."""
        if self._reading.lexicons[0].language != "es":
            return False
        text = " ".join(self.words)
        shift = not SHIFT_WORDS.isdisjoint(label_words)
        for word in label_words:
            if word not in CONTRARIES:
                continue
            kind, contrary = CONTRARIES[word]
            if shift and word in NIGHT_WORDS:
                contrary = DAY_SHIFT
            if re.search(kind, text):
                continue
            found = re.search(contrary, text)
            if found and (word not in SAID_OF or _same_thing(label_words, word, text, found)):
                return True
        return False

    def others_did(self, word: str) -> bool:
        """True when ``word`` is a verb in the third person plural ("revisaron"), or a
        gerund someone named is doing ("mi compa estaba pidiendo otra ronda"; Spanish)."""
        if any(word.endswith(ending) for ending in self._reading.others_did):
            return True
        places = self.places(word)
        if self.language == "en":
            # "my wee brother was hiding under the covers", "mum was checking her group chat".
            return bool(places) and all(self._someone_else_doing_en(at) for at in places)
        return (
            bool(self._reading.others_did)
            and bool(places)
            and all(self._someone_else_doing(at) or self._named_subject_of(at) for at in places)
        )

    def _someone_else_doing_en(self, at: int) -> bool:
        """True when the English gerund at ``at`` follows "was", "is", "were" or "are"
        whose subject, right before it, is someone else the noticing names ("my wee brother
        was hiding"), and the client is not among them ("me and my brother were hiding",
        "we were")."""
        if at < 1:
            return False
        if self.words[at].endswith("ing"):
            if at < 2 or self.words[at - 1] not in _BEING_EN:
                return False
            # The subject stands right before the auxiliary: "dad was yelling again, was
            # hiding under the covers" is the client's hiding after someone else's clause.
            subject = self.words[at - 2]
            if subject not in _SOMEONE_ELSE and subject not in _OTHERS_BEFORE:
                return False
            return _THE_CLIENT_EN.isdisjoint(self.words[max(0, at - 10) : at - 1])
        # A verb said of someone right before it, nothing written between them: "my
        # sister snapped some photos"; not "blocked her, reread our old texts" nor "my
        # sister - snapped at her", nor "we" ("we snapped at each other").
        subject = self.words[at - 1]
        if subject not in _SOMEONE_ELSE_NAMED or (subject, self.words[at]) in self.parted:
            return False
        return _THE_CLIENT_EN.isdisjoint(self.words[max(0, at - 10) : at])

    def to_me(self, word: str) -> bool:
        """True when every time the noticing says ``word`` a "me" comes right before it
        ("me temblaban", "se me trababa")."""
        places = self.places(word)
        return bool(places) and all(at >= 1 and self.words[at - 1] == "me" for at in places)

    def nothing_done_before(self, at: int) -> bool:
        """True when the words before ``at`` are a fragment with no verb but "ser":
        "fueron tres copitas", "otra cervecita", "otra vez callado"; not "había otras
        dos", "se me cayó la copa", "pedí agua en vez de una copa"."""
        return all(word in _FRAGMENT_WORDS or word.isdigit() for word in self.words[:at])

    def owned_after(self, at: int) -> bool:
        """True when the words after ``at`` say whose it is: "la copa de vino de mi papá",
        "era de mi esposo"."""
        text = " ".join(self.words[at:])
        return bool(_WHOSE.search(text))

    def others_did_anything(self) -> bool:
        """True when someone the noticing names is the subject of any of its verbs ("mi
        esposo se tomó tres copas"; Spanish)."""
        return any(self._named_subject_of(at) for at in range(1, len(self.words)))

    def _named_subject_of(self, at: int) -> bool:
        """True when the verb at ``at``, in a form of the third person ("gritó",
        "llora", "se encerró"), follows right after someone the noticing names as its
        subject ("mi hermana les gritó", "mi compañera lloró"); not after a preposition
        ("a mi hermana le grité", "por ella lloro"), nor an object put first and
        taken up again ("el celular lo reviso"), nor when "yo" is said."""
        word = self.words[at]
        if not word.endswith(_THIRD_PERSON_ENDINGS) or word.endswith(_PARTICIPLES) or at < 1:
            return False  # "la peor comparada con los demás" describes
        j = at - 1
        while j >= 0 and at - j <= 2 and self.words[j] in _POSSESSIVES_AND_CLITICS:
            if self.words[j] in _OBJECT_TAKEN_UP:
                return False
            j -= 1  # "se", "les" before the verb
        if j < 0 or "yo" in self.words[max(0, j - 3) : at]:
            return False
        if self.words[j] in _SUBJECT_PRONOUNS:
            return j == 0 or self.words[j - 1] not in _PLACING
        return self._names_someone(j - 1) or self._named_with_whose(j)

    def _named_with_whose(self, end: int) -> bool:
        """True when someone named, then whose or where they are, ends at ``end``: "la
        supervisora de la farmacia del lado", "la maestra de mi nieto"; the subject of the
        verb after it (see :meth:`_named_subject_of`). Only a person's word ("la cuenta
        del banco la estuve revisando" names a thing)."""
        for k in range(end, max(1, end - _WHOSE_REACH) - 1, -1):
            if (
                self.words[k] in ("de", "del")
                and self.words[k - 1] in _PERSON_WORDS
                and self._names_someone(k - 2)
            ):
                return True
        return False

    def _names_someone(self, start: int) -> bool:
        """True when the words at ``start`` and after it name someone: "mi hermana", "el
        gerente"; not "la neta", "la verdad", a time, nor after a preposition."""
        if start < 0 or self.words[start] not in _NAMING:
            return False
        named = self.words[start + 1]
        return (
            named not in self._reading.function_words
            and named not in TIME_WORDS
            and named not in _NOT_SOMEONE
            and (start == 0 or self.words[start - 1] not in _PLACING)
        )

    def _someone_else_doing(self, at: int) -> bool:
        """True when the gerund at ``at`` follows "estaba", "anda", "sigue" ... whose
        subject is someone the noticing names ("mi compa", "el guardia"), not "yo"."""
        word = gerund_without_pronouns(self.words[at])
        if not word.endswith(("ando", "iendo", "yendo")) or at < 3:
            return False
        if self.words[at - 1] in _BEING_ABOUT:
            aux = at - 1
        elif self.words[at - 1] in _POSSESSIVES_AND_CLITICS and self.words[at - 2] in _BEING_ABOUT:
            aux = at - 2
        else:
            return False
        # A pronoun before the auxiliary ("la enfermera me estaba midiendo") is passed by.
        start = aux - 1 if self.words[aux - 1] in _POSSESSIVES_AND_CLITICS else aux
        if "yo" in self.words[max(0, start - 3) : start]:
            return False
        # Someone, not a time or a place: "ayer en la noche me estaba midiendo la presión",
        # "con mi novio ahí estaba sintiendo celos", "con mi bebé me quedaba revisando".
        return any(self._names_someone(i) for i in range(max(0, start - 3), start - 1))

    def other_object(self, verb: str, terms: tuple[_Term, ...]) -> bool:
        """True when each time the noticing says ``verb`` it gives it a direct object
        that is none of ``terms`` ("extraño los tacos" for "extrañar a mi mamá",
        "compare precios" for "compararme con mis compañeros"). A preposition after
        the verb ("comparada con los demás"), a describing word ("un castigo
        exagerado") or nothing means no object of its own."""
        places = self._places(verb)
        if not places or not self._reading.determiners:
            return False
        return all(self._object_after(i, terms) for i in places)

    def _object_after(self, at: int, terms: tuple[_Term, ...]) -> bool:
        reading = self._reading
        verb = self.words[at]
        person = self._person_after(at)
        if person is not None:
            # "le escribí a mi mamá" for "escribirle a mi ex": the one it was done to
            # is named, and is another.
            return not any(_Noticing([person], reading).find(term) for term in terms)
        if (at and self.words[at - 1] in reading.object_pronouns) or any(
            verb.endswith(p) and len(verb) > len(p) + 3 for p in reading.object_pronouns
        ):
            return False  # someone is its object already: "contestarle lo del cliente"
        i = at + 1
        while i < len(self.words) and self.words[i] in reading.determiners:
            if self.words[i] in ("de", "del") and self.words[i - 1] != "lo":
                return False  # "de" opens a complement, not an object ("lo del" does)
            i += 1
        if i >= len(self.words):
            return False
        word = self.words[i]
        if word in reading.small_words or not word.isalpha() or word.endswith(reading.describing):
            return False
        alone = _Noticing([word], reading)
        return not any(alone.find(term) for term in terms)

    def _person_after(self, at: int) -> str | None:
        """The person a verb names with "a" and a possessive right after it ("escribí
        a mi mamá", "le grité a sus hermanos"): the content word after them."""
        words = self.words
        if at + 3 >= len(words) or words[at + 1] != "a" or words[at + 2] not in _POSSESSIVES:
            return None
        word = words[at + 3]
        return word if word.isalpha() and word not in self._reading.small_words else None

    def placed_elsewhere(self, word: str, place: _Term) -> bool:
        """True when each time the noticing says ``word`` it puts it "en" somewhere
        that is not ``place`` ("un nudo en el pelo" for the knot "en la panza")."""
        places = self._places(word.split(" ", 1)[0])
        return bool(places) and all(self._elsewhere_at(i, place) for i in places)

    def _elsewhere_at(self, at: int, place: _Term) -> bool:
        words, articles = self.words, self._reading.articles
        if at + 1 >= len(words) or words[at + 1] != "en":
            return False
        rest = [w for w in words[at + 2 : at + 5] if w not in articles and w not in _POSSESSIVES]
        return bool(rest) and not _Noticing(rest[:1], self._reading).has(place)

    def has(self, term: _Term) -> bool:
        """True when the noticing holds ``term`` as written (typos, inflections, compounds)."""
        return self.find(term) is not None

    def find(self, term: _Term) -> tuple[str, str] | None:
        """How the noticing holds ``term`` ("word", "form", "typo", "synonym") and the
        word that holds it; None when it does not."""
        if term.surface in self.surfaces:
            return "word", term.surface
        spanish = self._reading.lexicons[0].language == "es"
        for index, wanted in enumerate(term.stems):
            stems = self._stems(index, wanted[:2])
            word = stems.get(wanted)
            if word is None and spanish and term.surface[:2] != wanted[:2]:
                # An irregular cue word ("cuenta": "contar", "cont") is grouped by its
                # base; its other forms ("cuentita") by how they are written.
                word = self._stems(index, term.surface[:2]).get(wanted)
            if word is None and len(wanted) >= _PREFIX_MIN_LENGTH:
                # "tighten" for "tight"; the stemmer leaves derived forms apart.
                for stem, each in stems.items():
                    if stem.startswith(wanted) and len(stem) - len(wanted) <= 3:
                        word = each
                        break
            if word is not None:
                # The stemmer joins a Spanish noun's family too ("impulsiva" and
                # "impulso", "hospitalizada" and "hospital"): that is the word said
                # as another part of speech, not a form of it. (A verb said in any
                # form stays a form: "castigos" is the label's "castigar".)
                kin = (
                    spanish
                    and index == 0
                    and not self._reading.lexicons[0].infinitive(term.surface)
                    and another_part_of_speech(word, term.surface)
                )
                return ("derived" if kin else "form"), word
        if spanish:
            derived = self._derived(term)
            if derived:
                # A root spelt anew joins a verb's own forms too ("venció", "venza").
                kin = another_part_of_speech(derived, term.surface)
                return ("derived" if kin else "form"), derived
            turned = self._turned(term) or self._raised(term)
            if turned:
                return "form", turned
            relative = self._kin(term)
            if relative:
                # "aposté" for "apuesta" is the cue word's verb; "apuesto" for
                # "apostar" is a form of the cue word itself.
                kin = another_part_of_speech(relative, term.surface)
                return ("derived" if kin else "form"), relative
        misspelt = self._misspelt(term) or (
            (
                self._misspelt_form(term)
                or self._slipped(term)
                or self._swapped_form(term)
                or self._spelt_by_ear(term)
            )
            if spanish
            else None
        )
        if misspelt:
            return "typo", misspelt
        related = self._related(term) if term.lemmas else None
        if related and related[0] in _LOOSE:
            # A Spanish word that is English too ("metro"): its language's own
            # sources come before a loose English synonym ("subway").
            return self._across(term) or related
        return related or self._across(term)

    def _derived(self, term: _Term) -> str | None:
        """A word of the cue word's family in another part of speech ("celosa" for
        "celos", "culpable" for "culpa", "pulsaciones" for "pulso")."""
        wanted = term.root or term.stems[0]
        if len(wanted) < _FAMILY_MIN:
            return None
        starts = self._by_start[0]
        for root in term.made:
            # A stem starts its word: only the words starting with the made root.
            for word in starts.get(root[:2], ()):
                if word.startswith(root) and family(word) == root and verb_made_from(word, root):
                    return word
        if wanted[:2] not in starts:
            return None
        if self._roots_of is None:
            roots: dict[str, str] = {}
            for group in starts.values():
                for word in group:
                    roots.setdefault(family(word), word)
            self._roots_of = roots
        word = self._roots_of.get(wanted)
        # A root of three letters opens many families: a word that adds more than a
        # short ending to it is another's ("vacaciones" is no "vacía"; "celosa" is "celos"),
        # unless it is a listed bout of the verb ("la fumadera" of "fumar").
        if (
            word is not None
            and len(wanted) <= _SHORT_ROOT
            and len(word) - len(wanted) > 4
            and bout_verb(word) is None
        ):
            return None
        return word

    def _turned(self, term: _Term) -> str | None:
        """A present form whose stressed vowel the verb turns ("me encierro" for
        "encerrarme", "me acuesto" for "acostarme", "miento" for "mentir")."""
        for wanted in term.turned:
            word = self._stems(0, wanted[:2]).get(wanted)
            if word is not None and word.endswith("o") and self._own_verb(word):
                return word
        return None

    def _raised(self, term: _Term) -> str | None:
        """A form whose stem vowel the "-ir" verb raises ("pidiéndole" for "pedir",
        "durmió" for "dormir"); its present "-o" only as the client's own verb
        ("le pido", not "el pido")."""
        for wanted in term.raised:
            for word in self._by_start[0].get(wanted[:2], ()):
                rest = raised_form(word, wanted)
                # "despido", "frío", "visto" are words of their own; "pido", "mido" are not.
                if rest and (rest != "o" or (self._own_verb(word) and not _listed(word))):
                    return word
        return None

    def _own_verb(self, word: str) -> bool:
        """``word`` said as the client's own verb: after a pronoun or an adverb that
        leads one ("me encierro", "le miento", "ya duermo"), never after a preposition or
        an article that makes it a noun ("de acuerdo", "en visto", "el encierro")."""
        return any(at > 0 and self.words[at - 1] in _BEFORE_OWN_VERB for at in self.places(word))

    def _kin(self, term: _Term) -> str | None:
        """A word of the cue word's family that the stemmer leaves apart from it
        ("llanto" for "llorar", "apuestas" for "apostar", "adeudos" for "deudas")."""
        for wanted in sorted(term.kin):
            word = self._stems(0, wanted[:2]).get(wanted)
            if word is not None and in_family_of(word, term.surface):
                return word
        return None

    def _across(self, term: _Term) -> tuple[str, str] | None:
        """The cue word in the client's other language ("fear" for "miedo"), or a
        synonym in its own ("esquivé" for "evitar"), from its language's sources."""
        if term.senses or term.sense_runs:
            word = self._sense(term)
            if word:
                return "sense", word
        if term.spanglish or term.spanglish_runs:
            word = self._spanglish(term)
            if word:
                return "spanglish", word
            word = self._anglicism(term)
            if word:
                return "anglicism", word
        if term.english or term.english_wordnet:
            english = self.english()
            for group, how in (
                (term.english, "english"),
                (term.english_wordnet, "english_wordnet"),
            ):
                common = group & english.keys()
                if common:
                    return how, english[min(common)]
        for wanted in term.synonym_stems:
            stems = self._stems(0, wanted[:2])
            if wanted in stems:
                return "thesaurus", stems[wanted]
        return None

    def across(self, term: _Term) -> tuple[str, str] | None:
        """``term`` met by its catalogue senses or Spanglish only (a several-word
        member of the catalogue, whose words are read one by one elsewhere)."""
        return self._across(term)

    def _sense(self, term: _Term) -> str | None:
        """A word of one of the cue word's everyday senses, in any form ("discutimos"
        for "discutir", "celulares" for "celular"), or its several words in a row."""
        for wanted in term.sense_stems:
            stems = self._stems(0, wanted[:2])
            if wanted in stems:
                return stems[wanted]
        lemmas = self.lemmas()
        common = term.senses & lemmas.keys()
        if common:
            return lemmas[min(common)]
        for run in term.sense_runs:
            found = self._sense_run(run)
            if found:
                return found
        return None

    def lemmas(self) -> dict[str, str]:
        """Every lemma each content word may be a form of, with the word."""
        if self._lemmas is None:
            found: dict[str, str] = {}
            for word in dict.fromkeys(self.words):
                if word not in self._reading.small_words:
                    for lemma in lemma_candidates(word):
                        found.setdefault(lemma, word)
            self._lemmas = found
        return self._lemmas

    def _sense_run(self, run: tuple[str, ...]) -> str | None:
        """Several words of a sense in a row, each in any form ("no pegué ojo")."""
        stem = self._reading.lexicons[0].stem
        first = run[0]
        lemmas = self.lemmas()
        if (
            first not in self.surfaces
            and first not in lemmas
            and lemma_candidates(first).isdisjoint(lemmas)
        ):
            wanted = stem(first)
            if len(wanted) < _SENSE_STEM_MIN or wanted not in self._stems(0, wanted[:2]):
                return None  # its first word is nowhere: most runs stop here
        size = len(run)
        for i in range(len(self.words) - size + 1):
            if all(
                word == wanted
                or (
                    wanted not in self._reading.function_words
                    and (wanted in lemma_candidates(word) or stem(word) == stem(wanted))
                )
                for word, wanted in zip(self.words[i : i + size], run, strict=True)
            ):
                return " ".join(self.words[i : i + size])
        return None

    def _spanglish(self, term: _Term) -> str | None:
        """The English a Spanish speaker writes for the cue word ("phone" for
        "celular", "hours" for "horas"), or its several words ("parking lot")."""
        if term.spanglish:
            bases = self.bases()
            common = term.spanglish & bases.keys()
            if common:
                return bases[min(common)]
        for run in term.spanglish_runs:
            if run[0] not in self.surfaces:
                continue
            size = len(run)
            for i in range(len(self.words) - size + 1):
                words = self.words[i : i + size]
                if tuple(words[:-1]) == run[:-1] and (
                    words[-1] == run[-1] or run[-1] in base_forms(words[-1])
                ):
                    return " ".join(words)
        return None

    def _anglicism(self, term: _Term) -> str | None:
        """An English verb of the cue word's Spanglish with Spanish endings
        ("checké" for "revisar": "check"; "skipeé", "googleando")."""
        if self._roots is None:
            roots: dict[str, str] = {}
            for word in dict.fromkeys(self.words):
                if word not in self._reading.small_words:
                    for root in english_roots(word):
                        roots.setdefault(root, word)
            self._roots = roots
        common = term.spanglish & self._roots.keys()
        return self._roots[min(common)] if common else None

    def english(self) -> dict[str, str]:
        """The noticing's words that are English words, not Spanish ones (WordNet
        knows them, no word of the Spanish word list shares their Spanish stem),
        with their base forms: "replying" holds "reply". Empty without the list."""
        if self._english is None:
            words = spanish_words()
            found: dict[str, str] = {}
            if words is not None:
                for base, word in self.bases().items():
                    # "observe" is "observé", "sale" "he goes out": a form of a
                    # Spanish word is read as Spanish.
                    if word not in self._reading.small_words and not spanish_known(word):
                        found.setdefault(base, word)
            self._english = found
        return self._english

    def _related(self, term: _Term) -> tuple[str, str] | None:
        bases = self.bases()
        for group, how in ((term.lemmas, "form"), (term.forms, "form"), (term.synonyms, "synonym")):
            common = group & bases.keys()
            if common:
                return how, bases[min(common)]
        for words in term.multi:
            # Only scanned for when its first word is there at all.
            found = self._run(words) if words[0] in bases else None
            if found:
                return "synonym", found
        return self._edited(term)

    def _run(self, wanted: tuple[str, ...]) -> str | None:
        """The words of a several-word synonym in a row ("called off" for "call off").

        Looked up by the distinct words of the noticing, then their positions, so
        a long message of repeated words costs no more than its vocabulary.
        """
        size = len(wanted)
        self._places(wanted[0])  # builds the index of positions
        assert self._positions is not None
        for first, places in self._positions.items():
            if first != wanted[0] and wanted[0] not in base_forms(first):
                continue
            for i in places:
                if tuple(self.words[i + 1 : i + size]) == wanted[1:]:
                    return " ".join(self.words[i : i + size])
        return None

    def _edited(self, term: _Term) -> tuple[str, str] | None:
        """One edit from a spelling of the word ("skiped", "calld", "usless"), or the
        short-word rule for four-letter forms ("lck" for "lock")."""
        if self._unknown is None:
            # A typo makes a non-word: "short" is not "shout" mistyped. Only the
            # words WordNet does not know are measured.
            unknown: dict[str, list[str]] = {}
            for word in self.words:
                if (
                    len(word) >= _SHORT_MIN_LENGTH - 1
                    and word not in self._reading.function_words
                    and not base_forms(word)
                ):
                    unknown.setdefault(word[0], []).append(word)
            self._unknown = unknown
        if not self._unknown:
            return None
        for form in term.spellings:
            for word in self._unknown.get(form[0], ()):
                if len(form) >= _EDIT_MIN_LENGTH and len(word) >= _EDIT_MIN_LENGTH - 1:
                    budget = 2 if len(form) >= 9 else 1
                    if (
                        abs(len(word) - len(form)) <= budget
                        and OSA.distance(word, form, score_cutoff=budget) <= budget
                    ):
                        return "typo", word
                elif len(form) == _SHORT_MIN_LENGTH and _short_typo(word, form):
                    return "typo", word
                if _vowels_left_out(word, form):
                    return "typo", word
        return None

    def _misspelt(self, term: _Term) -> str | None:
        target = term.surface
        if len(target) < _SWAP_MIN_LENGTH or target.isdigit():
            return None
        candidates = [w for w in self._by_initial.get(target[0], ()) if len(w) >= _SWAP_MIN_LENGTH]
        if len(target) < _FUZZY_MIN_LENGTH:
            return next((word for word in candidates if _swapped(word, target)), None)
        budget = 2 if len(target) >= 9 else 1
        return next(
            (
                word
                for word in candidates
                if abs(len(word) - len(target)) <= budget
                and OSA.distance(word, target, score_cutoff=budget) <= budget
            ),
            None,
        )

    def _misspelt_form(self, term: _Term) -> str | None:
        """A form of a Spanish cue word typed with one slip ("esepré" for "esperé",
        "esperarla"): a word that is no Spanish word whose stem is one edit from the
        cue word's. The cue word as written is rarely the form the client types.
        Only the words that start as the stem does are looked at: a slip in the
        first two letters is rarer, and _misspelt reads the word as written."""
        wanted = term.stems[0]
        if len(wanted) < _TYPO_STEM_MIN:
            return None
        stem = self._reading.lexicons[0].stem
        size = len(wanted)
        for word in self._by_start[0].get(wanted[:2], ()):
            if (
                len(word) < _TYPO_STEM_MIN
                or not word.isalpha()
                # A stem starts its word: a word whose start is two edits from the
                # cue word's stem is never stemmed (stemming is the costly step).
                or OSA.distance(word[:size], wanted, score_cutoff=1) > 1
            ):
                continue
            form = stem(word)
            if (
                form != wanted
                and abs(len(form) - len(wanted)) <= 1
                and OSA.distance(form, wanted, score_cutoff=1) <= 1
                # Looked up last: the word list is the costly check.
                and not spanish_known(word)
            ):
                return word
        return None

    def _slipped(self, term: _Term) -> str | None:
        """A form of a Spanish cue verb with one slip of the keys in its stem ("qede" for
        "quedé", "critcó" for "criticó", "reivsé" for "revisé"): a word that is neither
        Spanish nor English nor an irregular form, starting with the stem's letter,
        whose start is one edit from the stem and whose rest is a Spanish ending. A slip
        is rarely in a word's first letter."""
        wanted = term.stems[0]
        # A verb's forms are many and rarely listed; a noun's slips are read by
        # _misspelt ("diera", a form of "dar", is no "dinero" mistyped).
        if len(wanted) < _SLIP_STEM_MIN or not self._reading.lexicons[0].infinitive(term.surface):
            return None
        for word in self._slipped_words().get(wanted[0], ()):
            for size in (len(wanted) - 1, len(wanted), len(wanted) + 1):
                head, rest = word[:size], word[size:]
                # Something must follow the stem: "prepa" is no "prepar-" with a slip.
                if not rest:
                    continue
                if (
                    head != wanted
                    and len(rest) <= _SLIP_ENDING_MAX
                    # A four-letter stem with a letter changed is often another
                    # verb's ("pesa" for "pens"): dropped, doubled or swapped letters
                    # only.
                    and (
                        len(wanted) >= _EDIT_MIN_LENGTH
                        or size != len(wanted)
                        or sorted(head) == sorted(wanted)
                    )
                    and OSA.distance(head, wanted, score_cutoff=1) <= 1
                    and form_ending(rest)
                ):
                    return word
        return None

    def _swapped_form(self, term: _Term) -> str | None:
        """A form of a Spanish cue word with two letters swapped ("coimendo" for
        "comiendo", of "comer"): a word no list knows that, put right, is a known word
        with the cue word's stem. The stem may be short here: the whole form, not its
        start, has to come right."""
        wanted = term.stems[0]
        stem = self._reading.lexicons[0].stem
        for word in self._slipped_words().get(wanted[0], ()):
            if len(word) < _SWAPPED_FORM_MIN:
                continue
            swaps = {
                word[:at] + word[at + 1] + word[at] + word[at + 2 :]
                for at in range(1, len(word) - 1)
            }
            known = [right for right in swaps - {word} if spanish_known(right)]
            # "pesnado" is "pensado" or "pesando": a slip that two words explain is neither.
            if len(known) == 1:
                right = known[0]
                if (
                    right.startswith(wanted)
                    and form_ending(right[len(wanted) :])
                    and stem(right) == wanted
                ):
                    return word
        return None

    def named(self, person: _Term, label: tuple[str, ...] = ()) -> tuple[str, str] | None:
        """Where the noticing names ``person`` by their name, as written or misspelt
        ("Jesika"), and not as someone else of that name: another ("otra Yuliana"), or
        one placed by where they are from or whose they are ("el Fabián del club", "la
        Jessica, la hija del vecino", "Tom from work")."""
        hit = self.find(person)
        if hit is not None and hit[0] not in _AS_A_NAME:
            hit = None  # a name has no synonyms: "Rosa" is no flower
        if hit is None and self._reading.lexicons[0].language == "es":
            misspelt = self._spelt_by_ear(person)
            hit = ("typo", misspelt) if misspelt else None
        if hit is None:
            return None
        places = self.places(hit[1])
        if _a_word_too(person.surface, self._reading.lexicons[0].language):
            # A name that is also a word ("Rosa", "Pato", "Luz"): with who she is to the
            # client before it ("doña Rosa", "mi suegra Rosa"), or written as it is named,
            # with a capital, and doing what people do ("Facundo me dio feedback", "el Pato
            # vino a encararme"); never "una rosa", "Luz no hay", "Rosa me queda mejor".
            places = [
                at
                for at in places
                if (at and self.words[at - 1] in _WHO_BEFORE_NAMES)
                or (
                    hit[0] == "word"
                    and (self.words[at] in self.names or self.words[at] in self.openers)
                    and self._acts_as_a_person(at)
                )
            ]
        if all(self._someone_else_named(at, label) for at in places):
            return None
        return hit

    def _acts_as_a_person(self, at: int) -> bool:
        """True when the word at ``at`` is beside what a person does: says, calls, comes,
        shouts ("Facundo me dio feedback", "el Pato vino", "hoy vino Rosa")."""
        if at and self.words[at - 1] in _PERSON_VERBS:
            return True  # "hoy vino Rosa", "me llamó Facundo"
        after = self.words[at + 1 : at + 3]
        if after[:1] and after[0] in _CLITICS_ES:
            after = after[1:]
        return bool(after) and after[0] in _PERSON_VERBS

    def _someone_else_named(self, at: int, label: tuple[str, ...] = ()) -> bool:
        """True when the name at ``at`` is said of someone else; ``label`` is the cue's
        words, whose own placing of the person ("la de los jueves") is hers."""
        after = self.words[at + 1 : at + 3]
        if (
            len(after) == 2
            and after[0] in ("la", "el")
            and after[1] in _PLACED_BY_ES
            and not _placed_as_in_label(self.words[at + 1 :], label)
        ):
            return True
        # Another relation or title right before the name: "mi prima Marlene" is not "doña
        # Marlene", "mi primo Beto" not "mi cuñado Beto".
        before = self.words[at - 1] if at else ""
        if before in _WHO_BEFORE_NAMES and before not in label:
            return True
        # Placed by what they do: "Beto el que maneja el taxi"; not "Yesenia la que era mi
        # novia", who is her.
        doing = self.words[at + 3] if len(self.words) > at + 3 else ""
        if after[:1] in (["la"], ["el"]) and after[1:] == ["que"] and doing not in _BEING:
            return True
        # A saint's day, a street, a church: "la Virgen de Guadalupe".
        if at >= 2 and before == "de" and self.words[at - 2] in _NAMED_AFTER:
            return True
        if at > 0 and self.words[at - 1] in _ANOTHER:
            return True
        # Someone given the name: "mi sobrino también se llama Chuy", "a guy named Tom",
        # "a mi compadre le dicen Pato"; not "la llamada", "I named Karen".
        giver = self.words[at - 2] if at >= 2 else ""
        if (
            before in ("llamado", "llamada", "named")
            and giver not in ("la", "el", "una", "un", "esta", "esa", "mi", "i", "we", "they")
        ) or (
            at >= 2
            and before in ("llama", "llamaba", "llaman", "dicen", "decian", "apodan")
            and self.words[at - 2] in ("se", "le", "les")
        ):
            return True
        # A full name the label does not give: "Rafa Nadal" for "mi cuñado Rafa"; not a
        # day or a word of emphasis ("Karen Tuesday", "Karen NEVER", "Told Karen I...").
        if (
            after
            and after[0] in self.names
            and after[0] not in label
            and after[0] not in _NOT_A_SURNAME
            and len(after[0]) > 2
        ):
            return True
        if after and after[0] in _PLACED_BY:
            return True
        # An apposition with someone else's relation: "la Jessica, la hija del vecino".
        return len(after) == 2 and after[0] in _ARTICLES_BEFORE_NAMES and after[1] in _PERSON_WORDS

    def _spelt_by_ear(self, term: _Term) -> str | None:
        """A Spanish cue word spelt as it sounds ("sumbido" for "zumbido", "ablan" for
        "hablan", "biejo" for "viejo", "munisipal"): a word no list knows whose sound
        key is the cue word's, or, for a verb, starts with its stem's and goes on with a
        Spanish ending ("ablaron"; a noun only with a plural's "-s"). The first letter
        may differ here (h, v, z, ll are where such spellings start). A real word that
        sounds the same ("sierra", "voto") is that word, and so is text-speak that
        respells to a listed word ("kasa", "komo", "nadaaa")."""
        if len(term.surface) < _SOUND_MIN_LENGTH:
            return None
        whole = spanish_sound_key(term.surface)
        # The stem's key is read off the whole word's, where its letters sound as they
        # do in it ("pesadill" of "pesadilla" is "pesadiy", not "pesadil").
        stem = whole[: len(spanish_sound_key(term.stems[0]))] if term.stems else whole
        verb = self._reading.lexicons[0].infinitive(term.surface)
        for words in self._slipped_words().values():
            for word in words:
                if len(word) < _SOUND_MIN_LENGTH:
                    continue
                # Text-speak that respells to the cue word itself is the cue word
                # ("kijada" for "quijada"); to another listed word, that word.
                if term.surface in _respellings(word):
                    return word
                if _respelt_listed(word):
                    continue
                heard = spanish_sound_key(word)
                # Text-speak writes "ch" as "x" ("pexo", "noxe"): a word no list knows.
                if heard == whole or (
                    "x" in word and _x_as_ch(word) == whole and not _edit_listed(word)
                ):
                    return word
                if len(stem) < _SOUND_STEM_MIN - 1 or not heard.startswith(stem) or heard == stem:
                    continue
                ending = word[len(word) - (len(heard) - len(stem)) :]
                # A short stem only with an ending of two letters or more ("ablamos"):
                # one letter after three sounds is as often a name ("yoro", "kari").
                if len(stem) < _SOUND_STEM_MIN and len(ending) < 2:
                    continue
                if form_ending(ending) if verb else ending in ("s", "es"):
                    return word
        return None

    def _slipped_words(self) -> dict[str, list[str]]:
        """The noticing's words no Spanish or English word list knows, by first letter
        (a few in a text message; at most :data:`_SLIPS_MAX`, however long the text)."""
        if self._slips is None:
            slips: dict[str, list[str]] = {}
            seen = 0
            for word in dict.fromkeys(self.words):
                if seen >= _SLIPS_MAX:
                    break
                if (
                    _SLIP_WORD_MIN <= len(word) <= _SLIP_WORD_MAX
                    and word.isalpha()
                    and word not in self._reading.function_words
                    and word not in self._reading.lexicons[0].irregular
                    and not spanish_known(word)
                    and not listed_lemma(word)
                    and not base_forms(word)
                ):
                    slips.setdefault(word[0], []).append(word)
                    seen += 1
            self._slips = slips
        return self._slips

    def misheard(self, term: _Term) -> str | None:
        """A word of three letters or more one edit from the cue word or one of its
        spellings, same first letter: what a speech recogniser writes for a word it
        half heard. Spanish: two edits for a word of five letters or more that is
        no Spanish word ("estacinamento" for "estacionamiento"): a recogniser
        that writes a real word ("medio" for "miedo") is not read so. Only ever
        asked of spoken noticings."""
        forms = {f for f in (term.surface, *term.spellings) if len(f) >= 3}
        spanish = self._reading.lexicons[0].language == "es"
        for word in self.words:
            if len(word) < 3 or word in self._reading.small_words:
                continue
            for form in forms:
                if word == form or word[0] != form[0]:
                    continue
                if (
                    abs(len(word) - len(form)) <= 1
                    and OSA.distance(word, form, score_cutoff=1) <= 1
                ):
                    return word
                if spanish and self._misheard_twice(word, form):
                    return word
        return None

    @staticmethod
    def _misheard_twice(word: str, form: str) -> bool:
        """``word`` is two edits from the Spanish ``form``, both long, and no Spanish word."""
        return (
            min(len(word), len(form)) >= _MISHEARD_TWICE_MIN
            and abs(len(word) - len(form)) <= 2
            and OSA.distance(word, form, score_cutoff=2) == 2
            and word.isalpha()
            # Looked up last: the word list is the costly check.
            and not spanish_known(word)
        )

    def sounds_like(self, term: _Term, *, alone: bool = False) -> bool:
        """True when a word, or two or three words run together, sound like ``term``.

        ``alone``: nothing else of the cue was heard as written, so only a
        longer sound key counts.
        """
        if len(term.sound) < (_SOUND_ALONE_MIN_LENGTH if alone else _SOUND_MIN_LENGTH):
            return False
        if self._sounds is None:
            runs = itertools.chain(
                self.words,
                (a + b for a, b in itertools.pairwise(self.words)),
                ("".join(self.words[i : i + 3]) for i in range(len(self.words) - 2)),
            )
            self._sounds = frozenset(sound_key(run) for run in runs)
        return term.sound in self._sounds


def _found(terms: tuple[_Term, ...], noticing: _Noticing) -> list[tuple[str, str] | None]:
    """How each of ``terms`` is in the noticing (None where it is not).

    A label written as two words may be typed as one ("doom scrolling" as
    "doomscrolling").
    """
    found = [noticing.find(term) for term in terms]
    for i in range(len(terms) - 1):
        if not (found[i] or found[i + 1]):
            joined = terms[i].surface + terms[i + 1].surface
            if joined in noticing.surfaces:
                found[i] = found[i + 1] = ("form", joined)
    return found


def _heard(
    terms: tuple[_Term, ...], found: list[tuple[str, str] | None], noticing: _Noticing
) -> list[tuple[str, str] | None]:
    """In a spoken noticing a term may also sound like the words heard ("for man"
    for "foreman"), but only once another term was heard as written, or for a
    one-word cue with a long sound key."""
    written = sum(1 for hit in found if hit)
    if not noticing.spoken or (written == 0 and len(terms) > 1):
        return found
    alone = written == 0
    heard: list[tuple[str, str] | None] = []
    for term, hit in zip(terms, found, strict=True):
        if not hit and noticing.sounds_like(term, alone=alone):
            hit = ("sound", term.surface)
        if not hit and not alone:
            # A recogniser writes a real word one letter off ("jar" for "jaw"):
            # taken only beside a word of the cue heard as written.
            misheard = noticing.misheard(term)
            hit = ("sound", misheard) if misheard else None
        heard.append(hit)
    return heard


def _evidence(
    terms: tuple[_Term, ...], found: list[tuple[str, str] | None]
) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(term.surface, hit[1], hit[0])
        for term, hit in zip(terms, found, strict=True)
        if hit
    )


def _score(evidence: tuple[Evidence, ...], coverage: float) -> float:
    if not evidence:
        return 0.0
    directness = sum(_HOW_WEIGHT.get(e.how, 0.7) for e in evidence) / len(evidence)
    return coverage * directness


def _enough(terms: tuple[_Term, ...], noticing: _Noticing, needed: int) -> bool:
    """True when at least ``needed`` of ``terms`` are in the noticing."""
    if not terms:
        return False
    found = _heard(terms, _found(terms, noticing), noticing)
    return sum(1 for hit in found if hit) >= needed


_HASHTAG = re.compile(r"#([^\s#.,!?;:]+)")


def _slug(text: str) -> str:
    return normalise(text).replace(" ", "")


class CueMatcher(Sequence[Cue]):
    """A cue set compiled once for fast, repeated matching, in the client's language.

    It is still the cue set (a sequence of its cues), so whatever takes the cues
    (the speech recogniser's word bias) can take the compiled set instead.
    """

    def __init__(self, cues: Sequence[Cue], language: str = "en") -> None:
        self.language = language
        self._reading = _Reading(lexicons_for(language))
        self._source = tuple(cues)
        self._cues = self._compile_all(self._source)

    def __len__(self) -> int:
        return len(self._source)

    def __getitem__(self, index: int) -> Cue:  # type: ignore[override]
        return self._source[index]

    def _compile_all(self, cues: tuple[Cue, ...]) -> list[_CompiledCue]:
        reading = self._reading
        words_of = [
            [*_framed(reading.tokens(c.label)), *(w for p in c.phrases for w in reading.tokens(p))]
            for c in cues
        ]
        # How many of the client's cues use each word: a word in several does not
        # identify one of them (its weight falls), learnt from this cue set alone.
        counts: dict[str, int] = {}
        for words in words_of:
            for stem_ in {reading.term(w).stems[0] for w in reading.content(words)}:
                counts[stem_] = counts.get(stem_, 0) + 1
        everything = frozenset(w for words in words_of for w in words)
        compiled = []
        for cue, words in zip(cues, words_of, strict=True):
            avoid = everything - set(words)
            compiled.append(self._compile(cue, counts, avoid))
        # Two people of one relation ("mi cuñado Chepe", "mi cuñado Toño"): the relation
        # alone names neither.
        relations = [c.relation.label for c in compiled if c.relation is not None]
        return [
            dataclasses.replace(c, relation=None)
            if c.relation is not None and relations.count(c.relation.label) > 1
            else c
            for c in compiled
        ]

    def _compile(self, cue: Cue, counts: dict[str, int], avoid: frozenset[str]) -> _CompiledCue:
        reading = self._reading
        words = reading.tokens(cue.label)
        slugs = {_slug(cue.label)}
        # "#tight-chest" for "tight chest before the meeting": any leading run of words.
        slugs.update("".join(words[:n]) for n in range(1, len(words)))
        slugs.update(_slug(phrase) for phrase in cue.phrases)
        label_terms = tuple(
            reading.rich_term(t.surface, avoid)
            for t in reading.label_terms(" ".join(_framed(words)))
        )
        if self.language == "es":
            label_terms = self._led(label_terms)
        phrases = tuple(
            (
                phrase,
                tuple(
                    reading.rich_term(t.surface, avoid)
                    for t in reading.phrase_terms(" ".join(_framed(reading.tokens(phrase))))
                ),
            )
            for phrase in cue.phrases
        )
        gerund = self._gerund(words, label_terms)
        many = len(self._source)
        shared = frozenset(t.stems[0] for t in label_terms if counts.get(t.stems[0], 1) > 1)
        weights = tuple(math.log(1 + many / max(1, counts.get(t.stems[0], 1))) for t in label_terms)
        return _CompiledCue(
            label=cue.label,
            label_terms=label_terms,
            label_words=tuple(words),
            named_moment=reading.named_moment(cue.label),
            moment_place=reading.moment_place(cue.label),
            phrases=phrases,
            hashtag_slugs=frozenset(s for s in slugs if s),
            vocabulary=_Noticing(
                [t.surface for t in (*label_terms, *(t for _, p in phrases for t in p))], reading
            ),
            shared=shared,
            weights=weights,
            head=self._head(words, label_terms, counts),
            verbs=self._verbs(words, label_terms),
            verb_led=bool(
                label_terms
                and words
                and label_terms[0].surface == words[0]
                and words[0] not in reading.weak_words
                and reading.lexicons[0].infinitive(words[0])
            ),
            gerund=gerund,
            doings=_doings(words, label_terms) if gerund is not None else (),
            negative=bool(reading.negations.intersection(words)),
            says_no=self.language == "es" and _label_says_no(words),
            done_to_me=_label_done_to_me(words, label_terms) if self.language == "es" else None,
            not_done=_moment_not_done(words, label_terms) if self.language == "es" else None,
            negative_phrases=frozenset(
                p for p in cue.phrases if reading.negations.intersection(reading.tokens(p))
            ),
            circumstance=self._circumstance(label_terms),
            runs=self._runs(_framed(words), label_terms, avoid),
            named_person=self._named_person(cue.label),
            name_phrases=frozenset(p for p in cue.phrases if _is_a_name(p)),
            phrase_name=self._phrase_name(cue, label_terms),
            relation=self._relation(cue.label, counts, avoid),
            person_only=_person_only(words, reading),
            body_part=_body_part(words, counts, reading),
        )

    def _relation(
        self, label: str, counts: dict[str, int], avoid: frozenset[str]
    ) -> _CompiledCue | None:
        """Who the person a label names is to the client, compiled as a label ("mi
        cuñado" of "mi cuñado Chepe", "la supervisora" of "la supervisora Yuliana"); None
        when the label names no one, or only by a title ("doña Marlene")."""
        if self._named_person(label) is None:
            return None
        written = _WRITTEN_WORD.findall(label)
        at = next(
            i
            for i, w in enumerate(written[1:], 1)
            if w[:1].isupper() and normalise(w) not in _TITLES
        )
        before = [w for w in written[:at]]
        while before and (
            before[-1].lower() in _ARTICLES_BEFORE_NAMES or normalise(before[-1]) in _TITLES
        ):
            before.pop()  # "mi compadre el Lucho", "mi vecina doña Rosa"
        if not any(normalise(w) in _PERSON_WORDS for w in before):
            return None
        return self._compile(Cue(label=" ".join(before), phrases=()), counts, avoid)

    def _phrase_name(self, cue: Cue, terms: tuple[_Term, ...]) -> tuple[int, _Term] | None:
        """The label's one word for a person ("nieto", "jefa") and the one name the
        cue's phrases give anyone ("Brayan" of "cuando el Brayan me contesta feo"), or
        None: a label that names the person itself ("mi yerno Fabián"), names two
        people, or phrases with two names or none. A capitalised first word is no name
        (it may start the phrase), nor is a title."""
        people = [i for i, term in enumerate(terms) if term.surface in _PERSON_WORDS]
        if len(people) != 1 or self._named_person(cue.label) is not None:
            return None
        names = {
            word
            for phrase in cue.phrases
            for before, word in itertools.pairwise(_WRITTEN_WORD.findall(phrase))
            if word[:1].isupper()
            and len(word) >= 3
            and normalise(word) not in _TITLES
            # "el Brayan", "doña Chela", "cuando Brayan": not "en Walmart", a place.
            and (normalise(before) in _BEFORE_A_NAME or normalise(before) in _TITLES)
        }
        if len(names) != 1:
            return None
        tokens = self._reading.tokens(names.pop())
        return (people[0], self._reading.term(tokens[0])) if len(tokens) == 1 else None

    def _named_person(self, label: str) -> _Term | None:
        """The name a short label gives a person after who they are to the client ("mi
        yerno Fabián", "mi ex, la Jessica", "la supervisora Yuliana", "my brother Tom",
        "doña Marlene la de los jueves"): a capitalised word right after a word for a
        relative, a partner, a friend, someone at work or a title, last in the label or
        followed only by where she is placed ("la de los jueves"). A capitalised word
        after anything else ("revisar Instagram", "la cuenta de Netflix") names no one."""
        written = _WRITTEN_WORD.findall(label)
        if not 2 <= len(written) <= 7:
            return None
        for at, name in enumerate(written[1:], 1):
            if normalise(name) in _TITLES:
                continue  # "mi suegra Doña Chayo": the title is no name
            if not (name[:1].isupper() and name.isalpha() and len(name) >= 3):
                continue
            # Only who she is before the name: "cuando me grita mi jefe Fabián" names a
            # moment, not Fabián.
            before = [normalise(w) for w in written[:at] if w.lower() not in _ARTICLES_BEFORE_NAMES]
            if not before or any(word not in _WHO_BEFORE_NAMES for word in before):
                return None
            rest = [w.lower() for w in written[at + 1 :]]
            placed = len(rest) >= 2 and rest[0] in ("la", "el") and rest[1] in _PLACED_BY_ES
            if rest and not placed:
                return None
            return self._reading.term(self._reading.tokens(name)[0])
        return None

    def _runs(
        self, words: list[str], terms: tuple[_Term, ...], avoid: frozenset[str]
    ) -> tuple[tuple[tuple[int, ...], _Term], ...]:
        """The label's runs of words the sense catalogue lists as one member, longest
        first, each with the label terms it holds (Spanish)."""
        if self.language != "es":
            return ()
        books = catalogue()
        at = {t.surface: i for i, t in enumerate(terms)}
        found = []
        for size in (4, 3, 2):
            for start in range(len(words) - size + 1):
                run = words[start : start + size]
                held = tuple(at[w] for w in run if w in at)
                if held and " ".join(run) in books.by_word:
                    term = self._run_term(run, avoid)
                    if term.senses or term.sense_runs or term.spanglish or term.spanglish_runs:
                        found.append((held, term))
        return tuple(found)

    def _run_term(self, run: list[str], avoid: frozenset[str]) -> _Term:
        """A catalogue member of several label words as one term, without the mates
        that are one of its own words ("tarjeta" of "tarjeta de crédito" is the
        label's word, met as such)."""
        term = self._reading.rich_term(" ".join(run), avoid)
        own = {lemma for word in run for lemma in lemma_candidates(word)}
        stem = self._reading.lexicons[0].stem
        return dataclasses.replace(
            term,
            senses=term.senses - own,
            sense_stems=term.sense_stems - {stem(word) for word in run},
        )

    def _led(self, terms: tuple[_Term, ...]) -> tuple[_Term, ...]:
        """A Spanish label's verb with no everyday sense of its own, given those of
        the catalogue's several-word members the label says: "saltarme comidas"
        meets "me brinqué el almuerzo" ("saltarse la comida", "brincarse la comida")."""
        stem = self._reading.lexicons[0].stem
        out = []
        for term in terms:
            if not term.senses:
                others = tuple(t.surface for t in terms if t is not term)
                mates = head_mates(term.surface, others)
                if mates:
                    stems = {stem(w) for w in mates}
                    term = dataclasses.replace(
                        term,
                        senses=term.senses | mates,
                        sense_stems=frozenset(s for s in stems if len(s) >= _SENSE_STEM_MIN)
                        - {term.stems[0]},
                    )
            out.append(term)
        return tuple(out)

    def _circumstance(self, terms: tuple[_Term, ...]) -> tuple[int, ...]:
        """Which of ``terms`` only say when the cue happens, in a label that also
        says what it is (Spanish)."""
        if self.language != "es":
            return ()
        found = tuple(i for i, t in enumerate(terms) if t.surface in TIME_WORDS)
        # One word beside the time is any mention of it ("el hospital me mandó").
        return found if len(terms) - len(found) >= 2 else ()

    def _head(
        self, words: list[str], terms: tuple[_Term, ...], counts: dict[str, int]
    ) -> int | None:
        """Which of ``terms`` is the verb leading the label, when it may name the cue alone."""
        lexicon = self._reading.lexicons[0]
        if len(terms) < 2 or not words or not lexicon.infinitive(words[0]):
            return None
        stem_ = terms[0].stems[0]
        if terms[0].surface != words[0] or counts.get(stem_, 1) > 1:
            return None
        return 0 if len(stem_) >= HEAD_VERB_MIN_STEM else None

    def _gerund(self, words: list[str], terms: tuple[_Term, ...]) -> int | None:
        """The term of an English label's leading gerund ("fighting" of "fighting with
        my ex"), when it names a doing WordNet knows as a verb."""
        if self.language != "en" or not terms or not words or terms[0].surface != words[0]:
            return None
        word = words[0]
        senses = verb_senses(word) if word.endswith("ing") and len(word) >= _SHORTEST_GERUND else 0
        if not senses:
            return None
        # "wedding plans", "evening snacks": a word that is a noun at least as often as
        # a verb, before a noun, names a thing ("ordering food" is a doing).
        after = words[1] if len(words) > 1 else ""
        if noun_senses(word) >= senses and after not in self._reading.function_words:
            return None
        return 0

    def _verbs(self, words: list[str], terms: tuple[_Term, ...]) -> tuple[int, ...]:
        """Which of ``terms`` are the label's verbs: infinitives, and Spanish gerunds
        ("pasar la noche dándole vueltas"), that are content words and follow no
        article ("el celular" is a noun that ends like one)."""
        reading = self._reading
        found = []
        for i, term in enumerate(terms):
            if term.surface not in words or term.surface in reading.weak_words:
                continue
            at = words.index(term.surface)
            before = words[at - 1] if at else ""
            spanish_gerund = reading.lexicons[0].language == "es" and _GERUND.search(term.surface)
            if (
                reading.lexicons[0].infinitive(term.surface) or spanish_gerund
            ) and before not in reading.determiners:
                found.append(i)
        return tuple(found)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(cue.label for cue in self._cues)

    def match(self, text: str, *, spoken: bool = False) -> tuple[str, ...]:
        """Labels of the cues ``text`` mentions, in the cue set's order."""
        return tuple(why.cue for why in self.explain(text, spoken=spoken))

    def explain(self, text: str, *, spoken: bool = False) -> tuple[Why, ...]:
        """Why each cue ``text`` mentions was tagged, in the cue set's order."""
        reading = self._reading
        noticing = _Noticing(
            reading.tokens(text),
            reading,
            spoken=spoken,
            names=_names_in(text, reading),
            openers=_openers_in(text, reading),
            alone=_alone_in(text, reading),
            text=text,
        )
        # A hashtag said twice is looked at once, however long the message.
        hashtags = [reading.tokens(tag) for tag in dict.fromkeys(_HASHTAG.findall(text))]
        found = []
        for cue in self._cues:
            why = self._matches(cue, noticing) or self._tagged(cue, hashtags, reading)
            if why:
                found.append(why)
        return tuple(found)

    @staticmethod
    def _matches(cue: _CompiledCue, noticing: _Noticing) -> Why | None:
        moment = cue.named_moment
        if moment:
            hit = noticing.find(moment)
            if not hit and noticing.spoken and noticing.sounds_like(moment, alone=True):
                hit = ("sound", moment.surface)
            if hit and not cue.negative and noticing.negated(hit[1]):
                hit = None
            if hit and noticing.felt_by_others(hit[1]):
                hit = None
            if hit and cue.moment_place and noticing.placed_elsewhere(hit[1], cue.moment_place):
                hit = None  # "un nudo en el pelo" for "el nudo en la panza al pagar"
            if hit:
                evidence = (Evidence(moment.surface, hit[1], hit[0]),)
                return Why(cue.label, "moment", cue.label, evidence, _score(evidence, 1.0))
        why = _label_match(cue, noticing)
        if why and _of_another_kind(why, cue, noticing):
            why = None
        # A transcript's words are the recogniser's ("me suegraríamos" for "mi suegra
        # llamó"): whose the relation is is read in written texts only.
        if (
            why
            and cue.person_only
            and not noticing.spoken
            and not all(
                _same_relation(e) and noticing.the_clients_own(e.text_word) for e in why.evidence
            )
        ):
            why = None
        if why:
            return why
        if cue.body_part and noticing.again(cue.body_part):
            evidence = (Evidence(cue.body_part, cue.body_part, "word"),)
            return Why(cue.label, "body", cue.label, evidence, _score(evidence, 0.9))
        alone = _said_alone(cue, noticing) if noticing.alone else None
        if alone:
            return alone
        person = cue.named_person
        if person is not None:
            said = noticing.named(person, cue.label_words)
            if said:
                evidence = (Evidence(person.surface, said[1], said[0]),)
                return Why(cue.label, "person", cue.label, evidence, _score(evidence, 1.0))
        relation = cue.relation
        if relation is not None:
            why = _label_match(relation, noticing)
            # Never misspelt ("cuando" is no "cuñado"), nor another's form of the word
            # ("cuñada", "cuñados").
            name = cue.named_person.surface if cue.named_person else ""
            if why and all(
                e.how != "typo"
                and _same_relation(e)
                and not _another_relation_in_a_sense(e)
                and noticing.the_clients_own(e.text_word, name)
                for e in why.evidence
            ):
                return Why(cue.label, "relation", relation.label, why.evidence, why.score)
        for phrase, terms in cue.phrases:
            if not terms:
                continue
            if phrase in cue.name_phrases:
                # A nickname ("el Fabi") is a name: said as written or misspelt, and of
                # this person, not of another of that name.
                said = noticing.named(terms[-1], cue.label_words)
                if said:
                    evidence = (Evidence(terms[-1].surface, said[1], said[0]),)
                    return Why(cue.label, "phrase", phrase, evidence, _score(evidence, 1.0))
                continue
            found = _heard(terms, _found(terms, noticing), noticing)
            if phrase not in cue.negative_phrases:
                found = _unnegated(found, noticing)
            if _someone_elses_doing(phrase, terms, found, noticing):
                continue  # "another dad was yelling at the refs" for "screaming at the ref"
            if all(found) and not _synonyms_only(found):
                evidence = _evidence(terms, found)
                why = Why(cue.label, "phrase", phrase, evidence, _score(evidence, 1.0))
                if not _of_another_kind(why, cue, noticing):
                    return why
        return None

    @staticmethod
    def _tagged(cue: _CompiledCue, hashtags: list[list[str]], reading: _Reading) -> Why | None:
        """An explicit #hashtag: a slug of the label or a phrase, or words of the cue."""
        for words in hashtags:
            if not words:
                continue
            tag = "#" + "".join(words)
            why = Why(cue.label, "hashtag", cue.label, (Evidence(cue.label, tag, "hashtag"),), 1.0)
            if "".join(words) in cue.hashtag_slugs:
                return why
            content = [t for t in reading.terms(words) if t.surface not in reading.function_words]
            if content and all(cue.vocabulary.has(term) for term in content):
                return why
        return None


def _says_no(words: list[str]) -> bool:
    """True when ``words`` say a refusal as the client's own ("les dije que no", "no supe
    decirle que no", "me negué", "negársela"); not someone else's ("me dijo que no"),
    nor any "que no" ("creía que no")."""
    return any(
        words[i] in _OWN_SAYING and words[i + 1] == "que" and words[i + 2] == "no"
        for i in range(len(words) - 2)
    ) or any(w.startswith(_REFUSED) for w in words)


def _listed(word: str) -> bool:
    """True when the checked Spanish word list holds ``word`` as written."""
    words = spanish_words()
    return words is not None and words.listed(word)


def _label_says_no(words: list[str]) -> bool:
    """True when a label's "no" is a refusal said: "decir que no a mis hermanos"."""
    return any(
        words[i].startswith("decir") and words[i + 1] == "que" and words[i + 2] == "no"
        for i in range(len(words) - 2)
    )


# The client's own saying: "dije", "digo", "decirle"; "diciendo" may be anyone's.
_OWN_SAYING = frozenset(
    {"dije", "digo", "decir", "decirle", "decirles", "decirte", "decirselo", "decirselos"}
)
_REFUSED = ("negue", "niego", "negarme", "negarle", "negarles", "negarsel", "negarte")


def _unnegated(
    found: list[tuple[str, str] | None], noticing: _Noticing
) -> list[tuple[str, str] | None]:
    """``found`` without the words the noticing negates ("hoy no hubo pelea")."""
    return [None if hit and noticing.negated(hit[1]) else hit for hit in found]


def _synonyms_only(found: list[tuple[str, str] | None]) -> bool:
    """A cue is never tagged on synonyms alone: one of its words must be the client's."""
    hits = [hit for hit in found if hit]
    return bool(hits) and all(hit[0] in _LOOSE for hit in hits)


def _spanglish_said(found: list[tuple[str, str] | None], noticing: _Noticing) -> bool:
    """True when two or more of a longer label's words are met in English inside a text
    written in Spanish ("replying a los emails del work" for "contestar mensajes de
    trabajo de noche"); a text all in English is not ("boss texts at night again")."""
    return sum(1 for hit in found if hit) >= 2 and not _SPANISH_AROUND.isdisjoint(noticing.words)


# Words only Spanish uses, which make a text Spanish around its English words.
_SPANISH_AROUND = frozenset(
    {"los", "las", "del", "el", "la", "de", "que", "en", "con", "por", "para", "otra", "otro"}
    | {"vez", "mi", "mis", "se", "hoy", "ayer", "anoche", "estuve", "toda", "todo"}
)


def _english_only(found: list[tuple[str, str] | None]) -> bool:
    """Every word found is English for the cue's words: a longer label is not met
    by English alone ("chest tight" is not "el pecho apretado antes de la junta")."""
    hits = [hit for hit in found if hit]
    return bool(hits) and all(hit[0] in _ENGLISH for hit in hits)


def _framed(words: list[str]) -> list[str]:
    """A label's or phrase's words without those that only frame it (:data:`FRAME_WORDS`)."""
    kept = [w for w in words if w not in FRAME_WORDS]
    return kept if len(kept) < len(words) and kept else words


def _core_met(cue: _CompiledCue, found: list[tuple[str, str] | None], others: bool) -> bool:
    """A label that says when its cue happens ("pesarme cada mañana", "quedarme
    hasta tarde en la oficina") is met by what it says the cue is, the time said
    or not: both of two such words, two thirds of more by weight. The time said
    with only part of the rest is not the cue ("me quedé hasta tarde viendo la
    serie")."""
    core = [i for i in range(len(found)) if i not in cue.circumstance]
    hits = [found[i] for i in core]
    if len(core) <= 2:
        return all(hits)
    total = sum(cue.weights[i] for i in core) or 1.0
    met = sum(cue.weights[i] for i in core if found[i]) / total
    return met >= _LONG_LABEL_SHARE - 1e-9 and (not others or any(found[i] for i in cue.verbs))


def _done_to_me_alone(words: Sequence[str], content: Sequence[object]) -> bool:
    """True for a Spanish label that is a verb others do to the client and nothing else:
    "cuando me ignoran", "cuando me critican" (not "cuando me critico", the client's own)."""
    return (
        len(words) == 3
        and words[0] == "cuando"
        and words[1] == "me"
        and len(content) == 1
        and words[2].endswith(("an", "en"))
    )


# Said to the client, after the verb: "ignoraron a mí", "me ignoraron a mí también".
_AFTER_TO_ME = ("a", "mi")
# What may stand between the client's "me" and the verb others do: "me volvieron a
# ignorar", "me siguen ignorando", "me estuvieron criticando", "me han ignorado".
_DONE_AGAIN = word_set(
    "volvieron volvio vuelven vuelve volvian a siguen sigue seguian seguia estan esta "
    "estuvieron estuvo estaban estaba han ha habian habia andan anda andaban andaba viven "
    "vive pasan pasa pasaron paso"
)
# What leads an infinitive with "me" as someone else's doing ("quiso regatearme", "empezó
# a gritarme"); third persons only ("quise", "intento" may be the client's own).
_SOMEONE_LED = word_set("quiso quisieron quiere quieren suele suelen")
_SOMEONE_LED_WITH_A = word_set(
    "empezo empezaron comenzo comenzaron vino vinieron volvio volvieron puso pusieron va van "
    "iba iban"
)
_SOMEONE_LED_WITH_DE = word_set("trato trataron")


def _led_by_someone(words: list[str], at: int) -> bool:
    """True when someone else's verb leads the infinitive at ``at``: "quiso regatearme",
    "empezó a gritarme", "trató de humillarme"; not the client's "dejar de criticarme"."""
    if at >= 1 and words[at - 1] in _SOMEONE_LED:
        return True
    if at < 2:
        return False
    if words[at - 1] == "a":
        return words[at - 2] in _SOMEONE_LED_WITH_A
    return words[at - 1] == "de" and words[at - 2] in _SOMEONE_LED_WITH_DE


# "fui ignorada", "me sentí ignorada": the client's state, another's doing.
_FELT_OR_WAS = word_set("senti siento sentia sentido fui soy era estoy estaba")
# "me dieron un empujón", "me metieron presión": the doing given to the client as a noun.
_GIVEN = word_set("dieron dio dan da metieron metio echaron echo pegaron pego hicieron hizo")
# What may follow "a mí" when it is the client: the end, or a word of no name ("a mí
# también"); not "a mi ex", "a mi almohada" (someone's, something's), nor "a mí misma".
_AFTER_TO_ME_ENDS = word_set("tambien nomas solo sola de y pero que otra otra vez nunca siempre")
_PARTICIPLE_ENDINGS = ("ada", "ado", "adas", "ados", "ida", "ido", "idas", "idos")
_GERUND_ENDINGS = ("ando", "iendo", "yendo")
# Someone named before "me": "mi jefe me criticó", "ella me ignora", "todos me ignoran".
_SOMEONE_BEFORE_ME = word_set(
    "el ella ellos ellas alguien todos todas jefe jefa mama papa esposo esposa suegra "
    "suegro hermano hermana hijo hija novio novia gente maestra maestro profe doctor doctora "
    "supervisor supervisora companeros companeras amigos amigas familia patron patrona"
)


def _said_done_to_me(
    found: list[tuple[str, str] | None], noticing: _Noticing, label_verb: str
) -> bool:
    """True when the noticing says the label's one verb done to the client by someone
    else: "me ignoraron", "me volvieron a ignorar", "ignorándome", "me sentí ignorada",
    "ignorada otra vez", "mi jefe me criticó", "ignoraron mis mensajes", "... a mí";
    never the client's own doing ("ignoré los mensajes", "me apuré", "me culpo"), nor a
    "me" of another verb ("me puse a criticar", "me toca lavar")."""
    hit = found[0] if found else None
    if hit is None:
        return False
    words = noticing.words
    others = _others_endings(label_verb)
    for at in noticing.places(hit[1].split(" ", 1)[0]):
        if (
            _to_me_after(words, at)
            or _done_to_me_at(words, at, others)
            or _given_to_me(words, at)
            or _done_to_mine(words, at, others)
        ):
            return True
    return False


def _to_me_after(words: list[str], at: int) -> bool:
    if tuple(words[at + 1 : at + 3]) != _AFTER_TO_ME or _an_infinitive(words[at]):
        return False
    return at + 3 >= len(words) or words[at + 3] in _AFTER_TO_ME_ENDS


def _given_to_me(words: list[str], at: int) -> bool:
    """ "me dieron un empujón", "me metieron presión": the verb's noun given to the client."""
    before = at - 1
    if before >= 0 and words[before] in ("un", "una", "unos", "unas", "tremenda", "tremendo"):
        before -= 1
    if before < 1 or words[before] not in _GIVEN or words[before - 1] not in ("me", "nos"):
        return False
    # "me dio un ataque de risa": one giver must be someone named ("mi jefe me dio").
    return words[before].endswith("n") or (before >= 2 and words[before - 2] in _SOMEONE_BEFORE_ME)


def _others_endings(label_verb: str) -> tuple[str, ...]:
    """The endings of a verb's forms that only others' doing has, by its conjugation
    (the label's "-an" or "-en"): "-ar" verbs' "ignora", "ignoraba", "ignoran"; "-er"
    and "-ir" verbs' "corrige", "corrigió", "corregía". Left out where the client's own
    form is written the same once accents are gone: "ignoró" and "ignoro", "ignoré"."""
    if label_verb.endswith("an"):
        return ("an", "aron", "aban", "a", "aba")
    return ("en", "ieron", "ian", "e", "io", "ia")


def _done_to_me_at(words: list[str], at: int, others: tuple[str, ...]) -> bool:
    verb = words[at]
    if verb.endswith(("andome", "iendome", "andonos", "iendonos")):
        return True  # "ignorándome"
    if verb.endswith(("arme", "erme", "irme")) and _led_by_someone(words, at):
        return True  # "quiso regatearme", "empezó a gritarme"
    if verb.endswith(_PARTICIPLE_ENDINGS):
        return _participle_of_mine(words, at)
    # Back over what may stand between: "me volvieron a ignorar".
    before = at - 1
    while before >= 0 and words[before] in _DONE_AGAIN:
        before -= 1
    if before < 0 or words[before] not in ("me", "nos"):
        return False
    if before >= 1 and words[before - 1] == "nadie":
        return False  # "hoy nadie me criticó": no one did
    if at + 1 < len(words) and _an_infinitive(words[at + 1]):
        return False  # "me toca lavar": the verb leads to another
    if before < at - 1 or verb.endswith(others):
        return True  # others, said so by the verb or its helper
    # One person's doing that reads like the client's own once accents are gone ("me
    # criticó", written "me critico"): only with someone named before it.
    return before >= 1 and words[before - 1] in _SOMEONE_BEFORE_ME


# What a verbless fragment before a participle may hold: "otra vez ignorada", "hoy
# ignorada de nuevo".
_BEFORE_A_PARTICIPLE = word_set("otra vez hoy ayer de nuevo y ya siempre como pues bueno")


def _participle_of_mine(words: list[str], at: int) -> bool:
    """ "me sentí ignorada", "fui ignorada", "ignorada otra vez": the client's state."""
    if at >= 1 and words[at - 1] in _FELT_OR_WAS:
        return True
    return all(word in _BEFORE_A_PARTICIPLE for word in words[:at])


# "ignoraron mis mensajes", "mi jefe criticó mi trabajo": the client's own thing.
_MINE = frozenset({"mi", "mis"})


def _done_to_mine(words: list[str], at: int, others: tuple[str, ...]) -> bool:
    if at + 1 >= len(words) or words[at + 1] not in _MINE:
        return False
    verb = words[at]
    if verb.endswith(tuple(ending for ending in others if ending.endswith("n"))):
        return True  # "ignoraron mis mensajes": others, said so by the verb
    named = at >= 1 and words[at - 1] in _SOMEONE_BEFORE_ME
    return named and verb.endswith((*others, "o"))


def _an_infinitive(word: str) -> bool:
    return len(word) > 3 and word.endswith(("ar", "er", "ir"))


def _label_done_to_me(words: list[str], terms: tuple[_Term, ...]) -> int | None:
    """True when a label's "me" stands between someone named and a verb: "cuando el
    gerente me regaña", "mi suegra me critica" (not "me encierro", the client's own,
    nor "las horas que me quedan")."""
    surfaces = [t.surface for t in terms]
    for at in range(1, len(words) - 1):
        if words[at] != "me" or words[at + 1] not in surfaces:
            continue
        # "cuando me dejan en visto", "cuando me gritan": done to the client by anyone.
        if at == 1 and words[0] == "cuando":
            return surfaces.index(words[at + 1])
        if at >= 2 and words[at - 2] in _NAMING and words[at - 1] in surfaces:
            return surfaces.index(words[at + 1])
    return None


def _moment_not_done(words: list[str], terms: tuple[_Term, ...]) -> int | None:
    """The term of the verb a moment's "no" is said of: "contesta" in "cuando mi esposa
    no contesta", "paga" in "cuando el dueño no me paga"; None for any other label."""
    if words[:1] != ["cuando"] or "no" not in words:
        return None
    surfaces = [t.surface for t in terms]
    at = words.index("no") + 1
    while at < len(words) and words[at] in _CLITICS_BEFORE_VERB:
        at += 1
    if at < len(words) and words[at] in surfaces:
        return surfaces.index(words[at])
    return None


def _done_after_all(
    cue: _CompiledCue,
    terms: tuple[_Term, ...],
    found: list[tuple[str, str] | None],
    noticing: _Noticing,
) -> bool:
    """True when a label that says "no" ("no contestarle a mi mamá", "no poder dormir
    después del turno") meets a noticing that says its verb as the client's own and
    no "no" before it: the opposite happened ("hoy sí le contesté", "dormí como
    piedra"). A synonym of the verb ("insomnio") is read as before. Spanish."""
    # Only a label led by its "no": in "gritarle cuando no contesta" the "no" is someone
    # else's.
    if not cue.negative or noticing.language != "es" or cue.label_words[:1] != ("no",):
        return False
    said_no = any(
        hit and term.surface in noticing.negations for term, hit in zip(terms, found, strict=True)
    )
    # "nunca entrego las tareas", "olvidé entregarlas", "quería salir pero...", "ni salí":
    # not done.
    if said_no or not _FAILED.isdisjoint(noticing.words):
        return False
    if _FAILED_SAID.search(" ".join(noticing.words)):
        return False
    if any(hit and i in cue.verbs and noticing.negates(hit[1]) for i, hit in enumerate(found)):
        return False
    return any(
        hit and hit[0] in ("word", "form") and i in cue.verbs and not noticing.without(hit[1])
        for i, hit in enumerate(found)
    )


def _moment_done_after_all(
    cue: _CompiledCue, found: list[tuple[str, str] | None], noticing: _Noticing
) -> bool:
    """True when a moment that is someone's "no" ("cuando mi esposa no contesta",
    "cuando mis hijos no llaman") meets a noticing that says the verb done and no "no"
    before it: the opposite happened ("mi esposa me contestó rapidito", "hoy me llamaron
    mis dos hijos"). "no contestó", "nunca llama", "ni me pagó" are the moment."""
    if cue.not_done is None:
        return False
    hit = found[cue.not_done]
    if not hit or hit[0] not in ("word", "form"):
        return False
    verb = hit[1]
    if noticing.negates(verb) or noticing.without(verb) or noticing.negated(verb):
        return False
    if not _FAILED.isdisjoint(noticing.words) or _FAILED_SAID.search(" ".join(noticing.words)):
        return False
    if not _NOT_QUITE.isdisjoint(noticing.words):
        # "contestó? no", "a todos menos a mí", "dejó de contestarme", "tardó horas en
        # contestar", "pagó la mitad", "hasta la noche": the moment, said another way.
        return False
    # Every time the verb is said, no "no" stands before it ("no me contestó ... y cuando
    # contestó"): any one of them said with "no" is the moment.
    # "el pago del dueño": a noun after its article is no doing.
    places = [
        at
        for at in noticing.places(verb.split(" ", 1)[0])
        if not (at and noticing.words[at - 1] in _ARTICLES)
    ]
    return bool(places) and not any(noticing.negation_before(at) for at in places)


def _done_to_someone_else(
    cue: _CompiledCue, found: list[tuple[str, str] | None], noticing: _Noticing
) -> bool:
    """True when a label says its verb is done to the client ("cuando el caporal me
    grita", "me regaña") and the noticing says that verb done to someone else ("el
    caporal le gritó al nuevo", "el gerente regañó al garrotero"). Spanish."""
    if noticing.language != "es" or cue.done_to_me is None:
        return False
    verb = found[cue.done_to_me]
    return verb is not None and noticing.done_to_another(verb[1])


# Verbs that only carry their object or state: "tomarme una copa de vino" is the wine,
# "quedarme callado en las reuniones" the silence. Spanish.
_LIGHT_VERBS = word_set(
    "tomar tomarme tomarse quedarme quedarse ponerme ponerse sentirme sentirse estar echarme "
    "echarse"
)


def _light_verb_led(cue: _CompiledCue, noticing: _Noticing, first: int) -> bool:
    """True when a Spanish label is led by a light verb and nothing in the noticing says
    someone else did it or had it: its object or state met is the cue ("fueron tres
    copitas de vino", "otra vez callado en la reunión"; not "mi esposo y su copa").
    Another verb before the object is what happened to it ("había otras dos cervezas",
    "quedaban 3")."""
    return (
        noticing.language == "es"
        and cue.label_words[:1] != ()
        and cue.label_words[0] in _LIGHT_VERBS
        and _THEIRS.isdisjoint(noticing.words)
        and _NOT_QUITE.isdisjoint(noticing.words)
        and _SOMEONE_MINE.isdisjoint(noticing.words)
        and not noticing.others_did_anything()
        and noticing.nothing_done_before(first)
        and not noticing.owned_after(first)
    )


# What a verbless fragment before a light verb's object may hold: "fueron tres copitas",
# "otra vez callado", "hoy de nuevo una copa".
_FRAGMENT_WORDS = word_set(
    "fue fueron era eran otra otro otras otros vez hoy ayer anoche y ya de nuevo dos tres "
    "cuatro cinco una un unas unos como siempre puro pura ahora pues bueno uff ay jaja"
)
# "la copa de vino de mi papá", "era de mi esposo": whose it is.
_WHOSE = re.compile(r"\b(de|del)\s+(mi|mis|su|sus|tu|tus)\s+\w+|\bera\s+de\b")
# "su copa", "sus cervezas": someone else's.
_THEIRS = frozenset({"su", "sus"})


def _keyword(cue: _CompiledCue, found: list[tuple[str, str] | None]) -> bool:
    """A short label's key word said as another part of speech of its family
    ("me sentí culpable" for "la culpa con mi mamá", "celosa" for "los celos
    cuando sale"): the client names the cue by it. Only a word no other of the
    client's cues uses, weighing most in the label, and no verb of the label:
    a verb's family is everyday ("escondí" is no "a escondidas")."""
    if len(found) > 3:
        return False
    top = max(cue.weights, default=0.0)
    return any(
        hit
        and (hit[0] == "derived" or (hit[0] == "form" and _described(hit[1], cue.label_terms[i])))
        # Nor a verb made of a noun's family: "correr" is no "el correo".
        and not _DOING.search(hit[1])
        and i not in cue.verbs
        and cue.label_terms[i].stems[0] not in cue.shared
        and cue.weights[i] >= top - 1e-9
        for i, hit in enumerate(found)
    )


def _described(word: str, term: _Term) -> bool:
    """True for a describing word the stemmer joins to the label's noun: "un fracasado"
    for "un fracaso", "endeudada" for "deudas" ("-ado", "-ada", "-oso", "-osa"); and for
    the quality an English label's describing word names: "loneliness" for "lonely",
    "tightness" for "tight"."""
    if word.endswith(_QUALITY_ENDINGS) and not term.surface.endswith(_QUALITY_ENDINGS):
        # Only a quality WordNet derives from that word: "loneliness" of "lonely", never
        # "business" of "busy" (its quality is "busyness").
        return word in derived_forms(term.surface)
    return (
        word != term.surface
        and word.endswith(_DESCRIBING_ENDINGS)
        and not term.surface.endswith(_DESCRIBING_ENDINGS)
        # A noun's: "mandado" is no key word of "mandar todo a la fregada".
        and not _DOING.search(term.surface)
    )


_DESCRIBING_ENDINGS = ("ado", "ada", "ados", "adas", "oso", "osa", "osos", "osas")
_QUALITY_ENDINGS = ("ness", "nesses")


# Words before a noun that name an act as a thing ("otra discusión", "mis gritos",
# "puro regateo", "fue de pitazos"): after them a form of the label's verb is its noun.
# Not "este" or "esa": in a voice note "este" is a filler before any word ("este mira").
_NAMING_AN_ACT = word_set(
    """
    el la los las un una unos unas otro otra otros otras mi mis su sus tu tus puro pura
    puros puras tanto tanta tantos tantas mucho mucha muchos muchas harto harta cada del
    al de
    """
)
# A Spanish gerund, its pronouns joined or not ("dándole", "pensando").
_GERUND = re.compile(r"[^\W\d_]+(ando|iendo|yendo)(me|te|se|le|les|lo|la|los|las|nos){0,2}$")
# Nouns that name an act of the verb they come from, as a client names a bout of it
# ("otra pelea", "mis gritos", "puro regateo", "la corrección"); folded, plurals too. A
# noun of a verb that names a thing it makes or a place ("la cocina", "la salida", "un
# corte") is none, nor one that shares the stem only ("una llama", "una marca").
_ACT_NOUNS = word_set(
    """
    grito gritos griteria griterio pelea peleas peleadera regano reganos reganada reganadas regateo
    regateos queja quejas quejadera reclamo reclamos apuesta apuestas gasto gastos gastadera
    critica criticas llamada llamadas discusion discusiones correccion correcciones insulto
    insultos amenaza amenazas burla burlas empujon empujones portazo portazos pitazo pitazos
    mentira mentiras atracon atracones borrachera borracheras revision revisiones desvelada
    desveladas encierro llanto lloradera berrinche berrinches chisme chismes fumadera
    bebedera comilona apuro apurones reproche reproches interrupcion interrupciones pregunta
    preguntas puteada puteadas llorera lloreras llantina llantinas rabieta rabietas pataleta
    pataletas mentada mentadas bocinazo bocinazos claxonazo claxonazos pitada pitadas
    cachetada cachetadas nalgada nalgadas lloriqueo lloriqueos desvelo desvelos trasnochada
    trasnochadas reganina reganinas
    """
)
# Sizes Spanish gives an act's noun, as a client sizes a bout ("otro regañote", "un
# gritito", "la peleíta de siempre", "un regañazo"), plural endings first.
_SIZED = ("otes", "otas", "azos", "itos", "itas", "ote", "ota", "azo", "ito", "ita")


def _an_act_noun(word: str) -> bool:
    """True for a listed act's noun, or one sized bigger or smaller ("regañote" is a
    "regaño", "peleíta" a "pelea")."""
    if word in _ACT_NOUNS:
        return True
    for ending in _SIZED:
        if word.endswith(ending) and len(word) - len(ending) >= _SIZED_MIN_BODY:
            body = word[: -len(ending)]
            plural = "s" if ending.endswith("s") else ""
            return any(body + vowel + plural in _ACT_NOUNS for vowel in ("o", "a", "e", ""))
    return False


_SIZED_MIN_BODY = 4
_ANOTHERS = frozenset({"su", "sus", "tu", "tus"})
# After the act's noun, someone else's act or one seen: "una pelea entre dos niños", "los
# gritos en la calle", "la discusión en la tele".
_OTHERS_ACT_AFTER = word_set("entre inesperada inesperado ajena ajeno ajenas ajenos")
_SEEN_IN = word_set(
    "tele tv television calle noticias noticiero radio pelicula serie partido escuela "
    "colegio youtube tiktok internet redes parque vecindario"
)
# Having an act's noun is the client's own: "tengo una pregunta" is no "cuando me preguntan".
_HAVING = word_set("tuve tuvimos tengo tenemos tenia")
# Verbs that make an act of a noun ("pegar un grito", "dar una regañada", "echar una
# bronca"), as the client says them and as said of others; folded.
_LIGHT_VERBS_MINE = word_set(
    "pegue pego di doy eche echo solte suelto meti meto arme armo tuve hice tire tiro"
)
# The client's own past, never another's ("pegó" and "tiró" are folded as the client's
# present "pego", "tiro"): after "me" these still say it was done to the client.
_LIGHT_VERBS_MY_PAST = word_set("pegue di eche solte meti arme tuve hice tire")
_ACT_LIGHT_VERBS = _LIGHT_VERBS_MINE | word_set(
    "pegaron dio dieron echaron solto soltaron metio metieron armaron hizo hicieron tiraron"
)
# What may come before the words that name the act: nothing (it opens the text), a
# joining word, when, or a verb of having or being ("tuve otra discusión", "hoy fue de
# pitazos", "hubo gritos"). Any other verb makes the noun its object.
_BEFORE_AN_ACT_NAMED = word_set(
    """
    y e o pero que porque con por entre tras sin hoy ayer anoche vez ya nomas solo
    fue era es son fueron hubo hay habia tuve tuvimos tengo tenemos tenia otra otro mas
    puro pura puros puras mucho mucha muchos muchas tanto tanta tantos tantas de del
    """
)
# "de" after the act's noun that says when, not whose: "los gritos de hoy", "la
# discusión de anoche", "mis gritos de la mañana".
_WHEN_AFTER_DE = TIME_WORDS | word_set("hoy ayer anoche siempre costumbre nuevo antes")
_SAID_BEFORE_A_TIME = word_set("la el los las esta este estas estos cada toda todo")


def _act_named(cue: _CompiledCue, found: list[tuple[str, str] | None], noticing: _Noticing) -> bool:
    """The label's verb said as the name of the act, and nothing else of the label: "otra
    discusión por los nenes" for "discutir con mi ex por los chicos", "mis gritos de la
    mañana" for "gritar a los chicos", "los gritos de hoy" for "cuando el manager me
    grita". Spanish only; the verb must weigh most in the label and be in no other of the
    client's cues, its noun must follow a word that names a thing ("otra", "mis",
    "puro"), and be nobody else's: not "sus gritos", "los gritos de mi vecino"; "mis
    gritos" is no "cuando me gritan"."""
    # A label that says "no" is about the act not done: "otra llamada" is no "cuando
    # mi hija no llama".
    if noticing.language != "es" or cue.negative or cue.not_done is not None:
        return False
    verbs = set(cue.verbs) | ({cue.done_to_me} if cue.done_to_me is not None else set())
    hits = [i for i, hit in enumerate(found) if hit]
    if len(hits) != 1 or hits[0] not in verbs:
        return False
    at = hits[0]
    how, said = found[at]  # type: ignore[misc]
    # Only a listed act's noun: not a thing the verb makes or a word that shares its stem
    # ("la cocina", "la salida", "una llama", "un corto").
    if (
        how not in ("form", "derived")
        or not _an_act_noun(said)
        or cue.label_terms[at].stems[0] in cue.shared
        or cue.weights[at] < max(cue.weights) - 1e-9
    ):
        return False
    done_to_me = at == cue.done_to_me
    return any(noticing.names_an_act(place, done_to_me) for place in noticing.places(said))


def _doing_named(
    cue: _CompiledCue, found: list[tuple[str, str] | None], noticing: _Noticing
) -> bool:
    """An English label's leading doing said again as the name of the act, and nothing
    else of the label: "another fight with appa" for "fighting with my father", "one
    more raid" for "raiding the fridge". Only a verb of few senses (a doing, not
    "taking" or "calling"), in no other of the client's cues, its word or its noun
    after "another", "one more", "the usual", "the same", and no one else named just
    before ("my sister had another fight"). "a fight broke out" and "the comparison
    thing" may be anyone's, or a thing: they are not read."""
    at = cue.gerund
    if at is None or cue.negative or cue.label_terms[at].stems[0] in cue.shared:
        return False
    hits = [i for i, hit in enumerate(found) if hit]
    if hits != [at]:
        return False
    how, said = found[at]  # type: ignore[misc]
    if how not in ("form", "derived") or said.endswith("ing"):
        return False
    senses = verb_senses(cue.label_terms[at].surface)
    if not 0 < senses <= _FEWEST_SENSES_OF_A_DOING:
        return False
    return any(
        place > 0
        and noticing.words[place - 1] in _NAMING_A_DOING
        and _SOMEONE_ELSE.isdisjoint(noticing.words[max(0, place - 5) : place])
        for place in noticing.places(said)
    )


def _doing_alone(
    cue: _CompiledCue, found: list[tuple[str, str] | None], noticing: _Noticing
) -> bool:
    """An English label's leading doing said alone in another form, by the client and
    on nothing else: "had a nap at 7", "did a mad scroll" and "scrolled till my eyes
    hurt" for "napping after work" and "scrolling in bed", "yelled myself hoarse" for
    "yelling at the refs", "the comparison thing again". Only a verb of few senses (not
    "checking", "calling", "missing"), in no other of the client's cues, and no one else
    in the message before it ("the baby had a nap", "the coach finally yelled").

    Its noun only as the client's own bout of it: after "had a", "did a", "took a" said by
    the client ("got a complaint", "heard a slam", "a scroll of paper" are things), or
    "the ... thing", "the ... again". Its verb only with the client as subject (first, or
    after "i", "just", "so") and with nothing after it but a time, "myself", "it" or the
    end ("scrolled till 3", "chased it all night"): "compared prices", "yelled at him",
    "got yelled at" are other things done."""
    at = cue.gerund
    if (
        noticing.language != "en"
        or at is None
        or cue.negative
        or cue.label_terms[at].stems[0] in cue.shared
    ):
        return False
    hits = [i for i, hit in enumerate(found) if hit]
    if hits != [at]:
        return False
    how, said = found[at]  # type: ignore[misc]
    if how not in ("form", "derived") or said == cue.label_terms[at].surface:
        return False
    senses = verb_senses(cue.label_terms[at].surface)
    if not 0 < senses <= _DOING_ALONE_SENSES:
        return False
    words = noticing.words
    for place in noticing.places(said):
        before = words[:place]
        if not _SOMEONE_ELSE.isdisjoint(before) or not _OTHERS_BEFORE.isdisjoint(before):
            continue
        if _bout_of_mine(words, place) or _client_did_it(words, place):
            return True
    return False


def _bout_of_mine(words: list[str], place: int) -> bool:
    """True when the noun at ``place`` is a bout the client had: "had a nap", "did a mad
    scroll", first or after "i", "just"; "the comparison thing", "the scroll again"."""
    after = words[place + 1] if place + 1 < len(words) else ""
    if place and words[place - 1] == "the" and after in _A_DOING_NAMED_AFTER:
        return True
    for gap in (1, 2):  # "a nap", "a mad scroll"
        light = place - gap - 1
        if light < 0 or words[light + 1] not in ("a", "an"):
            continue
        if words[light] in _HAVING_A_BOUT and after != "of":
            return light == 0 or words[light - 1] in _THE_CLIENT_BEFORE
    return False


def _client_did_it(words: list[str], place: int) -> bool:
    """True when the verb at ``place`` is the client's (first, or after "i", "just") and
    nothing follows it but a time, "myself", "it" or the end."""
    if place and words[place - 1] not in _THE_CLIENT_BEFORE:
        return False
    after = words[place + 1] if place + 1 < len(words) else ""
    return not after or after in _NO_OBJECT_AFTER


# Verbs with which the client has a bout of a doing: "had a nap", "did a scroll".
_HAVING_A_BOUT = word_set("had have having did do took take taking")
# After "the" and a doing's noun, what makes it the client's own: "the comparison thing".
_A_DOING_NAMED_AFTER = word_set("thing again stuff brain spiral urge habit")
# Before a verb whose subject is the client, said or left out ("i yelled", "just
# scrolled"); not "got" ("got yelled at"), "and" or "then" (anyone's verb may follow).
_THE_CLIENT_BEFORE = word_set("i ive id im just so also literally even")
# After a verb that takes nothing else: a time, the client, the end of a thought.
_NO_OBJECT_AFTER = word_set(
    """
    myself it again till until for tonight today yesterday when while before after and so
    but because like hours minutes all this last
    """
)
# Someone else, before the doing in the same message: "the baby had a nap", "the coach
# yelled", "my manager sent an apology".
_OTHERS_BEFORE = word_set(
    """
    baby kid kids toddler grandma grandpa nan nana gran coach manager customer teacher
    doctor nurse guy girl man woman lady dog cat team everyone people someone somebody niece
    nephew uncle aunt auntie boss colleague coworker neighbor neighbour preacher we you
    storm flight
    """
)


# A doing of more senses than this is said of too much alone: "missed her call" is no
# "missing the kids' games", "counting down the miles" no "counting pills left".
_DOING_ALONE_SENSES = 6


def _done_by_the_thing(found: list[tuple[str, str] | None], noticing: _Noticing) -> bool:
    """True when the label's words the noticing holds are the subject of a verb after
    them: "the liquor store back home got robbed", "code review went fine", "other
    drivers say ...", "the car boot wouldn't shut"; not "the bank app again, five times"
    (a noun's plural), "work emails going round my head" (a participle) nor "at work i
    was fine" (the client's own verb)."""
    last = max(
        (p for hit in found if hit for p in noticing.places(hit[1].split(" ")[-1])),
        default=None,
    )
    if last is None:
        return False
    for word in noticing.words[last + 1 : last + 1 + _SUBJECT_REACH]:
        if word in _SOMEONE_SAYING:
            return False  # "... at work i was fine": the verb is the client's, or another's
        if word in _FINITE or (verb_said(word) and not word.endswith(("ing", "s"))):
            return True
    return False


def _doing_unsaid(
    cue: _CompiledCue,
    terms: tuple[_Term, ...],
    found: list[tuple[str, str] | None],
    noticing: _Noticing,
) -> bool:
    """True when a label led by a doing done to a thing ("replaying conversations from
    work", "checking the door locks") is met by its things alone, the doing said in no
    form: "had a nice conversation at work", "the locksmith fixed the back door lock"
    are other doings with them. A doing done at a place or with someone ("staring at
    the liquor store") may be said as being there ("sat outside the liquor store"); a
    light verb's label ("getting up for a brew") is its thing. The thing said as a
    doing ("went car booting" for "buying at the car boot") and the doing's noun behind
    a prefix ("another overreaction to my partner's tone") say the doing."""
    doings = [
        i
        for i in cue.doings
        if terms[i].surface not in noticing._reading.small_words
        and terms[i].surface not in _LIGHT_DOINGS
        and _done_to_a_thing(cue.label_words, terms[i].surface)
    ]
    if not doings:
        return False
    if any(
        hit and hit[1].endswith("ing") and not term.surface.endswith("ing")
        for term, hit in zip(terms, found, strict=True)
    ):
        return False
    nouns = {form for i in doings for form in derived_forms(terms[i].surface)}
    if any(
        word.startswith(prefix) and word[len(prefix) :] in nouns
        for word in noticing.words
        for prefix in _PREFIXES
    ):
        return False
    # A broader verb or a kind of the doing says it: "ate a whole pack of biscuits at
    # night" for "bingeing biscuits at night", "paid" for "spending".
    return not any(
        kin_doings(word, terms[i].surface)
        for word in set(noticing.words) - noticing._reading.small_words
        for i in doings
    )


def _done_to_a_thing(label_words: tuple[str, ...], doing: str) -> bool:
    """True when the label's word after ``doing`` is no preposition: what follows is
    what it is done to ("checking the door locks"), not where ("staring at ...")."""
    at = _index(label_words, doing)
    return (
        at is not None and at + 1 < len(label_words) and (label_words[at + 1] not in _PREPOSITIONS)
    )


_PREPOSITIONS = word_set(
    """
    at to in on with from for about into onto over through outside near by off up down
    of around after before past under behind across along towards toward
    """
)
# Doings that carry their object ("doing chores", "having a drink", "taking the bus"),
# besides the weak verbs of the lexicon ("getting", "going", "making").
_LIGHT_DOINGS = word_set("doing having being taking")
# Before a doing's noun: "overreaction", "misreading", "self-sabotage" (joined when folded).
_PREFIXES = ("over", "re", "mis", "un", "out", "under", "self")


# A subject named after the thing: the verb that follows is that one's.
_SOMEONE_SAYING = word_set("i we he she they you im ive")
# How far after a thing its verb may come ("the liquor store back home got robbed").
_SUBJECT_REACH = 3
# Verbs a thing is the subject of, as often as not unmarked: "is", "has", "wouldnt".
_FINITE = word_set(
    """
    is was are were has had have got gets went goes came comes says said broke wont wouldnt
    didnt doesnt isnt wasnt cant couldnt will would
    """
)


def _doings(words: Sequence[str], terms: tuple[_Term, ...]) -> tuple[int, ...]:
    """The terms of an English label that say a doing: its gerunds, the verb after
    "to" ("reaching for the phone to call her") and what a "when" says happens."""
    # "shutting down when mum calls": what follows "when" is the moment itself.
    clause = next((at for at, word in enumerate(words) if word in _MOMENT_CLAUSE), len(words))
    doings = []
    for i, term in enumerate(terms):
        at = _index(words, term.surface)
        if at is None:
            continue
        if (
            at > clause
            or (term.surface.endswith("ing") and verb_senses(term.surface))
            or (at and words[at - 1] == "to")
        ):
            doings.append(i)
    return tuple(doings)


_MOMENT_CLAUSE = word_set("when whenever while if once")


# A verb of more senses than this names no one doing alone ("call", "check", "leave").
_FEWEST_SENSES_OF_A_DOING = 9
# Before a verb's own word or its noun, these make it the act again ("another fight",
# "one more raid", "the usual scroll"); "a fight broke out", "the big fight on sky", "my
# watch" name a thing or someone else's act.
_NAMING_A_DOING = word_set("another more usual same")
# Someone else before the act: "my sister had another fight with her boyfriend".
_SOMEONE_ELSE = word_set(
    """
    he she they his her their him them hes shes theyre sister brother mum mom dad mother
    father wife husband friend mate boss son daughter partner bf gf cousin neighbour neighbor
    flatmate roommate
    """
)
# Who may be the subject right before a verb: a pronoun that can be one, or a person.
_SOMEONE_ELSE_NAMED = (_SOMEONE_ELSE | _OTHERS_BEFORE) - word_set("his her him their them we you")
_SHORTEST_GERUND = 6
# The auxiliaries an English gerund's subject stands before, and the client among its
# subjects ("me and my brother were hiding").
_BEING_EN = frozenset({"was", "were", "is", "are"})
_THE_CLIENT_EN = frozenset({"i", "im", "me", "we", "us", "myself"})


def _carries_me(verb: str) -> bool:
    """True for an infinitive with "me" joined to it ("temblarme", "esconderme")."""
    return verb.endswith("me") and verb[:-2].endswith(("ar", "er", "ir"))


def _another_of_its_kind(
    cue: _CompiledCue, found: list[tuple[str, str] | None], noticing: _Noticing
) -> list[tuple[str, str] | None]:
    """A label's noun named with "de" as one kind ("ataque de pánico", "turno de noche")
    is not met by another kind of it ("un ataque de tos", "me tocó turno de día"): the
    noun said with "de" and a word that is not the label's own is left unmet. Spanish."""
    if noticing.language != "es":
        return found
    words, terms = cue.label_words, cue.label_terms
    kept = list(found)
    for i in range(len(terms) - 1):
        hit = found[i]
        if not hit or found[i + 1] or hit[0] not in ("word", "form") or i in cue.verbs:
            continue  # a verb's "de" names what it is done with ("atascarme de comida")
        at = _index(words, terms[i].surface)
        if at is None or words[at + 1 : at + 3] != ("de", terms[i + 1].surface):
            continue
        for place in noticing.places(hit[1].split(" ", 1)[0]):
            said = noticing.words[place + 1 : place + 3]
            if (
                len(said) == 2
                and said[0] == "de"
                and said[1] not in _KIND_OPENERS
                # Not the label's own word misspelt or misheard ("maestro de sobra").
                and OSA.distance(said[1], terms[i + 1].surface) > _KIND_SLIP
            ):
                kept[i] = None
    return kept


def _index(words: tuple[str, ...], word: str) -> int | None:
    return words.index(word) if word in words else None


# A word this close to the label's own after "de" is that word written or heard wrong.
_KIND_SLIP = 2
# After "de", words that do not name a kind: "un ataque de esos", "de la nada".
_KIND_OPENERS = word_set("esos esas este esta la el los las un una mi mis tu su nuevo otra vez")


def _someone_elses_doing(
    phrase: str,
    terms: tuple[_Term, ...],
    found: list[tuple[str, str] | None],
    noticing: _Noticing,
) -> bool:
    """True when an English phrase led by the client's doing is met by someone else
    doing it; a phrase that is someone else's doing ("she is starting again") is not."""
    first = found[0] if found else None
    return bool(
        first
        and noticing.language == "en"
        and terms[0].surface.endswith("ing")
        and _THEM.isdisjoint(normalise(phrase).split())
        and noticing.others_did(first[1])
    )


# A phrase that names someone else is about their doing.
_THEM = _SOMEONE_ELSE | _OTHERS_BEFORE | word_set("shes hes theyre")


def _label_match(cue: _CompiledCue, noticing: _Noticing) -> Why | None:
    """The label's rule: every word of a one- or two-word label (words the client
    uses in other cues may be missing when the rest is there), two thirds of a
    longer one by weight."""
    terms = cue.label_terms
    if not terms:
        return None
    found = _another_of_its_kind(cue, _heard(terms, _found(terms, noticing), noticing), noticing)
    if cue.phrase_name is not None and not found[cue.phrase_name[0]]:
        # "el Brayan no me hizo caso" for "cuando mi nieto no me hace caso", when the
        # client's own phrase calls him Brayan.
        said = noticing.named(cue.phrase_name[1], cue.label_words)
        found[cue.phrase_name[0]] = ("name", said[1]) if said else None
    for held, run in cue.runs:
        if not all(found[i] for i in held):
            # "plástico" for "tarjeta de crédito": the member's mate is all its words.
            hit = noticing.across(run)
            if hit:
                for i in held:
                    found[i] = found[i] or hit
    if not cue.negative:
        found = _unnegated(found, noticing)
    # A feeling someone else has is theirs ("mi hija tiene miedo a manejar").
    named = frozenset(hit[1] for hit in found if hit)
    found = [
        None if hit and i not in cue.verbs and noticing.felt_by_others(hit[1], named) else hit
        for i, hit in enumerate(found)
    ]
    others = bool(
        (cue.verb_led or cue.gerund == 0)
        and found[0]
        and noticing.others_did(found[0][1])
        # "me temblaban las manos" for "temblarme las manos": the hands are the verb's
        # subject, the client the one it happens to.
        and not (_carries_me(terms[0].surface) and noticing.to_me(found[0][1]))
    )
    if others:
        found[0] = None  # "castigaron al equipo": someone else's action
    found = [
        None if hit and i in cue.verbs and not noticing.with_its_pronoun(terms[i], hit) else hit
        for i, hit in enumerate(found)
    ]
    # "cuando no hay venta": the label's "no" is said of "hay" and what there is none of.
    existential = not noticing.existentials.isdisjoint(cue.label_words)
    for i, term in enumerate(terms[:-1]):
        # The label's own "no" is met only as "no" + its verb ("para no pelearnos"),
        # not by any "no" ("hoy no hubo pelea"); a "no" said is met as said ("les dije
        # que no", "no supe decirle que no").
        after = found[i + 1]
        if cue.says_no and term.surface == "no":
            found[i] = ("word", "que no") if _says_no(noticing.words) else None
        elif term.surface in noticing.negations and found[i]:
            said = after and (
                noticing.negates(after[1]) or (existential and noticing.none_there(after[1]))
            )
            found[i] = found[i] if said else None
        elif term.surface == "no" and noticing.negations and after and noticing.without(after[1]):
            found[i] = ("word", "sin")  # "sin contestar" for "no contesta"
    if _synonyms_only(found) or (
        len(terms) > 2 and _english_only(found) and not _spanglish_said(found, noticing)
    ):
        return None
    total = sum(cue.weights) or 1.0
    # In a longer label a synonym counts half: "kids screaming" is not "yelling
    # at the kids at bedtime", though "screaming" can mean "yelling".
    coverage = (
        sum(
            w * (_SYNONYM_SHARE if hit[0] in _LOOSE and len(terms) > 2 else 1.0)
            for w, hit in zip(cue.weights, found, strict=True)
            if hit
        )
        / total
    )
    if cue.circumstance and not all(found):
        ok = _core_met(cue, found, others)
    elif len(terms) <= 2:
        key = [i for i, t in enumerate(terms) if t.stems[0] not in cue.shared] or range(len(terms))
        ok = all(found[i] for i in key)
    else:
        # When others did the label's action ("a mi novio le revisaron el celular"),
        # its other words are theirs too: one of the label's own verbs must be there.
        ok = coverage >= _LONG_LABEL_SHARE - 1e-9 and (
            not others or any(found[i] for i in cue.verbs)
        )
    if ok and cue.verb_led and len(terms) > 2 and not any(found[i] for i in cue.verbs):
        # The client's own doing is the cue: its place or object without any of
        # its verbs, nor a verb of the client's own words before them, is not
        # ("la fila del súper iba rápido" for "salirme de la fila del súper";
        # "abandoné la cola del súper" is).
        first = min(
            (p for hit in found if hit for p in noticing.places(hit[1].split(" ", 1)[0])),
            default=None,
        )
        ok = first is not None and (
            noticing.verb_before(first) or _light_verb_led(cue, noticing, first)
        )
    if (
        ok
        and cue.gerund is not None
        and len(terms) > 2
        and not any(found[i] for i in cue.doings)
        and (_done_by_the_thing(found, noticing) or _doing_unsaid(cue, terms, found, noticing))
    ):
        # The client's doing is the cue: its place or object alone is not ("the
        # liquor store got robbed" for "staring at the liquor store"); another doing
        # of the label will do ("sending" of "rereading emails before sending"), and so
        # does a doing of the client's own before them ("sat outside the liquor store").
        # A doing done to a thing is not met by the thing alone with another doing
        # ("sold my old bike online, made some money" for "spending money online").
        ok = False
    if not ok and not others:
        # When others did the label's verb, its key word is theirs too.
        ok = _keyword(cue, found)
    if not ok:
        ok = _doing_named(cue, found, noticing) or _doing_alone(cue, found, noticing)
    if not ok and not others:
        ok = _act_named(cue, found, noticing)
    if not ok and cue.head is not None:
        hit = found[cue.head]
        ok = bool(hit) and hit[0] in ("word", "form")
    if ok and cue.verb_led and found[0] and not any(found[1:]) and not _an_act_noun(found[0][1]):
        # The verb alone: it must not be doing something else ("compare precios"). The
        # act's noun takes no object ("otra lloradera hoy").
        ok = not noticing.other_object(found[0][1], terms)
    elif ok and cue.verb_led and found[0] and len(terms) > 2 and not found[1]:
        # Nor without its object, on another ("buscando recetas en google" for
        # "buscar síntomas en google").
        ok = not noticing.other_object(found[0][1], terms)
    if ok and noticing.contrary_said(cue.label_words):
        ok = False
    if ok and _done_after_all(cue, terms, found, noticing):
        ok = False  # "hoy sí le contesté a mi mamá" for "no contestarle a mi mamá"
    if ok and _moment_done_after_all(cue, found, noticing):
        ok = False  # "mi esposa me contestó rapidito" for "cuando mi esposa no contesta"
    if ok and _done_to_someone_else(cue, found, noticing):
        ok = False  # "el gerente regañó al nuevo" for "cuando el gerente me regaña"
    if (
        ok
        and _done_to_me_alone(cue.label_words, terms)
        and not _said_done_to_me(found, noticing, cue.label_words[2])
    ):
        ok = False  # "ignoré los mensajes" for "cuando me ignoran"
    if not ok:
        return None
    evidence = _evidence(terms, found)
    return Why(cue.label, "label", cue.label, evidence, _score(evidence, coverage))
