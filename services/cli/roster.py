"""``carryback clinician`` and ``carryback client``: enrolment."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import click
from sqlalchemy.orm import Session

from services.cli.errors import clear_errors, load_context
from shared import audit
from shared.db.models import ClientStatus, Clinician, Delivery
from shared.roster import add_client, add_clinician, clinician_by_email, delete_client, get_client


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
    if cert_path is not None:
        from shared.smime import CertificateError, load_clinician_certificate

        try:
            load_clinician_certificate(cert_path.read_bytes())
        except CertificateError as error:
            raise click.ClickException(f"{cert_path}: {error}") from None
        certificate_pem = cert_path.read_bytes()
    else:
        click.echo("warning: no certificate: no brief can be sent until one is added", err=True)
    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        added = add_clinician(session, name=name, email=email, certificate_pem=certificate_pem)
        added.brief_lead_minutes = brief_lead_minutes
        link = _console_invitation(session, added, admin=admin)
    click.echo(f"console: set a password within 72 hours at {link}", err=True)
    click.echo(added.id)


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
    from shared import accounts

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
def client_add(clinician_email: str, phone: str, name: str, timezone: str) -> None:
    """Enrol a client; prints the new client's id alone on the last line."""
    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        owner = clinician_by_email(session, clinician_email)
        added = add_client(
            session, ctx.keys, clinician=owner, phone=phone, name=name, timezone=timezone
        )
    click.echo(added.id)


@client.command("delete")
@click.argument("client_id")
@click.confirmation_option(prompt="Delete this client and everything they sent, for good?")
def client_delete(client_id: str) -> None:
    """Delete a client, their messages, and their data key (crypto-shredding)."""
    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        delete_client(session, client_id)
        audit.record(
            session,
            actor=audit.current_actor(),
            action="client.deleted",
            subject_type="client",
            subject_id=client_id,
        )
    click.echo("deleted; their data key is destroyed")


@client.command("status")
@click.argument("client_id")
@click.argument("status", type=click.Choice([status.value for status in ClientStatus]))
def client_status(client_id: str, status: str) -> None:
    """Pause or resume a client (opted_out is normally set by the client's STOP)."""
    from shared.roster import set_status

    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        set_status(session, get_client(session, client_id), status)
    click.echo(status)
