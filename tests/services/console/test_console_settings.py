"""The console's settings: loud failures, and .env.example's defaults are the real ones."""

from __future__ import annotations

import pytest

from services.console.settings import load_console_settings
from shared.kernel.config import ConfigError
from tests.tools.test_compose import env_example_entries

KEY = "k" * 40


def test_a_missing_secret_key_stops_the_console_naming_it() -> None:
    with pytest.raises(ConfigError, match="CONSOLE_SECRET_KEY is not set"):
        load_console_settings({})


def test_a_short_secret_key_is_refused() -> None:
    with pytest.raises(ConfigError, match="at least 32 characters"):
        load_console_settings({"CONSOLE_SECRET_KEY": "short"})


def test_a_malformed_idle_timeout_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="CONSOLE_IDLE_TIMEOUT_SECONDS"):
        load_console_settings({"CONSOLE_SECRET_KEY": KEY, "CONSOLE_IDLE_TIMEOUT_SECONDS": "soon"})


def test_the_secret_key_can_come_from_a_file(tmp_path) -> None:
    path = tmp_path / "key"
    path.write_text(KEY + "\n")
    assert load_console_settings({"CONSOLE_SECRET_KEY_FILE": str(path)}).secret_key == KEY


def test_https_base_url_turns_on_secure_cookies() -> None:
    settings = load_console_settings(
        {"CONSOLE_SECRET_KEY": KEY, "CONSOLE_BASE_URL": "https://console.example.org"}
    )
    assert settings.https


def test_documented_console_defaults_are_the_real_defaults() -> None:
    entries = env_example_entries()
    optional = {
        name: entry["value"]
        for name, entry in entries.items()
        if name.startswith("CONSOLE_") and not entry["active"]
    }
    assert "CONSOLE_IDLE_TIMEOUT_SECONDS" in optional
    base = {"CONSOLE_SECRET_KEY": KEY}
    assert load_console_settings(base | optional) == load_console_settings(base)
