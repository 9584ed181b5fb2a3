"""The bundle's entry point: the same `ptplanner` command as the pip install's."""

import sys

from ptplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
