"""Scheduling: time zones, opening hours, and (to come) availability, conflicts and iCalendar.

Times are stored in UTC; ``zones`` converts them to and from a centre's IANA zone at the
edges, ``opening_hours`` says when a centre is open in its own local time.
"""
