""""After a session" in the window: the journal, captures, reflections, thought records, practices."""
