"""What crisis triage is made of: categories, the signal, and a language's lexicon of rules."""

from __future__ import annotations

from dataclasses import dataclass, replace

SUICIDAL_IDEATION = "suicidal_ideation"
SELF_HARM = "self_harm"
OVERDOSE = "overdose"

# The languages a crisis can be recognised in (ISO 639-1, as a client setting will be).
ENGLISH = "en"
SPANISH = "es"


@dataclass(frozen=True)
class CrisisSignal:
    """Which kind of risk was recognised, and in which language; holds no client text."""

    category: str
    # The language the crisis was written in: it chooses the fixed reply's language.
    language: str = ENGLISH


@dataclass(frozen=True)
class Rule:
    category: str
    pattern: str
    # A match followed by one of these is everyday speech, not risk.
    benign_after: str | None = None
    # A match preceded (in its clause) by one of these is someone else acting on
    # the client: "el calor va a matarme" is the heat, not the client.
    benign_before: str | None = None
    negatable: bool = True
    other_subject_guard: bool = False
    # False when letters squeezed to one ("to od" from "too odd") make it misfire.
    read_disguised: bool = True
    # True for the wishes people also say of a spilled coffee ("me quiero
    # morir"): benign when the message names a trivial mishap and nothing earnest.
    hyperbole_prone: bool = False
    # Words one of which a sentence must hold for the rule to be tried at all;
    # rules that share it are skipped together with one scan (see _TRIGGERS).
    needs: str | None = None
    # A rule of the net (crisis vocabulary read broadly): it never flags words
    # a more specific rule has already read and found benign ("no quiero
    # morir", "me muero de risa" are judged by the rule written for them).
    net: bool = False


def rule(
    category: str,
    pattern: str,
    benign_after: str | None = None,
    benign_before: str | None = None,
    **flags: bool,
) -> Rule:
    return Rule(category, pattern, benign_after, benign_before, **flags)


def needing(words: str, rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rules, each tried only in a sentence holding one of ``words``."""
    return tuple(replace(each, needs=words) for each in rules)


@dataclass(frozen=True)
class Lexicon:
    """One language's rules, and the guards that read them in that language."""

    language: str
    rules: tuple[Rule, ...]
    triggers: str
    negation_before: str
    none_of_before: str
    other_subject_before: str
    over_now_after: str
    clause_break: str
    # A mishap or an embarrassment ("se me cayó el café", "qué oso") that a
    # hyperbole-prone wish is about, and the words that make any wish earnest
    # again ("no es broma", "ya no aguanto").
    trivial_cause: str | None = None
    earnest: str | None = None
    # Kinds of goodbye ("perdón por todo", "los quiero", "cuiden a mi perro"),
    # each a named group: two kinds in one message are a goodbye message.
    farewell: str | None = None
    # Kinds that count only beside a weightier one: a message is a goodbye when two of
    # its kinds are outside ``lesser_kinds``, or two are outside ``courtesy_kinds``
    # ("thanks", "love you", a weak sign) and one of those is outside both. "ya no
    # siento nada" after the dentist beside "gracias x todo" is no goodbye; beside
    # "tengo clarito lo que voy a hacer esta noche" it is.
    lesser_kinds: frozenset[str] = frozenset()
    courtesy_kinds: frozenset[str] = frozenset()
    # A question put to the client or a form's item, or a wish put in the past,
    # read in the clause before a match ("the nurse asked if", "i used to"): such
    # a match is benign when it is answered no, in its own sentence
    # (``answered_no_after``: "and i said no") or by the whole of the next one
    # (``denial_sentence``: "Honestly, no, never." / "Not anymore.").
    asked_or_past_before: str | None = None
    answered_no_after: str | None = None
    denial_sentence: str | None = None
    # A trifle put up with once more, read before any rule's match: "if i have to sit
    # through one more zoom im gonna jump off a cliff", "si me vuelven a poner reguetón
    # me tiro por la ventana". Never another day or night of living.
    trifle_before: str | None = None
