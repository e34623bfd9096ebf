"""The TestLab window: PySide6 widgets, Qt item models and background tasks.

PySide6 installs an import hook that reads the source of every module imported
after it (looking for the word "PySide6"); SQLAlchemy alone is ~150 modules, so
the Qt-free core the window starts with (SQLAlchemy Core, the default SQLite
dialect and the services of the Centres list) is imported here, before any Qt
module.  That spares start-up about 90 ms of CPU.  The ORM is not needed for the
first screen (see testlab.services.network.list_centres) and loads after it.
"""

import sqlalchemy.dialects.sqlite  # noqa: F401  (before PySide6, see above)

import testlab.db.database  # noqa: F401
import testlab.services.network  # noqa: F401
