"""``python -m testlab``: the command line."""

from testlab.cli.main import main

raise SystemExit(main())
