"""The dimensions an analysis can be broken down or stratified by, as ``testlab stats`` names them.

A module of its own, free of imports, so the command line can offer them as choices
without loading the statistics (scipy) to build its parser.
"""

DIMENSIONS = ("centre", "facilitator", "device", "network", "setting")

#: How the weighted NPS can be stratified, as ``--nps-strata`` names it (the first: default).
NPS_STRATA = ("country,segment", "country", "segment")
