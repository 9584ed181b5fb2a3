"""The staged program editor."""
