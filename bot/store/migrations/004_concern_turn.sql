-- Verbonden schema, version 4: the turn of the last risk sign or strong distress in a
-- conversation (0: none), so that a later question about heights, doses or "how long
-- does it take" is read in that light. A number only; never the text.

ALTER TABLE conversations ADD COLUMN concern_turn INTEGER NOT NULL DEFAULT 0;
