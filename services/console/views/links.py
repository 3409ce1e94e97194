"""The link in a PHI-free e-mail: sign in with MFA first, then only its own clinician sees it.

The token in the path is opaque. Before sign-in the console says only
whether the link has expired (so a clinician is not sent through sign-in for
nothing); after sign-in, a link that belongs to another clinician is answered
like one that never existed, and the attempt is audited.
"""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from services import runtime
from services.console.material import record
from shared.db.models import Client, LinkPurpose
from shared.delivery import brief_links

blueprint = Blueprint("links", __name__)


@blueprint.get("/l/<token>")
def open_link(token: str) -> Response | tuple[str, int]:
    with runtime.context().db.session() as db:
        try:
            link = brief_links.find(db, token)
        except brief_links.LinkExpired:
            return _expired()
        except brief_links.LinkUnknown:
            link = None
        if not current_user.is_authenticated:
            return redirect(url_for("auth.sign_in", next=url_for("links.open_link", token=token)))
        mine = link is not None and link.clinician_id == current_user.account.clinician_id
        if not mine or db.get(Client, link.client_id) is None:
            subject = link.subject_id if link is not None else "unknown"
            record(db, "brief_link.refused", "link", subject)
            return _unknown()
        brief_links.mark_opened(link)
        record(db, "brief_link.opened", link.purpose, link.subject_id)
        client_id, subject_id, purpose = link.client_id, link.subject_id, link.purpose
    if purpose == LinkPurpose.ALERT:
        target = url_for("records.timeline", client_id=client_id) + f"#n-{subject_id}"
    elif purpose == LinkPurpose.CLIENT:
        target = url_for("clients.detail", client_id=client_id)
    else:
        target = url_for("records.brief", client_id=client_id, session_id=subject_id)
    return redirect(target)


def _expired() -> tuple[str, int]:
    page = render_template(
        "records/link_expired.html",
        title="Link expired",
        message="This link has expired. Sign in to see your briefs.",
    )
    return page, 410


def _unknown() -> tuple[str, int]:
    message = "There is nothing here, or it is not yours to see."
    return render_template("error.html", title="Not found", message=message), 404
