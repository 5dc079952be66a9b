-- Verbonden schema, version 6: rooms whose admins switched on the safety watch
-- ("checkin waakzaam aan"): there every message is screened for a risk sign, though
-- none is stored. Off (no row) by default.

CREATE TABLE room_watch (
    platform  TEXT NOT NULL,
    room_id   TEXT NOT NULL,
    since     TEXT NOT NULL,
    PRIMARY KEY (platform, room_id)
) WITHOUT ROWID;
