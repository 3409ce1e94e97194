"""The clinician teaches the tagger, explicitly.

After a clinician adds a cue to a noticing the tagger missed, the console
offers the words that made the difference as a new phrase of that cue
(:func:`suggest_phrase`). Only when the clinician says yes is the phrase added,
as a new version of the practice (:func:`add_phrase`): later texts are tagged
with it, earlier ones are not, unless the clinician also asks to re-tag the
last two weeks (:func:`retag_recent`). Nothing is learnt without that yes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.db.models import Noticing, NoticingKind, NoticingStatus, Practice
from shared.language.cues import Cue, CueMatcher, Tags, tag
from shared.language.cues.lexicon import FUNCTION_WORDS, WEAK_WORDS, stem, tokens
from shared.language.cues.wordnet import base_forms
from shared.noticings.sealing import open_body, open_tags, seal_tags
from shared.noticings.tagging import cues_for, merge_forced
from shared.roster.clients import current_practice, set_practice
from shared.vault.keys import KeyStore
from shared.vault.sealed import NOTICING_FORCED_CUE, OpenedClient

RETAG_DAYS = 14
MAX_PHRASE_WORDS = 6
MAX_PHRASE_CHARS = 80
# Small words that finish a phrasal verb: "zoned out", "shut down", "gave up".
_PARTICLES = frozenset(["out", "up", "down", "off", "over", "away", "back", "in"])


class TeachingError(ValueError):
    """A phrase the practice cannot take; the message says why."""


def suggest_phrase(text: str, cue: Cue) -> str | None:
    """The client's words that made the difference for ``cue``, as a phrase to offer.

    The first word of the noticing that is neither a small word nor already one
    of the cue's words, and that WordNet knows as a noun, verb or adjective
    (so "completely" and "really" are passed over), with the particle or the
    next such word after it: "completely zoned out at tea" gives "zoned out".
    None when nothing is left to offer.
    """
    words = tokens(text)
    known = {stem(w) for part in (cue.label, *cue.phrases) for w in tokens(part)}

    def new_content(word: str) -> bool:
        return (
            word not in FUNCTION_WORDS
            and word not in WEAK_WORDS
            and not word.isdigit()
            and stem(word) not in known
        )

    candidates = [i for i, w in enumerate(words) if new_content(w)]
    if not candidates:
        return None
    start = next((i for i in candidates if base_forms(words[i])), candidates[0])
    phrase = [words[start]]
    if start + 1 < len(words):
        following = words[start + 1]
        if following in _PARTICLES or new_content(following):
            phrase.append(following)
    return " ".join(phrase)


def clean_phrase(phrase: str) -> str:
    """The phrase as it will be stored; raises when it cannot teach anything."""
    cleaned = " ".join(phrase.split())
    if not cleaned:
        raise TeachingError("write the words to add")
    if len(cleaned) > MAX_PHRASE_CHARS or len(cleaned.split()) > MAX_PHRASE_WORDS:
        raise TeachingError(f"a phrase is at most {MAX_PHRASE_WORDS} words")
    if all(w in FUNCTION_WORDS or w in WEAK_WORDS for w in tokens(cleaned)):
        raise TeachingError("a phrase needs at least one word that is not a small word")
    return cleaned


def add_phrase(
    session: Session,
    keys: KeyStore,
    opened: OpenedClient,
    label: str,
    phrase: str,
    *,
    lead_minutes: int,
    actor: str,
) -> Practice:
    """A new practice version: the current one with ``phrase`` added to ``label``'s cue."""
    current = current_practice(session, opened)
    if current is None or label not in {c.label for c in current.cues}:
        raise TeachingError("that cue is not in the current practice")
    cleaned = clean_phrase(phrase)
    cues = []
    for cue in current.cues:
        if cue.label == label:
            if cleaned.casefold() in {p.casefold() for p in (cue.label, *cue.phrases)}:
                raise TeachingError("the cue already has that phrase")
            cue = Cue(cue.label, (*cue.phrases, cleaned))
        cues.append(cue)
    return set_practice(
        session,
        keys,
        opened,
        cues=cues,
        action=current.action,
        carry_back=current.carry_back,
        nothing_this_week=current.nothing_this_week,
        next_session_at=None,  # the session already scheduled stays as it is
        lead_minutes=lead_minutes,
        actor=actor,
    )


@dataclass(frozen=True)
class Retagged:
    looked_at: int
    changed: int


def retag_recent(
    session: Session, opened: OpenedClient, now: datetime, days: int = RETAG_DAYS
) -> Retagged:
    """Tag the last ``days`` of tagged noticings again with the current practice's cues.

    Only the cues (and why) change: intensity, barrier and crisis stay as first
    read, so a re-tag never raises an alert again. A clinician's correction
    stays beside the tags and still wins.
    """
    cues = cues_for(session, opened)
    matcher = CueMatcher(cues, opened.client.language)
    rows = session.execute(
        select(Noticing).where(
            Noticing.client_id == opened.id,
            Noticing.status == NoticingStatus.TAGGED,
            Noticing.received_at >= now - timedelta(days=days),
        )
    ).scalars()
    looked_at = changed = 0
    for row in rows:
        before = open_tags(opened, row)
        if before is None or row.body_enc is None:
            continue
        looked_at += 1
        fresh = tag(open_body(opened, row), matcher, spoken=row.kind == NoticingKind.VOICE)
        fresh = merge_forced(fresh, opened.open_text(NOTICING_FORCED_CUE, row), cues)
        if fresh.cues == before.cues and fresh.why == before.why:
            continue
        seal_tags(
            opened,
            row,
            Tags(fresh.cues, before.intensity, before.barrier, before.crisis, fresh.why),
        )
        changed += 1
    return Retagged(looked_at, changed)
