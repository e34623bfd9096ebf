"""Outputs of the core: the stats tables and JSON document today; the PDF and charts later.

``analysis`` computes; the modules here only present what it returns.
"""
