"""The clinician console: a Flask app, its own process and port, under gunicorn."""
