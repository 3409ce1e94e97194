"""`python -m services.cli` is the `carryback` command."""

from services.cli import main

main()
