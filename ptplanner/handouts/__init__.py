"""PDF documents built with reportlab and no Qt, so the command line can print with no display."""
