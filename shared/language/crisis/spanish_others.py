"""Spanish crisis rules for someone close to the client who wants to die.

"Mi hijo me dijo que se quiere matar" is not the client's own crisis, but a
clinician must hear it tonight, not at the next session: it is flagged, and
the client gets the crisis line too (which they can pass on). The same holds in
English. A wish in the past with no one reporting it ("mi abuela quería morir
en casa"), a death that happened ("mi tío se suicidó hace años") and a story
("el protagonista se suicida") stay benign.
"""

from __future__ import annotations

from shared.language.crisis.rules import SELF_HARM, SUICIDAL_IDEATION, Rule, needing, rule
from shared.language.crisis.spanish_words import (
    BURN_BENIGN_AFTER_ES,
    CUT_BENIGN_AFTER_ES,
    DIE_BENIGN_AFTER_ES,
    HURT_BENIGN_AFTER_ES,
    KILL_BENIGN_AFTER_ES,
    WHERE_TO_LIVE_ES,
)

# Stories, and animals: "en la serie el protagonista se quiere matar".
FICTION_BEFORE_ES = (
    r"\b(personaje|protagonista|pelicula|serie|novela|libro|cuento|capitulo|episodio|escena|"
    r"heroe|heroina|villano|actor|actriz|perro|perra|perrito|perrita|gato|gata|gatito|planta|"
    r"compu|computadora|laptop|carro|coche|bateria|prota|"
    # The phone itself ("mi celular se quiere morir"), not the line it was said on ("me
    # dijo por teléfono que ya no quiere vivir").
    r"(?<!\bpor )(?<!\bpor el )(?<!\bpor mi )(?<!\bpor su )(?<!\ben el )(?<!\ben mi )(?<!\ba mi )"
    r"(?<!\bal )(celular|telefono))\b"
    r"(\s+\w+){0,6}\s*$"
)
_THEIR_DEATH = (
    r"(matarse|suicidarse|quitarse\s+la\s+vida|morirse|ahorcarse|colgarse|envenenarse|"
    r"tirarse\s+(de|del|al|a\s+las|a\s+la)\s+\w+|aventarse\s+(de|del|al)\s+\w+)"
)

# Each rule below speaks of someone else ("se", a third-person verb, reported
# words) and of a death or a harm: a sentence needs both to be read by them.
_OTHERS_WORDS = (
    r"^(?=.*\b(se|quiere|quieren|piensa|va|amenaz|pretende|intenta|habla|anda|dijo|dice|dicen|"
    r"decia|comento|escribio|confeso|conto|mando|miedo|temo|preocupa|preocupad[oa])\b)(?=.*\b(mat|"
    r"suicid|quitar|mori|ahorc|colg|"
    r"envenen|tirar|avent|viv|exist|cort|dano|lastim|autolesi|quem|desaparecer|algo|quit))"
)

OTHERS_RULES_ES: tuple[Rule, ...] = needing(
    _OTHERS_WORDS,
    (
        rule(
            SUICIDAL_IDEATION,
            r"\bse\s+(quiere|quieren|va\s+a|van\s+a|piensa|pretende|quisiera)\s+(matar|suicidar|"
            # Dying only, a face on hearing of it, laughed at: "mi hermano se va a morir
            # cuando vea que le gané jaja" (never "se va a matar cuando sepa la nota", nor
            # what they will see being the client's body, cuts or note).
            r"quitar\s+la\s+vida|morir(?!\s+(de\s+\w+\s+)?(cuando|en\s+cuanto)\s+(vea|sepa|"
            r"se\s+entere|le\s+cuente|oiga|escuche|lo\s+vea|la\s+vea|lo\s+sepa)\b(?!.*\b("
            r"pastillas|salida|decidid|nota|carta|resultados|dijo|cuerpo|cicatrices|brazos|"
            r"me\s+hice|ya\s+no\s+estoy|planead[oa]|fentanilo|medicina|muert[oa])\b)"
            r"(?=.*((ja){2,}|\bjeje|\blol\b|\U0001f602|\U0001f923)))|ahorcar|colgar|envenenar)\b|"
            r"\b(quiere|quieren|piensa|va\s+a|amenaza\s+con|amenazo\s+con|pretende|intenta|"
            r"esta\s+pensando\s+en|habla\s+de|anda\s+diciendo\s+que\s+va\s+a)\s+"
            + _THEIR_DEATH
            + r"\b|"
            r"\bsi\s+(\w+\s+){1,5}?se\s+(suicida|mata|va\s+a\s+matar|va\s+a\s+suicidar)\b|"
            # Reported words, in any tense: "me dijo que se quería matar".
            r"\b(dijo|dice|dicen|decia|me\s+dijo|me\s+dice|me\s+escribio|me\s+conto|me\s+confeso|"
            # When it was said may stand between: "me dijo anoche q se iba a matar".
            r"me\s+mando|comento|escribio|confeso)\s+((anoche|ayer|hoy|antier|anteayer|"
            r"hace\s+(rato|un\s+rato|poco)|esta\s+(manana|tarde|noche))\s+)?((que|q|k)\s+)?"
            r"((?!(no|nunca|jamas)\b)\w+\s+){0,2}?"
            r"(queria|quiere|quisiera|iba\s+a|va\s+a|piensa|pensaba|tiene\s+ganas\s+de|decidio|ha\s+"
            # "me contó que ya decidió morir", "me dijo que busca formas de matarse".
            r"decidido|esta\s+decidid[oa]\s+a|busca\s+(formas|maneras|como)\s+de|busca\s+como)\s+"
            r"(morir(se)?|matarse|suicidarse|quitarse\s+la\s+vida|desaparecer\s+para\s+siempre)\b",
            # "se va a colgar la medalla": a thing hung on oneself.
            benign_after=KILL_BENIGN_AFTER_ES
            + r"|"
            + DIE_BENIGN_AFTER_ES
            # An end of life chosen in peace: "decidió morir en su casa".
            + r"|^\s*(en\s+(su|la)\s+casa|en\s+paz|tranquil\w*|con\s+dignidad|dormid[oa])\b"
            + r"|^\s*(el|la|los|las|un|una|su|sus)\s+(mochila|bolsa|medalla|medallas|collar|cadena|"
            r"chamarra|toalla|guitarra|camara|gafete|cuadro|foto|titulo|diploma|ropa|hamaca)\b",
            benign_before=FICTION_BEFORE_ES,
            other_subject_guard=False,
        ),
        rule(
            SUICIDAL_IDEATION,
            r"\bya\s+no\s+(quiere|quieren)\s+(vivir|seguir\s+viviendo|existir|estar\s+viv[oa]s?)\b",
            benign_after=WHERE_TO_LIVE_ES,
            benign_before=FICTION_BEFORE_ES,
            negatable=False,
        ),
        rule(
            SELF_HARM,
            r"\bse\s+(corta|cortan|esta\s+cortando|sigue\s+cortando|volvio\s+a\s+cortar)\b",
            benign_after=CUT_BENIGN_AFTER_ES,
            benign_before=FICTION_BEFORE_ES,
        ),
        rule(
            SELF_HARM,
            r"\bse\s+(hace|esta\s+haciendo|sigue\s+haciendo)\s+dano\b|"
            r"\bse\s+(lastima|esta\s+lastimando|sigue\s+lastimando|autolesiona)\b",
            benign_after=HURT_BENIGN_AFTER_ES,
            benign_before=FICTION_BEFORE_ES,
        ),
        # Someone close who means to hurt themselves, or whom the client fears will: "dice
        # que se va a hacer daño", "tengo miedo de que se haga algo", "de que se mate";
        # not "se va a hacer daño con esa bici", "mi mamá dijo que iba a hacer algo rico".
        rule(
            SELF_HARM,
            r"^(?!.*\b(subiendo|bajando|escaleras?|bici|moto|patineta|cayendo|caerse|jugando|"
            r"futbol|gimnasio|gym|trabajo|obra|cocina\w*|perr\w*|gat[oa]\w*|mascota|cumple\w*|"
            r"pelo|dientes|tatuaje|cerca|fuegos)\b).*?"
            r"(\bse\s+(quiere|quieren|piensa|pretende)\s+(hacer\s+(dano|algo)|lastimar|cortar)\b|"
            r"\b(dijo|dice|dicen|me\s+dijo|me\s+dice|me\s+escribio|amenaza|amenazo)\s+(con\s+)?"
            r"(que\s+)?(se\s+(va\s+a|iba\s+a|quiere|queria)\s+(hacer\s+(dano|algo)|lastimar|"
            r"cortar)|"
            r"(va\s+a|iba\s+a|quiere|queria)\s+(hacerse\s+(dano|algo)|lastimarse|cortarse))\b|"
            r"\b(miedo|temo|me\s+preocupa|preocupad[oa]|asustad[oa]|"
            r"aterrad[oa])\s+(de\s+)?(que\s+)?"
            r"((mi|su)\s+(\w+\s+){1,2}?)?se\s+((haga|vaya\s+a\s+hacer|valla\s+a\s+hacer|"
            r"pueda\s+hacer)\s+"
            r"(algo|dano)|mate|suicide|quite\s+la\s+vida|vuelva\s+a\s+cortar|"
            r"corte\s+otra\s+vez)\b)",
            benign_after=HURT_BENIGN_AFTER_ES,
            benign_before=FICTION_BEFORE_ES,
        ),
        rule(
            SELF_HARM,
            r"\bse\s+(quema|esta\s+quemando)\s+(a\s+proposito|adrede|los\s+brazos|las\s+piernas|"
            r"con\s+(cigarros|encendedor))\b",
            benign_after=BURN_BENIGN_AFTER_ES,
            benign_before=FICTION_BEFORE_ES,
        ),
    ),
)
