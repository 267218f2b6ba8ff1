"""`python -m cardinfo` runs the command line."""

from cardinfo import main

main()
