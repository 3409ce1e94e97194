"""Webhooks signed exactly as Twilio signs them (the SDK's RequestValidator), for tests and bench.

Over real HTTP, ``services.simulator.webhooks.WebhookSender`` plays Twilio; these
helpers cover the Flask test client and pre-signed bodies for load generators.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from twilio.request_validator import RequestValidator

# The test suite's Twilio identity (fake, and obviously so).
ACCOUNT_SID = "AC" + "0" * 31 + "1"
AUTH_TOKEN = "test-auth-token-" + "x" * 16
PUBLIC_BASE_URL = "https://carryback.example.org"
TWILIO_NUMBER = "+15005550006"


def signed_post(client: Any, signer: RequestValidator, path: str, params: dict[str, str]) -> Any:
    """POST form params to a Flask test client, signed for ``PUBLIC_BASE_URL + path``."""
    signature = signer.compute_signature(PUBLIC_BASE_URL + path, params)
    return client.post(path, data=params, headers={"X-Twilio-Signature": signature})


def signed_body(signer: RequestValidator, url: str, params: dict[str, str]) -> tuple[str, str]:
    """(X-Twilio-Signature, form body) for posting ``params`` to ``url``."""
    return signer.compute_signature(url, params), urlencode(params)
