"""Outbound channels: Twilio (SMS, recordings) and email.

Every channel raises :class:`ChannelError` on failure. ``permanent`` decides
whether the caller retries (transient: network, 5xx, media not ready yet) or
records the failure and stops (permanent: bad number, unsubscribed, auth).
"""


class ChannelError(Exception):
    """A channel could not deliver or fetch.

    The message never holds client material (no phone numbers, no text): it
    ends up in logs and in RQ's failed-job registry.
    """

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
