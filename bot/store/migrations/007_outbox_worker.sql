-- Verbonden schema, version 7: which worker committed a turn's replies and is sending
-- them. On a shared database the scheduler's holder resends only the replies of a
-- worker that is gone (its lock's session ended) or that handed them over (NULL: its
-- sends gave up, or the row is older than this column); a live worker's replies still
-- on their way are never sent twice.

ALTER TABLE outbox ADD COLUMN worker TEXT;
