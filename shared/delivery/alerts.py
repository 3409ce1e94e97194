"""Crisis alerts: the state machine that makes sure one reaches the clinician.

``none -> pending -> sending -> sent``, or ``failed`` with a reason. The job
claims an alert ``pending -> sending`` in one conditional UPDATE that stamps
the claim time and counts the attempt. A claim is a lease: an alert still
``sending`` after :data:`ALERT_LEASE` (its sender was killed, timed out, or
hung) is claimed again, so nothing leaves an alert stuck. After
:data:`MAX_ALERT_ATTEMPTS` claims it is ``failed``, audited, and the
practice's operator gets a notice that carries no client material.

A sender whose worker died (its heartbeat in Redis ran out) is known sooner
than the lease: the sweep releases its claim at once
(:func:`shared.delivery.leases.release_orphaned`).

A lease that runs out while its sender is merely slow can mean the clinician
receives the alert twice; that is the side this errs on, because a crisis
alert never received costs far more than one received twice. Every attempt
carries the same Message-ID, so a mail client shows a repeat as one message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from shared.db.models import AlertStatus, Client, Clinician, Noticing
from shared.delivery import leases
from shared.delivery.briefs.render import SafetyPlanState, build_alert_mime
from shared.delivery.leases import Lease
from shared.kernel.defaults import ALERT_LEASE, MAX_ALERT_ATTEMPTS
from shared.kernel.timeutil import to_local
from shared.outreach.carried import plan_sent_around
from shared.outreach.messaging import crisis_reply_outcome
from shared.roster.safety_plans import has_plan
from shared.vault import audit
from shared.vault.keys import ClientGone, KeyStore
from shared.vault.sealed import NOTICING_BODY

ACTOR = audit.SUMMARY_ACTOR
# An alert is sent from the noticing's own columns; it goes back to pending for a retry.
LEASE = Lease(
    row_id=Noticing.id,
    status=Noticing.crisis_alert,
    claimed_at=Noticing.alert_claimed_at,
    error=Noticing.alert_error,
    attempts=Noticing.alert_attempts,
    ready=AlertStatus.PENDING,
    sending=AlertStatus.SENDING,
    failed=AlertStatus.FAILED,
    length=ALERT_LEASE,
    subject_type="noticing",
    noun="alert",
)
# Sending one alert takes seconds (SMTP timeout 30 s). With the summary tick
# every minute, an alert whose sender died is sent again within two minutes.
VOICE_PENDING_TEXT = "(a voice note; transcript to follow)"


@dataclass(frozen=True)
class Claim:
    """This job holds the alert's lease; ``exhausted`` when it may not try again."""

    attempt: int
    exhausted: bool


def claim(session: Session, noticing_id: str, now: datetime) -> Claim | None:
    """pending (or sending past its lease) -> sending; None when another job has it or done."""
    attempt = leases.claim(session, LEASE, noticing_id, now)
    if attempt is None:
        return None
    return Claim(attempt, exhausted=attempt > MAX_ALERT_ATTEMPTS)


def release_for_retry(session: Session, noticing_id: str, error: str) -> None:
    leases.release_for_retry(session, LEASE, noticing_id, error)


def mark_failed(session: Session, noticing_id: str, error: str) -> None:
    leases.mark_failed(session, LEASE, noticing_id, error, actor=ACTOR)


def record_sent(session: Session, noticing_id: str) -> bool:
    """Record an alert the mail server accepted; False when it was recorded already.

    Conditional, so an acceptance recorded twice (by its job, and from its
    mark once the database is back) writes one ``alert.sent``.
    """
    recorded = session.execute(
        update(Noticing)
        .where(
            Noticing.id == noticing_id,
            Noticing.crisis_alert.in_((AlertStatus.PENDING, AlertStatus.SENDING)),
        )
        .values(crisis_alert=AlertStatus.SENT, alert_error=None)
    ).rowcount
    if not recorded:
        return False
    audit.record(
        session, actor=ACTOR, action="alert.sent", subject_type="noticing", subject_id=noticing_id
    )
    return True


def cancel(session: Session, noticing_id: str) -> None:
    """The client was deleted: there is nothing left to alert about."""
    session.execute(
        update(Noticing)
        .where(Noticing.id == noticing_id)
        .values(crisis_alert=AlertStatus.FAILED, alert_error="client deleted")
    )


def pending_alerts(session: Session, *, before: datetime) -> list[str]:
    """Alerts pending since before the cutoff (their job may have been lost)."""
    return list(
        session.execute(
            select(Noticing.id).where(
                Noticing.crisis_alert == AlertStatus.PENDING, Noticing.updated_at <= before
            )
        ).scalars()
    )


def expired_leases(session: Session, now: datetime) -> list[str]:
    """Alerts still ``sending`` past their lease: their sender died or hung."""
    return leases.expired(session, LEASE, now)


@dataclass(frozen=True)
class PreparedAlert:
    inner: EmailMessage
    recipient: str
    certificate_pem: bytes | None


def prepare_alert(session: Session, keys: KeyStore, noticing_id: str) -> PreparedAlert | None:
    """Open what the alert shows; None when the noticing is gone."""
    noticing = session.get(Noticing, noticing_id)
    if noticing is None:
        return None
    client = session.get(Client, noticing.client_id)
    if client is None:
        raise ClientGone("client deleted")
    clinician = session.get(Clinician, client.clinician_id)
    assert clinician is not None
    opened = keys.open_client(session, client)
    inner = build_alert_mime(
        to_local(noticing.received_at, client.timezone),
        opened.open_text(NOTICING_BODY, noticing) or VOICE_PENDING_TEXT,
        crisis_reply_outcome(session, noticing).value,
        opened.name,
        safety_plan=_safety_plan_state(session, noticing, client.timezone),
    )
    return PreparedAlert(inner, clinician.email, clinician.certificate_pem)


def _safety_plan_state(session: Session, noticing: Noticing, tz_name: str) -> SafetyPlanState:
    """Whether the client's plan went to them (by PLAN) in the hour around this message."""
    if not has_plan(session, noticing.client_id):
        return SafetyPlanState(on_file=False)
    sent = plan_sent_around(session, noticing.client_id, noticing.received_at)
    return SafetyPlanState(on_file=True, sent_at=to_local(sent, tz_name) if sent else None)


def operator_notice(noticing_id: str, reason: str) -> EmailMessage:
    """Tell the operator an alert could not be delivered: ids and reason, no client material."""
    notice = EmailMessage()
    notice.set_content(
        "A crisis alert could not be delivered to the clinician.\n\n"
        f"Noticing id: {noticing_id}\n"
        f"Reason: {reason}\n\n"
        "Contact the clinician by another route now, and fix the cause "
        "(their address or certificate, or the mail settings).\n"
        "This notice carries no client material; the alert itself stays encrypted.\n"
    )
    return notice


OPERATOR_SUBJECT = "Carryback: a crisis alert could not be delivered"
