"""The ``testlab`` command line: one module per command, all calling testlab.services."""
