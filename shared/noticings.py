"""What happens to a client's message: triage, keywords, storage, tagging.

Pure domain code: the intake view hands over validated fields and sends back
whatever reply this module decides; the worker calls :func:`tag_stored`.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from enum import Enum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared import alerts, practice_text
from shared.config import Settings
from shared.crisis import detect_crisis
from shared.cues import Cue, Tags, tag
from shared.db.models import (
    AlertStatus,
    Client,
    ClientStatus,
    Noticing,
    NoticingKind,
    NoticingStatus,
    new_id,
    utcnow,
)
from shared.defaults import UNDO_WINDOW
from shared.keys import ClientGone, KeyStore
from shared.roster import current_practice, find_client_by_phone, set_status
from shared.sealed import (
    NOTICING_BODY,
    NOTICING_CORRECTED_CUES,
    NOTICING_FORCED_CUE,
    NOTICING_TAGS,
    OpenedClient,
)

log = logging.getLogger(__name__)

STOP_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"}
START_WORDS = {"START", "UNSTOP", "YES", "OPTIN"}
HELP_WORDS = {"HELP", "INFO"}
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*(?:[.):\-]\s*|\s+|$)(.*)$", re.DOTALL)


class Outcome(Enum):
    STORED = "stored"
    DUPLICATE = "duplicate"
    KEYWORD = "keyword"
    UNKNOWN_SENDER = "unknown_sender"
    EMPTY = "empty"


@dataclass
class SmsResult:
    """What intake should answer, and which jobs to enqueue after commit."""

    outcome: Outcome
    reply: str
    noticing_id: str | None = None
    crisis: bool = False
    enqueue_tag: list[str] = field(default_factory=list)
    enqueue_alert: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IncomingSms:
    message_sid: str
    sender: str
    body: str
    num_media: int = 0
    opt_out_type: str | None = None


def keyword_of(body: str) -> str:
    """The whole message as one bare upper-case word, or "" (so "stop it" is a noticing)."""
    word = body.strip().strip(".!").upper()
    return word if word.isalpha() else ""


def receive_sms(
    session: Session, keys: KeyStore, settings: Settings, sms: IncomingSms
) -> SmsResult:
    """Decide and store; the caller commits, then enqueues what the result lists."""
    crisis = detect_crisis(sms.body) is not None
    client = find_client_by_phone(session, keys, sms.sender)
    if client is None:
        # Crisis resources go to anyone; nothing else about the service is revealed.
        reply = settings.crisis_reply if crisis else settings.unknown_reply
        return SmsResult(Outcome.UNKNOWN_SENDER, reply, crisis=crisis)
    existing = _by_sid(session, sms.message_sid)
    if existing is not None:
        return SmsResult(
            Outcome.DUPLICATE, _reply_for(settings, client, crisis), existing.id, crisis=crisis
        )
    if not crisis:
        keyword_reply = _handle_keyword(session, keys, settings, client, sms)
        if keyword_reply is not None:
            return SmsResult(Outcome.KEYWORD, keyword_reply)
    if not sms.body.strip() and sms.num_media == 0:
        return SmsResult(Outcome.EMPTY, "That message came through empty. Nothing was saved.")
    return _store(session, keys, settings, client, sms, crisis)


def _reply_for(settings: Settings, client: Client, crisis: bool) -> str:
    if crisis:
        return settings.crisis_reply
    if client.status == ClientStatus.OPTED_OUT:
        return ""
    return settings.ack_reply


def _by_sid(session: Session, sid: str) -> Noticing | None:
    return session.execute(select(Noticing).where(Noticing.source_sid == sid)).scalar_one_or_none()


def _handle_keyword(
    session: Session, keys: KeyStore, settings: Settings, client: Client, sms: IncomingSms
) -> str | None:
    word = keyword_of(sms.body)
    opt = (sms.opt_out_type or "").upper()
    if opt == "STOP" or word in STOP_WORDS:
        set_status(session, client, ClientStatus.OPTED_OUT)
        return ""  # Twilio confirms opt-outs itself; after STOP we send nothing.
    if opt == "START" or word in START_WORDS:
        set_status(session, client, ClientStatus.ACTIVE)
        return "You're back on. Text what you notice, when you notice it."
    if opt == "HELP" or word in HELP_WORDS:
        return settings.help_reply if client.status != ClientStatus.OPTED_OUT else ""
    if client.status == ClientStatus.OPTED_OUT:
        return None
    if word == "CUES":
        return _cue_list(session, keys, client)
    if word == "UNDO":
        return _undo_last(session, client)
    return None


def _cue_list(session: Session, keys: KeyStore, client: Client) -> str:
    practice = current_practice(session, keys.open_client(session, client))
    return practice_text.cue_list(practice.cues if practice is not None else ())


def _undo_last(session: Session, client: Client) -> str:
    last = session.execute(
        select(Noticing)
        .where(Noticing.client_id == client.id, Noticing.kind == NoticingKind.SMS)
        .order_by(Noticing.received_at.desc())
        .limit(1)
    ).scalar_one_or_none()
    if last is None or utcnow() - last.received_at > UNDO_WINDOW:
        return "There is no message from the last 15 minutes to remove."
    if last.crisis:
        return "That message can't be removed here. Please talk to your clinician about it."
    session.delete(last)
    return "Removed your last message."


def _forced_cue(session: Session, opened: OpenedClient, body: str) -> str | None:
    """A reply starting with a cue's number (after CUES) tags that cue."""
    match = _NUMBERED.match(body)
    if match is None:
        return None
    practice = current_practice(session, opened)
    number = int(match.group(1))
    if practice is None or not 1 <= number <= len(practice.cues):
        return None
    return practice.cues[number - 1].label


def _store(
    session: Session,
    keys: KeyStore,
    settings: Settings,
    client: Client,
    sms: IncomingSms,
    crisis: bool,
) -> SmsResult:
    noticing = Noticing(
        id=new_id(),
        client_id=client.id,
        kind=NoticingKind.SMS,
        source_sid=sms.message_sid,
        status=NoticingStatus.RECEIVED,
        num_media=sms.num_media,
        crisis=False,
        crisis_reply_sent=crisis,
        crisis_alert=AlertStatus.NONE,
    )
    if crisis:
        alerts.raise_alert(noticing)
    opened = keys.open_client(session, client)
    forced = _forced_cue(session, opened, sms.body)
    # Stored exactly as sent: emoji, RTL and control characters included.
    # The id is ours, so the row is sealed before its one INSERT.
    opened.seal(NOTICING_BODY, noticing, sms.body)
    if forced:
        opened.seal(NOTICING_FORCED_CUE, noticing, forced)
    try:
        with session.begin_nested():
            session.add(noticing)
    except IntegrityError:
        # A redelivery raced us to the unique MessageSid: same answer, nothing new.
        existing = _by_sid(session, sms.message_sid)
        return SmsResult(
            Outcome.DUPLICATE,
            _reply_for(settings, client, crisis),
            existing.id if existing else None,
            crisis=crisis,
        )
    return SmsResult(
        Outcome.STORED,
        _reply_for(settings, client, crisis),
        noticing.id,
        crisis=crisis,
        enqueue_tag=[noticing.id],
        enqueue_alert=[noticing.id] if crisis else [],
    )


# --- tagging (worker side) ---------------------------------------------------


def open_body(opened: OpenedClient, noticing: Noticing) -> str:
    return opened.open_text(NOTICING_BODY, noticing) or ""


def open_tags(opened: OpenedClient, noticing: Noticing) -> Tags | None:
    raw = opened.open_text(NOTICING_TAGS, noticing)
    if raw is None:
        return None
    fields = json.loads(raw)
    return Tags(tuple(fields["cues"]), fields["intensity"], fields["barrier"], fields["crisis"])


def open_corrected_cues(opened: OpenedClient, noticing: Noticing) -> tuple[str, ...] | None:
    """The cues a clinician corrected this noticing to; None when never corrected."""
    raw = opened.open_text(NOTICING_CORRECTED_CUES, noticing)
    return None if raw is None else tuple(json.loads(raw))


def seal_corrected_cues(opened: OpenedClient, noticing: Noticing, cues: tuple[str, ...]) -> None:
    opened.seal(NOTICING_CORRECTED_CUES, noticing, json.dumps(list(cues)))


def seal_tags(opened: OpenedClient, noticing: Noticing, tags: Tags) -> None:
    opened.seal(NOTICING_TAGS, noticing, json.dumps(tags.as_dict()))


def cues_for(session: Session, opened: OpenedClient) -> tuple[Cue, ...]:
    practice = current_practice(session, opened)
    return practice.cues if practice else ()


def merge_forced(tags: Tags, forced: str | None, cues: tuple[Cue, ...]) -> Tags:
    """Add an explicitly chosen cue, keeping the cue set's order."""
    if not forced or forced in tags.cues:
        return tags
    chosen = set(tags.cues) | {forced}
    ordered = tuple(c.label for c in cues if c.label in chosen)
    return Tags(ordered or (forced,), tags.intensity, tags.barrier, tags.crisis)


def tag_stored(session: Session, keys: KeyStore, noticing_id: str) -> str:
    """received -> tagged, for texts (voice notes are tagged as they are transcribed)."""
    noticing = session.get(Noticing, noticing_id, with_for_update=True)
    if noticing is None:
        return "gone"
    if noticing.status != NoticingStatus.RECEIVED:
        return f"skipped:{noticing.status}"
    client = session.get(Client, noticing.client_id)
    if client is None:
        return "gone"
    try:
        opened = keys.open_client(session, client)
    except ClientGone:
        return "gone"
    cues = cues_for(session, opened)
    tags = tag(open_body(opened, noticing), cues)
    tags = merge_forced(tags, opened.open_text(NOTICING_FORCED_CUE, noticing), cues)
    seal_tags(opened, noticing, tags)
    if tags.crisis:
        alerts.raise_alert(noticing)
    noticing.status = NoticingStatus.TAGGED
    noticing.tagged_at = utcnow()
    return NoticingStatus.TAGGED
