"""Raising a crisis alert: a noticing's flag and pending alert, set where the noticing is stored.

Sending the alert is the delivery context's work (shared.delivery.alerts); the
writers of noticings only mark it, in the same transaction as the noticing.
"""

from __future__ import annotations

from shared.db.models import AlertStatus, Noticing


def raise_alert(noticing: Noticing) -> bool:
    """Mark a noticing as crisis and its alert pending (once); True if newly raised."""
    if noticing.crisis and noticing.crisis_alert != AlertStatus.NONE:
        return False
    noticing.crisis = True
    noticing.crisis_alert = AlertStatus.PENDING
    return True
