"""Words spelled out letter by letter beside one-letter words, and excuses that
must not fire in the squeezed reading: crises found, everyday texts left alone."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        # a one-letter word after the spelled word ("a", "y", "i")
        "b o u g h t a rope today",
        "d o w n e d a bottle of pills with gin an hour ago",
        "estoy en la a z o t e a y voy a saltar",
        "me imagino s a l t a n d o a las vias y cada vez tengo mas ganas",
        # a one-letter word before it, at the start of the message or of a clause
        "i w a n n a be dead",
        "im not ok, i w a n t to die",
        # one on each side
        "I w i s h I was dead",
        "by the t i m e u read this ill be gone for good, i took all my pills",
        # the old readings still work: the "a" of "voy a" is not a letter of "matar"
        "me voy a m a t a r",
        "quiero a h o r c a r m e",
    ],
)
def test_a_spelled_word_beside_a_one_letter_word_is_read(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # "pero" (but) is the squeezed form of "perro" (dog): the dog's excuse must
        # not fire on "but" when the message is read with its letters squeezed.
        "no le digas a nadie pero me estoy c o r t a n d o",
        "ya lo sabes pero me estoy c0rtando otra vez",
        "lo intenté, pero me quiero cortaaar",
    ],
)
def test_an_excuse_that_collides_when_squeezed_does_not_excuse(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "mi p e r r o se murio hace años, ya lo superamos",
        "me corté el pelo, q u e d ó horrible jaja",
        "the u r g e to hurt myself didn't show up at all this week",
        "my cat is a b s o l u t e l y killing me with the 5am wake ups lol",
        "hoy fui a la p l a y a con mis primos, estuvo bonito",
    ],
)
def test_everyday_texts_with_a_spelled_word_stay_quiet(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a pause inside the phrase: an ellipsis, a dash
        "i want to... die",
        "me quiero… morir",
        "i just want to - die",
        # a word to a sentence
        "I. Want. To. Die.",
        "Me. Quiero. Morir.",
        # "2" for "to"
        "i want 2 die",
        # a letter doubled where no word doubles it
        "i want to diie",
        "me quiero matarr",
    ],
)
def test_a_phrase_broken_by_pauses_or_misspelt_by_a_doubled_letter_is_read(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "You asked if I ever want to die. No. Just tired.",
        "ok. bye. see you tomorrow.",
        "kill. me. now. this meeting lol",
        "laughed so hard i nearly died, wine came out my nose",
        "me voy a comerr todo el pastel jaja",
        "see you soon... love you",
    ],
)
def test_everyday_texts_with_pauses_and_short_sentences_stay_quiet(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a whole sentence spelled out: joined, it is one word no rule reads
        "w a n t t o d i e",
        "i w a n t t o k i l l m y s e l f",
        "y a n o q u i e r o v i v i r",
        "m e v o y a m a t a r h o y",
        "ok so i m g o i n g t o e n d i t t o n i g h t",
        "i.w.a.n.t.t.o.d.i.e",
        "i w a n n a d i e",
        "n o q u i e r o s e g u i r v i v i e n d o",
        "e s t a n o c h e m e m a t o",
        "q u i e r o m a t a r m e",
    ],
)
def test_a_whole_sentence_spelled_out_is_read_word_by_word(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "h a p p y b i r t h d a y m o m",
        "i w a n t t o d y e m y h a i r",
        "t e a m o m a m a",
        "s o o o o b o r e d",
        # a split that drops the "no" ("i do nt want") or breaks a word is not read
        "i d o n t w a n t t o d i e",
        "i m n o t g o i n g t o k i l l m y s e l f",
        "n o m e q u i e r o m o r i r",
        "i n e e d t o d i e t a f t e r x m a s",
    ],
)
def test_an_everyday_sentence_spelled_out_stays_quiet(text: str) -> None:
    assert detect_crisis(text) is None


def test_without_word_lists_nothing_is_split(monkeypatch: pytest.MonkeyPatch) -> None:
    from shared.language.crisis import spelled

    monkeypatch.setattr(spelled, "english_words", lambda: None)
    monkeypatch.setattr(spelled, "spanish_words", lambda: None)
    assert spelled.spelled_apart("i w a n t t o d i e") == ()


@pytest.mark.parametrize(
    "text",
    [
        # words typed with no space between them: one long word no rule reads
        "mequieromatarya",
        "iwanttokillmyself",
        "estanochemetomotodaslaspastillas",
        "imgonnaenditalltonight",
        "ok bye. mequieromorir",
        # with a digit for a letter as well
        "iwanttok1llmyself",
        "mequier0m0r1r",
        "iwantt0d1e tonight",
        "yanoaguantomas mevoyacolgar",
        "cutmyself",
        "mekieromatar",
    ],
)
def test_words_run_together_are_read_apart(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "happybirthdaymom",
        "iwanttodyemyhair",
        "nomequieromorir, solo estoy cansada",
        "hoy estuve chambeando y bien, tranquilo",
        # an inflection the word lists lack, or a compound, is one word, not two
        "autocorrect changed my message to my boss, i want to die lol",
        "me preguntaron en el hospital si quería hacerme daño: nunca.",
        # a less likely split ("del a risa") never outweighs the laugh of the likeliest
        "mequieromorirdelarisa",
        "thankyousomuch",
    ],
)
def test_everyday_words_run_together_stay_quiet(text: str) -> None:
    assert detect_crisis(text) is None


def test_a_long_run_of_letters_is_left_whole() -> None:
    from shared.language.crisis.spelled import run_together

    assert run_together("mequieromatar" * 100) == ()
    assert run_together("hola mequieromatar")[0] == "hola me quiero matar"
