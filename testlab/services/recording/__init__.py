"""Recording a session from a lab PC, one module per thing recorded.

``session`` opens (and locks) a session, keeps it alive and completes it;
``attempts``, ``notes`` and ``questionnaire`` commit each entry the moment it is
made; ``review`` is the read side of corrections; ``guard`` holds the checks they
share.  Callers import from the module that owns a name: there is no facade.
"""
