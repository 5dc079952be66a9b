-- PostgreSQL variant of ../006_room_watch.sql: the same tables; ids are identity columns and
-- text compares byte-wise (COLLATE "C"), as in SQLite, so ISO moments sort as time.
-- Verbonden schema, version 6: rooms whose admins switched on the safety watch
-- ("checkin waakzaam aan"): there every message is screened for a risk sign, though
-- none is stored. Off (no row) by default.

CREATE TABLE room_watch (
    platform  TEXT COLLATE "C" NOT NULL,
    room_id   TEXT COLLATE "C" NOT NULL,
    since     TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (platform, room_id)
);
