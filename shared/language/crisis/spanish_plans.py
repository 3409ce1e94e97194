"""Spanish crisis rules for what comes after a wish: a day set, means made
ready, death named as the way out, and the goodbye.

These forms rarely say "morir" or "matarme" in the first person, which the
rules in :mod:`shared.language.crisis.spanish` rely on: "cuando leas esto ya no
estaré", "la única salida es la muerte", "tengo la pistola de mi papá y la voy
a usar". Each is still a statement a clinician must hear; where the same words
have an everyday reading ("hoy es mi último día de trabajo", "me voy a ahogar en
tareas") the everyday reading needs its own words to be seen.
"""

from __future__ import annotations

from shared.language.crisis.rules import OVERDOSE, SUICIDAL_IDEATION, Rule, needing, rule
from shared.language.crisis.scan import starts_scan
from shared.language.crisis.spanish_words import (
    DIE_BENIGN_AFTER_ES,
    DRUGS_ES,
    FAREWELL_REASONS_ES,
    FOR_A_WHILE_AFTER_ES,
    FROM_THIS_NUMBER_ES,
    HYPERBOLE_OF_ES,
    QUIERO,
    VANISH_BENIGN_AFTER_ES,
)

# The ways a client names their own death without the verb "morir".
_OWN_DEATH = (
    r"(la\s+muerte|mi\s+muerte|morir(me)?|matarme|suicidarme|el\s+suicidio|desaparecer|"
    r"quitarme\s+la\s+vida|acabar\s+con\s+(todo|mi\s+vida)|no\s+existir|dejar\s+de\s+existir)"
)
_WAY_OUT = r"(salida|opcion|solucion|escapatoria|camino|remedio)"
_WEAPONS = r"(arma|pistola|revolver|escopeta|rifle|cuchillo|navaja|fusca|cuete)"
# Where the water is: "me voy a ahogar en la tina", not "en tareas".
_WATER_PLACES = r"(mar|rio|lago|laguna|presa|tina|banera|alberca|piscina|pileta|canal|pozo|agua)"
_WATER = r"(el\s+|la\s+|un\s+|una\s+)?" + _WATER_PLACES
# "quiero desaparecer de aquí", "... de este grupo": leaving a place, or shame.
# "De este mundo" and "de la faz de la tierra" are the end, not a place left.
_LEAVE_PLACE_AFTER = (
    r"^\s*(para\s+siempre\s+)?((de|del)\s+(aqui|aca|ahi|alli|clase|casa)\b|(de|del)\s+((este|esta|"
    r"ese|esa|el|la|los|"
    r"las|mi|mis|tu|tus|su|sus|un|una)\s+)?(?!(mundo|vida|planeta|tierra|faz|mapa)\b)\w+|"
    + HYPERBOLE_OF_ES
    + r")"
)

# Every rule below needs one of these words: a sentence with none of them
# (most of them) is spared eleven scans. Factored and found anywhere in a word:
# a false pass only runs the rules, and the look stays cheap on a long message.
_PLAN_WORDS = starts_scan(
    r"muer|mori|matar|suic|quitar|acab|termin|exist|desap|siempre|descans|dorm|sufr|sentir|"
    r"apag|carga|estorbo|peso|lastre|desped|despid|adios|perdon|disculp|lo\s+siento|estare|"
    r"voy\s+a\s+estar|cuando\s+(yo\s+)?ya|ya\s+(se|decidi|tengo|planee|elegi|escogi)|estrell|"
    r"se\s+(exactamente|perfectamente|bien)|"
    r"chocar|arma|pistola|revolver|escopeta|rifle|cuchillo|navaja|fusca|cuete|usar|ahog|salir|"
    r"volver|regresar|inyect|meti|ultim|habre|respir"
)

# Said with a "no" that cancels nothing: the negation is the wish itself.
_NOT_CANCELLED_WORDS = starts_scan(r"import|vale|igual|seguir|viv|nada|despert|amanec")
NOT_CANCELLED_RULES_ES: tuple[Rule, ...] = needing(
    _NOT_CANCELLED_WORDS,
    (
        # "no me importa morir", "me vale si me muero"; not "morir de risa", "morir en el
        # intento", "de viejo" or "en el juego".
        rule(
            SUICIDAL_IDEATION,
            r"\b(no\s+me\s+importa(ria)?|me\s+vale(\s+(madre|verga|gorro|queso))?|"
            r"ya\s+me\s+da\s+igual)"
            r"\s+(morir(me)?|si\s+me\s+muero|vivir\s+o\s+morir|si\s+vivo\s+o\s+(me\s+)?muero|"
            r"si\s+no\s+(despierto|amanezco))\b"
            r"(?!\s+(" + HYPERBOLE_OF_ES + r"|en\s+el\s+intento|en\s+la\s+raya|en\s+(este|el|un)\s+"
            r"(juego|partido|examen|viaje)|de\s+viej|de\s+ancian|en\s+paz\s+de\s+viej))",
            negatable=False,
        ),
        # "pa qué seguir viviendo", "no tengo por qué seguir vivo", "no me queda nada por
        # lo cual vivir"; not "seguir viviendo con mis papás" or "en este pueblo".
        rule(
            SUICIDAL_IDEATION,
            r"(\b(pa|para|por)\s+(que|q)\s+seguir\s+(vivo|viva|viviendo|en\s+este\s+mundo)|"
            r"\bno\s+(tengo|hay|veo)\s+(por\s+que|razon(es)?\s+(pa|para)|motivo(s)?\s+(pa|para))\s+"
            r"seguir\s+(vivo|viva|viviendo|en\s+este\s+mundo)|"
            r"\bnada\s+(por|para|pa)\s+(lo\s+cual|el\s+cual|que|q)\s+vivir|"
            r"\bnada\s+que\s+me\s+(amarre|ate|detenga|retenga|sostenga)\s+(a|en)\s+(esta\s+vida|"
            r"este\s+mundo|la\s+vida))\b"
            r"(?!\s+(con|en|aqui|alli|ahi|asi|de|del|junto|cerca|lejos|sol[oa])\b)",
            negatable=False,
        ),
        # "me tomé medio blíster a ver si no despertaba"; not "... a nadie", "al bebé".
        rule(
            OVERDOSE,
            r"\ba\s+ver\s+si\s+(ya\s+)?no\s+(despertaba|despierto|despertaria|amanezco|amanecia|"
            r"amaneceria)\b(?!\s+(a|al|con|de|del|a\s+nadie)\b)",
            negatable=False,
        ),
    ),
)

PLAN_RULES_ES: tuple[Rule, ...] = needing(
    _PLAN_WORDS,
    (
        # A day set: "hoy me muero", "me voy a morir esta noche". "Ya me muero de
        # hambre" and "me voy a morir de la vergüenza" are the hyperbole guard's.
        rule(
            SUICIDAL_IDEATION,
            r"\b(hoy|esta\s+noche|manana|ya|pronto)\s+me\s+muero\b|"
            r"\bme\s+voy\s+a\s+morir\s+(hoy|esta\s+noche|manana|pronto|ya|y\s+(nadie|a\s+nadie))\b",
            benign_after=DIE_BENIGN_AFTER_ES,
            other_subject_guard=True,
            hyperbole_prone=True,
        ),
        # Death as the way out: "la única salida es la muerte", "morir es mi única opción".
        rule(
            SUICIDAL_IDEATION,
            r"\b" + _OWN_DEATH + r"\s+(es|seria|sera|parece)\s+(la|mi|el)\s+(unic[oa]\s+|mejor\s+)?"
            r"" + _WAY_OUT + r"\b|"
            r"\b(unic[oa]|mejor)\s+"
            + _WAY_OUT
            + r"\s+(que\s+(me\s+queda|veo|tengo)\s+)?(es|seria|sera)\s+"
            + _OWN_DEATH
            + r"\b",
            benign_after=DIE_BENIGN_AFTER_ES + r"|" + VANISH_BENIGN_AFTER_ES,
            other_subject_guard=True,
        ),
        # "quiero desaparecer", said with nothing that makes it a break or shame.
        rule(
            SUICIDAL_IDEATION,
            r"\b(" + QUIERO + r"|quisiera|me\s+gustaria|deseo|desearia|ganas\s+de|necesito)\s+"
            r"((solo|simplemente|ya|mejor|nada\s+mas)\s+)?desaparecer\b",
            benign_after=VANISH_BENIGN_AFTER_ES + r"|" + _LEAVE_PLACE_AFTER,
            other_subject_guard=True,
        ),
        # Going for good, resting for good: "me quiero ir para siempre", "quiero
        # descansar para siempre"; "me voy para siempre a Madrid" is a move.
        rule(
            SUICIDAL_IDEATION,
            r"\b(irme|me\s+("
            + QUIERO
            + r"|voy\s+a|vo\s+a)\s+ir|me\s+voy|me\s+fui|me\s+ire|me\s+habre\s+ido)\s+"
            r"((de|del)\s+(este|esta)\s+(peo|pedo|rollo|infierno|mierda|mundo|vida|desmadre)\s+)?"
            r"((nomas|nada\s+mas|ya|mejor|solo|de\s+una\s+vez)\s+){0,2}"
            r"(para|pa)\s+siempre\b(?!\s+(de|a|al|con|del|en|para)\b)|"
            r"\b(descansar|dormir(me)?|quedarme\s+dormid[oa]|dejar\s+de\s+sufrir|"
            r"dejar\s+de\s+sentir|"
            r"apagarme)\s+"
            r"((para|pa)\s+siempre|eternamente|de\s+una\s+vez\s+por\s+todas)\b"
            # "dormir para siempre los domingos": a day's wish.
            r"(?!\s+(los|las|el|en|cada|todos)\b)(?!\s+" + FOR_A_WHILE_AFTER_ES + r")"
            # "... después de esta guardia": sleep after a shift.
            r"(?!\s+despues\s+de\s+(esta|este|la|el|mi)\s+(guardia|turno|semana|examen|viaje|"
            r"fiesta|"
            r"boda|mudanza|jornada|desvelada|maraton)\b)",
            other_subject_guard=True,
        ),
        # Being a burden is the thought that comes before "estarían mejor sin mí".
        rule(
            SUICIDAL_IDEATION,
            r"\b(soy|me\s+siento|solo\s+soy|nomas\s+soy)\s+(una|un)\s+(carga|estorbo|peso\s+muerto|"
            r"lastre)\s+(para|pa|pal|en\s+la\s+vida\s+de)\s+(todos|todas|todo\s+el\s+mundo|"
            r"los\s+demas|"
            r"mi\s+familia|mis\s+\w+|mi\s+\w+|ustedes|ellos|ellas|mi\s+casa)\b|"
            # "un peso" alone only for the people of a life ("un peso para mi equipo" is a game's).
            r"\b(soy|me\s+siento|solo\s+soy|nomas\s+soy)\s+un\s+peso\s+(para|pa|pal|"
            r"en\s+la\s+vida\s+de)"
            r"\s+(todos|todas|todo\s+el\s+mundo|los\s+demas|mi\s+familia|ustedes|mi\s+gente|"
            r"los\s+que\s+(quiero|amo)|mis\s+(papas|padres|viejos|hijos|hijas|seres\s+queridos|"
            r"hermanos)|mi\s+(mama|papa|madre|padre|esposa|esposo|pareja|hija|hijo|casa))\b",
            # "una carga pa mi hermano con la mudanza": a task, not a life.
            # "un peso para mi equipo en el gym": a game's or a job's, not a life's.
            benign_after=r"^\s*(con|en)\s+(la|el|los|las|esta|este)\s+(mudanza|viaje|boda|fiesta|"
            r"tarea|proyecto|cambio|reparacion|obra|evento|gym|gimnasio|partido|partidos|juego|"
            r"cancha|torneo|carrera|clase|ensayo|chamba|trabajo|oficina|turno)\b",
        ),
        # The goodbye: a last message, a pardon asked for what comes next, a
        # future without the client in it.
        rule(
            SUICIDAL_IDEATION,
            r"\b(esta|este|esto)\s+es\s+(mi|un|una)\s+(despedida|adios|ultimo\s+mensaje|"
            r"ultimo\s+adios|"
            r"ultima\s+carta|ultimo\s+dia|ultima\s+noche)\b|"
            r"\b(hoy|esta)\s+es\s+mi\s+(ultimo\s+dia|ultima\s+noche)\b|"
            r"\badios\s+(a\s+todos|a\s+todas|para\s+siempre|mundo|mundo\s+cruel|"
            r"a\s+todo\s+el\s+mundo)\b|"
            r"\b(me\s+despido|ya\s+me\s+despedi|vengo\s+a\s+despedirme|quiero\s+despedirme)\s+"
            r"(de\s+(todos|todas|ustedes|ti|usted|todo\s+el\s+mundo)|para\s+siempre)\b|"
            r"\b(perdon|perdonenme|perdoname|perdoneme|perdonen|disculpenme|lo\s+siento)\s+"
            r"(\w+\s+){0,2}?por\s+lo\s+(que|q|k)\s+(voy\s+a\s+hacer|estoy\s+por\s+hacer|"
            r"voy\s+a\s+hacerme|"
            r"hare|hice|acabo\s+de\s+hacer)\b|"
            r"\bcuando\s+(leas|lean|lea|veas|vean|vea|recibas|reciban|oigas|escuches|encuentren|"
            r"encuentres|encuentre)\s+(esto|este\s+"
            r"mensaje)\s+(\w+\s+){0,2}?(ya\s+)?(no\s+(estare|voy\s+a\s+estar|existire|vivire)|"
            r"estare\s+muert[oa]|me\s+habre\s+ido|habre\s+muerto|estare\s+(con\s+(dios|diosito)|"
            r"en\s+el\s+cielo|descansando))\b",
            # "hoy es mi último día de trabajo", "este es mi último mensaje del día".
            benign_after=r"^\s*(" + FROM_THIS_NUMBER_ES + r"|me\s+(cambio|mudo|transfieren)|"
            r"cambio\s+de|de|del|en|aqui|aca|con|"
            r"como|antes(?!\s+de\s+(hacerlo|matarme|irme\s+para\s+"
            r"siempre|que\s+sea\s+tarde)\b)|por\s+hoy|hoy|trabajando|"
            r"estudiando|sin|me\s+voy\s+(de|a|al)|nos\s+vemos|hasta\s+(el|la|manana|luego|"
            r"pronto))\b"
            # "adiós a todos, gracias por todo, me voy de vacaciones": a reason given soon after.
            r"|^.{0,60}?\b(" + FAREWELL_REASONS_ES + r")\b",
        ),
        # A future without the client in it: "mañana ya no voy a estar", "ya no
        # estaré aquí", "cuiden a mi perro cuando ya no esté".
        rule(
            SUICIDAL_IDEATION,
            r"\b(manana|pronto|dentro\s+de\s+poco|esta\s+noche|despues\s+de\s+hoy|para\s+entonces|"
            r"(el|la)\s+(proximo|proxima|siguiente)\s+(mes|semana|ano|lunes|martes|miercoles|"
            r"jueves|"
            r"viernes|sabado|domingo)|para\s+(navidad|fin\s+de\s+ano|mi\s+cumple\w*))\s+"
            r"ya\s+no\s+(estare|voy\s+a\s+estar|existire|voy\s+a\s+existir)\b|"
            r"\bya\s+no\s+(estare|voy\s+a\s+estar)\s+(aqui|aca|mas|nunca\s+mas|para\s+nadie|"
            r"con\s+vida|viv[oa]|en\s+este\s+mundo)\b|"
            r"\bcuando\s+(yo\s+)?ya\s+no\s+(este|exista|estemos)\b",
            # "mañana ya no voy a estar en la oficina", "ya no estaré aquí en junio".
            benign_after=r"^\s*(en(?!\s+(este|esta)\s+(mundo|vida|tierra)\b)|con|de|tan|muy|"
            r"para\s+(la|el|las|los)|por\s+(la|el|aqui|aca)|la\s+proxima|el\s+proximo|"
            r"esta\s+semana|"
            r"este\s+(fin|finde|mes)|el\s+(lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
            r"fin)|"
            r"manana|hasta|unos\s+dias|desde|"
            r"trabajando|estudiando|viviendo|cansad\w*|enferm\w*|ocupad\w*|triste|disponible)\b",
        ),
        # A plan said without its act: "ya sé cómo lo voy a hacer", "ya decidí el
        # día". A clinician asks what "lo" is; a project at work is a false alarm.
        rule(
            SUICIDAL_IDEATION,
            r"\b(ya\s+(se|decidi|tengo\s+decidido|tengo\s+pensado|tengo\s+planeado|planee|elegi|"
            r"escogi)|se\s+(exactamente|perfectamente|bien))\s+(como|cuando|donde|el\s+dia|"
            r"la\s+fecha|el\s+lugar|la\s+forma|el\s+metodo)\s+"
            r"(lo\s+voy\s+a\s+hacer|lo\s+hare|hacerlo|lo\s+hago|va\s+a\s+ser|me\s+voy\s+a\s+\w+|"
            r"acabar\s+con\s+todo|terminar\s+con\s+todo)\b",
        ),
        # Crashing on purpose: "voy a estrellar el carro a propósito".
        rule(
            SUICIDAL_IDEATION,
            r"\b(estrellar(me)?|chocar|me\s+(voy\s+a|vo\s+a|" + QUIERO + r"|pienso)\s+(estrellar|"
            r"chocar)|voy\s+a\s+(estrellar|chocar))\s+(\w+\s+){0,3}?(a\s+proposito|adrede|"
            r"contra\s+(un|una|el|la)\s+(muro|pared|poste|arbol|camion|trailer|barda|puente))\b",
            other_subject_guard=True,
        ),
        # Means made ready and named: "tengo la pistola de mi papá y la voy a usar".
        rule(
            SUICIDAL_IDEATION,
            r"\b"
            + _WEAPONS
            + r"\b(\s+\w+){0,6}?\s+((y\s+)?(la|lo)\s+(voy\s+a|vo\s+a|pienso|"
            + QUIERO
            + r"|podria)\s+usar|(y\s+)?(voy\s+a|vo\s+a|pienso|"
            + QUIERO
            + r"|podria)\s+usarl[ao])\b|"
            r"\b(usar|usare|usaria)\s+(la|el|una|un|mi)\s+"
            + _WEAPONS
            + r"\s+(contra\s+mi|en\s+mi)\b",
            # Not the other-subject guard: "tengo el cuchillo" has "el", not "él".
        ),
        # Drowning: "me voy a ahogar" alone, or in water; "me ahogo en tareas" is work.
        rule(
            SUICIDAL_IDEATION,
            r"\b(ahogarme|me\s+(" + QUIERO + r"|voy\s+a|vo\s+a|pienso)\s+ahogar|me\s+ahogare)"
            r"(\s+(en|al|a\s+la|a\s+el|dentro\s+de)\s+" + _WATER + r"\b|\s*$)|"
            r"\bme\s+(voy\s+a|vo\s+a|"
            + QUIERO
            + r")\s+(meter|tirar|aventar|echar)\s+(al|a\s+la|en\s+el|"
            r"en\s+la)\s+"
            + _WATER_PLACES
            + r"\s+(y\s+(ya\s+)?no\s+(voy\s+a\s+)?(salir|volver|regresar)|"
            r"hasta\s+(que|q)\s+(ya\s+)?no\s+(pueda|aguante)\s+(salir|volver|regresar|respirar|"
            r"mas))\b",
            other_subject_guard=True,
        ),
        # Drugs injected all at once: "me inyecté toda la insulina".
        rule(
            OVERDOSE,
            r"\b(me\s+inyecte|inyectarme|me\s+voy\s+a\s+inyectar|me\s+meti)\s+(toda|todo|todas|"
            r"todos)\s+"
            r"(la|el|las|los|mi|mis)\s+" + DRUGS_ES + r"\b",
            negatable=False,
        ),
    ),
)


# A death made to look like something else, a car not stopped, a height judged, the
# tracks, being a weight: "que parezca un accidente", "nadie va a saber que fue a
# propósito", "voy manejando hacia el acantilado y no pienso frenar", "14 pisos bastan",
# "me voy a parar en las vías", "ya no quiero ser un peso para mis viejos".
_SIDEWAYS_WORDS = starts_scan(
    r"acciden|proposito|adrede|fren|pisos|piso|vias|rieles|carga|peso|estorbo|molestia|muerte|morir"
)
# A death, a crash or a height in the sentence, and no game, story or broken vase.
_A_DEATH_BESIDE_ES = (
    r"(?=.*\b(chocar|choque|choco|estrell\w*|carro|coche|auto|seguro|mi\s+muerte|morir\w*|"
    r"muera|caer(me)?|caida|pastillas|puente|vias|tren|ahog\w*|vida|hijos)\b)"
    r"(?!.*\b(jaja\w*|novela|serie|pelicula|juego|broma|jarron|florero|fiesta|jefe|suegra)\b)"
)
_CRASH_TARGET_ES = (
    r"(acantilado|barranco|precipicio|muro|pared|poste|arbol|puente|camion|trailer|tren|"
    r"curva|abismo)"
)
_HOW_MANY_ES = (
    r"(\d+|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|"
    r"diecisiete|dieciocho|diecinueve|veinte|treinta)"
)
SIDEWAYS_RULES_ES: tuple[Rule, ...] = needing(
    _SIDEWAYS_WORDS,
    (
        rule(
            SUICIDAL_IDEATION,
            r"^" + _A_DEATH_BESIDE_ES + r".*?\b((para\s+que|que|y\s+que)\s+(mi\s+muerte\s+)?"
            r"(parezca|se\s+vea\s+como)\s+(que\s+fue\s+)?(un\s+|como\s+un\s+)?accidente|"
            r"hacer(lo)?\s+pasar\s+por\s+(un\s+)?accidente|"
            r"nadie\s+(va\s+a|iba\s+a|podria|podra|sabria|sabra|se\s+va\s+a)\s*(saber|sospechar|"
            r"dar\s+cuenta|enterar)?\s*(de\s+)?(que|q)\s+(fue|era|es|lo\s+hice)\s+(a\s+proposito|"
            r"adrede|apropos))\b",
        ),
        rule(
            SUICIDAL_IDEATION,
            # The client's own foot: "bajé sin frenar" on a bicycle is a thrill.
            r"^(?=.*\b" + _CRASH_TARGET_ES + r"\b).*?\b(no\s+(pienso|voy\s+a|planeo|quiero)\s+"
            r"(frenar|meter\s+el\s+freno)|no\s+frenare|no\s+freno)\b",
        ),
        rule(
            SUICIDAL_IDEATION,
            r"^(?!.*\b(escaleras?|subir|subi|subo|bajar|baje|caminar|camine|alquil\w*|renta|"
            r"departamentos?|ejercicio|piernas|gym|gimnasio|ascensor|elevador|edificios\s+de|casa|"
            r"oficina|local|constru\w*|planta|para\s+(la|el|los|las|una|un))\b)"
            r".*?\b(" + _HOW_MANY_ES + r"\s+pisos\s+(ya\s+)?(bastan|alcanzan|son\s+suficientes|"
            r"es\s+suficiente|serian\s+suficientes|son\s+bastantes)|el\s+piso\s+\d+\s+(es\s+)?"
            r"(suficiente|basta|alcanza))\b",
        ),
        rule(
            SUICIDAL_IDEATION,
            r"^(?!.*\b(fotos?|selfie|esperando|estacion)\b).*?\b(pararme|me\s+voy\s+a\s+parar|"
            r"me\s+paro|"
            r"me\s+pare|acostarme|me\s+voy\s+a\s+acostar|me\s+acuesto|tirarme|echarme|ponerme|"
            r"me\s+voy\s+a\s+poner|quedarme\s+parad[oa])\s+(en|sobre)\s+(las\s+vias|"
            r"los\s+rieles)\b",
        ),
        rule(
            SUICIDAL_IDEATION,
            # "ya no quiero ser una carga", "quiero dejar de ser un peso para mis viejos";
            # not "... por eso me mudo a una residencia" or "un peso muerto en el trabajo".
            r"\b(ya\s+no\s+quiero\s+ser|no\s+quiero\s+ser\s+mas|no\s+quiero\s+seguir\s+siendo|"
            r"quiero\s+dejar\s+de\s+ser|cansad[oa]\s+de\s+ser|hart[oa]\s+de\s+ser|"
            r"me\s+(canse|harte)\s+de\s+ser)\s+"
            r"(una\s+|un\s+|la\s+|el\s+)?(carga|peso|estorbo|lastre|molestia)\b"
            r"(?!\s+(muerto|pesado|pluma|ligero|mosca|gallo|medio|en\s+(el|la|los|las)\s+\w+|"
            r"economic\w*|del?\s+(la\s+|el\s+|los\s+|las\s+|mis\s+)?(oficina|grupo|equipo|clase|"
            r"gimnasio|gym|trabajo|salon|vecinos|coro|banda)))",
            benign_after=r"^\s*(\w+\s+){0,6}?(por\s+eso|asi\s+que|entonces|necesito|tengo\s+que|"
            r"chamba|trabajo|job|me\s+mudo|este\s+ano|quiero\s+"
            r"(independizarme|trabajar|aprender|estudiar|ayudar|aportar)|voy\s+a\s+(buscar|"
            r"contratar|mudarme|pagar|ahorrar|trabajar|estudiar)|me\s+voy\s+a\s+(mudar|ir\s+a\s+"
            r"vivir)|con\s+(los|el)\s+(gastos|dinero|renta))",
        ),
        rule(
            SUICIDAL_IDEATION,
            # "sueño con mi propia muerte y me da paz", "morir me daría paz"; not a nightmare.
            r"\b(sueno|pienso|fantaseo|imagino|pensar|imaginar)\s+(con|"
            r"en)\s+mi\s+(propia\s+)?muerte"
            r"\s+(y\s+)?(me\s+)?(da|trae|siento)\s+(paz|tranquilidad|alivio|calma)\b|"
            r"\b(mi\s+(propia\s+)?muerte|morir(me)?)\s+(me\s+)?(da|daria|traeria|seria)\s+(paz|"
            r"tranquilidad|alivio|un\s+alivio|descanso)\b",
            negatable=False,
        ),
    ),
)
