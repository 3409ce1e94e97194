"""The Twilio stand-in's app, its background server for tests, and the client that drives it."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import requests
from flask import Flask, Response, request
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from services.simulator.control import add_call_route, add_control_routes, add_text_routes
from services.simulator.keywords import KeywordHandling
from services.simulator.messages import add_message_routes
from services.simulator.numbers import add_number_routes
from services.simulator.recordings import add_recording_routes
from services.simulator.state import (
    DEFAULT_REGION,
    LOOPBACK,
    MAX_UPLOAD_BYTES,
    State,
    authenticate,
    problem_details,
    twilio_error,
)


def create_simulator_app(
    account_sid: str,
    auth_token: str,
    *,
    recordings_dir: Path | None = None,
    keywords: KeywordHandling | None = None,
) -> Flask:
    """Build the stand-in app for one account (sid + auth token).

    ``keywords``: how the number handles STOP, START and HELP; Twilio's
    default handling on a long code unless given.
    """
    app = Flask("carryback-twilio-simulator")
    app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD_BYTES
    if recordings_dir is not None:
        recordings_dir.mkdir(parents=True, exist_ok=True)
    handling = keywords or KeywordHandling()
    state = State(
        recordings_dir=recordings_dir,
        auth_token=auth_token,
        keywords=handling,
        started_keywords=handling,
    )
    app.extensions["twilio_simulator"] = state

    @app.before_request
    def guard() -> Response | None:
        if request.path.startswith("/_sim/"):
            if request.remote_addr not in LOOPBACK:
                return twilio_error(403, 20403, "control API is loopback only")
            return None
        with state.lock:
            if state.fault_count > 0:
                state.fault_count -= 1
                status, code = state.fault_status, 20429 if state.fault_status == 429 else 20500
                if state.fault_as_problem:
                    return problem_details(status, code, "injected fault")
                return twilio_error(status, code, "injected fault")
        return authenticate(account_sid, auth_token)

    add_message_routes(app, state)
    add_recording_routes(app, state)
    add_control_routes(app, state)
    add_call_route(app, state, account_sid)
    add_number_routes(app, account_sid)
    add_text_routes(app, state, account_sid)
    return app


class _QuietRequestHandler(WSGIRequestHandler):
    """Skips the per-request access line; errors are still logged."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


class BackgroundServer:
    """Serve a WSGI app on 127.0.0.1 in a daemon thread (tests, demo scripts).

    Port 0 picks a free port; ``url`` tells which one was chosen.
    """

    def __init__(
        self, app: Any, *, host: str = "127.0.0.1", port: int = 0, access_log: bool = False
    ) -> None:
        handler = WSGIRequestHandler if access_log else _QuietRequestHandler
        self._server: BaseWSGIServer = make_server(
            host, port, app, threaded=True, request_handler=handler
        )
        # A short poll interval keeps shutdown() quick: tests start many servers.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://{self._server.host}:{self._server.server_port}"

    def start(self) -> BackgroundServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class SimulatorControl:
    """Client for the stand-in's ``/_sim/`` control API."""

    def __init__(
        self, api_base: str, *, session: requests.Session | None = None, timeout: float = 10.0
    ) -> None:
        self._base = api_base.rstrip("/")
        self._session = session or requests.Session()
        self._timeout = timeout

    def place_call(
        self,
        voice_url: str,
        *,
        from_: str,
        to: str,
        notes: Sequence[tuple[bytes, str]] = (),
        target: str | None = None,
        stir_verstat: str | None = None,
        not_ready: int = 0,
    ) -> dict[str, Any]:
        """Play a call to ``voice_url``; ``notes`` are (audio, how it ends) per <Record>.

        Returns the call's report (services.simulator.calls.CallReport as JSON).
        """
        fields: dict[str, Any] = {
            "voice_url": voice_url,
            "from": from_,
            "to": to,
            "not_ready": str(not_ready),
            "ends_by": [ends_by for _audio, ends_by in notes],
        }
        if target is not None:
            fields["target"] = target
        if stir_verstat is not None:
            fields["stir_verstat"] = stir_verstat
        files = [("note", (f"note{n}.wav", audio)) for n, (audio, _e) in enumerate(notes)]
        # A call makes several webhook requests of up to 15 s each.
        response = self._session.post(
            self._base + "/_sim/calls", data=fields, files=files or None, timeout=120
        )
        response.raise_for_status()
        return dict(response.json())

    def add_recording(
        self,
        audio: bytes,
        *,
        not_ready: int = 0,
        region: str = DEFAULT_REGION,
        call_sid: str | None = None,
    ) -> str:
        """Upload audio (WAV or MP3) kept in Twilio Region ``region``; returns the RecordingSid.

        ``call_sid``: the call it is listed under (GET Recordings.json?CallSid=).
        """
        params: dict[str, Any] = {"not_ready": not_ready, "region": region}
        if call_sid is not None:
            params["call_sid"] = call_sid
        response = self._post("/_sim/recordings", data=audio, params=params)
        return str(response.json()["sid"])

    def text(
        self, sms_url: str, *, from_: str, to: str, body: str, target: str | None = None
    ) -> dict[str, Any]:
        """The client at ``from_`` texts ``body`` to our number ``to``, through Twilio's handling.

        Returns the text's report (services.simulator.inbound.TextReport as JSON).
        """
        fields = {"sms_url": sms_url, "from": from_, "to": to, "body": body}
        if target is not None:
            fields["target"] = target
        # The webhook may take up to Twilio's 15 s.
        response = self._session.post(self._base + "/_sim/sms", json=fields, timeout=30)
        response.raise_for_status()
        return dict(response.json())

    def set_keywords(
        self,
        mode: str,
        *,
        replies: dict[str, str] | None = None,
        keywords: dict[str, list[str]] | None = None,
    ) -> dict[str, Any]:
        """Default keyword handling, or Advanced Opt-Out with these replies ("" = off)."""
        payload: dict[str, Any] = {"mode": mode}
        if replies:
            payload["replies"] = replies
        if keywords:
            payload["keywords"] = keywords
        return dict(self._post("/_sim/keywords", json=payload).json())

    def keywords(self) -> dict[str, Any]:
        """How the number handles STOP, START and HELP now."""
        return dict(self._get("/_sim/keywords").json())

    def received(self, number: str) -> list[dict[str, str]]:
        """Every text that reached ``number``'s phone, in order, with how ("via") it came."""
        response = self._session.get(
            self._base + "/_sim/delivered", params={"to": number}, timeout=self._timeout
        )
        response.raise_for_status()
        return list(response.json())

    def messages(self) -> list[dict[str, Any]]:
        return list(self._get("/_sim/messages").json())

    def deleted(self) -> list[str]:
        return list(self._get("/_sim/deleted").json())

    def served(self) -> list[str]:
        """Recordings whose media someone downloaded."""
        return list(self._get("/_sim/served").json())

    def opt_out(self, number: str) -> None:
        self._post("/_sim/opted_out", json={"number": number})

    def add_landline(self, number: str, *, refuse: bool = False) -> None:
        """Messages to ``number`` are accepted, then reported undelivered (30006);
        with ``refuse``, Twilio's API answers at once with error 21614 instead."""
        answer = "refuse" if refuse else "accept"
        self._post("/_sim/landlines", json={"number": number, "answer": answer})

    def add_inbound(self, sid: str) -> None:
        """Twilio holds the inbound message ``sid`` (as if it had just arrived)."""
        self._post("/_sim/inbound", json={"sid": sid})

    def advance_clock(self, seconds: float) -> None:
        """Age every message the stand-in holds by ``seconds``, without waiting."""
        self._post("/_sim/clock", json={"advance": seconds})

    def inject_faults(self, status: int, *, count: int = 1, problem: bool = False) -> None:
        """Answer the next ``count`` Twilio API requests with ``status``.

        ``problem``: as RFC 9457 problem details rather than Twilio's classic error body.
        """
        self._post("/_sim/faults", json={"status": status, "count": count, "problem": problem})

    def hang_up_after_accepting(self, count: int = 1) -> None:
        """Take the next ``count`` messages, then drop each connection before answering."""
        self._post("/_sim/hangups", json={"count": count})

    def reset(self) -> None:
        self._post("/_sim/reset")

    def _get(self, path: str) -> requests.Response:
        response = self._session.get(self._base + path, timeout=self._timeout)
        response.raise_for_status()
        return response

    def _post(self, path: str, **kwargs: Any) -> requests.Response:
        response = self._session.post(self._base + path, timeout=self._timeout, **kwargs)
        response.raise_for_status()
        return response
