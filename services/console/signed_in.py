"""Who is signed in to the console: an account and the session token in the browser's cookie."""

from __future__ import annotations

from dataclasses import dataclass

from flask_login import UserMixin

from shared.roster import accounts


@dataclass
class SignedIn(UserMixin):
    """The signed-in browser: its account and the session token in its cookie."""

    account: accounts.Account
    token: str

    def get_id(self) -> str:
        return self.token
