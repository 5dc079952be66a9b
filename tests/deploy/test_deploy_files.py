"""The deployment files in scripts/deploy: parsed, and the commands they name run for real.

The systemd unit is checked by systemd itself (``systemd-analyze verify``, when the
machine has it); its ExecStartPre and ExecStart, the container's HEALTHCHECK and CMD and
the compose health check are run against the installed package, with the paths they
name pointed at a temporary config for the Telegram emulator.
"""

from __future__ import annotations

import asyncio
import json
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from bench.telegram_driver import BotProcess
from tests.support.telegram_emulator import TelegramEmulator

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "scripts" / "deploy"
VERBONDEN = str(Path(sys.executable).parent / "verbonden")
TOKEN = "636363636:AAH-verbonden_deploy_TEST"


def unit(name: str) -> dict[str, list[tuple[str, str]]]:
    """A systemd unit as sections of (key, value) pairs, repeated keys kept."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] = []
    for raw in (DEPLOY / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
        else:
            key, _, value = line.partition("=")
            current.append((key.strip(), value.strip()))
    return sections


def values(section: list[tuple[str, str]], key: str) -> list[str]:
    return [v for k, v in section if k == key]


def containerfile() -> list[tuple[str, str]]:
    """(instruction, arguments) of the final stage, continuation lines joined."""
    text = (DEPLOY / "Containerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    stages: list[list[tuple[str, str]]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        instruction, _, args = line.partition(" ")
        if instruction == "FROM":
            stages.append([])
        stages[-1].append((instruction, " ".join(args.split())))
    return stages[-1]


def exec_form(args: str) -> list[str]:
    """A Containerfile CMD/HEALTHCHECK in JSON (exec) form, after its options."""
    return list(json.loads(args[args.index("[") :]))


def test_the_systemd_unit_is_hardened_and_stops_gently() -> None:
    service = unit("verbonden@.service")["Service"]
    settings = dict(service)
    assert settings["User"] == "verbonden" and settings["KillSignal"] == "SIGTERM"
    assert settings["NoNewPrivileges"] == "yes" and settings["ProtectSystem"] == "strict"
    assert settings["CapabilityBoundingSet"] == "" and settings["PrivateTmp"] == "yes"
    assert settings["StateDirectory"] == "verbonden/%i" and settings["UMask"] == "0077"
    assert "verbonden.target" in values(unit("verbonden@.service")["Install"], "WantedBy")


def test_the_caches_have_a_place_the_hardened_service_and_the_container_can_use() -> None:
    # ProtectHome and a read-only system leave no default cache directory: without this
    # every start would rebuild the dictionaries and rules (3 s instead of under 1 s).
    service = unit("verbonden@.service")["Service"]
    cache = values(service, "CacheDirectory")
    assert cache == ["verbonden"]
    assert "VERBONDEN_CACHE_DIR=/var/cache/verbonden" in values(service, "Environment")
    final = containerfile()
    env = [args for ins, args in final if ins == "ENV"]
    assert "VERBONDEN_CACHE_DIR=/opt/verbonden-cache" in env
    built = [i for i, (ins, args) in enumerate(final) if "import bot.core.engine" in args]
    user = next(i for i, (ins, _) in enumerate(final) if ins == "USER")
    assert built and built[0] < user  # built into the image, before the user is dropped


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not here")
def test_systemd_itself_accepts_the_units(tmp_path: Path) -> None:
    for name in ("verbonden@.service", "verbonden.target"):
        text = (DEPLOY / name).read_text(encoding="utf-8")
        # verify also checks that the programs exist: point it at this interpreter's.
        (tmp_path / name).write_text(text.replace("/opt/verbonden/bin/verbonden", VERBONDEN))
    for name in ("verbonden@ci.service", "verbonden.target"):
        done = subprocess.run(
            ["systemd-analyze", "verify", "--man=no", str(tmp_path / name)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0 and not done.stderr.strip(), done.stderr


def test_the_container_runs_as_a_user_with_a_volume_and_a_health_check() -> None:
    final = containerfile()
    found = dict(final)
    assert found["USER"] not in ("root", "0") and found["VOLUME"] == '["/data"]'
    assert exec_form(found["CMD"])[-1] == "run" and found["STOPSIGNAL"] == "SIGTERM"
    assert exec_form(found["HEALTHCHECK"])[-1] == "healthcheck"
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    installed = next(args for ins, args in final if ins == "RUN" and "pip install" in args)
    for extra in ("telegram", "matrix", "charts"):
        assert extra in extras and extra in installed


def test_compose_uses_the_same_health_check_and_keeps_ops_local() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    service = compose["services"]["verbonden"]
    assert service["healthcheck"]["test"][1:] == exec_form(dict(containerfile())["HEALTHCHECK"])
    assert all(port.startswith("127.0.0.1:") for port in service["ports"])
    assert "verbonden-data:/data" in service["volumes"] and "verbonden-data" in compose["volumes"]
    assert service["build"]["dockerfile"] == "scripts/deploy/Containerfile"
    assert (DEPLOY / service["build"]["context"] / "pyproject.toml").exists()


async def test_the_commands_they_name_run_against_the_installed_package(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    service = unit("verbonden@.service")["Service"]
    final = dict(containerfile())
    async with TelegramEmulator(token=TOKEN, username="verbonden_deploy_bot") as emu:
        config = tmp_path / "config.toml"
        config.write_text(
            f'[database]\npath = "{tmp_path / "db.sqlite3"}"\n\n'
            f'[telegram]\nenabled = true\ntoken_env = "DEPLOY_TEST_TOKEN"\n'
            f'base_url = "{emu.base_url}"\nbase_file_url = "{emu.base_file_url}"\n'
            f'poll_timeout = 1\n\n[ops]\nlisten = "127.0.0.1:{port}"\n',
            encoding="utf-8",
        )

        def real(command: list[str]) -> list[str]:
            """The command with its installed paths pointed at this test's."""
            paths = {
                "/etc/verbonden/%i.toml": str(config),
                "/data/config.toml": str(config),
                "/opt/verbonden/bin/verbonden": VERBONDEN,
                "verbonden": VERBONDEN,
            }
            return [paths.get(word, word) for word in command]

        env = {"DEPLOY_TEST_TOKEN": TOKEN}
        [pre] = values(service, "ExecStartPre")
        checked = await asyncio.create_subprocess_exec(*real(shlex.split(pre)))
        assert await checked.wait() == 0
        [start] = values(service, "ExecStart")
        bot = BotProcess(real(shlex.split(start)), env=env, log=tmp_path / "run.log")
        await bot.start()
        try:
            health = real(exec_form(final["HEALTHCHECK"]))
            for _ in range(300):  # until ready, as the container's start period allows
                probe = await asyncio.create_subprocess_exec(
                    *health, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL
                )
                if await probe.wait() == 0:
                    break
                await asyncio.sleep(0.2)
            else:
                pytest.fail("the health check never passed: " + (tmp_path / "run.log").read_text())
            assert bot.proc is not None
            bot.proc.send_signal(signal.SIGTERM)
            stop_within = float(dict(service)["TimeoutStopSec"])
            assert await asyncio.wait_for(bot.proc.wait(), stop_within) == 0
            probe = await asyncio.create_subprocess_exec(*health, stderr=asyncio.subprocess.PIPE)
            _, said = await probe.communicate()
            assert probe.returncode == 1 and b"nothing answers" in said
        finally:
            if bot.running:
                await bot.stop()


def test_the_grafana_dashboard_asks_only_for_metrics_that_exist() -> None:
    from bot import metrics

    dashboard = json.loads((DEPLOY / "grafana-dashboard.json").read_text(encoding="utf-8"))
    known = {sample.name for family in metrics.REGISTRY.collect() for sample in family.samples} | {
        f"{family.name}_total" for family in metrics.REGISTRY.collect()
    }
    # Histograms without observations have no _bucket samples yet: their names still count.
    known |= {
        f"{family.name}_{part}"
        for family in metrics.REGISTRY.collect()
        if family.type == "histogram"
        for part in ("bucket", "sum", "count")
    }
    asked = {
        name
        for panel in dashboard["panels"]
        for target in panel["targets"]
        for name in re.findall(r"\b(verbonden_[a-z_]+)", target["expr"])
    }
    assert asked and asked <= known, asked - known


def test_every_data_file_the_bot_reads_goes_into_the_wheel() -> None:
    """The container installs a wheel: a data file the package-data globs miss (the
    models' packed weights once were) would make the installed bot refuse to start."""
    from fnmatch import fnmatch

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = project["tool"]["setuptools"]["package-data"]["bot"]
    shipped = [p for p in (ROOT / "bot" / "data").iterdir() if p.is_file()]
    assert shipped
    for path in shipped:
        relative = path.relative_to(ROOT / "bot").as_posix()
        assert any(fnmatch(relative, g) for g in globs), f"{relative} is not in package-data"
