"""The `verbonden` command (also `python -m bot`)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import Config, ConfigError, load_config
from bot.dialogue_spec import DIALOGUE_DIR, DialogueError, load_dialogues
from bot.engine import Engine
from bot.runtime import Runtime
from bot.store import Store

log = logging.getLogger("verbonden")


def _dialogue_dir(config: Config) -> Path:
    return Path(config.bot.dialogues_dir) if config.bot.dialogues_dir else DIALOGUE_DIR


async def open_runtime(
    config: Config, *, db: str | None = None, region: str | None = None
) -> Runtime:
    engine = Engine(load_dialogues(_dialogue_dir(config)))
    store = await Store.open(
        db or config.database.resolved_path, durability=config.database.durability
    )
    return Runtime(engine, store, default_region=region or config.bot.default_region or None)


async def _chat(args: argparse.Namespace, config: Config) -> int:
    from adapters.terminal import TerminalChat

    runtime = await open_runtime(config, db=args.db, region=args.region)
    try:
        chat = TerminalChat(runtime, user=args.user)
        if args.events:
            await chat.run_events()
        elif args.jsonl:
            await chat.run_jsonl()
        else:
            await chat.run_interactive()
    finally:
        await runtime.store.close()
    return 0


def _check(args: argparse.Namespace, config: Config) -> int:
    folder = Path(args.dir) if args.dir else _dialogue_dir(config)
    dialogues = load_dialogues(folder)
    Engine(dialogues)  # builds every Machine: proves the rulebooks are consistent
    for name, spec in sorted(dialogues.dialogues.items()):
        print(f"ok  {name:<12} {len(spec.states):>3} states  ({spec.title})")
    print(f"{len(dialogues.dialogues)} dialogues checked in {folder}")
    return 0


def _diagram(args: argparse.Namespace, config: Config) -> int:
    from bot.machines import draw

    dialogues = load_dialogues(_dialogue_dir(config))
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

    run = sub.add_parser("run", help="run the adapters enabled in the config")
    run.add_argument("--db", help="override the database path")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config = load_config(args.config)
        logging.basicConfig(
            level=logging.WARNING if args.command == "chat" else config.logging.level,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
            stream=sys.stderr,
        )
        if args.command == "chat":
            return asyncio.run(_chat(args, config))
        if args.command == "check":
            return _check(args, config)
        if args.command == "diagram":
            return _diagram(args, config)
        if args.command == "run":
            from bot.app import run

            return asyncio.run(run(config, db=args.db))
    except (ConfigError, DialogueError) as exc:
        print(f"verbonden: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 2
