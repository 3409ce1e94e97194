"""The Spanish lexicon of crisis triage: its rules and the guards that read them."""

from __future__ import annotations

from dataclasses import replace

from shared.language.crisis.answers import (
    ANSWERED_NO_AFTER_ES,
    ASKED_OR_PAST_BEFORE_ES,
    DENIAL_SENTENCE_ES,
)
from shared.language.crisis.arranged import ARRANGED_RULES_ES, ARRANGED_WORDS_ES
from shared.language.crisis.rules import (
    OVERDOSE,
    SELF_HARM,
    SPANISH,
    SUICIDAL_IDEATION,
    Lexicon,
    Rule,
    needing,
    rule,
)
from shared.language.crisis.scan import starts_scan
from shared.language.crisis.spanish_at_hand import AT_HAND_RULES_ES, AT_HAND_WORDS_ES
from shared.language.crisis.spanish_finality import FINALITY_RULES_ES, FINALITY_WORDS_ES
from shared.language.crisis.spanish_net import NET_RULES_ES, NET_WORDS_ES
from shared.language.crisis.spanish_others import OTHERS_RULES_ES
from shared.language.crisis.spanish_outright import OUTRIGHT_RULES_ES, OUTRIGHT_WORDS_ES
from shared.language.crisis.spanish_plans import (
    NOT_CANCELLED_RULES_ES,
    PLAN_RULES_ES,
    SIDEWAYS_RULES_ES,
)
from shared.language.crisis.spanish_signs import SIGNS_RULES_ES, SIGNS_WORDS_ES
from shared.language.crisis.spanish_words import (
    BURN_BENIGN_AFTER_ES,
    CLAUSE_BREAK_ES,
    COURTESY_KINDS_ES,
    CUT_BENIGN_AFTER_ES,
    DIE_BENIGN_AFTER_ES,
    DRUGS_ES,
    EARNEST_ES,
    FAREWELL_ES,
    FOR_A_WHILE_AFTER_ES,
    HURT_BENIGN_AFTER_ES,
    HYPERBOLE_OF_ES,
    IT_HAPPENED_TO_ME_BEFORE_ES,
    KILL_BENIGN_AFTER_ES,
    KILL_BY_LAUGH_AFTER_ES,
    LABEL_ANSWERED_NO_AFTER_ES,
    LESSER_KINDS_ES,
    LET_DIE_BENIGN_AFTER_ES,
    NEGATION_BEFORE_ES,
    NONE_OF_BEFORE_ES,
    ONE_MORE_TRIFLE_BEFORE_ES,
    OTHER_SUBJECT_BEFORE_ES,
    OTHERS_KILL_BEFORE_ES,
    OVER_NOW_AFTER_ES,
    QUIERO,
    SUBJECT_AFTER_ES,
    SUBJECT_BEFORE_ES,
    TOPIC_BEFORE_ES,
    TRIVIAL_CAUSE_ES,
    URGE_STAYED_AWAY_AFTER_ES,
    VANISH_BENIGN_AFTER_ES,
    WHERE_TO_LIVE_ES,
)
from shared.language.crisis.wished import WISHED_RULES_ES, WISHED_WORDS_ES

_RULES_ES: tuple[Rule, ...] = (
    # Suicidal ideation: wishing to die, said in the first person.
    rule(
        SUICIDAL_IDEATION,
        r"\b(me\s+)?(" + QUIERO + r"|deseo|necesito|prefiero|me\s+gustaria|ganas\s+de|"
        r"me\s+dan\s+ganas\s+de|deseos\s+de)\s+((ya|solo|solamente|nada\s+mas|simplemente|"
        r"mejor)\s+)?"
        r"morir(me)?\b",
        benign_after=DIE_BENIGN_AFTER_ES,
        hyperbole_prone=True,
    ),
    # The same wish with a verb that may be the client's or someone else's.
    rule(
        SUICIDAL_IDEATION,
        r"\b(me\s+)?(queria|quisiera|querria|deseaba|desearia|preferiria|preferia)\s+"
        r"((ya|solo|solamente|nada\s+mas|simplemente)\s+)?morir(me)?\b",
        benign_after=DIE_BENIGN_AFTER_ES,
        other_subject_guard=True,
        hyperbole_prone=True,
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\b(" + QUIERO + r"|prefiero|necesito|me\s+gustaria)\s+(ya\s+)?estar\s+muert[oa]s?\b",
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\b(quisiera|preferiria|desearia|ojala|deseo|deseaba)\s+(ya\s+)?(estar|"
        r"estuviera)\s+muert[oa]s?\b|"
        r"\b(mejor\s+((estaria|estuviera|seria|estar)\s+)?(yo\s+)?muert[oa]|"
        r"(estaria|estuviera|seria)\s+(yo\s+)?mejor\s+muert[oa])s?\b",
        # "antes muerta que sencilla" is a song, not a wish.
        benign_after=r"^\s*que\s+sencill",
        other_subject_guard=True,
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\bmejor\s+(me\s+muero|morir(me)?|(me\s+)?desaparezco)\b",
        benign_after=DIE_BENIGN_AFTER_ES + r"|" + VANISH_BENIGN_AFTER_ES,
    ),
    # "ojalá me atropelle un camión", "ojalá me diera un infarto", "quiero que
    # me maten". Not "que me parta un rayo", which is how Spanish swears to the truth.
    rule(
        SUICIDAL_IDEATION,
        r"\b(ojala|" + QUIERO + r"|quisiera|me\s+gustaria|espero|deseo)\s+((que|q|k)\s+)?"
        r"me\s+(maten|mate|matara|mataran|atropell\w+|arroll\w+|caiga\s+un\s+rayo|"
        r"(diera|de|pegara|pegue|cayera|caiga|llevara|lleve)\s+(\w+\s+){0,2}?(infarto|cancer|"
        r"ataque|bala|tiro|camion|carro|coche|auto|tren|accidente|enfermedad|muerte))\b",
    ),
    # Wanting it all to end ("I just want it all to end"): "quiero que todo se acabe".
    rule(
        SUICIDAL_IDEATION,
        r"\b(" + QUIERO + r"|quisiera|deseo|ojala|necesito)\s+((que|q|k)\s+)?(ya\s+)?"
        r"((todo|todo\s+esto|esto|mi\s+vida)\s+(ya\s+)?(se\s+)?(acabe|termine|acabara|terminara)|"
        r"(ya\s+)?se\s+(acabe|termine|acabara|terminara)\s+(ya\s+)?(todo|esto|mi\s+vida))\b",
        # "quiero que todo termine bien": the evening, not the life.
        benign_after=r"^\s*(bien|a\s+tiempo|temprano|antes\s+de|en\s+(la|el)\s+(fiesta|junta|"
        r"reunion|boda|evento))\b",
    ),
    # Deserving to die ("no merezco vivir"), ready to ("estoy lista para morir"),
    # letting go ("me voy a dejar morir"), death as the easier way.
    rule(
        SUICIDAL_IDEATION,
        r"\bno\s+(merezco|deberia|debo|debi|debia)\s+(vivir|seguir\s+viviendo|estar\s+viv[oa]|"
        r"seguir\s+viv[oa]|existir|haber\s+vivido)\b",
        negatable=False,
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\bmerezco\s+(morir(me)?|estar\s+muert[oa]|la\s+muerte)\b|"
        r"\b(list[oa]s?|preparad[oa]s?)\s+para\s+morir(me)?\b|"
        r"\b(dejarme\s+morir|me\s+dejo\s+morir|me\s+(" + QUIERO + r"|voy\s+a|vo\s+a|pienso)\s+"
        r"dejar\s+morir)\b|"
        r"\b(seria|es|estaria)\s+(mas\s+facil|mejor|preferible)\s+(estar\s+muert[oa]|"
        r"morir(me)?|no\s+existir|no\s+estar\s+aqui|desaparecer|no\s+haber\s+(nacido|existido))\b",
        benign_after=LET_DIE_BENIGN_AFTER_ES,
        other_subject_guard=True,
    ),
    # Others better off: "estarían mejor sin mí", "sería mejor si no existiera".
    rule(
        SUICIDAL_IDEATION,
        # The client as "esta vieja", "este viejo": "mis nietos van a estar mejor sin esta vieja".
        r"\b(mejor|mas\s+felices?|mas\s+tranquil[oa]s?|mas\s+a\s+gusto)\s+sin\s+(mi\b|"
        r"(esta\s+vieja|este\s+viejo|esta\s+viejita|este\s+viejito)(?=\s*($|[.,!?]|la\s+neta|ya\b)))|"
        r"\b(mejor|un\s+alivio|mas\s+facil|mas\s+felices|mas\s+tranquil[oa]s?)\s+"
        r"(para\s+(todos|todas|ellos|ellas|mi\s+familia|mis\s+\w+|mi\s+\w+|\w+)\s+)?si\s+(yo\s+)?"
        r"(no\s+(estuviera|existiera|hubiera\s+nacido|estoy|existo)|"
        r"me\s+(muero|muera|muriera|mato|matara)|muriera|desapareciera|desaparezco)\b",
    ),
    # Not wanting to live: the denial is the statement ("ya no quiero vivir",
    # "no sé si quiero seguir viviendo").
    rule(
        SUICIDAL_IDEATION,
        r"\b((no|ni)\s+(me\s+)?(" + QUIERO + r"|deseo|quisiera|tengo\s+ganas\s+de|"
        r"me\s+dan\s+ganas\s+de|me\s+interesa)|no\s+se\s+si\s+(" + QUIERO + r"|deseo))\s+"
        r"(seguir\s+)?(vivir|viviendo|existir|existiendo|respir(ar|ando)(?!\s+(este|ese|esta|esa|"
        r"el|la|tanto|tanta|aire|humo|polvo|smog)\b)|seguir\s+viv[oa]s?|"
        r"estar\s+(viv[oa]|alive)|seguir\s+con\s+vida|(seguir|estar)\s+en\s+(este\s+mundo|"
        r"esta\s+tierra|esta\s+vida))\b",
        benign_after=WHERE_TO_LIVE_ES,
        negatable=False,
    ),
    # "ya no quiero seguir", "ya no quiero estar aquí": going on, not a task.
    rule(
        SUICIDAL_IDEATION,
        r"\b(ya\s+)?no\s+(" + QUIERO + r"|deseo)\s+(estar|seguir)(\s+aqui)?\s*$|"
        r"\bya\s+no\s+(" + QUIERO + r"|deseo)\s+(estar|seguir)\s+(aqui|aca)\b|"
        r"\bno\s+(" + QUIERO + r"|deseo)\s+(estar|seguir)\s+aqui\s+(nunca\s+)?mas\b",
        # A place or company ("... aquí en este trabajo"), never the world itself.
        benign_after=r"^\s*(en|con)\b(?!\s+(la\s+tierra|esta\s+tierra|este\s+mundo|el\s+mundo|"
        r"esta\s+vida|la\s+vida|vida)\b)",
        negatable=False,
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\b(no|nunca)\s+(me\s+)?(" + QUIERO + r"|deseo|quisiera)\s+(volver\s+a\s+)?"
        r"despertar(me)?(\s+(manana|nunca|jamas|mas|otra\s+vez|nunca\s+mas))?\s*$",
        negatable=False,
    ),
    # "no puedo vivir sin ti" is a love song; "no puedo más con la vida" is not.
    rule(
        SUICIDAL_IDEATION,
        r"\bno\s+(aguanto|soporto|puedo|resisto)\s+(mas\s+)?(vivir|seguir\s+viviendo|la\s+vida|"
        r"existir|estar\s+viv[oa]|mi\s+vida|esta\s+vida)\b|"
        r"\bno\s+(puedo|aguanto)\s+(mas\s+)?con\s+(la|mi|esta)\s+vida\b|"
        r"\bno\s+puedo\s+seguir\s+(viviendo|existiendo|con\s+vida|con\s+mi\s+vida|mas\s*$)",
        benign_after=r"^\s*sin\s+(ti|usted|vos|el|ella|ustedes|ellos|cafe|musica|mi\s+\w+|"
        r"tu\s+\w+)\b|" + WHERE_TO_LIVE_ES,
        negatable=False,
    ),
    # Thoughts and plans: "pensando en suicidarme", "fantaseo con desaparecer".
    rule(
        SUICIDAL_IDEATION,
        r"\b(pienso|pensando|pensado|pense|pensar|planeando|planeo|planear|planee|considerando|"
        r"considero|contemplo|contemplando|fantaseo|fantaseando|sueno|sonando|pensamientos?|"
        r"ideas?|ideacion|plan|planes|intencion|intenciones)(\s+(mucho|seriamente|a\s+veces|"
        r"mucho\s+mas|cada\s+vez\s+mas|todo\s+el\s+tiempo|de\s+nuevo|otra\s+vez))?"
        r"(\s+(en|de|sobre|para|con))?\s+((el|mi)\s+)?(sui[cs]idio|matarme|"
        r"quitarme\s+la\s+vida|morir(me)?|acabar\s+con\s+(todo|mi\s+vida)|no\s+despertar(me)?|"
        r"desaparecer|dejar\s+de\s+existir|ya\s+no\s+estar|no\s+existir)\b",
        benign_after=DIE_BENIGN_AFTER_ES + r"|" + VANISH_BENIGN_AFTER_ES,
        other_subject_guard=True,
    ),
    # "pensamientos de muerte", "pienso en mi muerte"; "la muerte de mi papá" is grief.
    rule(
        SUICIDAL_IDEATION,
        r"\b(pienso|pensando|pensado|pense|pensar|fantaseo|fantaseando|sueno|sonando|"
        r"pensamientos?|ideas?|deseo|deseos|busco|buscando)(\s+(mucho|seriamente|a\s+veces|"
        r"todo\s+el\s+tiempo))?(\s+(en|de|sobre|con))?\s+((la|mi)\s+)?muerte\b",
        benign_after=r"^\s*de\b",
        other_subject_guard=True,
    ),
    rule(SUICIDAL_IDEATION, r"\bsui[cs]idarme\b"),
    rule(
        SUICIDAL_IDEATION,
        r"\bme\s+((" + QUIERO + r"|voy|vo|pienso|quisiera|queria|gustaria|dan\s+ganas\s+de|"
        r"podria|deberia|iba|estoy\s+por|tengo\s+que|planeo|puedo|intente|trate\s+de|quise|kise|"
        r"vuelvo|volvi)\s+(a\s+)?)?sui[cs]id(ar|o|are|aria)\b",
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\bsui[cs]idas?\b",
        # "ideas suicidas: ninguna": a form's line, answered.
        benign_after=LABEL_ANSWERED_NO_AFTER_ES,
        # "una misión suicida", "un atentado suicida": reckless, or someone else.
        # "se suicida" is the verb, said of someone else.
        benign_before=r"\b(mision|misiones|atentado|atentados|ataque|ataques|terrorista|"
        r"terroristas|bombardero|comando|escuadron|piloto|pilotos|se)\s+$",
        other_subject_guard=True,
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\b(intento|intentos|intente|intentar|cometer|plan|nota|carta|riesgo)\s+(de\s+|el\s+)?"
        r"sui[cs]idio\b",
        other_subject_guard=True,
    ),
    # A goodbye letter written or left; one for the office is a leaving card.
    rule(
        SUICIDAL_IDEATION,
        r"\b(escribi|escribo|escribiendo|escribir|deje|dejo|dejar|tengo\s+lista|ya\s+tengo)\s+"
        r"(a\s+(mi|mis)\s+\w+\s+)?(mi|una|la|las|mis|unas)\s+cartas?\s+de\s+despedida\b",
        benign_after=r"^\s*(del|de\s+la|al|a\s+(la|mi|mis|los|las)|para\s+(el|la|mi|mis|los|"
        r"las))\s+"
        r"(trabajo|equipo|colegio|"
        r"club|empresa|oficina|escuela|universidad|compania|jefe|jefa|companeros?|companeras?|"
        r"clase|grupo)\b|"
        # To someone leaving: "a mi maestra de primaria que se jubila".
        r"^.*\b(se\s+jubila\w*|jubilacion|se\s+(va|muda|mudo|fue)\s+a|de\s+soltera|de\s+soltero)\b",
    ),
    # Killing oneself. "matarme" with someone else as the killer ("el calor va
    # a matarme", "mi jefe me va a matar") is not the client's act.
    rule(
        SUICIDAL_IDEATION,
        r"\bmatarme\b",
        benign_after=KILL_BENIGN_AFTER_ES,
        benign_before=OTHERS_KILL_BEFORE_ES,
        other_subject_guard=True,
        hyperbole_prone=True,
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\bme\s+(" + QUIERO + r"|voy|vo|pienso|quisiera|gustaria|dan\s+ganas\s+de|podria|"
        r"deberia|estoy\s+por|tengo\s+que|planeo|puedo|quise|kise|vuelvo)\s+(a\s+)?matar\b",
        benign_after=KILL_BENIGN_AFTER_ES,
        hyperbole_prone=True,
    ),
    # "me mato" is also "me mató" (it killed me) once accents are gone: the
    # thing doing it, named just before the verb or after it, makes it benign.
    rule(
        SUICIDAL_IDEATION,
        r"\bme\s+(iba\s+a\s+matar|queria\s+matar|mataria|mato|matare)\b",
        benign_after=r"^\s*(" + SUBJECT_AFTER_ES + r"|si\s+(se\s+entera|sabe|lo\s+sabe|me\s+ve|"
        r"lo\s+ve|ve|se\s+da\s+cuenta|descubre)\b)|"
        + KILL_BENIGN_AFTER_ES
        + "|"
        + KILL_BY_LAUGH_AFTER_ES,
        benign_before=SUBJECT_BEFORE_ES,
        other_subject_guard=True,
        hyperbole_prone=True,
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\bquitarme\s+la\s+vida\b|\bme\s+(" + QUIERO + r"|voy\s+a|vo\s+a|pienso|quisiera|"
        r"queria|gustaria|podria|deberia|dan\s+ganas\s+de|iba\s+a|tengo\s+que|puedo)\s+"
        r"quitar\s+la\s+vida\b|\bme\s+quit(o|are|aria)\s+la\s+vida\b",
        benign_after=r"^\s*" + SUBJECT_AFTER_ES,
        other_subject_guard=True,
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\b(acabar|terminar|acabo|termino|acabaria|terminaria|acabare|terminare)\s+con\s+(todo|"
        r"mi\s+(propia\s+)?vida|mi\s+existencia|mi\s+sufrimiento|esta\s+vida)\b|"
        r"\b(poner(le)?|pongo|pondre|pondria)\s+(fin|punto\s+final)\s+a\s+(todo|"
        r"mi\s+(propia\s+)?vida|mi\s+existencia|esta\s+vida)\b",
        # "acabar con todo el trabajo", "acabar con mi vida social".
        # "... con todo esta noche" is a time, not a thing finished.
        benign_after=r"^\s*(el|la|los|las|lo|mis|tus|sus|(este|esta)(?!\s+(noche|semana|fin|finde|"
        r"mes|"
        r"ano|dia|tarde|viernes|sabado|domingo|lunes|martes|miercoles|jueves|vez)\b)|eso|social|"
        r"amorosa|"
        r"sentimental|laboral|profesional|academica|de\s+pareja)\b",
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\b(desaparec\w*|borrarme|me\s+borro|me\s+voy\s+a\s+borrar)\s+((del\s+mapa|de\s+todo|"
        r"de\s+aqui)\s+)?((para|pa)\s+siempre|de\s+este\s+mundo|del\s+mundo|"
        r"de\s+una\s+vez\s+por\s+todas|de\s+la\s+faz\s+de\s+la\s+tierra|y\s+no\s+volver)\b|"
        r"\b(dejar|deje|dejo)\s+de\s+existir\b|\bno\s+existir\s+mas\b|"
        r"\b(irme|me\s+voy|me\s+(" + QUIERO + r"\s+|voy\s+a\s+)ir|dejar|salir|salirme|"
        r"despedirme)\s+((nomas|ya|mejor|de\s+una\s+vez)\s+)?(de\s+)?(este|esta)\s+(mundo|vida|"
        r"planeta)\b",
        benign_after=VANISH_BENIGN_AFTER_ES,
    ),
    # "ojalá no despertar", "quisiera dormir y no despertar", "dormir para siempre".
    rule(
        SUICIDAL_IDEATION,
        r"\b(ojala|quisiera|" + QUIERO + r"|deseo|desearia|me\s+gustaria|espero|prefiero|"
        r"preferiria)\s+((que|q|k)\s+)?((ya|mejor)\s+)?(me\s+)?(no|nunca)\s+(volver\s+a\s+)?"
        r"(despertar(me)?|despierte|despertara|me\s+despierte|amanecer|amanezca|amaneciera)\b|"
        r"\b(dormir(me)?|me\s+duerma|me\s+durmiera|me\s+duermo|me\s+(quede|quedara|quedo)\s+"
        r"dormid[oa])\s+y\s+(ya\s+)?(no|nunca)\s+"
        r"(volver\s+a\s+)?(despert\w*|despiert\w*|amanec\w*|amanezc\w*)\b|"
        r"\b(no|nunca)\s+despertar(me)?\s+(nunca\s+)?(mas|jamas)\b|"
        r"\bdormir(me)?\s+para\s+siempre\b",
        # "ojalá no despierte el bebé", "espero no despertar a mi compañera".
        benign_after=r"^\s*((a|al)\s+\w+|(hasta|nadie|temprano|tarde|antes|con)\b|"
        # "dormir para siempre después de esta guardia": sleep after a shift.
        r"despues\s+de\s+(esta|este|la|el|mi)\s+(guardia|turno|semana|examen|viaje|fiesta|boda|"
        r"mudanza|jornada|desvelada|maraton)\b|" + SUBJECT_AFTER_ES + r")|"
        r"^\s*" + FOR_A_WHILE_AFTER_ES,
        negatable=False,
    ),
    rule(
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
        + SUBJECT_AFTER_ES
        + r"|"
        + HYPERBOLE_OF_ES
        + r")|"
        + VANISH_BENIGN_AFTER_ES,
        negatable=False,
    ),
    # Life not worth living: "no vale la pena vivir", "la vida no tiene sentido",
    # "ya no tiene caso seguir viviendo".
    rule(
        SUICIDAL_IDEATION,
        r"\b(no\s+vale\s+la\s+pena|no\s+tiene\s+(ningun\s+)?(sentido|caso)|para\s+(que|q)|"
        r"de\s+(que|q)\s+sirve|no\s+hay\s+(ninguna\s+)?razon\s+para|"
        r"no\s+(tengo|encuentro|veo)\s+(ninguna\s+|ningun\s+)?(razon|razones|motivos?)\s+para|"
        r"no\s+tengo\s+(por|para)\s+(que|q)|no\s+tengo\s+nada\s+por\s+(lo\s+)?(que|q)|"
        r"nada\s+por\s+(lo\s+)?(que|q)|sin\s+(razon|razones|motivos?)\s+para)\s+"
        r"(seguir\s+)?(vivir|viviendo|existir|estar\s+viv[oa]|seguir\s+aqui|seguir\s*$)|"
        r"\bno\s+(le\s+)?(veo|encuentro|tiene)\s+(ningun\s+|ninguna\s+|el\s+)?(sentido|caso|"
        r"chiste|razon|"
        r"motivo)\s+(a\s+|de\s+|en\s+|para\s+|(?=seguir\b))(seguir\s+)?(vivir|viviendo|existir|estar\s+viv[oa]|"
        r"seguir\s+viv[oa]|la\s+vida|mi\s+vida|nada)\b|"
        r"\b(que|q)\s+(sentido|caso)\s+tiene\s+(seguir\s+)?(vivir|viviendo|viv[oa]|existir|"
        r"la\s+vida|"
        r"mi\s+vida|seguir\s*$)|"
        r"\b(mi|la|esta)\s+vida\s+(ya\s+)?no\s+(vale|tiene)\s+(la\s+pena|nada|ningun\s+sentido|"
        r"sentido)\b|"
        r"\b(vivir|seguir\s+viviendo|estar\s+viv[oa]|existir)\s+(ya\s+)?no\s+(vale|tiene)\s+"
        r"(la\s+pena|sentido|nada)\b",
        negatable=False,
    ),
    rule(
        SUICIDAL_IDEATION,
        # Having none, still or for a while: "no he tenido ganas de vivir", "ya no tenía
        # ganas de vivir". "No tuve" only of living itself: a past of one moment is mostly
        # a story ("en el km 7 no tuve fuerzas para seguir").
        r"\bno\s+tuve\s+(\w+\s+)?ganas\s+de\s+(vivir|seguir\s+viviendo|existir)\b|"
        r"\b(no\s+tengo|no\s+he\s+tenido|no\s+tenia|sin|perdi\s+las|"
        r"ya\s+no\s+tengo|se\s+me\s+fueron\s+las|"
        r"se\s+me\s+quitaron\s+las|me\s+quitaron\s+las|no\s+me\s+quedan)\s+(\w+\s+)?(ganas\s+de|"
        r"fuerzas?\s+(para|de)|energia\s+para|animo\s+para)\s+"
        r"(vivir|seguir\s+viviendo|existir|seguir(\s+(asi|aqui|adelante))?\s*$)|"
        # The second of two not had: "sin ganas de comer ni de vivir", "no tengo miedo, ni
        # ganas de vivir".
        r"\b(no\s+tengo|no\s+he\s+tenido|no\s+tenia|sin|ya\s+no\s+tengo)\s+(\w+\s+){1,4}?"
        r"ni\s+((ganas|fuerzas?)\s+(de|para)|de)\s+(vivir|seguir\s+viviendo|existir)\b",
        # Where: "no tengo ganas de vivir en la ciudad, quiero mudarme al campo".
        benign_after=r"^\s*en\s+(la\s+ciudad|el\s+campo|el\s+centro|(este|ese)\s+(pais|barrio|"
        r"pueblo|depa|departamento|edificio)|(esta|esa)\s+(ciudad|casa|colonia|zona))\b",
        negatable=False,
    ),
    # Tired of living; "cansada de vivir con mis suegros" is about the suegros.
    rule(
        SUICIDAL_IDEATION,
        # Diminutives too: "cansadita de existir".
        r"\b(hart(it)?[oa]s?|cansad(it)?[oa]s?|agotad(it)?[oa]s?|fastidiad[oa]s?|"
        r"aburrid[oa]s?)\s+de\s+"
        r"(vivir|la\s+vida|existir|estar\s+viv[oa]|seguir\s+viviendo|respirar)\b",
        # Where, with whom or how: "cansada de vivir al día"; not "con mi enfermedad".
        # "cansado de la vida de oficina": a way of life, not life; not "de esta manera".
        benign_after=WHERE_TO_LIVE_ES
        + r"|^\s*(de|del)\s+(?!(mierda|perro|perros|porqueria|sufrimiento|dolor|siempre|"
        r"(esta|este|esa|ese)\s+(manera|forma|modo))\b)\w+",
    ),
    # "nadie me extrañaría", "a nadie le importaría si me muero".
    rule(
        SUICIDAL_IDEATION,
        r"\bnadie\s+(me\s+)?(extranaria|va\s+a\s+extranar(me)?|extranarme|echaria\s+de\s+menos|"
        r"va\s+a\s+echar\s+de\s+menos)\b|"
        r"\b(nadie|a\s+nadie\s+le)\s+(\w+\s+){0,2}(notaria|importaria|daria\s+cuenta|"
        r"va\s+a\s+importar|importa|va\s+a\s+notar|extranaria)\s+(\w+\s+)?si\s+(me\s+muero|muero|"
        r"me\s+muriera|muriera|me\s+mato|desaparezco|desapareciera|me\s+voy\s+para\s+siempre|"
        r"ya\s+no\s+estoy|ya\s+no\s+estuviera|no\s+estuviera|dejo\s+de\s+existir)\b|"
        r"\bsi\s+(me\s+muero|muero|me\s+muriera|muriera|me\s+mato|me\s+matara|desaparezco|"
        r"desapareciera|ya\s+no\s+estoy|ya\s+no\s+estuviera)(?!\s+" + HYPERBOLE_OF_ES + r")\s+"
        r"(\w+\s+){0,2}?(nadie|a\s+nadie|"
        r"ni\s+cuenta|ni\s+se\s+dan|ni\s+lo\s+notan|no\s+pasa\s+nada|no\s+pasaria\s+nada)\b|"
        # "voy a desaparecer y nadie se va a dar cuenta".
        r"\b(voy\s+a|quiero|me\s+voy\s+a)\s+(desaparecer|morir(me)?)\s+y\s+(nadie|ni)\s+(se\s+)?"
        r"(va\s+a\s+)?(dar\s+cuenta|notar|extranar|importar)\b",
        # "nadie me extrañaría en la fiesta", "... si no voy".
        benign_after=r"^\s*(en|si\s+(no\s+)?(voy|fuera|falto|faltara|me\s+voy|me\s+fuera))\b",
    ),
    # Means: hanging, jumping, shooting.
    rule(
        SUICIDAL_IDEATION,
        r"\b(ahorcarme|me\s+ahorc(o|are|aria)|me\s+((" + QUIERO + r"|voy|vo|pienso|podria|"
        r"quisiera)\s+(a\s+)?)ahorcar|(colgarme|me\s+(" + QUIERO + r"|voy\s+a|vo\s+a|pienso|"
        r"podria)\s+colgar)\s+(de|del|con)\s+(una?\s+|el\s+|la\s+|mi\s+)?"
        r"(viga|arbol|cuerda|soga|techo|puente|ventilador|barra|regadera|closet|armario|ropero|"
        r"cinturon|lazo|mecate|corbata)|(colgarme|me\s+(" + QUIERO + r"|voy\s+a|vo\s+a|pienso|"
        r"podria)\s+colgar)\s+en\s+(el|la|mi)\s+(garaje|cochera|cuarto|bano|closet|sotano|patio|"
        r"arbol|parque|bosque|escalera|casa|recamara|habitacion|sala|azotea|bodega))\b|"
        # "me voy a colgar" with nothing after it: not a coat, a medal or a call.
        r"\b(colgarme|me\s+(" + QUIERO + r"|voy\s+a|vo\s+a|pienso|podria)\s+colgar)\s*$",
    ),
    # Means made ready: "compré una soga", "ya tengo la soga".
    rule(
        SUICIDAL_IDEATION,
        r"\b(tengo|compre|consegui|prepare|amarre|ate|colgue)\s+(ya\s+)?(la|una|mi)\s+soga\b|"
        r"\b(soga|cuerda|lazo|mecate)\s+(ya\s+)?(lista|preparada|amarrada|colgada)\b",
        # "una soga para el tendedero": a purpose, and not the client's neck.
        benign_after=r"^\s*((list[oa]|nuev[oa]|larg[oa])\s+)?((para|de|pa)\s+(?!(colgarme|"
        r"ahorcarme|"
        r"matarme|(mi\s+|el\s+)?cuello|esta\s+noche|hoy|manana|cuando|hacerlo|(el\s+)?(lunes|"
        r"martes|"
        r"miercoles|jueves|viernes|sabado|domingo|final|fin|ultimo|adios)|la\s+(viga|rama)|"
        r"el\s+(techo|"
        r"ventilador|arbol|ropero|closet))\b)|"
        # "pal" ("para el") before the thing it is for: a list, "pal viernes" is a date.
        r"pal\s+(tendedero|tendero|columpio|camping|campamento|perro|bote|barco|lancha|toldo|"
        r"trasteo|rapel|carro|coche|camion|remolque|jardin|gym|gimnasio|caballo|ganado|pozo|"
        r"mastil)\b)",
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\b(tirarme|aventarme|lanzarme|arrojarme|botarme|me\s+tiro|me\s+aviento|me\s+lanzo|"
        r"saltando|brincando|tirandome|aventandome|lanzandome|arrojandome|"
        r"me\s+arrojo|saltar|brincar|echarme|me\s+echo|atravesarme|me\s+atravieso|"
        r"me\s+(" + QUIERO + r"|voy\s+a|vo\s+a|pienso)\s+(tirar|aventar|lanzar|arrojar|echar|botar|"
        r"atravesar))\s+(de|desde|del|por|al|a|en|frente\s+a|frente\s+al|delante\s+de|"
        r"delante\s+del|bajo|debajo\s+de|enfrente\s+de|enfrente\s+del)\s+(\w+\s+){0,2}?(puente|"
        r"edificio|balcon|azotea|techo|"
        r"ventana|acantilado|precipicio|tren|metro|vias|rieles|auto|carro|coche|camion|autobus|"
        r"bus|trafico|autopista|carretera|barranco|piso\s+\d+|(primer|segundo|tercer|cuarto|quinto|"
        r"sexto|septimo|octavo|noveno|decimo|ultimo|\d+[a-z]{0,2})\s+piso)\b",
        # "estoy que me tiro por la ventana": how Spanish says fed up.
        benign_before=r"\b(estoy|esta|estaba|ando|andaba)\s+que\s+$",
        # ... and so is a class failed: "me tiro por la ventana si repruebo cálculo otra vez
        # jaja". Only an exam or a class failed, and only with a laugh.
        benign_after=r"^\s*si\s+(re)?(pruebo|suspendo|no\s+paso|me\s+(va|"
        r"sale)\s+mal)\s+(\w+\s+){0,2}?"
        r"(el\s+|la\s+|otra\s+vez\s+)?(examen|parcial|final|materia|calculo|algebra|quimica|fisica|"
        r"clase|curso|mate|matematicas|prueba|ingles|historia|biologia)\b"
        r"(?=.*\b(jaja\w*|jeje\w*|xd|lol|jsjs\w*)\b)",
        other_subject_guard=True,
    ),
    rule(
        SUICIDAL_IDEATION,
        # "Hoy salto del puente.": the jump said in the present, from a height.
        r"\b(salto|brinco)\s+(de|desde|del)\s+(\w+\s+){0,2}?(puente|edificio|balcon|azotea|techo|"
        r"ventana|acantilado|precipicio|barranco|viaducto|piso\s+\d+|(primer|segundo|tercer|cuarto|"
        r"quinto|sexto|septimo|octavo|noveno|decimo|ultimo|\d+[a-z]{0,2})\s+piso)\b",
        # "el salto del puente en bungee", "un salto de la azotea del vecino": the noun.
        # ... and someone else's ("el tipo que saltó del edificio": "salto" once folded).
        benign_before=r"\b(el|un|mi|su|tu|del|al|primer|ese|este|buen|gran|otro|cada|que|q)\s+$|"
        r"\b(parkour|skate|clavados|clavadista|bungee|video|pelicula|serie)\b.*$",
        benign_after=r"^.{0,80}\b(bungee|bungy|puenting|paracaidas|parapente|clavados|alberca|"
        r"piscina|"
        r"colchon|cama\s+elastica|trampolin|skate|patineta|bici|moto|parkour|contenedor)\b|"
        r"^\s*(\w+\s+){0,3}?(al\s+mar|al\s+agua|al\s+rio|a\s+la\s+alberca|a\s+la\s+piscina|"
        r"al\s+lago)\b",
        other_subject_guard=True,
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\b(azotea|puente|edificio|balcon|techo|ventana|acantilado|precipicio|barranco|"
        r"piso\s+\d+)\b(\s+\w+){0,6}?\s+(voy\s+a|vo\s+a|" + QUIERO + r"|pienso|me\s+voy\s+a|"
        r"estoy\s+por|me\s+dan\s+ganas\s+de)\s+(saltar|brincar|tirarme|aventarme|lanzarme|"
        r"arrojarme|tirar|aventar|lanzar)\b",
        # Every verb here is the client's: "en el puente" has "el", not "él".
    ),
    rule(
        SUICIDAL_IDEATION,
        r"\b(pegarme|darme|meterme|me\s+(pego|doy|meto))\s+un\s+(tiro|balazo|plomazo|disparo)\b|"
        r"\bme\s+(" + QUIERO + r"|voy\s+a|pienso)\s+(dar|pegar|meter)\s+un\s+(tiro|balazo|plomazo|"
        r"disparo)\b|"
        r"\bdispararme\b|\bvolarme\s+(la\s+cabeza|los\s+sesos)\b|"
        r"\bme\s+(" + QUIERO + r"|voy\s+a|vo\s+a|pienso)\s+disparar\b|\bme\s+disparo\b",
        # "me voy a disparar un café": Mexican for treating oneself.
        benign_after=r"^\s*(un|una|unos|unas)\s+(?!(tiro|balazo|disparo|bala|plomazo)\b)\w+",
    ),
)

# The word starts each rule above needs, in order: a sentence without them is
# spared that rule's scan (read on its distinct words, so a long body repeating a
# few words costs one short look per rule).
_RULE_WORDS_ES = (
    "mori",
    "mori",
    "muert",
    "muert",
    "muero|mori|desaparezco",
    "mat|atropell|arroll|rayo|infarto|cancer|ataque|bala|tiro|camion|carro|coche|auto|tren|"
    "accidente|enfermedad|muerte",
    "acab|termin",
    "viv|exist",
    "mori|muert|exist|aqui|desaparecer|nacido",
    "mi|estuviera|existiera|nacido|estoy|existo|muer|muri|mat|desapare",
    "viv|vida|exist|mundo|respir|alive|tierra",
    "estar|seguir",
    "despert",
    "viv|vida|exist",
    "suic|suis|matarme|quitarme|mori|acabar|despert|desaparecer|exist|estar",
    "muerte",
    "suic|suis",
    "suic|suis",
    "suic|suis",
    "suic|suis",
    "carta",
    "matarme",
    "matar",
    "matar|mato|mataria|matare",
    "quit",
    "acab|termin|poner|pongo|pondre|pondria",
    "desaparec|borr|exist|mundo|vida|planeta",
    "despert|despiert|amanec|amanezc|dorm|duerm",
    "muri|muer|mori|muert|desapare|exist|nacido",
    "viv|exist|segu|vida|nada",
    "ganas|fuerza|energia|animo",
    "hart|cansad|agotad|fastidiad|aburrid",
    "nadie|ni|pasa|pasaria",
    "ahorc|colg",
    "soga|cuerda|lazo|mecate",
    "tir|avent|avient|lanz|arroj|bot|salt|brinc|ech|atraves|atravies",
    "salto|brinco",
    "azotea|puente|edificio|balcon|techo|ventana|acantilado|precipicio|barranco|piso",
    "pegarme|darme|meterme|pego|doy|meto|dar|pegar|meter|dispar|volarme",
)
_RULES_ES = tuple(
    replace(each, needs=r"\b(" + words + r")")
    for each, words in zip(_RULES_ES, _RULE_WORDS_ES, strict=True)
)

# A sentence with none of these words is spared every self-harm rule.
_SELF_HARM_WORDS = (
    r"\b(auto|cort|abri|raj|dan|herid|heri|hiri|hier|quem|rasgu|lastim|golpe|peg|aran|rasc|"
    r"pelliz|mord)"
)
# ... and with none of these, every overdose rule.
_OVERDOSE_WORDS = (
    r"\b(" + DRUGS_ES + r"|sobredos|frasco|bote|caja|blister|tira|paquete|empastill|envenen|"
    r"veneno|raticida|cloro|lejia|matarratas|insecticida|anticongelante|pesticida|soga|cuerda|"
    r"todas|todos)"
)

_SELF_HARM_ES: tuple[Rule, ...] = needing(
    _SELF_HARM_WORDS,
    (
        # Self-harm.
        rule(SELF_HARM, r"\bauto\s?(lesi|agresi)\w*", benign_after=URGE_STAYED_AWAY_AFTER_ES),
        rule(
            SELF_HARM,
            r"\b(cortarme|cortandome|me\s+(corto|corte|cortaria|cortare|estoy\s+cortando|"
            r"he\s+cortado|sigo\s+cortando|"
            r"(volvi|vuelvo|voy|vo|" + QUIERO + r"|quise|kise|pienso|empece|puse|dan\s+ganas\s+de|"
            r"dieron\s+ganas\s+de|volvere)\s+(a\s+)?cortar))\b",
            benign_after=CUT_BENIGN_AFTER_ES,
            benign_before=IT_HAPPENED_TO_ME_BEFORE_ES,
            other_subject_guard=True,
        ),
        rule(
            SELF_HARM,
            r"\b(abrirme|rajarme|me\s+abri|me\s+raje|me\s+rajo)\s+(las|mis|la|los)\s+(venas|"
            r"munecas|"
            r"muneca|brazos|piernas|muslos)\b|"
            r"\b(hacerme|me\s+hago|me\s+hice|me\s+he\s+hecho|me\s+volvi\s+a\s+hacer|"
            r"me\s+sigo\s+haciendo|me\s+estoy\s+haciendo)\s+((una\s+serie|un\s+monton|un\s+par|"
            r"un\s+chingo|un\s+buen)\s+de\s+|\w+\s+)?(cortes|cortadas|cortaditas|"
            r"heridas|rasgun\w*|quemaduras)\b|"
            # "tengo cortes nuevos en las piernas": where people cut themselves.
            r"\b(cortes|cortadas|cortaditas|heridas|quemaduras)\s+(\w+\s+)?(en\s+)?(los|las|mis)\s+"
            r"(brazos|piernas|munecas|muslos|panza|abdomen|tobillos)\b",
            benign_after=HURT_BENIGN_AFTER_ES,
        ),
        rule(
            SELF_HARM,
            r"\b(hacerme|haciendome|acerme|aserme|me\s+(hago|hice|he\s+hecho|estoy\s+haciendo|"
            r"voy\s+a\s+hacer|"
            r"" + QUIERO + r"\s+hacer|haria|hare|sigo\s+haciendo|vuelvo\s+a\s+hacer|"
            r"volvi\s+a\s+hacer))\s+(\w+\s+)?dano\b|"
            r"\b(lastimarme|lastimandome|herirme|hiriendome|danarme|danandome|me\s+(lastimo|"
            r"lastime|estoy\s+lastimando|he\s+lastimado|"
            r"sigo\s+lastimando|(voy|vuelvo|volvi|" + QUIERO + r")\s+a\s+lastimar|"
            r"" + QUIERO + r"\s+lastimar|hiero|heri|dano|dane))\b",
            benign_after=HURT_BENIGN_AFTER_ES,
            other_subject_guard=True,
        ),
        rule(
            SELF_HARM,
            r"\b(quemarme|quemandome|me\s+(quemo|queme|estoy\s+quemando|voy\s+a\s+quemar|"
            + QUIERO
            + r"\s+"
            r"quemar|volvi\s+a\s+quemar))\b",
            benign_after=BURN_BENIGN_AFTER_ES,
            benign_before=IT_HAPPENED_TO_ME_BEFORE_ES,
        ),
        rule(
            SELF_HARM,
            r"\bgolpearme\b|\bme\s+golpeo\b|"
            # Not "me pegué una vuelta", "me pego un café": a treat.
            r"\b(me\s+golpee|pegarme|me\s+pegue|me\s+pego)\s+(?!(un|una|unos|unas|mi|mis|tremend\w*)\s)"
            r"(\w+\s+){0,7}?(hasta\s+(sangrar|"
            r"hacerme\s+sangre|que\s+sangr\w+|sacarme\s+sangre|marearme|desmayarme|que\s+me\s+(salieron|"
            r"salio|quedaron)\s+(los\s+|unos\s+|un\s+)?(moretones|morados|chichon)|dejarme\s+(marcas|"
            r"moretones))|contra\s+la\s+pared|a\s+proposito|adrede|para\s+sentir\s+algo(?!\s+de\b)|"
            r"con\s+(el|un|una|la)\s+(cinturon|martillo|correa|cable|puno)|"
            r"con\s+el\s+puno\s+en\s+la\s+cabeza)\b|"
            r"\b(aran|rasgun|rasc|pelliz|mord)\w*\s+(\w+\s+){0,3}?hasta\s+"
            r"(sangrar|hacerme\s+sangre|sacarme\s+sangre|que\s+(me\s+)?sangr\w+)\b",
            benign_after=HURT_BENIGN_AFTER_ES,
            other_subject_guard=True,
        ),
    ),
)

# Said plainly, without a crisis word: all one had taken and waited on, no one left
# to stay for, nothing needed after a day.
_SAID_PLAINLY_ES: tuple[Rule, ...] = (
    # "ya me tomé lo que tenía y estoy esperando que haga efecto": all one had, and the
    # effect waited on. Not what was in the glass or on the plate, prescribed or saved,
    # nor a pill for a headache waited on ("lo que tenía para el dolor de cabeza").
    rule(
        OVERDOSE,
        r"\b(ya\s+)?me\s+(tome|trague|bebi|meti|acabe)\s+(todo\s+)?lo\s+(que|q)\s+(tenia|habia|"
        r"me\s+quedaba|quedaba|junte|guarde)\b"
        r"(?!\s+(que|del|en|para|pendiente|recetad\w*|ahorrad\w*)\b)"
        r"(?!\s+de\s+(?!(pastillas|pastis|medicina|medicamentos?|\w+(pam|lam|pina))\b))"
        r"(?=.{0,80}\b(esperando\s+(a\s+)?(que\s+)?(me\s+)?haga\s+efecto|esperando\s+(el\s+final|"
        r"morir(me)?)|no\s+hay\s+vuelta|no\s+despierte)\b)",
        negatable=False,
    ),
    # "ya no tengo por quién quedarme": no one left to stay for. ("ya no tengo por qué
    # seguir en ese trabajo" is a job left: only "por quién", or a life.)
    rule(
        SUICIDAL_IDEATION,
        r"\b(ya\s+)?no\s+tengo\s+(a\s+nadie\s+)?(por|para|pa)\s+((quien|kien)\s+(quedarme|seguir|"
        r"vivir|estar\s+aqui|luchar|aguantar|levantarme)\b|que\s+(seguir\s+)?(vivir|viviendo)"
        r"\s*($|y\b|pero\b))",
        negatable=False,
    ),
    # "le di mi celular a mi prima y mi ropa a la iglesia, no voy a necesitar más nada
    # después del jueves": things given away, and nothing needed after a day.
    rule(
        SUICIDAL_IDEATION,
        r"\b(le\s+di|les\s+di|regale|reparti|done|deje)\b(\s+\S+){0,16}?\s+no\s+voy\s+a\s+"
        r"necesitar\s+(mas\s+)?nada\s+(mas\s+)?(despues|luego|a\s+partir)\s+(de|del)\b",
        benign_after=r"^.*\b((?<!ultimo )viaje|viajo|me\s+mudo|mudanza|vacaciones|operacion|"
        r"cirugia|me\s+operan|dieta|examen|entrega|boda|graduacion|tratamiento|curso)\b",
        negatable=False,
    ),
)

_OVERDOSE_ES: tuple[Rule, ...] = needing(
    _OVERDOSE_WORDS,
    (
        # Overdose. "Una sobredosis de azúcar" is cake; "murió de una sobredosis"
        # is someone else's death ("casi muero de una sobredosis" is the client).
        rule(
            OVERDOSE,
            r"\bsobredosi(s|fic\w*)\b",
            benign_before=r"\b(murio|murieron|fallecio|fallecieron|muere|mueren)\s+(de|por)\s+"
            r"(una\s+)?$|" + TOPIC_BEFORE_ES,
            benign_after=r"^\s*de\s+(?!((mis|las|los|unas|unos|algunas|algunos)\s+)?"
            + DRUGS_ES
            + r")",
        ),
        rule(
            OVERDOSE,
            r"\b(tomarme|tomarmelas|tomar|tome|tomo|me\s+tome|me\s+tomo|me\s+voy\s+a\s+tomar|"
            r"me\s+" + QUIERO + r"\s+tomar|tragarme|tragar|trague|me\s+trague|me\s+trago|me\s+eche|"
            r"meterme|me\s+meti)\s+(todas?|todos?|un\s+puno|un\s+punado|un\s+monton|muchas|muchos|"
            r"demasiadas|demasiados|un\s+frasco|una\s+caja|un\s+bote|un\s+blister|un\s+paquete|"
            r"una\s+tira|la\s+caja|el\s+frasco|el\s+bote|el\s+blister|el\s+paquete|dos\s+cajas|"
            r"varias\s+cajas|un\s+chingo|un\s+chorro|una\s+bolsa|\d{2,}|diez|doce|quince|veinte|"
            r"treinta|cuarenta|cincuenta|cien)\b(\s+\w+){0,4}\s+" + DRUGS_ES + r"\b",
            # "todas las pastillas del tratamiento, como dijo el doctor": as prescribed.
            # ... or the day's dose: "todas mis pastillas de hoy", "con el desayuno". Never
            # the week's taken at once: "las del pastillero de la semana de un jalón".
            benign_after=r"^(?!.*\bde\s+un\s+(jalon|golpe|trago|tiron|sopeton)\b)"
            r"\s*(\w+\s+){0,2}?((del|de\s+la|de\s+mi)\s+(tratamiento|receta|dia|"
            r"semana)|de\s+(hoy|la\s+manana|la\s+noche|la\s+tarde|cada\s+dia|diario)|"
            r"a\s+(tiempo|su\s+hora|la\s+hora)|con\s+el\s+(desayuno|almuerzo|comida|cena)|"
            r"como\s+siempre|como\s+(me\s+)?(dijo|indico|receto|mando)\s+(el|la|mi))\b",
            negatable=False,
        ),
        rule(OVERDOSE, r"\b(me\s+)?empastill(e|o|arme|ando|ada|ado)\b"),
        rule(
            OVERDOSE,
            r"\b(me\s+)?(tome|trague|tomo|trago|tomarme|tragarme|me\s+voy\s+a\s+tomar)\s+(las|los|"
            r"mis)\s+"
            + DRUGS_ES
            + r"(\s+\w+){0,4}?\s+(todas|todos|enteras?|juntas|juntos|de\s+golpe)\b",
            negatable=False,
        ),
        rule(
            OVERDOSE,
            r"\b(me\s+)?(he\s+)?(tome|trague|tomo|trago|tomarme|tragarme|tomado|tragado)\s+"
            r"((todo\s+el|toda\s+la)\s+"
            r"(frasco|bote|caja|blister|tira|paquete)|(el|la|un|una)\s+(frasco|bote|caja|blister|"
            r"tira|"
            r"paquete)\s+(entero|entera|completo|completa))\b",
            # "toda la caja de jugo": a drink or a snack, not pills.
            benign_after=r"^\s*de\s+(jugo|leche|galletas|cereal|chocolates?|dulces|vino|cerveza|"
            r"agua|"
            r"refresco|te|cafe|chicles|vitaminas|gomitas|pizza|donas)\b",
            negatable=False,
        ),
        # Someone else's medicine: "tomarme las pastillas de mi mamá".
        rule(
            OVERDOSE,
            r"\b(tomarme|me\s+(voy\s+a|" + QUIERO + r"|pienso)\s+tomar|tragarme)\s+"
            r"((todas|todos)\s+)?(las|los)\s+" + DRUGS_ES + r"\s+de\s+(mi|mis|la|el|los|las)\s+"
            r"(?!(manana|noche|tarde|dia|diario|siempre|costumbre)\b)\w+",
        ),
        # The pills named before: "ya compré las pastillas, me las voy a tomar todas".
        rule(
            OVERDOSE,
            r"\bme\s+(las|los)\s+(voy\s+a\s+tomar|vo\s+a\s+tomar|tomo|tome|tomare|"
            + QUIERO
            + r"\s+"
            r"tomar|voy\s+a\s+tragar|trague|trago)\s+(todas|todos)\b",
        ),
        rule(
            OVERDOSE,
            r"\b(juntando|acumulando|almacenando|ahorrando|coleccionando|juntar|acumular|"
            r"he\s+juntado|he\s+acumulado|junte|acumule|guardando|escondiendo|guarde|escondi|"
            r"tengo\s+guardad[oa]s|tengo\s+escondid[oa]s|he\s+guardado|he\s+escondido)\s+"
            r"(\w+\s+){0,2}?" + DRUGS_ES + r"\b|"
            r"\b(tengo|ya\s+tengo|deje)\s+(las|los|mis|unas|unos)\s+" + DRUGS_ES + r"\s+(\w+\s+)?"
            r"(listas|listos|preparadas|preparados|contadas|contados|juntas|juntos|juntadas|"
            r"juntados|escondidas|escondidos)\b"
            # "las pastillas listas para el viaje": a purpose that is not tonight.
            r"(?!\s+para\s+((toda|todo|todas|todos)\s+)?(el|la|los|las|mi|mis|un|una)\s+"
            r"(?!(noche|final)\b)\w+)",
        ),
        # The pills named, then taken tonight: "tengo guardadas las pastillas de mi
        # abuela y esta noche me las tomo".
        *needing(
            r"\bme\s+(las|los)\s+(tomo|voy|vo|trago|tomare)\b",
            (
                rule(
                    OVERDOSE,
                    r"\b"
                    + DRUGS_ES
                    + r"\s+(\w+\s+){0,6}?me\s+(las|los)\s+(tomo|voy\s+a\s+tomar|vo\s+a\s+tomar|"
                    r"trago|voy\s+a\s+tragar|tomare)\s+(hoy|esta\s+noche|manana|ya|ahorita|todas|"
                    r"todos)\b",
                ),
            ),
        ),
        rule(
            OVERDOSE,
            r"\benvenenarme\b|\bme\s+(" + QUIERO + r"|voy\s+a|pienso)\s+envenenar\b|"
            r"\b(tomar|tomarme|tome|tomo|beber|beberme|bebi|me\s+tomo|me\s+tome|tragar|tragarme|"
            r"trague)\s+(\w+\s+)?(veneno|raticida|cloro|lejia|matarratas|insecticida|"
            r"anticongelante|pesticida)\b|"
            r"\b(veneno|raticida|cloro|lejia|matarratas|insecticida|anticongelante|pesticida)\b"
            r"(\s+\w+){0,5}?\s+me\s+(lo|la)\s+(voy\s+a\s+(tomar|beber|tragar)|tomo|tome|bebo|bebi|"
            r"trague|pienso\s+tomar)\b|"
            r"\b(veneno|raticida|matarratas|insecticida|pesticida|soga|cuerda)\b(\s+\w+){0,5}?\s+"
            r"(es|son)\s+para\s+mi\b",
            # A story: "en la novela la protagonista se tomó un veneno".
            benign_before=r"\b(novela|serie|pelicula|libro|cuento|capitulo|episodio|personaje|"
            r"protagonista|temporada|telenovela|documental|anime|manga)\b.*$",
        ),
    ),
)

# Every Spanish rule needs one of these word starts (see _TRIGGERS).
_TRIGGER_WORDS_ES = (
    r"mori|muer|mur|viv|vida|exist|mundo|aqui|segu|estar|despert|despiert|desped|dorm|"
    r"nacido|suic|suis|mat|quit|acab|termin|pon|desap|mejor|felic|tranquil|gusto|ganas|pens|"
    r"plan|consider|contempl|fantase|sueno|sonando|idea|deseo|desea|busc|hart|cansad|agotad|"
    r"fastid|aburrid|respir|nadie|atropell|arroll|rayo|ahorc|colg|tira|avent|lanz|arroj|bota|"
    r"salta|brinc|tiro|bala|ploma|dispar|vola|auto|cort|abri|raj|hac|hic|hech|acerm|aserm|"
    r"hag|dan[aeo]|lastim|heri|hier|quem|golpe|aran|rasgu|rasc|sobredos|tom|trag[aeou]|echa|"
    r"eche|mete|meti|junt|acum|almac|ahorr|colecc|envenen|venen|beb|soga|merez|list|prepar|"
    r"dej|facil|infart|cancer|ojala|deseos|amanec|sentido|empastill|peg|atraves|ahog|inyect|"
    r"irme|siempre|descans|despid|quede|quedara|quedarme|necesitar|estrell|chocar|dorm|duerm|"
    r"ya\s+(se|decidi|tengo|planee|elegi|escogi)|carga|estorbo|peso|lastre|adios|perdon|ultim|"
    r"cuando\s+(yo\s+)?ya|"
    r"arma|pistola|revolver|escopeta|rifle|cuchillo|navaja|fusca|cuete|sangr|guard|escond|"
    r"razon|motivo|habre|acciden|proposito|adrede|fren|pisos|piso|vias|rieles|molestia"
)


_TRIGGERS_ES = starts_scan(
    _TRIGGER_WORDS_ES,
    NET_WORDS_ES[3:-1],
    FINALITY_WORDS_ES[3:-1],
    AT_HAND_WORDS_ES[3:-1],
    SIGNS_WORDS_ES[3:-1],
    OUTRIGHT_WORDS_ES[3:-1],
    WISHED_WORDS_ES[3:-1],
    ARRANGED_WORDS_ES[3:-1],
)

SPANISH_LEXICON = Lexicon(
    SPANISH,
    # The net last: it reads what every specific rule left unread or did not match.
    _RULES_ES
    + _SELF_HARM_ES
    + _OVERDOSE_ES
    + _SAID_PLAINLY_ES
    + PLAN_RULES_ES
    + NOT_CANCELLED_RULES_ES
    + SIDEWAYS_RULES_ES
    + OTHERS_RULES_ES
    + OUTRIGHT_RULES_ES
    + WISHED_RULES_ES
    + NET_RULES_ES
    + FINALITY_RULES_ES
    + AT_HAND_RULES_ES
    + SIGNS_RULES_ES
    + ARRANGED_RULES_ES,
    _TRIGGERS_ES,
    NEGATION_BEFORE_ES,
    NONE_OF_BEFORE_ES,
    OTHER_SUBJECT_BEFORE_ES,
    OVER_NOW_AFTER_ES,
    CLAUSE_BREAK_ES,
    trivial_cause=TRIVIAL_CAUSE_ES,
    earnest=EARNEST_ES,
    farewell=FAREWELL_ES,
    lesser_kinds=LESSER_KINDS_ES,
    courtesy_kinds=COURTESY_KINDS_ES,
    asked_or_past_before=ASKED_OR_PAST_BEFORE_ES,
    answered_no_after=ANSWERED_NO_AFTER_ES,
    denial_sentence=DENIAL_SENTENCE_ES,
    trifle_before=ONE_MORE_TRIFLE_BEFORE_ES,
)
