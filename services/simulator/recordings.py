"""The stand-in's Recordings resource: metadata, media, lists by CallSid, deletes."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, jsonify, request

from services.simulator.state import (
    API_PREFIX,
    MEDIA_TYPES,
    Recording,
    State,
    not_found,
    page,
    request_region,
)


def add_recording_routes(app: Flask, state: State) -> None:
    @app.get(f"{API_PREFIX}/Recordings.json")
    def list_recordings(account_sid: str) -> Response:
        return _list_recordings(state, account_sid)

    @app.get(f"{API_PREFIX}/Recordings/<name>")
    def get_recording(account_sid: str, name: str) -> Response:
        sid, _, ext = name.partition(".")
        ext = ext or "wav"  # Twilio serves WAV when no extension is given
        if ext == "json":
            return _recording_metadata(state, account_sid, sid)
        with state.lock:
            recording = state.recording_here(sid)
            if recording is None or ext != recording.kind or recording.status != "completed":
                return not_found()
            if recording.not_ready > 0:
                recording.not_ready -= 1
                return not_found()
            audio = state.load_audio(sid, recording)
            state.served.append(sid)
        return Response(audio, mimetype=MEDIA_TYPES[ext])

    @app.delete(f"{API_PREFIX}/Recordings/<name>")
    def delete_recording(account_sid: str, name: str) -> Response | tuple[str, int]:
        sid = name.removesuffix(".json")
        with state.lock:
            if state.recording_here(sid) is None:
                return not_found()
            state.drop_audio(sid)
        return "", 204


def _recording_metadata(state: State, account_sid: str, sid: str) -> Response:
    with state.lock:
        recording = state.recording_here(sid)
    if recording is None:
        return not_found()
    return jsonify(_recording_resource(account_sid, sid, recording))


def _recording_resource(account_sid: str, sid: str, recording: Recording) -> dict[str, Any]:
    """A Recording resource with the description's field names (those the stand-in knows)."""
    base = f"/2010-04-01/Accounts/{account_sid}/Recordings/{sid}"
    return {
        "sid": sid,
        "account_sid": account_sid,
        "call_sid": recording.call_sid,
        "status": recording.status,
        # The description types duration as a string of seconds.
        "duration": str(recording.duration_s),
        "channels": 1,
        "source": "RecordVerb",
        "date_created": recording.created,
        "start_time": recording.created,
        # "This value is null if the recording status is not absent."
        "error_code": recording.error_code,
        "uri": f"{base}.json",
        "media_url": f"{request.host_url.rstrip('/')}{base}",
    }


def _list_recordings(state: State, account_sid: str) -> Response:
    """GET Recordings.json: this Region's recordings, newest first, by CallSid when asked.

    One page holds them all (PageSize is honoured, other pages are not
    served): a test's call makes one or two recordings.
    """
    call_sid = request.args.get("CallSid")
    size = request.args.get("PageSize", "50")
    page_size = int(size) if size.isdigit() and 1 <= int(size) <= 1000 else 50
    with state.lock:
        found = [
            _recording_resource(account_sid, sid, recording)
            for sid, recording in reversed(state.recordings.items())
            if recording.region == request_region()
            and (call_sid is None or recording.call_sid == call_sid)
        ]
    return jsonify(page(request.full_path.rstrip("?"), "recordings", found[:page_size], page_size))
