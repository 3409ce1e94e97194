"""``carryback practice`` and ``carryback noticings``: what was agreed, and what came of it."""

from __future__ import annotations

import json

import click
from sqlalchemy import select

from services.cli.errors import clear_errors, load_context
from services.cli.messages import ReminderOptions, set_reminders
from shared.db.models import Noticing, utcnow
from shared.kernel.defaults import REMINDERS_MAX_PER_WEEK
from shared.kernel.timeutil import local_to_utc, to_local
from shared.language.cues import parse_cue_option
from shared.noticings.intake import open_body, open_tags
from shared.outreach import carried
from shared.roster.clients import brief_lead_minutes, get_client, set_practice
from shared.vault import audit
from shared.vault.sealed import OpenedClient


@click.group()
def practice() -> None:
    """The practice co-built in session."""


@practice.command("set")
@click.argument("client_id")
@click.option("--cue", "cues", multiple=True, help='"LABEL" or "LABEL|PHRASE|PHRASE"')
@click.option("--action", help="The one small action.")
@click.option("--carry-back", help="What the client brings next time.")
@click.option("--next-session", help='"YYYY-MM-DD HH:MM" in the client\'s timezone.')
@click.option("--nothing-this-week", is_flag=True, help="No practice this week: a valid plan.")
@click.option("--remind", help='Reminder days and local time, e.g. "Mon-Fri 08:30".')
@click.option("--no-reminders", is_flag=True, help="Stop the client's reminders.")
@click.option("--quiet-hours", help="The client's quiet hours if wider than 21:00-08:00.")
@click.option(
    "--max-per-week",
    type=int,
    help=f"At most {REMINDERS_MAX_PER_WEEK} (the default).",
)
@click.option("--nudge", help="Pre-session nudge the day before, at this local time (HH:MM).")
@click.option("--yes", "confirmed", is_flag=True, help="Save the reminders without asking.")
def practice_set(
    client_id: str,
    cues: tuple[str, ...],
    action: str | None,
    carry_back: str | None,
    next_session: str | None,
    nothing_this_week: bool,
    remind: str | None,
    no_reminders: bool,
    quiet_hours: str | None,
    max_per_week: int | None,
    nudge: str | None,
    confirmed: bool,
) -> None:
    """Record a new version of the client's practice and schedule the next brief.

    With only reminder options (--remind, --nudge, --quiet-hours,
    --max-per-week, --no-reminders), the practice is kept and only the
    reminders change; a reminder option not given keeps what is stored.
    """
    ctx = load_context()
    wanted = ReminderOptions(remind, quiet_hours, max_per_week, nudge, confirmed, no_reminders)
    reminding = wanted.given
    if reminding and not (cues or action or carry_back or next_session or nothing_this_week):
        set_reminders(ctx, client_id, wanted)
        return
    with clear_errors(), ctx.db.session() as session:
        target = get_client(session, client_id)
        starts_at = local_to_utc(next_session, target.timezone) if next_session else None
        lead = brief_lead_minutes(target, ctx.settings.brief_lead_minutes)
        added = set_practice(
            session,
            ctx.keys,
            target,
            cues=[parse_cue_option(c) for c in cues],
            action=action,
            carry_back=carry_back,
            nothing_this_week=nothing_this_week,
            next_session_at=starts_at,
            lead_minutes=lead,
        )
        # The new version's one text to a consented client (quiet hours and caps hold it).
        text_id = carried.queue_after_save(session, target, added.id, utcnow())
        version = added.version
    if text_id is not None:
        ctx.queues.enqueue_message(text_id)
    click.echo(f"practice version {version}")
    if reminding:
        set_reminders(ctx, client_id, wanted)


@click.command("noticings")
@click.argument("client_id")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def noticings(client_id: str, as_json: bool) -> None:
    """Show a client's noticings, decrypted (the read is audited)."""
    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        target = get_client(session, client_id)
        opened_client = ctx.keys.open_client(session, target)
        rows = session.execute(
            select(Noticing)
            .where(Noticing.client_id == target.id)
            .order_by(Noticing.received_at, Noticing.id)
        ).scalars()
        opened = [_noticing_record(opened_client, row) for row in rows]
        audit.record(
            session,
            actor=audit.current_actor(),
            action="noticings.read",
            subject_type="client",
            subject_id=target.id,
            detail=audit.counted(len(opened), "noticing"),
        )
    for record in opened:
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            cues = ", ".join(record["cues"]) or "-"
            click.echo(f"{record['received_at']}  [{record['status']}] ({cues})  {record['text']}")


def _noticing_record(client: OpenedClient, row: Noticing) -> dict[str, object]:
    tags = open_tags(client, row)
    tz_name = client.client.timezone
    return {
        "id": row.id,
        "kind": row.kind,
        "received_at": to_local(row.received_at, tz_name).isoformat(timespec="minutes"),
        "status": row.status,
        "text": open_body(client, row),
        "cues": list(tags.cues) if tags else [],
        "intensity": tags.intensity if tags else None,
        "barrier": tags.barrier if tags else False,
        "crisis": row.crisis,
        "num_media": row.num_media,
    }
