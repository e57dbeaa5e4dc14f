"""After a session: captures, reflections, thought records, action steps, practices and
the journal timeline."""
