"""The sample journal (``kapjournal demo`` and the app's "Try the sample"): one module per feature."""
