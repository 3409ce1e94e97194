"""`python -m services.demo` runs the whole loop on loopback (``make demo``)."""

import sys

from services.demo.run import main

sys.exit(main())
