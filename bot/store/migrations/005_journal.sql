-- Verbonden schema, version 5: the mood journal ("mijn dagboek").
-- journal_more is the one yes (1) or no (0) to keeping daily answers and how follow-ups
-- went in the journal; NULL: never asked. Entries stay JSON with a "soort" (kind);
-- the index serves "the last weeks of one person", the only way entries are read.

ALTER TABLE users ADD COLUMN journal_more INTEGER;
CREATE INDEX journal_user_time ON journal (platform, user_id, created_at);
DROP INDEX journal_user;
