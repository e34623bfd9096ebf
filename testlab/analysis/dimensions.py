"""The dimensions an analysis can be broken down by, as ``testlab stats --by`` names them.

A module of its own, free of imports, so the command line can offer them as choices
without loading the statistics (scipy) to build its parser.
"""

DIMENSIONS = ("centre", "facilitator", "device", "network", "setting")
