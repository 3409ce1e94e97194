"""Everyday noticings the crisis rules once flagged, beside the crisis texts that
share their words: anger at someone else, a burn while cooking or making a thing,
dying of anger, a while away, pills sorted into the week's organiser. Each guard
excuses the everyday sense only; a crisis said beside the same words is still read."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis, detect_crisis_by_rules


@pytest.mark.parametrize(
    "text",
    [
        "Mi compañero se robó mi idea en la reunión. Lo quiero ahorcar. Bueno, no literal.",
        "mi hermano me tiene harta, la voy a ahorcar jaja",
        "quiero ahorcarlo por dejar los trastes sucios",
        "la pistola de silicona me quemo el dedo haciendo la maqueta del cole de mi hijo",
        "me quemé la mano haciendo la cena",
        "estoy colapsada, quiero desaparecer aunque sea una tarde",
        "no pasé el examen por dos puntos. Me quiero morir de la rabia.",
        "took all my pills out of the boxes and put them in the new weekly organiser",
    ],
)
def test_everyday_words_are_not_a_crisis(text: str) -> None:
    assert detect_crisis_by_rules(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "me quiero ahorcar",
        "ya quiero ahorcarme, no aguanto",
        "lo quiero ahorcar... no, me quiero ahorcar yo",
        "me quemo los brazos con el encendedor",
        "me quemé el brazo a propósito haciendo la tarea",
        "me volvi a quemar haciendo las marcas con el encendedor",
        "me queme haciendo la cena, a posta",
        "me queme el brazo haciendo la cena porque quise",
        "me quiero morir de tristeza",
        "me quiero morir de la rabia que me tengo, no sirvo para nada",
        "me quiero morir del enojo que me da seguir viva",
        "quiero desaparecer para siempre",
        "quiero desaparecer aunque sea por un momento y que ese momento sea para siempre",
        "quiero desaparecer, irme al monte y no volver nunca",
        "just took all the pills in my weekly organiser at once",
        "took every pill in my dosette box, the whole week",
        "swallowed every pill in my daily dispenser",
        "giving away all my stuff to the thrift store, it's time",
        "never had thoughts of suicide till the divorce",
        "no es que quiera matarme, es que ya tengo todo listo",
        "nunca se me ocurrio matarme hasta esta semana",
        "it's not that i want to die, it's that i'm going to",
    ],
)
def test_the_crisis_said_with_those_words_is_still_read(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "if i have to sit through one more budget meeting im gonna die",
        "if my brother steals my fries one more time i will literally die",
        "i used to wish i wouldnt wake up but i dont feel that way anymore, therapy helped",
        "we made a will now the twins are here, felt very grown up",
        "if the baby wakes up one more time tonight im gonna die lol",
        "wrote letters to the kids for when they go off to uni, keeping them in a shoebox",
        "i overdose on christmas movies every december",
        "totally overdosed on friday night pizza",
        "cutting rn so no pizza for me",
        "im cutting rn and cant stop snacking",
        "im cutting right now, 2000 calories a day till the meet",
    ],
)
def test_a_thing_borne_once_more_a_wish_now_over_and_a_will_for_a_baby_stay_quiet(
    text: str,
) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "if i have one more bad night like this im gonna die, i mean it",
        "if i relapse one more time im going to die and i want to",
        "i wish i wouldnt wake up and i dont feel any different now",
        "i wish i wouldnt wake up, i dont feel that way now, i feel like i should just do it",
        "wrote my will now i got everything ready for tonight",
        "made a will and power of attorney, im ready to go now",
        "wrote letters to my kids to open when its over",
        "ive written letters to my kids for when they are older since i wont be around",
        "i left letters for my kids to open on friday after i do it",
        "planning to overdose on friday when my flatmates away",
        "im going to overdose on mothers day",
        "overdose on sat, its decided",
        "im cutting rn cant stop",
        "im cutting rn theres so much blood",
        "I'm cutting right now",
    ],
)
def test_a_crisis_beside_those_words_is_still_flagged(text: str) -> None:
    assert detect_crisis(text) is not None
