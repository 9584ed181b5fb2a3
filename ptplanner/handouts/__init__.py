"""PDF documents built with reportlab and no Qt, so the command line can print with no display."""

# Here, not in options.py, so the command line can name them without importing pydantic.
MAX_LOG_WEEKS = 8
DEFAULT_LOG_WEEKS = 2
