"""The end-to-end demo: ``python -m tools.demo`` (``make demo``)."""
