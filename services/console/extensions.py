"""Flask extensions, bound to the app in :func:`services.console.app.create_app`.

Unbound here so blueprints can decorate their views; nothing connects until
``init_app``.
"""

from __future__ import annotations

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()
login_manager = LoginManager()
limiter = Limiter(key_func=get_remote_address, strategy="moving-window")
