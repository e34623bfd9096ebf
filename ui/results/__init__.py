"""The Results section: stage results, charts, comparison and breakdown (issue 14)."""
