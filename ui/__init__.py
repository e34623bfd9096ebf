"""TestLab's window: PySide6 widgets, Qt item models and the background-task helper.

Nothing here runs SQL or statistics: every action calls a ``testlab.services``
function that returns frozen dataclasses.
"""
