-- Verbonden schema, version 3: how far a turn's delivery got. `sent` counts the
-- turn's sends (adapter steps) confirmed as delivered, so a resend after a crash
-- starts at the first unconfirmed one instead of repeating the whole turn.

ALTER TABLE outbox ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;
