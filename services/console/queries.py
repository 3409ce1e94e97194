"""What the clinician console asks of the domain beyond enrolment: its lists and session moves.

Sealed values are opened through :mod:`shared.roster.clients` only; callers audit
every read of client material (the console does so with the signed-in user).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from shared.db.models import BriefStatus, Client, ClientKey, Noticing, TherapySession
from shared.infra.smime import CertificateError, load_clinician_certificate
from shared.kernel.timeutil import weeks_later
from shared.roster.clients import RosterError
from shared.vault.keys import KeyStore

UNSENT = (BriefStatus.SCHEDULED, BriefStatus.QUEUED)
MAX_WEEKLY_REPEATS = 12


@dataclass(frozen=True)
class ClientRow:
    id: str
    name: str
    status: str
    timezone: str
    next_session_at: datetime | None
    last_noticing_at: datetime | None


def clients_of(session: Session, keys: KeyStore, clinician_id: str) -> list[ClientRow]:
    """A clinician's clients with their next session and the date of their last noticing."""
    next_session = (
        select(func.min(TherapySession.starts_at))
        .where(TherapySession.client_id == Client.id, TherapySession.brief_status.in_(UNSENT))
        .scalar_subquery()
    )
    last_noticing = (
        select(func.max(Noticing.received_at))
        .where(Noticing.client_id == Client.id)
        .scalar_subquery()
    )
    # One query whatever the caseload or its history: each client's key row comes
    # with it, and each subquery is one probe of a (client_id, time) index.
    rows = session.execute(
        select(Client, ClientKey, next_session, last_noticing)
        .outerjoin(ClientKey, ClientKey.client_id == Client.id)
        .where(Client.clinician_id == clinician_id)
    ).all()
    found = [
        ClientRow(
            id=client.id,
            name=keys.open_client(session, client, key_row).name,
            status=client.status,
            timezone=client.timezone,
            next_session_at=_aware(next_at),
            last_noticing_at=_aware(last_at),
        )
        for client, key_row, next_at, last_at in rows
    ]
    return sorted(found, key=lambda row: row.name.casefold())


def _aware(moment: datetime | None) -> datetime | None:
    # Aggregates bypass the UTC column type: SQLite hands back naive UTC.
    if moment is None:
        return None
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def client_of(session: Session, clinician_id: str, client_id: str) -> Client | None:
    """The client, only when it is this clinician's; None for anyone else's or none at all."""
    client = session.get(Client, client_id)
    if client is None or client.clinician_id != clinician_id:
        return None
    return client


def sessions_of(session: Session, client_id: str) -> list[TherapySession]:
    return list(
        session.execute(
            select(TherapySession)
            .where(TherapySession.client_id == client_id)
            .order_by(TherapySession.starts_at)
        ).scalars()
    )


def add_sessions(
    session: Session,
    client: Client,
    first_at: datetime,
    *,
    weeks: int,
    lead_minutes: int,
    now: datetime,
    tz_name: str = "UTC",
) -> list[TherapySession]:
    """Schedule a session (and, for a weekly repeat, the ones after it) beside those booked.

    A weekly repeat keeps the wall-clock time of ``tz_name`` (the zone the time was
    typed in) across a daylight-saving change. Refuses a time in the past or one
    already booked for this client.
    """
    if first_at <= now:
        raise RosterError("that time has already passed")
    if not 1 <= weeks <= MAX_WEEKLY_REPEATS:
        raise RosterError(f"repeat for 1 to {MAX_WEEKLY_REPEATS} weeks")
    wanted = [weeks_later(first_at, n, tz_name) for n in range(weeks)]
    booked = {
        row.starts_at for row in sessions_of(session, client.id) if row.brief_status in UNSENT
    }
    clash = next((at for at in wanted if at in booked), None)
    if clash is not None:
        raise RosterError("a session is already booked at that time")
    added = [
        TherapySession(
            client_id=client.id, starts_at=at, brief_due_at=at - timedelta(minutes=lead_minutes)
        )
        for at in wanted
    ]
    session.add_all(added)
    session.flush()
    return added


def cancel_one(session: Session, client: Client, session_id: str) -> bool:
    """Cancel one session whose brief has not gone out (a queued brief is stopped too)."""
    result = session.execute(
        update(TherapySession)
        .where(
            TherapySession.id == session_id,
            TherapySession.client_id == client.id,
            TherapySession.brief_status.in_(UNSENT),
        )
        .values(brief_status=BriefStatus.CANCELLED)
    )
    return result.rowcount == 1


def move_one(
    session: Session,
    client: Client,
    session_id: str,
    new_at: datetime,
    *,
    lead_minutes: int,
    now: datetime,
) -> TherapySession:
    """Move one session: the old one (and any brief queued for it) is cancelled."""
    if new_at <= now:
        raise RosterError("that time has already passed")
    if not cancel_one(session, client, session_id):
        raise RosterError("this session's brief has already gone out; schedule a new one")
    return add_sessions(session, client, new_at, weeks=1, lead_minutes=lead_minutes, now=now)[0]


def check_certificate_for(pem: bytes, email: str) -> x509.Certificate:
    """The roster's S/MIME checks, plus: the certificate names the clinician's address."""
    certificate = load_clinician_certificate(pem)
    addresses = _certificate_addresses(certificate)
    if email.strip().lower() not in addresses:
        shown = ", ".join(sorted(addresses)) or "no e-mail address"
        raise CertificateError(
            f"certificate is for {shown}, not {email}; briefs could not be read there"
        )
    return certificate


def _certificate_addresses(certificate: x509.Certificate) -> set[str]:
    found: set[str] = set()
    try:
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        found.update(str(n).lower() for n in names.get_values_for_type(x509.RFC822Name))
    except x509.ExtensionNotFound:
        pass
    for attribute in certificate.subject.get_attributes_for_oid(x509.NameOID.EMAIL_ADDRESS):
        found.add(str(attribute.value).lower())
    return found
