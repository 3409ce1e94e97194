"""The PHI-free notices the summary service mails: a brief is ready, a crisis alert, a landline.

Each issues a console link (shared.delivery.brief_links), records it in the
audit trail, then mails the notice through the process's mailer; a crisis
alert may also go to the clinician by SMS.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from services.runtime import Context
from shared.db.models import Client, Noticing, TherapySession
from shared.delivery.brief_links import (
    SUMMARY_ACTOR,
    LinkUnknown,
    Notice,
    alert_notice,
    brief_notice,
    landline_notice,
)
from shared.infra.channels import ChannelError
from shared.kernel.config import ConfigError
from shared.vault import audit

log = logging.getLogger(__name__)


def send_brief_notice(ctx: Context, session_id: str) -> None:
    """Issue a link for this session's brief and mail the PHI-free notice (audited)."""
    with ctx.db.session() as session:
        therapy_session = session.get(TherapySession, session_id)
        if therapy_session is None:
            raise LinkUnknown("session gone")
        notice = brief_notice(
            session, therapy_session, base_url=ctx.settings.console_base_url, lifetime=_life(ctx)
        )
        audit.record(
            session,
            actor=SUMMARY_ACTOR,
            action="brief.link_sent",
            subject_type="session",
            subject_id=session_id,
        )
    _mail(ctx, notice)


def send_alert_notice(ctx: Context, noticing_id: str) -> None:
    """The PHI-free urgent e-mail, then (if the clinician asked) the same words by SMS."""
    with ctx.db.session() as session:
        noticing = session.get(Noticing, noticing_id)
        if noticing is None:
            raise LinkUnknown("noticing gone")
        notice = alert_notice(
            session, noticing, base_url=ctx.settings.console_base_url, lifetime=_life(ctx)
        )
        clinician = session.get(Client, noticing.client_id).clinician  # type: ignore[union-attr]
        phone = clinician.alert_phone if clinician.alert_sms else None
        audit.record(
            session,
            actor=SUMMARY_ACTOR,
            action="alert.link_sent",
            subject_type="noticing",
            subject_id=noticing_id,
        )
    _mail(ctx, notice)
    if phone:
        _text_clinician(ctx, noticing_id, phone, notice.sms)


def send_landline_notice(ctx: Context, client_id: str, at_utc: datetime) -> None:
    """Tell the clinician, PHI-free, that a client's number cannot take texts (audited)."""
    with ctx.db.session() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise LinkUnknown("client gone")
        notice = landline_notice(
            session, client, at_utc, base_url=ctx.settings.console_base_url, lifetime=_life(ctx)
        )
        audit.record(
            session,
            actor=SUMMARY_ACTOR,
            action="client.landline_notice_sent",
            subject_type="client",
            subject_id=client_id,
        )
    _mail(ctx, notice)


def _text_clinician(ctx: Context, noticing_id: str, phone: str, body: str) -> None:
    # Best effort: the e-mail has gone; a failed SMS is logged and audited,
    # never a reason to send the e-mail again.
    try:
        ctx.twilio.send_sms(phone, body)
        outcome = "alert.sms_sent"
    except (ChannelError, ConfigError) as error:
        log.error("crisis alert %s: SMS to the clinician not sent: %s", noticing_id, error)
        outcome = "alert.sms_failed"
    with ctx.db.session() as session:
        audit.record(
            session,
            actor=SUMMARY_ACTOR,
            action=outcome,
            subject_type="noticing",
            subject_id=noticing_id,
        )


def _mail(ctx: Context, notice: Notice) -> None:
    ctx.mailer.send(
        sender=ctx.settings.mail_from,
        recipient=notice.recipient,
        subject=notice.subject,
        body=notice.message.as_bytes(),
    )


def _life(ctx: Context) -> timedelta:
    return timedelta(days=ctx.settings.brief_link_days)
