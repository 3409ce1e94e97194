"""Jobs of the summary service: send a brief, send a crisis alert. Ids in, idempotent.

The state machines live in the domain (:mod:`shared.delivery.briefing`,
:mod:`shared.delivery.alerts`); these jobs only build, encrypt and send between their
transitions.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy.orm import Session as OrmSession

from services import runtime
from services.summary import notices
from shared.db.clock import database_now
from shared.db.models import TherapySession, utcnow
from shared.delivery import alerts, brief_htmls, brief_links, brief_pdfs
from shared.delivery.briefing import (
    ACTOR,
    PreparedBrief,
    cancel,
    claim_for_sending,
    mark_failed,
    prepare_brief,
    record_accepted,
    record_sent,
    release_for_retry,
    sent_facts,
)
from shared.delivery.briefs.render import alert_subject, brief_subject, build_brief_mime
from shared.delivery.send_records import record_after_acceptance
from shared.infra import accepted
from shared.infra.channels import ChannelError
from shared.infra.channels.email import stable_message_id
from shared.infra.mail import MailNotSendable, encrypt_for
from shared.kernel.outcomes import JobOutcome
from shared.outreach import messaging
from shared.vault import audit
from shared.vault.keys import ClientGone

log = logging.getLogger(__name__)

# The kinds of send a mark in Redis stands for (shared.infra.accepted).
BRIEF_MARK = "brief"
ALERT_MARK = "alert"


def send_brief(session_id: str) -> JobOutcome:
    """queued -> sending -> sent (or failed with a visible reason).

    Whatever goes wrong before the mail server accepts the brief releases the
    claim for a retry; after acceptance, only the recording is retried.
    """
    ctx = runtime.context()
    with ctx.db.session() as session:
        now = database_now(session)  # leases are compared by the database's clock
        if not claim_for_sending(session, session_id, now):
            return JobOutcome.SKIPPED
    if _record_earlier_acceptance(ctx, BRIEF_MARK, session_id):
        return JobOutcome.SENT
    try:
        prepared = _deliver_brief(ctx, session_id, now)
    except (ClientGone, brief_links.LinkUnknown):
        log.info("brief %s: client deleted before sending", session_id)
        with ctx.db.session() as session:
            cancel(session, session_id)
        return JobOutcome.GONE
    except MailNotSendable as error:
        log.error("brief %s not sent: %s", session_id, error)
        with ctx.db.session() as session:
            mark_failed(session, session_id, str(error))
        return JobOutcome.FAILED
    except ChannelError as error:
        with ctx.db.session() as session:
            if error.permanent:
                mark_failed(session, session_id, str(error))
                log.error("brief %s failed for good: %s", session_id, error)
                return JobOutcome.FAILED
            release_for_retry(session, session_id, str(error))
        raise  # transient: RQ retries with backoff; the scheduler re-queues after that
    except Exception as error:
        # A timeout or a bug: never leave the brief claimed. The type only: a
        # message could quote data.
        with ctx.db.session() as session:
            release_for_retry(session, session_id, f"unexpected {type(error).__name__}")
        raise
    accepted.remember(ctx.queues.redis, BRIEF_MARK, session_id, sent_facts(prepared))
    record_after_acceptance(
        ctx.db,
        lambda session: record_sent(session, session_id, prepared, database_now(session)),
        what=f"brief {session_id}",
    )
    accepted.forget(ctx.queues.redis, BRIEF_MARK, session_id)
    log.info("brief %s sent%s", session_id, " (late)" if prepared.brief.late else "")
    # Only once the send is recorded: keeping and printing never hold up or undo a brief.
    brief_htmls.keep_sent_html(ctx.db, ctx.keys, session_id, prepared.brief)
    brief_pdfs.keep_sent_pdf(ctx.db, ctx.keys, session_id, prepared.brief)
    return JobOutcome.SENT


def _record_earlier_acceptance(ctx: runtime.Context, kind: str, row_id: str) -> bool:
    """A send the mail server accepted before its recording failed: recorded now, not resent."""
    mark = accepted.find(ctx.queues.redis, kind, row_id)
    if mark is None:
        return False
    record_mark(ctx, mark)
    log.info("%s %s: accepted by the mail server earlier; recorded, not sent again", kind, row_id)
    return True


def record_mark(ctx: runtime.Context, mark: accepted.Accepted, *, retry: bool = True) -> None:
    """Record the send a mark stands for (once: recording is conditional); drop the mark.

    ``retry=False`` (the summary loop, which must not stall on it) tries once:
    a database error is raised and the mark stays for the next pass.
    """
    at = datetime.fromtimestamp(mark.at, UTC)

    def write(session: OrmSession) -> None:
        if mark.kind == BRIEF_MARK:
            record_accepted(session, mark.row_id, mark.facts, at)
        else:
            alerts.record_sent(session, mark.row_id)

    if retry:
        record_after_acceptance(ctx.db, write, what=f"{mark.kind} {mark.row_id}")
    else:
        with ctx.db.session() as session:
            write(session)
    accepted.forget(ctx.queues.redis, mark.kind, mark.row_id)


def _deliver_brief(ctx: runtime.Context, session_id: str, now: datetime) -> PreparedBrief:
    with ctx.db.session() as session:
        therapy_session = session.get(TherapySession, session_id)
        if therapy_session is None:
            raise ClientGone("session deleted")
        prepared = prepare_brief(session, ctx.keys, therapy_session, now)
        audit.record(
            session,
            actor=ACTOR,
            action="brief.built",
            subject_type="session",
            subject_id=session_id,
        )
        head = audit.anchor(session)
    if brief_links.wants_smime(prepared.delivery):
        body = encrypt_for(
            prepared.certificate_pem,
            build_brief_mime(prepared.brief),
            ctx.signer,
            email=prepared.clinician_email,
            trust=ctx.trust,
        )
        sender = ctx.settings.mail_from
        ctx.mailer.send(
            sender=sender,
            recipient=prepared.clinician_email,
            subject=brief_subject(prepared.brief.session_at, prepared.clinician_zone),
            body=body,
            message_id=stable_message_id("brief", session_id, sender),
            headers=head,
        )
    if brief_links.wants_link(prepared.delivery):
        notices.send_brief_notice(ctx, session_id)
    return prepared


def send_crisis_alert(noticing_id: str) -> JobOutcome:
    """pending -> sending -> sent: a short encrypted email, content inside only.

    Whatever goes wrong while sending, the alert leaves ``sending``: retried
    (pending again) while attempts remain, else ``failed`` and the operator
    told. A worker killed mid-send leaves the lease to run out instead.
    """
    ctx = runtime.context()
    with ctx.db.session() as session:
        claim = alerts.claim(session, noticing_id, database_now(session))
    if claim is None:
        return JobOutcome.SKIPPED
    if _record_earlier_acceptance(ctx, ALERT_MARK, noticing_id):
        return JobOutcome.SENT
    if claim.exhausted:
        _give_up(ctx, noticing_id, f"not delivered after {claim.attempt - 1} attempts")
        return JobOutcome.FAILED
    try:
        _deliver_alert(ctx, noticing_id)
    except ClientGone:
        with ctx.db.session() as session:
            alerts.cancel(session, noticing_id)
        return JobOutcome.GONE
    except MailNotSendable as error:
        _give_up(ctx, noticing_id, str(error))
        return JobOutcome.FAILED
    except ChannelError as error:
        if error.permanent:
            _give_up(ctx, noticing_id, str(error))
            return JobOutcome.FAILED
        _retry_later(ctx, noticing_id, str(error))
        raise  # transient: RQ retries with backoff, the sweep after that
    except Exception as error:
        # Not an error this job knows (a bug, bad data): never leave the
        # alert claimed. Only the type is recorded: a message could quote data.
        _retry_later(ctx, noticing_id, f"unexpected {type(error).__name__}")
        raise
    accepted.remember(ctx.queues.redis, ALERT_MARK, noticing_id)
    record_after_acceptance(
        ctx.db,
        lambda session: alerts.record_sent(session, noticing_id),
        what=f"crisis alert {noticing_id}",
    )
    accepted.forget(ctx.queues.redis, ALERT_MARK, noticing_id)
    return JobOutcome.SENT


def _deliver_alert(ctx: runtime.Context, noticing_id: str) -> None:
    with ctx.db.session() as session:
        delivery = brief_links.delivery_for_noticing(session, noticing_id)
    if delivery is None:
        raise ClientGone("noticing or client deleted")
    if brief_links.wants_smime(delivery):
        _deliver_alert_smime(ctx, noticing_id)
    if brief_links.wants_link(delivery):
        try:
            notices.send_alert_notice(ctx, noticing_id)
        except brief_links.LinkUnknown as gone:
            raise ClientGone(str(gone)) from None


def _deliver_alert_smime(ctx: runtime.Context, noticing_id: str) -> None:
    with ctx.db.session() as session:
        prepared = alerts.prepare_alert(session, ctx.keys, noticing_id)
        head = audit.anchor(session)
    if prepared is None:
        raise ClientGone("noticing deleted")
    body = encrypt_for(
        prepared.certificate_pem,
        prepared.inner,
        ctx.signer,
        email=prepared.recipient,
        trust=ctx.trust,
    )
    sender = ctx.settings.mail_from
    ctx.mailer.send(
        sender=sender,
        recipient=prepared.recipient,
        subject=alert_subject(),
        body=body,
        message_id=stable_message_id("alert", noticing_id, sender),
        headers=head,
    )


def _retry_later(ctx: runtime.Context, noticing_id: str, reason: str) -> None:
    log.error("crisis alert %s not sent, will retry: %s", noticing_id, reason)
    with ctx.db.session() as session:
        alerts.release_for_retry(session, noticing_id, reason)


def _give_up(ctx: runtime.Context, noticing_id: str, reason: str) -> None:
    log.error("crisis alert %s failed for good: %s", noticing_id, reason)
    with ctx.db.session() as session:
        alerts.mark_failed(session, noticing_id, reason)
    notify_operator(ctx, noticing_id, reason)


def notify_operator(ctx: runtime.Context, noticing_id: str, reason: str) -> bool:
    """Best effort: the alert's failure is already recorded and audited."""
    if not ctx.settings.operator_email:
        log.error("no CARRYBACK_OPERATOR_EMAIL: nobody told that alert %s failed", noticing_id)
        return False
    try:
        ctx.mailer.send(
            sender=ctx.settings.mail_from,
            recipient=ctx.settings.operator_email,
            subject=alerts.OPERATOR_SUBJECT,
            body=alerts.operator_notice(noticing_id, reason).as_bytes(),
        )
    except (ChannelError, MailNotSendable) as error:
        log.error("operator not told that alert %s failed: %s", noticing_id, error)
        return False
    return True


def send_landline_notice(client_id: str) -> JobOutcome:
    """Tell the clinician, once and PHI-free, that a client's number cannot take texts.

    The summary tick queues this while the notice is outstanding, so a mail
    server that is down delays the notice; it is never lost.
    """
    ctx = runtime.context()
    with ctx.db.session() as session:
        found_at = messaging.landline_found_at(session, client_id)
    if found_at is None:
        return JobOutcome.SKIPPED
    try:
        notices.send_landline_notice(ctx, client_id, found_at)
    except brief_links.LinkUnknown:
        return JobOutcome.GONE
    except (ChannelError, MailNotSendable) as error:
        if isinstance(error, ChannelError) and not error.permanent:
            raise  # transient: RQ retries with backoff, the tick after that
        log.error("landline notice for client %s failed for good: %s", client_id, error)
    record_after_acceptance(
        ctx.db,
        lambda session: messaging.record_landline_notice(session, client_id, utcnow()),
        what=f"landline notice {client_id}",
    )
    return JobOutcome.SENT
