"""An inbound call played as Twilio plays it: the voice URL is requested and the
TwiML it answers is executed, verb by verb, the way Twilio's TwiML docs say.

Verbs: ``<Say>`` and ``<Play>`` (what the caller hears, nothing is fetched),
``<Pause>``, ``<Record>``, ``<Redirect>`` and ``<Hangup>``. Any other verb
ends the call as an application error: the stand-in would rather say so than
guess. A caller is a list of :class:`CallerNote`, one per ``<Record>``; a
``<Record>`` with no note left hears a silent caller.

``<Record>`` as documented (twilio.com/docs/voice/twiml/record):

* the recording ends after ``timeout`` seconds of silence (default 5, 0 never),
  when a key of ``finishOnKey`` is pressed (default any key), when the caller
  hangs up, or after ``maxLength`` seconds (default 3600);
* ``trim="trim-silence"`` (the default) removes leading and trailing silence;
* then Twilio requests ``action`` with RecordingUrl, RecordingSid,
  RecordingDuration and Digits and goes on with the TwiML that answers it;
  without ``action`` it requests the current document's URL again ("which
  can lead to unwanted looping behavior"), and the verbs after ``<Record>``
  are unreachable;
* "if Twilio receives an empty recording, it will not make a request to the
  action URL. The current call flow will continue with the next verb";
* ``recordingStatusCallback`` gets the ``recordingStatusCallbackEvent``
  events (default "completed"; also "in-progress" and "absent").

Where the docs say nothing, the assumption is written beside the code.
"""

from __future__ import annotations

import io
import math
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol
from urllib.parse import urljoin

import numpy as np
import requests
import soundfile

from services.simulator.webhooks import (
    WebhookSender,
    call_params,
    new_sid,
    recording_status_params,
)

# What Twilio says when a webhook fails or answers something that is not TwiML
# (errors 11200, 12100), before it hangs up.
APPLICATION_ERROR = "We are sorry, an application error has occurred. Goodbye."
BEEP = "(beep)"
# Where a caller's key presses end a recording by default: any key.
ANY_KEY = "0123456789*#"
ENDINGS = frozenset({"silence", "hangup", *ANY_KEY})
# Not documented by Twilio: a guard so that a TwiML loop ends the call
# instead of running for ever (a Record without action loops this way).
MAX_DOCUMENTS = 20
# Twilio documents no silence threshold; -40 dBFS is assumed (speech on a
# phone line sits far above it, a line with nobody talking far below).
SILENCE_LEVEL = 0.01
MAX_TWIML_BYTES = 64 * 1024  # Twilio's documented limit for a TwiML response


class CallerError(ValueError):
    """A caller that cannot be played (unreadable audio, unknown ending)."""


@dataclass(frozen=True)
class CallerNote:
    """What the caller does during one ``<Record>``: says ``audio``, then ends it.

    ``ends_by``: "silence" (stops talking and waits), "hangup", or a key
    ("0"-"9", "*", "#") pressed once the audio is said.
    """

    audio: bytes
    ends_by: str = "silence"

    def __post_init__(self) -> None:
        if self.ends_by not in ENDINGS:
            raise CallerError(f"a note ends by silence, hangup or a key, not {self.ends_by!r}")
        _read(self.audio)  # refused here, before the call is placed


@dataclass
class RecordingMade:
    sid: str
    status: str  # "completed" or "absent"
    duration_s: int
    digits: str | None


@dataclass
class CallReport:
    """What happened on the call, as a test (or a person at the demo) would observe it."""

    call_sid: str
    heard: list[str] = field(default_factory=list)
    records: int = 0  # <Record> verbs executed
    recordings: list[RecordingMade] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # "POST <url> -> 200"
    ended: str = ""
    errors: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Take:
    """One recording: its audio (None when empty) and how it ended."""

    wav: bytes | None
    duration_s: int
    digits: str | None  # the key that ended it, "hangup", or None (silence, maxLength)
    frames: int  # recorded before trimming: 0 means the caller gave it no time at all

    @property
    def caller_hung_up(self) -> bool:
        return self.digits == "hangup"


class KeepRecording(Protocol):
    """Keeps a recording at the stand-in and returns its RecordingUrl.

    ``wav`` is None for an absent recording, which ``error_code`` explains.
    """

    def __call__(
        self,
        sid: str,
        wav: bytes | None,
        call_sid: str,
        duration_s: int,
        error_code: str | None = None,
    ) -> str: ...


class CallPlayer:
    """Plays calls against one account's webhooks; recordings are kept by ``keep``."""

    def __init__(
        self,
        sender: WebhookSender,
        account_sid: str,
        keep: KeepRecording,
        recording_url: Callable[[str], str],
    ) -> None:
        self.sender = sender
        self.account_sid = account_sid
        self.keep = keep
        self.recording_url = recording_url

    def play(
        self,
        voice_url: str,
        *,
        from_: str,
        to: str,
        notes: Iterable[CallerNote] = (),
        stir_verstat: str | None = None,
        call_sid: str | None = None,
    ) -> CallReport:
        call = _Call(
            self,
            call_sid or new_sid("CA"),
            from_,
            to,
            deque(notes),
            stir_verstat,
        )
        return call.run(voice_url)


class _Call:
    """One call in progress: the document being executed and what the caller has left to say."""

    def __init__(
        self,
        player: CallPlayer,
        call_sid: str,
        from_: str,
        to: str,
        notes: deque[CallerNote],
        stir_verstat: str | None,
    ) -> None:
        self.player = player
        self.notes = notes
        self.report = CallReport(call_sid)
        self.from_, self.to, self.stir_verstat = from_, to, stir_verstat
        self.document_url = ""
        self.caller_on_line = True

    def params(self, status: str) -> dict[str, str]:
        return call_params(
            self.player.account_sid,
            self.report.call_sid,
            self.from_,
            self.to,
            status=status,
            stir_verstat=self.stir_verstat,
        )

    def run(self, voice_url: str) -> CallReport:
        document = self.fetch(voice_url, "POST", self.params("ringing"))
        for _ in range(MAX_DOCUMENTS):
            if document is None:
                return self.report
            document = self.execute(document)
        if document is not None:
            self.end("loop", f"more than {MAX_DOCUMENTS} TwiML documents in one call")
        return self.report

    def end(self, how: str, error: str | None = None) -> None:
        self.report.ended = how
        if error is not None:
            self.report.errors.append(error)
            if self.caller_on_line:
                self.report.heard.append(APPLICATION_ERROR)

    def fetch(self, url: str, method: str, params: dict[str, str]) -> ET.Element | None:
        """Request a TwiML document; None (the call ended) when it cannot be had."""
        try:
            response = self.player.sender.request(method, url, params)
        except requests.RequestException as error:
            self.report.requests.append(f"{method} {url} -> {type(error).__name__}")
            self.end("application error", f"{url}: {type(error).__name__}")
            return None
        self.report.requests.append(f"{method} {url} -> {response.status_code}")
        self.document_url = url
        return self.parse(url, response)

    def parse(self, url: str, response: requests.Response) -> ET.Element | None:
        if not 200 <= response.status_code < 300:
            self.end("application error", f"{url} answered HTTP {response.status_code}")
            return None
        if len(response.content) > MAX_TWIML_BYTES:
            self.end("application error", f"{url} answered more than {MAX_TWIML_BYTES} bytes")
            return None
        try:
            # The answer of the project's own intake (or a test's), in tests and
            # the demo; expat refuses entity expansion bombs since 2.4.1.
            root = ET.fromstring(response.content)  # noqa: S314
        except ET.ParseError:
            self.end("application error", f"{url} answered something that is not TwiML")
            return None
        if root.tag != "Response":
            self.end("application error", f"{url} answered <{root.tag}>, not <Response>")
            return None
        return root

    def execute(self, document: ET.Element) -> ET.Element | None:
        """Run the verbs in order; the next document, or None when the call is over."""
        for verb in document:
            if verb.tag in ("Say", "Play"):
                if not self.hear(verb):
                    return None
            elif verb.tag == "Pause":
                continue
            elif verb.tag == "Hangup":
                self.end("hangup")
                return None
            elif verb.tag == "Redirect":
                url = urljoin(self.document_url, (verb.text or "").strip())
                return self.fetch(url, verb.get("method", "POST"), self.params("in-progress"))
            elif verb.tag == "Record":
                outcome = self.record(verb)
                if not isinstance(outcome, _NextVerb):
                    return outcome
            else:
                self.end("application error", f"the stand-in does not play <{verb.tag}>")
                return None
        # No verb left: Twilio hangs up.
        self.end("end of document")
        return None

    def hear(self, verb: ET.Element) -> bool:
        """The caller hears a <Say> or <Play>; False when it loops for ever."""
        heard = (
            " ".join("".join(verb.itertext()).split())
            if verb.tag == "Say"
            else f"(audio {(verb.text or '').strip()})"
        )
        loop = _int_attribute(verb, "loop", 1)
        if loop == 0:
            # Repeats until the caller hangs up, which this caller does after one hearing.
            self.report.heard.append(heard)
            self.end("caller hung up")
            return False
        self.report.heard.extend([heard] * loop)
        return True

    def record(self, verb: ET.Element) -> ET.Element | _NextVerb | None:
        """Execute one <Record>; the action's document, None (call over) or NEXT_VERB."""
        self.report.records += 1
        if verb.get("playBeep", "true").lower() != "false":
            self.report.heard.append(BEEP)
        note = self.notes.popleft() if self.notes else None
        take = take_recording(
            note,
            timeout_s=_int_attribute(verb, "timeout", 5),
            max_length_s=_int_attribute(verb, "maxLength", 3600),
            finish_on_key=verb.get("finishOnKey", ANY_KEY),
            trim=verb.get("trim", "trim-silence") != "do-not-trim",
        )
        recording_sid = new_sid("RE")
        callback = _Callback.of(verb, self)
        callback.send("in-progress", recording_sid, None)
        if take.wav is None:
            # Twilio's codes for an absent recording: 16101 too short, 16102 silent.
            code = "16101" if take.frames == 0 else "16102"
            self.player.keep(recording_sid, None, self.report.call_sid, 0, code)
            self.report.recordings.append(RecordingMade(recording_sid, "absent", 0, take.digits))
            callback.send("absent", recording_sid, 0, code)
            if take.caller_hung_up:
                self.end("caller hung up")
                return None
            return NEXT_VERB  # no action request: the next verb of this document
        url = self.player.keep(recording_sid, take.wav, self.report.call_sid, take.duration_s)
        self.report.recordings.append(
            RecordingMade(recording_sid, "completed", take.duration_s, take.digits)
        )
        params = self.params("completed" if take.caller_hung_up else "in-progress")
        params |= {
            "RecordingUrl": url,
            "RecordingSid": recording_sid,
            "RecordingDuration": str(take.duration_s),
        }
        if take.digits is not None:
            # The docs: "the key (if any) pressed to end the recording or 'hangup'";
            # when silence or maxLength ended it, Digits is assumed absent.
            params["Digits"] = take.digits
        action = urljoin(self.document_url, verb.get("action") or self.document_url)
        self.caller_on_line = not take.caller_hung_up
        document = self.fetch(action, verb.get("method", "POST"), params)
        # The recording is processed after the verb ends: its callback follows the action.
        callback.send("completed", recording_sid, take.duration_s)
        if take.caller_hung_up:
            # Twilio still requests the action, but nobody is left to hear its answer.
            if not self.report.ended:
                self.report.ended = "caller hung up"
            return None
        return document


class _NextVerb:
    """Record's outcome when its recording was empty: go on with the next verb."""


NEXT_VERB = _NextVerb()


@dataclass(frozen=True)
class _Callback:
    """A <Record>'s recordingStatusCallback and the events it asked for."""

    call: _Call
    url: str | None
    method: str
    events: frozenset[str]

    @classmethod
    def of(cls, verb: ET.Element, call: _Call) -> _Callback:
        url = verb.get("recordingStatusCallback")
        events = frozenset((verb.get("recordingStatusCallbackEvent") or "completed").split())
        return cls(
            call,
            urljoin(call.document_url, url) if url else None,
            verb.get("recordingStatusCallbackMethod", "POST"),
            events,
        )

    def send(
        self, event: str, recording_sid: str, duration_s: int | None, error_code: str | None = None
    ) -> None:
        if self.url is None or event not in self.events:
            return
        params = recording_status_params(
            self.call.player.account_sid,
            self.call.report.call_sid,
            recording_sid,
            self.call.player.recording_url(recording_sid),
            status=event,
            duration_s=duration_s,
            error_code=error_code,
        )
        try:
            response = self.call.player.sender.request(self.method, self.url, params)
        except requests.RequestException as error:
            # Not a request for TwiML: a failure here does not touch the call.
            self.call.report.requests.append(f"{self.method} {self.url} -> {type(error).__name__}")
            return
        self.call.report.requests.append(f"{self.method} {self.url} -> {response.status_code}")


def take_recording(
    note: CallerNote | None,
    *,
    timeout_s: int,
    max_length_s: int,
    finish_on_key: str,
    trim: bool,
) -> _Take:
    """What one <Record> captures of ``note`` (None: a caller who says nothing)."""
    if note is None:
        samples, rate, ends_by = np.zeros((0, 1), np.float32), 8000, "silence"
    else:
        (samples, rate), ends_by = _read(note.audio), note.ends_by
    loud = np.abs(samples).max(axis=1) > SILENCE_LEVEL if len(samples) else np.zeros(0, bool)
    silence_run, max_frames = timeout_s * rate, max_length_s * rate
    cut = _first_silence_end(loud, silence_run) if timeout_s > 0 else None
    digits: str | None
    # The recording is the caller's audio up to `spoken`, then `quiet` frames
    # of the line's silence (kept as a count: up to an hour of it is not built).
    if cut is not None:
        # The caller was silent for the timeout (mid-note, or after it before
        # ending it): the recording ends there and the rest is not recorded.
        spoken, quiet, digits = cut, 0, None
    elif ends_by == "hangup" or ends_by in finish_on_key:
        spoken, quiet, digits = len(samples), 0, ends_by
    else:
        # Silence (or a key Record does not listen for): the line stays quiet
        # until the timeout passes, or until maxLength when there is none.
        trailing = _trailing_silence(loud)
        spoken, digits = len(samples), None
        quiet = max(0, silence_run - trailing) if timeout_s > 0 else max_frames
    if spoken + quiet > max_frames:
        spoken, quiet, digits = min(spoken, max_frames), max_frames - min(spoken, max_frames), None
    frames = spoken + quiet
    sound = np.flatnonzero(loud[:spoken])
    if len(sound) == 0:
        # Twilio's "empty recording": nothing but silence was captured (whether
        # trimmed or not, a silent recording is taken to be empty).
        return _Take(None, 0, digits, frames)
    if trim:
        recorded = samples[sound[0] : sound[-1] + 1]
    else:
        recorded = np.concatenate(
            [samples[:spoken], np.zeros((quiet, samples.shape[1]), samples.dtype)]
        )
    # Twilio gives RecordingDuration in whole seconds without saying how it
    # rounds; up is assumed, so a note with any sound lasts at least 1 s.
    duration_s = math.ceil(len(recorded) / rate)
    return _Take(_wav(recorded, rate), duration_s, digits, frames)


def _read(audio: bytes) -> tuple[np.ndarray, int]:
    try:
        samples, rate = soundfile.read(io.BytesIO(audio), dtype="float32", always_2d=True)
    except RuntimeError as error:  # soundfile's errors for audio it cannot decode
        raise CallerError(f"the caller's audio cannot be read ({error})") from None
    return samples, int(rate)


def _first_silence_end(loud: np.ndarray, run: int) -> int | None:
    """Where ``run`` frames of silence in a row first end (from the call's start), if ever."""
    if run <= 0:
        return None
    sound = np.flatnonzero(loud)
    edges = np.concatenate([[-1], sound, [len(loud)]])
    gaps = np.diff(edges) - 1  # silent frames before each sound, and after the last
    for index, gap in enumerate(gaps):
        if gap >= run:
            return int(edges[index] + 1 + run)
    return None


def _trailing_silence(loud: np.ndarray) -> int:
    sound = np.flatnonzero(loud)
    return len(loud) if len(sound) == 0 else len(loud) - 1 - int(sound[-1])


def _wav(samples: np.ndarray, rate: int) -> bytes:
    buffer = io.BytesIO()
    soundfile.write(buffer, samples, rate, format="WAV", subtype="PCM_16")
    return buffer.getvalue()


def _int_attribute(verb: ET.Element, name: str, default: int) -> int:
    raw = verb.get(name)
    if raw is None:
        return default
    try:
        return max(0, int(raw))
    except ValueError:
        # Twilio warns about (13xxx) and ignores a bad attribute value.
        return default
