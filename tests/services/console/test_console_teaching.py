"""The clinician teaches the tagger from the timeline (Flask's test client): nothing is learnt
without a yes, an accepted phrase is the practice's next version and tags later texts only,
and a re-tag of the last two weeks is the clinician's choice."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from services import runtime
from services.console.app import create_app
from shared.db.models import AuditEvent, Client, Noticing
from shared.language.cues import Cue
from shared.language.cues.wordnet import wordnet
from shared.noticings.sealing import open_corrected_cues, open_tags
from shared.roster.clients import current_practice
from tests.support.console import console_env_values, csrf_of, post_form
from tests.support.env import make_env
from tests.support.records import enrol_with_practice, text_in

PHONE = "+13125550188"
DINNER = "shutting down at dinner"
LOCKS = "checking the locks"
MISSED = "completely zoned out at tea tonight, 7/10"
LATER = "zoned out again when they started arguing"

pytestmark = pytest.mark.skipif(wordnet() is None, reason="wordnet-base is not installed")


@pytest.fixture
def app(monkeypatch, sqlite_url, redis_url, redis):
    make_env(sqlite_url, redis_url, **console_env_values()).apply(monkeypatch)
    runtime.reset()
    yield create_app()
    runtime.reset()


@pytest.fixture
def client_id(maya) -> str:
    return enrol_with_practice(
        maya.email, name="Ivo Marsh", phone=PHONE, cues=[Cue(DINNER), Cue(LOCKS)]
    )


def _row(noticing_id: str):
    ctx = runtime.context()
    with ctx.db.session() as db:
        row = db.get(Noticing, noticing_id)
        opened = ctx.keys.open_client(db, db.get(Client, row.client_id))
        return open_tags(opened, row), open_corrected_cues(opened, row)


def _practice(client_id: str):
    ctx = runtime.context()
    with ctx.db.session() as db:
        return current_practice(db, ctx.keys.open_client(db, db.get(Client, client_id)))


def _correct(signed_in, client_id: str, noticing_id: str):
    timeline = f"/clients/{client_id}/timeline"
    return post_form(
        signed_in, timeline, f"/clients/{client_id}/noticings/{noticing_id}/cues", {"cue": DINNER}
    )


def test_a_correction_offers_the_words_and_nothing_is_learnt_without_a_yes(signed_in, client_id):
    noticing_id = text_in(PHONE, MISSED)
    answer = _correct(signed_in, client_id, noticing_id)
    assert answer.status_code == 302
    assert answer.headers["Location"].endswith(f"/noticings/{noticing_id}/teach")
    offer = signed_in.get(answer.headers["Location"]).get_data(as_text=True)
    assert "Add “zoned out” to “shutting down at dinner”?" in offer
    # Offered, not taken: the practice is still the first version, without the phrase.
    assert _practice(client_id).version == 1
    assert _practice(client_id).cues[0].phrases == ()


def test_an_accepted_phrase_tags_later_texts_only_until_a_retag(signed_in, client_id):
    earlier = text_in(PHONE, MISSED)
    _correct(signed_in, client_id, earlier)
    teach = f"/clients/{client_id}/noticings/{earlier}/teach"
    answer = post_form(signed_in, teach, teach, {"cue": "0", "phrase": "zoned out"})
    assert answer.status_code == 302 and "/retag" in answer.headers["Location"]
    practice = _practice(client_id)
    assert practice.version == 2 and practice.cues[0].phrases == ("zoned out",)
    with runtime.context().db.session() as db:
        [event] = db.execute(
            select(AuditEvent).where(AuditEvent.action == "practice.phrase_added")
        ).scalars()
        assert "zoned" not in event.detail

    later = text_in(PHONE, LATER)
    tags, _ = _row(later)
    assert tags.cues == (DINNER,)
    why = tags.why_for(DINNER)
    assert why is not None and why.by == "phrase" and why.source == "zoned out"
    page = signed_in.get(f"/clients/{client_id}/timeline").get_data(as_text=True)
    assert "Tagged by the phrase “zoned out”" in page

    # The earlier text keeps the tagger's first reading until the clinician asks.
    assert _row(earlier)[0].cues == ()
    retag = f"/clients/{client_id}/retag"
    assert post_form(signed_in, retag, retag, {}).status_code == 302
    tags, corrected = _row(earlier)
    assert tags.cues == (DINNER,) and corrected == (DINNER,)
    assert tags.intensity == 7  # only the cues are read again


def test_a_phrase_of_small_words_only_is_refused(signed_in, client_id):
    noticing_id = text_in(PHONE, MISSED)
    _correct(signed_in, client_id, noticing_id)
    teach = f"/clients/{client_id}/noticings/{noticing_id}/teach"
    page = signed_in.get(teach).get_data(as_text=True)
    signed_in.post(teach, data={"cue": "0", "phrase": "it was", "csrf_token": csrf_of(page)})
    assert _practice(client_id).version == 1
