"""Texts Carryback sends first: reminders as co-built, the welcome, what was sent.

``practice set --remind/--nudge/--no-reminders`` lands in :func:`set_reminders`;
``client welcome``, ``client tz`` and ``client messages`` extend the ``client`` group.
"""

from __future__ import annotations

from dataclasses import dataclass

import click
from sqlalchemy import select

from services import runtime
from services.cli.errors import clear_errors, load_context
from services.cli.roster import client
from shared.db.models import ClientMessaging, OutboundMessage, utcnow
from shared.kernel.timeutil import to_local
from shared.outreach import messaging, reminder_setup
from shared.roster.clients import get_client


@dataclass(frozen=True)
class ReminderOptions:
    """The reminder options of ``practice set``, as typed (None: not given)."""

    remind: str | None
    quiet_hours: str | None
    max_per_week: int | None
    nudge: str | None
    confirmed: bool
    none: bool = False  # --no-reminders: stop reminders and the nudge

    @property
    def given(self) -> bool:
        typed = (self.remind, self.quiet_hours, self.max_per_week, self.nudge)
        return self.none or any(option is not None for option in typed)

    def over(self, stored: reminder_setup.ReminderRequest) -> reminder_setup.ReminderRequest:
        """What to save: the options given, and what is stored for the rest."""
        if self.none:
            return reminder_setup.ReminderRequest(quiet_hours=stored.quiet_hours)
        return reminder_setup.ReminderRequest(
            remind=stored.remind if self.remind is None else self.remind,
            quiet_hours=stored.quiet_hours if self.quiet_hours is None else self.quiet_hours,
            max_per_week=stored.max_per_week if self.max_per_week is None else self.max_per_week,
            nudge=stored.nudge if self.nudge is None else self.nudge,
        )


def set_reminders(ctx: runtime.Context, client_id: str, options: ReminderOptions) -> None:
    """Show the reminder exactly as the client will get it, then save it."""
    with clear_errors():
        with ctx.db.session() as session:
            target = get_client(session, client_id)
            stored = reminder_setup.request_from_plan(session.get(ClientMessaging, target.id))
            choice = reminder_setup.parse_request(options.over(stored))
            shown = reminder_setup.preview_for_client(session, ctx.keys, target, choice, utcnow())
        for line in shown.lines:
            click.echo(line.heading)
            click.echo(f"  {line.text}")
        if shown.lines and not options.confirmed:
            click.confirm("Shown to the client? Save these reminders", abort=True)
        with ctx.db.session() as session:
            target = get_client(session, client_id)
            plan = messaging.set_reminders(session, target, choice, utcnow())
            click.echo(reminder_setup.describe_next(plan, target.timezone))


@client.command("welcome")
@click.argument("client_id")
def client_welcome(client_id: str) -> None:
    """Send the welcome (and consent request); again at most once a day."""
    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        message_id = messaging.queue_welcome(session, get_client(session, client_id), utcnow())
    queued = ctx.queues.enqueue_message(message_id)
    click.echo("welcome queued" if queued else "welcome stored; it goes out once Redis is back")


@client.command("tz")
@click.argument("client_id")
@click.argument("timezone")
def client_tz(client_id: str, timezone: str) -> None:
    """The client moved: their reminders follow their new local time."""
    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        messaging.move_timezone(session, get_client(session, client_id), timezone, utcnow())
    click.echo(timezone)


@client.command("messages")
@click.argument("client_id")
def client_messages(client_id: str) -> None:
    """Texts Carryback sent or will send this client, with Twilio's delivery status."""
    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        target = get_client(session, client_id)
        plan = messaging.plan_for(session, target.id)
        rows = session.execute(
            select(OutboundMessage)
            .where(OutboundMessage.client_id == target.id)
            .order_by(OutboundMessage.due_at)
        ).scalars()
        for row in rows:
            due = to_local(row.due_at, target.timezone).strftime("%Y-%m-%d %H:%M %Z")
            note = f"  {row.last_error}" if row.last_error else ""
            click.echo(f"{due}  {row.kind:<8} {row.status}{note}")
        if plan.landline_at is not None:
            click.echo("warning: this number cannot take texts (a landline); ask for a mobile")
        if plan.paused_at is not None:
            since = to_local(plan.paused_at, target.timezone)
            click.echo(f"reminders paused by the client since {since:%a %H:%M}")
