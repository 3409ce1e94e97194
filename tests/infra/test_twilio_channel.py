"""TwilioChannel against the local Twilio stand-in, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

import numpy as np
import pytest
import requests
import soundfile
from requests.adapters import HTTPAdapter

from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from shared.infra.channels import ChannelError
from shared.infra.channels.sms import MessagesChannel, SmsError
from shared.infra.channels.twilio import (
    MAX_RECORDING_BYTES,
    TwilioChannel,
    TwilioSettings,
    regional_base_url,
)
from shared.kernel.defaults import SENT_LOOKUP_SKEW
from tools.devstack.processes import free_port

ACCOUNT_SID = "AC" + "1" * 32
AUTH_TOKEN = "test-auth-token-not-secret"
OUR_NUMBER = "+15550001111"
CLIENT_NUMBER = "+15557654321"


@pytest.fixture(scope="module")
def stand_in() -> Iterator[BackgroundServer]:
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server


@pytest.fixture
def control(stand_in: BackgroundServer) -> Iterator[SimulatorControl]:
    control = SimulatorControl(stand_in.url)
    control.reset()
    yield control
    control.reset()


def settings_for(api_base: str, *, auth_token: str = AUTH_TOKEN) -> TwilioSettings:
    return TwilioSettings(
        api_base=api_base, account_sid=ACCOUNT_SID, auth_token=auth_token, phone_number=OUR_NUMBER
    )


@pytest.fixture
def channel(stand_in: BackgroundServer, control: SimulatorControl) -> TwilioChannel:
    return TwilioChannel(settings_for(stand_in.url))


def voice_note_wav(seconds: float = 1.0) -> bytes:
    """8 kHz mono PCM, the shape of a Twilio call recording."""
    rate = 8000
    t = np.arange(int(rate * seconds)) / rate
    buffer = io.BytesIO()
    soundfile.write(buffer, 0.3 * np.sin(2 * np.pi * 440 * t), rate, format="WAV", subtype="PCM_16")
    return buffer.getvalue()


# --- send_sms ---------------------------------------------------------------


def test_send_sms_returns_the_sid_the_stand_in_recorded(
    channel: TwilioChannel, control: SimulatorControl
) -> None:
    sid = channel.send_sms(CLIENT_NUMBER, "Thanks, noted.")

    assert sid.startswith("SM") and len(sid) == 34
    [message] = control.messages()
    assert message["sid"] == sid
    assert (message["to"], message["from"], message["body"]) == (
        CLIENT_NUMBER,
        OUR_NUMBER,
        "Thanks, noted.",
    )


def test_opted_out_recipient_is_a_permanent_error(
    channel: TwilioChannel, control: SimulatorControl
) -> None:
    control.opt_out(CLIENT_NUMBER)

    with pytest.raises(ChannelError) as caught:
        channel.send_sms(CLIENT_NUMBER, "Thanks, noted.")

    assert caught.value.permanent
    assert caught.value.code == 21610
    assert control.messages() == []


def test_invalid_number_is_permanent_and_the_error_never_quotes_the_number(
    channel: TwilioChannel,
) -> None:
    # The stand-in, like Twilio, puts the number in its error message.
    with pytest.raises(ChannelError) as caught:
        channel.send_sms("+1555-not-a-number", "Thanks, noted.")

    assert caught.value.permanent
    assert "21211" in str(caught.value)
    assert "555" not in str(caught.value)


def test_message_text_never_appears_in_the_error(channel: TwilioChannel) -> None:
    with pytest.raises(ChannelError) as caught:
        channel.send_sms(CLIENT_NUMBER, "tight chest before the meeting " * 60)

    assert caught.value.permanent  # 21617: longer than 1600 characters
    assert "chest" not in str(caught.value)


def test_wrong_auth_token_is_permanent(
    stand_in: BackgroundServer, control: SimulatorControl
) -> None:
    channel = TwilioChannel(settings_for(stand_in.url, auth_token="wrong-token"))
    recording_sid = control.add_recording(voice_note_wav())

    with pytest.raises(ChannelError) as on_send:
        channel.send_sms(CLIENT_NUMBER, "Thanks, noted.")
    with pytest.raises(ChannelError) as on_download:
        channel.download_recording(recording_sid)
    with pytest.raises(ChannelError) as on_delete:
        channel.delete_recording(recording_sid)

    assert on_send.value.permanent and on_send.value.code == 20003
    assert on_download.value.permanent and on_download.value.status == 401
    assert on_delete.value.permanent
    assert control.messages() == []
    assert control.deleted() == []


@pytest.mark.parametrize("status", [429, 500, 503])
def test_throttling_and_server_errors_are_transient_and_retry_succeeds(
    channel: TwilioChannel, control: SimulatorControl, status: int
) -> None:
    control.inject_faults(status, count=1)

    with pytest.raises(ChannelError) as caught:
        channel.send_sms(CLIENT_NUMBER, "Thanks, noted.")

    assert not caught.value.permanent
    assert caught.value.status == status
    assert channel.send_sms(CLIENT_NUMBER, "Thanks, noted.").startswith("SM")
    assert len(control.messages()) == 1


@pytest.mark.parametrize(("status", "permanent"), [(503, False), (429, False), (400, True)])
def test_problem_details_errors_are_classified_on_the_sdk_path_too(
    stand_in: BackgroundServer, control: SimulatorControl, status: int, permanent: bool
) -> None:
    """twilio-python raises TwilioServiceException, outside TwilioRestException, for them."""
    sms = MessagesChannel(settings_for(stand_in.url))
    control.inject_faults(status, problem=True)

    with pytest.raises(ChannelError) as caught:
        sms.send(CLIENT_NUMBER, "Thanks, noted.")

    assert caught.value.permanent is permanent
    assert f"HTTP {status}" in str(caught.value)
    assert sms.send(CLIENT_NUMBER, "Thanks, noted.").startswith("SM")


def test_problem_details_errors_are_classified_on_the_raw_path(
    channel: TwilioChannel, control: SimulatorControl
) -> None:
    recording_sid = control.add_recording(voice_note_wav())
    control.inject_faults(503, problem=True)

    with pytest.raises(ChannelError) as caught:
        channel.delete_recording(recording_sid)

    assert not caught.value.permanent and caught.value.code == 20500


# --- download_recording -------------------------------------------------------


def test_download_returns_the_exact_bytes(
    channel: TwilioChannel, control: SimulatorControl
) -> None:
    audio = voice_note_wav(2.5)
    recording_sid = control.add_recording(audio)

    assert channel.download_recording(recording_sid) == audio


def test_media_not_ready_twice_then_downloads(
    channel: TwilioChannel, control: SimulatorControl
) -> None:
    audio = voice_note_wav()
    recording_sid = control.add_recording(audio, not_ready=2)

    for _ in range(2):
        with pytest.raises(ChannelError) as caught:
            channel.download_recording(recording_sid)
        assert not caught.value.permanent
        assert "not ready" in str(caught.value)

    assert channel.download_recording(recording_sid) == audio


def test_unknown_recording_is_a_transient_not_ready_error(channel: TwilioChannel) -> None:
    with pytest.raises(ChannelError) as caught:
        channel.download_recording("RE" + "0" * 32)

    assert not caught.value.permanent
    assert caught.value.status == 404


def test_recording_over_the_size_cap_is_permanent(
    channel: TwilioChannel, control: SimulatorControl
) -> None:
    header = voice_note_wav(0.1)
    recording_sid = control.add_recording(header + b"\0" * MAX_RECORDING_BYTES)

    with pytest.raises(ChannelError) as caught:
        channel.download_recording(recording_sid)

    assert caught.value.permanent
    assert "larger than" in str(caught.value)


@pytest.mark.parametrize(
    "bad_sid",
    [
        "../../etc/passwd",
        "RE../../../Messages",
        "RE" + "a" * 31,
        "RE" + "A" * 32,
        "re" + "a" * 32,
        "RE" + "a" * 32 + "/../x",
        "RE" + "a" * 32 + "\n",
        "https://evil.example/RE" + "a" * 32,
        "",
    ],
)
def test_recording_sid_must_be_twilio_shaped(bad_sid: str) -> None:
    # Pointed at a closed port: a request would fail as a transient network
    # error, so a permanent error shows the sid was refused before any request.
    channel = TwilioChannel(settings_for(f"http://127.0.0.1:{free_port()}"))

    for action in (channel.download_recording, channel.delete_recording):
        with pytest.raises(ChannelError) as caught:
            action(bad_sid)
        assert caught.value.permanent
        assert "recording sid" in str(caught.value)


# --- delete_recording ---------------------------------------------------------


def test_deleted_recording_can_no_longer_be_downloaded(
    channel: TwilioChannel, control: SimulatorControl
) -> None:
    recording_sid = control.add_recording(voice_note_wav())

    channel.delete_recording(recording_sid)

    assert control.deleted() == [recording_sid]
    with pytest.raises(ChannelError) as caught:
        channel.download_recording(recording_sid)
    assert caught.value.status == 404


def test_deleting_twice_is_fine(channel: TwilioChannel, control: SimulatorControl) -> None:
    recording_sid = control.add_recording(voice_note_wav())

    channel.delete_recording(recording_sid)
    channel.delete_recording(recording_sid)

    assert control.deleted() == [recording_sid]


def test_delete_during_an_outage_is_transient(
    channel: TwilioChannel, control: SimulatorControl
) -> None:
    recording_sid = control.add_recording(voice_note_wav())
    control.inject_faults(503)

    with pytest.raises(ChannelError) as caught:
        channel.delete_recording(recording_sid)

    assert not caught.value.permanent
    assert control.deleted() == []


# --- delete_message -----------------------------------------------------------


def test_a_message_twilio_has_not_finished_with_is_a_transient_20009(
    channel: TwilioChannel, control: SimulatorControl
) -> None:
    sid = channel.send_sms(CLIENT_NUMBER, "Thanks, noted.")

    with pytest.raises(ChannelError) as caught:
        channel.delete_message(sid)  # moments after it was sent

    assert not caught.value.permanent  # retried later, not given up on
    assert caught.value.code == 20009 and "not complete yet" in str(caught.value)
    assert control.deleted() == []
    control.advance_clock(60)
    channel.delete_message(sid)
    assert control.deleted() == [sid]


# --- Twilio Regions -------------------------------------------------------------


class ToStandIn(HTTPAdapter):
    """Carries every https request to the stand-in, keeping the Host it was sent to.

    The stand-in reads the Twilio Region from that Host, as Twilio's own
    hosts decide where a request is processed and which data it sees.
    """

    def __init__(self, stand_in_url: str) -> None:
        super().__init__()
        self._target = urlsplit(stand_in_url)
        self.hosts: list[str] = []

    def send(self, request, **kwargs):  # type: ignore[no-untyped-def]
        sent_to = urlsplit(request.url)
        self.hosts.append(sent_to.netloc)
        request.headers["Host"] = sent_to.netloc
        request.url = urlunsplit(sent_to._replace(scheme="http", netloc=self._target.netloc))
        return super().send(request, **kwargs)


def through(adapter: ToStandIn) -> requests.Session:
    session = requests.Session()
    session.mount("https://", adapter)
    return session


def regional(**where: str) -> TwilioSettings:
    return TwilioSettings("https://api.twilio.com", ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER, **where)


def test_a_regional_recording_is_fetched_and_deleted_at_its_regions_host(
    stand_in: BackgroundServer, control: SimulatorControl
) -> None:
    audio = voice_note_wav()
    recording_sid = control.add_recording(audio, region="ie1")
    adapter = ToStandIn(stand_in.url)
    channel = TwilioChannel(regional(region="ie1", edge="dublin"), session=through(adapter))

    assert channel.download_recording(recording_sid) == audio
    channel.delete_recording(recording_sid)

    assert control.deleted() == [recording_sid]
    assert set(adapter.hosts) == {"api.dublin.ie1.twilio.com"}


def test_the_us1_host_does_not_see_a_regional_recording(
    stand_in: BackgroundServer, control: SimulatorControl
) -> None:
    """Why the region matters: at api.twilio.com the delete is a 404, read as already done."""
    recording_sid = control.add_recording(voice_note_wav(), region="ie1")
    channel = TwilioChannel(regional(), session=through(ToStandIn(stand_in.url)))

    with pytest.raises(ChannelError, match="not ready"):
        channel.download_recording(recording_sid)
    channel.delete_recording(recording_sid)
    assert control.deleted() == []  # still held at Twilio


def test_texts_go_to_the_same_regional_host(
    stand_in: BackgroundServer, control: SimulatorControl
) -> None:
    adapter = ToStandIn(stand_in.url)
    sms = MessagesChannel(regional(region="ie1", edge="dublin"))
    sms._client.http_client.session.mount("https://", adapter)  # type: ignore[attr-defined]

    assert sms.send(CLIENT_NUMBER, "Thanks, noted.").startswith("SM")
    assert adapter.hosts == ["api.dublin.ie1.twilio.com"]


def test_region_variables_leave_the_stand_ins_own_address_alone(
    stand_in: BackgroundServer, control: SimulatorControl, monkeypatch: pytest.MonkeyPatch
) -> None:
    # twilio-python reads these itself and would rewrite every host it is given.
    monkeypatch.setenv("TWILIO_REGION", "ie1")
    monkeypatch.setenv("TWILIO_EDGE", "dublin")
    settings = TwilioSettings(
        stand_in.url, ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER, region="ie1", edge="dublin"
    )
    recording_sid = control.add_recording(voice_note_wav())

    assert MessagesChannel(settings).send(CLIENT_NUMBER, "Thanks, noted.").startswith("SM")
    TwilioChannel(settings).delete_recording(recording_sid)
    assert control.deleted() == [recording_sid]


@pytest.mark.parametrize(
    ("base", "where", "expected"),
    [
        ("https://api.twilio.com", {}, "https://api.twilio.com"),
        (
            "https://api.twilio.com",
            {"region": "au1", "edge": "sydney"},
            "https://api.sydney.au1.twilio.com",
        ),
        ("https://api.twilio.com", {"edge": "ashburn"}, "https://api.ashburn.us1.twilio.com"),
        ("https://api.ie1.twilio.com/", {"edge": "dublin"}, "https://api.dublin.ie1.twilio.com"),
        ("https://api.x.ie1.twilio.com", {"edge": "dublin"}, "https://api.dublin.ie1.twilio.com"),
        ("http://127.0.0.1:8089", {"region": "ie1", "edge": "dublin"}, "http://127.0.0.1:8089"),
    ],
)
def test_the_regional_host_follows_twilios_naming(
    base: str, where: dict[str, str], expected: str
) -> None:
    assert regional_base_url(base, **where) == expected


# --- network ------------------------------------------------------------------


def test_connection_refused_is_transient() -> None:
    channel = TwilioChannel(settings_for(f"http://127.0.0.1:{free_port()}"))

    for call in (
        lambda: channel.send_sms(CLIENT_NUMBER, "Thanks, noted."),
        lambda: channel.download_recording("RE" + "a" * 32),
        lambda: channel.delete_recording("RE" + "a" * 32),
    ):
        with pytest.raises(ChannelError) as caught:
            call()
        assert not caught.value.permanent
        assert "network error" in str(caught.value)


def test_a_server_that_never_answers_is_a_transient_timeout() -> None:
    # A listening socket that accepts the connection but never replies.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        channel = TwilioChannel(settings_for(f"http://127.0.0.1:{port}"), timeout=0.2)

        with pytest.raises(ChannelError) as caught:
            channel.send_sms(CLIENT_NUMBER, "Thanks, noted.")

    assert not caught.value.permanent
    assert "Timeout" in str(caught.value)


# --- a send whose answer was lost: may Twilio have taken it? ------------------------


def test_a_send_that_never_reached_twilio_is_not_unconfirmed() -> None:
    sms = MessagesChannel(settings_for(f"http://127.0.0.1:{free_port()}"))

    with pytest.raises(SmsError) as caught:
        sms.send(CLIENT_NUMBER, "Thanks, noted.")

    assert not caught.value.permanent and not caught.value.unconfirmed


def test_a_send_taken_then_dropped_is_unconfirmed_and_found_by_its_text(
    stand_in: BackgroundServer, channel: TwilioChannel, control: SimulatorControl
) -> None:
    sms = MessagesChannel(settings_for(stand_in.url))
    since = datetime.now(UTC)
    sms.send(CLIENT_NUMBER, "A different text.")
    control.hang_up_after_accepting(1)

    with pytest.raises(SmsError) as caught:
        sms.send(CLIENT_NUMBER, "Thanks, noted.")

    assert not caught.value.permanent and caught.value.unconfirmed
    [taken] = [m for m in control.messages() if m["body"] == "Thanks, noted."]
    assert channel.find_sent(CLIENT_NUMBER, "Thanks, noted.", since=since) == [taken["sid"]]
    # Sent before the attempt (beyond the clock skew allowed) or to someone else: not it.
    later = since + SENT_LOOKUP_SKEW + timedelta(minutes=1)
    assert channel.find_sent(CLIENT_NUMBER, "Thanks, noted.", since=later) == []
    assert channel.find_sent("+15557650000", "Thanks, noted.", since=since) == []


@pytest.mark.parametrize(("status", "unconfirmed"), [(500, True), (503, True), (429, False)])
def test_a_server_error_may_follow_acceptance_throttling_does_not(
    stand_in: BackgroundServer, control: SimulatorControl, status: int, unconfirmed: bool
) -> None:
    control.inject_faults(status, count=1)

    with pytest.raises(SmsError) as caught:
        MessagesChannel(settings_for(stand_in.url)).send(CLIENT_NUMBER, "Thanks, noted.")

    assert caught.value.unconfirmed is unconfirmed


def test_a_read_timeout_is_unconfirmed() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        sms = MessagesChannel(settings_for(f"http://127.0.0.1:{port}"), timeout=0.2)

        with pytest.raises(SmsError) as caught:
            sms.send(CLIENT_NUMBER, "Thanks, noted.")

    assert "Timeout" in str(caught.value) and caught.value.unconfirmed


def test_a_failed_look_up_is_an_error_never_an_empty_list(
    channel: TwilioChannel, control: SimulatorControl
) -> None:
    control.inject_faults(503, count=1)

    with pytest.raises(ChannelError) as caught:
        channel.find_sent(CLIENT_NUMBER, "Thanks, noted.", since=datetime.now(UTC))

    assert not caught.value.permanent


def test_settings_repr_hides_the_auth_token_and_number() -> None:
    shown = repr(settings_for("https://api.twilio.com"))

    assert AUTH_TOKEN not in shown
    assert OUR_NUMBER not in shown
