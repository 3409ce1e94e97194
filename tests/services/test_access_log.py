"""The access log masks the one-time tokens invitation and brief links carry in their path."""

from __future__ import annotations

from services.access_log import MASK, redact_path


def test_invitation_and_brief_link_tokens_are_masked() -> None:
    assert redact_path("/invitation/Hj1RLCmVQ5Jr6wd5bg") == f"/invitation/{MASK}"
    assert redact_path("/l/Hj1RLCmVQ5Jr6wd5bg") == f"/l/{MASK}"
    assert redact_path("/l/Hj1RLCmVQ5Jr6wd5bg/chart.png") == f"/l/{MASK}/chart.png"
    assert redact_path("GET /invitation/abc HTTP/1.1") == f"GET /invitation/{MASK} HTTP/1.1"


def test_other_paths_are_logged_as_they_are() -> None:
    for path in ("/sign-in", "/clients/abc123/timeline", "/clients/l/x", "/twilio/sms"):
        assert redact_path(path) == path
