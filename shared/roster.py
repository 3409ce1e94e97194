"""Clinicians, clients and practices: enrolment and the sealed fields they carry."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

import phonenumbers
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from shared import crypto
from shared.cues import Cue
from shared.db.models import Call, Client, ClientKey, Clinician, Noticing, Practice, utcnow
from shared.db.models import Session as TherapySession
from shared.keys import KeyStore
from shared.timeutil import zone

CLIENT_STATUSES = ("invited", "active", "paused", "opted_out")
DEFAULT_REGION = "US"


class RosterError(ValueError):
    """A clear, user-facing reason an enrolment step was refused."""


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
    email = email.strip().lower()
    if "@" not in email:
        raise RosterError(f"{email!r} is not an email address")
    if session.execute(select(Clinician).where(Clinician.email == email)).first():
        raise RosterError(f"a clinician with email {email} already exists")
    clinician = Clinician(name=name.strip(), email=email, certificate_pem=certificate_pem)
    session.add(clinician)
    session.flush()
    return clinician


def clinician_by_email(session: Session, email: str) -> Clinician:
    found = session.execute(
        select(Clinician).where(Clinician.email == email.strip().lower())
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
    status: str = "active",
) -> Client:
    e164 = normalise_phone(phone)
    zone(timezone)
    index = keys.phone_index(session, e164)
    if session.execute(select(Client.id).where(Client.phone_index == index)).first():
        raise RosterError("a client with this phone number already exists")
    client = Client(
        clinician_id=clinician.id,
        phone_index=index,
        timezone=timezone,
        status=status,
        phone_enc=b"",
        name_enc=b"",
    )
    session.add(client)
    session.flush()
    data_key = keys.create_client_key(session, client.id)
    client.phone_enc = crypto.seal(data_key, e164, "clients", "phone", client.id)
    client.name_enc = crypto.seal(data_key, name.strip(), "clients", "name", client.id)
    session.flush()
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


def client_name(session: Session, keys: KeyStore, client: Client) -> str:
    data_key = keys.client_key(session, client.id)
    return crypto.open_text(data_key, client.name_enc, "clients", "name", client.id)


def client_phone(session: Session, keys: KeyStore, client: Client) -> str:
    data_key = keys.client_key(session, client.id)
    return crypto.open_text(data_key, client.phone_enc, "clients", "phone", client.id)


def set_status(session: Session, client: Client, status: str) -> None:
    if status not in CLIENT_STATUSES:
        raise RosterError(f"status must be one of {', '.join(CLIENT_STATUSES)}")
    if client.status != status:
        client.status = status
        client.status_changed_at = utcnow()


def delete_client(session: Session, client_id: str) -> None:
    """Delete a client, their rows, and their data key (crypto-shredding).

    Rows are deleted explicitly, not only by cascade, so the outcome does not
    depend on the database enforcing foreign keys.
    """
    get_client(session, client_id)
    for table in (Noticing, Call, Practice, TherapySession, ClientKey):
        session.execute(delete(table).where(table.client_id == client_id))
    session.execute(delete(Client).where(Client.id == client_id))


def set_practice(
    session: Session,
    keys: KeyStore,
    client: Client,
    *,
    cues: list[Cue],
    action: str | None,
    carry_back: str | None,
    nothing_this_week: bool,
    next_session_at: datetime | None,
    lead_minutes: int,
) -> Practice:
    """Add a new version of the client's practice and (re)schedule its brief."""
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
    data_key = keys.client_key(session, client.id)
    cue_json = json.dumps([{"label": c.label, "phrases": list(c.phrases)} for c in cues])
    practice.cues_enc = crypto.seal(data_key, cue_json, "practices", "cues", practice.id)
    if action:
        practice.action_enc = crypto.seal(data_key, action, "practices", "action", practice.id)
    if carry_back:
        practice.carry_back_enc = crypto.seal(
            data_key, carry_back, "practices", "carry_back", practice.id
        )
    if next_session_at is not None:
        schedule_session(session, client, next_session_at, lead_minutes)
    return practice


def cancel_sessions(session: Session, client: Client) -> int:
    """Cancel every session whose brief has not gone out yet."""
    result = session.execute(
        update(TherapySession)
        .where(
            TherapySession.client_id == client.id,
            TherapySession.brief_status.in_(("scheduled", "queued")),
        )
        .values(brief_status="cancelled")
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


def current_practice(session: Session, keys: KeyStore, client: Client) -> PracticeView | None:
    practice = session.execute(
        select(Practice)
        .where(Practice.client_id == client.id)
        .order_by(Practice.version.desc())
        .limit(1)
    ).scalar_one_or_none()
    if practice is None:
        return None
    return open_practice(keys.client_key(session, client.id), practice)


def open_practice(data_key: bytes, practice: Practice) -> PracticeView:
    def _open(column: str, value: bytes | None) -> str | None:
        if value is None:
            return None
        return crypto.open_text(data_key, value, "practices", column, practice.id)

    raw_cues = json.loads(_open("cues", practice.cues_enc) or "[]")
    return PracticeView(
        id=practice.id,
        version=practice.version,
        cues=tuple(Cue(c["label"], tuple(c.get("phrases", ()))) for c in raw_cues),
        action=_open("action", practice.action_enc),
        carry_back=_open("carry_back", practice.carry_back_enc),
        nothing_this_week=practice.nothing_this_week,
        next_session_at=practice.next_session_at,
    )
