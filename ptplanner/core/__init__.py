"""The GUI-free, SQL-free core: domain models, rules and the exercise-library loader."""
