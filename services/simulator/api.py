"""A local stand-in for the parts of Twilio's REST API that Carryback calls.

Production code never imports this module: it reaches the stand-in only
because ``TWILIO_API_BASE`` points at it. Tests and the demo use it to send
SMS, serve call recordings and delete them without a Twilio account.

Twilio routes answer like Twilio (basic auth, JSON errors with Twilio error
codes, 201 on create, 204 on delete). A small control API under ``/_sim/``
(loopback only, no auth) lets a test add recordings, mark numbers as opted
out, inject failures, play a client's text through Twilio's keyword handling
(services.simulator.inbound) and read back what was sent and what reached
each phone."""

from __future__ import annotations

from services.simulator.control import (  # noqa: F401
    MESSAGE_SID,
)
from services.simulator.messages import (  # noqa: F401
    REFUSED_STEPS,
)
from services.simulator.server import (  # noqa: F401
    BackgroundServer,
    SimulatorControl,
    create_simulator_app,
)
from services.simulator.state import (  # noqa: F401
    API_PREFIX,
    CALL_SID,
    DEFAULT_REGION,
    E164,
    LOOPBACK,
    MAX_BODY_CHARS,
    MAX_UPLOAD_BYTES,
    MEDIA_TYPES,
    MESSAGE_SETTLE_SECONDS,
    RECORDING_SID,
    REGION,
    problem_details,
    request_region,
    twilio_error,
)
