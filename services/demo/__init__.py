"""The end-to-end demo: ``python -m services.demo`` (``make demo``)."""
