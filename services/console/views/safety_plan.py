"""The client's safety plan in the console, and what the client has carried home by text.

The plan is written with the client in session, one entry a line in each of
Stanley and Brown's six parts; the page shows, live, the exact texts PLAN will
answer with (rendered by the server, the one place the template lives). Every
view and save is audited; previews read nothing stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, flash, jsonify, redirect, render_template, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response
from wtforms import TextAreaField
from wtforms.validators import Length, Optional

from services import runtime
from services.console.material import actor, open_client, transaction
from services.console.queries import client_of
from shared.db.models import Client, OutboundKind, OutboundMessage, OutboundStatus, Practice
from shared.outreach import carried
from shared.outreach.safety_plan_text import plan_messages
from shared.roster.clients import current_practice
from shared.roster.safety_plans import (
    PART_NAMES,
    PlanParts,
    SafetyPlanError,
    build_parts,
    current_plan,
    plan_versions,
    set_plan,
)

blueprint = Blueprint("safety_plan", __name__)
NOT_A_CRISIS_SERVICE = (
    "A safety plan does not replace crisis services. This number is not monitored in real "
    "time: the client texts PLAN to see their plan, and every crisis reply tells them so."
)
_HOW = {
    carried.ON_YES: "after they replied to the welcome",
    carried.ON_REQUEST: "when they asked for it",
    carried.ON_SAVE: "after it was saved",
}


class SafetyPlanForm(FlaskForm):
    """One entry a line; people and professionals as "Name | phone"."""

    warning_signs = TextAreaField(
        "1. Warning signs", validators=[Optional(), Length(max=2000)], render_kw={"rows": 3}
    )
    coping = TextAreaField(
        "2. Things I can do on my own to take my mind off it",
        validators=[Optional(), Length(max=2000)],
        render_kw={"rows": 3},
    )
    distractions = TextAreaField(
        "3. People and places that help me feel better",
        validators=[Optional(), Length(max=2000)],
        render_kw={"rows": 3},
    )
    people = TextAreaField(
        "4. People I can ask for help (Name | phone)",
        validators=[Optional(), Length(max=2000)],
        render_kw={"rows": 3},
    )
    professionals = TextAreaField(
        "5. Professionals and services (Name | phone)",
        validators=[Optional(), Length(max=2000)],
        render_kw={"rows": 3},
    )
    safe_steps = TextAreaField(
        "6. Making my surroundings safer",
        validators=[Optional(), Length(max=2000)],
        render_kw={"rows": 3},
    )


@blueprint.before_request
@login_required
def _signed_in() -> None:
    """Every page here needs a signed-in clinician."""


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _parts_of(form: SafetyPlanForm) -> PlanParts:
    """The plan as typed; a problem is put beside its part and raised."""
    return build_parts(
        warning_signs=_lines(form.warning_signs.data),
        coping=_lines(form.coping.data),
        distractions=_lines(form.distractions.data),
        people=_lines(form.people.data),
        professionals=_lines(form.professionals.data),
        safe_steps=_lines(form.safe_steps.data),
    )


def _prefill(form: SafetyPlanForm, parts: PlanParts) -> None:
    for field in PART_NAMES:
        entries = getattr(parts, field)
        if field in ("people", "professionals"):
            getattr(form, field).data = "\n".join(f"{c.name} | {c.phone}" for c in entries)
        else:
            getattr(form, field).data = "\n".join(entries)


@blueprint.route("/clients/<client_id>/safety-plan", methods=["GET", "POST"])
def edit(client_id: str) -> Response | str | tuple[str, int]:
    form = SafetyPlanForm()
    keys = runtime.context().keys
    with transaction() as db:
        if not form.is_submitted():
            versions = plan_versions(db, client_id)
            shown = f"version {versions[0][1]}" if versions else "no plan"
            client = open_client(db, client_id, "safety_plan.read", shown)
            plan = current_plan(db, keys.open_client(db, client))
            if plan is not None:
                _prefill(form, plan.parts)
            return _render(db, client, form, plan.parts if plan else None)
        client = open_client(db, client_id, "safety_plan.edit_attempted")
        try:
            parts = _parts_of(form) if form.validate() else None
        except SafetyPlanError as error:
            getattr(form, error.part or "warning_signs").errors = [str(error)]
            parts = None
        if parts is None:
            return _render(db, client, form, None, status=400)
        saved = set_plan(db, keys, client, parts, actor=actor())
        flash(
            f"Safety plan saved as version {saved.version}. The client texts PLAN to see it.",
            "notice",
        )
    return redirect(url_for("clients.detail", client_id=client_id))


@blueprint.post("/clients/<client_id>/safety-plan/preview")
def preview(client_id: str) -> Response | tuple[Response, int]:
    """The texts PLAN would send for what is typed now (nothing stored is read or kept)."""
    form = SafetyPlanForm()
    with transaction() as db:
        client = client_of(db, current_user.account.clinician_id, client_id)
        language = client.language if client is not None else None
    if language is None or not form.validate():
        return jsonify(error="This preview is not available."), 404 if language is None else 400
    try:
        parts = _parts_of(form)
    except SafetyPlanError as error:
        return jsonify(error=str(error), part=error.part, messages=[])
    return jsonify(messages=plan_messages(parts, language))


def _render(
    db: Session, client: Client, form: SafetyPlanForm, parts: PlanParts | None, status: int = 200
) -> str | tuple[str, int]:
    opened = runtime.context().keys.open_client(db, client)
    if parts is None:
        try:
            parts = _parts_of(form)
        except SafetyPlanError:
            parts = None
    versions = plan_versions(db, client.id)
    practice = current_practice(db, opened)
    page = render_template(
        "clients/safety_plan.html",
        client=client,
        name=opened.name,
        form=form,
        messages=plan_messages(parts, client.language) if parts else [],
        version=versions[0][1] if versions else None,
        warning=NOT_A_CRISIS_SERVICE,
        # The client's cues, offered as starting points for the warning signs.
        cues=[cue.label for cue in practice.cues] if practice else [],
    )
    return page if status == 200 else (page, status)


# --- the card on the client's page ---------------------------------------------------


@dataclass(frozen=True)
class SentLine:
    """One text that carried a version to the client, as the card lists it."""

    version: int
    at: datetime
    how: str


@dataclass(frozen=True)
class Card:
    """What the client's page shows of the plan and the practice by text: no client words."""

    plan_version: int | None
    plan_saved_at: datetime | None
    plan_sent: list[SentLine]
    practice_sent: list[SentLine]
    practice_waiting: datetime | None
    warning: str = NOT_A_CRISIS_SERVICE


def card(db: Session, client_id: str) -> Card:
    """The client page's section (templates/clients/_safety_plan.html)."""
    versions = plan_versions(db, client_id)
    plan_numbers = {plan_id: number for plan_id, number, _at in versions}
    practice_numbers = dict(
        db.execute(
            select(Practice.id, Practice.version).where(Practice.client_id == client_id)
        ).all()
    )
    waiting = db.execute(
        select(OutboundMessage.due_at)
        .where(
            OutboundMessage.client_id == client_id,
            OutboundMessage.kind == OutboundKind.PRACTICE,
            OutboundMessage.status == OutboundStatus.PENDING,
        )
        .order_by(OutboundMessage.due_at)
        .limit(1)
    ).scalar_one_or_none()
    return Card(
        plan_version=versions[0][1] if versions else None,
        plan_saved_at=versions[0][2] if versions else None,
        plan_sent=_lines_for(carried.sends(db, client_id, OutboundKind.PLAN), plan_numbers),
        practice_sent=_lines_for(
            carried.sends(db, client_id, OutboundKind.PRACTICE), practice_numbers
        ),
        practice_waiting=waiting,
    )


def _lines_for(sent: list[carried.Sent], numbers: dict[str, int]) -> list[SentLine]:
    lines = [
        SentLine(numbers[s.version_id], s.at, _HOW.get(s.how, s.how))
        for s in sent
        if s.version_id in numbers
    ]
    return list(reversed(lines))  # newest first
