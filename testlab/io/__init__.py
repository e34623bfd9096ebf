"""Files in and out: the results CSV (one row per task attempt), read, checked and written.

Nothing here commits anything: ``testlab.services.results_io`` owns the unit of
work and calls these pieces (format, cells, validation, storage) in turn.
"""
