"""Console forms: server-side validation; a refused form keeps what was typed."""

from __future__ import annotations

import re
from zoneinfo import available_timezones

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    TimeField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired,
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)
from wtforms.widgets import CheckboxInput, ListWidget

from shared.db.models import Delivery
from shared.kernel.defaults import CLIENT_LANGUAGE, REMINDERS_MAX_PER_WEEK
from shared.language.catalogue import LANGUAGES, language_name
from shared.outreach.reminders import DAY_FULL, DAY_NAMES


def short_day_names() -> dict[str, str]:
    """ "Mon" -> "Monday": the values a reminder spec uses, the words a clinician reads."""
    return {short: full.capitalize() for short, full in zip(DAY_NAMES, DAY_FULL, strict=True)}


TIMEZONES = sorted(available_timezones() - {"localtime", "Factory"})
MIN_CUE_SLOTS = 3
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _email_shape(_form: object, field: StringField) -> None:
    # Shape only: the address is proven when the invitation or a brief reaches it.
    if not _EMAIL.fullmatch((field.data or "").strip()):
        raise ValidationError("not an e-mail address")


def _timezone_choices() -> list[SelectChoice]:
    """Every IANA zone under its region, the place written as people read it:
    "America/Argentina/Buenos_Aires" is "Argentina / Buenos Aires" under "America"."""
    choices = []
    for name in TIMEZONES:
        region, _, place = name.partition("/")
        shown = (place or region).replace("_", " ").replace("/", " / ")
        choices.append(SelectChoice(name, shown, optgroup=region if place else "Other"))
    return choices


def _timezone_field(label: str = "Time zone", default: str | None = None) -> SelectField:
    # A list, not free text: 597 names nobody types right; the value stays the IANA name.
    return SelectField(
        label,
        choices=_timezone_choices(),
        default=default,
        validate_choice=False,
        validators=[DataRequired("choose a time zone"), _known_timezone],
    )


def _known_timezone(_form: object, field: StringField) -> None:
    if field.data not in TIMEZONES:
        raise ValidationError("choose a time zone from the list, like America/Chicago")


class ActionForm(FlaskForm):
    """A button that changes something: only its CSRF token."""


class SignInForm(FlaskForm):
    email = EmailField(
        "E-mail",
        validators=[DataRequired("enter your e-mail address")],
        render_kw={"autocomplete": "username"},
    )
    password = PasswordField(
        "Password",
        validators=[DataRequired("enter your password")],
        render_kw={"autocomplete": "current-password"},
    )


class CodeForm(FlaskForm):
    code = StringField(
        "Code",
        validators=[DataRequired("enter the code"), Length(max=20)],
        render_kw={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True},
    )


class PasswordSetForm(FlaskForm):
    password = PasswordField(
        "New password",
        validators=[DataRequired("choose a password")],
        render_kw={"autocomplete": "new-password"},
    )
    confirm = PasswordField(
        "The same password again",
        validators=[EqualTo("password", "the two passwords are not the same")],
        render_kw={"autocomplete": "new-password"},
    )


def _language_choices() -> list[SelectChoice]:
    # Each language by its own name, as the client would pick it ("Español").
    return [SelectChoice(code, language_name(code)) for code in LANGUAGES]


def _language_field() -> SelectField:
    return SelectField(
        "Language the client writes in",
        choices=_language_choices(),
        default=CLIENT_LANGUAGE,
        # Missing (an older form, a script) is the default, English; an unknown one is refused.
        validators=[DataRequired("choose the client's language")],
    )


class ClientForm(FlaskForm):
    name = StringField(
        "Name or alias",
        validators=[DataRequired("enter a name or an alias"), Length(max=200)],
    )
    phone = StringField(
        "Mobile number",
        validators=[DataRequired("enter the client's mobile number"), Length(max=40)],
        render_kw={"inputmode": "tel", "autocomplete": "off"},
    )
    timezone = _timezone_field()
    language = _language_field()
    consent = BooleanField(
        "The client agreed in session to receive texts from Carryback, and knows this number "
        "is not monitored in real time.",
        validators=[DataRequired("the client's agreement is needed before enrolling")],
    )


class LanguageForm(FlaskForm):
    """The language a client's texts and calls are in, changed on their page."""

    language = _language_field()


class CueForm(Form):
    label = StringField("Cue, in the client's words", validators=[Optional(), Length(max=200)])
    phrases = TextAreaField(
        "Other ways they say it (one per line)", validators=[Optional(), Length(max=1000)]
    )


class PracticeForm(FlaskForm):
    cues = FieldList(FormField(CueForm), min_entries=MIN_CUE_SLOTS, max_entries=12)
    action = TextAreaField("One small action", validators=[Optional(), Length(max=500)])
    carry_back = TextAreaField("The carry-back", validators=[Optional(), Length(max=500)])
    nothing_this_week = BooleanField("Nothing this week (a valid plan)")
    # Reminders: days ticked and a time, checked by shared.outreach.reminder_setup as the
    # CLI's "Tue,Thu 08:15" is. A script may still post that text as ``remind``.
    remind_days = SelectMultipleField(
        "Days the client wants a reminder",
        choices=[SelectChoice(short, short_day_names()[short]) for short in DAY_NAMES],
        validate_choice=False,
        option_widget=CheckboxInput(),
        widget=ListWidget(prefix_label=False),
    )
    remind_time = StringField(
        "At (client's time)",
        validators=[Optional(), Length(max=10)],
        render_kw={"type": "time", "autocomplete": "off"},
    )
    remind = HiddenField()
    quiet_hours = StringField(
        "Quiet hours, if wider than 21:00-08:00",
        validators=[Optional(), Length(max=20)],
        render_kw={"placeholder": "21:00-08:00", "autocomplete": "off"},
    )
    max_per_week = IntegerField(
        "At most this many reminders a week",
        default=REMINDERS_MAX_PER_WEEK,
        validators=[Optional()],
    )
    nudge = StringField(
        "Pre-session nudge the day before, at",
        validators=[Optional(), Length(max=10)],
        render_kw={"type": "time", "autocomplete": "off"},
    )
    # The fingerprint of the reminder texts last shown on this page.
    reminders_shown = HiddenField()


class SessionForm(FlaskForm):
    date = DateField("Date", validators=[InputRequired("choose a date")])
    time = TimeField("Time", validators=[InputRequired("choose a time")])
    weeks = IntegerField(
        "Sessions to book, one a week",
        default=1,
        validators=[InputRequired(), NumberRange(1, 12, "between 1 and 12 sessions")],
    )


class MoveForm(FlaskForm):
    date = DateField("New date", validators=[InputRequired("choose a date")])
    time = TimeField("New time", validators=[InputRequired("choose a time")])


class SettingsForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired("enter your name"), Length(max=200)])
    email = EmailField("E-mail", validators=[DataRequired(), _email_shape, Length(max=320)])
    timezone = _timezone_field()
    brief_lead_minutes = IntegerField(
        "Send the brief this many minutes before a session",
        validators=[InputRequired(), NumberRange(5, 10080, "between 5 minutes and 7 days")],
    )


class DeliveryForm(FlaskForm):
    delivery = RadioField(
        "How briefs and crisis alerts reach you",
        choices=[
            SelectChoice(
                Delivery.LINK.value,
                "A notice with a link to sign in and read (no client information by e-mail)",
            ),
            SelectChoice(Delivery.SMIME.value, "The whole brief by encrypted S/MIME e-mail"),
            SelectChoice(Delivery.BOTH.value, "Both"),
        ],
        validators=[InputRequired("choose how briefs reach you")],
    )
    alert_sms = BooleanField(
        "Also text my phone when a crisis alert comes in (no client information)"
    )
    alert_phone = StringField("My mobile number", validators=[Optional(), Length(max=40)])


class DeleteForm(FlaskForm):
    confirm = StringField(
        "Type the client's name to confirm", validators=[DataRequired("type the client's name")]
    )


class CertificateForm(FlaskForm):
    certificate = FileField(
        "S/MIME certificate (PEM)", validators=[FileRequired("choose a certificate file")]
    )


class InviteForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired("enter a name"), Length(max=200)])
    email = EmailField("E-mail", validators=[DataRequired(), _email_shape, Length(max=320)])
    timezone = _timezone_field(default="UTC")
    is_admin = BooleanField("Also a practice admin (can invite clinicians)")


class PasswordCheckForm(FlaskForm):
    """The account's password, typed again before a change to how it signs in."""

    password = PasswordField(
        "Your password",
        validators=[DataRequired("enter your password")],
        render_kw={"autocomplete": "current-password"},
    )


class ChangePasswordForm(FlaskForm):
    current = PasswordField(
        "Current password",
        validators=[DataRequired("enter your current password")],
        render_kw={"autocomplete": "current-password"},
    )
    password = PasswordField(
        "New password",
        validators=[DataRequired("choose a new password")],
        render_kw={"autocomplete": "new-password"},
    )
    confirm = PasswordField(
        "The new password again",
        validators=[EqualTo("password", "the two new passwords are not the same")],
        render_kw={"autocomplete": "new-password"},
    )
