"""What the patient did and how it went: the log sheet grid, outcome scores, charts, flags and next steps."""
