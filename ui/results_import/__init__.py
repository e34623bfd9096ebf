"""File → Import results…: the results CSV with a dry-run preview."""
