"""Crisis triage: a deterministic, conservative check run on every noticing.

Every message is read in English and in Spanish, whatever language the client
usually writes in: a Spanish speaker in crisis may write in Spanish to an
English-speaking practice. Each language has its own lexicon (rules and the
guards that read them) and the same defences.

Regexes over text read through :mod:`shared.text` (look-alike letters from
other alphabets, full-width forms and invisible characters cannot hide a
word; accents are dropped, so "suicidarme" and "suicídarme" are one word),
with guards for the everyday hyperbole clients use ("this traffic is killing
me", "dying to see it", "me muero de risa"), explicit negation ("I'm not
suicidal", "no quiero morir") and other people as the subject ("mum wanted to
die at home", "mi abuela quería morir en casa"). A guard only reaches within
its own clause: "Nope. Going to end it tonight" is not negated by the "Nope".
Words spelled out ("k i l l", "m a t a r m e", "s.u.i.c.i.d.a.l"), stretched
("kiiill") or with digits for letters ("k1ll", "m4t4rme") are read a second
time with those disguises removed. When a statement about the client's own
life or safety is clear, it is flagged: a false alert costs the clinician a
minute, a miss costs far more.

Every pattern and guard looks at a bounded window around a match, so triage
is linear in the length of the message.

The result carries a category and the language of the rule that matched,
never client text, so it is safe to log.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from shared.text import fold, looks_disguised, undisguise

SUICIDAL_IDEATION = "suicidal_ideation"
SELF_HARM = "self_harm"
OVERDOSE = "overdose"

# The languages a crisis can be recognised in (ISO 639-1, as a client setting will be).
ENGLISH = "en"
SPANISH = "es"


@dataclass(frozen=True)
class CrisisSignal:
    """Which kind of risk was recognised, and in which language; holds no client text."""

    category: str
    # The language the crisis was written in: it chooses the fixed reply's language.
    language: str = ENGLISH


# Words just before a match that turn it into a denial ("i'm not suicidal",
# "i would never kill myself", "i don't want to die").
_NEGATION_BEFORE = (
    r"\b(not|never|no|dont|do not|didnt|did not|wont|wouldnt|would never|no longer|"
    r"not going to|not gonna|without|stopped|havent|have not)(\s+\w+){0,2}\s*$"
)
# Someone else is the subject: "mum wanted to die at home", "he wants to die".
_OTHER_SUBJECT_BEFORE = (
    r"\b(he|she|they|hes|shes|mum|mom|mother|dad|father|nan|gran|grandma|grandad|"
    r"grandpa|brother|sister|wife|husband|son|daughter|friend|patient|character|"
    r"dog|cat|uncle|aunt|partner|boyfriend|girlfriend)(\s+\w+){0,1}\s*$"
)


# "The old me wanted to die, not anymore": said about the past, and said to be over.
_OVER_NOW_AFTER = (
    r"^\s*(\w+\s+){0,4}(not anymore|not any more|no longer|not now|but not these days)\b"
)


@dataclass(frozen=True)
class _Rule:
    category: str
    pattern: str
    # A match followed by one of these is everyday speech, not risk.
    benign_after: str | None = None
    # A match preceded (in its clause) by one of these is someone else acting on
    # the client: "el calor va a matarme" is the heat, not the client.
    benign_before: str | None = None
    negatable: bool = True
    other_subject_guard: bool = False
    # False when letters squeezed to one ("to od" from "too odd") make it misfire.
    read_disguised: bool = True


def _rule(
    category: str,
    pattern: str,
    benign_after: str | None = None,
    benign_before: str | None = None,
    **flags: bool,
) -> _Rule:
    return _Rule(category, pattern, benign_after, benign_before, **flags)


_DRUGS = (
    r"(pills?|tablets?|meds|medications?|medicine|paracetamol|acetaminophen|tylenol|"
    r"ibuprofen|aspirin|codeine|co codamol|cocodamol|insulin|sleeping pills|sleepers|"
    r"antidepressants|sertraline|citalopram|fluoxetine|xanax|valium|diazepam|oxy|"
    r"oxycodone|opioids|painkillers|lithium|quetiapine|zopiclone|benadryl|heroin|fentanyl)"
)

_RULES: tuple[_Rule, ...] = (
    # Suicidal ideation: thoughts, wishes and plans about ending one's own life.
    _rule(
        SUICIDAL_IDEATION,
        r"\b(thinking|thought|thoughts|think|thinks|fantasi[sz]ing|planning|plan|"
        r"plans)\s+(about|of|on)\s+(suicide|killing myself|ending it( all)?|"
        r"ending my (own )?life|taking my (own )?life|not being here|being dead)\b",
        negatable=True,
    ),
    _rule(SUICIDAL_IDEATION, r"\bsuicidal\b"),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(commit|committing|attempt|attempting|consider|considering|contemplating)\s+"
        r"suicide\b",
        other_subject_guard=True,
    ),
    _rule(SUICIDAL_IDEATION, r"\bsuicide (note|plan|attempt)\b", other_subject_guard=True),
    _rule(SUICIDAL_IDEATION, r"\b(plan|plans|planning|planned)\s+(my\s+)?(suicide|own death)\b"),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(kill|killing|killed)\s+myself\b",
        benign_after=r"^\s*(at|with|over|to get|to finish|to make|working|laughing|for|"
        r"trying to|doing|at the gym)\b",
    ),
    _rule(SUICIDAL_IDEATION, r"\b(kms|unalive|unaliving|sewer slide)\b"),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(want|wants|wanna|wanted|wanting|wish|wishing|ready|deserve)\s+(to\s+)?die\b",
        benign_after=r"^\s*(of|from)\s+(embarrassment|shame|cringe|laughing)|^\s*laughing",
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(want|wanna|wish|rather|would rather|prefer)\s+(to\s+)?(be\s+)?dead\b",
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bwish (i was|i were|i wasnt|i werent|id|i had) (dead|not alive|never born|"
        r"not here|never been born|gone)\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(sleep|go to sleep|fall asleep) and (never|not) wake up\b|"
        r"\b(wish|hope|want|wanna|pray)\w*( i| to)?( could| would| will)? (never|not) wake up\b",
        negatable=False,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bend(ing)?\s+(it all|my life|my own life|everything|it tonight)\b|"
        r"\btak(e|ing) my (own )?life\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bbetter off (dead|without me|if i (was|were|wasnt|werent) (dead|gone|here))\b|"
        r"\bbetter (off )?without me\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(no|nothing|no point|no reason|nothin)\s+(left\s+)?(to live for|to live|in living|"
        r"living|going on)\b|\bnot worth living\b|\blife (isnt|is not) worth (living|it)\b",
        negatable=False,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(dont|do not|dont really|no longer|dont even)\s+(want|wanna)\s+(to\s+)?"
        r"(live|be alive|exist|be here (any ?more|any longer|no more)|"
        r"wake up( tomorrow| again| ever)?\s*$)",
        negatable=False,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(disappear|vanish)\s+(forever|for good|permanently)\b|\bstop existing\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(jump|jumping|throw myself|throwing myself|step|stepping)\s+"
        r"(in front of|under)\s+(a|an|the)\s+(train|bus|car|truck|lorry|tube)\b|"
        r"\b(jump|jumping|throw myself|throwing myself)\s+off\s+(a|the|my)\s+"
        r"(bridge|building|roof|cliff|balcony|car park|multi storey)\b",
    ),
    _rule(SUICIDAL_IDEATION, r"\bhang(ing)? myself\b"),
    # Passive ideation, said plainly: clinicians want these as much as plans.
    _rule(
        SUICIDAL_IDEATION,
        r"\b(want|wanna|wish|need)\w*\s+(it all|everything|all of it|my life)\s+to\s+"
        r"(end|stop|be over)\b",
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bwish i (wasnt|werent|was not|were not) (alive|here any ?more|around any ?more)\b|"
        r"\b(want|wanna|wish)\w* (to )?not (exist|be alive)\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(nobody|no one|noone|no1)\s+(would|will|wud|wouldnt|wont)\s+(even\s+)?"
        r"(miss me|care if i (died|was gone|were gone|was dead|disappeared|wasnt here)|"
        r"notice if i (died|was gone|were gone|was dead|disappeared|wasnt here))\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(im|i am|i m|so)\s+(done|finished|tired|sick)\s+(with|of)\s+"
        r"(life|living|being alive|existing)\b",
        benign_after=r"^\s*(in|at|with|like|out of|here|there|on|paycheck|alone)\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(cant|can not|cannot)\s+go on\s+(any ?more|any longer|living)\b|"
        r"\b(dont|do not)\s+want to go on (living|any ?more|any longer)\b",
    ),
    # Self-harm.
    _rule(SELF_HARM, r"\b(slit|slitting|cut|cutting)\s+my\s+(wrists?|arms?|thighs?|legs?)\b"),
    _rule(SELF_HARM, r"\bself\s?(harm\w*|injur\w*)\b"),
    _rule(
        SELF_HARM,
        r"\b(cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|harm|harming|"
        r"hit|hitting|punch|punched|punching|scratch|scratched|scratching|starve|starving)"
        r"\s+myself\b",
        benign_after=r"^\s*(a|an|some|another|shaving|on|cooking|chopping|slicing|opening|"
        r"peeling|ironing|making|baking|gardening|at the gym|at work|lifting|playing|"
        r"running|by accident|accidentally|with the (kettle|iron|oven|knife while))\b",
    ),
    _rule(
        SELF_HARM,
        r"\b(started|start|been|back to|keep|kept|urge to|urges to|want to|wanna)\s+"
        r"(cutting|cut|burning|burn)(\s+again)?\s*$|\b(cutting|burning) again\b",
    ),
    # Overdose.
    _rule(
        OVERDOSE,
        r"\boverdos(e|ed|es|ing)\b",
        benign_after=r"^\s*on\s+(?!(my |the |all |some |a )?" + _DRUGS + r")",
    ),
    _rule(
        OVERDOSE,
        r"\b(an|to|gonna|going to|take an|took an|taking an)\s+od\b",
        read_disguised=False,
    ),
    _rule(
        OVERDOSE,
        r"\b(took|take|taking|swallowed|swallow|swallowing|downed|necked)\s+(all|a handful|"
        r"handful|a bunch|loads|lots|too many|the whole|a whole|an entire|every|a bottle|"
        r"a box|a pack|a packet|a load)\b(\s+\w+){0,4}\s+" + _DRUGS + r"\b",
        negatable=False,
    ),
    _rule(OVERDOSE, r"\bswallowed\s+a\s+(whole\s+)?bottle\s+of\b"),
    _rule(
        OVERDOSE,
        r"\b(stockpil\w*|saving up|hoarding|collecting)\s+(my\s+)?" + _DRUGS + r"\b",
    ),
)


# Every rule needs one of these word starts; most noticings have none, and one
# scan for them is far cheaper than running every rule.
_TRIGGERS = (
    r"\b(suicid|kill|kms|unaliv|sewer|die|dead|wake|end|tak|better|live|living|worth|exist|"
    r"wish|here|stop|over|alive|miss|care|notice|life|go on|"
    r"disappear|vanish|jump|throw|step|hang|slit|cut|self|harm|injur|burn|hurt|hit|punch|"
    r"scratch|starv|overdos|od|took|swallow|downed|necked|stockpil|saving|hoarding|collecting)"
)
# "haven't had any thoughts of hurting myself": the denial names what is absent.
_NONE_OF_BEFORE = (
    r"\b(no|not|havent|hadnt|never|without|not had|havent had|not having)\s+(any\s+)?"
    r"(more\s+)?(thoughts?|urges?|plans?|intentions?|desire)\s+(of|to|about)\s*$"
)
# A clause ends at a comma or a joining word; negation and "who said it" stay inside.
_CLAUSE_BREAK = r" (?:but|and|so|because|cos|cause|though|although|then|anyway) "


@dataclass(frozen=True)
class _Lexicon:
    """One language's rules, and the guards that read them in that language."""

    language: str
    rules: tuple[_Rule, ...]
    triggers: str
    negation_before: str
    none_of_before: str
    other_subject_before: str
    over_now_after: str
    clause_break: str


_ENGLISH = _Lexicon(
    ENGLISH,
    _RULES,
    _TRIGGERS,
    _NEGATION_BEFORE,
    _NONE_OF_BEFORE,
    _OTHER_SUBJECT_BEFORE,
    _OVER_NOW_AFTER,
    _CLAUSE_BREAK,
)


# ---------------------------------------------------------------------------
# Spanish. Folded text has no accents or "ñ" ("daño" is "dano", "mí" is "mi"),
# so every pattern is written without them. Spanish marks the person on the
# verb: "quiero morir" is the client, "se quiere matar" is someone else and is
# not matched at all (as "he wants to die" is guarded in English; a client
# worried about a friend tells the clinician in the brief, not by an alert).
# Forms that can be either person ("quería", "quisiera", "me mató") carry the
# other-subject guard, so "mi abuela quería morir en casa" stays benign while
# "quería morir" alone is flagged.

# "quiero" as clients type it in a hurry ("kiero", "qiero", "kero").
_QUIERO = r"(quiero|kiero|qiero|kero|quero)"

# Words that may stand between a denial and what it denies: clitics, "voy a",
# "pienso (en)". A short list, not any two words: in "no sé quiero morir" or
# "no puedo más quiero morir" the "no" denies something else. Not "más":
# "no más quiero morirme" is Mexican for "I just want to die".
_NEGATION_FILLER_ES = (
    r"(me|te|lo|la|le|les|nos|realmente|de verdad|en serio|para nada|jamas|nunca|ya|"
    r"voy a|vo a|pienso|pienso en|planeo|" + _QUIERO + r"|tengo|he|estoy|estaba|he estado|"
    r"pensado en|pensando en|pense en|tengo ganas de|tengo intencion de|tengo pensado|"
    r"tengo planeado|pensaria en|haria|podria|quisiera|intentaria|intentare|volvere a|"
    r"volveria a|pretendo|seria capaz de|me atreveria a|me atrevo a|tomaria|tomare)"
)
# "no quiero morir", "nunca me haría daño", "ya no pienso en suicidarme", "ni loca me mato".
_NEGATION_BEFORE_ES = (
    r"\b(no|nunca|jamas|tampoco|ni loc[oa]|ni de broma|ni en suenos|ni muert[oa])\s+"
    r"(" + _NEGATION_FILLER_ES + r"\s+){0,3}$"
)
# "no he tenido pensamientos de hacerme daño", "sin ideas de suicidio".
_NONE_OF_BEFORE_ES = (
    r"\b(no|sin|nunca|ningun|ninguna|ningunos|ningunas|cero|tampoco)\s+"
    r"((he|ha|hemos|tengo|tenia|tuve|tenido|habido|hay|siento|sentido|mas|ya)\s+){0,3}"
    r"(pensamientos?|ideas?|ganas|intencion|intenciones|planes?|impulsos?|deseos?|intentos?)\s+"
    r"((de|sobre|en|con|para)\s+)?$"
)
# Not "niño", "chica" or "bebé": "de niña quería morir" is the client as a child.
_PEOPLE_ES = (
    r"(mama|mami|madre|papa|papi|padre|abuela|abuelita|abuelo|abuelito|abue|hermano|hermana|"
    r"hermanito|hermanita|hijo|hija|hijos|hijas|esposo|esposa|marido|mujer|novio|novia|"
    r"amigo|amiga|amigos|amigas|pareja|tio|tia|primo|prima|jefe|jefa|vecino|vecina|"
    r"paciente|personaje|protagonista|perro|perra|perrito|perrita|gato|gata|gatito|suegra|"
    r"suegro|companero|companera|nieto|nieta|sobrino|sobrina|cunado|cunada|ex|compa|cuate|"
    r"senor|senora|doctor|doctora)"
)
# Someone else is the subject of an either-person verb: "mi abuela quería morir
# en casa", "él ya quería morir". The one word allowed after the person is never
# "que": in "le dije a mi mamá que quería morir" the client may be speaking of
# themselves, and that is flagged.
_OTHER_SUBJECT_BEFORE_ES = (
    r"\b((el|ella|ellos|ellas|usted|ustedes|alguien)(\s+(se|le|lo|la|les|tambien|ya|siempre|"
    r"solo|dice que|dijo que|decia que))?|((mi|mis|tu|tus|su|sus|la|el|los|las|un|una|esa|ese|"
    r"este|esta)\s+)?" + _PEOPLE_ES + r"(\s+(?!que\b|q\b)\w+)?)\s*$"
)
# "antes quería morir, pero ya no": said about the past, and said to be over.
# Only at the end of the sentence: "quiero morir ya no aguanto" goes on.
_OVER_NOW_AFTER_ES = (
    r"^\s*(\w+\s+){0,3}?(pero\s+)?(ahora\s+)?(ya\s+no|ya\s+paso|eso\s+ya\s+paso|ya\s+no\s+mas|"
    r"ya\s+lo\s+supere|ya\s+no\s+lo\s+siento|ya\s+no\s+lo\s+pienso|ya\s+no\s+me\s+pasa)\s*$"
)
_CLAUSE_BREAK_ES = (
    r" (?:pero|y|e|porque|pues|aunque|entonces|asi que|o sea|osea|sino|luego|despues|total|"
    r"xq|pq|porq) "
)

_DRUGS_ES = (
    r"(pastillas?|pastis|pildoras?|tabletas?|capsulas?|medicinas?|medicamentos?|remedios|"
    r"paracetamol|acetaminofen|ibuprofeno|aspirinas?|tylenol|clonazepam|rivotril|alprazolam|"
    r"xanax|diazepam|valium|lorazepam|sertralina|fluoxetina|citalopram|escitalopram|"
    r"antidepresivos|somniferos|insulina|litio|quetiapina|tramadol|codeina|fentanilo|heroina|"
    r"opioides|analgesicos|calmantes|tranquilizantes|benzodiacepinas|benzos|zolpidem|"
    r"ansioliticos|antipsicoticos)"
)
# A day or a time after a verb is when, not who: "me mato el viernes" is the client.
_WHEN = (
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|dias|noche|fin|semana|mes|ano|"
    r"proximo|proxima|manana|tarde|hora|momento|rato|vida"
)
# After a verb, the thing that does it: "me mató el examen", "me quitó la vida
# el trabajo".
_SUBJECT_AFTER_ES = (
    r"(el|la|los|las|un|una|ese|esa|este|esta|estos|estas|mi|mis|tu|tus|su|sus)\s+"
    r"(?!(" + _WHEN + r")\b)\w+"
)
# The thing named just before "me mató": "el tráfico de hoy me mató", "ese
# examen me mató". Not "mi ..." (people are the other-subject guard's) and not
# "la verdad" or "la neta" (honestly).
_SUBJECT_BEFORE_ES = (
    r"\b(el|la|los|las|ese|esa|este|esta|estos|estas|aquel|aquella|tu|su)\s+"
    r"(?!(" + _WHEN + r"|verdad|neta|otro|otra)\b)\w+(\s+(de|del)\s+\w+)?\s+$"
)
# The same after "me lastimó", except where people harm themselves: "me
# lastimó el comentario" is benign, "me lastimé los brazos" is not.
_HURTER_AFTER_ES = (
    r"(el|la|los|las|un|una|ese|esa|este|esta|estos|estas|mi|mis|tu|tus|su|sus)\s+"
    r"(?!(" + _WHEN + r"|brazos?|munecas?|muslos?|piernas?|venas?|piel|cara|cuerpo|estomago|"
    r"panza|abdomen|pecho)\b)\w+"
)
# "me quiero morir de la vergüenza" is the English "I could die of
# embarrassment": hyperbole, as in the English rules. Grief, pain and
# loneliness are not on this list: "me quiero morir de tristeza" is flagged.
_HYPERBOLE_OF_ES = (
    r"(de|del)\s+(la\s+|el\s+|tanta\s+|tanto\s+|pura\s+|puro\s+)?(verguenza|pena ajena|risa|"
    r"reir|cringe|oso|hambre|sed|sueno|calor|frio|aburrimiento|ganas|amor|envidia|nervios|"
    r"cansancio|emocion|felicidad|alegria|ternura|flojera|pereza|celos|curiosidad|gusto|asco)\b"
)
# "quiero morir de viejo", "mejor morir de pie que vivir de rodillas", "me
# muero por verte".
_DIE_BENIGN_AFTER_ES = (
    r"^\s*(" + _HYPERBOLE_OF_ES + r"|(de\s+)?(viej[oa]s?|viejit[oa]s?|ancian[oa]s?)\b|"
    r"de\s+pie\b|(por|x)\s+(verte|verlo|verla|verlos|conocerte|conocerlo|conocerla|ir|saber|"
    r"probar|comer|tenerte|abrazarte|besarte)\b)"
)
# "desaparecer un rato", "desaparecer de las redes": a break, not an end.
_VANISH_BENIGN_AFTER_ES = (
    r"^\s*((de|del)\s+(las\s+|el\s+|la\s+)?(redes|instagram|facebook|twitter|tiktok|whatsapp|"
    r"grupo|chat|trabajo|oficina|mapa)\b|(un|unos|unas)\s+(rato|dias|semanas|horas|momento|"
    r"tiempo)\b|un\s+ratito\b)"
)
# "me mato trabajando", "me voy a matar de la risa", "me voy a matar en el gym".
# A gerund is work or effort; "cuando" only looks like one.
_KILL_BENIGN_AFTER_ES = (
    r"^\s*((de|del)\s+(la\s+)?(risa|reir|carcajadas?|cansancio|aburrimiento|susto|un susto|"
    r"verguenza|cringe)\b|de\s+lo\s+(cansad[oa]|aburrid[oa])\s+que\b|"
    r"(?!(cuando|ando|mando|cuanto)\b)\w+(ando|iendo|yendo)\b|"
    r"a\s+(trabajar|estudiar|entrenar|correr|comer|bailar|reir|hacer ejercicio)\b|"
    r"(en|con)\s+(el\s+|la\s+|las\s+|los\s+)?(gym|gimnasio|trabajo|ejercicio|tareas?|"
    r"examen|examenes|entrenamiento|crossfit|spinning|abdominales|pesas|dieta)\b)"
)
# Someone else does the killing: "el calor va a matarme", "mi ex intentó
# matarme". Not "iba" or "podría", which may be the client's own.
_OTHERS_KILL_BEFORE_ES = (
    r"\b(va|van|vas|vaya|vayan|iban|ibas|quiere|quieren|quieres|puede|pueden|puedes|"
    r"podrian|intento|intentaron|trato|trataron|amenaza|amenazan|amenazo|amenazaron|"
    r"vino|vinieron|venir|mandar|mandaron)\s+((a|de)\s+)?$"
)
# Where or with whom, not whether: "no quiero vivir en esta ciudad", "no
# quiero vivir con mis papás". "En este mundo" and "con este dolor" are about
# living at all.
_WHERE_TO_LIVE_ES = (
    r"^\s*(aqui|aca|alli|alla|ahi|lejos|cerca|sol[oa]s?|junt[oa]s|de\s+(alquiler|renta)\b|"
    r"con\s+(mis?|tus?|sus?|el|ella|ellos|ellas|ustedes|usted)\s+"
    r"(?!(dolor|pena|culpa|tristeza|sufrimiento|conciencia|miedo|ansiedad|depresion|trauma|"
    r"recuerdos?|vida)\b)\w+|"
    r"en\s+(?!((este|esta|el|la)\s+)?(mundo|vida|planeta|tierra)\b)\w+)"
)
_CUT_BENIGN_AFTER_ES = (
    r"^\s*(((el|la|los|las|un|una|mi|mis)\s+)?(pelo|cabello|unas|flequillo|fleco|barba|bigote|"
    r"puntas|melena|cerquillo|chasquilla|copete|patillas)\b|"
    r"(el|un|los|la)\s+(dedos?|mano|labio|menton)\b(?!(\s+\w+){0,2}\s+(a\s+proposito|adrede|"
    r"otra\s+vez|de\s+nuevo))|"
    r"(un|una)\s+(pedazo|pedacito|rebanada|trozo|tajada|rodaja|porcion|cacho)\b|"
    r"(la|el)\s+(luz|agua|gas|internet|wifi|linea|llamada|telefono|cable|rollo|inspiracion|"
    r"paso|camino|servicio)\b|"
    r"(\w+\s+){0,3}?(cocinando|pelando|picando|rebanando|cortando|preparando|"
    r"haciendo\s+(la\s+|el\s+)?(cena|comida|desayuno|almuerzo|ensalada)|afeitando|afeitandome|"
    r"rasurando|"
    r"rasurandome|depilando|depilandome|sin\s+querer|por\s+accidente|accidentalmente|"
    r"con\s+(un|el|una)\s+(papel|hoja\s+de\s+papel|abrelatas|lata))\b)"
)
# Sport and accidents; not the wrists or the legs on their own.
_HURT_BENIGN_AFTER_ES = (
    r"^\s*((\w+\s+){0,3}?(jugando|corriendo|entrenando|haciendo\s+ejercicio|levantando|"
    r"cargando|bailando|nadando|esquiando|patinando|sin\s+querer|por\s+accidente|"
    r"accidentalmente|en\s+el\s+(gym|gimnasio|trabajo|partido|entrenamiento|futbol|ejercicio)|"
    r"al\s+(caer|caerme|levantar|correr|entrenar|bajar|subir)|"
    r"con\s+(la|el)\s+(puerta|mesa|mueble|cama|silla|escalera|esquina))\b|"
    r"((en\s+)?(el|la|los|las|un|una|mi|mis)\s+)(rodillas?|tobillos?|espalda|hombros?|cuello|"
    r"pies?|cadera|codos?|dedos?|tendon|musculos?|menisco|ligamentos?|cintura)\b|"
    r"((mucho|bastante)\s+)?(lo\s+que|que)\b|" + _HURTER_AFTER_ES + r")"
)
_BURN_BENIGN_AFTER_ES = (
    r"^\s*((\w+\s+){0,3}?(con\s+(el\s+|la\s+|los\s+|las\s+|un\s+|una\s+)?(horno|plancha|sarten|"
    r"olla|estufa|aceite|cafe|te|agua|sol|vapor|comal|tetera|cautin|rizador|secadora|parrilla|"
    r"asador|fogon|cacerola|microondas|caldo|sopa|chocolate|pizza)|cocinando|planchando|"
    r"tomando\s+el\s+sol|al\s+sol|en\s+el\s+sol|en\s+la\s+(playa|cocina|alberca|piscina)|"
    r"sin\s+querer|por\s+accidente|accidentalmente|en\s+el\s+trabajo)\b|"
    r"(la|las|el)\s+(lengua|boca|paladar|pestanas|neuronas)\b)"
)

_RULES_ES: tuple[_Rule, ...] = (
    # Suicidal ideation: wishing to die, said in the first person.
    _rule(
        SUICIDAL_IDEATION,
        r"\b(me\s+)?(" + _QUIERO + r"|deseo|necesito|prefiero|me\s+gustaria|ganas\s+de|"
        r"me\s+dan\s+ganas\s+de)\s+((ya|solo|solamente|nada\s+mas|simplemente|mejor)\s+)?"
        r"morir(me)?\b",
        benign_after=_DIE_BENIGN_AFTER_ES,
    ),
    # The same wish with a verb that may be the client's or someone else's.
    _rule(
        SUICIDAL_IDEATION,
        r"\b(me\s+)?(queria|quisiera|querria|deseaba|desearia|preferiria|preferia)\s+"
        r"((ya|solo|solamente|nada\s+mas|simplemente)\s+)?morir(me)?\b",
        benign_after=_DIE_BENIGN_AFTER_ES,
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(" + _QUIERO + r"|prefiero|necesito|me\s+gustaria)\s+(ya\s+)?estar\s+muert[oa]s?\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(quisiera|preferiria|desearia|ojala)\s+(ya\s+)?(estar|estuviera)\s+muert[oa]s?\b|"
        r"\b(mejor\s+((estaria|estuviera|seria|estar)\s+)?(yo\s+)?muert[oa]|"
        r"(estaria|estuviera|seria)\s+(yo\s+)?mejor\s+muert[oa])s?\b",
        # "antes muerta que sencilla" is a song, not a wish.
        benign_after=r"^\s*que\s+sencill",
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bmejor\s+(me\s+muero|morir(me)?|(me\s+)?desaparezco)\b",
        benign_after=_DIE_BENIGN_AFTER_ES + r"|" + _VANISH_BENIGN_AFTER_ES,
    ),
    # "ojalá me atropelle un camión", "ojalá me diera un infarto", "quiero que
    # me maten". Not "que me parta un rayo", which is how Spanish swears to the truth.
    _rule(
        SUICIDAL_IDEATION,
        r"\b(ojala|" + _QUIERO + r"|quisiera|me\s+gustaria|espero|deseo)\s+((que|q|k)\s+)?"
        r"me\s+(maten|mate|matara|mataran|atropell\w+|arroll\w+|caiga\s+un\s+rayo|"
        r"(diera|de|pegara|pegue|cayera|caiga|llevara|lleve)\s+(\w+\s+){0,2}?(infarto|cancer|"
        r"ataque|bala|tiro|camion|carro|coche|auto|tren|accidente|enfermedad|muerte))\b",
    ),
    # Wanting it all to end ("I just want it all to end"): "quiero que todo se acabe".
    _rule(
        SUICIDAL_IDEATION,
        r"\b(" + _QUIERO + r"|quisiera|deseo|ojala|necesito)\s+((que|q|k)\s+)?(ya\s+)?"
        r"(todo|todo\s+esto|mi\s+vida)\s+(ya\s+)?(se\s+)?(acabe|termine|acabara|terminara)\b",
        # "quiero que todo termine bien": the evening, not the life.
        benign_after=r"^\s*(bien|a\s+tiempo|temprano|antes\s+de|en\s+(la|el)\s+(fiesta|junta|"
        r"reunion|boda|evento))\b",
    ),
    # Deserving to die ("no merezco vivir"), ready to ("estoy lista para morir"),
    # letting go ("me voy a dejar morir"), death as the easier way.
    _rule(
        SUICIDAL_IDEATION,
        r"\bno\s+merezco\s+(vivir|seguir\s+viviendo|estar\s+viv[oa]|existir)\b",
        negatable=False,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bmerezco\s+(morir(me)?|estar\s+muert[oa]|la\s+muerte)\b|"
        r"\b(list[oa]s?|preparad[oa]s?)\s+para\s+morir(me)?\b|"
        r"\b(dejarme\s+morir|me\s+dejo\s+morir|me\s+(" + _QUIERO + r"|voy\s+a|vo\s+a|pienso)\s+"
        r"dejar\s+morir)\b|"
        r"\b(seria|es|estaria)\s+(mas\s+facil|mejor|preferible)\s+(estar\s+muert[oa]|"
        r"morir(me)?|no\s+existir|no\s+estar\s+aqui|desaparecer)\b",
        benign_after=_DIE_BENIGN_AFTER_ES + r"|" + _VANISH_BENIGN_AFTER_ES,
        other_subject_guard=True,
    ),
    # Others better off: "estarían mejor sin mí", "sería mejor si no existiera".
    _rule(
        SUICIDAL_IDEATION,
        r"\b(mejor|mas\s+felices?|mas\s+tranquil[oa]s?|mas\s+a\s+gusto)\s+sin\s+mi\b|"
        r"\bmejor\s+si\s+(yo\s+)?(no\s+(estuviera|existiera|hubiera\s+nacido|estoy|existo)|"
        r"me\s+(muero|muera|muriera|mato|matara)|muriera|desapareciera|desaparezco)\b",
    ),
    # Not wanting to live: the denial is the statement ("ya no quiero vivir",
    # "no sé si quiero seguir viviendo").
    _rule(
        SUICIDAL_IDEATION,
        r"\b((no|ni)\s+(me\s+)?(" + _QUIERO + r"|deseo|quisiera|tengo\s+ganas\s+de|"
        r"me\s+dan\s+ganas\s+de|me\s+interesa)|no\s+se\s+si\s+(" + _QUIERO + r"|deseo))\s+"
        r"(seguir\s+)?(vivir|viviendo|existir|existiendo|"
        r"estar\s+viv[oa]|seguir\s+con\s+vida|(seguir|estar)\s+en\s+este\s+mundo)\b",
        benign_after=_WHERE_TO_LIVE_ES,
        negatable=False,
    ),
    # "ya no quiero seguir", "ya no quiero estar aquí": going on, not a task.
    _rule(
        SUICIDAL_IDEATION,
        r"\b(ya\s+)?no\s+(" + _QUIERO + r"|deseo)\s+(estar|seguir)(\s+aqui)?\s*$|"
        r"\bya\s+no\s+(" + _QUIERO + r"|deseo)\s+(estar|seguir)\s+aqui\b|"
        r"\bno\s+(" + _QUIERO + r"|deseo)\s+(estar|seguir)\s+aqui\s+(nunca\s+)?mas\b",
        benign_after=r"^\s*(en|con)\b",
        negatable=False,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(no|nunca)\s+(me\s+)?(" + _QUIERO + r"|deseo|quisiera)\s+(volver\s+a\s+)?"
        r"despertar(me)?(\s+(manana|nunca|jamas|mas|otra\s+vez|nunca\s+mas))?\s*$",
        negatable=False,
    ),
    # "no puedo vivir sin ti" is a love song; "no puedo más con la vida" is not.
    _rule(
        SUICIDAL_IDEATION,
        r"\bno\s+(aguanto|soporto|puedo|resisto)\s+(mas\s+)?(vivir|seguir\s+viviendo|la\s+vida|"
        r"existir|estar\s+viv[oa]|mi\s+vida|esta\s+vida)\b|"
        r"\bno\s+(puedo|aguanto)\s+(mas\s+)?con\s+(la|mi|esta)\s+vida\b|"
        r"\bno\s+puedo\s+seguir\s+(viviendo|existiendo|con\s+vida|con\s+mi\s+vida|mas\s*$)",
        benign_after=r"^\s*sin\s+(ti|usted|vos|el|ella|ustedes|ellos|cafe|musica|mi\s+\w+|"
        r"tu\s+\w+)\b|" + _WHERE_TO_LIVE_ES,
        negatable=False,
    ),
    # Thoughts and plans: "pensando en suicidarme", "fantaseo con desaparecer".
    _rule(
        SUICIDAL_IDEATION,
        r"\b(pienso|pensando|pensado|pense|pensar|planeando|planeo|planear|planee|considerando|"
        r"considero|contemplo|contemplando|fantaseo|fantaseando|sueno|sonando|pensamientos?|"
        r"ideas?|ideacion|plan|planes|intencion|intenciones)(\s+(mucho|seriamente|a\s+veces|"
        r"mucho\s+mas|cada\s+vez\s+mas|todo\s+el\s+tiempo|de\s+nuevo|otra\s+vez))?"
        r"(\s+(en|de|sobre|para|con))?\s+((el|mi)\s+)?(sui[cs]idio|matarme|"
        r"quitarme\s+la\s+vida|morir(me)?|acabar\s+con\s+(todo|mi\s+vida)|no\s+despertar(me)?|"
        r"desaparecer|dejar\s+de\s+existir|ya\s+no\s+estar|no\s+existir)\b",
        benign_after=_DIE_BENIGN_AFTER_ES + r"|" + _VANISH_BENIGN_AFTER_ES,
        other_subject_guard=True,
    ),
    # "pensamientos de muerte", "pienso en mi muerte"; "la muerte de mi papá" is grief.
    _rule(
        SUICIDAL_IDEATION,
        r"\b(pienso|pensando|pensado|pense|pensar|fantaseo|fantaseando|sueno|sonando|"
        r"pensamientos?|ideas?|deseo|deseos|busco|buscando)(\s+(mucho|seriamente|a\s+veces|"
        r"todo\s+el\s+tiempo))?(\s+(en|de|sobre|con))?\s+((la|mi)\s+)?muerte\b",
        benign_after=r"^\s*de\b",
        other_subject_guard=True,
    ),
    _rule(SUICIDAL_IDEATION, r"\bsui[cs]idarme\b"),
    _rule(
        SUICIDAL_IDEATION,
        r"\bme\s+((" + _QUIERO + r"|voy|vo|pienso|quisiera|queria|gustaria|dan\s+ganas\s+de|"
        r"podria|deberia|iba|estoy\s+por|tengo\s+que|planeo|puedo|intente|trate\s+de|quise|kise|"
        r"vuelvo|volvi)\s+(a\s+)?)?sui[cs]id(ar|o|are|aria)\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bsui[cs]idas?\b",
        # "una misión suicida", "un atentado suicida": reckless, or someone else.
        # "se suicida" is the verb, said of someone else.
        benign_before=r"\b(mision|misiones|atentado|atentados|ataque|ataques|terrorista|"
        r"terroristas|bombardero|comando|escuadron|piloto|pilotos|se)\s+$",
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(intento|intentos|intente|intentar|cometer|plan|nota|carta|riesgo)\s+(de\s+|el\s+)?"
        r"sui[cs]idio\b",
        other_subject_guard=True,
    ),
    # A goodbye letter written or left; one for the office is a leaving card.
    _rule(
        SUICIDAL_IDEATION,
        r"\b(escribi|escribo|escribiendo|escribir|deje|dejo|dejar|tengo\s+lista|ya\s+tengo)\s+"
        r"(mi|una|la|las|mis)\s+cartas?\s+de\s+despedida\b",
        benign_after=r"^\s*(del|de\s+la|para\s+(el|la|mi|mis|los|las))\s+(trabajo|equipo|colegio|"
        r"club|empresa|oficina|escuela|universidad|compania|jefe|jefa|companeros?|companeras?|"
        r"clase|grupo)\b",
    ),
    # Killing oneself. "matarme" with someone else as the killer ("el calor va
    # a matarme", "mi jefe me va a matar") is not the client's act.
    _rule(
        SUICIDAL_IDEATION,
        r"\bmatarme\b",
        benign_after=_KILL_BENIGN_AFTER_ES,
        benign_before=_OTHERS_KILL_BEFORE_ES,
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bme\s+(" + _QUIERO + r"|voy|vo|pienso|quisiera|gustaria|dan\s+ganas\s+de|podria|"
        r"deberia|estoy\s+por|tengo\s+que|planeo|puedo|quise|kise|vuelvo)\s+(a\s+)?matar\b",
        benign_after=_KILL_BENIGN_AFTER_ES,
    ),
    # "me mato" is also "me mató" (it killed me) once accents are gone: the
    # thing doing it, named just before the verb or after it, makes it benign.
    _rule(
        SUICIDAL_IDEATION,
        r"\bme\s+(iba\s+a\s+matar|queria\s+matar|mataria|mato|matare)\b",
        benign_after=r"^\s*(" + _SUBJECT_AFTER_ES + r"|si\s+(se\s+entera|sabe|lo\s+sabe|me\s+ve|"
        r"lo\s+ve|ve|se\s+da\s+cuenta|descubre)\b)|" + _KILL_BENIGN_AFTER_ES,
        benign_before=_SUBJECT_BEFORE_ES,
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bquitarme\s+la\s+vida\b|\bme\s+(" + _QUIERO + r"|voy\s+a|vo\s+a|pienso|quisiera|"
        r"queria|gustaria|podria|deberia|dan\s+ganas\s+de|iba\s+a|tengo\s+que|puedo)\s+"
        r"quitar\s+la\s+vida\b|\bme\s+quit(o|are|aria)\s+la\s+vida\b",
        benign_after=r"^\s*" + _SUBJECT_AFTER_ES,
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(acabar|terminar|acabo|termino|acabaria|terminaria|acabare|terminare)\s+con\s+(todo|"
        r"mi\s+(propia\s+)?vida|mi\s+existencia|mi\s+sufrimiento|esta\s+vida)\b|"
        r"\b(poner(le)?|pongo|pondre|pondria)\s+(fin|punto\s+final)\s+a\s+(todo|"
        r"mi\s+(propia\s+)?vida|mi\s+existencia|esta\s+vida)\b",
        # "acabar con todo el trabajo", "acabar con mi vida social".
        benign_after=r"^\s*(el|la|los|las|lo|mis|tus|sus|este|esta|eso|social|amorosa|"
        r"sentimental|laboral|profesional|academica|de\s+pareja)\b",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bdesaparec\w*\s+(para\s+siempre|de\s+este\s+mundo|del\s+mundo|"
        r"de\s+una\s+vez\s+por\s+todas|de\s+la\s+faz\s+de\s+la\s+tierra|y\s+no\s+volver)\b|"
        r"\b(dejar|deje|dejo)\s+de\s+existir\b|\bno\s+existir\s+mas\b|"
        r"\b(irme|me\s+voy|me\s+(" + _QUIERO + r"\s+|voy\s+a\s+)ir|dejar|salir|salirme|"
        r"despedirme)\s+(de\s+)?(este|esta)\s+(mundo|vida)\b",
        benign_after=_VANISH_BENIGN_AFTER_ES,
    ),
    # "ojalá no despertar", "quisiera dormir y no despertar", "dormir para siempre".
    _rule(
        SUICIDAL_IDEATION,
        r"\b(ojala|quisiera|" + _QUIERO + r"|deseo|desearia|me\s+gustaria|espero|prefiero|"
        r"preferiria)\s+((que|q|k)\s+)?((ya|mejor)\s+)?(me\s+)?(no|nunca)\s+(volver\s+a\s+)?"
        r"(despertar(me)?|despierte|despertara|me\s+despierte)\b|"
        r"\bdormir(me)?\s+y\s+(no|nunca)\s+(volver\s+a\s+)?despertar(me)?\b|"
        r"\b(no|nunca)\s+despertar(me)?\s+(nunca\s+)?(mas|jamas)\b|"
        r"\bdormir(me)?\s+para\s+siempre\b",
        # "ojalá no despierte el bebé", "espero no despertar a mi compañera".
        benign_after=r"^\s*((a|al)\s+\w+|(hasta|nadie|temprano|tarde|antes|con)\b|"
        + _SUBJECT_AFTER_ES
        + r")",
        negatable=False,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\bojala\s+((que|q|k)\s+)?(yo\s+)?(me\s+muriera|me\s+muera|morir(me)?|muriera|muera|"
        r"estar\s+muert[oa]|estuviera\s+muert[oa]|desaparecer|desapareciera|no\s+existir|"
        r"no\s+existiera|no\s+(haber|hubiera|hubiese)\s+nacido|"
        r"nunca\s+(haber|hubiera|hubiese)\s+nacido)\b|"
        r"\b(quisiera|me\s+gustaria|desearia)\s+((que|q|k)\s+)?(yo\s+)?(no\s+(haber|hubiera|"
        r"hubiese)\s+nacido|nunca\s+(haber|hubiera|hubiese)\s+nacido|no\s+existir|"
        r"dejar\s+de\s+existir)\b|"
        r"\b(no|nunca)\s+(debi|debia|deberia\s+haber|tendria\s+que\s+haber|tenia\s+que)\s+"
        r"(haber\s+)?nacido\b",
        benign_after=r"^\s*("
        + _SUBJECT_AFTER_ES
        + r"|"
        + _HYPERBOLE_OF_ES
        + r")|"
        + _VANISH_BENIGN_AFTER_ES,
        negatable=False,
    ),
    # Life not worth living: "no vale la pena vivir", "la vida no tiene sentido",
    # "ya no tiene caso seguir viviendo".
    _rule(
        SUICIDAL_IDEATION,
        r"\b(no\s+vale\s+la\s+pena|no\s+tiene\s+(ningun\s+)?(sentido|caso)|para\s+(que|q)|"
        r"de\s+(que|q)\s+sirve|no\s+hay\s+(ninguna\s+)?razon\s+para|"
        r"no\s+tengo\s+(ninguna\s+|ningun\s+)?(razon|razones|motivos?)\s+para|"
        r"no\s+tengo\s+(por|para)\s+(que|q)|no\s+tengo\s+nada\s+por\s+(lo\s+)?(que|q)|"
        r"nada\s+por\s+(lo\s+)?(que|q)|sin\s+(razon|razones|motivos?)\s+para)\s+"
        r"(seguir\s+)?(vivir|viviendo|existir|estar\s+viv[oa]|seguir\s+aqui|seguir\s*$)|"
        r"\bno\s+(le\s+)?(veo|encuentro|tiene)\s+(ningun\s+|el\s+)?(sentido|caso)\s+(a|de|en)\s+"
        r"(seguir\s+)?(vivir|viviendo|existir|estar\s+viv[oa]|la\s+vida|mi\s+vida)\b|"
        r"\b(que|q)\s+(sentido|caso)\s+tiene\s+(seguir\s+)?(vivir|viviendo|viv[oa]|existir|la\s+vida|"
        r"mi\s+vida|seguir\s*$)|"
        r"\b(mi|la|esta)\s+vida\s+(ya\s+)?no\s+(vale|tiene)\s+(la\s+pena|nada|ningun\s+sentido|"
        r"sentido)\b|"
        r"\b(vivir|seguir\s+viviendo|estar\s+viv[oa]|existir)\s+(ya\s+)?no\s+(vale|tiene)\s+"
        r"(la\s+pena|sentido|nada)\b",
        negatable=False,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(no\s+tengo|sin|perdi\s+las|ya\s+no\s+tengo|se\s+me\s+fueron\s+las|"
        r"se\s+me\s+quitaron\s+las|me\s+quitaron\s+las|no\s+me\s+quedan)\s+(\w+\s+)?ganas\s+de\s+"
        r"(vivir|seguir\s+viviendo|existir|seguir(\s+(asi|aqui|adelante))?\s*$)",
        negatable=False,
    ),
    # Tired of living; "cansada de vivir con mis suegros" is about the suegros.
    _rule(
        SUICIDAL_IDEATION,
        r"\b(hart[oa]s?|cansad[oa]s?|agotad[oa]s?|fastidiad[oa]s?|aburrid[oa]s?)\s+de\s+"
        r"(vivir|la\s+vida|existir|estar\s+viv[oa]|seguir\s+viviendo|respirar)\b",
        benign_after=r"^\s*(en|aqui|aca|alli|con|lejos|cerca|de|sol[oa])\b",
    ),
    # "nadie me extrañaría", "a nadie le importaría si me muero".
    _rule(
        SUICIDAL_IDEATION,
        r"\bnadie\s+(me\s+)?(extranaria|va\s+a\s+extranar|echaria\s+de\s+menos|"
        r"va\s+a\s+echar\s+de\s+menos)\b|"
        r"\b(nadie|a\s+nadie\s+le)\s+(\w+\s+){0,2}(notaria|importaria|daria\s+cuenta|"
        r"va\s+a\s+importar|importa|va\s+a\s+notar|extranaria)\s+(\w+\s+)?si\s+(me\s+muero|muero|"
        r"me\s+muriera|muriera|me\s+mato|desaparezco|desapareciera|me\s+voy\s+para\s+siempre|"
        r"ya\s+no\s+estoy|ya\s+no\s+estuviera|no\s+estuviera|dejo\s+de\s+existir)\b|"
        r"\bsi\s+(me\s+muero|muero|me\s+muriera|muriera|me\s+mato|me\s+matara|desaparezco|"
        r"desapareciera|ya\s+no\s+estoy|ya\s+no\s+estuviera)\s+(\w+\s+){0,2}?(nadie|a\s+nadie|"
        r"ni\s+cuenta|ni\s+se\s+dan|ni\s+lo\s+notan)\b",
        # "nadie me extrañaría en la fiesta", "... si no voy".
        benign_after=r"^\s*(en|si\s+(no\s+)?(voy|fuera|falto|faltara|me\s+voy|me\s+fuera))\b",
    ),
    # Means: hanging, jumping, shooting.
    _rule(
        SUICIDAL_IDEATION,
        r"\b(ahorcarme|me\s+ahorc(o|are|aria)|me\s+((" + _QUIERO + r"|voy|vo|pienso|podria|"
        r"quisiera)\s+(a\s+)?)ahorcar|colgarme\s+(de|del|con)\s+(una?\s+|el\s+|la\s+|mi\s+)?"
        r"(viga|arbol|cuerda|soga|techo|puente|ventilador|barra|regadera|closet|armario|ropero|"
        r"cinturon|lazo|mecate|corbata))\b|"
        # "me voy a colgar" with nothing after it: not a coat, a medal or a call.
        r"\b(colgarme|me\s+(" + _QUIERO + r"|voy\s+a|vo\s+a|pienso|podria)\s+colgar)\s*$",
    ),
    # Means made ready: "compré una soga", "ya tengo la soga".
    _rule(
        SUICIDAL_IDEATION,
        r"\b(tengo|compre|consegui|prepare|amarre|ate|colgue)\s+(ya\s+)?(la|una|mi)\s+soga\b",
        # "una soga para el tendedero": a purpose, and not the client's neck.
        benign_after=r"^\s*(para|de)\s+(?!(colgarme|ahorcarme|matarme|mi\s+cuello)\b)",
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(tirarme|aventarme|lanzarme|arrojarme|botarme|me\s+tiro|me\s+aviento|me\s+lanzo|"
        r"me\s+arrojo|saltar|brincar|me\s+(" + _QUIERO + r"|voy\s+a|pienso)\s+(tirar|aventar|"
        r"lanzar|arrojar))\s+(de|desde|del|por|al|a|frente\s+a|frente\s+al|delante\s+de|"
        r"delante\s+del|bajo|debajo\s+de)\s+(\w+\s+){0,2}?(puente|edificio|balcon|azotea|techo|"
        r"ventana|acantilado|precipicio|tren|metro|vias|rieles|auto|carro|coche|camion|autobus|"
        r"bus|trafico|autopista|carretera|barranco|piso\s+\d+)\b",
        other_subject_guard=True,
    ),
    _rule(
        SUICIDAL_IDEATION,
        r"\b(pegarme|darme|meterme|me\s+(pego|doy|meto))\s+un\s+(tiro|balazo|plomazo|disparo)\b|"
        r"\bme\s+(" + _QUIERO + r"|voy\s+a|pienso)\s+(dar|pegar|meter)\s+un\s+(tiro|balazo)\b|"
        r"\bdispararme\b|\bvolarme\s+(la\s+cabeza|los\s+sesos)\b",
    ),
    # Self-harm.
    _rule(SELF_HARM, r"\bauto\s?(lesi|agresi)\w*"),
    _rule(
        SELF_HARM,
        r"\b(cortarme|cortandome|me\s+(corto|corte|estoy\s+cortando|he\s+cortado|sigo\s+cortando|"
        r"(volvi|vuelvo|voy|vo|" + _QUIERO + r"|quise|kise|pienso|empece|puse|dan\s+ganas\s+de|"
        r"dieron\s+ganas\s+de|volvere)\s+(a\s+)?cortar))\b",
        benign_after=_CUT_BENIGN_AFTER_ES,
        other_subject_guard=True,
    ),
    _rule(
        SELF_HARM,
        r"\b(abrirme|rajarme|me\s+abri|me\s+raje)\s+(las|mis|la)\s+(venas|munecas|muneca)\b|"
        r"\b(hacerme|me\s+hago|me\s+hice|me\s+he\s+hecho|me\s+volvi\s+a\s+hacer|"
        r"me\s+sigo\s+haciendo|me\s+estoy\s+haciendo)\s+(\w+\s+)?(cortes|cortadas|cortaditas|"
        r"heridas|rasgun\w*|quemaduras)\b|"
        # "tengo cortes nuevos en las piernas": where people cut themselves.
        r"\b(cortes|cortadas|cortaditas|heridas|quemaduras)\s+(\w+\s+)?(en\s+)?(los|las|mis)\s+"
        r"(brazos|piernas|munecas|muslos|panza|abdomen|tobillos)\b",
        benign_after=_HURT_BENIGN_AFTER_ES,
    ),
    _rule(
        SELF_HARM,
        r"\b(hacerme|haciendome|acerme|aserme|me\s+(hago|hice|he\s+hecho|estoy\s+haciendo|voy\s+a\s+hacer|"
        r"" + _QUIERO + r"\s+hacer|haria|hare|sigo\s+haciendo|vuelvo\s+a\s+hacer|"
        r"volvi\s+a\s+hacer))\s+(\w+\s+)?dano\b|"
        r"\b(lastimarme|lastimandome|herirme|hiriendome|danarme|danandome|me\s+(lastimo|lastime|estoy\s+lastimando|he\s+lastimado|"
        r"sigo\s+lastimando|(voy|vuelvo|volvi|" + _QUIERO + r")\s+a\s+lastimar|"
        r"" + _QUIERO + r"\s+lastimar|hiero|heri|dano|dane))\b",
        benign_after=_HURT_BENIGN_AFTER_ES,
        other_subject_guard=True,
    ),
    _rule(
        SELF_HARM,
        r"\b(quemarme|quemandome|me\s+(quemo|queme|estoy\s+quemando|voy\s+a\s+quemar|"
        + _QUIERO
        + r"\s+"
        r"quemar|volvi\s+a\s+quemar))\b",
        benign_after=_BURN_BENIGN_AFTER_ES,
    ),
    _rule(
        SELF_HARM,
        r"\bgolpearme\b|\bme\s+golpeo\b|"
        r"\b(aranarme|rasgunarme|rascarme|me\s+(arano|rasguno|rasco))\s+hasta\s+"
        r"(sangrar|hacerme\s+sangre|que\s+sangr\w+)\b",
        benign_after=_HURT_BENIGN_AFTER_ES,
        other_subject_guard=True,
    ),
    # Overdose. "Una sobredosis de azúcar" is cake; "murió de una sobredosis"
    # is someone else's death ("casi muero de una sobredosis" is the client).
    _rule(
        OVERDOSE,
        r"\bsobredosi(s|fic\w*)\b",
        benign_before=r"\b(murio|murieron|fallecio|fallecieron|muere|mueren)\s+(de|por)\s+"
        r"(una\s+)?$",
        benign_after=r"^\s*de\s+(?!((mis|las|los|unas|unos|algunas|algunos)\s+)?"
        + _DRUGS_ES
        + r")",
    ),
    _rule(
        OVERDOSE,
        r"\b(tomarme|tomarmelas|tomar|tome|tomo|me\s+tome|me\s+tomo|me\s+voy\s+a\s+tomar|"
        r"me\s+" + _QUIERO + r"\s+tomar|tragarme|tragar|trague|me\s+trague|me\s+trago|me\s+eche|"
        r"meterme|me\s+meti)\s+(todas?|todos?|un\s+puno|un\s+punado|un\s+monton|muchas|muchos|"
        r"demasiadas|demasiados|un\s+frasco|una\s+caja|un\s+bote|un\s+blister|un\s+paquete|"
        r"una\s+tira|la\s+caja|el\s+frasco|el\s+bote|el\s+blister|el\s+paquete|dos\s+cajas|"
        r"varias\s+cajas|un\s+chingo|un\s+chorro|una\s+bolsa|\d{2,}|diez|doce|quince|veinte|"
        r"treinta|cuarenta|cincuenta|cien)\b(\s+\w+){0,4}\s+" + _DRUGS_ES + r"\b",
        negatable=False,
    ),
    _rule(
        OVERDOSE,
        r"\b(me\s+)?(tome|trague|tomo|trago|tomarme|tragarme)\s+((todo\s+el|toda\s+la)\s+"
        r"(frasco|bote|caja|blister|tira|paquete)|(el|la|un|una)\s+(frasco|bote|caja|blister|tira|"
        r"paquete)\s+(entero|entera|completo|completa))\b",
        negatable=False,
    ),
    # Someone else's medicine: "tomarme las pastillas de mi mamá".
    _rule(
        OVERDOSE,
        r"\b(tomarme|me\s+(voy\s+a|" + _QUIERO + r"|pienso)\s+tomar|tragarme)\s+"
        r"((todas|todos)\s+)?(las|los)\s+" + _DRUGS_ES + r"\s+de\s+(mi|mis|la|el|los|las)\s+"
        r"(?!(manana|noche|tarde|dia|diario|siempre|costumbre)\b)\w+",
    ),
    # The pills named before: "ya compré las pastillas, me las voy a tomar todas".
    _rule(
        OVERDOSE,
        r"\bme\s+(las|los)\s+(voy\s+a\s+tomar|vo\s+a\s+tomar|tomo|tome|tomare|" + _QUIERO + r"\s+"
        r"tomar|voy\s+a\s+tragar|trague|trago)\s+(todas|todos)\b",
    ),
    _rule(
        OVERDOSE,
        r"\b(juntando|acumulando|almacenando|ahorrando|coleccionando|juntar|acumular|"
        r"he\s+juntado|he\s+acumulado|junte|acumule)\s+(\w+\s+){0,2}?" + _DRUGS_ES + r"\b",
    ),
    _rule(
        OVERDOSE,
        r"\benvenenarme\b|\bme\s+(" + _QUIERO + r"|voy\s+a|pienso)\s+envenenar\b|"
        r"\b(tomar|tomarme|tome|tomo|beber|beberme|bebi|me\s+tomo|me\s+tome|tragar|tragarme|"
        r"trague)\s+(\w+\s+)?(veneno|raticida|cloro|lejia|matarratas|insecticida|anticongelante|pesticida)\b",
    ),
)

# Every Spanish rule needs one of these word starts (see _TRIGGERS).
_TRIGGERS_ES = (
    r"\b(mori|muer|mur|viv|vida|exist|mundo|aqui|segu|estar|despert|despiert|desped|dorm|"
    r"nacido|suic|suis|mat|quit|acab|termin|pon|desap|mejor|felic|tranquil|gusto|ganas|pens|"
    r"plan|consider|contempl|fantase|sueno|sonando|idea|deseo|desea|busc|hart|cansad|agotad|"
    r"fastid|aburrid|respir|nadie|atropell|arroll|rayo|ahorc|colg|tira|avent|lanz|arroj|bota|"
    r"salta|brinc|tiro|bala|ploma|dispar|vola|auto|cort|abri|raj|hac|hic|hech|acerm|aserm|"
    r"hag|dan[aeo]|lastim|heri|hier|quem|golpe|aran|rasgu|rasc|sobredos|tom|trag[aeou]|echa|"
    r"eche|mete|meti|junt|acum|almac|ahorr|colecc|envenen|venen|beb|soga|merez|list|prepar|"
    r"dej|facil|infart|cancer|ojala)"
)

_SPANISH = _Lexicon(
    SPANISH,
    _RULES_ES,
    _TRIGGERS_ES,
    _NEGATION_BEFORE_ES,
    _NONE_OF_BEFORE_ES,
    _OTHER_SUBJECT_BEFORE_ES,
    _OVER_NOW_AFTER_ES,
    _CLAUSE_BREAK_ES,
)


# How far a guard looks either side of a match, in characters of normalised text.
_WINDOW = 80

# A sentence ends here; a guard never reaches past it. "¿" and "¡" open one.
_SENTENCE_END = re.compile(r"[.!?;\n\r¿¡]+|\s[-–—]+\s|[-–—]{2,}")
_NON_WORD = re.compile(r"[^0-9a-z,]+")


@dataclass(frozen=True)
class _Compiled:
    category: str
    pattern: re.Pattern[str]
    benign_after: re.Pattern[str] | None
    benign_before: re.Pattern[str] | None
    negatable: bool
    other_subject_guard: bool


class _Ruleset:
    """One language's rules and guards compiled for one reading of the text.

    The disguised reading squeezes every repeated letter to one ("kill" ->
    "kil") in the text, so its patterns are squeezed the same way.
    """

    def __init__(self, lexicon: _Lexicon, squeeze: bool) -> None:
        def compiled(source: str) -> re.Pattern[str]:
            # Letters only: a letter after a backslash is an escape, kept whole.
            return re.compile(_squeeze_pattern(source) if squeeze else source)

        def optional(source: str | None) -> re.Pattern[str] | None:
            return compiled(source) if source else None

        self.language = lexicon.language
        self.triggers = compiled(lexicon.triggers)
        self.negation_before = compiled(lexicon.negation_before)
        self.none_of_before = compiled(lexicon.none_of_before)
        self.other_subject_before = compiled(lexicon.other_subject_before)
        self.over_now_after = compiled(lexicon.over_now_after)
        self.clause_break = compiled(lexicon.clause_break)
        self.rules = tuple(
            _Compiled(
                rule.category,
                compiled(rule.pattern),
                optional(rule.benign_after),
                optional(rule.benign_before),
                rule.negatable,
                rule.other_subject_guard,
            )
            for rule in lexicon.rules
            if rule.read_disguised or not squeeze
        )

    def guarded(self, rule: _Compiled, before: str, after: str) -> bool:
        """True when the clause before a match, or the words after it, make it benign."""
        if rule.category == SUICIDAL_IDEATION and self.over_now_after.search(after):
            return True
        if rule.negatable and (
            self.negation_before.search(before) or self.none_of_before.search(before)
        ):
            return True
        if rule.other_subject_guard and self.other_subject_before.search(before):
            return True
        if rule.benign_before and rule.benign_before.search(before):
            return True
        return bool(rule.benign_after and rule.benign_after.search(after))

    def first_signal(self, folded: str) -> CrisisSignal | None:
        # A message repeating itself repeats its contexts: each is judged once.
        judged: dict[tuple[int, str, str], bool] = {}
        for part in _SENTENCE_END.split(folded):
            if not self.triggers.search(part):
                continue
            sentence = _Sentence(part, self.clause_break)
            for index, rule in enumerate(self.rules):
                for match in rule.pattern.finditer(sentence.text):
                    before, after = sentence.around(match)
                    key = (index, before, after)
                    if key not in judged:
                        judged[key] = self.guarded(rule, before, after)
                    if not judged[key]:
                        return CrisisSignal(rule.category, self.language)
        return None


_LETTER_ESCAPE_OR_RUN = re.compile(r"\\[a-zA-Z]|([a-z])\1+")


def _squeeze_pattern(source: str) -> str:
    return _LETTER_ESCAPE_OR_RUN.sub(lambda m: m.group(1) or m.group(0), source)


class _Sentence:
    """One sentence as words (commas dropped), and where each of its clauses starts."""

    __slots__ = ("breaks", "text")

    def __init__(self, folded: str, clause_break: re.Pattern[str]) -> None:
        pieces = [" ".join(piece.split()) for piece in _NON_WORD.sub(" ", folded).split(",")]
        self.breaks = [0]
        text = " "
        for piece in pieces:
            if not piece:
                continue
            if len(text) > 1:
                self.breaks.append(len(text))
            text += piece + " "
        self.text = text
        self.breaks.extend(m.start() + 1 for m in clause_break.finditer(text))
        self.breaks.sort()

    def around(self, match: re.Match[str]) -> tuple[str, str]:
        """A bounded window of the match's clause before it, and of the sentence after it."""
        start, end = match.start(), match.end()
        before = self.text[max(self.clause_start(start), start - _WINDOW) : start]
        return before, self.text[end : end + _WINDOW]

    def clause_start(self, position: int) -> int:
        """Where the clause holding ``position`` starts (a joining word opens its clause)."""
        return self.breaks[bisect.bisect_right(self.breaks, position) - 1]


# English first: a message that reads as a crisis in both is answered as English.
_LEXICONS = (_ENGLISH, _SPANISH)
_PLAIN = tuple(_Ruleset(lexicon, squeeze=False) for lexicon in _LEXICONS)
_DISGUISED = tuple(_Ruleset(lexicon, squeeze=True) for lexicon in _LEXICONS)

# "OD'd", "ODed", "ODing" are recognised on the raw text: once apostrophes and
# case are gone they collide with the word "odd".
_RAW_OD = re.compile(r"\b(?:OD(?:['’]?d|ed|ing|s)?|od['’]d|od['’]ing)\b")


# Spanish has one-letter words ("a", "y", "o"): joining the letters of "me voy
# a m a t a r" takes the "a" for the first of them ("amatar"). A one-letter
# word after a whole word is also tried kept apart ("~" is no spelling gap, and
# reads as a space); "quiero a h o r c a r m e" still needs the joined reading.
_LONE_WORD_BEFORE_SPELLING = re.compile(
    r"(?<=[a-z]{2} )([ayo]) (?=[a-z][ .\-_*·][a-z][ .\-_*·][a-z](?![a-z0-9]))"
)


def _undisguised(folded: str) -> tuple[str, ...]:
    joined = undisguise(folded)
    apart = undisguise(_LONE_WORD_BEFORE_SPELLING.sub(r"\1 ~ ", folded))
    return (joined,) if apart == joined else (joined, apart)


def _first_signal(readings: tuple[_Ruleset, ...], folded: str) -> CrisisSignal | None:
    for reading in readings:
        signal = reading.first_signal(folded)
        if signal is not None:
            return signal
    return None


def detect_crisis(text: str) -> CrisisSignal | None:
    """Return the first kind of risk recognised in ``text`` (English or Spanish), or None."""
    if not text:
        return None
    folded = fold(text)
    signal = _first_signal(_PLAIN, folded)
    if signal is None and looks_disguised(folded):
        for undisguised in _undisguised(folded):
            signal = signal or _first_signal(_DISGUISED, undisguised)
    if signal is None and _RAW_OD.search(text):
        signal = CrisisSignal(OVERDOSE, ENGLISH)
    return signal
