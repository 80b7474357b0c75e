"""python main.py does what the `commission` command does."""

import sys

from commission.cli import main

if __name__ == "__main__":
    sys.exit(main())
