"""The environment a Carryback process gets in tests: throwaway keys, the test Twilio account."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from shared.kernel import crypto
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, PUBLIC_BASE_URL, TWILIO_NUMBER


@dataclass
class Env:
    """The environment a Carryback process would get, as a dict."""

    values: dict[str, str]

    def apply(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for key, value in self.values.items():
            monkeypatch.setenv(key, value)


def make_env(database_url: str, redis_url: str, **extra: str) -> Env:
    values = {
        "CARRYBACK_MASTER_KEY": crypto.generate_master_key(),
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_PHONE_NUMBER": TWILIO_NUMBER,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "TWILIO_API_BASE": "http://127.0.0.1:9",
    }
    values.update(extra)
    return Env(values)
