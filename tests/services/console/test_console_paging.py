"""Long histories in the console: the timeline and the audit page in pages, newest first,
the audit chain checked from its checkpoint, a reload within a minute one audit event."""

from __future__ import annotations

import io
import re
import zipfile
from contextlib import contextmanager
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, event, select, update

from services import runtime
from services.console import records as console_records
from services.console.app import create_app
from shared.db.models import AuditEvent, BriefPdf, BriefStatus, Client, TherapySession, utcnow
from shared.delivery.briefs.render import render_html
from shared.language.cues import Cue
from tests.support.console import console_env_values, post_form
from tests.support.env import make_env
from tests.support.records import enrol_with_practice, text_in

PHONE = "+13125550188"
CUE = "kettle whistles at dusk"
OTHER = "mirror fogging over"


@pytest.fixture
def app(monkeypatch, sqlite_url, redis_url, redis):
    make_env(sqlite_url, redis_url, **console_env_values()).apply(monkeypatch)
    runtime.reset()
    yield create_app()
    runtime.reset()


@pytest.fixture
def client_id(maya) -> str:
    cues = [Cue(CUE, ("kettle",)), Cue(OTHER, ("mirror",))]
    return enrol_with_practice(maya.email, name="Ilse Marrow", phone=PHONE, cues=cues)


def events(action: str) -> list[AuditEvent]:
    with runtime.context().db.session() as db:
        query = select(AuditEvent).where(AuditEvent.action == action)
        return list(db.execute(query).scalars())


def quotes(page: str) -> list[str]:
    return re.findall(r'<blockquote dir="auto">([^<]*)</blockquote>', page)


def earlier_link(page: str) -> str | None:
    found = re.search(r'rel="next" href="([^"]+)"', page)
    return found.group(1).replace("&amp;", "&") if found else None


def test_the_timeline_comes_in_pages_newest_first_with_show_earlier(
    signed_in, client_id, monkeypatch
):
    monkeypatch.setattr(console_records, "TIMELINE_PAGE", 2)
    for n in range(5):
        text_in(PHONE, f"kettle again, number {n}", hours_ago=5 - n)
    seen, path = [], f"/clients/{client_id}/timeline"
    while path:
        page = signed_in.get(path).get_data(as_text=True)
        assert len(quotes(page)) <= 2
        seen.extend(quotes(page))
        path = earlier_link(page)
    assert seen == [f"kettle again, number {n}" for n in (4, 3, 2, 1, 0)]


def test_the_timeline_renders_a_correction_form_only_for_the_entry_asked_for(signed_in, client_id):
    ids = [text_in(PHONE, f"kettle {n}") for n in range(3)]
    path = f"/clients/{client_id}/timeline"
    page = signed_in.get(path).get_data(as_text=True)
    forms = re.compile(r'<form method="post" class="correct" action="([^"]+)"')
    assert page.count("Correct the cues") == 3 and forms.findall(page) == []
    asked = signed_in.get(f"{path}?correct={ids[1]}").get_data(as_text=True)
    assert forms.findall(asked) == [f"/clients/{client_id}/noticings/{ids[1]}/cues"]
    answer = post_form(
        signed_in,
        f"{path}?correct={ids[1]}",
        f"/clients/{client_id}/noticings/{ids[1]}/cues",
        {"cue": CUE},  # no cue added, so no offer to teach the tagger: straight back
    )
    assert answer.status_code == 302 and answer.headers["Location"].endswith(f"#n-{ids[1]}")


def test_the_timeline_filters_dates_in_the_clients_zone(signed_in, client_id):
    text_in(PHONE, "kettle long ago", hours_ago=24 * 10)
    text_in(PHONE, "kettle today")
    today = utcnow().astimezone(ZoneInfo("America/Chicago")).date()
    page = signed_in.get(
        f"/clients/{client_id}/timeline", query_string={"from": today.isoformat()}
    ).get_data(as_text=True)
    assert quotes(page) == ["kettle today"]


def test_a_page_reloaded_within_a_minute_is_one_audit_event(signed_in, client_id):
    path = f"/clients/{client_id}/timeline"
    for _ in range(3):
        assert signed_in.get(path).status_code == 200
    assert len(events("timeline.read")) == 1
    with runtime.context().db.session() as db:
        db.execute(update(AuditEvent).values(at=utcnow() - timedelta(minutes=2)))
    signed_in.get(path)
    assert len(events("timeline.read")) == 2


def test_the_audit_page_names_events_in_words_with_the_zone_and_pages(
    signed_in, client_id, maya, monkeypatch
):
    monkeypatch.setattr(console_records, "AUDIT_PAGE", 3)
    signed_in.get(f"/clients/{client_id}")
    signed_in.get(f"/clients/{client_id}/timeline")
    page = signed_in.get("/audit").get_data(as_text=True)
    assert "opened the timeline" in page and "timeline.read" not in page
    assert re.search(r"\d\d:\d\d:\d\d C[SD]T<", page), "times carry their zone"
    shown, path = 0, "/audit"
    while path:
        page = signed_in.get(path).get_data(as_text=True)
        mine = page.split("Your clients' record", 1)[1]
        rows = mine.count("<tr><td>")
        assert 0 < rows <= 3
        shown += rows
        found = re.search(r'href="(/audit\?before=\d+[^"]*)"', page)
        path = found.group(1).replace("&amp;", "&") if found else None
    with runtime.context().db.session() as db:
        whole = console_records.audit_for_clinician(
            db, maya.clinician_id, f"console:{maya.user_id}", None, 1000
        )
    assert shown == len(whole.events) >= 5  # every entry once, across the pages
    # A cursor that is not an ASCII number reads as no cursor, never as an error.
    for cursor in ("²", "٣"):
        answer = signed_in.get("/audit", query_string={"before": cursor})
        assert answer.status_code == 200


def test_the_admin_page_checks_new_entries_and_catches_a_truncated_trail(signed_in, client_id):
    first = signed_in.get("/audit").get_data(as_text=True)
    assert "Verified" in first
    signed_in.get(f"/clients/{client_id}/timeline")
    again = signed_in.get("/audit").get_data(as_text=True)
    # Only the entries written since the last look were checked this time.
    assert re.search(r"; [1-9] new since the last check", again), again
    with runtime.context().db.session() as db:
        db.execute(delete(AuditEvent))
    emptied = signed_in.get("/audit").get_data(as_text=True)
    assert "Verified" not in emptied and "The chain breaks" in emptied
    assert "events were removed" in emptied


@contextmanager
def counted_queries():
    """Every SQL statement the process's database runs inside the block."""
    engine = runtime.context().db.engine
    statements: list[str] = []

    def note(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", note)


def export_of(client_id: str) -> tuple[zipfile.ZipFile, list[str]]:
    ctx = runtime.context()
    with ctx.db.session() as db, counted_queries() as statements:
        opened = ctx.keys.open_client(db, db.get(Client, client_id))
        archive = console_records.export_zip(db, ctx.keys, opened, utcnow())
    return zipfile.ZipFile(io.BytesIO(archive)), statements


def week_with_brief(client_id: str, weeks_ago: int, *, pdf: bool = True) -> None:
    """A week's text and its session's brief, sent; its PDF kept (as when it is sent)."""
    text_in(PHONE, f"kettle, {weeks_ago} weeks ago", hours_ago=24 * 7 * weeks_ago + 2)
    at = utcnow() - timedelta(weeks=weeks_ago)
    ctx = runtime.context()
    with ctx.db.session() as db:
        therapy_session = TherapySession(
            client_id=client_id,
            starts_at=at + timedelta(hours=1),
            brief_due_at=at,
            brief_status=BriefStatus.SENT,
            brief_sent_at=at,
            brief_period_end=at,
        )
        db.add(therapy_session)
        db.flush()
        if pdf:
            opened = ctx.keys.open_client(db, db.get(Client, client_id))
            console_records.brief_pdf(db, ctx.keys, opened, therapy_session)


def kept_pdf_count(client_id: str) -> int:
    with runtime.context().db.session() as db:
        return len(db.execute(select(BriefPdf).where(BriefPdf.client_id == client_id)).all())


def test_the_export_takes_the_same_queries_for_one_brief_or_many(client_id):
    week_with_brief(client_id, 4)
    one, one_queries = export_of(client_id)
    for weeks_ago in (3, 2, 1):
        week_with_brief(client_id, weeks_ago)
    four, four_queries = export_of(client_id)
    briefs = sorted(n for n in four.namelist() if n.startswith("briefs/") and n.endswith(".html"))
    one_briefs = [n for n in one.namelist() if n.startswith("briefs/") and n.endswith(".html")]
    assert len(one_briefs) == 1 and len(briefs) == 4
    assert len(four_queries) == len(one_queries), four_queries
    # Each brief's kept PDF is in the export, beside its HTML.
    pdfs = sorted(n for n in four.namelist() if n.startswith("briefs/") and n.endswith(".pdf"))
    assert [n.removesuffix(".pdf") for n in pdfs] == [n.removesuffix(".html") for n in briefs]
    assert all(four.read(n).startswith(b"%PDF-") for n in pdfs)
    assert "not in this file yet" not in four.read("README.txt").decode()
    # Each brief as it went out: its own week's words, none of the next week's.
    for name, weeks_ago in zip(briefs, (4, 3, 2, 1), strict=True):
        html = four.read(name).decode()
        assert f"kettle, {weeks_ago} weeks ago" in html
        assert f"kettle, {weeks_ago - 1} weeks ago" not in html
    ctx = runtime.context()
    with ctx.db.session() as db:
        sent = sorted(console_records.briefs_of(db, client_id), key=lambda s: s.starts_at)
        for name, therapy_session in zip(briefs, sent, strict=True):
            one_by_one = console_records.brief_for(db, ctx.keys, therapy_session, utcnow())
            assert four.read(name).decode() == render_html(one_by_one, None)


def test_an_export_prints_a_few_missing_pdfs_and_lists_the_rest(client_id):
    for weeks_ago in (4, 3, 2, 1):
        week_with_brief(client_id, weeks_ago, pdf=False)  # sent before PDFs were kept
    ctx = runtime.context()

    def export(prints: int) -> zipfile.ZipFile:
        with ctx.db.session() as db:
            opened = ctx.keys.open_client(db, db.get(Client, client_id))
            archive = console_records.export_zip(db, ctx.keys, opened, utcnow(), pdf_prints=prints)
        return zipfile.ZipFile(io.BytesIO(archive))

    first = export(3)
    pdfs = [n for n in first.namelist() if n.endswith(".pdf")]
    htmls = sorted(n for n in first.namelist() if n.endswith(".html"))
    readme = first.read("README.txt").decode()
    assert len(pdfs) == 3 and len(htmls) == 4
    [missing] = [
        n.replace(".html", ".pdf") for n in htmls if n.replace(".html", ".pdf") not in pdfs
    ]
    assert "1 brief PDF(s) are not in this file yet" in readme and missing in readme
    assert "brief's page" in readme
    assert kept_pdf_count(client_id) == 3  # kept: the next export reads them
    second = export(3)
    assert len([n for n in second.namelist() if n.endswith(".pdf")]) == 4
    assert second.read(pdfs[0]) == first.read(pdfs[0])  # read back, not printed again
    assert "not in this file yet" not in second.read("README.txt").decode()


def test_the_client_list_takes_the_same_queries_for_one_client_or_many(signed_in, client_id, maya):
    with counted_queries() as one:
        assert signed_in.get("/").status_code == 200
    for n in range(3):
        enrol_with_practice(
            maya.email, name=f"Client {n}", phone=f"+1312555020{n}", cues=[Cue(CUE, ("kettle",))]
        )
    with counted_queries() as four:
        page = signed_in.get("/").get_data(as_text=True)
    assert "Client 2" in page
    assert len(four) == len(one), four
