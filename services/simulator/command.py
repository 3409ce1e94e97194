"""``carryback simulate``: run the Twilio stand-in and play Twilio's webhooks.

Settings come from the same environment variables the services read
(``TWILIO_ACCOUNT_SID``, ``TWILIO_AUTH_TOKEN``, ``TWILIO_PHONE_NUMBER``,
``TWILIO_API_BASE``, ``PUBLIC_BASE_URL``); every one can be overridden by
an option.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click
import requests
from werkzeug.serving import make_server

from services.simulator.api import SimulatorControl, create_simulator_app
from services.simulator.calls import ENDINGS
from services.simulator.keywords import KeywordHandling, KeywordKind, OptOutMode
from services.simulator.numbers import buy_number
from services.simulator.webhooks import WebhookSender

T = TypeVar("T")
E164 = re.compile(r"^\+[1-9][0-9]{1,14}$")


def _e164(_ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not E164.fullmatch(value):
        raise click.BadParameter("must be an E.164 number such as +15551234567", param=param)
    return value


account_sid_option = click.option(
    "--account-sid", envvar="TWILIO_ACCOUNT_SID", required=True, show_envvar=True
)
auth_token_option = click.option(
    "--auth-token", envvar="TWILIO_AUTH_TOKEN", required=True, show_envvar=True
)
public_base_option = click.option(
    "--public-base-url",
    envvar="PUBLIC_BASE_URL",
    required=True,
    show_envvar=True,
    help="The public URL Twilio would call; signatures are computed over it.",
)
target_option = click.option(
    "--target", default=None, help="Where to send the request, if not PUBLIC_BASE_URL (proxy)."
)
from_option = click.option("--from", "from_", required=True, callback=_e164, help="Caller.")
to_option = click.option(
    "--to",
    envvar="TWILIO_PHONE_NUMBER",
    required=True,
    show_envvar=True,
    callback=_e164,
    help="Carryback's Twilio number.",
)


@click.group("simulate")
def simulate_group() -> None:
    """Local Twilio stand-in and signed webhooks, for development and demos."""


@simulate_group.command("api")
@click.option("--port", type=int, default=8089, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--recordings-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Keep uploaded recordings on disk instead of in memory.",
)
@click.option(
    "--number",
    envvar="TWILIO_PHONE_NUMBER",
    default=None,
    show_envvar=True,
    help="A phone number the account owns from the start (`carryback twilio setup` finds it).",
)
@click.option(
    "--opt-out",
    "opt_out",
    type=click.Choice([mode.value for mode in OptOutMode]),
    default=OptOutMode.DEFAULT.value,
    show_default=True,
    help="How the number handles STOP, START and HELP: Twilio's default handling, or "
    "Advanced Opt-Out (a Messaging Service).",
)
@click.option(
    "--no-reply",
    "no_reply",
    type=click.Choice([kind.value for kind in KeywordKind]),
    multiple=True,
    help="With --opt-out advanced: turn off Twilio's reply to this kind of keyword (repeat).",
)
@account_sid_option
@auth_token_option
def run_api(
    port: int,
    host: str,
    recordings_dir: Path | None,
    number: str | None,
    opt_out: str,
    no_reply: tuple[str, ...],
    account_sid: str,
    auth_token: str,
) -> None:
    """Run the Twilio REST stand-in (point TWILIO_API_BASE at it)."""
    if no_reply and opt_out != OptOutMode.ADVANCED:
        raise click.BadParameter("replies can be turned off with --opt-out advanced only")
    keywords = (
        KeywordHandling.advanced(replies={KeywordKind(kind): "" for kind in no_reply})
        if opt_out == OptOutMode.ADVANCED
        else KeywordHandling()
    )
    app = create_simulator_app(
        account_sid, auth_token, recordings_dir=recordings_dir, keywords=keywords
    )
    if number:
        try:
            buy_number(app, number)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--number") from None
    server = make_server(host, port, app, threaded=True)
    click.echo(f"Twilio stand-in listening on http://{host}:{server.server_port}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        server.server_close()


@simulate_group.command("sms")
@from_option
@to_option
@click.argument("body")
@public_base_option
@target_option
@account_sid_option
@auth_token_option
def send_sms(
    from_: str,
    to: str,
    body: str,
    public_base_url: str,
    target: str | None,
    account_sid: str,
    auth_token: str,
) -> None:
    """Post a signed inbound-SMS webhook to the intake; print its TwiML reply."""
    sender = WebhookSender(public_base_url, auth_token, account_sid, target_base_url=target)
    response = _deliver(lambda: sender.sms(from_, body, to=to))
    click.echo(f"POST /twilio/sms -> HTTP {response.status_code}")
    click.echo(response.text)


@simulate_group.command("call")
@from_option
@to_option
@click.argument("audio", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--ends-by",
    type=click.Choice(sorted(ENDINGS)),
    default="silence",
    show_default=True,
    help="How the caller ends the note: silence, hangup, or a key.",
)
@click.option(
    "--stir-verstat",
    default=None,
    help="Twilio's STIR/SHAKEN verdict, e.g. TN-Validation-Passed-A (default: none, "
    "as for a caller whose carrier sent no SHAKEN PASSporT).",
)
@click.option(
    "--api-base",
    envvar="TWILIO_API_BASE",
    required=True,
    show_envvar=True,
    help="The running stand-in (carryback simulate api), which plays the call.",
)
@click.option(
    "--not-ready",
    type=click.IntRange(min=0),
    default=0,
    help="Have the stand-in answer 404 to the first N media downloads.",
)
@public_base_option
@target_option
def place_call(
    from_: str,
    to: str,
    audio: Path,
    ends_by: str,
    stir_verstat: str | None,
    api_base: str,
    not_ready: int,
    public_base_url: str,
    target: str | None,
) -> None:
    """Call the intake through the stand-in, which executes its TwiML as Twilio does.

    The caller says AUDIO at the first <Record>; prints every request the
    stand-in made, what the caller heard and the recordings made.
    """
    control = SimulatorControl(api_base)
    report = _deliver(
        lambda: control.place_call(
            f"{public_base_url.rstrip('/')}/twilio/voice",
            from_=from_,
            to=to,
            notes=[(audio.read_bytes(), ends_by)],
            target=target,
            stir_verstat=stir_verstat,
            not_ready=not_ready,
        )
    )
    click.echo(f"call {report['call_sid']}")
    for line in report["requests"]:
        click.echo(f"  {line}")
    for said in report["heard"]:
        click.echo(f"  heard: {said}")
    for made in report["recordings"]:
        click.echo(f"  recording {made['sid']}: {made['status']} ({made['duration_s']} s)")
    click.echo(f"  ended: {report['ended']}")
    if report["errors"]:
        raise click.ClickException("; ".join(report["errors"]))


def _deliver(send: Callable[[], T]) -> T:
    """Run one HTTP step; turn connection failures into one clear CLI line."""
    try:
        return send()
    except requests.ConnectionError as exc:
        url = exc.request.url if exc.request is not None else "?"
        raise click.ClickException(f"cannot connect to {url}") from None
    except requests.HTTPError as exc:
        raise click.ClickException(f"the stand-in refused the request: {exc}") from None
