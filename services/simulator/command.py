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
import soundfile
from werkzeug.serving import make_server

from services.simulator.api import SimulatorControl, create_simulator_app
from services.simulator.webhooks import WebhookSender, new_sid

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
@account_sid_option
@auth_token_option
def run_api(
    port: int, host: str, recordings_dir: Path | None, account_sid: str, auth_token: str
) -> None:
    """Run the Twilio REST stand-in (point TWILIO_API_BASE at it)."""
    app = create_simulator_app(account_sid, auth_token, recordings_dir=recordings_dir)
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
    "--api-base",
    envvar="TWILIO_API_BASE",
    required=True,
    show_envvar=True,
    help="The running stand-in (carryback simulate api).",
)
@click.option(
    "--not-ready",
    type=click.IntRange(min=0),
    default=0,
    help="Have the stand-in answer 404 to the first N media downloads.",
)
@public_base_option
@target_option
@account_sid_option
@auth_token_option
def place_call(
    from_: str,
    to: str,
    audio: Path,
    api_base: str,
    not_ready: int,
    public_base_url: str,
    target: str | None,
    account_sid: str,
    auth_token: str,
) -> None:
    """Upload AUDIO to the stand-in, then play the voice and recording webhooks."""
    duration_s = _duration_seconds(audio)
    control = SimulatorControl(api_base)
    recording_sid = _deliver(lambda: control.add_recording(audio.read_bytes(), not_ready=not_ready))
    click.echo(f"recording {recording_sid} ({duration_s} s) uploaded to the stand-in")

    sender = WebhookSender(public_base_url, auth_token, account_sid, target_base_url=target)
    call_sid = new_sid("CA")
    voice = _deliver(lambda: sender.call(from_, to=to, call_sid=call_sid))
    click.echo(f"POST /twilio/voice -> HTTP {voice.status_code}")
    click.echo(voice.text)
    callback = _deliver(
        lambda: sender.recording(
            call_sid=call_sid, recording_sid=recording_sid, duration_s=duration_s, api_base=api_base
        )
    )
    click.echo(f"POST /twilio/recording -> HTTP {callback.status_code}")


def _duration_seconds(audio: Path) -> int:
    try:
        info = soundfile.info(str(audio))
    except RuntimeError as exc:  # soundfile raises RuntimeError for unreadable audio
        raise click.BadParameter(f"cannot read audio: {exc}", param_hint="AUDIO") from None
    return max(1, round(info.duration))


def _deliver(send: Callable[[], T]) -> T:
    """Run one HTTP step; turn connection failures into one clear CLI line."""
    try:
        return send()
    except requests.ConnectionError as exc:
        url = exc.request.url if exc.request is not None else "?"
        raise click.ClickException(f"cannot connect to {url}") from None
    except requests.HTTPError as exc:
        raise click.ClickException(f"stand-in refused the upload: {exc}") from None
