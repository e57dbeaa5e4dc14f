"""The shipped data files under ``resources/``: where they are, one loader and the field checkers."""
