"""The safety plan pages of the console: only the clinician's own client, problems shown
beside their part with nothing saved, the preview reads nothing stored, every view audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from services import runtime
from services.console.app import create_app
from shared.db.models import AuditEvent, SafetyPlan
from shared.roster.clients import add_client, clinician_by_email
from tests.support.console import console_env_values, post_form, sign_in
from tests.support.env import make_env


@pytest.fixture
def app(monkeypatch, sqlite_url, redis_url, redis):
    make_env(sqlite_url, redis_url, **console_env_values()).apply(monkeypatch)
    runtime.reset()
    yield create_app()
    runtime.reset()


def enrol_client(person) -> str:
    ctx = runtime.context()
    with ctx.db.session() as db:
        owner = clinician_by_email(db, person.email)
        return add_client(
            db,
            ctx.keys,
            clinician=owner,
            phone="+13125550101",
            name="Jordan Reyes",
            timezone="America/Chicago",
        ).id


def actions(action: str) -> list[AuditEvent]:
    with runtime.context().db.session() as db:
        return list(db.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())


def plans() -> list[int]:
    with runtime.context().db.session() as db:
        return list(db.execute(select(SafetyPlan.version)).scalars())


def test_another_clinicians_client_is_not_found_and_the_attempt_audited(app, maya, sam):
    client_id = enrol_client(maya)
    intruder = app.test_client()
    sign_in(intruder, sam)
    assert intruder.get(f"/clients/{client_id}/safety-plan").status_code == 404
    assert [e.detail for e in actions("client.access_refused")] == ["safety_plan.read"]
    page = f"/clients/{client_id}/safety-plan"
    answer = post_form(intruder, "/", f"{page}/preview", {"warning_signs": "x"})
    assert answer.status_code == 404 and "x" not in answer.get_data(as_text=True)


def test_a_contact_without_a_phone_is_shown_beside_its_part_and_nothing_saved(signed_in, maya):
    client_id = enrol_client(maya)
    page = f"/clients/{client_id}/safety-plan"
    answer = post_form(
        signed_in, page, page, {"warning_signs": "skipping meals", "people": "Maria"}
    )
    html = answer.get_data(as_text=True)
    assert answer.status_code == 400
    assert 'id="people-error"' in html and "write each as NAME|PHONE" in html
    assert "skipping meals" in html  # what was typed is kept
    assert plans() == []

    preview = post_form(signed_in, page, f"{page}/preview", {"people": "Maria"}).get_json()
    assert preview["part"] == "people" and preview["messages"] == []
    good = post_form(signed_in, page, f"{page}/preview", {"people": "Maria | 312-555-0144"})
    [message] = good.get_json()["messages"]
    assert "People I can ask for help: Maria 312-555-0144" in message

    saved = post_form(signed_in, page, page, {"people": "Maria | 312-555-0144"})
    assert saved.status_code == 302 and plans() == [1]
    assert [e.detail for e in actions("safety_plan.set")] == ["version 1"]
    detail = signed_in.get(f"/clients/{client_id}").get_data(as_text=True)
    assert "Version 1, saved" in detail and "does not replace crisis services" in detail
    assert "Maria" not in detail  # the plan's words only on its own, audited page
    assert "Maria | 312-555-0144" in signed_in.get(page).get_data(as_text=True)
    assert [e.detail for e in actions("safety_plan.read")][-1] == "version 1"
