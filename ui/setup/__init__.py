"""The Setup section: centres, staff, products and study design, for centre managers."""
