"""The sub-commands, one module each, imported only when the command is run (see cardinfo.cli)."""
