"""The `verbonden` command (also `python -m bot`)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bot.app.wiring import build_engine, dialogue_dir, open_runtime, quiet_hours
from bot.config import Config, ConfigError, load_config
from bot.core.crisis_lines import DEFAULT_PATH as CRISIS_LINES_PATH
from bot.core.crisis_lines import load_crisis_lines
from bot.core.dialogue.model import DialogueError
from bot.core.dialogue.spec import load_dialogues
from bot.core.engine import Engine
from bot.core.safety.model import MODEL_PATH, load_model
from bot.logs import configure_logging
from bot.store.backends import DatabaseUnreachable
from bot.store.db import DatabaseTooNew

log = logging.getLogger("verbonden")


async def _chat(args: argparse.Namespace, config: Config) -> int:
    from adapters.terminal import TerminalChat
    from bot.app.simulate import GroupChat

    runtime = await open_runtime(config, db=args.db, region=args.region)
    if args.group:
        admins = [a.strip() for a in (args.admins or "").split(",") if a.strip()]
        group = GroupChat(
            runtime, args.group, speaker=args.speaker, admins=admins, config=config.scheduler
        )
        try:
            await group.run_interactive()
        finally:
            await runtime.close()
        return 0
    try:
        db = _local_file(args.db, config)
        # Journal charts go next to the database (a temporary folder for ":memory:").
        folder = Path(tempfile.gettempdir()) if db == ":memory:" else Path(db).parent
        chat = TerminalChat(runtime, user=args.user, pictures=folder / "dagboek")
        if args.events:
            await chat.run_events()
        elif args.jsonl:
            await chat.run_jsonl()
        else:
            await chat.run_interactive()
    finally:
        await runtime.close()
    return 0


async def _tick(args: argparse.Namespace, config: Config) -> int:
    from bot.app.tick import tick

    runtime = await open_runtime(config, db=args.db)
    try:
        report = await tick(runtime, config, args.now or runtime.clock(), platforms=args.platform)
    finally:
        await runtime.close()
    return 0 if report.lease else 1


def _content_problem() -> str | None:
    """What is wrong with the crisis lines or the safety model, if anything.

    Checked before any command that talks to people: the bot refuses to start rather
    than meet its first person in crisis with a broken number.
    """
    try:
        load_crisis_lines()
        load_model()
    except ValueError as exc:
        return str(exc)
    return None


def _check(args: argparse.Namespace, config: Config) -> int:
    folder = Path(args.dir) if args.dir else dialogue_dir(config)
    dialogues = load_dialogues(folder)
    Engine(dialogues, quiet=quiet_hours(config))  # builds every Machine: proves them consistent
    for name, spec in sorted(dialogues.dialogues.items()):
        print(f"ok  {name:<12} {len(spec.states):>3} states  ({spec.title})")
    print(f"{len(dialogues.dialogues)} dialogues checked in {folder}")
    regions = load_crisis_lines()
    print(f"ok  crisis lines for {', '.join(sorted(regions))} ({CRISIS_LINES_PATH.name})")
    model = load_model()
    size = len(model.linear.weights)
    print(f"ok  safety model: {size:,} features, hash checked ({MODEL_PATH.name})")
    return 0


def _diagram(args: argparse.Namespace, config: Config) -> int:
    from bot.core.dialogue.machines import draw

    dialogues = load_dialogues(dialogue_dir(config))
    names = sorted(dialogues.dialogues) if args.name == "all" else [args.name]
    for name in names:
        if name not in dialogues.dialogues:
            known = ", ".join(sorted(dialogues.dialogues))
            print(f"No dialogue called {name!r}. Known: {known}, or 'all'.", file=sys.stderr)
            return 2
        for path in draw(dialogues.dialogues[name], Path(args.out), image=not args.no_image):
            print(path)
    return 0


def _parser() -> argparse.ArgumentParser:
    from bot.core.schedule.times import moment

    parser = argparse.ArgumentParser(
        prog="verbonden",
        description="Verbonden: a Dutch-language chatbot for small steps toward connection.",
    )
    parser.add_argument("--config", help="TOML config file (see config.example.toml)")
    sub = parser.add_subparsers(dest="command", required=True)

    chat = sub.add_parser("chat", help="chat in the terminal (the embedded default)")
    chat.add_argument(
        "--db", help="SQLite file (default: your data folder); ':memory:' keeps nothing"
    )
    chat.add_argument("--user", default="local", help="local user id (default: local)")
    chat.add_argument("--region", choices=["nl", "be"], help="preset region for crisis lines")
    chat.add_argument("--jsonl", action="store_true", help="one JSON object per input line")
    chat.add_argument("--group", help="simulate a group room with this name (try a check-in)")
    chat.add_argument(
        "--as", dest="speaker", default="anna", help="--group: who you are (default: anna)"
    )
    chat.add_argument("--admins", help="--group: room admins, comma-separated (default: you)")
    chat.add_argument(
        "--events",
        action="store_true",
        help='input lines are {"id", "text", "user"} objects; answers carry the id',
    )

    check = sub.add_parser("check", help="validate every dialogue file")
    check.add_argument("--dir", help="dialogue folder (default: the shipped dialogues)")

    diagram = sub.add_parser("diagram", help="write a dialogue's state chart")
    diagram.add_argument("name", help="dialogue name, or 'all'")
    diagram.add_argument("--out", default="diagrams", help="output folder (default: diagrams)")
    diagram.add_argument("--no-image", action="store_true", help="only the Mermaid text")

    tick = sub.add_parser(
        "tick", help="run the scheduler's due work once; print what it sends as JSON lines"
    )
    tick.add_argument("--db", help="SQLite file (default: from the config)")
    tick.add_argument(
        "--now",
        type=moment,
        help="the moment to run for, like 2026-11-23T09:00:00+01:00 (default: now)",
    )
    tick.add_argument(
        "--platform", action="append", help="only this platform (repeatable; default: all)"
    )

    run = sub.add_parser("run", help="run the adapters enabled in the config")
    run.add_argument("--db", help="override the database path")

    health = sub.add_parser(
        "healthcheck", help="exit 0 when the running bot is ready (/readyz), else 1"
    )
    health.add_argument("--url", help="the readiness URL (default: from [ops] listen)")

    sub.add_parser("doctor", help="check config, database, content and each network's login")

    db = sub.add_parser("db", help="the database: its schema version, and migrating it")
    db.add_argument("action", choices=["status", "migrate"], help="status, or migrate it now")
    db.add_argument("--db", help="SQLite file or postgresql:// URL (default: from the config)")
    return parser


def _local_file(db: str | None, config: Config) -> str:
    """The SQLite file, or with PostgreSQL the default one: local files go beside it."""
    from bot.store.dialect import is_url

    chosen = db or config.database.target
    return config.database.resolved_path if is_url(chosen) else chosen


def _status_line(where: str, before: int, latest: int) -> str:
    if before > latest:
        state = "newer than this Verbonden: run the release that wrote it"
    elif before < latest:
        state = f"{latest - before} migration(s) to run: verbonden db migrate"
    else:
        state = "up to date"
    return f"{where}: schema {before}, this Verbonden knows {latest}: {state}"


def _db(args: argparse.Namespace, config: Config) -> int:
    """`verbonden db status|migrate`: what version the database is at, and bring it up."""
    from bot.store.db import LATEST_VERSION, DatabaseUnreadable, Store, schema_version_of
    from bot.store.dialect import is_url

    target = args.db or config.database.target
    if is_url(target):
        return _db_server(args.action, target, config)
    path = Path(target).expanduser()
    if not path.exists():
        if args.action == "status":
            print(f"{path}: no database yet (made at the first start, at schema {LATEST_VERSION})")
            return 0
        before = 0
    else:
        try:
            before = schema_version_of(path)
        except DatabaseUnreadable as exc:
            print(f"verbonden: {path} cannot be read as a database ({exc})", file=sys.stderr)
            return 2
    if args.action == "status":
        print(_status_line(str(path), before, LATEST_VERSION))
        return 0 if before <= LATEST_VERSION else 1

    async def migrate() -> None:
        store = await Store.open(path, durability=config.database.durability)
        await store.close()

    asyncio.run(migrate())
    after = schema_version_of(path)
    said = "already up to date" if after == before else f"migrated from {before} to {after}"
    print(f"{path}: {said}")
    return 0


def _db_server(action: str, url: str, config: Config) -> int:
    """The same for PostgreSQL: status reads without changing; migrate under its lock."""
    from bot.store.backends import shown
    from bot.store.db import LATEST_VERSION, DatabaseTooNew, Store

    where = shown(url)
    password = config.database.password()
    try:
        before, after = asyncio.run(
            Store.versions(url, password=password, migrate=action == "migrate")
        )
    except DatabaseTooNew as exc:
        print(f"verbonden: {where}: {exc}", file=sys.stderr)
        return 1
    except DatabaseUnreachable as exc:
        print(f"verbonden: {exc}", file=sys.stderr)
        return 2
    if action == "status":
        print(_status_line(where, before, LATEST_VERSION))
        return 0
    said = "already up to date" if after == before else f"migrated from {before} to {after}"
    print(f"{where}: {said}")
    return 0


def _healthcheck(args: argparse.Namespace, config: Config) -> int:
    from bot.app.doctor import healthcheck

    url = args.url or (f"http://{config.ops.listen}/readyz" if config.ops.listen else "")
    if not url:
        print(
            "verbonden healthcheck: no [ops] listen in the config, so there is nothing to ask. "
            'Fix: under [ops] set listen = "127.0.0.1:9464" (or pass --url).',
            file=sys.stderr,
        )
        return 1
    ok, said = healthcheck(url)
    print(said, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


def _doctor(args: argparse.Namespace, config: Config) -> int:
    from bot.app.doctor import checks

    problems = 0
    for finding in checks(config, _content_problem, build_engine):
        print(finding.line(), flush=True)
        problems += not finding.ok
    print(f"{problems} problem(s) found" if problems else "no problems found")
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config = load_config(args.config)
        quiet = args.command in ("chat", "healthcheck", "doctor", "db")
        db = _local_file(getattr(args, "db", None), config)
        configure_logging(
            config.logging,
            level="WARNING" if quiet else None,
            # Pseudonyms in logs stay the same across restarts: their key lives by the data.
            key_folder=Path(db).expanduser().parent
            if args.command == "run" and db != ":memory:"
            else None,
        )
        if args.command in ("check", "chat", "run", "tick"):
            problem = _content_problem()
            if problem:
                print(f"verbonden: cannot start: {problem}", file=sys.stderr)
                return 2
        if args.command == "chat":
            return asyncio.run(_chat(args, config))
        if args.command == "check":
            return _check(args, config)
        if args.command == "tick":
            return asyncio.run(_tick(args, config))
        if args.command == "diagram":
            return _diagram(args, config)
        if args.command == "run":
            from bot.app.run import run

            return asyncio.run(run(config, db=args.db))
        if args.command == "healthcheck":
            return _healthcheck(args, config)
        if args.command == "doctor":
            return _doctor(args, config)
        if args.command == "db":
            return _db(args, config)
    except (ConfigError, DialogueError, DatabaseTooNew, DatabaseUnreachable) as exc:
        print(f"verbonden: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 2
