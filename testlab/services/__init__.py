"""Use cases: one function per user action, one unit of work each.

The command line and the window both call these; they take a ``Database``,
ids and plain values, and return frozen dataclasses, never ORM objects.
"""
