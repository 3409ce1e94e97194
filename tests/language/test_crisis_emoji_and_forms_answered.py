"""Means written as emoji, an overdose typed in leet, pills counted as enough; and a form's
item answered none or a past wish said to be gone, which are no crisis."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis, emoji_said, model_reading
from shared.language.crisis.model import Model


@pytest.mark.parametrize(
    "text",
    [
        # Pills as emoji, counted, and enough.
        "💊💊💊💊 ya las conte, son suficientes 😔 hoy me las tomo 🖤",
        "las pastillas ya las conté, son suficientes",
        # "OD" typed with a zero, in a message typed in leet.
        "g0nna 0D 0n my m3ds t0n1ght",
        # Emoji between the words of a crisis sentence, and emoji rules, read as before.
        "im 🔪 gonna 🔪 kill 🔪 myself 🔪 tonight",
        "bye all 🪦",
        # A none said of someone else, or another none, is not a form answered.
        "ninguna de mis amigas sabe que me quiero matar",
        "none of my friends know I want to die",
        "no marqué nada, pero la verdad me quiero matar",
        # Gone said of hope is the crisis, not its end.
        "I used to want to die. Now the hope is gone.",
        # Being found.
        "Dejé las llaves con el vecino y la puerta sin seguro para que no tengan que "
        "romperla cuando me encuentren.",
        "espero que no sea mi hija la que me encuentre",
    ],
)
def test_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # A form's item answered none.
        "nop, en la escala de hoy no marqué nada de lo de hacerme daño, solo ansiedad",
        "Rated my mood a 3 but none of the wanting to die stuff, just tired and lonely",
        # A past wish, then said to be gone or far behind.
        "hace un año pensaba en no despertar, hoy me acordé y me di cuenta de lo lejos que "
        "estoy de eso. gracias",
        "A couple years ago I used to think about not being here. Realised today those "
        "thoughts are just gone now. Wanted to tell you.",
        "Antes quería morirme. Eso ya quedó atrás.",
        # Pills counted for the week, a zero grade, a flat found, a game.
        "conté las pastillas del pastillero, son suficientes para la semana",
        "scored 0D in the test",
        "avísame cuando me encuentren un departamento",
        "jugamos a las escondidas y cuando me encuentren pierdo",
    ],
)
def test_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


def test_emoji_of_a_means_are_read_as_their_word_in_the_message_language() -> None:
    assert "pastillas" in model_reading("💊💊💊 ya las conté, hoy me las tomo")
    assert "pills" in model_reading("💊💊💊 counted them, taking them tonight")
    # A greeting's wave and laughter's skull are not words of an ending.
    assert emoji_said("hola 👋 jaja 💀💀") == "hola 👋 jaja 💀💀"


@pytest.mark.parametrize(
    "text",
    [
        # A form's items answered no, each on its line or asked and answered.
        "Escala del ánimo hoy: 4/10. Pensamientos de muerte: no. Sueño: mal. Comida: más o menos.",
        "Ánimo: 3. Ansiedad: 8. Ideas de hacerme daño: 0. Ideas de muerte: 0.",
        "Honestly? Tired and grumpy. Suicidal? No. Self harm? No. Just tired and grumpy.",
        "Q: any thoughts of self-harm in the past 2 weeks? A: no. Q: any thoughts you'd be "
        "better off dead? A: no.",
        "Can't lie, mood is in the bin today. But suicidal? Not even close. Just a crap Monday.",
        "No hay autolesión, no hay ideas suicidas, no hay plan. Lo que hay es mucho insomnio.",
        # Asked, and answered no and true, the message ending there; a screening's item.
        "Dr asked if I've had any thoughts of suicide. Said no, and for once it's 100% true.",
        "En el Beck salí moderada pero en el ítem de pensamientos suicidas marqué que no tengo "
        "ningún pensamiento de matarme.",
        "Fui a urgencias por la alergia y me hicieron el tamizaje de suicidio por protocolo.",
        # Asked, and answered no and meant, the message ending there.
        "My partner asked if I was going to hurt myself after the layoff. I said no and meant it.",
        "Mi pareja me preguntó directo si estaba pensando en suicidarme. Le dije que no y es "
        "verdad.",
        # Done instead, years free of it, thoughts that have not come back.
        "Had a bad day and instead of hurting myself I drew for an hour like you suggested.",
        "Quería contarle que tuve un mal día y en vez de cortarme me puse a pintar.",
        "Eight weeks self-harm free!! Got myself a little cake lol",
        "ONE YEAR clean from self harm today!!!",
        "Honestly doc, thoughts of dying haven't come back since summer.",
        "Las ideas de muerte ya no vienen. Ni en las noches malas.",
        "Qué vaina, ayer fue un día malo, pero ni pensé en hacerme daño.",
        "Causa, tranqui pe, ya no pienso en esas cosas de matarme, eso fue en el cole.",
        # A time gone by, and the client well now.
        "I wanted to die at 16. I'm 34 now and so glad I didn't.",
        "Lo que dijo mi mamá de que yo me quería matar es exagerado. Eso fue hace como cinco "
        "años. Hoy estoy en un lugar mucho mejor.",
        "Antes pensaba en tirarme del puente cada vez que pasaba por ahí. Ahora paso y ni me "
        "acuerdo.",
        # Someone lost to it, a subject studied.
        "Our club lost a young lad to suicide at the weekend. Whole parish is in bits.",
        "10 years today since my uncle's suicide. Mum's really struggling.",
        "Estoy haciendo mi tesis sobre autolesiones en adolescentes y me pesa leer tantos casos.",
    ],
)
def test_a_denial_a_form_answered_and_a_time_gone_by_are_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # The answer taken back later, or the wish itself ending in "nunca".
        "Matarme? No. Ya lo decidí.",
        "Suicidal? No. Planning it for tonight.",
        "ojalá me durmiera y no me despertara nunca",
        # A past wish said to be behind, and then more that the model must read.
        "I used to want to die. That's behind me. Now I'm just going to do it.",
        "Back in high school I wanted to die. That's long gone. I'm so tired, I can't do this "
        "anymore.",
        "I used to want to die but at least I had hope. That's long gone.",
        # A form's "hope" answered none.
        "Suicidal thoughts: 0. Hope: 0.",
        # A past wish, well "now", and then a plan.
        "I wanted to die at 16. I'm fine they say. Tonight I'm finishing it.",
        "Antes quería matarme. Ahora estoy tranquila porque ya lo decidí: esta noche.",
        # How it is done is no topic.
        "busqué un artículo sobre cómo matarme sin dolor",
        # Someone close at risk now is a clinician's to hear.
        "my son said he'd rather be dead than go back to school",
        "Mi papá dice todo el tiempo que se quiere morir.",
    ],
)
def test_the_same_words_taken_back_or_about_someone_at_risk_are_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # Someone else's suicide, and the client following on.
        "My uncle's suicide wrecked me. I've been thinking about following him.",
        "My mum's overdose was an accident. Mine won't be.",
        # "I said no" for a reason, a lie told.
        "The nurse asked if I still want to kill myself. I said no so they'd discharge me.",
        "Me preguntaron si me quería matar. Le dije que no para que me dieran el alta.",
        # What was to live for, gone.
        "I used to want to die. Wanting to live, that's long gone.",
        # A "well now" that is no recovery.
        "She asked if I still want to kill myself. I'm good at hiding it.",
        "Intenté matarme hace un año y ahora estoy tranquila porque esta vez ya tengo todo listo.",
        # Clean, then a relapse; instead, then elsewhere.
        "Eight weeks self-harm free until last night.",
        "Un año libre de autolesiones y anoche volví a recaer.",
        "Instead of cutting my arms I've started on my thighs where nobody looks.",
        "I was clean from self harm for two years. Tonight I'm not sure I can hold on.",
        # A denial, then a plan or nothing left.
        "Ya no me dan esas ganas de matarme. Ahora quiero algo definitivo.",
        "Zero suicidal thoughts. Just a plan.",
        "Thoughts of suicide? No. Thoughts of not waking up? Every night.",
        "¿Ideas de suicidio? No. ¿Ganas de vivir? Ninguna.",
        "None of the suicidal stuff I told you was a joke.",
        "No marqué nada de lo de matarme para que no me internaran.",
        # A comparison is no "none", a topic with the client's own wish.
        "No hay suicidio más fácil que con las pastillas de mi mamá, ya las tengo.",
        "I want to talk about suicide because I think about it every day.",
        "Me hicieron el tamizaje de suicidio y salió positivo, alto riesgo.",
        "Clean from self harm for a year and I've never wanted to die more.",
        # Cuts counted by a phrase of quantity.
        "Me hice una serie de cortes en el brazo anoche.",
    ],
)
def test_a_denial_taken_back_or_followed_by_the_clients_own_wish_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "gonna 0D on netflix this weekend lol",
        "Las 💊 del perro ya las conté, son suficientes.",
        "Pensamientos de muerte: ninguno.",
        "I used to want to die. That's long gone. Thanks.",
        "My sister-in-law overdosed in March but she's in rehab and doing well.",
        "After my overdose I was in hospital for a week. I'm doing well now.",
    ],
)
def test_the_everyday_or_done_with_stays_unflagged(text: str) -> None:
    assert detect_crisis(text) is None


def test_the_model_reads_the_sentences_that_say_no_death_outright() -> None:
    # The rules read "murió"; the model reads what follows it.
    assert Model.readable("mi abuela murio. ya voy pa donde ella, tengo las pastillas.") == (
        "ya voy pa donde ella, tengo las pastillas"
    )
    assert Model.readable("me quiero morir. me quiero matar") == ""
    assert detect_crisis(
        "Mi abuela murió y era lo único que me quedaba. Ya voy pa donde ella, tengo las "
        "pastillas. Dígale a mi tía que gracias por todo."
    )
