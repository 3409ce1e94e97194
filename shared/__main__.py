"""`python -m shared` is the `carryback` command."""

from shared.cli import main

main()
