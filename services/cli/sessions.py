"""``carryback session``: the sessions briefs are scheduled for."""

from __future__ import annotations

import click
from sqlalchemy import select

from services.cli.errors import clear_errors, load_context
from shared.kernel.timeutil import to_local
from shared.roster.clients import get_client


@click.group("session")
def therapy_session() -> None:
    """Sessions a brief is scheduled for."""


@therapy_session.command("cancel")
@click.argument("client_id")
def session_cancel(client_id: str) -> None:
    """Cancel the client's upcoming session: its brief will not be sent."""
    from shared.roster.clients import cancel_sessions

    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        count = cancel_sessions(session, get_client(session, client_id))
    click.echo(f"cancelled {count} upcoming session(s)")


@therapy_session.command("list")
@click.argument("client_id")
def session_list(client_id: str) -> None:
    """Upcoming and past sessions with their brief status (and any error)."""
    from shared.db.models import TherapySession

    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        target = get_client(session, client_id)
        rows = session.execute(
            select(TherapySession)
            .where(TherapySession.client_id == target.id)
            .order_by(TherapySession.starts_at)
        ).scalars()
        for row in rows:
            starts = to_local(row.starts_at, target.timezone).strftime("%Y-%m-%d %H:%M %Z")
            late = " (late)" if row.brief_late else ""
            error = f"  {row.last_error}" if row.last_error else ""
            click.echo(f"{starts}  brief {row.brief_status}{late}{error}")
