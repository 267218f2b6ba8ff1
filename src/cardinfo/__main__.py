"""`python -m cardinfo` runs the command line."""

from cardinfo.cli import main

main()
