"""A local stand-in for Twilio, for tests and the demo.

Only the CLI (``carryback simulate``) and tests import this package;
production code reaches the stand-in solely through ``TWILIO_API_BASE``.
"""
