"""The texts the practice page shows before they are sent: reminders as chosen, the welcome.

The reminders come from ticked days and a time (or a script's "Tue,Thu 08:15"),
checked by :mod:`shared.outreach.reminder_setup` as the CLI's are; the preview
is the exact fixed text, in the client's language, under headings that
``console.js`` writes the same way while the clinician ticks and types. The
welcome is shown from what is saved, never from what is only typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from services import runtime
from services.console.forms import PracticeForm
from services.console.material import record
from services.console.standing import Welcome, days_in_words, latest_welcome
from shared.db.models import Client, ClientMessaging, ClientStatus, utcnow
from shared.kernel.defaults import REMINDERS_MAX_PER_WEEK
from shared.language.sms import segments
from shared.outreach import reminder_setup
from shared.outreach.messaging import (
    ReminderChoice,
    next_session_start,
    nudge_text,
    reminder_text,
    set_reminders,
    welcome_text,
)
from shared.outreach.reminders import DAY_NAMES, ReminderSpec, clock


def typed_spec(form: PracticeForm) -> str | None:
    """The ticked days and the time as a spec ("Tue,Thu 08:15"); a script's ``remind`` text
    when nothing was ticked or typed."""
    days = [day for day in DAY_NAMES if day in (form.remind_days.data or [])]
    minute = (form.remind_time.data or "").strip()
    if not days and not minute:
        return form.remind.data
    return f"{','.join(days) or '-'} {minute or '-'}"


def reminder_request(form: PracticeForm) -> reminder_setup.ReminderRequest:
    return reminder_setup.ReminderRequest(
        remind=typed_spec(form),
        quiet_hours=form.quiet_hours.data,
        max_per_week=(
            REMINDERS_MAX_PER_WEEK if form.max_per_week.data is None else form.max_per_week.data
        ),
        nudge=form.nudge.data,
    )


def reminder_choice(form: PracticeForm) -> ReminderChoice | None:
    """The reminders as chosen, or None with the problem shown beside its field."""
    if form.max_per_week.errors:
        return None
    structured = bool(form.remind_days.data or (form.remind_time.data or "").strip())
    if structured and not form.remind_days.data:
        form.remind_days.errors = ["tick the days the client wants a reminder"]
        return None
    if structured and not (form.remind_time.data or "").strip():
        form.remind_time.errors = ["choose the time of day for the reminder"]
        return None
    try:
        choice = reminder_setup.parse_request(reminder_request(form))
    except reminder_setup.ReminderFieldError as error:
        # The page has days and a time; a script's text spec is answered beside the days.
        if error.field == "remind":
            field = "remind_time" if structured else "remind_days"
        else:
            field = error.field
        getattr(form, field).errors = [str(error)]
        return None
    if choice.spec is not None and len(choice.spec.days) > choice.max_per_week:
        # Ticked days beyond the weekly limit would be skipped, and which ones depends on
        # the week before: the days ticked are to be the days they come.
        form.remind_days.errors = [
            f"{len(choice.spec.days)} days ticked, but at most {choice.max_per_week} a week: "
            f"tick {choice.max_per_week} or fewer, or raise the weekly number"
        ]
        return None
    return choice


def reminder_preview(
    db: Session, client: Client, form: PracticeForm
) -> reminder_setup.ReminderPreview | None:
    """The texts as the client will get them, with the cue and action on this page."""
    choice = reminder_choice(form)
    if choice is None:
        return None
    first_cue = next(
        (e.form.label.data.strip() for e in form.cues.entries if (e.form.label.data or "").strip()),
        None,
    )
    nothing = form.nothing_this_week.data
    action = None if nothing else (form.action.data or "").strip() or None
    cue = None if nothing else first_cue
    lines = []
    if choice.spec is not None:
        text = (
            reminder_text(cue, action, client.language)
            if cue and action
            else reminder_setup.NO_REMINDER_YET
        )
        lines.append(reminder_setup.PreviewLine(reminder_heading(choice.spec), text))
    if choice.nudge_minute is not None:
        session_at, example = nudge_session(db, client)
        lines.append(
            reminder_setup.PreviewLine(
                nudge_heading(clock(choice.nudge_minute), example),
                nudge_text(session_at, client.timezone, client.language),
            )
        )
    return reminder_setup.ReminderPreview(tuple(lines))


def reminder_heading(spec: ReminderSpec) -> str:
    """Above a reminder's preview; console.js writes the same words while the clinician ticks."""
    return f"Reminders on {days_in_words(spec.days)} at {clock(spec.minute)}:"


def nudge_heading(at: str, example: bool) -> str:
    if example:
        return (
            f"The day before each session, at {at} "
            "(no session booked yet; shown for one a week from today):"
        )
    return f"The day before each session, at {at}:"


def nudge_session(db: Session, client: Client) -> tuple[datetime, bool]:
    """The next session, for the nudge's weekday; with none booked, a week from today
    (said so in the heading), never a placeholder the client would not see."""
    now = utcnow()
    booked = next_session_start(db, client.id, now)
    return (booked, False) if booked is not None else (now + timedelta(days=7), True)


def save_reminders(db: Session, client: Client, form: PracticeForm) -> str:
    """Store the reminders if they changed; the words for the clinician's notice."""
    request = reminder_request(form)
    plan = db.get(ClientMessaging, client.id)
    if same_reminders(request, reminder_setup.request_from_plan(plan)):
        return ""
    choice = reminder_setup.parse_request(request)
    plan = set_reminders(db, client, choice, utcnow())
    record(db, "reminders.set", "client", client.id, str(choice.spec or "no reminders"))
    upcoming = reminder_setup.describe_next(plan, client.timezone)
    # Only the first letter: the weekday and zone keep their capitals ("Tue", "CST").
    return f" {upcoming[:1].upper()}{upcoming[1:]} (client's time)."


def same_reminders(
    typed: reminder_setup.ReminderRequest, stored: reminder_setup.ReminderRequest
) -> bool:
    return reminder_setup.parse_request(typed) == reminder_setup.parse_request(stored)


def prefill_reminders(form: PracticeForm, plan: ClientMessaging | None) -> None:
    stored = reminder_setup.request_from_plan(plan)
    if plan is not None and plan.remind_days and plan.remind_minute is not None:
        spec = ReminderSpec.from_mask(plan.remind_days, plan.remind_minute)
        form.remind_days.data = [DAY_NAMES[day] for day in sorted(spec.days)]
        form.remind_time.data = clock(spec.minute)
    form.quiet_hours.data = stored.quiet_hours
    form.max_per_week.data = stored.max_per_week
    form.nudge.data = stored.nudge


def live_wording(db: Session, client: Client) -> dict[str, str]:
    """What console.js needs to write the reminder preview as the clinician ticks and types:
    the fixed texts in the client's language, the nudge already filled with its weekday."""
    session_at, example = nudge_session(db, client)
    return {
        "reminder": reminder_text("{cue}", "{action}", client.language),
        "no_reminder": reminder_setup.NO_REMINDER_YET,
        "nudge": nudge_text(session_at, client.timezone, client.language),
        "nudge_heading": nudge_heading("{at}", example),
    }


@dataclass(frozen=True)
class WelcomePreview:
    """The welcome as the client's phone will show it, from what is saved (not what is typed)."""

    state: str  # "unsaved": save the practice first; "ready": send it; "sent"; "opted_out"
    text: str = ""
    segments: int = 0
    sent: Welcome | None = None


def welcome_preview(db: Session, client: Client, *, saved: bool) -> WelcomePreview | None:
    if client.status not in (ClientStatus.INVITED, ClientStatus.OPTED_OUT):
        return None
    if client.status == ClientStatus.OPTED_OUT:
        return WelcomePreview("opted_out")
    sent = latest_welcome(db, client.id)
    if sent is not None:
        return WelcomePreview("sent", sent=sent)
    if not saved:
        return WelcomePreview("unsaved")
    text = welcome_text(
        runtime.context().settings, db.get(ClientMessaging, client.id), client.language
    )
    return WelcomePreview("ready", text, segments(text).count)
