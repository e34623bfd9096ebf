"""Setting up the network and designing studies: create, edit and refuse every entity.

One module per entity group (``centres``, ``staff``, ``products``, ``studies``,
``tasks``); ``fields`` holds the checks they share.  Each public function takes a
``Database`` and keyword-only ids and plain values (or a frozen ``*Fields``
dataclass), runs one unit of work and returns a frozen record.  Every refusal is an
``InvalidField`` (or ``NeedsConfirmation``) naming the field, and changes nothing.

The ``save_*`` functions do the same work inside a unit of work the caller owns:
the setup file import applies a whole file through them in one transaction.
"""
