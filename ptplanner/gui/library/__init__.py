"""The exercise library in the GUI: browse, search, filter, and keep the clinic's own exercises."""
