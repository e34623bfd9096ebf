"""What the window offers as it opens: the demo on an empty database, resuming held sessions."""
