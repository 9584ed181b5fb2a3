"""ptplanner: staged home-exercise programs for physical therapists."""

__version__ = "0.1.0"
