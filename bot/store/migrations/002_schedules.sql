-- Verbonden schema, version 2: schedules as rows, so they survive restarts.
-- Moments are UTC ISO text ("2026-11-23T08:00:00+00:00", comparable as text);
-- a time people chose is kept as local "HH:MM" plus its IANA zone, so it stays
-- the same clock time across daylight-saving switches. No message text is stored:
-- not the answers to daily questions, nor what anyone said in a check-in.

-- The daily question someone opted in to (one per private chat).
CREATE TABLE daily_prompts (
    platform      TEXT NOT NULL,
    chat_id       TEXT NOT NULL,
    user_id       TEXT NOT NULL,
    local_time    TEXT NOT NULL,             -- "09:00", as chosen
    zone          TEXT NOT NULL,             -- from the region unless the user changed it
    paused_until  TEXT,                      -- local date the pause ends, while paused
    slot_at       TEXT NOT NULL,             -- the next occurrence of local_time
    due_at        TEXT NOT NULL,             -- when to try it: later while the user is busy
    recent        TEXT NOT NULL DEFAULT '[]',-- ids of the last questions (no repeats soon)
    sent_at       TEXT,                      -- when the last question went out
    prompt_turn   INTEGER,                   -- the conversation's turn right after it
    remind_at     TEXT,                      -- at most one gentle reminder, if unanswered
    reminded      INTEGER NOT NULL DEFAULT 0,-- a reminder went out since the last answer
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (platform, chat_id, user_id)
) WITHOUT ROWID;
CREATE INDEX daily_prompts_due ON daily_prompts (due_at);
CREATE INDEX daily_prompts_remind ON daily_prompts (remind_at) WHERE remind_at IS NOT NULL;
-- Covering local_time: the profile reads it on every turn (see Store.profile).
CREATE INDEX daily_prompts_user ON daily_prompts (platform, user_id, local_time);

-- A room's recurring check-in, set by a room admin.
CREATE TABLE checkins (
    platform        TEXT NOT NULL,
    room_id         TEXT NOT NULL,
    days            TEXT NOT NULL,           -- "0,2,4": Monday is 0
    local_time      TEXT NOT NULL,
    zone            TEXT NOT NULL,
    question_set    TEXT NOT NULL DEFAULT 'licht',
    window_minutes  INTEGER NOT NULL DEFAULT 120,
    roundup         INTEGER NOT NULL DEFAULT 1,
    due_at          TEXT NOT NULL,           -- the next round
    recent          TEXT NOT NULL DEFAULT '[]',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (platform, room_id)
) WITHOUT ROWID;
CREATE INDEX checkins_due ON checkins (due_at);

-- Rounds that are open; a round is deleted (with its answers) once it is rounded up.
CREATE TABLE checkin_rounds (
    id           INTEGER PRIMARY KEY,
    platform     TEXT NOT NULL,
    room_id      TEXT NOT NULL,
    question_id  TEXT NOT NULL,
    opened_at    TEXT NOT NULL,
    closes_at    TEXT NOT NULL
);
CREATE INDEX checkin_rounds_closes ON checkin_rounds (closes_at);
CREATE INDEX checkin_rounds_room ON checkin_rounds (platform, room_id);

-- Who answered an open round, and where: never what they said.
CREATE TABLE checkin_answers (
    round_id     INTEGER NOT NULL REFERENCES checkin_rounds (id) ON DELETE CASCADE,
    platform     TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    via          TEXT NOT NULL,              -- "room" or "private"
    answered_at  TEXT NOT NULL,
    PRIMARY KEY (round_id, user_id)
) WITHOUT ROWID;
CREATE INDEX checkin_answers_user ON checkin_answers (platform, user_id);

-- Members who asked to answer an open round privately, until they do.
CREATE TABLE checkin_invites (
    platform     TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    round_id     INTEGER NOT NULL REFERENCES checkin_rounds (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (platform, user_id, round_id)
) WITHOUT ROWID;
CREATE INDEX checkin_invites_round ON checkin_invites (round_id);

-- Members who muted themselves: counted in a round-up, never named.
CREATE TABLE checkin_mutes (
    platform     TEXT NOT NULL,
    room_id      TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (platform, room_id, user_id)
) WITHOUT ROWID;
CREATE INDEX checkin_mutes_user ON checkin_mutes (platform, user_id);

-- One scheduler at a time per database (the `run` loop or a `tick` from cron).
CREATE TABLE scheduler_lease (
    name    TEXT PRIMARY KEY,
    holder  TEXT NOT NULL,
    until   TEXT NOT NULL
) WITHOUT ROWID;
