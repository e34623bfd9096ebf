"""Analysis: pure usability statistics (``stats``) and the aggregate queries that feed them."""
