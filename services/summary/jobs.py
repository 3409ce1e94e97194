"""Jobs of the summary service: send a brief, send a crisis alert. Ids in, idempotent."""

from __future__ import annotations

import logging

from sqlalchemy import update

from shared import audit, runtime
from shared.briefing import (
    ACTOR,
    claim_for_sending,
    mark_failed,
    prepare_brief,
    record_sent,
    release_for_retry,
)
from shared.briefs.render import alert_subject, brief_subject, build_alert_mime, build_brief_mime
from shared.channels import ChannelError
from shared.db.models import Client, Clinician, Noticing, utcnow
from shared.db.models import Session as TherapySession
from shared.keys import ClientGone
from shared.mail import MailNotSendable, encrypt_for, mailer_from_settings, signer_from_settings
from shared.noticings import open_body
from shared.roster import client_name
from shared.timeutil import to_local

log = logging.getLogger(__name__)


def send_brief(session_id: str) -> str:
    """queued -> sending -> sent (or failed with a visible reason)."""
    ctx = runtime.context()
    now = utcnow()
    with ctx.db.session() as session:
        if not claim_for_sending(session, session_id, now):
            return "skipped"
    try:
        with ctx.db.session() as session:
            therapy_session = session.get(TherapySession, session_id)
            if therapy_session is None:
                return "gone"
            prepared = prepare_brief(session, ctx.keys, therapy_session, now)
            audit.record(
                session,
                actor=ACTOR,
                action="brief.built",
                subject_type="session",
                subject_id=session_id,
            )
        body = encrypt_for(
            prepared.certificate_pem,
            build_brief_mime(prepared.brief),
            signer_from_settings(ctx.settings),
        )
        mailer_from_settings(ctx.settings).send(
            sender=ctx.settings.mail_from,
            recipient=prepared.clinician_email,
            subject=brief_subject(prepared.brief.session_at),
            body=body,
        )
    except ClientGone:
        log.info("brief %s: client deleted before sending", session_id)
        with ctx.db.session() as session:
            session.execute(
                update(TherapySession)
                .where(TherapySession.id == session_id)
                .values(brief_status="cancelled")
            )
        return "gone"
    except MailNotSendable as error:
        log.error("brief %s not sent: %s", session_id, error)
        with ctx.db.session() as session:
            mark_failed(session, session_id, str(error))
        return "failed"
    except ChannelError as error:
        with ctx.db.session() as session:
            if error.permanent:
                mark_failed(session, session_id, str(error))
                log.error("brief %s failed for good: %s", session_id, error)
                return "failed"
            release_for_retry(session, session_id, str(error))
        raise  # transient: RQ retries with backoff; the scheduler re-queues after that
    with ctx.db.session() as session:
        record_sent(session, session_id, prepared, utcnow())
    log.info("brief %s sent%s", session_id, " (late)" if prepared.brief.late else "")
    return "sent"


def send_crisis_alert(noticing_id: str) -> str:
    """pending -> sending -> sent: a short encrypted email, content inside only."""
    ctx = runtime.context()
    with ctx.db.session() as session:
        claimed = session.execute(
            update(Noticing)
            .where(Noticing.id == noticing_id, Noticing.crisis_alert == "pending")
            .values(crisis_alert="sending")
        ).rowcount
    if not claimed:
        return "skipped"
    try:
        with ctx.db.session() as session:
            noticing = session.get(Noticing, noticing_id)
            if noticing is None:
                return "gone"
            client = session.get(Client, noticing.client_id)
            clinician = session.get(Clinician, client.clinician_id)
            data_key = ctx.keys.client_key(session, client.id)
            inner = build_alert_mime(
                to_local(noticing.received_at, client.timezone),
                open_body(data_key, noticing) or "(a voice note; transcript to follow)",
                noticing.crisis_reply_sent,
                client_name(session, ctx.keys, client),
            )
            recipient, certificate = clinician.email, clinician.certificate_pem
        body = encrypt_for(certificate, inner, signer_from_settings(ctx.settings))
        mailer_from_settings(ctx.settings).send(
            sender=ctx.settings.mail_from, recipient=recipient, subject=alert_subject(), body=body
        )
    except ClientGone:
        return "gone"
    except (MailNotSendable, ChannelError) as error:
        permanent = not isinstance(error, ChannelError) or error.permanent
        with ctx.db.session() as session:
            session.execute(
                update(Noticing)
                .where(Noticing.id == noticing_id)
                .values(
                    crisis_alert="failed" if permanent else "pending",
                    failure_reason=f"alert: {error}"[:200],
                )
            )
            if permanent:
                audit.record(
                    session,
                    actor=ACTOR,
                    action="alert.failed",
                    subject_type="noticing",
                    subject_id=noticing_id,
                    detail=str(error)[:300],
                )
        log.error("crisis alert %s not sent: %s", noticing_id, error)
        if permanent:
            return "failed"
        raise
    with ctx.db.session() as session:
        session.execute(
            update(Noticing).where(Noticing.id == noticing_id).values(crisis_alert="sent")
        )
        audit.record(
            session,
            actor=ACTOR,
            action="alert.sent",
            subject_type="noticing",
            subject_id=noticing_id,
        )
    return "sent"
