"""The pre-session brief as the clinician reads it: text, HTML and MIME."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest

from shared.db.models import NoticingKind
from shared.delivery.briefs import (
    BriefCue,
    BriefInput,
    BriefNoticing,
    BriefPractice,
    alert_subject,
    brief_subject,
    build_alert_mime,
    build_brief_mime,
    render_html,
    render_text,
)
from shared.delivery.briefs.chart import intensity_chart_png

CHICAGO = ZoneInfo("America/Chicago")
CHEST = "tight chest before the meeting"
SCROLL = "scrolling at night"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A local time in June 2025 (9 June is a Monday)."""
    return datetime(2025, 6, day, hour, minute, tzinfo=CHICAGO)


def noticing(
    when: datetime,
    text: str,
    *cues: str,
    intensity: int | None = None,
    barrier: bool = False,
    crisis: bool = False,
    kind: NoticingKind = NoticingKind.SMS,
) -> BriefNoticing:
    return BriefNoticing(
        received_at=when,
        text=text,
        kind=kind,
        cues=cues,
        intensity=intensity,
        barrier=barrier,
        crisis=crisis,
        crisis_reply_sent=crisis,
    )


PRACTICE = BriefPractice(
    cues=(BriefCue(CHEST, ("chest thing", "tight before standup")), BriefCue(SCROLL)),
    action="three slow breaths before opening the laptop",
    carry_back="one moment when the breath helped",
    nothing_this_week=False,
)


def make_brief(*noticings: BriefNoticing, **overrides) -> BriefInput:
    fields = {
        "clinician_name": "Dr Rivera",
        "client_name": "Sam Okafor",
        "session_at": at(12, 10),
        "period_start": at(5, 10),
        "period_end": at(12, 9),
        "practice": PRACTICE,
        "noticings": noticings,
    }
    fields.update(overrides)
    return BriefInput(**fields)


def typical_brief() -> BriefInput:
    return make_brief(
        noticing(at(9, 8, 42), "tight chest again before standup 6/10", CHEST, intensity=6),
        noticing(
            at(9, 23, 10),
            "phone in bed, an hour gone",
            SCROLL,
            intensity=4,
            kind=NoticingKind.VOICE,
        ),
        noticing(at(10, 14), "didn't breathe, boss walked in", CHEST, intensity=8, barrier=True),
        noticing(at(11, 7, 5), "woke up calm for once"),
    )


def section(text: str, heading: str) -> str:
    """The lines under a text heading, up to the next underlined heading."""
    start = text.index(heading + "\n" + "-" * len(heading))
    rest = text[start + 2 * len(heading) + 2 :]
    next_heading = re.search(r"\n[^\n]+\n-{3,}\n", rest)
    return rest[: next_heading.start()] if next_heading else rest


# --------------------------------------------------------------------------- #
# Subject


def test_subject_names_the_session_time_and_nothing_about_the_client():
    subject = brief_subject(at(12, 10))
    assert subject == "Pre-session brief: Thursday 10:00"
    assert "Sam" not in subject and "Okafor" not in subject


def test_subject_gives_the_session_in_the_clinicians_own_zone_and_names_it():
    # The client is in Chicago (10:00 CST); the clinician reads in New York.
    assert brief_subject(at(12, 10), "America/New_York") == "Pre-session brief: Thursday 11:00 EDT"


def test_alert_subject_says_nothing_about_who_or_what():
    assert alert_subject() == "A client message needs your attention"


# --------------------------------------------------------------------------- #
# Content and order


def test_noticings_are_grouped_under_the_clients_own_cue_words_with_day_and_time():
    text = render_text(typical_brief())
    chest = section(text, "What came back, by cue").split(f'"{SCROLL}"')[0]
    assert f'"{CHEST}" (1 noticing)' in chest
    assert "Mon 08:42 (9 Jun)  tight chest again before standup 6/10" in chest
    assert "intensity 6 of 10" in chest
    scroll = section(text, "What came back, by cue").split(f'"{SCROLL}"')[1]
    assert "Mon 23:10 (9 Jun)  phone in bed, an hour gone" in scroll


def test_voice_notes_are_marked_as_automatic_transcripts():
    text = render_text(typical_brief())
    voice_line_index = text.index("phone in bed, an hour gone")
    assert "voice note, automatic transcript" in text[voice_line_index : voice_line_index + 200]
    sms_line_index = text.index("tight chest again before standup")
    assert "automatic transcript" not in text[sms_line_index : sms_line_index + 60]


def test_a_voice_note_still_being_transcribed_is_named_not_missing():
    brief = make_brief(*typical_brief().noticings, voice_pending=(at(10, 8, 10),))
    expected = "A voice note from Tue 08:10 (10 Jun) is still being transcribed."
    assert expected in render_text(brief)
    assert expected in render_html(brief, None)
    assert "still being transcribed" not in render_text(typical_brief())


def test_a_voice_note_with_no_words_says_so():
    brief = make_brief(noticing(at(10, 7), "", kind=NoticingKind.VOICE))
    text = render_text(brief)
    assert "voice note with no words (silence or line noise)" in text
    assert "automatic transcript" not in text


def test_sections_come_in_the_agreed_order():
    brief = make_brief(
        *typical_brief().noticings,
        noticing(at(10, 22), "I want to end it all", crisis=True),
        late=True,
    )
    text = render_text(brief)
    order = [
        "This brief is late",
        "First: messages flagged for crisis language",
        "The practice as agreed",
        "What came back, by cue",
        "What got in the way",
        "Not tagged to a cue",
        "When each cue fired",
        "Intensity over time",
    ]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert text.startswith("This brief is late: it was sent after the session began")


def test_crisis_messages_come_first_with_time_and_that_the_fixed_reply_went_out():
    brief = make_brief(
        noticing(at(9, 8), "ok morning", CHEST),
        noticing(at(10, 22, 15), "I want to end it all", crisis=True),
    )
    text = render_text(brief)
    crisis = section(text, "First: messages flagged for crisis language")
    assert "Tue 22:15 (10 Jun)  I want to end it all" in crisis
    assert "The fixed crisis reply, with crisis line numbers, went out to the client." in crisis
    # Shown once, at the top: not repeated further down.
    assert text.count("I want to end it all") == 1


def test_a_crisis_message_without_a_recorded_reply_says_so():
    flagged = BriefNoticing(
        at(10, 22), "cant go on", NoticingKind.SMS, (), None, False, True, False
    )
    text = render_text(make_brief(flagged))
    assert "No automatic crisis reply is recorded for this message." in text


def test_the_practice_is_shown_as_agreed_in_the_clients_words():
    practice = section(render_text(typical_brief()), "The practice as agreed")
    assert f'Cue: "{CHEST}" (also: "chest thing", "tight before standup")' in practice
    assert f'Cue: "{SCROLL}"' in practice
    assert "The one action: three slow breaths before opening the laptop" in practice
    assert "Carry-back: one moment when the breath helped" in practice


def test_nothing_this_week_is_stated_as_the_plan():
    practice = BriefPractice(cues=(), action=None, carry_back=None, nothing_this_week=True)
    text = render_text(make_brief(practice=practice))
    assert "No practice was set this week: that was the plan." in text
    html = render_html(make_brief(practice=practice), None)
    assert "No practice was set this week: that was the plan." in html


def test_barriers_are_material_for_the_session_not_failure():
    barriers = section(render_text(typical_brief()), "What got in the way")
    assert "Material to bring into the room." in barriers
    assert "didn't breathe, boss walked in" in barriers
    assert f"cue: {CHEST}" in barriers


def test_every_noticing_appears_exactly_once_in_the_text():
    brief = typical_brief()
    text = render_text(brief)
    for item in brief.noticings:
        assert text.count(item.text) == 1, item.text


def test_untagged_noticings_have_their_own_section():
    untagged = section(render_text(typical_brief()), "Not tagged to a cue")
    assert "Wed 07:05 (11 Jun)  woke up calm for once" in untagged


def test_when_each_cue_fired_counts_time_of_day_and_weekday():
    brief = make_brief(
        noticing(at(9, 3), "awake, chest", CHEST),  # Mon night
        noticing(at(9, 8), "chest at standup", CHEST),  # Mon morning
        noticing(at(10, 9), "chest again", CHEST),  # Tue morning
        noticing(at(14, 20), "scrolling", SCROLL),  # Sat evening
    )
    timing = section(render_text(brief), "When each cue fired")
    by_time, by_day = timing.strip("\n").split("\n\n")
    chest_times = next(line for line in by_time.splitlines() if line.startswith(CHEST))
    assert chest_times.split()[-2:] == ["1", "2"]  # night 1, morning 2
    header = by_day.splitlines()[0].split()
    assert header == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    scroll_days = next(line for line in by_day.splitlines() if line.startswith(SCROLL))
    # Saturday column: right-aligned under "Sat".
    sat_end = by_day.splitlines()[0].index("Sat") + 3
    assert scroll_days[sat_end - 1] == "1"


def test_nothing_came_back_is_one_gentle_line():
    text = render_text(make_brief())
    assert "Nothing came back this time. That is worth a gentle conversation" in text
    assert "What came back, by cue" not in text
    assert "What got in the way" not in text
    html = render_html(make_brief(), None)
    assert "Nothing came back this time." in html


def test_a_brief_with_no_practice_recorded_still_renders():
    text = render_text(make_brief(noticing(at(9, 8), "chest", CHEST), practice=None))
    assert "No practice was recorded before this session." in text
    assert '"tight chest before the meeting" (1 noticing)' in text


def test_period_without_a_start_says_everything_so_far():
    text = render_text(make_brief(period_start=None))
    assert "Covers: everything up to Thu 12 Jun 09:00" in text


def test_the_brief_names_the_zone_its_times_are_in():
    # The console around the brief shows the clinician's zone; the brief's times
    # are where the client lives, and says so.
    brief = make_brief()
    assert "in the client's time (America/Chicago)" in render_text(brief)
    assert "in the client&#x27;s time (America/Chicago)" in render_html(brief, None)


# --------------------------------------------------------------------------- #
# Never grading the client


BANNED = re.compile(
    r"\b(score\w*|percent\w*|completion|completed|missed|compliance|compliant|homework|"
    r"failed|failure|not done|adherence)\b|%",
    re.IGNORECASE,
)


def many_noticings(count: int) -> tuple[BriefNoticing, ...]:
    start = at(5, 6)
    texts = ["chest tight at the door", "scrolled till 2", "didn't stop, too tired", "calm walk"]
    return tuple(
        noticing(
            start + timedelta(minutes=97 * index),
            f"{texts[index % 4]} #{index}",
            *([CHEST] if index % 4 == 0 else [SCROLL] if index % 4 == 1 else []),
            intensity=index % 11 if index % 3 else None,
            barrier=index % 4 == 2,
            kind=NoticingKind.VOICE if index % 5 == 0 else NoticingKind.SMS,
        )
        for index in range(count)
    )


NOTHING_WEEK = BriefPractice(cues=(), action=None, carry_back=None, nothing_this_week=True)


@pytest.mark.parametrize(
    "brief",
    [
        typical_brief(),
        make_brief(),
        make_brief(practice=None),
        make_brief(practice=NOTHING_WEEK, late=True),
        make_brief(*many_noticings(300)),
        make_brief(noticing(at(10, 22), "I want to end it all", crisis=True)),
    ],
    ids=["typical", "nothing-came-back", "no-practice", "nothing-this-week", "large", "crisis"],
)
def test_no_grading_words_anywhere(brief):
    inner = build_brief_mime(brief)
    rendered = [render_text(brief), render_html(brief, "chart@x")]
    rendered += [
        part.get_content() for part in inner.walk() if part.get_content_maintype() == "text"
    ]
    for output in rendered:
        match = BANNED.search(output)
        assert match is None, f"found {match.group(0)!r}"


# --------------------------------------------------------------------------- #
# Untrusted client text


NASTY = 'a <script>alert("x")</script> & <img src=x onerror=1> \x1b[2J\x07bell\r\nline two'


def test_html_escapes_client_text_names_and_cues():
    cue = "<b>chest</b>"
    brief = make_brief(
        noticing(at(9, 8), NASTY, cue),
        practice=BriefPractice((BriefCue(cue, ("<i>p</i>",)),), "<u>act</u>", None, False),
        client_name="<Sam & Co>",
        clinician_name='Dr "Quote"',
    )
    html = render_html(brief, "chart@x")
    for raw in ("<script>", "<img src=x", "<b>chest</b>", "<i>p</i>", "<u>act</u>", "<Sam"):
        assert raw not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;" in html
    assert "&lt;Sam &amp; Co&gt;" in html
    assert "\x1b" not in html and "\x07" not in html


def test_text_keeps_client_words_verbatim_but_drops_control_characters():
    text = render_text(make_brief(noticing(at(9, 8), NASTY, CHEST)))
    assert 'a <script>alert("x")</script> & <img src=x onerror=1> [2Jbell' in text
    assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    # The second line of a multi-line message stays with its noticing, indented.
    assert re.search(r"\n +line two\n", text)


def test_emoji_and_right_to_left_text_survive_both_renderings():
    words = "שלום, tight chest 🙂 مرحبا"
    brief = make_brief(noticing(at(9, 8), words, CHEST))
    assert words in render_text(brief)
    html = render_html(brief, None)
    assert words in html
    assert 'dir="auto"' in html


# --------------------------------------------------------------------------- #
# Large briefs


def test_large_brief_shows_counts_and_recent_five_and_attaches_everything():
    noticings = many_noticings(300)
    brief = make_brief(*noticings)
    text = render_text(brief)
    chest = [n for n in noticings if n.cues == (CHEST,)]
    assert f'"{CHEST}" ({len(chest)} noticings)' in text
    assert f"The 5 most recent are below; all {len(chest)} are in the attached" in text
    for recent in chest[-5:]:
        assert recent.text in text
    assert chest[0].text not in text

    attachment = next(build_brief_mime(brief).iter_attachments())
    assert attachment.get_filename() == "all-noticings.txt"
    full_list = attachment.get_content()
    for item in noticings:
        assert item.text in full_list


def test_small_brief_has_no_attachment():
    assert list(build_brief_mime(typical_brief()).iter_attachments()) == []


# --------------------------------------------------------------------------- #
# MIME structure


def parse(message) -> object:
    return message_from_bytes(message.as_bytes(policy=policy.SMTP), policy=policy.default)


def test_brief_mime_has_text_html_and_inline_chart_linked_by_content_id():
    inner = parse(build_brief_mime(typical_brief()))
    assert inner.get_content_type() == "multipart/alternative"
    for header in ("From", "To", "Subject"):
        assert inner[header] is None
    text_part, related = inner.get_payload()
    assert text_part.get_content_type() == "text/plain"
    assert "tight chest again before standup 6/10" in text_part.get_content()
    assert related.get_content_type() == "multipart/related"
    html_part, image = related.get_payload()
    assert html_part.get_content_type() == "text/html"
    assert image.get_content_type() == "image/png"
    assert image.get_content().startswith(PNG_MAGIC)
    cid = image["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html_part.get_content()


def test_brief_without_intensities_has_no_chart():
    brief = make_brief(noticing(at(9, 8), "chest", CHEST))
    inner = parse(build_brief_mime(brief))
    assert [p.get_content_type() for p in inner.walk()] == [
        "multipart/alternative",
        "text/plain",
        "text/html",
    ]
    assert "<img" not in render_html(brief, None)


def test_large_brief_mime_is_mixed_with_the_full_list_attached():
    inner = parse(build_brief_mime(make_brief(*many_noticings(60))))
    assert inner.get_content_type() == "multipart/mixed"
    assert [p.get_content_type() for p in inner.iter_parts()] == [
        "multipart/alternative",
        "text/plain",
    ]


def test_crisis_alert_carries_the_message_and_the_reply_status():
    inner = parse(build_alert_mime(at(10, 22, 15), "I can't <do> this", "unknown", "Sam Okafor"))
    text = inner.get_body(("plain",)).get_content()
    assert text.startswith("A message from one of your clients needs your attention")
    assert "Client: Sam Okafor" in text
    assert "Tuesday 10 June, 22:15" in text
    assert "I can't <do> this" in text
    assert "went out to the client; its delivery is unknown" in text
    html = inner.get_body(("html",)).get_content()
    assert "I can&#x27;t &lt;do&gt; this" in html
    assert inner["Subject"] is None


@pytest.mark.parametrize(
    ("outcome", "said"),
    [
        ("delivered", "was delivered to the client's phone"),
        ("blocked", "opted out of texts (STOP; Twilio error 21610)"),
        ("not delivered", "Twilio reported it undelivered"),
        ("unknown", "its delivery is unknown"),
        ("none", "No automatic crisis reply is recorded"),
    ],
)
def test_crisis_alert_says_what_became_of_the_crisis_reply(outcome: str, said: str) -> None:
    inner = parse(build_alert_mime(at(10, 22, 15), "I can't do this", outcome, "Sam Okafor"))
    assert said in inner.get_body(("plain",)).get_content()
    assert said in inner.get_body(("html",)).get_content()


# --------------------------------------------------------------------------- #
# Chart


def test_chart_is_a_small_png_or_none_without_points():
    assert intensity_chart_png([]) is None
    png = intensity_chart_png([(at(9, 8), 6)])
    assert png.startswith(PNG_MAGIC)
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    assert (width, height) == (600, 200)


def test_reusing_the_chart_figure_leaves_nothing_behind():
    first = [(at(9, 8), 6), (at(10, 20), 2)]
    other = [(at(1, 3), 10), (at(2, 4), 0), (at(20, 5), 7)]
    before = intensity_chart_png(first)
    assert intensity_chart_png(other) != before
    assert intensity_chart_png(first) == before


def test_session_date_is_written_out_without_zero_padding():
    text = render_text(make_brief(session_at=at(5, 10)))
    assert "Session: Thursday 5 June, 10:00" in text
