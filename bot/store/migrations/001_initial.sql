-- Verbonden schema, version 1. Store the minimum: no message text, no names
-- beyond what a dialogue needs while it runs (slots are cleared when it ends).

CREATE TABLE users (
    platform    TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    region      TEXT,
    welcomed    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (platform, user_id)
) WITHOUT ROWID;

CREATE TABLE conversations (
    platform       TEXT NOT NULL,
    chat_id        TEXT NOT NULL,
    user_id        TEXT NOT NULL,
    dialogue       TEXT NOT NULL,
    state          TEXT NOT NULL,
    slots          TEXT NOT NULL DEFAULT '{}',
    resume         TEXT,
    last_said      TEXT,
    unclear_count  INTEGER NOT NULL DEFAULT 0,
    flagged        INTEGER NOT NULL DEFAULT 0,
    turn           INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (platform, chat_id, user_id)
) WITHOUT ROWID;
CREATE INDEX conversations_user ON conversations (platform, user_id);

-- The private mood journal, only on the user's request.
CREATE TABLE journal (
    id          INTEGER PRIMARY KEY,
    platform    TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    entry       TEXT NOT NULL
);
CREATE INDEX journal_user ON journal (platform, user_id);

-- Promises the bot made ("Zal ik morgen vragen hoe het ging?").
CREATE TABLE followups (
    id          INTEGER PRIMARY KEY,
    platform    TEXT NOT NULL,
    chat_id     TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    target      TEXT NOT NULL,
    due_at      TEXT NOT NULL,
    context     TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL
);
CREATE INDEX followups_due ON followups (due_at);
CREATE INDEX followups_user ON followups (platform, user_id);

-- Platform event ids already answered, so a re-delivered event is not answered twice.
CREATE TABLE handled_events (
    platform    TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    chat_id     TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    handled_at  TEXT NOT NULL,
    PRIMARY KEY (platform, event_id)
) WITHOUT ROWID;
CREATE INDEX handled_events_user ON handled_events (platform, user_id);

-- Replies committed with their turn but not yet confirmed as delivered: a crash
-- between commit and send resends them on start, so nothing is lost.
CREATE TABLE outbox (
    platform    TEXT NOT NULL,
    chat_id     TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    turn        INTEGER NOT NULL,
    event_id    TEXT,
    payload     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (platform, chat_id, user_id, turn)
) WITHOUT ROWID;
