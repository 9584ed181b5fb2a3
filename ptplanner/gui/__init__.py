"""The PySide6 desktop app: windows, dialogs and thin Qt models over core objects."""
