"""Storage: where the database is (``urls``), how it is opened (``database``, ``engine``),
and the migrations that own its schema (``migrate``, ``migrations/``).

Import from the module that owns a name (``testlab.db.database.open_database``): this
package re-exports nothing.
"""
