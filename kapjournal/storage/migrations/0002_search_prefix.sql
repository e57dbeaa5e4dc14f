-- Schema 2: search while typing. The full-text index gains prefix indexes for the
-- first two and three characters of every token, so the word being typed ("ri",
-- "riv") is one lookup instead of a merge of every term that starts with it.
-- FTS5 cannot add a prefix index to an existing table: a new one is made, filled
-- from the old one's own copy of the text (the exact text, tags and rowids that were
-- indexed), the old one dropped (secure_delete wipes its pages) and the new one
-- renamed into its place. Same tokenizer; 'secure-delete' as in 0001.
CREATE VIRTUAL TABLE entry_fts_v2 USING fts5(
    title, text, tags,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO entry_fts_v2(entry_fts_v2, rank) VALUES ('secure-delete', 1);
INSERT INTO entry_fts_v2(rowid, title, text, tags)
    SELECT rowid, title, text, tags FROM entry_fts ORDER BY rowid;
INSERT INTO entry_fts_v2(entry_fts_v2) VALUES ('optimize');
DROP TABLE entry_fts;
ALTER TABLE entry_fts_v2 RENAME TO entry_fts;
