"""The stand-in's control routes (tests and the demo drive it).

And the phones it plays: a client's texts and calls, through Twilio's own handling.
"""

from __future__ import annotations

import re
import uuid
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Response, jsonify, request

from services.simulator.calls import CallerError, CallerNote, CallPlayer
from services.simulator.inbound import receive_text
from services.simulator.keywords import KeywordHandling, KeywordKind, OptOutMode
from services.simulator.messages import (
    REFUSED_STEPS,
    delivered,
    delivery_steps,
    message_resource,
    report_delivery,
)
from services.simulator.state import CALL_SID, DEFAULT_REGION, E164, REGION, State, twilio_error
from services.simulator.webhooks import WebhookSender, recording_url


def add_control_routes(app: Flask, state: State) -> None:
    @app.post("/_sim/recordings")
    def add_recording() -> Response | tuple[Response, int]:
        upload = next(iter(request.files.values()), None)
        audio = upload.read() if upload is not None else request.get_data()
        kind = _audio_kind(audio)
        if kind is None:
            return twilio_error(400, 21000, "upload a WAV or MP3 file")
        not_ready = request.args.get("not_ready", "0")
        if not not_ready.isdigit():
            return twilio_error(400, 21000, "not_ready must be a whole number")
        region = request.args.get("region", DEFAULT_REGION)
        if not REGION.fullmatch(region):
            return twilio_error(400, 21000, "region must be a Twilio Region such as ie1")
        call_sid = request.args.get("call_sid") or None
        if call_sid is not None and not CALL_SID.fullmatch(call_sid):
            return twilio_error(400, 21000, "call_sid must be CA and 32 hex digits")
        sid = f"RE{uuid.uuid4().hex}"
        with state.lock:
            state.store_audio(sid, audio, kind, int(not_ready), region, call_sid=call_sid)
        return jsonify({"sid": sid, "format": kind, "region": region}), 201

    @app.get("/_sim/messages")
    def list_messages() -> Response:
        with state.lock:
            return jsonify(list(state.messages))

    @app.post("/_sim/inbound")
    def add_inbound() -> Response | tuple[Response, int]:
        sid = _control_field("sid")
        if not MESSAGE_SID.fullmatch(sid):
            return twilio_error(400, 21000, "sid must be SM or MM and 32 hex digits")
        with state.lock:
            state.inbound.add(sid)
            state.message_times[sid] = state.now()
        return jsonify({"sid": sid}), 201

    @app.post("/_sim/clock")
    def advance_clock() -> Response | tuple[Response, int]:
        seconds = _control_field("advance")
        try:
            advance = float(seconds)
        except ValueError:
            return twilio_error(400, 21000, "advance must be a number of seconds"), 400
        if not 0 <= advance <= 366 * 86400:
            return twilio_error(400, 21000, "advance must be between 0 and a year"), 400
        with state.lock:
            state.clock_offset += advance
        return jsonify({"clock_offset": state.clock_offset})

    @app.get("/_sim/deleted")
    def list_deleted() -> Response:
        with state.lock:
            return jsonify(list(state.deleted))

    @app.get("/_sim/served")
    def list_served() -> Response:
        with state.lock:
            return jsonify(list(state.served))

    @app.post("/_sim/opted_out")
    def opt_out() -> Response:
        number = _control_field("number")
        if not number or not E164.fullmatch(number):
            return twilio_error(400, 21211, "number must be E.164")
        with state.lock:
            state.opted_out.add(number)
        return jsonify({"opted_out": True})

    @app.post("/_sim/landlines")
    def add_landline() -> Response:
        number = _control_field("number")
        if not number or not E164.fullmatch(number):
            return twilio_error(400, 21211, "number must be E.164")
        refused = _control_field("answer") == "refuse"
        with state.lock:
            (state.refused_landlines if refused else state.landlines).add(number)
        return jsonify({"landline": True, "refused": refused})

    @app.post("/_sim/faults")
    def inject_faults() -> Response:
        status, count = _control_field("status"), _control_field("count") or "1"
        if not (status.isdigit() and 400 <= int(status) <= 599 and count.isdigit()):
            return twilio_error(400, 21000, "status must be 4xx/5xx, count a number")
        problem = _control_field("problem").lower() in {"1", "true", "yes"}
        with state.lock:
            state.fault_status, state.fault_count = int(status), int(count)
            state.fault_as_problem = problem
        return jsonify({"status": int(status), "count": int(count), "problem": problem})

    @app.post("/_sim/hangups")
    def hang_ups() -> Response | tuple[Response, int]:
        """The next ``count`` message creates are taken, then the connection dropped unanswered."""
        count = _control_field("count") or "1"
        if not count.isdigit():
            return twilio_error(400, 21000, "count must be a whole number"), 400
        with state.lock:
            state.hangups = int(count)
        return jsonify({"hangups": int(count)})

    @app.post("/_sim/reset")
    def reset() -> Response:
        with state.lock:
            state.reset()
        return jsonify({"reset": True})


MESSAGE_SID = re.compile(r"^(SM|MM)[0-9a-f]{32}$")


class _Phones:
    """The stand-in's state as services.simulator.inbound sees it."""

    def __init__(self, state: State, account_sid: str) -> None:
        self._state = state
        self._account_sid = account_sid

    def blocked(self, number: str) -> bool:
        with self._state.lock:
            return number in self._state.opted_out

    def block(self, number: str) -> None:
        with self._state.lock:
            self._state.opted_out.add(number)

    def unblock(self, number: str) -> None:
        with self._state.lock:
            self._state.opted_out.discard(number)

    def hold_inbound(self, sid: str, from_: str, to: str, body: str) -> None:
        with self._state.lock:
            self._state.inbound.add(sid)
            self._state.message_times[sid] = self._state.now()

    def deliver_automatic(self, to: str, from_: str, body: str) -> None:
        with self._state.lock:
            reply = {"to": to, "from": from_, "body": body, "via": "automatic"}
            self._state.delivered.append(reply)

    def send_reply(self, to: str, from_: str, body: str, action: str | None) -> bool:
        message = message_resource(self._account_sid, to, from_, body, direction="outbound-reply")
        with self._state.lock:
            refused = to in self._state.opted_out
            if refused:
                message |= {"status": "failed", "error_code": 21610}
            else:
                self._state.delivered.append(delivered(message, "reply"))
            self._state.messages.append(message)
            self._state.message_times[message["sid"]] = self._state.now()
        if action:
            steps = REFUSED_STEPS if refused else delivery_steps(landline=False)
            report_delivery(self._state, message, action, steps)
        return not refused


def add_text_routes(app: Flask, state: State, account_sid: str) -> None:
    phones = _Phones(state, account_sid)

    @app.post("/_sim/sms")
    def text_in() -> tuple[Response, int]:
        """A client texts our number: Twilio's keyword handling, the webhook, the TwiML reply.

        JSON or form: ``sms_url`` (the messaging webhook's public URL; the
        signature is computed over it), ``target`` (optional: where requests
        for its origin really go), ``from``, ``to``, ``body``. Answers the
        text's report (services.simulator.inbound.TextReport) once the reply
        has been sent.
        """
        sms_url, from_, to = (_control_field(name) for name in ("sms_url", "from", "to"))
        body = _control_field("body")
        if not sms_url.startswith(("http://", "https://")):
            return twilio_error(400, 21000, "sms_url must be an absolute http(s) URL"), 400
        if not (E164.fullmatch(from_) and E164.fullmatch(to)):
            return twilio_error(400, 21211, "from and to must be E.164"), 400
        sender = WebhookSender(
            _origin(sms_url),
            state.auth_token,
            account_sid,
            target_base_url=_control_field("target") or None,
        )
        report = receive_text(
            sender,
            state.keywords,
            phones,
            sms_url=sms_url,
            account_sid=account_sid,
            service_sid=state.service_sid,
            from_=from_,
            to=to,
            body=body,
        )
        return jsonify(report.as_json()), 201

    @app.route("/_sim/keywords", methods=["GET", "POST"])
    def keyword_handling() -> Response | tuple[Response, int]:
        """How the number answers STOP, START and HELP; POST sets it.

        ``mode``: "default" (Twilio's built-in handling) or "advanced"
        (Advanced Opt-Out); for "advanced", ``replies`` maps STOP, START or
        HELP to the reply text ("" turns that reply off; Twilio's text where
        not given) and ``keywords`` maps them to words added to the list.
        """
        if request.method == "POST":
            payload = request.get_json(silent=True) or {}
            try:
                handling = _handling_from(payload)
            except ValueError as error:
                return twilio_error(400, 21000, str(error)), 400
            with state.lock:
                state.keywords = handling
        with state.lock:
            return jsonify({**state.keywords.as_json(), "service_sid": state.service_sid})

    @app.get("/_sim/delivered")
    def delivered() -> Response:
        """Every text that reached a phone, in order (``?to=`` for one number)."""
        number = request.args.get("to", "")
        with state.lock:
            return jsonify([d for d in state.delivered if not number or d["to"] == number])


def _handling_from(payload: dict[str, Any]) -> KeywordHandling:
    mode = str(payload.get("mode", OptOutMode.DEFAULT))
    if mode not in set(OptOutMode):
        raise ValueError("mode must be default or advanced")
    if mode == OptOutMode.DEFAULT:
        if payload.get("replies") or payload.get("keywords"):
            raise ValueError("replies and keywords can be changed with Advanced Opt-Out only")
        return KeywordHandling()
    replies, words = payload.get("replies") or {}, payload.get("keywords") or {}
    if not (isinstance(replies, dict) and isinstance(words, dict)):
        raise ValueError("replies and keywords must be objects keyed by STOP, START or HELP")
    if not set(replies) | set(words) <= set(KeywordKind):
        raise ValueError("replies and keywords are keyed by STOP, START or HELP")
    return KeywordHandling.advanced(
        replies={KeywordKind(kind): str(text) for kind, text in replies.items()},
        extra_keywords={
            KeywordKind(kind): [str(w) for w in added] for kind, added in words.items()
        },
    )


def add_call_route(app: Flask, state: State, account_sid: str) -> None:
    @app.post("/_sim/calls")
    def place_call() -> tuple[Response, int]:
        """Ring the voice URL and play the call as Twilio would (services.simulator.calls).

        A multipart form: ``voice_url`` (the public URL Twilio would request,
        signatures are computed over it), ``target`` (optional: where requests
        for that URL's origin really go), ``from``, ``to``, ``stir_verstat``
        (optional), ``not_ready`` (media GETs answered 404 first), and one
        ``note`` file with one ``ends_by`` field per ``<Record>`` the caller
        speaks to. Answers the call's report once the call is over.
        """
        form = request.form
        voice_url, from_, to = form.get("voice_url", ""), form.get("from", ""), form.get("to", "")
        if not voice_url.startswith(("http://", "https://")):
            return twilio_error(400, 21000, "voice_url must be an absolute http(s) URL"), 400
        if not (E164.fullmatch(from_) and E164.fullmatch(to)):
            return twilio_error(400, 21211, "from and to must be E.164"), 400
        not_ready = form.get("not_ready", "0")
        audio = [upload.read() for upload in request.files.getlist("note")]
        endings = form.getlist("ends_by")
        if len(endings) != len(audio) or not not_ready.isdigit():
            return twilio_error(400, 21000, "one ends_by per note; not_ready a number"), 400
        try:
            notes = [CallerNote(a, e) for a, e in zip(audio, endings, strict=True)]
        except CallerError as error:
            return twilio_error(400, 21000, str(error)), 400
        api_base = request.host_url.rstrip("/")

        def url_of(sid: str) -> str:
            return recording_url(api_base, account_sid, sid)

        def keep(
            sid: str,
            wav: bytes | None,
            call_sid: str,
            duration_s: int,
            error_code: str | None = None,
        ) -> str:
            with state.lock:
                if wav is None:
                    state.note_absent(sid, call_sid, int(error_code or 0))
                else:
                    state.store_audio(
                        sid, wav, "wav", int(not_ready), call_sid=call_sid, duration_s=duration_s
                    )
            return url_of(sid)

        sender = WebhookSender(
            _origin(voice_url),
            state.auth_token,
            account_sid,
            target_base_url=form.get("target") or None,
        )
        report = CallPlayer(sender, account_sid, keep, url_of).play(
            voice_url,
            from_=from_,
            to=to,
            notes=notes,
            stir_verstat=form.get("stir_verstat") or None,
        )
        return jsonify(report.as_json()), 201


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _control_field(name: str) -> str:
    payload = request.get_json(silent=True) if request.is_json else None
    value = payload.get(name) if isinstance(payload, dict) else request.form.get(name)
    return "" if value is None else str(value)


def _audio_kind(audio: bytes) -> str | None:
    if audio[:4] == b"RIFF" and audio[8:12] == b"WAVE":
        return "wav"
    if audio[:3] == b"ID3" or (len(audio) > 1 and audio[0] == 0xFF and audio[1] & 0xE0 == 0xE0):
        return "mp3"
    return None
