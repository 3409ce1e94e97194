"""The invitation e-mail: the one-time link to set a console password, sent to the invitee.

No client information; the link is the only secret in it and works once. When
mail is not configured or the server refuses it, the admin is told and copies
the link from the page instead; nothing else is lost.
"""

from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

from services import runtime
from shared.infra.mail import MailNotSendable

log = logging.getLogger(__name__)
SUBJECT = "Your Carryback console invitation"


def invitation_message(sender: str, email: str, name: str, link: str, hours: int) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = email
    message["Subject"] = SUBJECT
    message.set_content(
        f"Hello {name},\n\n"
        "Your practice has invited you to the Carryback clinician console.\n"
        f"Choose your password here (the link works once, for {hours} hours):\n\n"
        f"{link}\n\n"
        "After that you will sign in and add Carryback to an authenticator app.\n"
        "If you did not expect this, ignore this e-mail.\n"
    )
    return message


def mail_invitation(email: str, name: str, link: str, hours: int) -> str | None:
    """E-mail the link; None when sent, else why not (shown to the admin, never the link)."""
    ctx = runtime.context()
    try:
        message = invitation_message(ctx.settings.mail_from, email, name, link, hours)
        ctx.mailer.send(
            sender=ctx.settings.mail_from,
            recipient=email,
            subject=SUBJECT,
            body=message.as_bytes(),
        )
    except MailNotSendable as error:
        return f"e-mail is not set up ({error})"
    except (OSError, smtplib.SMTPException) as error:
        log.warning("invitation e-mail not sent: %s", type(error).__name__)
        return "the mail server did not accept it"
    return None
