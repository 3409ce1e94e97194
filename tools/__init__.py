"""Tools beside Carryback: the demo, the Twilio stand-in, the dev stack the demo and tests share."""
