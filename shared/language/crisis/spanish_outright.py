"""Spanish crisis said outright in words the other rules did not read: a death decided,
searched for or wished on waking, and a death that would spare others; and self-harm
hidden from others.

"Ya tomé la decisión de morir", "busqué formas de morir sin dolor", "me da rabia
haber despertado viva", "si me muero se les acaban los problemas", "cuando yo ya
no esté van a poder respirar tranquilos", "esto termina conmigo muerto", "ya nada
me ata a la vida". Each names dying, so the crisis model never reads it (it leaves
what is said outright to the rules, :meth:`Model.readable`): a rule that misses
one of these is the only reader, and the message got the ordinary reply.

Each is read in the first person, with the everyday senses its words share
exempted: moving house ("decidí dejar de vivir con mis papás"), a search for a
pet's or a film's end, waking early ("me da rabia despertar tan temprano"), being
away ("cuando no esté en casa").

Self-harm hidden: "ando con manga larga pa que no me vean los cortes", "mi mamá casi me
ve las marcas, le dije que fue el gato". Cuts of hair, power or meat, and a surgery's
or acne's scars, are not hidden harm.
"""

from __future__ import annotations

from dataclasses import replace

from shared.language.crisis.rules import SELF_HARM, SUICIDAL_IDEATION, Rule, rule
from shared.language.crisis.spanish_words import DIE_BENIGN_AFTER_ES, HYPERBOLE_OF_ES

# Living somewhere or with someone: "dejar de vivir con mis papás" is moving house.
_LIVING_WHERE = (
    r"(?!\s+(con|en|aqui|aca|alli|alla|ahi|cerca|lejos|juntos|junto|sol[oa]|bajo|de|del|por|asi|"
    r"arrimad[oa]|rentando|al\s+dia|para|pa|pendiente|a|al|la|las|los|mi|mis|su|sus|tu|tus|sin|"
    r"como|segun|\w+ndo|mas\s+(con|de|del|en|a|al|para|pa|por|asi|sin|bajo|como)|"
    r"a\s+la\s+(carrera|defensiva)|"
    # A way of living left: "dejar de vivir estresada", "para trabajar".
    r"estresad[oa]|preocupad[oa]|apurad[oa]|angustiad[oa]|amargad[oa]|endeudad[oa])\b)"
)

# A death decided: "ya tomé la decisión de morir", "decidí que me voy a morir",
# "estoy decidida a dejar de vivir".
_DECIDED = (
    r"\b(decidi|he\s+decidido|tengo\s+decidido|estoy\s+decidid[oa]\s+a|(tome|he\s+tomado|"
    r"tengo\s+tomada)\s+la\s+decision\s+de)\s+(que\s+(me\s+voy\s+a\s+morir|me\s+quiero\s+morir|"
    r"quiero\s+morir(me)?)|morir|morirme|dejar\s+de\s+vivir" + _LIVING_WHERE + r"|no\s+seguir\s+"
    r"viviendo" + _LIVING_WHERE + r"|irme\s+de\s+este\s+mundo|acabar\s+con\s+mi\s+vida|"
    r"terminar\s+con\s+mi\s+vida|(ya\s+)?no\s+vivir"
    + _LIVING_WHERE
    + r"|que\s+ya\s+no\s+(voy\s+a\s+"
    r"seguir|quiero\s+seguir)\s+viviendo" + _LIVING_WHERE + r")\b|"
    # "ya está decidido: este finde me muero".
    r"\b(esta|lo\s+tengo|ya\s+esta)\s+decidido\s+(\w+\s+){0,3}?me\s+(muero|mato)\b(?!\s+(de|del)\b)"
)
# "decidí morir en el intento", "morir de risa": no wish. "antes de volver con él" is no
# hyperbole after a decision, as it can be after "me muero".
_DECIDED_BENIGN_AFTER = (
    r"^\s*("
    + HYPERBOLE_OF_ES
    + r"|de\s+pie\b|en\s+(la\s+raya|el\s+intento)\b|solter[oa]s?\b|con\s+las\s+botas\s+"
    r"puestas\b|por\s+(ti|vos|usted|amor)\b|(de\s+)?(viej[oa]s?|viejit[oa]s?|ancian[oa]s?)\b)"
)

# A way to die looked for: "busqué formas de morir sin dolor", "googleando cómo
# matarme". Looked for by the client (first person); a painless or quick way named
# is a plan whoever is said to look.
_WAYS_SOUGHT = (
    r"\b(busque|busco|buscando|buscaba|investigue|investigo|investigando|googlee|googleo|"
    r"googleando|averigue|averiguando|averiguo)\s+(\w+\s+){0,4}?(formas|maneras|metodos|modos|"
    r"como)\s+(de\s+|para\s+)?(morir(?=\s*($|,|y\b|sin\b|rapid|facil|segur|indolor))|morirme|"
    r"matarme|suicidarme|quitarme\s+la\s+vida|acabar\s+"
    r"con\s+mi\s+vida)\b|"
    r"\b(formas|maneras|metodos|modos|como)\s+(de\s+|para\s+)?(morir|morirme|matarme|"
    r"suicidarme|quitarme\s+la\s+vida)\s+(sin\s+(dolor|sufrir|que\s+duela)|rapido|facil|"
    r"segur[oa]|indolor\w*)\b"
)
# A pet's, a film's, a story's end: "busqué cómo morir sin dolor para el final de mi novela".
_SOUGHT_FOR_OTHERS_AFTER = (
    r"^\s*(\w+\s+){0,6}?(para|pa|de|del|en|sobre)\s+(el|la|los|las|mi|mis|un|una|su|sus)?\s*("
    r"minecraft|fortnite|roblox|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|mascota|personaje|novela|"
    r"cuento|libro|guion|"
    r"pelicula|serie|documental|juego|videojuego|tarea|ensayo|clase|animal|animales|plantas?|"
    r"pacientes?|abuel[oa]|papa|mama|padre|madre)\b"
)

# Waking, or still being, alive, and grieved at it: "me da rabia haber despertado
# viva", "qué decepción seguir vivo", "amanecí vivo otra vez, qué lástima".
_GRIEF_AT = r"(rabia|coraje|bronca|decepcion\w*|tristeza|pena|odio|frustracion|asco|lastima)"
_STILL_ALIVE = (
    r"\bojala\s+no\s+(hubiera|hubiese)\s+(despertado|amanecido|abierto\s+los\s+ojos)\b"
    # "ojalá no hubiera despertado tan temprano": an early morning.
    r"(?!\s+(tan|temprano|a\s+las|antes|con|por|en|de|para|cuando|a|al|la|el|los|las|mi|mis|su|"
    r"sus|tu|tus)\b)(?!.*\b(cruda|resaca|guayabo|chuchaqui|raton)\b)|"
    r"\b" + _GRIEF_AT + r"\s+(\w+\s+){0,3}?no\s+haber(me)?\s+muerto\b|"
    r"\bme\s+(decepciona|da\s+(rabia|coraje|tristeza|asco)|dio\s+(rabia|coraje|tristeza|asco))\s+"
    r"(\w+\s+){0,4}?seguir\s+(respirando|aqui|en\s+este\s+mundo)\s*$|"
    r"\b(otro\s+dia\s+que\s+)?(amanezco|"
    r"despierto)\s+viv[oa]\b(\s+\w+){0,3}?\s+(que\s+)?(mala\s+suerte|"
    r"desgracia|rabia|lastima|decepcion)\b|"
    r"\b(desperte|amaneci)\s+viv[oa]\s+(otra\s+vez|de\s+nuevo)\s+y\s+me\s+(dio|da)\s+(mucha\s+)?"
    r"(rabia|coraje|tristeza|asco|bronca)\b|"
    r"\b" + _GRIEF_AT + r"\s+(\w+\s+){0,3}?(haber\s+)?(despertad[oa]|despertar(me)?|amanecid[oa]|"
    r"amanecer|abierto\s+los\s+ojos|abrir\s+los\s+ojos|seguir|estar|continuar)\s+(\w+\s+){0,2}?"
    r"(viv[oa]|con\s+vida)\b(?!\s+en\s+(la|el)\s+(liga|torneo|copa|competencia|concurso|juego|"
    r"partido))|"
    r"\b(desperte|me\s+desperte|amaneci|sigo|segui|estoy|continuo)\s+(\w+\s+){0,2}?(viv[oa]|"
    r"con\s+vida)\b(\s+(otra\s+vez|de\s+nuevo|todavia|aun))?\s+(que\s+)?(rabia|decepcion\w*|asco|"
    r"lastima|"
    r"bronca|desgracia|mala\s+suerte|por\s+desgracia|lamentablemente|"
    r"desafortunadamente)\b(?=\s*($|,?\s*y\b))"
)

# Others spared by the client's death: "si me muero se les acaban los problemas",
# "si me muero se ahorran eso", "cuando yo ya no esté van a poder respirar tranquilos".
_IF_GONE = (
    r"\bsi\s+(yo\s+)?(me\s+muero|me\s+muriera|me\s+mato|me\s+matara|muero|muriera|ya\s+no\s+"
    r"estoy|ya\s+no\s+estuviera|no\s+estuviera)\b(?!\s+(de|del|por|en|aqui|con|tan|muy|\w+ndo|"
    # Not being so, or doing so: "si no estuviera tan endeudada", "trabajando de noche".
    r"endeudad[oa]|cansad[oa]|ocupad[oa]|enferm\w*|casad\w*)\b)|"
    r"\bcuando\s+(yo\s+)?(ya\s+)?no\s+(este|estare|exista)\b(?!\s+(en|de|aqui|alli|por|con|"
    r"para|la\s+proxima|el\s+proximo|esta\s+semana|este\s+(mes|fin)|\w+ndo|"
    # Someone else not there: "cuando ya no esté mi jefe".
    r"mi|tu|su|el|la|los|las|ese|esa|este|esta)\b)|"
    r"\bcuando\s+(yo\s+)?me\s+muera\b(?!\s+(de|del)\b)|"
    r"\bsi\s+(yo\s+)?(desaparezco|desapareciera|no\s+existiera|ya\s+no\s+existo|"
    r"ya\s+no\s+existiera)\b"
    r"(?!\s+(de|del|un|una|unos|unas|por|en)\b)"
)
_SPARED = (
    r"(se\s+(ahorra\w*|libera\w*|quita\w*\s+un\s+peso)|se\s+(les\s+|le\s+)?(acaba\w*|"
    r"termina\w*)\s+(\w+\s+)?(problemas?|gastos?|deudas?|sufrimiento)|((van|va)\s+a\s+poder\s+|"
    r"podrian\s+|"
    r"podran\s+)(descansar|respirar|vivir)\s+|(descansar[ia]a?n|respirar[ia]a?n|"
    r"vivir[ia]a?n)\s+(tranquil\w*|en\s+paz|"
    r"mejor)|(estarian|estaran|van\s+a\s+estar|quedarian|quedaran)\s+(mejor|tranquil\w*|"
    r"libres?|en\s+paz))\b"
)
# "les haría un favor si desapareciera": the favour said first.
_FAVOUR_DONE = (
    r"\b(les|le)\s+(haria|haré|hare|estaria\s+haciendo)\s+un\s+favor\s+(a\s+\w+\s+)?(si|cuando)\s+"
    r"(yo\s+)?(desapareciera|desaparezco|me\s+muriera|me\s+muero|me\s+mato|me\s+matara|no\s+"
    r"existiera|ya\s+no\s+estuviera)\b"
)
# What lies between the condition and the spared: never an arrangement made ("si me muero el
# seguro cubre todo y mis hijos se ahorran el gasto").
_NOT_ARRANGED = (
    r"(\s+(?!(seguro|poliza|testamento|herencia|funeral|funerario|velorio|notario)\b)\w+)"
)
_OTHERS_SPARED = r"(" + _IF_GONE + r")" + _NOT_ARRANGED + r"{0,8}?\s+" + _SPARED

# The end said as the client dead: "esto termina conmigo muerto".
_ENDS_WITH_ME = (
    r"\b(esto|todo|todo\s+esto)\s+(termina|acaba|va\s+a\s+terminar|va\s+a\s+acabar|terminara|"
    r"acabara|se\s+termina|se\s+acaba)\s+(\w+\s+){0,2}?(conmigo\s+(muert[oa]|en\s+un\s+cajon|"
    r"bajo\s+tierra)|con\s+mi\s+muerte)\b"
)

# Nothing holding the client to life: "ya nada me ata a la vida".
_NOTHING_HOLDS = (
    r"\bnada\s+me\s+(ata|amarra|retiene|detiene|sostiene|mantiene)\s+(a\s+la\s+vida|(en|"
    r"a)\s+este\s+"
    r"mundo|viv[oa]|con\s+vida)\b(?!\s+(de|en|del|mas\s+que|como|tanto\s+como|igual\s+que)\b)|"
    r"\bno\s+(tengo|hay)\s+nada\s+que\s+me\s+(ate|amarre|retenga|detenga|sostenga|mantenga)\s+"
    r"(a\s+la\s+vida|(en|a)\s+este\s+mundo|viv[oa]|con\s+vida)\b(?!\s+(de|en|del|mas\s+que)\b)|"
    # "ya nada me sostiene", said with nothing after it ("ya nada me ata" after a divorce
    # is freedom).
    r"\bya\s+nada\s+me\s+sostiene\s*$"
)

# What saves someone from a mishap: "si no fuera por el cinturón me hubiera matado".
_SAVED_BY = (
    r"(cinturon|casco|airbag|bolsa\s+de\s+aire|frenos?|salvavidas|bomberos?|paramedicos?|"
    r"ambulancia|guardia|policia|socorrista)"
)
# A death held off only by someone or something: "si no fuera por mis hijos ya me
# hubiera matado", "de no ser por la nena ya me habría quitado la vida" (the English
# "if it wasn't for my kids I'd have killed myself" is read by its own words). The
# wish is there now; what holds it back is the clinician's to hear tonight. Who holds
# it back is named once ("mi hija de cinco años"): a second one named is the killer ("si
# no fuera por mi abuela, mi mamá ya me hubiera matado", "... este calor ya me hubiera
# matado").
_HELD_OFF_ONLY_BY = (
    r"\b(si\s+no\s+(fuera|fuese|hubiera\s+sido|es)|de\s+no\s+ser|(si\s+)?no\s+(fuera|fuese)|"
    r"si\s+no\s+tuviera\s+a)\s+(?!(\w+\s+){0,3}?"
    + _SAVED_BY
    + r"\b)(por|x)\s+(\w+\s+)(?!(mi|mis|el|la|los|las|ese|esa|este|esta|un|una|tu|su|sus)\b)"
    r"((?!(mi|mis|el|la|los|las|ese|esa|este|esta|un|una|tu|tus|su|sus)\b)\w+\s+){0,4}?"
    r"((ya\s+)?(me\s+)?(hubiera|hubiese|habria|huviera|ubiera)\s+(matad[oa]|matao|suicidad[oa]|"
    r"quitado\s+la\s+vida|ahorcad[oa]|colgad[oa]|envenenad[oa]|ido\s+de\s+este\s+mundo|"
    r"acabado\s+con\s+(todo|mi\s+vida)|dejado\s+morir)|(ya\s+)?me\s+(mato|mataria|suicido|"
    r"suicidaria|quitaria\s+la\s+vida))\b"
)
# A mishap right after it ("... me hubiera matado en el choque"): a death that would have
# happened to them.
_A_MISHAP_AFTER = (
    r"^\s*(en|con)\s+(el|la|ese|esa|aquel|aquella|un|una)\s+(choque|accidente|caida|volcadura|"
    r"incendio|explosion|tormenta|huracan|inundacion|asalto|balacera|temblor|terremoto|carretera|"
    r"autopista|curva)\b"
)

# Marks of harm on the body, and what else the words name: "cortes de pelo", "de luz".
_MARKS = r"(cortes|cortadas|cortaditas|cicatrices|marcas|heridas)"
_MARKS_BENIGN_AFTER = (
    r"^\s*(de|del)\s+(la\s+|el\s+|mi\s+|los\s+|las\s+|mis\s+)?(granit\w*|ojeras|chupet\w*|pesas|"
    r"ampollas|patin\w*|"
    r"rugby|futbol|fut|tacos|depilacion|cera|brackets|piercing\w*|picadura\w*|mosquito\w*|"
    r"rasurad\w*|pelo|cabello|luz|agua|carne|operacion|cirugia|cesarea|"
    r"acne|granos|varicela|vacuna|parto|accidente|choque|bronceado|sol|cama|sabana|ropa|lentes|"
    r"bicicleta|bici|cocina|trabajo|obra|expresion|edad|estrias|embarazo|perr[oa]|gat[oa]|"
    r"mascota|bebe|nin[oa]|quemadura\w*|quemad\w*|madera|pastel|pan|tela|pared|mueble|papel)\b|"
    r"^\s*que\s+me\s+dej\w+\s+(la|el|las|los)\s+\w+"
)
# Hidden, or kept from being seen: "pa que no me vean los cortes", "tapo las cicatrices".
_MARKS_HIDDEN = (
    r"\b(tapar|tapo|tape|taparme|esconder|escondo|escondi|esconderme|ocultar|oculto|oculte|"
    r"cubrir|cubro|cubri|disimular|disimulo)\s+(\w+\s+){0,2}?(los|las|mis)\s+(\w+\s+)?"
    + _MARKS
    + r"\b|"
    r"\b(que|q|k)\s+no\s+(me\s+|m\s+)?(vean|vea|noten|note|descubran)\s+(los|las|mis)\s+(\w+\s+)?"
    + _MARKS
    + r"\b"
)
# Seen, and explained away: "casi me ve las marcas, le dije que fue el gato".
_MARKS_EXPLAINED = (
    r"\b" + _MARKS + r"\b(\s+\w+){0,8}?\s+(le|les)\s+(dije|conte|invente|explique)\s+que\s+"
    r"(fue|fueron|era|eran|me\s+lo\s+hizo|me\s+las\s+hizo)\s+(el|la|un|una|mi)\s+(gat[oa]|"
    r"gatit[oa]|perr[oa]|perrit[oa]|accidente|caida|rosal|espinas?|alambre|cocina|horno)\b|"
    # "vio las marcas de mi brazo y le dije que me caí".
    r"\b(vio|vieron|noto|notaron|pregunto|preguntaron)\s+(\w+\s+){0,2}?"
    + _MARKS
    + r"\b(\s+\w+){0,6}?\s+"
    r"(le|les)\s+dije\s+que\s+me\s+(cai|raspe|rasguno\s+(el|la)\s+\w+)\b(?!.*\b(futbol|partido|"
    r"cancha|entren\w*|bici|patin\w*)\b)|"
    # "le dije a mi mamá que los cortes eran del gato".
    r"\b(le|les)\s+(dije|conte|invente|explique)\s+(a\s+((mi|la|el|mis|los|"
    r"las)\s+)?\w+\s+)?que\s+(los|las|mis|esos|esas)\s+"
    + _MARKS
    + r"\s+(eran|fueron|son)\s+(del|de\s+la|de\s+mi|de\s+un|de\s+una)\s+(gat[oa]|gatit[oa]|"
    r"perr[oa]|perrit[oa]|accidente|caida|rosal|alambre)\b"
)
# Cutting gone back to: "otra vez con las cortadas, no puedo parar", "recaí con las cortadas".
_BACK_TO_CUTTING = (
    r"\b(otra\s+vez|de\s+nuevo|volvi\s+a|volvieron)\s+(con\s+)?(las|mis)\s+cortadas\b(?!\s+(de|"
    r"del)\s)(?!.*\b(papel|papas|cebolla|cocin\w*|pelando|pelar|guadana|machete|finca|obra|chamba|"
    r"oficina)\b)|"
    r"\brecai\s+(con|en)\s+(las|los|mis)\s+(cortadas|cortes)\b(?!\s+de\s+(luz|agua|pelo|carne|"
    r"cabello))"
)

# Love relayed in the past tense, as a last message: "dígale a mi viejita que la quise".
_LOVE_RELAYED = (
    r"\b(digale|dile|diganle|diles|digales|avisale|avisele|decile|deciles)\s+a\s+(mi|mis)\s+"
    r"(\w+\s+){0,2}?que\s+(la|lo|los|las|les)\s+(quise|ame|adore)\b"
)
# A death in the family, and the client to do the same: "mi tío se mató hace un año, voy a
# hacer lo mismo que él".
_THE_SAME_AS_THEM = (
    r"\bse\s+(ahorco|mato|suicido|quito\s+la\s+vida|colgo)\b(\s+\w+){0,12}?\s+(voy\s+a|quiero|"
    r"pienso|me\s+toca)\s+(hacer\s+lo\s+mismo|seguir(le)?\s+los\s+pasos|irme\s+(igual|como\s+"
    r"(el|ella)))\b"
)

# The words that open a message to these rules, joined to the lexicon's first scan
# (spanish.py); most are there already. Each rule is then tried only in a sentence
# holding its own words (_NEEDS): a sentence that names living is not read for hidden
# marks.
OUTRIGHT_WORDS_ES = (
    r"\b(decidi|decision|investig|google|averigu|despert|amanec|viv|vida|muer|muri|mori|mato|"
    r"matara|estuviera|estare|exista|conmigo|cuando\s+(yo\s+)?(ya\s+)?no\s+este|cortes|cortadas|"
    r"cortaditas|cicatrices|marcas|heridas|ojala|desaparec|amanezco|despierto|respirando|recai|"
    r"digale|dile|diganle|diles|digales|avisale|avisele|decile|ahorco|suicido|colgo|quito)"
)
_NEEDS = {
    "decided": r"\b(decidi|decision)",
    "sought": r"\b(mori|matar|suicid|quitarme|acabar)",
    "alive": r"\b(despert|amanec|amanezco|despierto|viv|vida|muerto|respirando|aqui|mundo)",
    "spared": r"\b(muer|muri|mato|matara|estoy|estuviera|este|estare|exist|desaparec)",
    "ends": r"\b(conmigo|muerte)",
    "holds": r"\bnada\b",
    "held": r"\b(hubiera|hubiese|habria|huviera|ubiera|mato|mataria|suicido|suicidaria|quitaria)\b",
    "marks": r"\b(cortes|cortadas|cortaditas|cicatrices|marcas|heridas)",
    "love": r"\b(quise|ame|adore)\b",
    "same": r"\b(ahorco|mato|suicido|quito|colgo)\b",
}


def _needing(needs: str, each: Rule) -> Rule:
    """The rule, tried only in a sentence holding one of ``_NEEDS[needs]``."""
    return replace(each, needs=_NEEDS[needs])


OUTRIGHT_RULES_ES: tuple[Rule, ...] = (
    _needing(
        "decided",
        rule(
            SUICIDAL_IDEATION,
            _DECIDED,
            benign_after=_DECIDED_BENIGN_AFTER,
            benign_before=r"\b(cancion|letra|frase|dice\s+la|pelicula|serie|novela|libro|"
            r"personaje|protagonista)\b(\s+\w+){0,6}\s*$",
        ),
    ),
    _needing(
        "sought",
        rule(
            SUICIDAL_IDEATION,
            _WAYS_SOUGHT,
            benign_after=_SOUGHT_FOR_OTHERS_AFTER,
            benign_before=r"\b(personaje|protagonista|libro|novela|pelicula|serie|juego)\b",
        ),
    ),
    _needing("alive", rule(SUICIDAL_IDEATION, _STILL_ALIVE)),
    _needing(
        "spared",
        rule(
            SUICIDAL_IDEATION,
            _OTHERS_SPARED,
            # A will or insurance arranged: "saqué un seguro de vida para que si me muero...".
            benign_before=r"\b(testamento|seguro\s+de\s+vida|poliza|plan\s+funerario|prevision|"
            r"herencia|notario)\b(\s+\w+){0,12}?\s*$",
            benign_after=r"^.*\b(testamento|seguro|poliza|plan\s+funerario|prevision|herencia|"
            r"notario|funeral|velorio|cremen|cremacion|entierro)\b",
            negatable=False,
        ),
    ),
    _needing("spared", rule(SUICIDAL_IDEATION, _FAVOUR_DONE)),
    _needing("ends", rule(SUICIDAL_IDEATION, _ENDS_WITH_ME, benign_after=DIE_BENIGN_AFTER_ES)),
    _needing(
        "held",
        rule(
            SUICIDAL_IDEATION,
            _HELD_OFF_ONLY_BY,
            benign_after=_A_MISHAP_AFTER,
        ),
    ),
    _needing(
        "holds",
        rule(
            SUICIDAL_IDEATION,
            _NOTHING_HOLDS,
            benign_before=r"\b(divorcio|vend\w+|renunci\w+|contrato|casa|depa|trabajo|chamba|pega|"
            r"ciudad|pais|hipoteca)\b.*$",
        ),
    ),
    _needing(
        "marks",
        rule(
            SELF_HARM,
            _MARKS_HIDDEN,
            benign_after=_MARKS_BENIGN_AFTER + r"|^.*\bno\s+se\s+infect",
            benign_before=r"\bhay\s+que\s+$",
        ),
    ),
    _needing(
        "marks",
        rule(
            SELF_HARM,
            _MARKS_EXPLAINED,
            # "soy chef": the kitchen is true; "y sí fue el gato".
            benign_after=r"^.*\b(soy\s+(chef|cociner\w*)|y\s+(si|de\s+verdad)\s+fue)\b",
        ),
    ),
    _needing("love", rule(SUICIDAL_IDEATION, _LOVE_RELAYED)),
    _needing(
        "same",
        rule(
            SUICIDAL_IDEATION,
            _THE_SAME_AS_THEM,
            benign_before=r"\b(serie|pelicula|novela|libro|personaje)\b.*$",
        ),
    ),
    _needing("marks", rule(SELF_HARM, _BACK_TO_CUTTING)),
)
