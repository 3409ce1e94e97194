"""``carryback brief``: preview or send a client's next brief now."""

from __future__ import annotations

import click

from services.cli.errors import clear_errors, load_context
from shared.db.models import BriefStatus, TherapySession
from shared.roster.clients import brief_lead_minutes, get_client
from shared.vault import audit


@click.group()
def brief() -> None:
    """Pre-session briefs."""


@brief.command("preview")
@click.argument("client_id")
def brief_preview(client_id: str) -> None:
    """Print the plain-text brief as it would go out now (the read is audited)."""
    from shared.db.models import utcnow
    from shared.delivery.briefing import prepare_brief, upcoming_session
    from shared.delivery.briefs.render import render_text

    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        target = get_client(session, client_id)
        lead = brief_lead_minutes(target, ctx.settings.brief_lead_minutes)
        upcoming = upcoming_session(session, target, lead, persist=False)
        prepared = prepare_brief(session, ctx.keys, upcoming, utcnow())
        audit.record(
            session,
            actor=audit.current_actor(),
            action="brief.previewed",
            subject_type="client",
            subject_id=target.id,
        )
    click.echo(render_text(prepared.brief))


@brief.command("send")
@click.argument("client_id")
def brief_send(client_id: str) -> None:
    """Build, encrypt and send the brief for the client's next session now."""
    from services.summary.jobs import send_brief
    from shared.delivery.briefing import queue_now, upcoming_session

    ctx = load_context()
    with clear_errors():
        ctx.settings.require_mail()
        with ctx.db.session() as session:
            target = get_client(session, client_id)
            lead = brief_lead_minutes(target, ctx.settings.brief_lead_minutes)
            upcoming = upcoming_session(session, target, lead)
            queue_now(session, upcoming.id)
    outcome = send_brief(upcoming.id)
    if outcome != BriefStatus.SENT:
        with ctx.db.session() as session:
            error = session.get(TherapySession, upcoming.id).last_error
        raise click.ClickException(f"brief not sent: {error or outcome}")
    click.echo("brief sent")
