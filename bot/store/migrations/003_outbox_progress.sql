-- Verbonden schema, version 3: how far a turn's delivery got. `sent` counts the
-- turn's sends (adapter steps) confirmed as delivered, so a resend after a crash
-- starts at the first unconfirmed one instead of repeating the whole turn.

ALTER TABLE outbox ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;
-- How many sends the adapter planned for the turn when it recorded `sent`: if a
-- newer version splits the turn differently, the resend starts from the top
-- (a repeated message rather than a skipped one).
ALTER TABLE outbox ADD COLUMN planned INTEGER NOT NULL DEFAULT 0;
