"""Barriers: whether a noticing says the practice did not happen, or what got
in the way. A barrier is material for the session, never a grade."""

from __future__ import annotations

import re

from shared.language.cues.lexicon import stem, word_set
from shared.language.text import normalise

_NEGATED_ACTION = re.compile(
    r"\b(?:didnt|did not|couldnt|could not|cant|can not|cannot|havent|have not|hadnt|"
    r"wasnt able to|was not able to|werent able to|not able to|unable to|never got to|"
    r"never got round to|never got around to|never managed to|didnt manage to|"
    r"didnt get to|didnt get a chance to|didnt have time to|no chance to)"
    r"(?:\s+(?:even|really|actually|quite|just|always))?\s+(\w+)(?:\s+(\w+))?"
)
# Verbs after "didn't"/"couldn't" that describe a symptom, a feeling, or the
# pattern itself not firing ("I didn't yell!"), not the practice being missed.
_NOT_A_PRACTICE = word_set(
    """
    breathe breath catch sleep stop believe wait help focus concentrate think stand bear
    tell see eat swallow move speak talk calm relax switch expect realise realize know
    mean mind need yell shout snap scream cry panic react freak notice care hear
    remember understand face fall
    """
)
_NOT_A_PRACTICE_STEMS = frozenset(stem(word) for word in _NOT_A_PRACTICE)
_BARRIER_PHRASES = re.compile(
    r"\b(?:forgot|forget|forgetting|slipped my mind|got in the way|gets in the way|"
    r"get in the way|getting in the way|no time\b(?! at all)|ran out of time|out of time|"
    r"too (?:tired|busy|exhausted|wiped|knackered|drained|late)|"
    r"too (?:scared|anxious|nervous|embarrassed|overwhelmed|ashamed|stressed|upset|"
    r"angry|wound up|worked up|lazy|low|sad|down|flat) to\b|"
    r"never got to|gave up|give up|didnt bother|didnt try|had no chance|"
    r"put it off|putting it off|blew it off|avoided|avoiding)"
)
_SKIPPED = re.compile(r"\b(?:skip|skipped|skipping)\s+(?:the\s+|my\s+)?(\w+)")

# Spanish, read for every client as crisis language is (people switch languages):
# "no pude hacer la respiración xq...", "no hice la pausa", "se me olvidó".
# Text arrives folded: lower case, accents dropped ("olvido" is "olvidó").
_NEGATED_ACTION_ES = re.compile(
    r"\b(?:no|ni|nunca)\s+(?:me\s+|te\s+|se\s+)?(?:pude|pudo|pudimos|alcance|"
    r"alcanzo|logre|logro|consegui|hice|hizo|he hecho|hice lo de|tuve chance de|tuve como|"
    r"quise|intente|intento)\s+(?:ni\s+)?(?:a\s+)?(\w+)(?:\s+(\w+))?"
)
# After "no pude": a symptom or the pattern itself ("no pude dormir", "no pude
# parar de llorar"), not the practice left undone.
_NOT_A_PRACTICE_ES = word_set(
    """
    dormir respirar parar dejar evitar aguantar creer comer tragar pensar hablar
    concentrarme concentrar calmarme calmar controlarme controlar moverme mover
    ver oir decir contestarle gritar llorar reaccionar entender olvidar
    nada mas mucho bien
    """
)
_BARRIER_PHRASES_ES = re.compile(
    r"\b(?:se me olvido|se me olvida|se me olvidaron|se me paso|me olvide|olvide|"
    r"no me acorde|ni me acorde|no me dio tiempo|no tuve tiempo|sin tiempo para|"
    r"no hubo tiempo|no me alcanzo el tiempo|no tuve ganas|no me dieron ganas|"
    r"me dio flojera|me dio pereza|me gano la flojera|me gano la pereza|"
    r"lo deje para despues|lo deje para manana|lo pospuse|lo evite|me rendi|"
    r"me estorbo|se metio en medio|"
    r"(?:demasiado|muy|bien|re) (?:cansad[oa]|ocupad[oa]|agotad[oa]|nervios[oa]|"
    r"ansios[oa]|triste|enojad[oa]|bajonead[oa]) (?:para|como para)\b|"
    r"me salte (?:la|el|mi|lo de) (?:practica|ejercicio|respiracion|pausa|tarea|rutina|plan))"
)


def _spanish_barrier(plain: str) -> bool:
    if _BARRIER_PHRASES_ES.search(plain):
        return True
    for m in _NEGATED_ACTION_ES.finditer(plain):
        verb = m.group(1)
        if verb not in _NOT_A_PRACTICE_ES and not verb.startswith(("dormir", "respir")):
            return True
    return False


_MEALS = word_set("lunch breakfast dinner tea meal meals supper brunch a")


def _barrier_text(text: str) -> str:
    return normalise(text)


def has_barrier(text: str) -> bool:
    """True when the noticing says the practice did not happen, or what got in the way."""
    plain = _barrier_text(text)
    if "in no time" in plain:
        plain = plain.replace("in no time", "")
    if _BARRIER_PHRASES.search(plain):
        return True
    for m in _NEGATED_ACTION.finditer(plain):
        verb, following = m.group(1), m.group(2) or ""
        if verb == "feel" and following == "like":
            return True  # "didn't feel like it"
        if verb == "have" and following == "to":
            continue  # "didn't have to": nothing was missed
        if verb not in _NOT_A_PRACTICE and stem(verb) not in _NOT_A_PRACTICE_STEMS:
            return True
    if any(m.group(1) not in _MEALS for m in _SKIPPED.finditer(plain)):
        return True
    return _spanish_barrier(plain)
