"""A means of harm named in a message: the second piece of evidence beside the crisis model.

The crisis model flags a message that reads, as a whole, like the crises it learned from,
at a threshold high enough that everyday noticings stay quiet (``model.py``). Many crises
said indirectly score just under it: "Can't do this anymore. Car's running in the
garage.", "Este finde me voy solo al cortijo, mi padre tiene allí la escopeta de caza".
What those messages add is a means of harm: a rope, pills kept, a blade, a gun, poison,
a bridge, the tracks, a river gone to. A message the model reads as likely a crisis
*and* that names a means is flagged at a lower threshold
(:data:`shared.language.crisis.model.WITH_MEANS_THRESHOLD`). Neither alone is enough:
everyday noticings name pills and knives every day, and the model alone at that lower
threshold flags voice notes about grief and 3 a.m. worries.

The words are read folded (lower case, no accents). Places that are also everyday
words carry the article or preposition that makes them a place gone to ("al río": "se
rio" is a laugh).
"""

from __future__ import annotations

import re

# Pills counted in tens ("40 sleeping tablets", "forty"): a dose is one or two.
_COUNTED = (
    r"(\d\d+|twenty|thirty|forty|fifty|sixty|hundred|a\s+hundred|dozens\s+of|a\s+box\s+of|"
    r"a\s+bottle\s+of|a\s+whole\s+(box|bottle|pack)\s+of)"
)
_COUNTED_ES = (
    r"(\d\d+|veinte|treinta|cuarenta|cincuenta|sesenta|cien|una\s+caja\s+de|"
    r"un\s+frasco\s+de|un\s+bote\s+de)"
)
_PILLS = r"(pills|tablets|capsules|paracetamol|tylenol|painkillers|sleepers)"
_PILLS_ES = (
    r"(pastillas|pildoras|tabletas|capsulas|somniferos|calmantes|paracetamol|clonazepam|"
    r"rivotril)"
)
_ENGLISH_MEANS = (
    # Weapons, by their names and their slang.
    r"guns?|rifles?|shotguns?|shottys?|shotties|pistols?|revolver|handgun|firearms?|glock|"
    r"(service|my|dads|his)\s+weapons?|gun\s+safe|"
    # Hanging.
    r"ropes?|noose|nooses|ligature|(a|the)\s+(beam|rafter|rafters)|"
    # Blades.
    r"blades?|razors?|razor\s+blades?|box\s+cutter|stanley\s+knife|"
    # Pills counted in tens, all of them, or hoarded: everyday noticings name the
    # morning's pills.
    r"" + _COUNTED + r"\s+(\w+\s+){0,3}?" + _PILLS + r"|"
    r"(all|every\s+one\s+of)\s+(the|my|mums|moms|dads)\s+(\w+\s+)?" + _PILLS + r"|"
    r"(stash|hoard|stockpile)\s+of\s+(\w+\s+)?" + _PILLS + r"|"
    r"(saving|saved|hoarding|hoarded|stockpiling|stashing)\s+(up\s+)?(\w+\s+){0,2}?" + _PILLS + r"|"
    r"overdose|(the|a)\s+whole\s+(box|bottle|pack|packet|strip)|"
    r"" + _PILLS + r"\s+(\w+\s+){0,2}?in\s+my\s+hand|"
    # Poison; a garden's or a cupboard's only drunk or mixed into a drink.
    r"rat\s*(poison|killer)|poison|"
    r"(drink|drinking|swallow|swallowing|mix|mixing|down)\s+(\w+\s+){0,3}?(the\s+)?"
    r"(bleach|weedkiller|pesticide|antifreeze|insulin)|"
    # Heights, rails and water: a place the client is at or going to.
    r"(to|at|on|off|from|in|into|near|by|up)\s+(the|that)\s+(bridge|overpass|cliffs?|edge|ledge|"
    r"tracks|railway|rail\s+line|train\s+line|river|lake|lagoon|sea|ocean|quarry|dam)|"
    r"off\s+the\s+(roof|top)|over\s+the\s+edge|"
    # Fumes: an engine in a shut garage, a hose on the exhaust, charcoal.
    r"(car|engine)('?s|\s+is)?\s+(running|on)\s+(in|inside)\s+the\s+(garage|shed)"
    r"(?!\s+(\w+\s+){0,2}?(to\s+)?warm)|"
    r"(hose|hosepipe)\s+(\w+\s+){0,4}?(exhaust|tailpipe)|charcoal"
)
_SPANISH_MEANS = (
    r"pistola|escopeta|revolver|rifle|arma|armas|fierro|"
    r"soga|sogas|cuerda|lazo|mecate|(la|una)\s+viga|"
    r"navaja|navajas|cuchilla|cuchillas|hojilla|hojillas|gillette|cutter|"
    r"" + _COUNTED_ES + r"\s+(\w+\s+){0,3}?" + _PILLS_ES + r"|"
    r"tod[oa]s\s+(las|los|mis)\s+(\w+\s+)?" + _PILLS_ES + r"|"
    r"" + _PILLS_ES + r"\s+(\w+\s+){0,2}?en\s+(la|mi)\s+mano|(la|una)\s+caja\s+entera|"
    r"el\s+frasco\s+entero|"
    r"(juntando|junte|acumulando|acumule|ahorrando|ahorre|guardando|escondiendo|escondi)\s+"
    r"(\w+\s+){0,2}?" + _PILLS_ES + r"|"
    r"sobredosis|veneno|raticida|matarratas|"
    r"(tomar|tomarme|tomarmelo|beber|beberme|tragar|tragarme|echar|echarlo|mezclar)\s+"
    r"(\w+\s+){0,3}?(el\s+)?(cloro|herbicida|insecticida|fosfuro|insulina|liquido)|"
    r"(al|en\s+el|del|desde\s+el|hasta\s+el|a\s+la|en\s+la|de\s+la|desde\s+la|hasta\s+la|"
    r"a\s+las|en\s+las)\s+(puente|vias|rieles|carrilera|barranco|precipicio|acantilado|cornisa|"
    r"rio|mar|lago|laguna|presa|represa|borde)|"
    # Rails and heights named with their article, not crossed on the way somewhere.
    r"(?<!por )(?<!cruce )(?<!cruzando )(?<!cruzar )(?<!sobre )(el|la|las|los)\s+(puente|vias|"
    r"rieles|carrilera|barranco|precipicio|acantilado|cornisa)\b(?!\s+(\w+\s+){0,3}?de\s+camino)|"
    r"(carro|coche|auto|motor)\s+(esta\s+)?(prendido|encendido|en\s+marcha)\s+(\w+\s+){0,2}?"
    r"(garaje|cochera|garage)|manguera\s+(\w+\s+){0,6}?escape|carbon\s+prendido"
)
# A means named as put away, the verb right before it: "threw out the razor blades", "gave
# my dad's guns to my brother", "le di la escopeta a mi cuñado", "tiré la soga a la
# basura"; or after it: "la escopeta se la di a mi cuñado". The plan a client made with
# their clinician. Only the means itself: "gave my guitar away, the rope is in the shed"
# is a goodbye beside a means.
_PUT_AWAY_BEFORE = re.compile(
    r"\b(threw\s+(out|away)|thrown\s+(out|away)|got\s+rid\s+of|get\s+rid\s+of|handed\s+in|"
    r"gave|given|locked\s+(up|away)|dont\s+have|no\s+longer\s+have|me\s+deshice\s+de|"
    r"ya\s+no\s+(tengo|guardo)|entregue|le\s+di|les\s+di|le\s+entregue|tire|bote)\s+"
    r"(\w+\s+){0,2}?$"
)
_PUT_AWAY_AFTER = re.compile(
    r"^\s*(\w+\s+){0,2}?(se\s+(la|las|lo|los)\s+(di|deje|entregue|llevo|llevaron)|"
    r"(is|are|were)\s+(gone|locked\s+(up|away))|(a|to|in|into)\s+(la\s+basura|the\s+(bin|tip|"
    r"trash|rubbish|garbage)))\b"
)
# A place named with company is a meeting: "go to the bridge after work and meet the gang".
_COMPANY = re.compile(
    r"\b(meet|meeting|with\s+(the|my)\s+(gang|mates|friends|crew|kids|family|boys|girls|lads)|"
    r"con\s+(los|las|mis)\s+(amigos|amigas|cuates|panas|chicos|chicas|ninos|muchachos|pibes|"
    r"compas|cabros|familia))\b"
)
_PLACE = re.compile(
    r"bridge|overpass|cliff|edge|ledge|tracks|railway|rail|river|lake|lagoon|sea|ocean|quarry|"
    r"dam|puente|vias|rieles|carrilera|barranco|precipicio|acantilado|cornisa|rio|mar|lago|"
    r"laguna|presa|represa|borde"
)
# Pills counted for a prescription: "my 30 pills for the month", "la receta de 60 tabletas".
_PRESCRIBED = re.compile(
    r"\b(for\s+the\s+(month|week)|a\s+month|monthly|prescription|pharmacy|chemist|refill|"
    r"organi[sz]er|del\s+mes|para\s+el\s+mes|de\s+la\s+semana|receta|farmacia|pastillero)\b"
)
_PILL_WORDS = re.compile(_PILLS + "|" + _PILLS_ES)
_MEANS = re.compile(r"\b(?:" + _ENGLISH_MEANS + "|" + _SPANISH_MEANS + r")\b")
_SENTENCE = re.compile(r"[^.!?;\n]+")


def names_means(folded: str) -> bool:
    """True when a sentence of the folded message names a means of harm, not put away
    ("threw out the blades") and, for a place, not with company (see the module's
    docstring)."""
    for sentence in _SENTENCE.findall(folded):
        for found in _MEANS.finditer(sentence):
            if _put_away(sentence, found):
                continue
            if _PLACE.search(found.group(0)) and _COMPANY.search(sentence):
                continue
            if _PILL_WORDS.search(found.group(0)) and _PRESCRIBED.search(sentence):
                continue
            return True
    return False


def _put_away(sentence: str, found: re.Match[str]) -> bool:
    """True when the means ``found`` is named as put away, by a verb right before it
    ("got rid of the razor blades") or after it ("la escopeta se la di a mi cuñado")."""
    # A few words either side are all the verb can be: a long sentence is not read again
    # for every means in it.
    return bool(
        _PUT_AWAY_BEFORE.search(sentence[max(0, found.start() - _NEAR) : found.start()])
        or _PUT_AWAY_AFTER.search(sentence[found.end() : found.end() + _NEAR])
    )


_NEAR = 60
