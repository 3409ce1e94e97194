"""The clinician teaches the tagger from the timeline, and nothing is learnt without a yes.

After a correction that adds a cue, the console offers the client's words that
made the difference as a phrase of that cue; an accepted phrase becomes the
practice's next version (later texts only), and the console then offers to
re-tag the last two weeks. Client words never go into a URL or a flash message.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import login_required
from flask_wtf import FlaskForm
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response
from wtforms import HiddenField, StringField
from wtforms.validators import InputRequired, Length

from services import runtime
from services.console import records as console_records
from services.console.material import actor, open_client, record, transaction
from shared.db.models import Client, Noticing, utcnow
from shared.noticings import teaching
from shared.noticings.sealing import open_body, open_corrected_cues, open_tags
from shared.roster.clients import current_practice
from shared.vault.audit import counted
from shared.vault.sealed import OpenedClient

blueprint = Blueprint("teaching", __name__)


class PhraseForm(FlaskForm):
    cue = HiddenField(validators=[InputRequired()])  # the cue's position in the practice
    phrase = StringField(
        "Words to add", validators=[InputRequired(), Length(max=teaching.MAX_PHRASE_CHARS)]
    )


class RetagForm(FlaskForm):
    pass


@blueprint.before_request
@login_required
def _signed_in() -> None:
    """Every page here needs a signed-in clinician."""


def _opened(db: Session, client: Client) -> OpenedClient:
    return runtime.context().keys.open_client(db, client)


def _noticing(db: Session, client: Client, noticing_id: str) -> Noticing:
    noticing = console_records.noticing_of(db, client.id, noticing_id)
    if noticing is None:
        abort(404)
    return noticing


def added_cues(opened: OpenedClient, noticing: Noticing) -> tuple[str, ...]:
    """Cues the clinician added that the tagger did not find."""
    corrected = open_corrected_cues(opened, noticing) or ()
    tags = open_tags(opened, noticing)
    tagged = tags.cues if tags else ()
    return tuple(label for label in corrected if label not in tagged)


def _offers(db: Session, opened: OpenedClient, noticing: Noticing) -> list[dict]:
    practice = current_practice(db, opened)
    if practice is None or noticing.body_enc is None:
        return []
    text = open_body(opened, noticing)
    offers = []
    for label in added_cues(opened, noticing):
        position = next((i for i, c in enumerate(practice.cues) if c.label == label), None)
        if position is None:
            continue
        cue = practice.cues[position]
        suggestion = teaching.suggest_phrase(text, cue)
        if suggestion:
            form = PhraseForm(formdata=None, cue=str(position), phrase=suggestion)
            offers.append({"label": label, "suggestion": suggestion, "form": form})
    return offers


@blueprint.get("/clients/<client_id>/noticings/<noticing_id>/teach")
def offer(client_id: str, noticing_id: str) -> Response | str:
    with transaction() as db:
        client = open_client(db, client_id, "noticing.teach_offered")
        opened = _opened(db, client)
        noticing = _noticing(db, client, noticing_id)
        offers = _offers(db, opened, noticing)
        if not offers:
            return redirect(_timeline(client_id, noticing_id))
        return render_template(
            "records/teach.html",
            client=client,
            name=opened.name,
            noticing_id=noticing_id,
            text=open_body(opened, noticing),
            offers=offers,
        )


@blueprint.post("/clients/<client_id>/noticings/<noticing_id>/teach")
def accept(client_id: str, noticing_id: str) -> Response:
    form = PhraseForm()
    if not form.validate_on_submit():
        flash("Write the words to add (at most 80 characters). Nothing was changed.", "notice")
        return redirect(url_for("teaching.offer", client_id=client_id, noticing_id=noticing_id))
    with transaction() as db:
        client = open_client(db, client_id, "practice.phrase_add_attempted")
        opened = _opened(db, client)
        _noticing(db, client, noticing_id)
        practice = current_practice(db, opened)
        try:
            position = int(form.cue.data)
            if practice is None or not 0 <= position < len(practice.cues):
                raise teaching.TeachingError("that cue is not in the current practice")
            saved = teaching.add_phrase(
                db,
                runtime.context().keys,
                opened,
                practice.cues[position].label,
                form.phrase.data or "",
                lead_minutes=runtime.context().settings.brief_lead_minutes,
                actor=actor(),
            )
        except (ValueError, teaching.TeachingError) as error:
            flash(str(error).capitalize() + ". Nothing was changed.", "notice")
            return redirect(url_for("teaching.offer", client_id=client_id, noticing_id=noticing_id))
        record(db, "practice.phrase_added", "client", client.id, f"version {saved.version}")
        flash(
            f"Added to the cue: the practice is now version {saved.version}. "
            "It applies to texts from now on.",
            "notice",
        )
    return redirect(url_for("teaching.retag_offer", client_id=client_id, back=noticing_id))


@blueprint.get("/clients/<client_id>/retag")
def retag_offer(client_id: str) -> str:
    with transaction() as db:
        client = open_client(db, client_id, "noticings.retag_offered")
        opened = _opened(db, client)
        practice = current_practice(db, opened)
        return render_template(
            "records/retag.html",
            client=client,
            name=opened.name,
            version=practice.version if practice else None,
            days=teaching.RETAG_DAYS,
            back=_safe_id(request.args.get("back", "")),
            form=RetagForm(),
        )


@blueprint.post("/clients/<client_id>/retag")
def retag(client_id: str) -> Response:
    if not RetagForm().validate_on_submit():
        abort(400)
    with transaction() as db:
        client = open_client(db, client_id, "noticings.retag_attempted")
        done = teaching.retag_recent(db, _opened(db, client), utcnow())
        record(db, "noticings.retagged", "client", client.id, counted(done.changed, "noticing"))
        flash(
            f"Re-tagged the last {teaching.RETAG_DAYS} days: {done.changed} of "
            f"{done.looked_at} noticings read differently now.",
            "notice",
        )
    return redirect(url_for("records.timeline", client_id=client_id))


def _safe_id(raw: str) -> str | None:
    return raw if raw.isalnum() and len(raw) <= 32 else None


def _timeline(client_id: str, noticing_id: str) -> str:
    return url_for("records.timeline", client_id=client_id) + f"#n-{noticing_id}"
