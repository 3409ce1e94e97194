"""`python -m tools.demo` runs the whole loop on loopback (``make demo``)."""

import sys

from tools.demo.run import main

sys.exit(main())
