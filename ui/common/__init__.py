"""Building blocks of the window that know no feature: background work, errors, tables, keys."""
