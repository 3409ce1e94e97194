"""Crises said as arrangements, put off or put by, and the denials and everyday texts
that share their words.

Goodbyes by their kinds: sessions given up ("no será necesaria la cita del martes"),
nothing needed any more, going to one's dead, a note to be read afterwards ("if you ever
read this"), love passed on in the past tense, affairs in order, means hoarded and the
amount known. A wish put off is no denial ("no quiero morirme hoy, mañana sí"); pills put
by are taken in a later sentence. And what is no crisis: a tie "strangling" its wearer, a
form answered "no, ni una vez", two things denied at once ("ningún plan ni ganas"), a
past wish with the client well now, a talk on how to help a friend."""

from __future__ import annotations

import pytest

from shared.language.crisis import OVERDOSE, detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        # Spanish goodbyes by their kinds.
        "Le escribo para cancelar definitivamente mis sesiones. He vendido el coche y he "
        "llevado al perro a casa de mi hermana. Ya no me hará falta nada.",
        "Señorita, ya no voy a ir a la terapia del viernes. Dejé las llaves con mi hermana y "
        "una carta para mis wawas. Gracias por su paciencia conmigo.",
        "No me llame más, doctora. Ya me voy tranquila con mi difunto.",
        "Le dejé las llaves a la vecina. De aquí a mañana ya yo no toy, no me llamen",
        "Ya está decidido. Cuando mi mamá salga pa la cola lo hago.",
        "le di mi PlayStation a mi primo, ya no necesito nada",
        # A jump said in the present.
        "Hoy salto del puente.",
        # A wish put off, not denied.
        "no quiero morirme hoy, mañana sí",
        "no pienso matarme hoy, lo dejo para el sábado",
        "I don't want to die today, tomorrow maybe",
        "no tengo ningún plan ni ganas de morirme hoy, mañana sí",
        # English goodbyes by their kinds.
        "Mum, if you ever read this, I'm sorry. The letter's in my desk.",
        "Am on the bridge. Cannae dae this anymair. Tell wee Callum his da loved him.",
        "Don't need to study me again after tonight. I done write the letter and put it by "
        "the bed.",
        "Gave the dog to Jen. It's time.",
        "No one needs to call me back. I won't answer, because I won't be here.",
        "I've been pocketing the insulin from work. I know exactly how much.",
        "I'm not sad anymore. I've decided, and I feel calm now that I know when.",
        "this is probably the last time you'll hear from me. ka kite",
        "cant stop crying bout to jmup off the parking garage rn",
    ],
)
def test_a_crisis_said_as_arrangements_or_put_off_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # Spanish: means at hand, a place and a time, the dead joined, a lesser kind thrice.
        "Saqué ampolletas de potasio del servicio. Sé exactamente cuánto hace falta.",
        "Nos vemos en otra vida, licenciada. Esta ya no la aguanto.",
        "estoy en el puente. hace frio. solo queria decirle gracias",
        # English: things gone to people, a place, the exhaust, a pesticide, a plan torn up.
        "Wahala too much. I don drink the sniper wey I buy.",
        "I've torn up my safety plan.",
        "told my best friend i love her. she doesnt know its goodbye",
        "its 2am and im not gonna see morning",
        "Don't worry, the pain's nearly over. I've taken the lot.",
        "cutting and i cant stop. way more blood than usual",
    ],
)
def test_arrangements_read_in_the_development_sets_are_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Illo, tengo guardás las pastillas de mi abuela desde hace semanas. Esta noche me las "
        "tomo toas y se acabó",
        "Compré como cuatro cajas de pastillas en la droguería. El sábado que estoy solo en "
        "la casa me las tomo.",
    ],
)
def test_pills_put_by_then_taken_all_in_a_later_sentence_are_an_overdose(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.category == OVERDOSE


@pytest.mark.parametrize(
    "text",
    [
        # Idioms and everyday texts that share the words.
        "Esta corbata me está ahorcando, no veo la hora de llegar a casa y quitármela",
        "la hipoteca me está ahorcando",
        "Mañana hago el salto del puente en bungee",
        "Compré tres cajas de pastillas para la gripa. Hoy me las tomo solo si me da fiebre",
        "Wrote letters to my grandkids for their birthdays, it's nice to do it by hand.",
        "dejé todo en orden para el viaje. gracias por todo",
        "no quiero morirme hoy, mañana es el examen y ya",
        # Denials, forms answered no, a past wish with the client well now.
        "Respondiendo a lo que me preguntó: no, no tengo ningún plan ni ganas de morirme, "
        "solo estoy cansado del trabajo.",
        "A la pregunta del cuestionario de si he pensado en hacerme daño: no, ni una vez en "
        "estas dos semanas.",
        "Antes pensaba que todos estarían mejor sin mí, ahora sé que no es así.",
        "The self-harm was a long time ago, I'm in a much better place these days.",
        "I used to think about dying a lot in uni but that's over, therapy really helped.",
        "I haven't had any of those thoughts about hurting myself for months now.",
        # Someone else, taught.
        "En el cole dieron una charla de salud mental sobre cómo ayudar a un amigo que piensa "
        "en suicidarse.",
    ],
)
def test_idioms_everyday_texts_and_denials_sharing_the_words_are_not(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "con la corbata me ahorco esta noche",
        "Me preguntó si he pensado en matarme: no, ni una vez. Ya lo tengo planeado.",
        "Fui a una charla sobre cómo ayudar a alguien que quiere matarse y me di cuenta de "
        "que yo también quiero",
        "I used to think about dying. Now I just want it over tonight.",
        # A recovery said by others, hoped, or taken back; a regret now.
        "When I was 16 I wanted to die. Mum says it's all in the past now. She doesn't know I "
        "still do.",
        "I wanted to kill myself in college. I thought therapy helped. It didn't.",
        "Hace años que quiero morirme. Pensé que era pasajero. Ahora sé que no es así.",
        "Should've killed myself a long time ago. I'm fine, don't worry.",
        # A denial that is none, or taken back.
        "It's not the thoughts about killing myself that scare me, it's how calm I feel",
        "I didn't have those urges to hurt myself until tonight. Now it's all I can think about",
        "no tengo ningún plan ni ganas de matarme... tengo la fecha",
        # The means at hand, said with the idiom's words.
        "Ya amarré la bufanda al barandal, la bufanda me ahorca hoy",
        "I've written letters to both girls for their future birthdays. Now I can go.",
        # Older kinds a newer one must not hide.
        "Ya lo tengo decidido. Gracias por todo, doctora.",
        "I'm on the roof of the building. It's a long way down.",
        "Just waiting for everyone to fall asleep. Love you all forever.",
        "Dejé la llave y una carta para la vecina, ella sabe qué hacer. Perdónenme.",
    ],
)
def test_what_takes_an_excuse_back_is_still_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # Courtesies, errands and arrangements that are a day's, however many.
        "Quisiera cancelar definitivamente mis sesiones. Muchas gracias por su paciencia, me "
        "ayudó muchísimo.",
        "Ya está decidido. Me voy a estudiar a Guadalajara en agosto. Gracias por su paciencia.",
        "Mañana no estoy, ¿podemos mover la cita? Gracias",
        "Mañana me voy con mi difunto al cementerio a llevarle flores. No será necesaria la cita.",
        "Dejé las llaves con mi vecina y una nota para el plomero. Gracias por su paciencia.",
        "Mi abuelo dejó dicho quién se queda con el rancho. Gracias por su paciencia.",
        "Cuando mi mamá se duerma lo hago, la tarea de álgebra. Ya está decidido.",
        "En parkour salto del techo de la bodega al contenedor",
        "En las vacaciones en Acapulco salto del acantilado al mar con mis primos",
        "Compré tres cajas de pastillas para el viaje a España. Me las tomo solo en las mañanas.",
        "I've decided, and I feel at peace with it: I'm leaving the church choir.",
        "this is the last text you get from me as your client, I've been discharged!",
        "No me quiero morir todavía, el sábado sí me toca ver a mis nietos",
        "parked on the top floor of the car park, thats the plan",
        "Left the dog with the sitter, flight's at 6am. Thanks for everything!",
        "Heading to the reservoir for paddleboarding. Thanks for everything!",
        "Ya me dieron de alta. Ya no necesito nada. Gracias por ser tan buena conmigo. Gracias "
        "por todo.",
        "Es la hora. Ya salimos al hospital, ¡viene el bebé! Gracias por su paciencia.",
        "I've taken the lot to the tip.",
        "I took the sniper and carried the whole squad lol",
        "No thoughts of suicide from Monday until today, longest streak ever!",
        "No tengo ideas de matarme, y ya tengo fecha para la cirugía.",
        "The dog's going to my sister's for the weekend while we're in Cornwall.",
        "Left the dog with my mum while I'm away. Thanks for trying to fit me in!",
        "Heading to the quarry for a swim with the lads. Saturday.",
        "Just wanted to say thanks for the session, see you Thursday.",
        "cutting fabric and can't stop laughing at my wonky seams",
        "Tengo las pastillas aquí para mañana temprano, me las dio el doctor. Gracias por todo.",
    ],
)
def test_everyday_arrangements_and_courtesies_are_not(text: str) -> None:
    assert detect_crisis(text) is None
