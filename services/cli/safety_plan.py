"""``carryback plan``: the client's safety plan, co-built in session (Stanley-Brown's six parts).

``plan set`` saves a new version (the earlier ones are kept); ``plan show``
prints the current one and the exact texts PLAN answers with. Both are
audited under the person at the keyboard (``CARRYBACK_ACTOR`` or the OS user).
"""

from __future__ import annotations

import click

from services.cli.errors import clear_errors, load_context
from shared.outreach.safety_plan_text import plan_messages
from shared.roster.clients import get_client
from shared.roster.safety_plans import (
    PART_NAMES,
    SafetyPlanError,
    build_parts,
    read_plan,
    set_plan,
)
from shared.vault import audit


@click.group("plan")
def safety_plan() -> None:
    """The client's safety plan: what PLAN sends them, and the line every crisis reply adds."""


@safety_plan.command("set")
@click.argument("client_id")
@click.option("--warning-sign", "warning_signs", multiple=True, help="1. A warning sign.")
@click.option("--coping", multiple=True, help="2. Something I can do on my own.")
@click.option(
    "--distraction", "distractions", multiple=True, help="3. A person or place that helps."
)
@click.option("--person", "people", multiple=True, help='4. Someone to ask: "NAME|PHONE".')
@click.option(
    "--professional", "professionals", multiple=True, help='5. A professional: "NAME|PHONE".'
)
@click.option("--safe-step", "safe_steps", multiple=True, help="6. Making my surroundings safer.")
def plan_set(
    client_id: str,
    warning_signs: tuple[str, ...],
    coping: tuple[str, ...],
    distractions: tuple[str, ...],
    people: tuple[str, ...],
    professionals: tuple[str, ...],
    safe_steps: tuple[str, ...],
) -> None:
    """Save a new version of the plan, in the client's words (every option repeatable).

    988 and 911 are always listed under professionals and services.
    """
    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        try:
            parts = build_parts(
                warning_signs=warning_signs,
                coping=coping,
                distractions=distractions,
                people=people,
                professionals=professionals,
                safe_steps=safe_steps,
            )
        except SafetyPlanError as error:
            raise click.ClickException(str(error)) from None
        saved = set_plan(session, ctx.keys, get_client(session, client_id), parts)
        version = saved.version
    click.echo(f"safety plan version {version}")
    click.echo("A safety plan does not replace crisis services; this number is not monitored.")


@safety_plan.command("show")
@click.argument("client_id")
def plan_show(client_id: str) -> None:
    """The current plan and the texts PLAN sends (the read is audited)."""
    ctx = load_context()
    with clear_errors(), ctx.db.session() as session:
        client = get_client(session, client_id)
        plan = read_plan(session, ctx.keys, client, actor=audit.current_actor())
        language = client.language
    if plan is None:
        raise click.ClickException("this client has no safety plan yet (carryback plan set)")
    click.echo(f"Safety plan, version {plan.version} (saved {plan.created_at:%Y-%m-%d %H:%M} UTC)")
    for field, name in PART_NAMES.items():
        entries = getattr(plan.parts, field)
        click.echo(f"\n{name}:")
        for entry in entries or ("-",):
            click.echo(f"  {entry}")
    messages = plan_messages(plan.parts, language)
    click.echo(f"\nWhat PLAN sends ({len(messages)} message{'s' if len(messages) > 1 else ''}):")
    for text in messages:
        click.echo(f"\n{text}")
