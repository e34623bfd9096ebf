"""The plausibility limits of a recorded task attempt: one set for every path that writes one.

The console, corrections and the results import all check against these, so an
attempt that one path accepted can always be corrected through another.  They
are wide enough for any real session (a task over a day, or thousands of errors,
is a typing slip) and narrow enough to catch a slipped key.
"""

from __future__ import annotations

from typing import Final

MAX_SECONDS: Final = 86_400.0  # time on task: more than a day is a typing slip
MAX_SECONDS_TEXT: Final = "a day"
MAX_COUNT: Final = 10_000  # errors or assists in one attempt
