"""A wish to die said around its verb, in both languages: the wish made the thing wanted
("all I want is to die", "lo único que quiero es morir"), prayed for ("I pray to die in
my sleep", "Señor quítame la vida"), felt ("I feel like dying"), weighed ("better I die",
"death sounds so peaceful right now"), or commanded by the client's own mind ("mi mente
me dice mátate"); self-harm told as scars opened again ("reopened my scars tonight", "las
cicatrices se estaban cerrando y las volví a abrir"); and means kept by someone else for
the purpose ("she has pills saved to kill herself").

Each was written by a client and read by no rule: the wish's verb is there, but not
after "want to" or "quiero". Each is read with the everyday senses its words share
exempted: dying of laughter or after leg day, a death in a film, old wounds of a quarrel,
"better I die than eat that".
"""

from __future__ import annotations

from dataclasses import replace

from shared.language.crisis.english_net import word_starts
from shared.language.crisis.rules import OVERDOSE, SELF_HARM, SUICIDAL_IDEATION, Rule, rule
from shared.language.crisis.spanish_words import DIE_BENIGN_AFTER_ES

# What dying is said of when nothing is meant: embarrassment, laughter, a workout.
_DYING_OF_AFTER = (
    # "die my hair pink": dye, misspelt; "death of my grandma", "end it with him".
    r"^\s*(((my|his|her|the|your)\s+)?(hair|roots|beard|eyebrows|clothes|shirt|fabric|shoes)\b|"
    r"of\s+(my|his|her|the|our|their|a|an)\b|with\s+(him|her|them|my|the)\b|"
    r"(of|from)\s+(embarrassment|shame|cringe|laughing|laughter|boredom|heat|hunger|"
    r"thirst)|laughing|on\s+(this|that)\s+hill|"
    r"(after|from)\s+(that|this|the|my|today\s*s|todays)?\s*(leg\s+day|workout|run|hike|spin|"
    r"crossfit|gym|class|practice|training|game|match|race|marathon))\b"
)
# A story or a game, where a death is a plot's or a player's.
_A_STORY_BEFORE = (
    r"\b(show|series|movie|film|book|novel|game|character|episode|song|lyrics?|raid|level|"
    r"quest|boss)\b.*$"
)

# The wish made the thing wanted: "all i want is to die", "the only thing i think about
# is dying", "dying is the only thing i want".
_ALL_I_WANT = (
    r"\b(all|the\s+only\s+thing|only\s+thing|the\s+one\s+thing)\s+(that\s+)?(i|ive|i\s+have)\s+"
    r"(really\s+)?(want|wanted|wanna|wish\s+for|pray\s+for|think\s+about|can\s+think\s+(about|of)|"
    r"dream\s+(about|of)|need|ask\s+for)\s+(to\s+do\s+)?((right\s+)?now\s+|anymore\s+|tonight\s+|"
    r"for\s+(\w+\s+){1,2})?is\s+(to\s+)?(die|dying|"
    r"death|be\s+dead|being\s+dead|kill\s+myself|killing\s+myself|end\s+(it|my\s+life)|"
    r"not\s+wake\s+up|not\s+to\s+wake\s+up)\b|"
    r"\b(dying|death|to\s+die|being\s+dead)\s+(is|s)\s+(all|the\s+only\s+thing|the\s+one\s+"
    r"thing|what)\s+(that\s+)?i\s+(really\s+)?(want|wanna|wish\s+for|think\s+about|need|"
    r"dream\s+(about|of)|pray\s+for)\b"
)
# Felt now: "i feel like dying", and a learner's "i feel like to die" (put right by the
# respelling). Past ("i felt like dying when he laughed") is an embarrassment's word.
_FEEL_LIKE_DYING = (
    r"\bi\s+(just\s+|really\s+|honestly\s+|kinda\s+|seriously\s+)?(feel|m\s+feeling|"
    r"am\s+feeling)\s+like\s+dying\b"
)
# Weighed: "better i die", "its better for everybody if i am dead".
_BETTER_DEAD = (
    r"\bbetter\s+(that\s+)?i\s+(die|am\s+dead|was\s+dead|be\s+dead|kill\s+myself)\b|"
    r"\bbetter\s+for\s+(everybody|everyone|every\s+one|all|them|my\s+\w+|the\s+\w+)\s+if\s+i\s+"
    r"(am|was|were|m)\s+(dead|gone)\b"
)
_BETTER_DEAD_BENIGN_AFTER = (
    r"^\s*(than\s+(\w+\s+){0,2}(eat|go|watch|wear|sing|dance|admit|lose|listen|ask|call|say|"
    r"cook|text|date|vote|work\s+for|pay)\b|laughing|of\b|trying|fighting|standing|free\b|happy\b|"
    r"on\s+my\s+feet|doing\s+what)"
)
# Prayed for: "i pray to die in my sleep", "praying god takes me tonight".
_PRAYED_FOR = (
    r"\b(pray|praying|prayed|pray\s+to\s+god|ask\s+god|asking\s+god|asked\s+god|beg\s+god|"
    r"begging\s+god)\s+(every\s+night\s+|each\s+night\s+|at\s+night\s+|again\s+)?"
    r"(for\s+(my\s+)?death|to\s+die|that\s+i\s+(die|dont\s+wake\s+up|do\s+not\s+wake\s+up|"
    r"wont\s+wake\s+up|never\s+wake\s+up)|to\s+(take\s+me|let\s+me\s+die|not\s+let\s+me\s+"
    r"wake\s+up)|(god\s+)?takes\s+me)\b"
)
_PRAYED_BENIGN_AFTER = (
    r"^\s*(of\s+(the|my|his|her|that|this)\b|home\b|to\s+(church|mass)\b|to\s+(the|my|our)\s+old\b|"
    r"back\s+to\b)"
)
# Death weighed as a relief: "death sounds so peaceful right now".
_DEATH_APPEALS = (
    r"\b(death|dying|being\s+dead)\s+(sounds|seems|feels|looks|would\s+be)\s+(so\s+|really\s+|"
    r"kinda\s+|pretty\s+|more\s+|like\s+)?(peaceful|nice|good|better|appealing|tempting|"
    r"easier|restful|amazing|great|beautiful|sweet|(like\s+)?(a\s+)?(relief|rest|peace|an\s+escape|"
    r"the\s+answer|freedom))\b"
)
# Someone else's death weighed: "death would be a relief for him", "for that poor dog".
_DEATH_FOR_OTHERS_AFTER = r"^\s*(\w+\s+){0,2}?(for|to)\s+(him|her|them|grandpa|grandma|\w+s)\b"
_DEATH_FOR_OTHERS_BEFORE = (
    r"\b(for|to)\s+(him|her|them|(that|the|my|his|her|this|our)\s+(poor\s+|old\s+)?\w+)\b"
    r"(\s+\w+){0,6}\s*$|\b(suffering|in\s+pain|hospice|the\s+vet)\b.*$|" + _A_STORY_BEFORE
)
# Decided for tonight: "tonight i will die", "i will die tonight, i decided".
_WILL_DIE_TONIGHT = (
    r"\b(tonight|today)\s+i\s+(will|shall)\s+die\b|\bi\s+(will|shall)\s+die\s+(tonight|today)\b"
)
_WILL_DIE_BENIGN_AFTER = (
    r"^\s*(of|from|laughing|if|unless|in\s+(the|this|that|a)\s+(game|raid|match|level|round)|"
    r"on\s+(the|that|this)\s+(dance\s*floor|stage|field|court|pitch|track))\b"
)
# Scars opened again: "reopened my scars tonight", "picked open my cuts". Not "old wounds".
_REOPENED = (
    r"(^\s*|\bi\s+(just\s+|have\s+|ve\s+|went\s+and\s+)?)(re\s*-?\s*opened|reopen(ed|ing)?|opened\s+"
    r"(back\s+)?(up\s+)?|tore\s+open)\s*(my|all\s+my)\s+(old\s+)?(scars|cuts)\b"
)
# Means kept by someone else for the purpose: "she has pills saved to kill herself".
_MEANS_KEPT = (
    r"\b(saved|saving|stashed|stashing|hidden|hiding|hid|keeps|kept|bought|buying)\s+"
    r"(\w+\s+){0,3}?(to|for)\s+kill\s+(herself|himself|themselves|themself|myself)\b"
)

_NEEDS_EN = {
    "wish": ("die", "dying", "death", "dead", "kill", "end", "wake"),
    "dying": ("dying",),
    "better": ("better",),
    "prayed": ("pray", "ask", "beg"),
    "death": ("death", "dying", "dead"),
    "die": ("die",),
    "scars": ("scars", "cuts", "cut"),
    "kill": ("kill",),
}
WISHED_TRIGGERS_EN: tuple[str, ...] = tuple(
    dict.fromkeys(word for words in _NEEDS_EN.values() for word in words)
)


def _needing_en(needs: str, each: Rule) -> Rule:
    """The rule, tried only in a sentence holding one of ``_NEEDS_EN[needs]``."""
    return replace(each, needs=word_starts(_NEEDS_EN[needs]))


WISHED_RULES_EN: tuple[Rule, ...] = (
    _needing_en(
        "wish",
        rule(
            SUICIDAL_IDEATION,
            _ALL_I_WANT,
            benign_after=_DYING_OF_AFTER,
            benign_before=_A_STORY_BEFORE,
            hyperbole_prone=True,
        ),
    ),
    _needing_en(
        "dying",
        rule(
            SUICIDAL_IDEATION,
            _FEEL_LIKE_DYING,
            benign_after=_DYING_OF_AFTER,
            benign_before=_A_STORY_BEFORE,
            hyperbole_prone=True,
        ),
    ),
    _needing_en(
        "better",
        rule(
            SUICIDAL_IDEATION,
            _BETTER_DEAD,
            benign_after=_BETTER_DEAD_BENIGN_AFTER,
            benign_before=_A_STORY_BEFORE,
            hyperbole_prone=True,
        ),
    ),
    _needing_en("prayed", rule(SUICIDAL_IDEATION, _PRAYED_FOR, benign_after=_PRAYED_BENIGN_AFTER)),
    _needing_en(
        "death",
        rule(
            SUICIDAL_IDEATION,
            _DEATH_APPEALS,
            benign_after=_DEATH_FOR_OTHERS_AFTER,
            benign_before=_DEATH_FOR_OTHERS_BEFORE,
        ),
    ),
    _needing_en(
        "die",
        rule(
            SUICIDAL_IDEATION,
            _WILL_DIE_TONIGHT,
            benign_after=_WILL_DIE_BENIGN_AFTER,
            benign_before=_A_STORY_BEFORE,
            hyperbole_prone=True,
        ),
    ),
    _needing_en("scars", rule(SELF_HARM, _REOPENED)),
    _needing_en(
        "kill",
        rule(OVERDOSE, _MEANS_KEPT, benign_before=_A_STORY_BEFORE, other_subject_guard=False),
    ),
)


# Spanish. The wish made the thing wanted: "lo único que quiero es morir", "lo que más
# deseo es no despertar".
_LO_UNICO_ES = (
    r"\blo\s+(unico|mas|que\s+mas|q\s+mas)\s+((que|q|k)\s+)?(quiero|kiero|qiero|deseo|pido|"
    r"necesito|pienso)\s+(ahorita\s+|ahora\s+|ya\s+)?es\s+(morir|morirme|matarme|"
    r"no\s+despertar(?!\s+(a|al)\b)|dejar\s+de\s+"
    r"(vivir|existir)|irme\s+de\s+este\s+mundo|quitarme\s+la\s+vida|desaparecer\s+para\s+"
    r"siempre)\b"
)
# Prayed for: "Señor quítame la vida", "Dios mío quítame la vida ya".
_TAKE_MY_LIFE_ES = (
    r"\b(dios|diosito|senor|padre|virgencita)\s+(\w+\s+){0,2}?(quitame|arrancame)\s+la\s+vida\b"
    # "quítame la vida de pecado": a conversion's prayer.
    r"(?!\s+(de|del|que|vieja|pasada)\b)|"
    r"\b(quitame|arrancame)\s+la\s+vida\s+(dios|diosito|senor|padre|virgencita|ya)\b|"
    r"\bsi\s+(dios|diosito|el\s+senor)\s+no\s+me\s+(lleva|recoge|llama)\b(\s+\w+){0,3}?\s+me\s+"
    r"(voy|largo|mato)\s+(yo\s+)?(sol[oa]|solit[oa]|por\s+mi\s+cuenta|yo\s+mism[oa])\b"
    r"(?!\s+(a|al|para|pa|de)\b)"
)
# The client's own mind commanding it: "mi mente me dice mátate mátate".
_MIND_COMMANDS_ES = (
    r"\b(mi\s+mente|mi\s+cabeza|una\s+voz|la\s+voz|las\s+voces)\s+(\w+\s+)?(me\s+(dice|dicen|"
    r"repite|repiten|grita|gritan)|no\s+para(n)?\s+de\s+(decirme|gritarme|repetirme))\s+"
    r"(que\s+)?(matate|suicidate|tirate|cortate|ahorcate|que\s+me\s+(mate|muera|suicide|tire|"
    r"corte|ahorque))\b"
    # "que me corte el pelo", "que me tire a dormir".
    r"(?!\s+(el|la|los|las|un|una|a\s+(dormir|descansar|la\s+cama)|al\s+\w+)\b)"
)
# Fed up with living: "estoy hasta la madre de vivir".
_FED_UP_ES = (
    r"\bhasta\s+la\s+madre\s+de\s+(vivir|la\s+vida|esta\s+vida|mi\s+vida|estar\s+viv[oa]|"
    r"seguir\s+viv[oa])\b(?!\s+(con|en|aqui|aca|asi|de|del|lejos|cerca|rentando)\b)"
)
# Scars opened again: "las cicatrices se estaban cerrando y las volví a abrir".
_REOPENED_ES = (
    r"\b(cicatrices|cortadas|cortes|heridas\s+de\s+los\s+brazos)\b(\s+\w+){0,8}?\s+(las|los)\s+"
    r"(volvi\s+a\s+abrir|reabri|abri\s+otra\s+vez|abri\s+de\s+nuevo)\b|"
    r"\b(volvi\s+a\s+abrir(me)?|reabri|me\s+(las\s+)?volvi\s+a\s+abrir)\s+(las\s+|mis\s+)?"
    r"(cicatrices|cortadas|cortes)\b"
)
_NOT_SELF_MADE_ES = (
    r"^.*\b(cirugia|operacion|cesarea|doctor|doctora|medico|medica|puntos|enfermera|carne|pan|"
    r"pollo|masa)\b"
)
# A blade held to the wrist: "agarré el cuchillo y me lo puse en la muñeca".
_BLADE_HELD_ES = (
    r"\b(cuchillo|navaja|cuchilla|gillette|rastrillo|vidrio)\b(\s+\w+){0,8}?\s+me\s+(lo|la)\s+"
    r"(puse|pase|acerque|pegue)\s+(en|a|por|sobre)\s+(la\s+|el\s+|mi\s+|las\s+|mis\s+)?"
    r"(muneca|munecas|garganta|cuello|venas)\b"
)
# A car crashed on purpose, thought of: "pensé en estrellar el carro de regreso".
_CRASH_ES = (
    r"\b(pense|pienso|pensando|quise|quiero|kiero|tengo\s+ganas|ganas)\s+(en\s+|de\s+)?"
    r"(estrellar(me)?|chocar(me)?)\s+((con|en)\s+)?(el\s+|mi\s+|la\s+)?(carro|coche|troca|"
    r"camioneta|auto|contra\s+(un|una|el|la)\s+\w+)\b"
    # Someone else's car, and a fraud: "el coche de mi papá", "para cobrar el seguro".
    # Unless driven into something: "el carro de papi contra el muro".
    r"(?!\s+(de|del)\s+(?!regreso\b|vuelta\b|camino\b)\w+\b(?!.*\bcontra\b))(?!.*\bseguro\b)"
)
# A last goodbye the other does not know was one.
_LAST_GOODBYE_ES = (
    r"\bme\s+despedi\s+de\b(\s+\w+){0,10}?\s+(ella|el|ellos|ellas)\s+no\s+(sabe|saben|sabia|"
    r"sabian)\s+que\s+(era|fue|"
    r"es|seria)\s+la\s+ultima\s+vez\b"
)

_NEEDS_ES = {
    "wish": r"\b(morir|matarme|despertar|vivir|existir|mundo|vida|desaparec)",
    "taken": r"\b(quitame|arrancame|solit|sol[oa]\b|cuenta|mism)",
    "mind": r"\b(matate|suicidate|tirate|cortate|ahorcate|mate|muera|suicide|tire|corte|ahorque)",
    "fed": r"\bmadre",
    "scars": r"\b(cicatri|cortadas|cortes|heridas)",
    "blade": r"\b(cuchill|navaja|gillette|rastrillo|vidrio)",
    "crash": r"\b(estrell|chocar)",
    "goodbye": r"\bultima",
}
WISHED_WORDS_ES = (
    r"\b(morir|matarme|despertar|vivir|existir|mundo|vida|desaparec|quitame|arrancame|solit|"
    r"cuenta|mism|matate|suicidate|tirate|cortate|ahorcate|mate|muera|suicide|tire|corte|"
    r"ahorque|madre|cicatri|cortadas|cortes|heridas|cuchill|navaja|gillette|rastrillo|vidrio|"
    r"estrell|chocar|ultima)"
)


def _needing_es(needs: str, each: Rule) -> Rule:
    """The rule, tried only in a sentence holding one of ``_NEEDS_ES[needs]``."""
    return replace(each, needs=_NEEDS_ES[needs])


WISHED_RULES_ES: tuple[Rule, ...] = (
    _needing_es("wish", rule(SUICIDAL_IDEATION, _LO_UNICO_ES, benign_after=DIE_BENIGN_AFTER_ES)),
    _needing_es("taken", rule(SUICIDAL_IDEATION, _TAKE_MY_LIFE_ES)),
    _needing_es("mind", rule(SUICIDAL_IDEATION, _MIND_COMMANDS_ES)),
    _needing_es("fed", rule(SUICIDAL_IDEATION, _FED_UP_ES)),
    _needing_es(
        "scars",
        rule(
            SELF_HARM,
            _REOPENED_ES,
            # A surgery's wound or a cut in the bread: "las cortadas de la cirugía".
            benign_after=_NOT_SELF_MADE_ES,
            benign_before=_NOT_SELF_MADE_ES,
        ),
    ),
    _needing_es(
        "blade",
        rule(
            SELF_HARM,
            _BLADE_HELD_ES,
            # A shave: "me la pasé por el cuello para rasurarme".
            benign_after=r"^.*\b(rasur\w*|afeit\w*|barba|bigote|depil\w*)\b",
        ),
    ),
    _needing_es("crash", rule(SUICIDAL_IDEATION, _CRASH_ES)),
    _needing_es("goodbye", rule(SUICIDAL_IDEATION, _LAST_GOODBYE_ES)),
)
