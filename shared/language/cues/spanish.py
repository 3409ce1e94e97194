"""The tagger's Spanish: function and vague words, irregular verbs, texting
shorthand and a stemmer, for cues written in the client's Spanish.

Every word here is as :func:`shared.language.text.normalise` leaves it: lower
case, accents and tildes dropped ("grité" is "grite", "señal" is "senal"), so
a client who types without accents matches a cue written with them.

The stemmer is Snowball's Spanish, fed those unaccented words. Snowball reads
a final accented vowel as a verb ending ("dormí", "comí") that the unaccented
form no longer shows, so one final vowel is trimmed from its stems: "dormi"
and "dormir" both become "dorm", "grite", "gritarles" and "gritando" "grit".
Irregular verbs whose stem changes ("duermo", "tuve", "hice") are mapped to
their infinitive first, as the English table maps "froze" to "freeze".
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from shared.language.cues.bilingual import Across, across
from shared.language.cues.families_es import families
from shared.language.cues.lexicon import Lexicon, snowball_stem, word_set
from shared.language.cues.spanish_words import known_by, spanish_words
from shared.language.cues.synonyms_es import catalogue

_SNOWBALL = snowball_stem("spanish")
_VOWELS = frozenset("aeiou")
# A stem shorter than this keeps its last vowel: "cas" (casa) must not become "ca".
_TRIM_MIN_LENGTH = 4
# Words shorter than this are read as written: short words are too often listed
# under a sense of their own ("cita" is no diminutive).
_READING_MIN_LENGTH = 5
_BASE_MIN_LENGTH = 3
# A "re-" form's word is at least this long ("resubí": "subí").
_RE_MIN_LENGTH = 4
# Diminutive and augmentative endings, and what the word ends with without them
# ("-ito" of "hijito" was "-o", the "-ecito" of "pancito" "-"...). Longest first.
_DIMINUTIVES = (
    ("ecito", ("", "e")),
    ("ecita", ("", "e")),
    ("cito", ("", "e")),
    ("cita", ("", "e")),
    ("ito", ("o", "e", "a", "")),
    ("ita", ("a", "o", "")),
    ("illo", ("o", "e")),
    ("illa", ("a",)),
    ("ote", ("e", "o")),
    ("ota", ("a",)),
    # Superlatives read as their word too ("preocupadísima", "rapidísimo").
    ("isimo", ("o", "e")),
    ("isima", ("a", "e")),
)

FUNCTION_WORDS = word_set(
    """
    a al ante con contra de del desde en entre hacia hasta para por segun sin sobre tras
    el la los las lo un una unos unas y e o u ni que pero sino si porque pues como donde
    yo me mi mis mio mia tu te ti tus usted ustedes ella ellos ellas nos nosotros
    nosotras se le les su sus este esta esto estos estas ese esa eso esos esas aquel
    es son soy eres era eran fue ser estar estoy estaba estaban estuve estuvo
    he ha has han hay habia haber
    """
)
WEAK_WORDS = word_set(
    """
    siento sientes siente sentia senti sintio sentir sentirme sentido
    voy vas va vamos van iba ir tengo tiene tienes tenia tuve tener hago hace hice hacer
    quiero quiere queria quise querer puedo puede podia pude poder digo dice dije decir
    empiezo empieza empece empezo empezar trato trate tratar sigo sigue seguir
    otra otro vez siempre nunca todo toda todos todas algo nada cosa cosas muy mucho
    mucha muchos poco casi solo tan tanto mas menos antes despues durante mientras
    cuando ya aun todavia cada
    """
)
IRREGULAR = {
    "tuve": "tener",
    "tuvo": "tener",
    "tengo": "tener",
    "tiene": "tener",
    "tienes": "tener",
    "hice": "hacer",
    "hizo": "hacer",
    "hago": "hacer",
    "dije": "decir",
    "dijo": "decir",
    "digo": "decir",
    "dice": "decir",
    "puse": "poner",
    "puso": "poner",
    "pongo": "poner",
    "pude": "poder",
    "pudo": "poder",
    "puedo": "poder",
    "quise": "querer",
    "quiso": "querer",
    "quiero": "querer",
    "estuve": "estar",
    "estuvo": "estar",
    "fui": "ir",
    "fuiste": "ir",
    "vi": "ver",
    "vio": "ver",
    "veo": "ver",
    "viendo": "ver",
    "viste": "ver",
    "vimos": "ver",
    "vieron": "ver",
    "veia": "ver",
    "veian": "ver",
    "duermo": "dormir",
    "duerme": "dormir",
    "duermes": "dormir",
    "duermen": "dormir",
    "durmio": "dormir",
    "durmiendo": "dormir",
    "siento": "sentir",
    "sientes": "sentir",
    "siente": "sentir",
    "sintio": "sentir",
    "pienso": "pensar",
    "piensa": "pensar",
    "piensas": "pensar",
    "vuelvo": "volver",
    "vuelve": "volver",
    "volvi": "volver",
    "despierto": "despertar",
    "despierta": "despertar",
    "despiertas": "despertar",
    "empiezo": "empezar",
    "empieza": "empezar",
    "pierdo": "perder",
    "pierde": "perder",
    "muerdo": "morder",
    "cuento": "contar",
    "cuenta": "contar",
    "recuerdo": "recordar",
    "recuerda": "recordar",
}
# Futures and conditionals on a stem of their own: "les diré que sí", "lo haría", "no
# podré dormir". Not "caber" ("cabra" is a goat) nor "haber" (an auxiliary).
_IRREGULAR_FUTURE_STEMS = {
    "dir": "decir",
    "har": "hacer",
    "pondr": "poner",
    "saldr": "salir",
    "tendr": "tener",
    "vendr": "venir",
    "podr": "poder",
    "querr": "querer",
    "sabr": "saber",
    "valdr": "valer",
}
_FUTURE_ENDINGS = ("e", "as", "a", "emos", "an", "ia", "ias", "iamos", "ian")
# Preterites and past subjunctives on a stem of their own: "me puse a llorar", "si
# tuviera", "dijeron", "trajo".
_IRREGULAR_PAST_STEMS = {
    "tuv": "tener",
    "estuv": "estar",
    "anduv": "andar",
    "pud": "poder",
    "pus": "poner",
    "quis": "querer",
    "sup": "saber",
    "vin": "venir",
    "hic": "hacer",
}
_PAST_ENDINGS = ("e", "iste", "o", "imos", "ieron", "iera", "ieras", "ieramos", "ieran", "iese")
# After a "j" the "i" drops: "dijeron", "trajera".
_J_PAST_STEMS = {"dij": "decir", "traj": "traer", "conduj": "conducir"}
_J_PAST_ENDINGS = ("e", "iste", "o", "imos", "eron", "era", "eras", "eramos", "eran", "ese")
IRREGULAR.update(
    {
        stem + ending: verb
        for stem, verb in _IRREGULAR_FUTURE_STEMS.items()
        for ending in _FUTURE_ENDINGS
    }
    | {
        stem + ending: verb
        for stem, verb in _IRREGULAR_PAST_STEMS.items()
        for ending in _PAST_ENDINGS
    }
    | {stem + ending: verb for stem, verb in _J_PAST_STEMS.items() for ending in _J_PAST_ENDINGS}
    | IRREGULAR
)
# "hizo", not "hico"; "vino" is wine as often as it came.
IRREGULAR["hizo"] = "hacer"
del IRREGULAR["hico"], IRREGULAR["vino"]
# Texting shorthand, expanded before matching.
SHORTHAND = {
    "q": "que",
    "k": "que",
    "xq": "porque",
    "pq": "porque",
    "porq": "porque",
    "x": "por",
    "tb": "tambien",
    "tmb": "tambien",
    "d": "de",
    "pa": "para",
    "toy": "estoy",
    "msj": "mensaje",
    "hrs": "horas",
    "bn": "bien",
    "xfa": "por favor",
    "dsp": "despues",
    "dps": "despues",
    "hno": "hermano",
    "hna": "hermana",
    # Everyday clippings, read as the whole word ("el cel" is the phone, not "celos").
    "cel": "celular",
    "celu": "celular",
    "compu": "computadora",
    "tele": "television",
    "peli": "pelicula",
    "pelis": "peliculas",
    "profe": "profesor",
    "bici": "bicicleta",
}
# When a label's moment happens ("pesarme cada mañana", "pagar el alquiler a final
# de mes"): the circumstance, not what the cue is about. A client names the cue by
# its other words and often leaves the time out ("me volví a pesar").
TIME_WORDS = word_set(
    """
    noche noches manana mananas tarde tardes madrugada madrugadas dia dias semana
    semanas mes meses finde final lunes martes miercoles jueves viernes sabado
    sabados domingo domingos
    """
)
CONTEXT_WORDS = word_set("antes despues cuando mientras durante en al hasta cada tras")
ARTICLES = word_set("el la los las un una mi mis ese esa este esta")


# Infinitives too short for the stemmer to see the pronouns joined to them
# ("verme", "darle"): read without them, as "pesarme" is.
_SHORT_INFINITIVES = frozenset({"ver", "dar", "ser", "oir"})
_SHORT_CLITICS = ("me", "te", "se", "lo", "la", "le", "los", "las", "les", "nos")


def _preterite_of(word: str) -> bool:
    """True when ``word`` is a listed "-ar" verb's stem and a final "e" ("repase"
    of "repasar": "repasé" or "que repase")."""
    words = spanish_words()
    return words is not None and words.listed(word[:-1] + "ar")


# A diminutive that spells the "c" of its word "qu" ("cerquita" of "cerca", "poquito"
# of "poco", "banquito" of "banco"): read as that word when it is listed.
_QU_DIMINUTIVES = (("quitos", "cos"), ("quitas", "cas"), ("quito", "co"), ("quita", "ca"))
_QU_DIMINUTIVE_MIN_HEAD = 2


# Words that end so and are no diminutive of a listed word ("periquito" is a parakeet,
# "séquito" an entourage, "coquito" a drink).
_QU_WORDS = frozenset(
    {
        "periquito",
        "periquitos",
        "sequito",
        "sequitos",
        "coquito",
        "coquitos",
        "mosquito",
        "mosquitos",
        "mariquita",
        "mariquitas",
        "esquite",
        "esquites",
        "quito",
        "quita",
    }
)


def _undiminished(word: str) -> str:
    if word in _QU_WORDS:
        return word
    for ending, plain in _QU_DIMINUTIVES:
        if word.endswith(ending) and len(word) - len(ending) >= _QU_DIMINUTIVE_MIN_HEAD:
            base = word[: -len(ending)] + plain
            words = spanish_words()
            return base if words is not None and words.listed(base) else word
    return word


# Words of that shape that are no verbs.
_NOT_INFINITIVES = frozenset({"ayer", "azar", "altar", "ajuar", "alfiler", "eter", "elixir"})


def _bare_vowel_infinitive(word: str) -> bool:
    """True for a short infinitive starting with a vowel whose ending Snowball keeps
    ("echar", "usar", "abrir")."""
    return (
        len(word) >= _TRIM_MIN_LENGTH
        and word[0] in _VOWELS
        and word.endswith(("ar", "er", "ir"))
        and word not in _NOT_INFINITIVES
    )


def _plain_stem(word: str) -> str:
    word = _undiminished(IRREGULAR.get(word, word))
    for clitic in _SHORT_CLITICS:
        if word.endswith(clitic) and word[: -len(clitic)] in _SHORT_INFINITIVES:
            word = word[: -len(clitic)]
            break
    stemmed = _SNOWBALL(word)
    if pronoun_carried(word, stemmed):
        # An infinitive with its pronouns whose ending Snowball keeps: a verb starting
        # with a vowel ("echarme", "usarlo": "ech", "us", as "eché", "usé").
        stemmed = _without_pronouns(word)[:-2]
    elif stemmed == word and _bare_vowel_infinitive(word):
        # The same infinitive said bare ("me voy a echar", "sin usar"): "ech", as "eché".
        stemmed = word[:-2]
    if word.endswith("e") and len(stemmed) < len(word) - 1 and _preterite_of(word):
        # "repasé", written "repase", is read by Snowball as the "-ase" of "pasase":
        # a word that is an "-ar" verb's stem and "é" is that verb ("repas").
        stemmed = _SNOWBALL(word[:-1] + "ar")
    if word.endswith(_ARAN) and len(stemmed) == len(word) - len(_ARAN[0]):
        stemmed = _present_of_an_ar_verb(word, stemmed)
    if len(stemmed) >= _TRIM_MIN_LENGTH and stemmed[-1] in _VOWELS:
        stemmed = stemmed[:-1]
    if stemmed.endswith("q") and len(stemmed) >= _TRIM_MIN_LENGTH - 1:
        # "busqué", "saqué": "c" spelt "qu" before "e" ("busc", "sac").
        stemmed = stemmed[:-1] + "c"
    return stemmed


# The past subjunctive's endings ("comprara", "compraran"), which Snowball takes off a
# present whose verb's stem ends in "ar" ("compar-an").
_ARAN = ("aran", "aras")


def _present_of_an_ar_verb(word: str, stemmed: str) -> str:
    """The stem of "comparan", "preparan", "separas": the present of an "-ar" verb whose
    stem ends in "ar", which Snowball reads as the "-aran" of a past subjunctive ("comp",
    as if of "compar"). The subjunctive itself keeps Snowball's stem ("compraran":
    "comprarar" is no verb)."""
    words = spanish_words()
    verb = word[:-2] + "ar"
    return _SNOWBALL(verb) if words is not None and words.listed(verb) else stemmed


known = known_by(_plain_stem)


@functools.lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """ "grite", "gritarles", "gritando" -> "grit"; "dormi", "duermo", "dormir" -> "dorm";
    a word that is no Spanish word is read as the word it makes (:func:`readings`):
    "celitos" -> "cel", as "celos"."""
    # A "-cito" whose word is listed first: "cervecitas" is "cerveza", not "cerves".
    base = _undiminished_c(word)
    if base:
        return _plain_stem(base)
    if len(word) >= _READING_MIN_LENGTH and not known(word):
        for reading in readings(word):
            if known(reading):
                return _plain_stem(reading)
    return _plain_stem(word)


# "-ecito" and "-cito" diminutives, listed as words of their own: "tardecita" is
# "tarde", "mujercita" "mujer", "cafecito" "café". "-cito" only after the "n", "r" or
# "e" it is said after ("capacita" is no little "capa").
_C_DIMINUTIVES = ("ecitas", "ecitos", "ecita", "ecito", "citas", "citos", "cita", "cito")
_C_DIMINUTIVE_MIN_BASE = 4


def _undiminished_c(word: str) -> str | None:
    words = spanish_words()
    if words is None:
        return None
    for ending in _C_DIMINUTIVES:
        if not word.endswith(ending):
            continue
        head = word[: -len(ending)]
        if ending.startswith("e"):
            bases = (head + "e", head, head + "eza", head + "ezo")
        elif head.endswith(("n", "r", "e")):
            bases = (head,)
        elif head.endswith(("a", "e", "i", "o", "u")):
            # A "z" turned "c" before the "i": "tacita" of "taza", "pedacito" of "pedazo".
            bases = (head + "za", head + "zo")
        else:
            return None
        for base in bases:
            if len(base) >= _C_DIMINUTIVE_MIN_BASE and words.listed(base):
                return base
        return None
    return None


# Endings that make one word of a family from another, as the stemmer leaves
# them: "celosa" ("celos-"), "miedoso", "culpable", "pulsaciones", "hospitalizada".
_DERIVED = ("amient", "imient", "acion", "icion", "cion", "abl", "ibl", "os", "iz")
_FAMILY_MIN_LENGTH = 3


# Nouns Spanish makes of a verb for a bout of doing it, "-dera" ("la fumadera", "la
# gritadera") and "-ón" ("un apurón", "un empujón"): a list, since most words that end
# so are things of their own ("el apagón", "el portón", "la regadera", "el cantón").
_BOUTS = {
    "fumadera": "fumar",
    "compradera": "comprar",
    "tomadera": "tomar",
    "gritadera": "gritar",
    "peleadera": "pelear",
    "lloradera": "llorar",
    "reganadera": "reganar",
    "chilladera": "chillar",
    "quejadera": "quejar",
    "tembladera": "temblar",
    "habladera": "hablar",
    "gastadera": "gastar",
    "comedera": "comer",
    "bebedera": "beber",
    "pedidera": "pedir",
    "comilona": "comer",
    "apuron": "apurar",
    "empujon": "empujar",
    "jalon": "jalar",
    "estiron": "estirar",
    "agarron": "agarrar",
    "apreton": "apretar",
    "tiron": "tirar",
    "frenon": "frenar",
    "atracon": "atracar",
    "llorera": "llorar",
    "llantina": "llorar",
    "griteria": "gritar",
    "griterio": "gritar",
    "reganina": "reganar",
    "reganada": "reganar",
    "comelona": "comer",
    "tragadera": "tragar",
    "temblorina": "temblar",
    "temblequera": "temblar",
}


def bout_verb(word: str) -> str | None:
    """The verb a listed "bout" noun is made of ("fumaderas" -> "fumar", "apurones"
    -> "apurar"); None for any other word."""
    singular = word[:-2] if word.endswith("ones") else word.removesuffix("s")
    return _BOUTS.get(singular) or _BOUTS.get(word)


@functools.lru_cache(maxsize=50_000)
def family(word: str) -> str:
    """The root a word shares with the other parts of speech of its family:
    "celos" and "celosa" -> "cel", "culpa" and "culpable" -> "culp", "miedo" and
    "miedoso" -> "mied", "pulso" and "pulsaciones" -> "puls", "la fumadera" and
    "un apurón" -> "fum" and "apur", as "fumar" and "apurar"."""
    verb = bout_verb(word)
    if verb is not None:
        return family(verb)
    root = stem(word)
    for suffix in _DERIVED:
        if root.endswith(suffix) and len(root) - len(suffix) >= _FAMILY_MIN_LENGTH:
            return _respelt_root(root[: -len(suffix)], word)
    return _respelt_root(root, word)


# A root longer than this may be spelt anew (shorter ones are many families').
_RESPELL_MIN_LENGTH = 4


def _respelt_root(root: str, word: str) -> str:
    """One spelling for a root Spanish spells anew before "e" or "a": the "u" of
    "gu" and "qu" ("hormigueo" and "hormiguear", "bloqueo" and "bloquear": "hormig",
    "bloc") and the "z" of a "-cer" verb's forms ("venza" and "vencimiento": "venc";
    "pereza" is a listed word of its own, no form of "perecer")."""
    if root.endswith("gu") and len(root) > _RESPELL_MIN_LENGTH:
        return root[:-1]
    if root.endswith("qu") and len(root) > _RESPELL_MIN_LENGTH:
        return root[:-2] + "c"
    if root.endswith("z") and len(root) >= _RESPELL_MIN_LENGTH:
        words = spanish_words()
        if (
            words is not None
            and not words.listed(word)
            and any(words.listed(root[:-1] + end) for end in ("cer", "cir"))
        ):
            return root[:-1] + "c"
    return root


@functools.lru_cache(maxsize=50_000)
def _inflected_from(word: str) -> frozenset[str]:
    """Every lemma ``word`` may be an inflection of, a diminutive's word's too
    ("pastillitas" -> "pastilla")."""
    found = set(lemma_candidates(word))
    for reading in readings(word):
        found.update(lemma_candidates(reading))
    return frozenset(found)


def another_part_of_speech(word: str, cue_word: str) -> bool:
    """True when ``word``, which shares its stem with ``cue_word``, is no inflection
    of it (no lemma in common): the family's word in another part of speech
    ("impulsiva" for "impulso", "culpable" for "culpa", "hospitalizada" for
    "hospital"), not a plural, a tense or a diminutive ("nudos", "grité" for
    "gritarle", "pastillitas")."""
    if word == cue_word:
        return False
    return _inflected_from(word).isdisjoint(_inflected_from(cue_word))


# A cue word's stem shorter than this is many other words' ("son" of "soñar",
# "jug" of "jugo" and "jugar"): such a cue word reaches its family only when it
# is a member as written ("jugar"). The text's words are checked one by one
# (:func:`in_family_of`), so a family's short stems are looked for there.
_KIN_STEM_MIN = 4
_KIN_TARGET_MIN = 3
# The vowel of a verb's stem that becomes a diphthong where it is stressed:
# "apostar" -> "apuesto", "probar" -> "pruebo", "doler" -> "duele".
_DIPHTHONGS = {"o": "ue", "e": "ie"}
# A family's verb, as the catalogue writes it (an infinitive, "-se" when pronominal).
_FAMILY_VERB_ENDINGS = ("ar", "er", "ir", "arse", "erse", "irse")


def _stressed_stem(verb_stem: str) -> str | None:
    """The verb stem with its last vowel made a diphthong ("apost" -> "apuest"),
    or None when that vowel is no "o" or "e"."""
    for at in range(len(verb_stem) - 1, -1, -1):
        if verb_stem[at] in _VOWELS:
            change = _DIPHTHONGS.get(verb_stem[at])
            return None if change is None else verb_stem[:at] + change + verb_stem[at + 1 :]
    return None


def _family_stems(members: tuple[str, ...]) -> frozenset[str]:
    """The stems a family's words are written with: each member's, each verb's
    stressed stem ("duel" of "doler" for "duele"; "duelo", mourning, has it too,
    and :func:`in_family_of` tells the two apart) and an "-ir" verb's risen one
    ("corrig" of "corregir" for "corrige")."""
    found = {_plain_stem(word) for word in members}
    for word in members:
        if word.endswith(_FAMILY_VERB_ENDINGS):
            stressed = _stressed_stem(_plain_stem(word))
            if stressed:
                found.add(stressed)
            # "corrige", "pide": an "-ir" verb's "e" risen to "i" ("corregir": "corrig").
            found.update(raised_stems(word))
    return frozenset(s for s in found if len(s) >= _KIN_TARGET_MIN)


@dataclasses.dataclass(frozen=True)
class _Family:
    """One catalogue family: its words as written and the stems they are written with."""

    members: frozenset[str]
    stems: frozenset[str]


@functools.cache
def _kin_index() -> dict[str, _Family]:
    """A family stem, and each member as written -> its family (:mod:`.families_es`);
    a member is its own key when its stem is too short to be one ("morir", "jugar")."""
    index: dict[str, _Family] = {}
    for members in families():
        found = _Family(frozenset(members), _family_stems(members))
        for key in (*(st for st in found.stems if len(st) >= _KIN_STEM_MIN), *members):
            index[key] = found
    return index


def _family_of(word: str) -> _Family | None:
    own = stem(word)
    index = _kin_index()
    return index.get(word) or (index.get(own) if len(own) >= _KIN_STEM_MIN else None)


@functools.lru_cache(maxsize=10_000)
def kin(word: str) -> frozenset[str]:
    """The stems of the words of ``word``'s family that its own stem is not, from
    the catalogue of families the stemmer leaves apart: "apuestas" -> "apost"
    (aposté, apostando), "llorar" -> "llant" (llanto), "deudas" -> "adeud", "endeud"."""
    found = _family_of(word)
    return found.stems - {stem(word)} if found else frozenset()


def _undone(lemma: str) -> str:
    """A verb's lemma with its stressed diphthong undone ("apuestar" -> "apostar")."""
    for diphthong, vowel in (("ue", "o"), ("ie", "e")):
        at = lemma.rfind(diphthong)
        if at > 0:
            return lemma[:at] + vowel + lemma[at + 2 :]
    return lemma


# Adjectives' endings, whose feminine in "-a" is the same word's.
_ADJECTIVE_ENDINGS = ("oso", "ivo", "ado", "ido", "udo", "ico")


def _member_form(word: str, members: frozenset[str]) -> bool:
    """``word`` is a member, its plural, its diminutive ("apuestita"), or an
    adjective member in the other gender when that is no word of its own
    ("mentirosa"; "llanta", a tyre, is no "llanto")."""
    words = spanish_words()
    for each in (word, *readings(word)):
        singulars = {each, each[:-1], each[:-2]} if each.endswith("s") else {each}
        for singular in singulars:
            if singular in members:
                return True
            swapped = singular[:-1] + "o" if singular.endswith("a") else ""
            if swapped in members and (
                # An adjective's feminine is its own ("ansiosa" of "ansioso"), listed
                # or not; another "-a" word is another thing ("llanta" for "llanto").
                swapped.endswith(_ADJECTIVE_ENDINGS)
                or (words is not None and not words.listed(singular))
            ):
                return True
    return False


@functools.lru_cache(maxsize=50_000)
def in_family_of(word: str, cue_word: str) -> bool:
    """True when the text's ``word``, which has a stem of ``cue_word``'s family, is
    a form of one of its words: "llantos" of "llanto", "aposté" and "prestara" of
    "apostar" and "prestar". A listed word that is no member is another word with
    the family's stem ("llanta", a tyre; "apuesto", handsome), never the family's."""
    found = _family_of(cue_word)
    if found is None:
        return False
    if _member_form(word, found.members):
        return True
    words = spanish_words()
    if words is None or words.listed(word):
        return False
    verbs = {m for m in found.members if m.endswith(_FAMILY_VERB_ENDINGS)}
    candidates = lemma_candidates(word)
    return not verbs.isdisjoint(candidates | {_undone(c) for c in candidates})


# Prefixes that make a verb of a noun or adjective, with "-ar" after its root:
# "a-" ("asustar" of "susto", "anudar" of "nudo"), "en-", "em-" before "b" and
# "p" ("encarcelar" of "cárcel", "encamar" of "cama").
_VERB_PREFIXES = ("a", "en")


@functools.lru_cache(maxsize=10_000)
def made_with(root: str) -> tuple[str, ...]:
    """The prefixes that may make a verb of the family ``root`` ("em" before "b",
    "p"); none when the root has a verb of its own: "acostar" is no verb of "costa"
    ("costar"), "apelar" none of "pelea" ("pelear"), "encerrar" none of "cerrada"."""
    words = spanish_words()
    if (
        words is None
        or len(root) < _BASE_MIN_LENGTH
        or any(words.listed(root + end) for end in ("ar", "er", "ir"))
    ):
        return ()
    return tuple("em" if p == "en" and root[0] in "bp" else p for p in _VERB_PREFIXES)


def verb_made_from(word: str, made_root: str) -> bool:
    """True when ``word`` is a form of a listed "-ar" verb whose root is ``made_root``
    ("asuste" of "asustar", root "asust"): the prefixed root is a real verb, not a
    word that starts the same way ("acaso" is no verb of "casa")."""
    words = spanish_words()
    if words is None:
        return False
    verb = made_root + "ar"
    # Some are listed only with their pronoun: "endeudarse", "enfurecerse".
    return verb in lemma_candidates(word) and (words.listed(verb) or words.listed(verb + "se"))


def readings(word: str) -> list[str]:
    """What a word that is not Spanish may stand for, most likely first: a
    diminutive or augmentative of a word ("hijito", "mensajito", "cafecito",
    "grandote"), a "re-" form ("recontesté"), a participle said without its "d"
    ("callao")."""
    found: list[str] = []
    body, plural = (word[:-1], "s") if word.endswith("s") else (word, "")
    for suffix, replacements in _DIMINUTIVES:
        if body.endswith(suffix) and len(body) - len(suffix) >= _BASE_MIN_LENGTH:
            base = body[: len(body) - len(suffix)]
            found.extend(base + end + plural for end in replacements)
    if word.startswith("re") and len(word) - 2 >= _RE_MIN_LENGTH:
        found.append(word[2:])
    if body.endswith("ao"):
        found.append(body[:-2] + "ado" + plural)
    return found


_CLITICS = (
    "selo",
    "sela",
    "selos",
    "selas",
    "me",
    "te",
    "se",
    "lo",
    "la",
    "le",
    "nos",
    "los",
    "las",
    "les",
)
# Below this a verb's stem is a common word with many senses ("pesar", "mirar").
HEAD_VERB_MIN_STEM = 6


@functools.lru_cache(maxsize=50_000)
def infinitive(word: str) -> bool:
    """True for an infinitive, with its pronouns or without ("castigar", "compararme",
    "decirselo")."""
    word = _without_pronouns(word)
    return len(word) >= _READING_MIN_LENGTH - 1 and word.endswith(("ar", "er", "ir"))


@functools.lru_cache(maxsize=4096)
def pronoun_carried(word: str, stemmed: str | None = None) -> str | None:
    """The pronoun of a listed verb's infinitive that Snowball cannot stem with it
    ("echarme": "me", "usarlo": "lo"), or None. Only a word no list holds whose
    infinitive the list holds: "suerte" is no "suer" + "te"."""
    bare = _without_pronouns(word)
    if bare == word or len(bare) < _CARRIED_MIN_LENGTH:
        return None
    if not (stemmed if stemmed is not None else _SNOWBALL(word)).startswith(bare):
        return None
    words = spanish_words()
    if words is None or words.listed(word) or not words.listed(bare):
        return None
    if word.endswith("s") and (words.listed(word[:-1]) or words.listed(word[:-2])):
        return None  # a plural: "cuernos" is "cuerno", no "cuer" + "nos"
    return word[len(bare) :]


_CARRIED_MIN_LENGTH = 4


def _without_pronouns(word: str) -> str:
    """An infinitive without the pronouns joined to it ("compararme" -> "comparar")."""
    for clitic in _CLITICS:
        if word.endswith(clitic) and word[: -len(clitic)].endswith(("ar", "er", "ir")):
            return word[: -len(clitic)]
    return word


# Participles, plural and feminine too, and what their lemma ends with: both
# ending tables below read them, longest first.
_PARTICIPLE_ENDINGS = (
    ("adas", ("ar", "ado")),
    ("ados", ("ar", "ado")),
    ("idas", ("er", "ir", "ido")),
    ("idos", ("er", "ir", "ido")),
    ("ada", ("ar", "ado")),
    ("ado", ("ar",)),
    ("ida", ("er", "ir", "ido")),
    ("ido", ("er", "ir")),
)
# How a cue word may end, and what its lemma ends with instead: plurals,
# feminines, participles and the commonest verb endings, longest first.
_LEMMA_ENDINGS = (
    *_PARTICIPLE_ENDINGS,
    ("es", ("",)),
    ("as", ("o", "a", "ar")),
    ("os", ("o",)),
    ("an", ("ar",)),
    ("en", ("er", "ir")),
    ("a", ("o", "ar")),
    ("s", ("",)),
)


def lemmas(word: str) -> frozenset[str]:
    """The listed words a cue word is a form of ("comidas" -> "comida", "corran" ->
    "correr", "saltarme" -> "saltar"); the word itself when it is listed. Stems are
    no guide here: "comidas", "comer" and "como" share one."""
    words = spanish_words()
    if words is None:
        return frozenset()
    if words.listed(word):
        return frozenset({word})
    body = word
    for clitic in _CLITICS:
        if word.endswith(clitic) and word[: -len(clitic)].endswith(("ar", "er", "ir")):
            body = word[: -len(clitic)]
            break
    candidates = [body]
    for ending, replacements in _LEMMA_ENDINGS:
        if body.endswith(ending) and len(body) - len(ending) >= _BASE_MIN_LENGTH:
            candidates.extend(body[: -len(ending)] + end for end in replacements)
    return frozenset(c for c in candidates if words.listed(c))


# How any form may end and what its lemma ends with instead, for the catalogues'
# words (:func:`lemma_candidates`): tenses and persons (the subjunctive's
# "corran" of "correr" too), participles, gerunds, plurals and feminines.
# Longest first; a wrong candidate is harmless, it is only ever compared with
# a few catalogue words.
_FORM_ENDINGS = (
    ("abamos", ("ar",)),
    ("iamos", ("er", "ir")),
    ("ieron", ("er", "ir")),
    ("aron", ("ar",)),
    ("iendo", ("er", "ir")),
    ("yendo", ("er", "ir")),
    ("ando", ("ar",)),
    ("abas", ("ar",)),
    ("aban", ("ar",)),
    ("aste", ("ar",)),
    ("iste", ("er", "ir")),
    ("amos", ("ar", "er", "ir")),
    ("emos", ("er", "ar")),
    ("imos", ("ir",)),
    *_PARTICIPLE_ENDINGS,
    ("aba", ("ar",)),
    ("ias", ("er", "ir")),
    ("ian", ("er", "ir")),
    ("ia", ("er", "ir")),
    ("io", ("er", "ir")),
    ("ces", ("z",)),
    # A feminine of "-or" ("orientadora", "doctoras" of "orientador", "doctor").
    ("oras", ("or",)),
    ("ora", ("or",)),
    ("es", ("", "er", "ir", "ar")),
    ("as", ("o", "a", "ar", "er", "ir")),
    ("os", ("o",)),
    ("an", ("ar", "er", "ir")),
    ("en", ("er", "ir", "ar")),
    ("a", ("o", "ar", "er", "ir")),
    ("o", ("ar", "er", "ir")),
    ("e", ("ar", "er", "ir")),
    ("i", ("er", "ir")),
    ("s", ("",)),
)
# A consonant spelt anew before "e": "saqué", "llegué", "alcé" of "sacar",
# "llegar", "alzar"; before "a" and "o", "venza" of "vencer".
_RESPELT = (
    ("quen", "car"),
    ("ques", "car"),
    ("que", "car"),
    ("guen", "gar"),
    ("gues", "gar"),
    ("gue", "gar"),
    ("cen", "zar"),
    ("ces", "zar"),
    ("ce", "zar"),
    # And "c" spelt "z" before "a" and "o": "venza", "conozco" of "vencer", "conocer".
    ("zcan", "cer"),
    ("zcas", "cer"),
    ("zca", "cer"),
    ("zco", "cer"),
    ("zan", "cer"),
    ("zas", "cer"),
    ("za", "cer"),
    ("zo", "cer"),
)


@functools.lru_cache(maxsize=50_000)
def lemma_candidates(word: str) -> frozenset[str]:
    """Every lemma ``word`` may be a form of, listed or not, itself included:
    "celulares" -> "celular", "discutimos" -> "discutir", "saqué" -> "sacar",
    "despertarme" -> "despertar" and "despertarse". Only compared with the
    catalogues' words."""
    found = {word, IRREGULAR.get(word, word)}
    body = word
    for clitic in _CLITICS:
        if word.endswith(clitic) and word[: -len(clitic)].endswith(
            ("ar", "er", "ir", "ando", "iendo")
        ):
            body = word[: -len(clitic)]
            found.add(body)
            if body.endswith(("ar", "er", "ir")):
                found.add(body + "se")  # "pesarme" is "pesarse" said of oneself
            break
    for ending, lemma_end in _RESPELT:
        if body.endswith(ending) and len(body) - len(ending) >= _BASE_MIN_LENGTH - 1:
            found.add(body[: -len(ending)] + lemma_end)
    for ending, replacements in _FORM_ENDINGS:
        if body.endswith(ending) and len(body) - len(ending) >= _BASE_MIN_LENGTH:
            found.update(body[: -len(ending)] + end for end in replacements)
    return frozenset(found)


# What may follow a verb's or noun's stem in a form of it: the endings above, a
# vowel, a plural, and the pronouns a verb takes after it ("dejame", "quedarmelo").
_SLIP_ENDINGS = frozenset(
    {"", "a", "e", "o", "i", "as", "es", "os", "an", "en", "ar", "er", "ir"}
    | {ending for ending, _ in _FORM_ENDINGS}
)


_CLITIC_HOSTS = frozenset({"ar", "er", "ir", "ando", "iendo", "a", "e"})


@functools.lru_cache(maxsize=50_000)
def form_ending(rest: str) -> bool:
    """True when ``rest`` may end a Spanish form after its stem ("iendo", "o",
    "arme", "aron"): what is left of a word once a cue word's stem is read in it."""
    if rest in _SLIP_ENDINGS:
        return True
    for clitic in _CLITICS:
        # Pronouns follow an infinitive, a gerund or an order ("dejame"), never "-o".
        if rest.endswith(clitic) and rest[: -len(clitic)] in _CLITIC_HOSTS:
            return True
    return False


def listed_lemma(word: str) -> bool:
    """True when a lemma ``word`` may be a form of is a listed word ("veces":
    "vez"; "saqué": "sacar"), which the stem alone does not tell."""
    words = spanish_words()
    return words is None or any(words.listed(c) for c in lemma_candidates(word) if c != word)


def turned_stems(verb: str, stem_of_verb: str) -> tuple[str, ...]:
    """The stems of ``verb``'s present forms if its last stem vowel turns: "e" to
    "ie" ("encerrar": "encierr"), and to "i" in an "-ir" verb ("mentir": "mint");
    "o" to "ue" ("acostar": "acuest"). Worked out for every verb of four letters'
    stem or more: a verb that does not turn ("cenar") has no such forms to meet."""
    body = stem_of_verb
    at = max(body.rfind("e"), body.rfind("o"))
    # A stem shorter than four letters turns into other verbs' forms ("son" of "soñar",
    # read without its tilde, into "suena" of "sonar"), as in the family catalogue; a
    # vowel heading its stem is no stressed root.
    if at <= 0 or len(body) < _KIN_STEM_MIN or body[at - 1] in "aeiou":
        return ()
    vowel, head, tail = body[at], body[:at], body[at + 1 :]
    if vowel == "e":
        turned = [head + "ie" + tail]
        if _without_pronouns(verb).endswith("ir"):
            turned.append(head + "i" + tail)
    else:
        turned = [head + "ue" + tail]
    return tuple(turned)


# The endings of an "-ir" verb's forms whose stem vowel rises, "e" to "i" and "o" to
# "u" ("pidiendo", "durmiendo", "mintiera"): no other word's forms end so after such a
# stem. The present's "-o" ("pido", "me visto") only as the client's own verb; the
# preterite's "pidió", "durmieron" are someone else's doing, never the client's.
_RAISED_ENDINGS = frozenset({"iendo", "iera", "ieras", "ieramos", "iese", "ieses"})
_RAISED_MIN_BODY = 3


def raised_stems(verb: str) -> tuple[str, ...]:
    """The stem of ``verb``'s forms whose last stem vowel rises, if it is an "-ir"
    verb with an "e" or an "o" there ("pedir": "pid", "dormir": "durm", "sentirme":
    "sint"); a vowel before it makes a diphthong that never rises ("reunir")."""
    base = _without_pronouns(verb)
    if not base.endswith("ir"):
        return ()
    body = base[:-2]
    at = max(body.rfind(vowel) for vowel in _VOWELS)
    if len(body) < _RAISED_MIN_BODY or at <= 0 or body[at] not in "eo" or body[at - 1] in _VOWELS:
        return ()
    return (body[:at] + ("i" if body[at] == "e" else "u") + body[at + 1 :],)


def gerund_without_pronouns(word: str) -> str:
    """A gerund without the pronouns joined to it ("pidiéndole" -> "pidiendo")."""
    for clitic in _CLITICS:
        if word.endswith(clitic) and word[: -len(clitic)].endswith(("ando", "iendo", "yendo")):
            return word[: -len(clitic)]
    return word


def raised_form(word: str, stem: str) -> str | None:
    """How ``word`` ends after the raised ``stem`` ("iendo" of "pidiéndole"), when it
    is one of the raised forms (pronouns joined to a gerund set apart); else None."""
    if not word.startswith(stem):
        return None
    rest = word[len(stem) :]
    if rest in _RAISED_ENDINGS or rest == "o":
        return rest
    return "iendo" if gerund_without_pronouns(word)[len(stem) :] == "iendo" else None


# Spanish verb endings on an English verb ("checké", "skipeé", "googleando",
# "que me fireen"), longest first.
_ANGLICISM_ENDINGS = (
    "eando",
    "easte",
    "earon",
    "eamos",
    "eado",
    "eada",
    "ando",
    "ear",
    "eas",
    "ean",
    "een",
    "eo",
    "ee",
    "ea",
    "en",
    "es",
    "e",
    "o",
)


@functools.lru_cache(maxsize=50_000)
def english_roots(word: str) -> frozenset[str]:
    """The English verbs a Spanish-conjugated word may be made of: "checke" (checké)
    -> "check", "skipee" -> "skip", "fireen" -> "fire", "googleando" -> "google",
    "chequee" -> "check". Only compared with the Spanglish catalogue's words."""
    found: set[str] = set()
    for ending in _ANGLICISM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _BASE_MIN_LENGTH:
            root = word[: -len(ending)]
            if root.endswith("qu"):
                root = root[:-2] + "ck"  # "chequ-" is "check"
            found.update((root, root + "e"))
            if len(root) > 3 and root[-1] == root[-2]:
                found.add(root[:-1])  # "skipp-" is "skip"
    return frozenset(found)


def _catalogued(word: str, known_words: Callable[[str], bool]) -> frozenset[str]:
    """The catalogue words a cue word is a form of: itself, else its listed lemmas
    the catalogue has, else any lemma it may be a form of that the catalogue has."""
    if known_words(word):
        return frozenset({word})
    listed = frozenset(w for w in lemmas(word) if known_words(w))
    return listed or frozenset(w for w in lemma_candidates(word) if known_words(w))


@functools.cache
def _led() -> dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]]:
    """Verb lemma -> (the lemmas of the words it leads, the verbs that lead the
    same words in the same sense): "saltarse la comida" and "brincarse la comida"
    give "saltar" -> ({"comida"}, {"brincarse"})."""
    table: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    for sense in catalogue().senses:
        by_tail: dict[tuple[str, ...], set[str]] = {}
        for member in sense.folded:
            head, *tail = member.split()
            if tail and infinitive(head):
                by_tail.setdefault(tuple(tail), set()).add(head)
        for tail, heads in by_tail.items():
            content = frozenset(w for w in tail if w not in FUNCTION_WORDS)
            if len(heads) < 2 or not content:
                continue
            for head in heads:
                for lemma in lemma_candidates(head):
                    table.setdefault(lemma, []).append((content, frozenset(heads - {head})))
    return {lemma: tuple(found) for lemma, found in table.items()}


def head_mates(word: str, others: tuple[str, ...]) -> frozenset[str]:
    """The verbs that mean what the label's verb ``word`` means beside its other
    words ``others``, when the catalogue lists the two as several words of one
    sense: "saltarme comidas" is "saltarse la comida", whose line also has
    "brincarse la comida", so "brincarse" ("me brinqué el desayuno"). Only
    through words the label says: "volarse la clase" is no "saltarme comidas"."""
    table = _led()
    said = {lemma for other in others for lemma in lemma_candidates(other)}
    found: set[str] = set()
    for lemma in lemma_candidates(word):
        for content, heads in table.get(lemma, ()):
            if content <= said:
                found.update(heads)
    return frozenset(found - {word})


# A family's root shorter than this is many families' ("pel": "pelea", "pelo").
_KIN_MIN = 4
# How a noun or adjective ends after its family's root ("culp-a", "enoj-o",
# "preocup-acion", "aburr-imiento", a participle's noun: "llam-ada", "ronqu-ido"),
# and how the words made from it end ("culp-able", "enoj-ado", "enoj-arse", "mied-oso").
_NOUN_ENDINGS = word_set(
    """
    o a os as acion aciones cion ciones sion miento imiento amiento ia ura eza ez
    ada adas ado ados ida idas ido idos
    """
)
_KIN_ENDINGS = word_set(
    """
    o a ado ada ados adas ido ida idos idas oso osa osos osas able ables ible ibles
    ar arse er erse ir irse acion cion miento imiento amiento
    """
)


@functools.cache
def _sense_roots() -> dict[str, tuple[int, ...]]:
    """The family root of every one-word catalogue member -> the senses listing it."""
    found: dict[str, set[int]] = {}
    for index, sense in enumerate(catalogue().senses):
        for word in sense.folded:
            if " " not in word:
                found.setdefault(family(word), set()).add(index)
    return {root: tuple(sorted(indexes)) for root, indexes in found.items()}


def _everyday(word: str) -> Across:
    """The words of ``word``'s everyday senses and its Spanglish, from the
    catalogues; a verb cue word ("pelear") reads the verb senses, any other
    ("pelea") the others, when its lemma has both."""
    books = catalogue()
    own = _catalogued(word, books.by_word.__contains__)
    senses = [sense for lemma in own for sense in books.senses_of(lemma)]
    verb = infinitive(word)
    senses = [s for s in senses if (s.pos == "v") == verb] or senses
    mates = {w for sense in senses for w in sense.folded} - own
    # The same sense said as another part of speech: "miedoso" and "asustado"
    # for "miedo", "enojado" for "enojo", "preocuparse" for "preocupación".
    # Only through the word's own family: a mate's would mix senses ("bronca" is
    # anger and a fight).
    # A noun or adjective only, and only a line whose word is made from the same
    # root by a derivational ending: the stemmer also joins "correo" and "correr".
    roots = {
        (root, w)
        for w in own
        if " " not in w and not infinitive(w)
        for root in [family(w)]
        if len(root) >= _KIN_MIN and w[len(root) :] in _NOUN_ENDINGS
    }
    by_root = _sense_roots()
    pos = {sense.pos for sense in senses}
    kin = {
        i
        for root, w in roots
        for i in by_root.get(root, ())
        if books.senses[i].pos not in pos
        and any(
            m.startswith(root) and m[len(root) :] in _KIN_ENDINGS
            for m in books.senses[i].folded
            if m != w
        )
    }
    mates |= {w for i in kin for w in books.senses[i].folded} - own
    # The English for the sense is English for each of its words: "fire" for
    # "correr" through "despedir".
    said = _catalogued(word, books.english.__contains__) | {w for w in mates if w in books.english}
    english = {w for lemma in said for w in books.english[lemma]}
    return Across(
        senses=frozenset(w for w in mates if " " not in w),
        sense_runs=tuple(sorted(tuple(w.split()) for w in mates if " " in w)),
        spanglish=frozenset(w for w in english if " " not in w),
        spanglish_runs=tuple(sorted(tuple(w.split()) for w in english if " " in w)),
    )


@functools.lru_cache(maxsize=10_000)
def related(word: str) -> Across:
    """English words and Spanish synonyms for a cue's word: through its lemmas
    (:mod:`shared.language.cues.bilingual`; nothing without the word list) and
    the repository's everyday senses and Spanglish (:mod:`.synonyms_es`)."""
    found = lemmas(word)
    sources = across(found) if found else Across()
    everyday = _everyday(word)
    return dataclasses.replace(
        sources,
        senses=everyday.senses,
        sense_runs=everyday.sense_runs,
        spanglish=everyday.spanglish,
        spanglish_runs=everyday.spanglish_runs,
    )


NEGATIONS = word_set("no ni nunca jamas tampoco")
# What a negation reaches across to the word it negates: pronouns and auxiliaries
# before the verb ("no me corrigió", "no hubo pelea"), then the negated verb and
# the articles and prepositions of its object ("ni me acordé de la junta").
SEE_THROUGH = word_set("me te se lo la le nos los las les he ha has han hemos hubo hay habia habra")
# "no hubo pelea", "no hay junta": the thing did not happen; nobody "didn't fight".
EXISTENTIALS = word_set("hubo hay habia habra")
OBJECT_LINKS = word_set("el la los las un una unos unas de del a al con")
# Third person plural, past and present: "castigaron al equipo", "le revisaron el
# celular", "mis hermanos se encierran en su cuarto" is what others do, not the
# client's own action (the client's own verb never ends so).
OTHERS_DID = ("aron", "ieron", "aban", "ian", "an", "en")
# Someone else has the feeling a noun names: "mi sobrina tiene celos", "le da
# miedo"; the client says "tengo celos", "me da miedo".
OTHERS_FEEL = frozenset(
    [
        ("tiene",),
        ("tienen",),
        ("siente",),
        ("sienten",),
        ("le", "da"),
        ("le", "dan"),
        ("les", "da"),
        ("les", "dan"),
        # "mi perro es miedoso", "mi esposo está preocupado", "anda celosa".
        ("es",),
        ("son",),
        ("esta",),
        ("estan",),
        ("anda",),
        ("andan",),
    ]
)
# Said between those and the feeling: "es bien miedoso", "está muy preocupado".
INTENSIFIERS = word_set("muy bien super tan re medio algo un poco bastante")
# Between a verb and its direct object: articles, and "lo de(l)" ("lo del cambio").
DETERMINERS = word_set("el la los las un una unos unas lo del de")
DESCRIBING = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ando", "iendo")
# A verb with one of these before it or joined to it already has someone as its
# object ("contestarle lo del cliente", "lo castigué").
OBJECT_PRONOUNS = ("le", "les", "lo", "la", "los", "las")

SPANISH = Lexicon(
    language="es",
    function_words=FUNCTION_WORDS,
    weak_words=WEAK_WORDS,
    irregular=IRREGULAR,
    shorthand=SHORTHAND,
    context_words=CONTEXT_WORDS,
    articles=ARTICLES,
    stem=stem,
    infinitive=infinitive,
    related=related,
    negations=NEGATIONS,
    see_through=SEE_THROUGH,
    object_links=OBJECT_LINKS,
    existentials=EXISTENTIALS,
    object_pronouns=OBJECT_PRONOUNS,
    others_did=OTHERS_DID,
    determiners=DETERMINERS,
    describing=DESCRIBING,
)

# A label word and what says its contrary, when the noticing says neither the word nor
# a word of its kind: "comer sola en el comedor" is not "fuimos a comer al comedor con
# las de mi grupo", "ver tiktok de madrugada" is not "vi un tiktok en la tarde".
# Each entry: (words of its kind, its contrary).
_ALONE = (
    r"\b(sol[oa]s?|solit[oa]s?|sin\s+nadie|apartad[oa]s?|aislad[oa]s?|nomas\s+yo|yo\s+sol[oa])\b"
)
_IN_COMPANY = (
    r"\bcon\s+(mi|mis|tu|tus|su|sus|los|las|unos|unas|todos|todas|nuestr\w+|amig\w+|compas?|"
    r"familia|gente|alguien|el\s+grupo|la\s+familia)\b|\bacompanad[oa]s?\b|\bjunt[oa]s\b"
)
_AT_NIGHT = r"\b(noches?|anoche|madrugadas?|nocturn[oa]s?|medianoche|desvel\w*|trasnoch\w*)\b"
# The day said as the time of the whole noticing; not the morning a night ends in ("salí
# del turno a las 7 de la mañana"), nor the small hours ("a las 3 de la mañana").
_BY_DAY = (
    r"\b((en|por)\s+las?\s+tardes?|al?\s+mediodia|de\s+dia|(turno|jornada|horario)\s+(de\s+la\s+"
    r"(manana|tarde)|matutino|vespertino|diurno)|a\s+las\s+(6|7|8|9|10|11|seis|siete|ocho|"
    r"nueve|diez|once)(\s+y\s+media|\s+\d\d)?\s+de\s+la\s+manana)\b"
)
# A shift's own time: "salir del turno de noche" is contrary only to a day shift.
_DAY_SHIFT = (
    r"\b(turno|guardia|jornada|horario)\s+(de\s+dia|de\s+la\s+(manana|tarde)|matutino|"
    r"vespertino|diurno)\b"
)
# "fumar antes del turno" and "fumé después del turno": a time said of something, "de"
# after it. Not "y después me dormí" (then), "como antes" (formerly), "uno tras otro".
_BEFORE = r"\bantes\s+del?\b"
_AFTER = r"\b(despues\s+del?|tras\s+(el|la|mi))\b"
CONTRARIES = {
    "antes": (_BEFORE, _AFTER),
    "despues": (_AFTER, _BEFORE),
    **dict.fromkeys(("solo", "sola", "solos", "solas", "solito", "solita"), (_ALONE, _IN_COMPANY)),
    **dict.fromkeys(("noche", "noches", "nocturno", "nocturna"), (_AT_NIGHT, _BY_DAY)),
    **dict.fromkeys(("madrugada", "madrugadas"), (_AT_NIGHT, _BY_DAY)),
}
# The label words whose contrary is a time said of the label's own thing ("antes del
# turno" and "después del turno").
SAID_OF = frozenset({"antes", "despues"})
# The label words whose contrary is the day: a shift's time when the label names a shift.
NIGHT_WORDS = frozenset({"noche", "noches", "nocturno", "nocturna", "madrugada", "madrugadas"})
# Label words that make a night word the time of a shift.
SHIFT_WORDS = frozenset({"turno", "guardia", "jornada", "horario"})
DAY_SHIFT = _DAY_SHIFT
