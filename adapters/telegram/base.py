"""The Telegram adapter's shared state, constants and small helpers."""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from typing import Any, Final, Literal

from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
)
from telegram.request import HTTPXRequest

from adapters.telegram.pacing import IN_FLIGHT, Pacer, RetryPolicy
from adapters.telegram.updates import (
    Me,
)
from adapters.telegram.webhook import SECRET_PATTERN, WebhookServer
from bot.config import ConfigError, TelegramConfig, secret
from bot.runtime.lanes import KeyedLocks, Lanes
from bot.runtime.recent import Expiring, RecentSet
from bot.runtime.runtime import Runtime

log = logging.getLogger(__name__)


# "my_chat_member" is not used yet; group check-ins will need it. Edited messages
# are asked for so the safety screen sees an edit that adds a crisis sign.
ALLOWED_UPDATES: Final = ("message", "edited_message", "callback_query", "my_chat_member")

COMMANDS: Final = (
    BotCommand("start", "Begin hier (of opnieuw)"),
    BotCommand("menu", "Kies waar je over wilt praten"),
    BotCommand("hulp", "Uitleg: wat kan ik voor je doen?"),
    BotCommand("stop", "Stop het gesprek"),
    BotCommand("privacy", "Wat ik over je bewaar"),
    BotCommand("dagboek", "Bekijk je gevoelsdagboek: hoe ging het de laatste tijd?"),
    BotCommand("gegevens", "Stuur mij alles wat je over mij bewaart"),
    BotCommand("vergeet", "Wis alles wat je over mij weet"),
    BotCommand("regio", "Kies Nederland of België, voor de juiste hulplijnen"),
)

NO_PREVIEW: Final = LinkPreviewOptions(is_disabled=True)
OFFER_TTL: Final = 24 * 3600.0  # how long a private text waits for the person's /start

Outcome = Literal["sent", "refused", "later"]


# Libraries that would log secrets: httpx logs every URL at INFO (Bot API URLs contain
# the token), httpcore traces requests at DEBUG, and python-telegram-bot logs request
# parameters and answers, message text included, at DEBUG.
_CHATTY_LOGGERS: Final = {
    "httpx": logging.WARNING,
    "httpcore": logging.INFO,
    "telegram": logging.INFO,
}


def _quiet_library_logs() -> None:
    """Keep the token and message text out of the log, unless someone set these loggers."""
    for name, level in _CHATTY_LOGGERS.items():
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(level)


class DeliveryFailed(RuntimeError):
    """Telegram did not take (all of) the replies; see the log for why."""


def _kind(exc: BaseException) -> str:
    """An exception's type, never its text (which may quote what someone wrote)."""
    return type(exc).__name__


def _report_failure(job: asyncio.Future[Any]) -> None:
    """Said at once, not as "Future exception was never retrieved" at shutdown."""
    if not job.cancelled() and (exc := job.exception()) is not None:
        log.error("delivering a turn failed (%s); it is sent again at the next start", _kind(exc))


def _has_callbacks(markup: InlineKeyboardMarkup) -> bool:
    """Choice buttons (not only a link, like the private-chat offer under a group reply)."""
    return any(b.callback_data for row in markup.inline_keyboard for b in row)


class Base:
    """The adapter's state, shared by its parts (receiving in adapter.py, sending)."""

    name = "telegram"
    platform = "telegram"

    def __init__(
        self,
        config: TelegramConfig,
        runtime: Runtime,
        *,
        token: str | None = None,
        webhook_secret: str | None = None,
        retry: RetryPolicy | None = None,
        stop_timeout: float = 15.0,
    ) -> None:
        self.config = config
        self.runtime = runtime
        token = token or secret(config.token_env, "[telegram] the bot token from @BotFather")
        self._webhook_secret: str | None = None
        if config.mode == "webhook":
            value = webhook_secret or secret(
                config.webhook_secret_env, "[telegram] the webhook secret"
            )
            if not SECRET_PATTERN.match(value):
                raise ConfigError(
                    f"[telegram] the webhook secret in {config.webhook_secret_env} may use only "
                    "letters, digits, _ and - (1 to 256 characters)."
                )
            self._webhook_secret = value
        self.retry = retry or RetryPolicy()
        self.stop_timeout = stop_timeout
        self.bot = Bot(
            token,
            base_url=config.base_url,
            base_file_url=config.base_file_url,
            request=HTTPXRequest(
                connection_pool_size=IN_FLIGHT + 4, read_timeout=15.0, write_timeout=20.0
            ),
            get_updates_request=HTTPXRequest(connection_pool_size=2, read_timeout=10.0),
        )
        try:
            self.pacer = Pacer(
                per_second=config.messages_per_second,
                per_chat_per_second=config.messages_per_chat_per_second,
                group_per_minute=config.messages_per_group_per_minute,
                policy=self.retry,
            )
        except ValueError:
            raise ConfigError(
                "[telegram] messages_per_second and messages_per_chat_per_second must be "
                "above 0. Fix: messages_per_second = 30.0, messages_per_chat_per_second = 1.0"
            ) from None
        self._me: Me | None = None
        self._turn_locks = KeyedLocks()
        self._sends = Lanes()
        self._seen = RecentSet()
        self._pressed: OrderedDict[tuple[int, int], int] = OrderedDict()
        # Per chat, the bot's last message that still has buttons: a typed answer takes
        # them away, so an old button cannot be pressed later for a question long gone.
        self._live: OrderedDict[int, int] = OrderedDict()
        # Private texts (OfferPrivateChat) waiting until the person opens the private chat.
        self._offers: Expiring[tuple[str, str]] = Expiring(OFFER_TTL)
        self._background: set[asyncio.Task[Any]] = set()
        self._stopping = asyncio.Event()
        self._polling_fails = False  # the last getUpdates failed
        self._poller: asyncio.Task[None] | None = None
        self._offset: int | None = None
        self.webhook: WebhookServer | None = None
        self.running = False

    # ----------------------------------------------------------------- lifecycle

    @property
    def me(self) -> Me:
        if self._me is None:
            raise RuntimeError("the Telegram adapter is not started")
        return self._me

    @property
    def ready(self) -> bool:
        """Connected and taking updates (for /readyz): polling that keeps failing is not."""
        return self.running and not self._polling_fails
