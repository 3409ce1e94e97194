"""Flask extensions, bound to the app in :func:`services.console.app.create_app`.

Unbound here so blueprints can decorate their views; nothing connects until
``init_app``.
"""

from __future__ import annotations

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

from services.console.throttle import address_group

csrf = CSRFProtect()
login_manager = LoginManager()


def _address() -> str:
    # An IPv6 address counts as its /64, as in the sign-in throttle.
    return address_group(get_remote_address())


limiter = Limiter(key_func=_address, strategy="moving-window")
