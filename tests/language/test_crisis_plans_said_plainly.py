"""Crises said without a crisis word, or with one mistyped or in dialect, and the
everyday sentences that share their words."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        # A drug a few words after "overdose on" is no treat.
        "planning to overdose on my dad's blood pressure pills this weekend",
        "gonna overdose on my nan's old sleeping tablets",
        # Every one of them tonight, whatever the prescription.
        "Tonight I'm taking all the tablets the GP prescribed me, every last one.",
        "tonight im swallowing every pill the doctor gave me",
        # "myself" mistyped after a verb of killing.
        "i want to kil mysef tonight",
        "gonna kill myslef after work",
        # Jamaican and West African English as said.
        "mi done wid life, mi cyaan tek it",
        "Mi nuh waan wake up tomorrow, mi just waan sleep an done",
        # A rope made ready for oneself.
        "Cows are fed. Rope's hung in the shed ready for me tonight.",
        "the noose is set up ready for me in the garage",
        # The client's own plan, with "el" the article ("él" is someone else).
        "ya tengo el plan para no despertar el domingo",
        # All one had, taken, and waited on.
        "ya me tragué lo que me quedaba y estoy esperando que haga efecto",
        "ya me tome todo lo que junte, las pastillas de mi abuela",
        # No one left to stay for.
        "se fue mi hijo, ya no tengo por quién seguir",
        "ya no tengo para quien vivir",
        # Nothing needed after a day, things given away.
        "regalé mis cosas, no voy a necesitar nada después del viernes",
        "le di mi ropa a mi prima, no voy a necesitar nada después del viernes, será mi "
        "último viaje",
        # The drugs people are prescribed, tonight's every pill, dialect, no one to live for.
        "going to overdose on my seroquel tonight",
        "I'll overdose on my mom's lorazepam, she has loads",
        "2nite im taking all the pills the doctor gave me",
        "me nuh waan fi live nuh more",
        "ya no tengo a nadie por quien vivir",
        # "vivir" spelt with a "b"; Scots and Caribbean "myself".
        "ya no kiero bibir, toy cansada",
        "a want tae kill masel the nicht",
        "gonna kil mi self after the party",
        # Old age makes no will a goodbye when the client is young and says goodbye too.
        "made my will at 28, it's all sorted, goodbye everyone",
    ],
)
def test_said_without_a_crisis_word_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I overdosed on netflix shows this weekend",
        "overdose on sugar again at the party lol",
        "I took all the tablets the doctor gave me and the infection's gone",
        "tell jill myself that the party's off",
        "mi done wid di work fi today, mi tired",
        "mi nuh waan go a school tomorrow, too much rain",
        "the ropes are hung up for me at the climbing gym",
        "rope's hung ready for me to tie the load on the trailer",
        "él ya tiene el plan de irse a vivir a Monterrey",
        "ya me tomé lo que tenía de café y me fui a trabajar",
        "ya me tomé lo que tenía que tomar, la pastilla de la presión",
        "no voy a necesitar nada después del jueves porque me voy de viaje a Guadalajara",
        "después de la operación no voy a necesitar más nada del hospital, dice el doctor",
        # Questions, worries, accidents and safeguards about an overdose.
        "can you overdose on vitamin d tablets? asking because i take 2 a day",
        "my toddler almost overdosed on my iron tablets last year",
        "my nurse explained how easy it is to overdose on over the counter cold medicine",
        "my dad keeps forgetting if he took them and might overdose on his heart meds, so we "
        "bought a dosette",
        # The evening's doses, a course finished.
        "tonight im taking all my evening tablets on time",
        "tonight I'm taking all the meds the GP gave me for the chest infection, last day of "
        "the course",
        # Ropes for work and sport.
        "the tow rope is set up for me in the truck",
        "Rope's ready for me at the ranch for calf roping saturday",
        # A city left, not a life.
        "mi nuh waan live inna Kingston nuh more, too expensive, mi a go move country",
        # What was in the glass, prescribed, a headache; a job or a course left.
        "ya me tomé lo que tenía para el dolor de cabeza, estoy esperando que haga efecto",
        "ya me bebí lo que había en la botella y sigo esperando el camión",
        "ya no tengo por qué seguir en ese trabajo, renuncié hoy",
        "ya no tengo para qué seguir con el curso de inglés, ya aprobé",
        # Nothing needed after a wedding, a treatment, a trip.
        "no voy a necesitar nada después de la boda, ya está todo pagado",
        "me voy de viaje el jueves, así que no voy a necesitar nada después del jueves",
        # Old age, a reassurance, a camp, a show, a console lent, baby clothes, an exam.
        "Updated my will at 74 so the grandkids get the caravan.",
        "Met the funeral director to plan my own funeral at 91, chose the hymns.",
        "I feel like a burden lately but my sister keeps telling me I'm not.",
        "Wrote letters to both kids at summer camp, they get them on the last day.",
        "I'm literally going to die if they end this series on a cliffhanger",
        "Deploying next month. Gave my guitar to my cousin to look after till I'm back, said "
        "my goodbyes at the bbq.",
        "regalé la ropita de bebé de mi hija a mi cuñada, ya no la voy a usar",
        "me tiro por la ventana si repruebo el parcial de química jajaja",
        # "él" after "para" or "después" is still him: a grandfather's wish, in the past.
        "mi abuelo tiene 97 años y para él ya quería morir en su casa",
        "después él quería morir en su pueblo, luego cambió de opinión",
    ],
)
def test_the_everyday_sentences_sharing_those_words_are_not(text: str) -> None:
    assert detect_crisis(text) is None
