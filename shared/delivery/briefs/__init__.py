"""The pre-session brief: content in, encrypted-ready MIME out.

``content`` holds the plain input dataclasses, ``render`` turns them into
text, HTML and the inner MIME message, ``chart`` draws intensity over time.
"""

from shared.delivery.briefs.content import BriefCue, BriefInput, BriefNoticing, BriefPractice
from shared.delivery.briefs.render import (
    alert_subject,
    brief_subject,
    build_alert_mime,
    build_brief_mime,
    render_html,
    render_text,
)

__all__ = [
    "BriefCue",
    "BriefInput",
    "BriefNoticing",
    "BriefPractice",
    "alert_subject",
    "brief_subject",
    "build_alert_mime",
    "build_brief_mime",
    "render_html",
    "render_text",
]
