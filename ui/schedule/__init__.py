"""The Schedule section: a centre's week, a study across centres, the participant pool."""
