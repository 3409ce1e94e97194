"""The stand-in's Messages resource, as Twilio documents it.

Sends, delivery reports, look-ups and deletes.
"""

from __future__ import annotations

import socket
import threading
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

import requests
from flask import Flask, Response, jsonify, request
from twilio.request_validator import RequestValidator

from services.simulator.state import (
    API_PREFIX,
    E164,
    MAX_BODY_CHARS,
    MESSAGE_SETTLE_SECONDS,
    State,
    not_complete,
    not_found,
    page,
    twilio_error,
)


def add_message_routes(app: Flask, state: State) -> None:
    @app.post(f"{API_PREFIX}/Messages.json")
    def create_message(account_sid: str) -> Response | tuple[Response, int]:
        to = request.form.get("To", "")
        from_ = request.form.get("From", "")
        body = request.form.get("Body", "")
        # Twilio's messages quote the number; Carryback must not pass them on.
        if not to:
            return twilio_error(400, 21604, "A 'To' phone number is required.")
        if not E164.fullmatch(to):
            return twilio_error(400, 21211, f"The 'To' number {to} is not a valid phone number.")
        if not from_:
            return twilio_error(400, 21603, "A 'From' phone number is required.")
        if not body:
            return twilio_error(400, 21602, "Message body is required.")
        if len(body) > MAX_BODY_CHARS:
            return twilio_error(400, 21617, "The concatenated message body exceeds 1600 chars.")
        with state.lock:
            if to in state.opted_out:
                return twilio_error(400, 21610, "Attempt to send to unsubscribed recipient")
            if to in state.refused_landlines:
                return twilio_error(400, 21614, f"'To' number {to} is not a valid mobile number")
            message = message_resource(account_sid, to, from_, body)
            state.messages.append(message)
            state.message_times[message["sid"]] = state.now()
            landline = to in state.landlines
            if not landline:
                state.delivered.append(delivered(message, "api"))
            hang_up = state.hangups > 0
            if hang_up:
                state.hangups -= 1
        callback = request.form.get("StatusCallback", "")
        if callback:
            report_delivery(state, message, callback, delivery_steps(landline))
        if hang_up:
            _drop_connection()
        return jsonify(message), 201

    @app.get(f"{API_PREFIX}/Messages.json")
    def read_messages(account_sid: str) -> Response:
        """Messages, newest first, by To, From and DateSent as the description's filters say.

        The stand-in lists the messages it sent (API sends and TwiML replies);
        the texts it passed on to a webhook are held by sid only.
        """
        try:
            sent_window = _date_sent_window(request.args)
        except ValueError as error:
            return twilio_error(400, 21000, str(error))
        to, from_ = request.args.get("To"), request.args.get("From")
        size = request.args.get("PageSize", "50")
        page_size = int(size) if size.isdigit() and 1 <= int(size) <= 1000 else 50
        with state.lock:
            found = [
                dict(message)
                for message in reversed(state.messages)
                if (to is None or message["to"] == to)
                and (from_ is None or message["from"] == from_)
                and _sent_within(message, sent_window)
            ]
        uri = request.full_path.rstrip("?")
        return jsonify(page(uri, "messages", found[:page_size], page_size))

    @app.delete(f"{API_PREFIX}/Messages/<name>")
    def delete_message(account_sid: str, name: str) -> Response | tuple[str, int]:
        # Deleting a message at Twilio deletes its media with it.
        sid = name.removesuffix(".json")
        with state.lock:
            held = [m for m in state.messages if m["sid"] == sid]
            if not held and sid not in state.inbound:
                return not_found()
            if state.now() - state.message_times.get(sid, 0.0) < MESSAGE_SETTLE_SECONDS:
                return not_complete()
            state.messages = [m for m in state.messages if m["sid"] != sid]
            state.message_times.pop(sid, None)
            state.inbound.discard(sid)
            state.deleted.append(sid)
        return "", 204


def _drop_connection() -> None:
    """Close the connection with no answer, the request already taken (a /_sim/hangups fault).

    The caller sees the connection end before any response: for it, the
    message may or may not have been sent.
    """
    connection = request.environ.get("werkzeug.socket")
    if connection is not None:
        connection.shutdown(socket.SHUT_RDWR)


_DateWindow = tuple[datetime | None, datetime | None]


def _date_sent_window(args: Any) -> _DateWindow:
    """DateSent (that day), DateSent< (on or before), DateSent> (on or after), as GMT.

    Each takes a date (YYYY-MM-DD) or, as twilio-python sends it, a date and
    time (YYYY-MM-DDTHH:MM:SSZ).
    """
    earliest: datetime | None = None
    latest: datetime | None = None
    if "DateSent" in args:
        day = _gmt(args["DateSent"]).replace(hour=0, minute=0, second=0, microsecond=0)
        earliest, latest = day, day + timedelta(days=1) - timedelta(microseconds=1)
    if "DateSent>" in args:
        earliest = _gmt(args["DateSent>"])
    if "DateSent<" in args:
        latest = _gmt(args["DateSent<"], end_of_day=True)
    return earliest, latest


def _gmt(value: str, *, end_of_day: bool = False) -> datetime:
    try:
        if len(value) == 10:
            day = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
            return day + timedelta(days=1, microseconds=-1) if end_of_day else day
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        raise ValueError("DateSent must be YYYY-MM-DD or an ISO 8601 date and time") from None


def _sent_within(message: dict[str, Any], window: _DateWindow) -> bool:
    """A message not sent yet (date_sent null) is outside any DateSent filter (assumed)."""
    earliest, latest = window
    if earliest is None and latest is None:
        return True
    if not message.get("date_sent"):
        return False
    sent = parsedate_to_datetime(message["date_sent"])
    return (earliest is None or sent >= earliest) and (latest is None or sent <= latest)


def delivery_steps(landline: bool) -> list[tuple[str, str]]:
    """Twilio's callbacks for a message it took: "sent", then "delivered" (or 30006)."""
    return [("sent", ""), ("undelivered", "30006") if landline else ("delivered", "")]


# A reply to a number on the block list fails at once, with Twilio's 21610.
REFUSED_STEPS = [("failed", "21610")]


def report_delivery(
    state: State, message: dict[str, Any], url: str, steps: list[tuple[str, str]]
) -> None:
    """Call back as Twilio does, one request per (status, error code) step."""

    def post_all() -> None:
        validator = RequestValidator(state.auth_token)
        for status, error_code in steps:
            params = {
                "AccountSid": message["account_sid"],
                "MessageSid": message["sid"],
                "SmsSid": message["sid"],
                "MessageStatus": status,
                "SmsStatus": status,
                "To": message["to"],
                "From": message["from"],
                "ApiVersion": "2010-04-01",
            }
            if error_code:
                params["ErrorCode"] = error_code
            with state.lock:
                message["status"] = status
                if status == "sent":
                    message["date_sent"] = format_datetime(datetime.now(UTC), usegmt=True)
            signature = validator.compute_signature(url, params)
            try:
                requests.post(
                    url, data=params, headers={"X-Twilio-Signature": signature}, timeout=15
                )
            except requests.RequestException:
                return  # Twilio does not retry status callbacks either

    threading.Thread(target=post_all, daemon=True).start()


def delivered(message: dict[str, Any], via: str) -> dict[str, str]:
    return {"to": message["to"], "from": message["from"], "body": message["body"], "via": via}


def message_resource(
    account_sid: str, to: str, from_: str, body: str, *, direction: str = "outbound-api"
) -> dict[str, Any]:
    sid = f"SM{uuid.uuid4().hex}"
    now = format_datetime(datetime.now(UTC), usegmt=True)
    return {
        "sid": sid,
        "account_sid": account_sid,
        "to": to,
        "from": from_,
        "body": body,
        "status": "queued",
        "direction": direction,
        # Set when the message leaves Twilio's queue ("sent"), as Twilio's description says.
        "date_sent": None,
        "num_segments": str(max(1, -(-len(body) // 153))),
        "date_created": now,
        "date_updated": now,
        "api_version": "2010-04-01",
        "uri": f"/2010-04-01/Accounts/{account_sid}/Messages/{sid}.json",
    }
