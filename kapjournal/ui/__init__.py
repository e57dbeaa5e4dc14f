"""Qt widgets, windows and dialogs. The only layer that imports QtWidgets."""
