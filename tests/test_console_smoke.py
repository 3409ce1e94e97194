from __future__ import annotations

import pytest

from services.console.app import create_app
from shared import runtime
from tests.conftest import make_env
from tests.console_support import console_env_values, make_person, sign_in


@pytest.fixture
def app(monkeypatch, sqlite_url, redis_url, redis):
    make_env(sqlite_url, redis_url, **console_env_values()).apply(monkeypatch)
    runtime.reset()
    yield create_app()
    runtime.reset()


def test_smoke(app):
    person = make_person("Dr A", "a@clinic.test")
    client = app.test_client()
    sign_in(client, person)
    page = client.get("/")
    assert page.status_code == 200, page.get_data(as_text=True)
    for path in ("/clients/new", "/settings"):
        r = client.get(path)
        assert r.status_code == 200, r.get_data(as_text=True)
