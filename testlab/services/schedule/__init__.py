"""Scheduling use cases: book, reschedule, cancel, no-show; list, export and erase on request.

``booking`` holds the writes (every check reported at once, the clash-free guarantee
held by the database), ``listing`` the reads the command line and the window show.
"""
