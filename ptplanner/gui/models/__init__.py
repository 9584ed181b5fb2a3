"""Thin Qt models over core objects; sorting and filtering live in proxy models."""
