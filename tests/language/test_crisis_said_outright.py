"""Crisis said outright in words the crisis model never reads, because it names dying
(the rules are its only reader): a death decided, searched for, grieved on waking or
sparing others; the end said as the client dead; nothing holding them to life. And
self-harm hidden from others or gone back to. Each beside the everyday senses its
words share, which stay unflagged.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import SELF_HARM, detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "Le escribo para que sepa que ya tomé la decisión de morir",
        "ya decidí morir, no me pregunten por qué",
        "estoy decidida a dejar de vivir",
        "I know you'll say call someone but I've decided to die",
        "made up my mind to end my life",
        "decided im not making it to my birthday",
        "tried everything. only thing left is to die",
    ],
)
def test_a_death_decided_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Busqué en internet formas de morir sin dolor",
        "anoche googleando cómo matarme",
        "maneras de suicidarme rápido, eso es lo que busco",
    ],
)
def test_a_way_to_die_searched_for_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Cada mañana me da rabia haber despertado viva",
        "amanecí vivo otra vez, qué lástima",
        "woke up disappointed I was still alive. again",
        "honestly I'd be relieved if I didn't wake up",
    ],
)
def test_being_still_alive_grieved_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "mis papás gastan todo en mis tratamientos, si me muero se ahorran eso",
        "si me muero se les acaban los problemas",
        "Solo estorbo, cuando yo no esté van a poder respirar tranquilos",
        "it'd be a relief for them if I died",
        "all I do is cause problems, better if I just die",
        "my wife would finally be free if I was dead",
        "if I die they save all that money",
    ],
)
def test_others_spared_by_the_clients_death_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "ñaño no hay esperanza, esto termina conmigo muerto",
        "no hope left, this ends with me dead",
        "ya nada me ata a la vida",
        "nothing holding me to life anymore",
        "not one reason to stay alive. not one",
    ],
)
def test_the_end_said_and_nothing_left_to_live_for_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "ando con manga larga con este calor pa que no me vean los cortes",
        "uso pulseras para tapar las cicatrices nuevas",
        "mi mamá casi me ve las marcas, le dije que fue el gato",
        "mum nearly saw my arms today, told her it was the cat",
        "bro i'm back on the cutting thing and idk how to stop",
    ],
)
def test_self_harm_hidden_or_gone_back_to_is_self_harm(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.category == SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        "decidí dejar de vivir con mis papás, ya encontré depa",
        "decidí no seguir viviendo en Houston, nos vamos a Dallas",
        "decided to die on this hill: tabs over spaces",
        "busqué cómo morir sin dolor para mi perrito que está muy enfermo",
        "me da rabia despertar tan temprano los sábados",
        "I'd be relieved if I didn't wake up until noon tomorrow",
        "cuando no esté en casa van a poder descansar, me voy de viaje",
        "si me muero de hambre es culpa del jefe que no nos deja comer",
        "the trip ends with me dead tired every time",
        "no reason to keep going to that gym",
        "me tapé las marcas del acné con corrector",
        "escondo los cortes de pelo feos con gorra",
        "tapo las cicatrices de la cesárea con el traje de baño",
        "back to cutting the grass on saturdays",
    ],
)
def test_the_same_words_in_everyday_senses_are_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "ya está decidido: este finde me muero",
        "tomé la decisión de ya no vivir",
        "decidí morir antes de volver al hospital",
        "ojalá no hubiera despertado hoy",
        "amanecí y me dio tristeza no haberme muerto",
        "me decepciona seguir respirando",
        "otro dia que amanezco vivo, que mala suerte",
        "les haría un favor si desapareciera",
        "cuando me muera se les acaban los problemas",
        "esto va a terminar con mi muerte, lo presiento",
        "ya nada me amarra a este mundo",
        "made peace with my decision to die",
        "i decided i'm going to end things on friday",
        "wish I hadn't woken up today",
        "woke up still breathing, unfortunately",
        "this ends with me six feet under",
        "nothing ties me to this world",
        "if I'm dead they'll finally have peace",
    ],
)
def test_more_ways_of_saying_it_outright_are_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "le dije a mi mamá que los cortes eran del gato",
        "mi maestra vio las marcas de mi brazo y le dije que me caí",
        "pa k no m vean los cortes uso sudadera",
        "recaí con las cortadas",
        "hiding my cuts with bracelets",
        "dad saw the cuts, I said the cat did it",
        "told my gf the cuts were from the cat",
        "relapsed back into cutting",
    ],
)
def test_more_self_harm_hidden_or_gone_back_to_is_self_harm(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.category == SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        "my sister told me she has decided to die",
        "mi hermana me contó que ya decidió morir, no sé qué hacer",
        "mi amiga me dijo que busca formas de matarse sin dolor",
    ],
)
def test_someone_close_who_has_decided_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "si me muero mañana",
        "cuando me muera quiero que tiren mis cenizas en el estadio",
        "cuando ya no esté tan cansada te llamo",
        "ojalá no hubiera despertado tan temprano, tenía sueño",
        "otra vez con los cortes de luz en el barrio",
        "si desaparezco del grupo no se preocupen",
        "mi abuela dijo que decidió morir en su casa, en paz",
        "decided to end things with my boyfriend",
        "wish I hadn't woken up so early",
        "still here, unfortunately the meeting ran long",
        "covering the scars from my c section with a swimsuit",
        "in my D&D campaign it ends with me dead in the dungeon lol",
        "no hay nada que me ate a la vida de oficina, renuncio",
    ],
)
def test_more_everyday_senses_are_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "decided to die the eggs for easter with the kids",
        "the only thing left is to die my hair back to brown",
        "she said she decided to die the dress navy",
        "wish i hadnt woken up with this hangover",
        "ojalá no hubiera despertado a mi hija, ahora no se duerme",
        "better that i died in round one than round 10",
        "if i die they can move on to the boss without me",
        "lol it ends with me dead every single time on that boss",
        "si me muero el seguro cubre todo y mis hijos se ahorran el gasto",
        "ya firme el divorcio, ya nada me ata",
        "decidí dejar de vivir esperando que él cambie",
        "googlee formas de morir de los faraones para la tarea",
        "otra vez con las cortadas de papel en la oficina",
        "back at it with the cutting board, meal prep sunday",
        "tapar los cortes de la madera con masilla",
        "the editor is really good at hiding the cuts in that movie",
        "tore up my legs on the trail run, told my wife it was a fall on the rocks",
    ],
)
def test_dye_games_hangovers_arrangements_and_chores_are_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dígale a mi viejita que la quise.",
        "dile a mi mamá que la quise mucho",
        "mi tío se mató hace un año, voy a hacer lo mismo que él",
        "my brother killed himself last year and I'm going to do the same",
    ],
)
def test_love_relayed_in_the_past_and_a_death_to_follow_are_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "dile a mi hermana que la quiero mucho y que la veo el domingo",
        "tell her I loved her cooking",
        "mi hermano se fue a Canadá y voy a hacer lo mismo que él",
        "in the show he killed himself and I'm going to do the same thing with the finale recap",
    ],
)
def test_love_sent_today_and_a_move_followed_are_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None
