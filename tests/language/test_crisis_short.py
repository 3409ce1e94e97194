"""Crises said in a handful of words, read as a whole message (shared/language/crisis/short.py).

Each sentence alone is ordinary ("Pills taken." is a client keeping track of their
medication); together with a goodbye or a wait, or as the whole message, they are not.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis, detect_crisis_by_rules


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pills taken. Waiting now.", "en"),
        ("Gun's loaded. Sorry, Doc.", "en"),
        ("Took them all. Love you all.", "en"),
        ("Rope's ready. Goodbye.", "en"),
        ("took every last one. im sorry mom", "en"),
        ("Goodbye everyone.", "en"),
        ("Why am I still here", "en"),
        ("why am i even still alive?", "en"),
        ("Ya me tomé todas. Ahora a esperar.", "es"),
        ("¿Por qué sigo aquí?", "es"),
        ("Ya no voy a estar para la próxima sesión.", "es"),
        ("Ya no voy a estar para la próxima sesión. Gracias por todo, doctora.", "es"),
        ("La pistola ya está cargada. Los quiero.", "es"),
        ("Pastillas tomadas. Perdón por todo.", "es"),
        # Disguised as the other rules' readers see through: accents dropped, a soft hyphen.
        ("Ya me tome todas. Ahora a esperar.", "es"),
        ("Pills ta\u00adken. Waiting now.", "en"),
        # As texts are typed: an emoji for the full stop, none at all, a comma in a goodbye.
        ("Goodbye everyone \U0001f54a\ufe0f", "en"),
        ("pills taken waiting now", "en"),
        ("Goodbye, everyone. I'm sorry.", "en"),
        ("why tf am i still alive", "en"),
        ("¿Para qué sigo viviendo? \U0001f61e", "es"),
        ("pastillas tomadas adios", "es"),
        # A parting with a goodbye beside it; the next life.
        ("This is goodbye. Love you all.", "en"),
        ("Last message. Love you all.", "en"),
        ("See you in the next life.", "en"),
        ("Cuide a mi gato. Adiós.", "es"),
        ("Nos vemos en otra vida.", "es"),
    ],
)
def test_a_crisis_in_a_handful_of_words_is_flagged_in_its_language(
    text: str, language: str
) -> None:
    signal = detect_crisis_by_rules(text)
    assert signal is not None and signal.language == language


@pytest.mark.parametrize(
    "text",
    [
        "Meds taken.",
        "Meds taken. Feeling good today.",
        "Pills taken, thanks doc",
        "Pastillas tomadas.",
        "Pastillas tomadas. Gracias doctora.",
        "Took them all to the park.",
        "Took them all. The kids loved the museum.",
        "Goodbye everyone, see you Monday!",
        "Bye all",
        "Why am I still here at the office at 9pm",
        "Ya me tomé todas las cervezas jaja",
        "Ya no voy a estar para la próxima sesión, me voy de viaje.",
        "Gun's loaded. Hunting season opens tomorrow.",
        "¿Por qué sigo aquí en la fila del banco?",
        # A record of medication with too little beside it to be a goodbye.
        "Meds taken. Doc.",
        "Pills taken. x",
        "Pastillas tomadas. Ya está.",
        # Pasta is dinner, a tablet an iPad.
        "Las pastas ya están listas. Los quiero.",
        "Tablets are set up. Love you guys.",
        # A parting with the reason beside it, or said in passing.
        "Cuiden a mi perro. Adiós, me voy de viaje.",
        "Last message of the day, love you all",
        "Nos vemos en otra vida jaja",
    ],
)
def test_the_same_words_in_an_everyday_message_are_not(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "the noose is in the shed",
        "took the whole packet",
        "sorry for being such a burden. bye",
        "this is it. love you all",
        "tell her im sorry for me",
        "it would be easier for everyone if i just disappeared",
        "been stockpiling my pills since june",
        "meds lined up. tonight",
        "no me busquen más. adiós",
        "el sábado ya no estoy. perdón por todo",
        "no llego al fin de semana. los quiero",
        "esta noche lo hago. adiós",
        "ya regalé todas mis cosas",
        "díganle a mi mamá que la quise mucho",
        "perdón por todo. chao",
    ],
)
def test_more_of_a_handful_of_words_are_read_as_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "the rope is in the boot for towing the caravan tomorrow",
        "took the whole packet of biscuits to work",
        "thanks for trying to move my appointment!",
        "it would be easier if i just went on friday instead",
        "no me busquen en la oficina, estoy de vacaciones",
        "el viernes ya no estoy en la oficina, me cambiaron de sede",
        "no llego al domingo con la plata, qué horror",
        "mañana a las 6 lo hago, la tarea de mate",
        "ya regalé mis cosas de bebé a mi prima",
        "ya pagué todas mis deudas del carro, por fin",
        "Mañana lo hago, bye",
        "Este viernes ya no estoy. Chao",
        "No me busquen 😂",
        "Took the whole lot. Done.",
        "Meds taken today.",
        "Pastillas tomadas. Listo.",
        "the rifle's in the car",
    ],
)
def test_the_same_words_with_their_everyday_reason_are_not(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # an apology for everything, alone or with an address
        "sorry for everything",
        "forgive me for everything",
        "perdón por todo, de verdad",
        "perdoneme por todo seño",
        "perdón por todo. por ser así. por todo",
        # not to be looked for, the goodbyes said
        "no me busquen",
        "ya no me busquen",
        "dont look for me",
        "ya me despedi de mis nietos 😔",
        "lo siento por todo",
        "perdon x todo 🖤",
        "pa que sigo aqui",
    ],
)
def test_a_farewell_that_is_the_whole_message_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "sorry for everything i said last night, i love you",
        "perdon por todo el drama de hoy",
        "No me busquen este finde, me voy a acampar donde no hay señal.",
        "ya escribí la carta de recomendación para la beca",
        "ya me despedí de mis compañeros de trabajo, mañana empiezo en otra empresa",
        "already wrote the letter to my landlord about the heater",
        "dont look for me at the party, im staying home",
        # a letter is homework, and an emoji or a laugh says what a goodbye is about
        "Doc, I finished the letter",
        "ya escribí la carta",
        "Ya me despedí de mis nietos ✈️",
        "No me busquen 🏖️🍹",
        "no me busquen jsjs",
        "sorry for everything lolol",
    ],
)
def test_the_same_words_about_something_else_are_not(text: str) -> None:
    assert detect_crisis(text) is None
