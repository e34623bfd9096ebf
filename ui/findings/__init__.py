"""The Findings section: a product's findings log, its forms, and evidence from sessions."""
