"""``carryback clinician`` and ``carryback client``: enrolment."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import click
from sqlalchemy.orm import Session

from services.cli.errors import clear_errors, load_context
from shared.db.models import ClientStatus, Clinician, Delivery, utcnow
from shared.kernel.defaults import CLIENT_LANGUAGE
from shared.language.catalogue import LANGUAGES
from shared.outreach.messaging import enrol
from shared.roster.clients import add_clinician, clinician_by_email, get_client
from shared.vault import audit


@click.group()
def clinician() -> None:
    """Clinicians who receive briefs."""


@clinician.command("add")
@click.option("--name", required=True)
@click.option("--email", required=True)
@click.option("--cert", "cert_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--brief-lead-minutes",
    type=click.IntRange(min=1),
    help="Send briefs this long before a session (default CARRYBACK_BRIEF_LEAD_MINUTES).",
)
@click.option("--admin", is_flag=True, help="Also a practice admin in the console.")
def clinician_add(
    name: str, email: str, cert_path: Path | None, brief_lead_minutes: int | None, admin: bool
) -> None:
    """Add a clinician; --cert is their S/MIME certificate (RSA, PEM or DER).

    Prints the id on stdout and, on stderr, a one-time link to set a console password.
    """
    certificate_pem = None
    ctx = load_context()
    if cert_path is not None:
        from shared.infra.smime import CertificateError, check_recipient, load_clinician_certificate
        from shared.roster.clients import RosterError, normalise_email

        try:
            certificate = load_clinician_certificate(cert_path.read_bytes())
            check_recipient(certificate, email=normalise_email(email), trust=ctx.trust)
        except (CertificateError, RosterError) as error:
            raise click.ClickException(f"{cert_path}: {error}") from None
        certificate_pem = cert_path.read_bytes()
    else:
        click.echo("note: no certificate: briefs go as PHI-free links into the console", err=True)
    with clear_errors(), ctx.db.session() as session:
        added = add_clinician(session, name=name, email=email, certificate_pem=certificate_pem)
        added.brief_lead_minutes = brief_lead_minutes
        audit.record(
            session,
            actor=audit.current_actor(),
            action="clinician.added",
            subject_type="clinician",
            subject_id=added.id,
            detail=_certificate_detail(certificate_pem),
        )
        link = _console_invitation(session, added, admin=admin)
    click.echo(f"console: set a password within 72 hours at {link}", err=True)
    click.echo(added.id)


@clinician.command("cert")
@click.argument("email")
@click.argument("cert_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def clinician_cert(email: str, cert_path: Path) -> None:
    """Replace a clinician's S/MIME certificate (checked like at enrolment)."""
    from shared.infra.smime import CertificateError, check_recipient, load_clinician_certificate

    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        found = clinician_by_email(session, email)
        try:
            check_recipient(
                load_clinician_certificate(cert_path.read_bytes()),
                email=found.email,
                trust=ctx.trust,
            )
        except CertificateError as error:
            raise click.ClickException(f"{cert_path}: {error}") from None
        found.certificate_pem = cert_path.read_bytes()
        audit.record(
            session,
            actor=audit.current_actor(),
            action="clinician.certificate_changed",
            subject_type="clinician",
            subject_id=found.id,
            detail=_certificate_detail(found.certificate_pem),
        )
    click.echo("certificate replaced")


def _certificate_detail(certificate_pem: bytes | None) -> str:
    """Which certificate (its SHA-256 fingerprint), or that there is none."""
    if not certificate_pem:
        return "no certificate"
    from cryptography.hazmat.primitives import hashes

    from shared.infra.smime import load_clinician_certificate

    fingerprint = load_clinician_certificate(certificate_pem).fingerprint(hashes.SHA256()).hex()
    return f"certificate sha256 {fingerprint}"


@clinician.command("delivery")
@click.argument("email")
@click.argument("mode", type=click.Choice([mode.value for mode in Delivery]))
def clinician_delivery(email: str, mode: str) -> None:
    """How briefs and alerts reach a clinician: smime, link (PHI-free notice) or both."""
    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        found = clinician_by_email(session, email)
        if mode != Delivery.LINK and not found.certificate_pem:
            raise click.ClickException("smime and both need the clinician's certificate first")
        found.delivery = Delivery(mode)
    click.echo(mode)


def _console_invitation(session: Session, added: Clinician, *, admin: bool) -> str:
    """The clinician's console account and its one-time password link."""
    from services.console.settings import console_base_url
    from shared.roster import accounts

    user = accounts.account_for_clinician(session, added, is_admin=admin)
    token = accounts.issue_token(
        session, user, purpose=accounts.INVITATION, lifetime=timedelta(hours=72)
    )
    return f"{console_base_url()}/invitation/{token}"


@click.group()
def client() -> None:
    """Clients."""


@client.command("add")
@click.option("--clinician", "clinician_email", required=True, help="The clinician's email.")
@click.option("--phone", required=True, help="The client's mobile number (E.164 preferred).")
@click.option("--name", required=True)
@click.option("--tz", "timezone", default="UTC", show_default=True, help="Area/City")
@click.option(
    "--language",
    type=click.Choice(LANGUAGES),
    default=CLIENT_LANGUAGE,
    show_default=True,
    help="The language the client writes in: every text and call is in it.",
)
@click.option(
    "--no-welcome",
    is_flag=True,
    help="Send nothing yet: save the practice and reminders, then `client welcome` sends it.",
)
def client_add(
    clinician_email: str, phone: str, name: str, timezone: str, language: str, no_welcome: bool
) -> None:
    """Enrol a client and send the welcome; prints the new client's id alone on the last line."""
    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        owner = clinician_by_email(session, clinician_email)
        # Invited until the client replies YES to the welcome (double opt-in).
        added, welcome_id = enrol(
            session,
            ctx.keys,
            clinician=owner,
            phone=phone,
            name=name,
            timezone=timezone,
            now=utcnow(),
            language=language,
            welcome=not no_welcome,
        )
    if welcome_id is not None:
        ctx.queues.enqueue_message(welcome_id)
    click.echo(added.id)


@client.command("delete")
@click.argument("client_id")
@click.confirmation_option(prompt="Delete this client and everything they sent, for good?")
def client_delete(client_id: str) -> None:
    """Delete a client everywhere: rows, data key, queued jobs, messages held at Twilio."""
    from shared.delivery.shred import ShredIncomplete, shred_client
    from shared.kernel.config import ConfigError

    ctx = load_context()
    try:
        twilio = ctx.twilio
    except ConfigError:
        twilio = None
    with clear_errors():
        try:
            report = shred_client(
                ctx.db,
                client_id,
                actor=audit.current_actor(),
                twilio=twilio,
                queues=ctx.queues,
                wait=_wait_for_twilio,
            )
        except ShredIncomplete as error:
            raise click.ClickException(str(error)) from None
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(
        f"deleted; their data key is destroyed ({report.twilio_deleted} deleted at Twilio, "
        f"{report.jobs_removed} queued jobs removed)"
    )


def _wait_for_twilio(seconds: float) -> None:
    """Say why the deletion pauses: Twilio asks for a minute or more after a text."""
    click.echo(
        f"Twilio has not finished with a recent message; waiting {seconds:.0f} s to delete it",
        err=True,
    )
    time.sleep(seconds)


@client.command("language")
@click.argument("client_id")
@click.argument("language", type=click.Choice(LANGUAGES))
def client_language(client_id: str, language: str) -> None:
    """The language a client's texts and calls are in (they may text ESPAÑOL or ENGLISH too)."""
    from shared.roster.clients import set_language

    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        set_language(session, get_client(session, client_id), language, actor=audit.current_actor())
    click.echo(language)


@client.command("status")
@click.argument("client_id")
@click.argument("status", type=click.Choice([status.value for status in ClientStatus]))
def client_status(client_id: str, status: str) -> None:
    """Pause or resume a client (opted_out is normally set by the client's STOP)."""
    from shared.roster.clients import set_status

    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        set_status(session, get_client(session, client_id), status, actor=audit.current_actor())
    click.echo(status)
