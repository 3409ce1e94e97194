"""The clinician's own settings: name, e-mail, time zone, brief lead time, S/MIME certificate."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import select
from werkzeug.wrappers import Response

from services import runtime
from services.console.forms import (
    TIMEZONES,
    ActionForm,
    CertificateForm,
    DeliveryForm,
    SettingsForm,
)
from services.console.queries import check_certificate_for
from shared.db.models import Clinician, ConsoleUser, Delivery
from shared.infra.smime import CertificateError
from shared.roster.clients import RosterError, normalise_phone

blueprint = Blueprint("account", __name__)


@blueprint.before_request
@login_required
def _signed_in() -> None:
    """Every page here needs a signed-in clinician."""


def _render(
    form: SettingsForm,
    cert_form: CertificateForm,
    clinician: Clinician,
    status: int = 200,
    delivery_form: DeliveryForm | None = None,
) -> tuple[str, int]:
    certificate = None
    if clinician.certificate_pem:
        try:
            certificate = check_certificate_for(clinician.certificate_pem, clinician.email)
            problem = None
        except CertificateError as error:
            problem = str(error)
    else:
        problem = "No certificate yet: briefs cannot be sent by S/MIME until one is added"
    page = render_template(
        "settings.html",
        form=form,
        cert_form=cert_form,
        certificate=certificate,
        certificate_problem=problem,
        timezones=TIMEZONES,
        default_lead=runtime.context().settings.brief_lead_minutes,
        action_form=ActionForm(),
        delivery_form=delivery_form or _delivery_form(clinician),
    )
    return page, status


def _delivery_form(clinician: Clinician) -> DeliveryForm:
    form = DeliveryForm(formdata=None)
    form.delivery.data = clinician.delivery_mode.value
    form.alert_sms.data = clinician.alert_sms
    form.alert_phone.data = clinician.alert_phone or ""
    return form


@blueprint.post("/settings/delivery")
def delivery() -> Response | tuple[str, int]:
    form = DeliveryForm()
    with runtime.context().db.session() as db:
        clinician = db.get(Clinician, current_user.account.clinician_id)
        if form.validate():
            wanted = Delivery(form.delivery.data)
            phone = None
            if wanted != Delivery.LINK and not clinician.certificate_pem:
                form.delivery.errors.append(
                    "S/MIME needs your certificate first (upload it below), or choose the link"
                )
            if (form.alert_phone.data or "").strip():
                try:
                    phone = normalise_phone(form.alert_phone.data)
                except RosterError as error:
                    form.alert_phone.errors.append(str(error))
            elif form.alert_sms.data:
                form.alert_phone.errors.append("enter your mobile number to be texted")
            if not form.errors:
                clinician.delivery = wanted
                clinician.alert_sms = bool(form.alert_sms.data)
                clinician.alert_phone = phone
                flash("Delivery saved.", "notice")
                return redirect(url_for("account.settings"))
        return _render(
            SettingsForm(formdata=None), CertificateForm(formdata=None), clinician, 400, form
        )


@blueprint.route("/settings", methods=["GET", "POST"])
def settings() -> Response | tuple[str, int]:
    form = SettingsForm()
    with runtime.context().db.session() as db:
        clinician = db.get(Clinician, current_user.account.clinician_id)
        user = db.get(ConsoleUser, current_user.account.id)
        if not form.is_submitted():
            form.name.data = clinician.name
            form.email.data = clinician.email
            form.timezone.data = user.timezone
            form.brief_lead_minutes.data = (
                clinician.brief_lead_minutes or runtime.context().settings.brief_lead_minutes
            )
            return _render(form, CertificateForm(formdata=None), clinician)
        if form.validate():
            email = form.email.data.strip().lower()
            taken = db.execute(
                select(Clinician.id).where(Clinician.email == email, Clinician.id != clinician.id)
            ).first()
            if taken:
                form.email.errors.append("another account already uses this e-mail address")
            else:
                clinician.name = form.name.data.strip()
                clinician.email = email
                clinician.brief_lead_minutes = form.brief_lead_minutes.data
                user.timezone = form.timezone.data
                flash("Settings saved.", "notice")
                return redirect(url_for("account.settings"))
        return _render(form, CertificateForm(formdata=None), clinician, 400)


@blueprint.post("/settings/certificate")
def certificate() -> Response | tuple[str, int]:
    cert_form = CertificateForm()
    with runtime.context().db.session() as db:
        clinician = db.get(Clinician, current_user.account.clinician_id)
        if cert_form.validate():
            pem = cert_form.certificate.data.read()
            try:
                check_certificate_for(pem, clinician.email)
            except CertificateError as error:
                cert_form.certificate.errors.append(f"Not saved: {error}.")
            else:
                clinician.certificate_pem = pem
                flash("Certificate saved: briefs can be sent to you by S/MIME.", "notice")
                return redirect(url_for("account.settings"))
        form = SettingsForm(formdata=None)
        form.name.data = clinician.name
        form.email.data = clinician.email
        form.timezone.data = current_user.account.timezone
        form.brief_lead_minutes.data = clinician.brief_lead_minutes or (
            runtime.context().settings.brief_lead_minutes
        )
        return _render(form, cert_form, clinician, 400)
