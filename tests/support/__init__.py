"""The one development harness: real parts on loopback for tests, the demo, bench/ and scripts/.

* ``processes``: ``free_port``, ``port_open``, ``http_ok``, ``wait_until`` (poll with a
  deadline), ``tail``, and ``Supervisor``/``Service`` (each process in its own group,
  stopped newest first, SIGKILL after a grace); ``ProcessError`` carries the log to show.
* ``redis_server``: ``start_redis(supervisor, dir)``, ``throwaway_redis()``,
  ``redis_answers(url)``, ``redis_server_executable()``.
* ``postgres``: ``admin_url()``, ``answers(url)``, ``required()``,
  ``throwaway_database(admin)`` (``CARRYBACK_TEST_POSTGRES``).
* ``smtp``: ``smtp_sink(handler)`` with ``Inbox`` (in memory, optional fixed replies) or
  ``Outbox`` (files ``NNN.eml``), all aiosmtpd.
* ``audio``: ``synthesise`` (flite, festival), ``to_phone_line`` (sox), ``fft_phone_line``.
* ``webhooks``: the suite's Twilio identity, ``signed_post`` (Flask test client),
  ``signed_body`` (pre-signed forms for load generators).
* ``tagging``: the tagging evaluation sets and their scoring.

It lives under tests/ because none of it ships: the package, the wheel and the image
hold production code only. The demo runs from a checkout and imports it from there.
"""
