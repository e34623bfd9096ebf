"""Start the TestLab window: ``python main.py [--db FILE_OR_URL]``."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
