"""The Spanish net: crisis vocabulary, read broadly, unless a narrow exemption applies.

The rules in :mod:`shared.language.crisis.spanish` list phrasings, and every new
set of Spanish crisis texts has held forms nobody listed ("me daría igual
morirme", "me tomé como 30 clonazepam", "ya colgué la cuerda en el clóset").
The net reads the vocabulary itself instead: dying and killing oneself with
the first person on the verb ("morirme", "me muriera", "quedar muerta"),
suicide, getting out of the way, the means (a rope, a height, poison, gas,
a blade, pills by the handful), not waking up, and harm that draws blood or
leaves a burn. A sentence holding one is a crisis, unless the words around it
make it one of the everyday uses named here: hyperbole ("me muero de risa",
"me morí de la vergüenza"), a thing doing it ("me mató el examen"), a denial,
a story or a death that happened, or an everyday sense ("colgarme la
mochila", "tirarme al sofá", "para no despertar al bebé", "veneno para las
cucarachas"). Each exemption names its own words; anything it does not name
stays flagged, because a missed crisis costs far more than a clinician's
minute on a false alarm.

Net rules never override a specific rule: words a specific rule matched and
found benign ("no quiero morir", "me muero por verte") stay benign.
"""

from __future__ import annotations

from dataclasses import replace

from shared.language.crisis.rules import (
    OVERDOSE,
    SELF_HARM,
    SUICIDAL_IDEATION,
    Rule,
    rule,
)
from shared.language.crisis.spanish_words import (
    DIE_BENIGN_AFTER_ES,
    DRUGS_ES,
    HYPERBOLE_OF_ES,
    INSTRUMENT,
    KILL_BENIGN_AFTER_ES,
    OTHERS_KILL_BEFORE_ES,
    PEOPLE_ES,
    QUIERO,
    SUBJECT_AFTER_ES,
    SUBJECT_BEFORE_ES,
    TOPIC_BEFORE_ES,
)

# Verbs of intent before an infinitive: "me voy a", "quiero", "pienso".
_INTENT = r"(" + QUIERO + r"|voy\s+a|vo\s+a|pienso|podria|tengo\s+que|quisiera|iba\s+a)"

# "me muero de risa", "me morí de la vergüenza", "me muero por verte", "me
# muero con este calor", "me muero si me ve" (embarrassment), "me muero de
# ganas", "me muero, qué lindo": the everyday senses of dying said of oneself.
_DYING_BENIGN_AFTER = (
    DIE_BENIGN_AFTER_ES
    + r"|^\s*((de|del)\s+(lo|la|tan|tanto)\s+\w+|(por|x)\s+\w+|con\s+(este|esta|estos|estas|"
    r"el|la|tanto|tanta|tu|tus|su|sus)\s+\w+|(de|del)\s+(\w+\s+)?(risa|amor|hambre|sed|calor|"
    r"frio|sueno|miedo|susto|pena|verguenza|envidia|ternura|emocion|ganas|aburrimiento|"
    r"cansancio|celos|nervios|gusto|asco|flojera|pereza|ansias|curiosidad|alegria)|"
    # "aunque me muera en el intento": effort; "me quedé muerto cuando vi el precio": shock.
    r"en\s+el\s+intento\b|(cuando|al)\s+(vi|ver|oi|oir|escuche|escuchar|lei|leer|supe|saber|"
    r"me\s+(dijo|dijeron|entere|conto|contaron))\b|de\s+(la\s+)?(impresion|sorpresa)\b|"
    # "quedé muerto después del partido": worn out.
    r"(despues|luego)\s+(de|del)\s+(la\s+|el\s+|los\s+|las\s+|mi\s+|tanto\s+)?(partido|"
    r"entrenamiento|"
    r"entreno|gym|gimnasio|trabajo|turno|fiesta|boda|clase|clases|examen|viaje|mudanza|dia|semana|"
    r"maraton|carrera|ejercicio|limpieza|jornada|chamba|caminata|concierto|guardia)\b|"
    r"que\s+(lindo|linda|bonito|bonita|rico|rica|bello|bella|ternura|risa|oso|verguenza|cute|"
    r"hermos[oa]|chistoso|chistosa|gracioso|graciosa)\b|si\s+(me|lo|la|nos|se)\s+"
    r"(ve|ven|vio|vieron|entera|enteran|pilla|cacha|oye|escucha)\b)"
)

_WISHED_OR_NEARLY = (
    r"(?:(?<=\bme )|(?<=\bque )|(?<=\bq )|(?<=\bk )|(?<=\bojala )|(?<=\bojala y )|(?<=\bcasi )|"
    r"(?<=\bya )|(?<=\bmejor ))"
)
# The first person dying or dead: "morirme", "me muriera", "quedar muerta", "me
# daría igual morirme mañana". A wish of someone else's death is not here.
_DYING = (
    # Not "me muero" or "me morí" alone: "me muero, se acabó el café" is how
    # Spanish exclaims; the wish and the plan ("me quiero morir", "hoy me
    # muero") are the specific rules'.
    r"\b(morirme|me\s+(muera|muriera|muriese|moriria|morire)|"
    # "quede"/"quedo" unaccented are also "quedé"/"quedó": "hoy sí quedé muerta, limpié
    # dos pisos" is tired out. Only wished ("ojalá me quede muerta", "que quede muerto")
    # or nearly so ("casi quedo muerta").
    r"(quedar(me)?|" + _WISHED_OR_NEARLY + r"(quede|quedo)|quedaria|quedara|amanecer|amaneciera|"
    r"aparecer|apareciera|acabar|terminar|estar|estuviera|estaria)\s+(ya\s+)?muert[oa])\b"
)

# Killing oneself in any form the specific rules do not list.
_KILLING = (
    # "suicidal", "suicide(s)" are English: the English rules read them, with their
    # own guards ("suicide prevention training"); "me suicide" is Spanish.
    r"\b(matarme|me\s+(mato|mate|matare|mataria|matara|suicide)|suicid(?!(al|e|es|io|ios)\b)\w*|"
    r"quitarme\s+(la\s+vida|de\s+en\s+medio|del\s+medio)|"
    r"me\s+(\w+\s+){0,2}?quit(ar|o|e|are|aria)\s+(la\s+vida(?!\s+(social|amorosa|sentimental|"
    r"laboral|academica|nocturna|personal)\b)|de\s+en\s+medio|del\s+medio)|"
    r"acabar\s+(conmigo|con\s+mi\s+vida|con\s+todo\s+de\s+una\s+vez)|"
    r"(envenenarme|me\s+envenen\w*))\b"
)

# The word "suicidio" itself, read as the rest of _KILLING is, but for the hyperbole
# of something reckless: "manejar a esta hora es un suicidio", "qué suicidio
# comerme esos tacos". Its own rule, so those guards never reach "suicidarme".
# The article is part of the match: "el suicidio" is never "él" (he) before it. The
# exclamation "qué suicidio", and "es un suicidio", are never matched where something
# to do or eat follows ("q suicidio comerme esos tacos", "qué suicidio tan horrible",
# "es un suicidio salir con esta lluvia"); "q suicidio es lo único", "es un suicidio
# seguir así" and "lo único que me queda es un suicidio" are.
_SUICIDE_NOUN = (
    r"\b(el\s+)?(?:(?<!\bque )(?<!\bq )(?<!\bk )(?<!\bke )(?<!\bvaya )(?<!\bmenudo )"
    r"(?<!\btremendo )(?<!\bes un )(?<!\bes todo un )(?<!\bfue un )(?<!\bera un )"
    r"(?<!\bseria un )(?<!\bsera un )suicidios?\b|"
    r"suicidios?\b(?!\s+((?!(vivir|seguir|existir|continuar|aguantar)\b)\w+(ar|er|ir)"
    r"(me|te|se|lo|la|los|las|le|les|nos)?\b|tan\b|jaj|jej|el\s+de\b|la\s+de\b|de\b)))"
)
# "manejar a esta hora es un suicidio": something done, said first, is reckless; not
# living on, nor a way out ("lo único que me queda es un suicidio").
_SUICIDE_NOUN_IDIOM_BEFORE = (
    r"^\s*(((\w+\s+){0,4}?que\s+)?(?!(vivir|seguir|existir|continuar|aguantar|quedarme|"
    r"quedarse)\b)\w*(ar|er|ir)(me|te|se|lo|la|le|nos|los|las)?|"
    # A course or a road named: "esta asignatura es un suicidio".
    r"(este|esta|ese|esa|aquel|aquella|tu|su)\s+(asignatura|materia|clase|examen|curso|"
    r"carrera|horario|trafico|carretera|autopista|dieta|rutina|turno|jornada|proyecto|"
    r"presupuesto|precio|viaje|ruta|profe|profesor|profesora))\s+(?!(\w+\s+){0,8}?(salida|opcion|solucion|unic[oa]|"
    r"mejor|queda|vida|muerte)\b)(\w+\s+){0,8}?(es|fue|era|sera|seria|parece|parecia)\s+"
    r"(como\s+)?(un|todo\s+un|un\s+verdadero|un\s+autentico|puro|un\s+pequeno)\s+$"
)

# "misión suicida", "un atentado suicida", "se suicidó hace años" (a death that
# happened): the suicide of a story, a war or the past.
_KILLING_BENIGN_BEFORE = (
    # English before "me mate": "that exam destroyed me mate" is a British "mate".
    r"\b(destroyed|wrecked|killed|broke|smashed|battered|ruined|owned|tell|told|thanks|cheers|"
    r"love|for|with|to|at|gave|give|got|get|trust|help|helped|made|let)\s+$|"
    + SUBJECT_BEFORE_ES
    + r"|"
    + OTHERS_KILL_BEFORE_ES
    + r"|\b(mision|misiones|atentado|atentados|ataque|ataques|terrorista|terroristas|bombardero|"
    r"comando|escuadron|piloto|pilotos|kamikaze|cancion|canciones|pelicula|serie|libro|novela|"
    r"documental|noticia|noticias|prevencion|sobre\s+el|del\s+dia\s+mundial\s+de\s+prevencion\s+"
    r"del|taller\s+de|se)\s+(\w+\s+)?$|" + TOPIC_BEFORE_ES
)
_KILLING_BENIGN_AFTER = (
    KILL_BENIGN_AFTER_ES
    + r"|^\s*("
    + SUBJECT_AFTER_ES
    + r"|si\s+(se\s+entera|sabe|lo\s+sabe|me\s+ve|lo\s+ve|ve|se\s+da\s+cuenta|descubre)\b|"
    r"(el|la)\s+tiempo\b|de\s+(la\s+)?(risa|hambre|sed|calor|frio|sueno))"
)

# Hanging: "me cuelgo en el garaje", "ya colgué la cuerda", "me voy a colgar
# mañana". Not the things one hangs on oneself or on a wall, nor "me colgué con
# la tarea" (fell behind), nor "colgar" on the phone.
_HANGING = (
    r"\b(colgarme|me\s+cuelgo|me\s+colgare|me\s+colgaria|me\s+" + _INTENT + r"\s+colgar|"
    # "ahorcarlo", "ahorcarla": someone else, in anger ("lo quiero ahorcar" below).
    # "ahorcada con las cuentas": short of money.
    r"ahorc(?!ar(l[oa]s?|les?)\b)(?!ad[oa]s?\s+(con|de|with)\s+(las\s+|la\s+|el\s+|los\s+|"
    r"mis\s+|the\s+)?(cuentas|deudas|renta|dinero|pagos|gastos|tarjetas|prestamos|bills|biles|lana|"
    r"plata|trabajo|chamba|tiempo|rent|money)\b)\w+|(colgu?e|amarre|ate|puse|prepare|tengo|compre|"
    r"consegui)\s+(ya\s+)?"
    r"(la|una|mi|el)\s+(cuerda|soga|lazo|mecate|cinturon\s+en\s+\w+))\b"
)
_HANGING_BENIGN_AFTER = (
    # "amarré la cuerda al árbol para colgar la hamaca": something else hung on it.
    r"^(\s+\w+){0,4}?\s+(para|pa)\s+(colgar|tender|amarrar|sostener)\s+(la|el|las|los)\s+(hamaca|"
    r"ropa|"
    r"columpio|lona|luces|pinata|toldo|tienda|bandera)\b|"
    r"^\s*((el|la|los|las|un|una|mi|mis)\s+(mochila|bolsa|bolso|medalla|medallas|collar|cadena|"
    r"chamarra|chaqueta|abrigo|toalla|guitarra|camara|gafete|cartera|morral|lentes|audifonos|"
    r"ropa|cuadro|foto|titulo|diploma)\b|(con|de|del|al)\s+(la|el|las|los|mis|mi)?\s*(tarea|"
    r"trabajo|"
    r"telefono|celular|cel|llamada|chat|serie|juego|videojuego|internet|wifi|red|senal|luz|"
    r"cable|compu|platica|"
    r"pendientes|examen|examenes|proyecto|cuello\s+de\s+alguien|brazo\s+de)\b|"
    # "una cuerda nueva para tender la ropa": a word describing the rope may come first.
    # Or another thing bought with it: "la cuerda y el asiento para el columpio".
    r"((nuev[oa]s?|larg[oa]s?|grues[oa]s?|delgad[oa]s?|fuertes?|resistentes?|extra|list[oa])\s+|"
    r"y\s+(el|la|los|las|un|una|unos|unas)\s+\w+\s+)?"
    r"(para|pa)\s+(tender|secar|la\s+ropa|el\s+columpio|la\s+hamaca|las\s+luces|la\s+pinata|"
    r"el\s+campamento|acampar|escalar|la\s+mudanza|el\s+barco|la\s+lancha)\b|"
    # Put away from a pet or a child: "para que no la agarre el perro".
    r".*\b(para|pa)\s+(que|q)\s+no\s+(la|lo)\s+(agarre|muerda|rompa|encuentre|tire)\s+(el|la|mi)\s+"
    r"(perro|perrita|gato|gata|cachorro|nino|nina|bebe)\b|"
    # A string for an instrument: "una cuerda nueva pa la guitarra".
    r"(\w+\s+){0,2}?(para|pa|de|del)\s+((la|el|mi)\s+)?" + INSTRUMENT + r"\b)"
)

# Jumping from a height, or in front of a train: the height and the jump in one sentence.
_HEIGHT = (
    r"(puente|puentes|edificio|balcon|azotea|techo|terraza|ventana|acantilado|precipicio|"
    r"barranco|piso\s+\d+|vias|via\s+del\s+tren|tren|metro|bridge|building|roof|malecon|risco|"
    r"penasco|viaducto|mirador)"
)
_JUMP = (
    r"(saltar|saltarme|brincar|tirarme|aventarme|lanzarme|arrojarme|botarme|jumpear|"
    r"me\s+(lanzo|tiro|aviento|arrojo|boto|echo|avente|lance|tire)|pa\s+saltar|y\s+(salto|brinco)|"
    r"me\s+dejo\s+caer|"
    r"me\s+(" + QUIERO + r"|voy\s+a|vo\s+a|pienso)\s+(lanzar|tirar|aventar|arrojar|echar|botar))"
)
_JUMPING = (
    r"\b"
    + _HEIGHT
    + r"\b(\s+\w+){0,14}?\s+"
    + _JUMP
    + r"\b|\b"
    + _JUMP
    + r"(\s+\w+){0,6}?\s+(de|del|desde|al|a|por|frente\s+al|frente\s+a)\s+(\w+\s+){0,2}?"
    + _HEIGHT
    + r"\b"
)
# Sport and fun from a height: "saltar en paracaídas", "tirarme del trampolín".
_JUMPING_BENIGN = (
    r"\b(paracaidas|bungee|puenting|clavados?|trampolin|tirolesa|parapente|alberca|piscina|"
    r"pileta|cama|sofa|sillon|charco|cuerda|lazo|foto|fotos|video|tiktok|perro|perrito|gato|"
    r"gatito|pelicula|serie|noticia|noticias|protagonista|personaje|nadar|banarme|banarnos|"
    r"clavado)\b"
)

# Blades, fire and blood: "me lo quiero clavar", "me apagué el cigarro en la
# pierna", "me rasguño hasta q sangro".
_BODY = (
    r"(piel|pierna|piernas|brazo|brazos|muneca|munecas|mano|manos|muslo|muslos|panza|"
    r"abdomen|pecho|cuello|venas|tobillos?|antebrazos?)"
)
_BLOOD_AND_BURNS = (
    r"\bme\s+(l[oa]s?)\s+(" + QUIERO + r"|voy\s+a|vo\s+a|pienso)\s+(clavar|enterrar|encajar)\b|"
    r"\b(clavarmel[oa]|enterrarmel[oa]|encajarmel[oa])\b|"
    r"\b(me\s+)?(apague|apagar(me)?|apago|quem\w+)\s+(\w+\s+){0,3}?(cigarros?|cigarrillos?|"
    r"colillas?|cerillos?|encendedor)\s+(\w+\s+){0,2}?(en|sobre|contra)\s+(la|el|mi|mis|los|las)\s+"
    + _BODY
    + r"\b|"
    r"\bme\s+\w+\s+(\w+\s+){0,4}?hasta\s+(sangrar|(que|q|k)\s+(me\s+)?sangr\w*|"
    r"hacerme\s+sangre|sacarme\s+sangre|ver\s+sangre)\b|"
    r"\b(cortarme|me\s+(corto|corte))\s+(\w+\s+)?(las|los|mis|la)\s+" + _BODY + r"\b"
)
_BLOOD_BENIGN_AFTER = (
    r"^\s*(\w+\s+){0,3}?(jugando|corriendo|entrenando|sin\s+querer|por\s+accidente|"
    r"accidentalmente|cocinando|afeitandome|rasurandome|depilandome)\b"
)

# Poison kept or taken: "compré veneno de ratas, es para mí".
_POISON = r"(veneno|raticida|matarratas|cianuro|arsenico|insecticida|pesticida|herbicida|paraquat)"
_POISONING = (
    r"\b" + _POISON + r"\b(\s+\w+){0,10}?\s+(es|son|sera)\s+para\s+mi\b|"
    r"\b(tomarme|tomar|beberme|beber|tragarme|tragar|tome|bebi|trague|me\s+tome|me\s+trague)\s+"
    r"(\w+\s+){0,2}?" + _POISON + r"\b|"
    r"\b" + _POISON + r"\b(\s+\w+){0,6}?\s+(y\s+)?me\s+(lo|la)\s+(\w+\s+)?(tomo|tome|bebo|trago|"
    r"tomare|voy\s+a\s+tomar|pienso\s+tomar)\b"
)

# Gas or a running engine in a closed room: "abrí las llaves del gas y cerré
# las ventanas", "me encierro en el carro con el motor prendido".
_GAS = (
    r"\bgas\b(\s+\w+){0,8}?\s+(cerre|cierro|cerrar|tape|tapo|selle|sello|voy\s+a\s+cerrar)\s+"
    r"(\w+\s+){0,2}?(ventanas|puertas|rendijas|cuarto|cocina)\b|"
    r"\b(cerre|cierro|tape|selle)\s+(\w+\s+){0,2}?(ventanas|puertas|rendijas)\s+(\w+\s+){0,4}?"
    r"(abri|abro|prendi|deje)\s+(\w+\s+){0,3}?gas\b|"
    r"\b(motor|carro|coche|auto)\s+(\w+\s+){0,4}?(prendido|encendido|andando|corriendo)\s+"
    r"(\w+\s+){0,3}?(garaje|cochera)\b"
    # Warming up before leaving, the door open, the mechanic's: a car, not a plan.
    r"(?!.{0,120}\b(calentar\w*|salimos|salir|ya\s+nos\s+vamos|esperando|abiert[oa]|mecanico|"
    r"taller|"
    r"arreglar\w*|apague)\b)|"
    r"\b(encerrarme|me\s+encierro|me\s+voy\s+a\s+encerrar)\s+(\w+\s+){0,6}?(motor|escape|humo|"
    r"carbon|anafre|brasero|(carro|coche|auto|camioneta)\s+(prendido|encendido|andando))\b|"
    # "tengo el gas abierto y la puerta de la cocina cerrada".
    r"\b(tengo|deje|dejo|puse|voy\s+a\s+dejar)\s+(el|la|las)\s+(gas|llaves?\s+del\s+gas)\s+"
    r"((abiert[oa]s?)\b(\s+\w+){0,6}?\s+(cerrad[oa]s?|sellad[oa]s?|tapad[oa]s?)|(prendid[oa]s?)\b"
    r"(\s+\w+){0,6}?\s+(sellad[oa]s?|tapad[oa]s?))\b"
    # A heater on a cold night, a stew on the stove.
    r"(?!.*\b(frio|calentador|calefaccion|cocinando|comida|horno|cena|caldo|olla)\b)"
)

# Not waking: "para no despertar", "no pienso despertar", "que no me deje amanecer".
_NOT_WAKING = (
    r"\b(no|nunca|jamas)\s+((me|pienso|volver|quiero|deje|dejes|vuelva|voy|a)\s+){0,3}?"
    r"(despertar(me)?|despierte|despertara|despertaria|amanecer|amanezca|amaneciera)\b"
)
_NOT_WAKING_BENIGN_AFTER = (
    r"^\s*((a|al)\s+\w+|(hasta|nadie|temprano|tarde|antes|con|bien|cansad\w*|a\s+tiempo|"
    r"tan|de\s+(mal|buen)\s+humor|con\s+dolor)\b|" + SUBJECT_AFTER_ES + r")"
)
_NOT_WAKING_BENIGN_BEFORE = r"\bno\s+(puedo|podia|pude|logro|logre|alcanzo)\b.*$"

# Pills by the handful however counted: "me tomé como 30 clonazepam", "se iba a
# tomar todo el frasco", "cuántas pastillas hacen falta para ...".
_PILLS = (
    r"\b(me\s+)?(tome|trague|tomo|trago|tomarme|tragarme|me\s+meti|tomar(se)?|tragar(se)?|"
    r"se\s+tomo|se\s+trago)\s+(\w+\s+){0,2}?(como|unas?|unos?|mas\s+de|casi|arriba\s+de|"
    r"alrededor\s+de)\s+(\d{2,}|veinte|treinta|cuarenta|cincuenta|cien|quince|doce)\s+"
    r"(\w+\s+){0,2}?" + DRUGS_ES + r"\b|"
    r"\b(\d{2,}|veinte|treinta|cuarenta|cincuenta|cien)\s+(\w+\s+)?"
    r"(clonazepam|rivotril|alprazolam|xanax|diazepam|valium|lorazepam|tramadol|zolpidem|"
    r"paracetamol|acetaminofen|ibuprofeno|sertralina|fluoxetina|quetiapina)\b|"
    r"\b(tomar|tomarse|tomarme|tragar|tragarse|tragarme)\s+(todo|toda|todas|todos)\s+"
    r"(el|la|las|los|sus|mis)\s+(frasco|caja|bote|blister|tira|paquete|" + DRUGS_ES + r")\b|"
    r"\bcuant[oa]s\s+" + DRUGS_ES + r"\s+(\w+\s+){0,4}?(para|pa)\s+(morir|no\s+despertar|matar|"
    r"no\s+volver|una\s+sobredosis)"
)

# A life one cannot take any more: "ya no puedo más con esta life", "no aguanto
# más esta vida".
_CANNOT_GO_ON = (
    r"\b(no|ya\s+no)\s+(puedo|aguanto|soporto)\s+(mas\s+)?(con\s+)?(esta|mi|la)\s+(vida|life)\b"
)

# Someone close saying goodbye, or giving their things away: "mi hermano
# publicó una despedida en face", "anda diciendo que estamos mejor sin él".
_GOODBYE_OF_SOMEONE_CLOSE = (
    r"\b(publico|subio|posteo|puso|escribio|mando|dejo|me\s+mando|me\s+escribio|me\s+dejo)\s+"
    r"(una|un|su)\s+(despedida|mensaje\s+de\s+despedida|carta\s+de\s+despedida|audio\s+de\s+"
    r"despedida|adios)\b"
    # A retirement, a move or a last day at work is a goodbye to a place.
    r"(?!.{0,120}\b(jubila\w*|renuncia\w*|se\s+muda|mudanza|viaje|trabajo|equipo|empresa|oficina|"
    r"graduacion|intercambio|beca)\b)|"
    r"\b(dice|dijo|decia|anda\s+diciendo|diciendo|me\s+dijo|me\s+escribio|repite)\s+(que|q|k)\s+"
    r"(estamos|estariamos|estarian|estan|estaran|estaremos|seriamos|vamos\s+a\s+estar)\s+"
    r"(mejor|mas\s+felices|mas\s+tranquil[oa]s)\s+sin\s+(el|ella)\b|"
    r"\b(regalo|ha\s+regalado|esta\s+regalando|anda\s+regalando|regale|estoy\s+regalando)\s+"
    r"(todas?|todos?)\s+(sus|mis)\s+(cosas|pertenencias|herramientas|libros|juegos|discos|"
    r"joyas|ahorros|mascotas|instrumentos)\b"
    # "regalé todas mis cosas porque me mudo": a move, not a goodbye.
    r"(?!.{0,120}\b(me\s+mudo|nos\s+mudamos|se\s+muda|mudanza|me\s+voy\s+a\s+vivir|"
    r"me\s+cambio\s+de\s+"
    r"(casa|ciudad|pais))\b)|"
    # "ya repartí mi ropa entre mis primas": one's things shared out.
    r"\bya\s+(regale|reparti|di)\s+(toda\s+|todas\s+|todos\s+)?(mi|mis)\s+(ropa|cosas|pertenencias|"
    r"joyas|libros|discos|juegos|herramientas)\s+entre\b|"
    r"\bya\s+no\s+(l[oa]s?\s+)?(voy\s+a|vo\s+a)\s+necesitar\s+(\w+\s+){0,2}?(donde|a\s+donde|"
    r"adonde|pa\s+donde|para\s+donde)\s+voy\b"
)

# A wish to be run over: "quisiera que un carro me llevara por delante".
_RUN_OVER = (
    r"\b(ojala|quisiera|" + QUIERO + r"|espero|me\s+gustaria|ruego|pido)\s+(\w+\s+){0,2}?"
    r"(que|q|k)\s+(\w+\s+){0,3}?me\s+(llev\w+\s+por\s+delante|pas\w+\s+por\s+encima|"
    r"atropell\w+|arroll\w+|mat\w+)"
)

_HEIGHT_WORDS = (
    r"\b(puente|edifici|balcon|azotea|techo|terraza|ventana|acantil|precipic|barranc|piso|vias|"
    r"tren|metro|bridge|building|roof|malecon|risco|penasco|viaduct|mirador)"
)
_JUMP_WORDS = r"\b(salt|brinc|tir|avent|avient|lanz|arroj|bot|jump|ech)"
_PILL_WORDS = r"\b(tom|trag|meti|cuant|\d\d|veinte|treinta|cuarenta|cincuenta|cien|quince|doce)"
_PILLBOX_WORDS = r"\b(" + DRUGS_ES[1:-1] + r"|frasco|caja|bote|blister|tira|paquete)"

# The words each net rule needs; a sentence with none of them is spared its scan.
_NEEDS = {
    "dying": r"\b(morirme|me\s+(muera|muri|mori)|muert)",
    "killing": r"\b(matarme|me\s+mat|suic|quit|acabar\s+con|envenen)",
    "hanging": r"\b(colg|cuelg|ahorc|cuerda|soga|lazo|mecate)",
    "jumping": r"^(?=.*" + _HEIGHT_WORDS + r")(?=.*" + _JUMP_WORDS + r")",
    "blood": r"\b(clav|enterr|encaj|apag|quem|sangr|cortarme|me\s+cort)",
    "poison": r"\b" + _POISON,
    "gas": r"\b(gas|motor|carro|coche|auto|encerr\w*|encierro)\b",
    "waking": r"\b(despert|despiert|amanec|amanezc)",
    "pills": r"^(?=.*" + _PILL_WORDS + r")(?=.*" + _PILLBOX_WORDS + r")",
    "going_on": r"^(?=.*\b(puedo|aguanto|soporto)\b)(?=.*\b(vida|life)\b)",
    "goodbye": r"\b(despedida|adios|sin|regal|repart|necesitar)",
    "run_over": r"\b(delante|encima|atropell|arroll|me\s+mat)",
}
# Every word the net reads, for the lexicon's first look at a sentence.
NET_WORDS_ES = (
    r"\b(morirme|me\s+(muera|muri|mori)|muert|matarme|me\s+mat|suic|quit|acabar\s+con|envenen|"
    r"colg|cuelg|ahorc|cuerda|soga|lazo|mecate|" + _HEIGHT_WORDS[3:-1] + r"|clav|enterr|encaj|"
    r"apag|quem|sangr|cortarme|me\s+cort|"
    + _POISON[1:-1]
    + r"|gas|motor|carro|coche|auto|encerr|encierro|"
    r"despert|despiert|amanec|amanezc|" + _PILLBOX_WORDS[3:-1] + r"|puedo|aguanto|soporto|"
    r"despedida|adios|sin|regal|repart|necesitar|delante|encima|atropell|arroll)"
)


def _net(category: str, pattern: str, needs: str, **guards: object) -> Rule:
    """A rule of the net, tried only in a sentence holding its words."""
    return replace(rule(category, pattern, **guards), net=True, needs=_NEEDS[needs])  # type: ignore[arg-type]


NET_RULES_ES: tuple[Rule, ...] = (
    _net(
        SUICIDAL_IDEATION,
        _DYING,
        "dying",
        benign_after=_DYING_BENIGN_AFTER + r"|^\s*" + HYPERBOLE_OF_ES,
        # "cuando me muera", "antes de que me muera": a life's end some day, not a wish.
        benign_before=SUBJECT_BEFORE_ES
        + r"|\bcasi\s+$|\b(cuando|el\s+dia\s+(que|en\s+que)|antes\s+de\s+que|hasta\s+que)\s+$",
        other_subject_guard=True,
        hyperbole_prone=True,
    ),
    _net(
        SUICIDAL_IDEATION,
        _KILLING,
        "killing",
        benign_after=_KILLING_BENIGN_AFTER,
        benign_before=_KILLING_BENIGN_BEFORE,
        other_subject_guard=True,
        hyperbole_prone=True,
    ),
    _net(
        SUICIDAL_IDEATION,
        _SUICIDE_NOUN,
        "killing",
        # "el suicidio de mi primo": someone else's.
        # "un suicidio profesional": a career's.
        benign_after=_KILLING_BENIGN_AFTER
        + r"|^\s*(de|del)\s+(?!una\s+vez)(mi|mis|tu|tus|su|sus|un|una|el|la|los|las|nuestr[oa]s?|"
        r"es[ea]|est[ea]|aquel|aquella)\b|^\s*del\s+(?!que\b)\w+|^\s*(profesional|social|"
        r"politico|financiero|laboral|economico|academico|deportivo|comercial|electoral)\b",
        # Never where the clause ends with "mi": "la carta de mi suicidio" is the client's.
        benign_before=r"^(?!.*\bmi\s+$).*?(?:"
        + _KILLING_BENIGN_BEFORE
        + r"|"
        + _SUICIDE_NOUN_IDIOM_BEFORE
        # "cómo prevenir el suicidio en adolescentes": the subject of a talk or a study.
        + r"|\b(prevenir|prevencion|previene|prevenimos|tasas?|casos|estadisticas?|"
        r"cifras|factores\s+de\s+riesgo)\s+(de\s+|del\s+|sobre\s+)?$|"
        # "hablamos del suicidio en terapia de grupo": a talk several had.
        r"\b(hablamos|hablaron|platicamos|platicaron|vimos|leimos|leyeron|estudiamos)\s+"
        r"(\w+\s+){0,3}?(de|del|sobre|acerca\s+de)\s*$)",
        other_subject_guard=True,
        hyperbole_prone=True,
    ),
    _net(
        SUICIDAL_IDEATION,
        _HANGING,
        "hanging",
        benign_after=_HANGING_BENIGN_AFTER,
        # A story: "el personaje de la serie se ahorca al final". Someone else, in
        # anger: "lo quiero ahorcar", "la voy a ahorcar" (him, her; never "me").
        benign_before=r"\b(novela|serie|pelicula|libro|cuento|capitulo|episodio|personaje|"
        r"protagonista|temporada|telenovela|documental|anime|manga)\b.*$|"
        r"\b(lo|la|los|las|le|les)\s+(" + _INTENT + r"\s+)?(a\s+)?$|"
        # What is worn or owed doing it, as it goes on: "esta corbata me está ahorcando",
        # "la hipoteca me está ahorcando"; not "esta bufanda me ahorca hoy".
        # Never the means: "con la corbata me ahorco".
        r"(?<!\bcon )(?<!\bcon\s)\b(esta|este|estos|estas|esa|ese|la|el|los|las|mi|mis|"
        r"tu)\s+(corbata|camisa|"
        r"bufanda|collar|faja|brasier|sosten|pantalon|pantalones|jeans|vestido|ropa|mascarilla|"
        r"cubrebocas|hipoteca|deuda|deudas|renta|alquiler|tarjeta|banco|impuestos|trabajo|chamba|"
        r"jefe|"
        r"jefa)\s+(\w+\s+)?me\s+(esta|estan)\s+$|"
        # Someone else who will hang the client, in anger: "la Vane me va a ahorcar si no
        # llego"; never "me voy a ahorcar".
        r"\b(mi|tu|su|la|el)\s+" + PEOPLE_ES + r"\s+(\w+\s+)?me\s+(va|van)\s+a\s+$",
        other_subject_guard=True,
    ),
    _net(
        SUICIDAL_IDEATION,
        _JUMPING,
        "jumping",
        benign_after=r"^.*" + _JUMPING_BENIGN,
        benign_before=_JUMPING_BENIGN + r".*$",
        # Not the other-subject guard: "desde el puente" has "el", not "él".
    ),
    _net(SELF_HARM, _BLOOD_AND_BURNS, "blood", benign_after=_BLOOD_BENIGN_AFTER),
    _net(
        OVERDOSE,
        _POISONING,
        "poison",
        benign_after=r"^\s*(para|pa)\s+(las|los|el|la|unas|unos)?\s*(ratas|ratones|cucarachas|"
        r"hormigas|plagas|bichos|moscos|mosquitos|zancudos|chinches|pulgas|jardin|plantas|"
        r"pasto|maleza|tuzas)\b",
    ),
    _net(SUICIDAL_IDEATION, _GAS, "gas"),
    _net(
        SUICIDAL_IDEATION,
        _NOT_WAKING,
        "waking",
        benign_after=_NOT_WAKING_BENIGN_AFTER,
        benign_before=_NOT_WAKING_BENIGN_BEFORE,
        negatable=False,
    ),
    _net(OVERDOSE, _PILLS, "pills", negatable=False),
    _net(
        SUICIDAL_IDEATION,
        _CANNOT_GO_ON,
        "going_on",
        benign_after=r"^\s*(sin\s+\w+|de\s+(estudiante|soltera?o?|casad[oa])|en\s+(la\s+)?"
        r"(ciudad|oficina|escuela|casa))\b",
        negatable=False,
    ),
    _net(SUICIDAL_IDEATION, _GOODBYE_OF_SOMEONE_CLOSE, "goodbye", negatable=False),
    _net(SUICIDAL_IDEATION, _RUN_OVER, "run_over"),
)
