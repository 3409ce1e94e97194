"""The device cookie: a browser that has signed in to an account before says so.

Given at each full sign-in (password and code) and replaced at the next one,
it holds only a random nonce and the time it was given, signed with the
console's secret key under a salt naming the account (the digest of its
e-mail), so it is worth nothing on any other account and names nobody: no
e-mail, no id, nothing about clients. HttpOnly, SameSite=Lax, Secure whenever
the console is on https, kept for ``LIFETIME``.

The throttle (:mod:`services.console.throttle`) gives a browser holding a
valid one for the account it is signing in to its own failure bucket instead
of the account-wide delay and bucket, so a stranger's failures from other
addresses do not keep the clinician out of their own browser.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from flask import current_app, request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.wrappers import Response

COOKIE = "carryback_device"
LIFETIME = timedelta(days=180)


def _signer(account: str) -> URLSafeTimedSerializer:
    # The account is in the salt, not the payload: the cookie does not name it.
    return URLSafeTimedSerializer(
        current_app.config["SECRET_KEY"], salt=f"carryback-console-device:{account}"
    )


def nonce_for(account: str) -> str | None:
    """This browser's device nonce for ``account``, if it holds a valid cookie for it."""
    raw = request.cookies.get(COOKIE)
    if not raw:
        return None
    try:
        nonce = _signer(account).loads(raw, max_age=int(LIFETIME.total_seconds()))
    except BadSignature:  # another account's, forged, or expired
        return None
    return nonce if isinstance(nonce, str) else None


def remember(response: Response, account: str) -> None:
    """A fresh cookie for ``account`` on ``response`` (a new nonce at every sign-in)."""
    settings = current_app.config["CONSOLE"]
    response.set_cookie(
        COOKIE,
        _signer(account).dumps(secrets.token_urlsafe(16)),
        max_age=int(LIFETIME.total_seconds()),
        secure=bool(settings.https or request.is_secure),
        httponly=True,
        samesite="Lax",
        path="/",
    )
