"""Start-up configuration: one clear line naming a missing or malformed variable."""

from __future__ import annotations

import subprocess
import sys

import pytest

from services import runtime
from shared.kernel import crypto
from shared.kernel.config import ConfigError, load_settings

GOOD = {"CARRYBACK_MASTER_KEY": crypto.generate_master_key()}


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "CARRYBACK_MASTER_KEY is not set"),
        ({"CARRYBACK_MASTER_KEY": "c2hvcnQ"}, "CARRYBACK_MASTER_KEY must decode to 32 bytes"),
        ({**GOOD, "DATABASE_URL": "mysql://x"}, "DATABASE_URL must be a sqlite:/// or postgresql"),
        ({**GOOD, "REDIS_URL": "http://x"}, "REDIS_URL must be a URL starting with redis://"),
        ({**GOOD, "TWILIO_ACCOUNT_SID": "XX123"}, "TWILIO_ACCOUNT_SID must look like AC"),
        ({**GOOD, "PUBLIC_BASE_URL": "carryback.example"}, "PUBLIC_BASE_URL must be a URL"),
        ({**GOOD, "CARRYBACK_VOICE_MAX_SECONDS": "lots"}, "CARRYBACK_VOICE_MAX_SECONDS must be"),
        ({**GOOD, "TWILIO_REGION": "ie1"}, "TWILIO_REGION needs TWILIO_EDGE"),
        ({**GOOD, "TWILIO_REGION": "ie1.evil.example", "TWILIO_EDGE": "dublin"}, "TWILIO_REGION"),
        ({**GOOD, "TWILIO_EDGE": "dublin/x"}, "TWILIO_EDGE must be"),
    ],
)
def test_bad_settings_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(env)


def test_defaults_are_embedded_and_secrets_are_not_defaulted() -> None:
    settings = load_settings(GOOD)
    assert settings.database_url == "sqlite:///var/carryback.sqlite3"
    assert settings.twilio_auth_token == ""
    with pytest.raises(ConfigError, match="TWILIO_ACCOUNT_SID is not set"):
        settings.require_twilio()
    with pytest.raises(ConfigError, match="SMTP_URL is not set"):
        settings.require_mail()
    assert "master_key" not in repr(settings) or GOOD["CARRYBACK_MASTER_KEY"] not in repr(settings)


def test_postgres_urls_use_psycopg() -> None:
    settings = load_settings({**GOOD, "DATABASE_URL": "postgres://u@db/carryback"})
    assert settings.database_url == "postgresql+psycopg://u@db/carryback"


def test_cli_start_up_failure_is_one_line(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "services.cli", "noticings", "abc"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: CARRYBACK_MASTER_KEY is not set"


MAIL = {**GOOD, "SMTP_URL": "smtp://127.0.0.1:2525", "MAIL_FROM": "briefs@example.org"}


def test_the_summary_service_will_not_start_to_send_unsigned_mail(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "services.cli", "serve", "summary"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **MAIL},
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Error: CARRYBACK_SIGNING_CERT is not set")
    assert "CARRYBACK_SIGN_MAIL=off" in result.stderr


def test_unsigned_mail_is_an_explicit_choice() -> None:
    with pytest.raises(ConfigError, match="signed by default"):
        load_settings(MAIL).require_signing()
    load_settings({**MAIL, "CARRYBACK_SIGN_MAIL": "off"}).require_signing()  # no error
    with pytest.raises(ConfigError, match="CARRYBACK_SIGN_MAIL must be on or off"):
        load_settings({**MAIL, "CARRYBACK_SIGN_MAIL": "maybe"})


def test_region_and_edge_reach_the_twilio_channels() -> None:
    twilio = {
        "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
        "TWILIO_AUTH_TOKEN": "token",
        "TWILIO_PHONE_NUMBER": "+15005550006",
        "PUBLIC_BASE_URL": "https://carryback.example.org",
    }
    settings = load_settings({**GOOD, **twilio, "TWILIO_REGION": "IE1", "TWILIO_EDGE": "dublin"})
    assert (settings.twilio_region, settings.twilio_edge) == ("ie1", "dublin")
    # The one setting both channels (texts through the SDK, recordings raw) are built from.
    channel_settings = runtime.Context(settings)._twilio_settings()
    assert channel_settings.base_url == "https://api.dublin.ie1.twilio.com"
