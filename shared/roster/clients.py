"""Clinicians, clients and practices: enrolment and the sealed fields they carry."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import phonenumbers
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from shared.db.models import (
    BriefHtml,
    BriefPdf,
    BriefStatus,
    Call,
    Client,
    ClientKey,
    ClientStatus,
    Clinician,
    Noticing,
    NoticingKind,
    OutboundMessage,
    Practice,
    SafetyPlan,
    TherapySession,
    utcnow,
)
from shared.kernel.defaults import CLIENT_LANGUAGE
from shared.kernel.timeutil import zone
from shared.language.catalogue import LANGUAGES, is_language
from shared.language.cues import Cue
from shared.vault import audit
from shared.vault.keys import KeyStore
from shared.vault.sealed import (
    CLIENT_NAME,
    CLIENT_PHONE,
    PRACTICE_ACTION,
    PRACTICE_CARRY_BACK,
    PRACTICE_CUES,
    OpenedClient,
)

DEFAULT_REGION = "US"


class RosterError(ValueError):
    """A clear, user-facing reason an enrolment step was refused."""


class PhoneInUse(RosterError):
    """The number is already a client's (of this clinician or another)."""


def normalise_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    """Return E.164 for a number typed or sent in any usual format."""
    text = (raw or "").strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise RosterError("not a phone number") from None
    if not phonenumbers.is_possible_number(number):
        raise RosterError("not a possible phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# What SMTP's dot-atom allows in a local part without quoting.
_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")


def normalise_email(raw: str) -> str:
    """A clinician address SMTP can carry: ASCII local part, IDNA (A-label) domain.

    Briefs and alerts are sent without SMTPUTF8, so a non-ASCII local part
    could never be delivered: it is refused here, at enrolment, with a reason,
    instead of failing a crisis alert later. International domains are kept in
    their ASCII form (``xn--``), which every SMTP server accepts.
    """
    text = (raw or "").strip()
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        raise RosterError(f"{text!r} is not an email address (name@domain)")
    if not local.isascii():
        raise RosterError(
            f"{text!r}: the part before @ has non-ASCII characters, which this "
            "service's mail (SMTP without SMTPUTF8) cannot carry; use an ASCII address"
        )
    if not _LOCAL_PART.fullmatch(local) or len(local) > 64:
        raise RosterError(f"{text!r}: the part before @ is not a plain mailbox name")
    try:
        ascii_domain = domain.rstrip(".").encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise RosterError(f"{text!r}: {domain!r} is not a valid domain name") from None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.fullmatch(label) for label in labels):
        raise RosterError(f"{text!r}: {domain!r} is not a valid domain name")
    return f"{local.lower()}@{ascii_domain}"


_DOMAIN_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")


@dataclass(frozen=True)
class PracticeView:
    """A practice, opened."""

    id: str
    version: int
    cues: tuple[Cue, ...]
    action: str | None
    carry_back: str | None
    nothing_this_week: bool
    next_session_at: datetime | None


def add_clinician(
    session: Session, *, name: str, email: str, certificate_pem: bytes | None
) -> Clinician:
    email = normalise_email(email)
    if session.execute(select(Clinician).where(Clinician.email == email)).first():
        raise RosterError(f"a clinician with email {email} already exists")
    clinician = Clinician(name=name.strip(), email=email, certificate_pem=certificate_pem)
    session.add(clinician)
    session.flush()
    return clinician


def clinician_by_email(session: Session, email: str) -> Clinician:
    try:
        address = normalise_email(email)
    except RosterError:
        raise RosterError(f"no clinician with email {email}") from None
    found = session.execute(
        select(Clinician).where(Clinician.email == address)
    ).scalar_one_or_none()
    if found is None:
        raise RosterError(f"no clinician with email {email}")
    return found


def add_client(
    session: Session,
    keys: KeyStore,
    *,
    clinician: Clinician,
    phone: str,
    name: str,
    timezone: str = "UTC",
    status: ClientStatus = ClientStatus.ACTIVE,
    actor: str | None = None,
    language: str = CLIENT_LANGUAGE,
) -> Client:
    e164 = normalise_phone(phone)
    zone(timezone)
    check_language(language)
    index = keys.phone_index(session, e164)
    if session.execute(select(Client.id).where(Client.phone_index == index)).first():
        raise PhoneInUse("a client with this phone number already exists")
    client = Client(
        clinician_id=clinician.id,
        phone_index=index,
        timezone=timezone,
        status=status,
        language=language,
        phone_enc=b"",
        name_enc=b"",
    )
    session.add(client)
    session.flush()
    opened = OpenedClient(client, keys.create_client_key(session, client.id))
    opened.seal(CLIENT_PHONE, client, e164)
    opened.seal(CLIENT_NAME, client, name.strip())
    session.flush()
    audit.record(
        session,
        actor=actor or audit.current_actor(),
        action="client.enrolled",
        subject_type="client",
        subject_id=client.id,
        detail=f"clinician {clinician.id}; status {status}; language {language}",
        keys=keys,
    )
    return client


def find_client_by_phone(session: Session, keys: KeyStore, phone: str) -> Client | None:
    try:
        e164 = normalise_phone(phone)
    except RosterError:
        return None
    index = keys.phone_index(session, e164)
    return session.execute(select(Client).where(Client.phone_index == index)).scalar_one_or_none()


def get_client(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise RosterError(f"no client with id {client_id}")
    return client


def set_status(
    session: Session,
    client: Client,
    status: ClientStatus | str,
    *,
    actor: str = "client:keyword",
    keys: KeyStore | None = None,
) -> None:
    """Change a client's status, audited. The default actor is the client (STOP, START...)."""
    try:
        status = ClientStatus(status)
    except ValueError:
        raise RosterError(f"status must be one of {', '.join(ClientStatus)}") from None
    if client.status != status:
        audit.record(
            session,
            actor=actor,
            action="client.status_changed",
            subject_type="client",
            subject_id=client.id,
            detail=f"{client.status} -> {status}",
            keys=keys,
        )
        client.status = status
        client.status_changed_at = utcnow()


def check_language(language: str) -> None:
    """Refuse a language Carryback has no catalogue for (it could not write to the client)."""
    if not is_language(language):
        raise RosterError(f"language must be one of {', '.join(LANGUAGES)}")


def set_language(
    session: Session,
    client: Client,
    language: str,
    *,
    actor: str = "client:keyword",
    keys: KeyStore | None = None,
) -> bool:
    """Change the language a client is written to in, audited; False when it already was.

    The default actor is the client (ESPAÑOL, ENGLISH); the console and the CLI
    name the clinician.
    """
    check_language(language)
    if client.language == language:
        return False
    audit.record(
        session,
        actor=actor,
        action="client.language_changed",
        subject_type="client",
        subject_id=client.id,
        detail=f"{client.language} -> {language}",
        keys=keys,
    )
    client.language = language
    return True


@dataclass(frozen=True)
class DeletedClient:
    """What a deleted client leaves outside the database, to be removed there too.

    Row ids name their queued jobs in Redis; sids name their messages and
    recordings at Twilio. None of these is client material.
    """

    client_id: str
    noticing_ids: tuple[str, ...]
    session_ids: tuple[str, ...]
    message_sids: tuple[str, ...]
    recording_sids: tuple[str, ...]


def deleted_client_traces(session: Session, client_id: str) -> DeletedClient:
    """The ids and sids a client's deletion must also clear from Redis and Twilio."""
    get_client(session, client_id)
    noticings = session.execute(
        select(Noticing.id, Noticing.kind, Noticing.source_sid).where(
            Noticing.client_id == client_id
        )
    ).all()
    sessions = session.execute(
        select(TherapySession.id).where(TherapySession.client_id == client_id)
    ).scalars()
    # What Carryback texted the client is theirs too: the practice in their words,
    # the safety plan with its names and numbers. Twilio keeps each body until deleted.
    sent = session.execute(
        select(OutboundMessage.twilio_sid).where(
            OutboundMessage.client_id == client_id, OutboundMessage.twilio_sid.is_not(None)
        )
    ).scalars()
    return DeletedClient(
        client_id=client_id,
        noticing_ids=tuple(row.id for row in noticings),
        session_ids=tuple(sessions),
        message_sids=(
            *(r.source_sid for r in noticings if r.kind == NoticingKind.SMS),
            *(sid for sid in sent if sid),
        ),
        recording_sids=tuple(r.source_sid for r in noticings if r.kind == NoticingKind.VOICE),
    )


def delete_client(session: Session, client_id: str) -> DeletedClient:
    """Delete a client, their rows, and their data key (crypto-shredding).

    Rows are deleted explicitly, not only by cascade, so the outcome does not
    depend on the database enforcing foreign keys. Returns what must also be
    removed outside the database (:mod:`shared.delivery.shred` does that).
    """
    traces = deleted_client_traces(session, client_id)
    kept = (BriefHtml, BriefPdf)  # a sent brief's copies, each sealed under the client's key
    for table in (*kept, Noticing, Call, Practice, SafetyPlan, TherapySession, ClientKey):
        session.execute(delete(table).where(table.client_id == client_id))
    session.execute(delete(Client).where(Client.id == client_id))
    return traces


def set_practice(
    session: Session,
    keys: KeyStore,
    client: Client | OpenedClient,
    *,
    cues: list[Cue],
    action: str | None,
    carry_back: str | None,
    nothing_this_week: bool,
    next_session_at: datetime | None,
    lead_minutes: int,
    actor: str | None = None,
) -> Practice:
    """Add a new version of the client's practice and (re)schedule its brief (audited)."""
    opened = client if isinstance(client, OpenedClient) else keys.open_client(session, client)
    client = opened.client
    if nothing_this_week and (cues or action):
        raise RosterError("--nothing-this-week cannot be combined with cues or an action")
    if not nothing_this_week and not (cues and action):
        raise RosterError("a practice needs at least one cue and an action (or nothing this week)")
    latest = session.execute(
        select(Practice.version)
        .where(Practice.client_id == client.id)
        .order_by(Practice.version.desc())
        .limit(1)
    ).scalar_one_or_none()
    practice = Practice(
        client_id=client.id,
        version=(latest or 0) + 1,
        nothing_this_week=nothing_this_week,
        next_session_at=next_session_at,
        cues_enc=b"",
    )
    session.add(practice)
    session.flush()
    cue_json = json.dumps([{"label": c.label, "phrases": list(c.phrases)} for c in cues])
    opened.seal(PRACTICE_CUES, practice, cue_json)
    if action:
        opened.seal(PRACTICE_ACTION, practice, action)
    if carry_back:
        opened.seal(PRACTICE_CARRY_BACK, practice, carry_back)
    if next_session_at is not None:
        schedule_session(session, client, next_session_at, lead_minutes)
    audit.record(
        session,
        actor=actor or audit.current_actor(),
        action="practice.set",
        subject_type="client",
        subject_id=client.id,
        detail=f"version {practice.version}",
        keys=keys,
    )
    return practice


def cancel_sessions(session: Session, client: Client) -> int:
    """Cancel every session whose brief has not gone out yet."""
    result = session.execute(
        update(TherapySession)
        .where(
            TherapySession.client_id == client.id,
            TherapySession.brief_status.in_((BriefStatus.SCHEDULED, BriefStatus.QUEUED)),
        )
        .values(brief_status=BriefStatus.CANCELLED)
    )
    return result.rowcount


def brief_lead_minutes(client: Client, default: int) -> int:
    """How long before a session its brief goes out: the clinician's own lead, else ``default``."""
    return client.clinician.brief_lead_minutes or default


def schedule_session(
    session: Session, client: Client, starts_at: datetime, lead_minutes: int
) -> TherapySession:
    """Schedule the brief for a session; a moved session replaces the unsent one."""
    cancel_sessions(session, client)
    therapy_session = TherapySession(
        client_id=client.id,
        starts_at=starts_at,
        brief_due_at=starts_at - timedelta(minutes=lead_minutes),
    )
    session.add(therapy_session)
    session.flush()
    return therapy_session


def current_practice(session: Session, opened: OpenedClient) -> PracticeView | None:
    """The client's latest practice, opened with the key the caller already unwrapped."""
    client = opened.client
    practice = session.execute(
        select(Practice)
        .where(Practice.client_id == client.id)
        .order_by(Practice.version.desc())
        .limit(1)
    ).scalar_one_or_none()
    if practice is None:
        return None
    return open_practice(opened, practice)


def open_practice(opened: OpenedClient, practice: Practice) -> PracticeView:
    raw_cues = json.loads(opened.open_text(PRACTICE_CUES, practice) or "[]")
    return PracticeView(
        id=practice.id,
        version=practice.version,
        cues=tuple(Cue(c["label"], tuple(c.get("phrases", ()))) for c in raw_cues),
        action=opened.open_text(PRACTICE_ACTION, practice),
        carry_back=opened.open_text(PRACTICE_CARRY_BACK, practice),
        nothing_this_week=practice.nothing_this_week,
        next_session_at=practice.next_session_at,
    )
