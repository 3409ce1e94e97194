"""The clinician's week through Flask's test client: the caseload, trends across weeks, the PDF."""

from __future__ import annotations

import io
import re
import zipfile
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select, update

from services import runtime
from services.console.app import create_app
from services.console.caseload import ago
from services.console.trends import Reading, cue_weeks, trends_of, week_starts
from shared.db.models import AuditEvent, BriefPdf, Client, Practice, utcnow
from shared.delivery.brief_pdfs import sealed_pdf, stored_pdf
from shared.language.cues import Cue
from shared.outreach.plans import pause
from tests.support.console import console_env_values, post_form, sign_in
from tests.support.env import make_env
from tests.support.records import book_due_session, enrol_with_practice, mark_sent, text_in

NAME = "Zephyrine Quillfeather"
PHONE = "+13125550177"
KETTLE = "kettle whistles at dusk"
MIRROR = "mirror fogging over"
WEEK_H = 24 * 7
CHICAGO = ZoneInfo("America/Chicago")


@pytest.fixture
def app(monkeypatch, database_url, redis_url, redis):
    make_env(database_url, redis_url, **console_env_values()).apply(monkeypatch)
    runtime.reset()
    runtime.context().db.upgrade()  # on SQLite the app does it; PostgreSQL is migrated here
    yield create_app()
    runtime.reset()


@pytest.fixture
def client_id(maya) -> str:
    return enrol_with_practice(
        maya.email,
        name=NAME,
        phone=PHONE,
        cues=[Cue(KETTLE, ("kettle",)), Cue(MIRROR, ("mirror",))],
    )


def audit_actions(action: str) -> list[AuditEvent]:
    with runtime.context().db.session() as db:
        return list(db.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())


@contextmanager
def counting_queries():
    """Every statement the console sends to the database while the block runs."""
    seen: list[str] = []
    engine = runtime.context().db.engine

    def _count(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", _count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", _count)


def _page(client, path: str = "/") -> str:
    answer = client.get(path)
    assert answer.status_code == 200
    return answer.get_data(as_text=True)


# --- caseload ------------------------------------------------------------------------


def test_the_caseload_shows_status_consent_bars_and_the_next_brief(signed_in, client_id):
    text_in(PHONE, "the kettle whistles at dusk again, 6/10", hours_ago=2)
    text_in(PHONE, "kettle again at dusk", hours_ago=WEEK_H * 2 + 1)
    upcoming = book_due_session(client_id, in_minutes=24 * 60)
    page = _page(signed_in)
    assert NAME in page
    assert "Recorded in session" in page  # enrolled with consent in the room
    assert re.search(r"<time [^>]*>2 hours ago</time>", page)
    card = page[page.index(f'id="client-{client_id}"') :]
    assert f"{KETTLE}</bdi>" in card and f"{MIRROR}</bdi>" in card
    # The text alternative of the bars: every week's count, oldest first (this week last),
    # in the client's own weeks (Monday to Sunday, Chicago).
    now = datetime.now(CHICAGO)
    mondays = week_starts(now, 8)
    weeks = [0] * 8
    for hours in (2, WEEK_H * 2 + 1):
        # Real hours back, as the texts were stored: not Chicago clock hours across a change.
        at = (datetime.now(UTC) - timedelta(hours=hours)).astimezone(CHICAGO)
        weeks[(at.date() - mondays[0]).days // 7] += 1
    spoken = f"{KETTLE}: {', '.join(map(str, weeks))} noticings a week, oldest week first"
    assert f'aria-label="{spoken}"' in card
    assert f"{MIRROR}: 0, 0, 0, 0, 0, 0, 0, 0 noticings a week" in card  # a quiet cue, shown
    assert f"/briefs/{upcoming}" in card and "Brief due" in card
    for judging in ("%", "missed", "overdue", "inactive", "behind"):
        assert judging not in page.lower()
    [listed] = audit_actions("clients.listed")
    assert listed.detail == "1 client" and listed.actor.startswith("console:")


def test_a_sent_brief_reads_ready_and_open_alerts_come_first(app, signed_in, maya, client_id):
    other = enrol_with_practice(
        maya.email, name="Aaron Abbott", phone="+13125550188", cues=[Cue("the bus stop")]
    )
    session_id = book_due_session(other, in_minutes=30)
    mark_sent(session_id, hours_ago=0.1)
    page = _page(signed_in)
    assert page.index("Aaron Abbott") < page.index(NAME)  # by name
    assert "Brief ready to read" in page
    text_in(PHONE, "I want to end my life tonight")  # Zephyrine: an open crisis alert
    page = _page(signed_in)
    assert page.index(NAME) < page.index("Aaron Abbott")
    assert "A crisis alert is open." in page


def test_a_pause_the_client_texted_is_shown_beside_their_status(signed_in, client_id):
    book_due_session(client_id, in_minutes=3 * 24 * 60)
    assert "the client chose a pause" not in _page(signed_in)
    with runtime.context().db.session() as db:
        pause(db, db.get(Client, client_id), utcnow())  # as their PAUSE text does
    card = _page(signed_in)
    assert re.search(r"active; the client chose a pause until \w{3} \d{2} \w{3}", card)


def test_the_caseload_sorts_by_next_session(signed_in, maya, client_id):
    other = enrol_with_practice(
        maya.email, name="Aaron Abbott", phone="+13125550188", cues=[Cue("the bus stop")]
    )
    book_due_session(other, in_minutes=3 * 24 * 60)
    book_due_session(client_id, in_minutes=24 * 60)
    by_name = _page(signed_in)
    assert by_name.index("Aaron Abbott") < by_name.index(NAME)
    by_next = _page(signed_in, "/?sort=next")
    assert by_next.index(NAME) < by_next.index("Aaron Abbott")
    assert 'href="/?sort=next" aria-current="true"' in by_next
    # Anything else is the default order, not an error.
    assert _page(signed_in, "/?sort=drop table").index("Aaron Abbott") < by_name.index(NAME)


def test_the_caseload_reads_in_the_same_number_of_queries_whatever_the_history(
    signed_in, maya, client_id
):
    text_in(PHONE, "kettle whistles at dusk", hours_ago=3)
    signed_in.get("/")  # warm: the first page of a process reads its keys once
    _a_minute_later()  # each measured view records its own read (reads within a minute are one)
    with counting_queries() as small:
        _page(signed_in)
    for n in range(4):
        other = enrol_with_practice(
            maya.email,
            name=f"Client {n}",
            phone=f"+1312555020{n}",
            cues=[Cue("the bus stop", ("bus",)), Cue("the phone buzzes")],
        )
        for week in range(6):
            text_in(f"+1312555020{n}", "the bus stop again, 5/10", hours_ago=WEEK_H * week + 1)
        book_due_session(other, in_minutes=60 * (n + 2))
    _a_minute_later()
    with counting_queries() as large:
        page = _page(signed_in)
    assert page.count('class="caseload-client"') == 5
    assert len(large) == len(small), (small, large)


def _a_minute_later() -> None:
    """Move the audit trail back two minutes, as if the clinician came back later."""
    with runtime.context().db.session() as db:
        db.execute(update(AuditEvent).values(at=utcnow() - timedelta(minutes=2)))


def test_another_clinician_sees_none_of_the_caseload(app, sam, client_id):
    browser = app.test_client()
    sign_in(browser, sam)
    page = _page(browser)
    assert NAME not in page and "No clients yet" in page


def test_ago_says_when_as_a_colleague_would():
    now = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    assert ago(now - timedelta(seconds=20), now) == "just now"
    assert ago(now - timedelta(minutes=1), now) == "1 minute ago"
    assert ago(now - timedelta(hours=5), now) == "5 hours ago"
    assert ago(now - timedelta(hours=30), now) == "yesterday"
    assert ago(now - timedelta(days=9), now) == "9 days ago"
    assert ago(now - timedelta(days=40), now) == "5 weeks ago"


# --- trends --------------------------------------------------------------------------


def test_weeks_are_the_clients_own_and_a_quiet_week_counts_zero():
    chicago = CHICAGO
    now = datetime(2026, 12, 2, 9, 0, tzinfo=chicago)  # a Wednesday
    weeks = week_starts(now, 3)
    assert [w.isoformat() for w in weeks] == ["2026-11-16", "2026-11-23", "2026-11-30"]
    sunday_night = datetime(2026, 11, 29, 23, 30, tzinfo=chicago)  # Monday 05:30 UTC
    readings = [
        Reading(sunday_night, (KETTLE,), 6, False),
        Reading(sunday_night, (KETTLE,), 9, True),
        Reading(now, (), None, False),
    ]
    cues, barriers = cue_weeks(readings, weeks, [KETTLE, MIRROR])
    assert [(c.label, c.counts) for c in cues] == [
        (KETTLE, (0, 2, 0)),
        (MIRROR, (0, 0, 0)),
        ("Not tagged to a cue", (0, 0, 1)),
    ]
    assert cues[0].medians == (None, 7.5, None)
    assert barriers == (0, 1, 0)


def test_practice_versions_are_marked_in_the_week_they_were_agreed():
    chicago = CHICAGO
    now = datetime(2026, 12, 2, 9, 0, tzinfo=chicago)
    versions = [(datetime(2026, 8, 1, tzinfo=UTC), 1), (datetime(2026, 11, 24, tzinfo=UTC), 2)]
    trends = trends_of([], versions, now_local=now, cue_order=[KETTLE])
    assert trends.versions[-2] == (2,) and sum(map(len, trends.versions)) == 1
    [marker] = trends.chart.markers
    assert marker.version == 2 and marker.when.isoformat() == "2026-11-23"
    assert trends.empty


def _hours_since_midweek(weeks_back: int) -> float:
    """Hours since Thursday noon (Chicago) ``weeks_back`` weeks ago: far from any week's edge.

    A fixed "three weeks and two hours ago" straddles two of the client's weeks when the
    test runs early on a Monday, so the moments are placed inside a week instead.
    """
    now = datetime.now(CHICAGO)
    this_monday = week_starts(now, 1)[0]
    thursday = this_monday - timedelta(weeks=weeks_back) + timedelta(days=3)
    noon = datetime(thursday.year, thursday.month, thursday.day, 12, tzinfo=CHICAGO)
    # In UTC: two Chicago times subtract as clock readings, an hour out across a change.
    return (datetime.now(UTC) - noon.astimezone(UTC)).total_seconds() / 3600


def test_the_client_page_shows_the_trends_chart_with_its_table(signed_in, client_id):
    three_weeks_back = _hours_since_midweek(3)
    text_in(PHONE, "the kettle whistles at dusk, 8/10", hours_ago=three_weeks_back)
    text_in(PHONE, "kettle whistles at dusk, 4/10", hours_ago=three_weeks_back + 1)
    # Received now: this week's, whatever the hour the test runs.
    text_in(PHONE, "mirror fogging over, didn't do it because I was late")
    with runtime.context().db.session() as db:
        db.execute(
            update(Practice)
            .where(Practice.client_id == client_id)
            .values(created_at=utcnow() - timedelta(weeks=5))
        )
    page = _page(signed_in, f"/clients/{client_id}")
    section = page[page.index('id="trends"') : page.index('id="sessions"')]
    assert '<svg class="trends-chart" role="img" aria-labelledby="trends-title trends-desc"' in (
        section
    )
    assert "<caption" in section and "Each week's figures behind the chart" in section
    assert "<script" not in section and "style=" not in section  # the CSP stays strict
    rows = re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", section, re.S)
    assert len(rows) == 12
    cells = [re.findall(r"<td>(.*?)</td>", row) for _, row in rows]
    kettle_counts = [int(c[0]) for c in cells]
    assert sum(kettle_counts) == 2
    week = kettle_counts.index(2)
    assert week == len(cells) - 1 - 3  # three weeks before this one
    assert cells[week][1] == "6"  # the median of 8 and 4
    assert [c[4] for c in cells][-1] == "1"  # what got in the way, this week
    assert sum("version 1 agreed" in c[5] for c in cells) == 1
    assert ">version 1</text>" in section


# --- the brief as a PDF ----------------------------------------------------------------


def test_the_brief_downloads_as_a_pdf_audited_and_only_for_its_clinician(
    app, signed_in, sam, client_id
):
    text_in(PHONE, "the kettle whistles at dusk again, 6/10")
    session_id = book_due_session(client_id, in_minutes=24 * 60)
    brief_page = _page(signed_in, f"/clients/{client_id}/briefs/{session_id}")
    path = f"/clients/{client_id}/briefs/{session_id}/brief.pdf"
    assert f'href="{path}"' in brief_page
    answer = signed_in.get(path)
    assert answer.status_code == 200 and answer.mimetype == "application/pdf"
    assert answer.data.startswith(b"%PDF-")
    disposition = answer.headers["Content-Disposition"]
    assert "attachment" in disposition and "pre-session-brief-" in disposition
    assert "Zephyrine" not in disposition and answer.headers["Cache-Control"] == "no-store"
    [read] = audit_actions("brief.pdf_read")
    assert read.subject_id == client_id and read.actor.startswith("console:")
    other = app.test_client()
    sign_in(other, sam)
    assert other.get(path).status_code == 404
    assert [e.detail for e in audit_actions("client.access_refused")] == ["brief.pdf_read"]


def test_the_export_carries_each_sent_brief_as_a_pdf(signed_in, client_id):
    text_in(PHONE, "the kettle whistles at dusk again, 6/10")
    mark_sent(book_due_session(client_id), hours_ago=0.1)
    path = f"/clients/{client_id}"
    answer = post_form(signed_in, path, f"{path}/export", {})
    archive = zipfile.ZipFile(io.BytesIO(answer.data))
    pdfs = [name for name in archive.namelist() if name.endswith(".pdf")]
    htmls = [name for name in archive.namelist() if name.endswith(".html")]
    assert len(pdfs) == 1 and pdfs[0].removesuffix(".pdf") == htmls[0].removesuffix(".html")
    assert archive.read(pdfs[0]).startswith(b"%PDF-")
    assert "tagged PDFs" in archive.read("README.txt").decode()


def test_a_sent_briefs_pdf_is_printed_once_then_read_back(signed_in, client_id):
    text_in(PHONE, "the kettle whistles at dusk again, 6/10")
    session_id = book_due_session(client_id)
    mark_sent(session_id, hours_ago=0.1)  # sent before PDFs were kept: none kept yet
    path = f"/clients/{client_id}/briefs/{session_id}/brief.pdf"
    first = signed_in.get(path)
    assert first.status_code == 200 and first.data.startswith(b"%PDF-")
    ctx = runtime.context()
    with ctx.db.session() as db:
        [kept] = db.execute(select(BriefPdf)).scalars()
        assert kept.session_id == session_id and b"%PDF" not in kept.pdf_enc
        opened = ctx.keys.open_client(db, db.get(Client, client_id))
        assert stored_pdf(db, opened, session_id) == first.data
        # Marked, so a second print could not pass for the kept copy.
        db.delete(kept)
        db.flush()
        db.add(sealed_pdf(opened, session_id, first.data + b"% kept\n"))
    again = signed_in.get(path)
    assert again.data == first.data + b"% kept\n"
    path = f"/clients/{client_id}"
    archive = zipfile.ZipFile(io.BytesIO(post_form(signed_in, path, f"{path}/export", {}).data))
    [pdf] = [name for name in archive.namelist() if name.endswith(".pdf")]
    assert archive.read(pdf) == again.data
