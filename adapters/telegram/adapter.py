"""Verbonden on Telegram: a thin adapter between python-telegram-bot and the runtime.

Exactly-once, in short (docs/telegram.md has the long version):

* An update is confirmed to Telegram (the ``getUpdates`` offset moves past it,
  or the webhook answers 200) only after ``runtime.handle`` returned for it,
  which is after its state, the handled event id and its replies (the outbox)
  were committed. A crash before that: Telegram delivers the update again.
* The replies are sent after that commit, one step (message) at a time. Each
  step but the last is recorded with ``runtime.progressed`` before the next one
  goes out; after the last, ``runtime.delivered`` acknowledges the turn. A crash
  before the acknowledgement: ``start`` sends what the outbox still holds, from
  the first step not recorded, before it takes new updates. So a crash repeats
  at most the one message Telegram accepted just before it: the Bot API has no
  idempotency key that would let the bot find out.
* A re-delivered update (same ``update_id``) is recognised in memory while the
  process runs and by the runtime's stored event ids after a restart.

Per chat everything happens in order (turns under a per-chat lock, sends in a
per-chat lane); different chats run concurrently. Message text is never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Any, Final, Literal
from urllib.parse import urlsplit

from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatMemberStatus
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    RetryAfter,
    TelegramError,
)
from telegram.request import HTTPXRequest

from adapters.telegram.pacing import IN_FLIGHT, Pacer, RetryPolicy, retry_after_seconds, retrying
from adapters.telegram.render import (
    ReachPrivately,
    SendFile,
    SendText,
    Step,
    chosen_text,
    plan,
    split_text,
)
from adapters.telegram.updates import (
    PLATFORM,
    Incoming,
    Me,
    Press,
    chat_id_of,
    is_group_chat,
    read_update,
)
from adapters.telegram.webhook import SECRET_PATTERN, WebhookServer
from bot.config import ConfigError, TelegramConfig, secret
from bot.core.messages import ConversationKey, Inbound, OfferPrivateChat, Outbound
from bot.runtime.lanes import KeyedLocks, Lanes
from bot.runtime.runtime import Delivery, Runtime

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


class _Recent:
    """A bounded set of recent keys, oldest forgotten first."""

    def __init__(self, size: int = 10_000) -> None:
        self._items: OrderedDict[Hashable, None] = OrderedDict()
        self._size = size

    def add(self, key: Hashable) -> None:
        self._items[key] = None
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)

    def __contains__(self, key: object) -> bool:
        return key in self._items


class _Offers:
    """Private texts (from OfferPrivateChat) waiting until the person opens the private chat."""

    def __init__(self, size: int = 10_000) -> None:
        self._items: OrderedDict[int, tuple[str, str, float]] = OrderedDict()
        self._size = size

    def keep(self, user_id: int, reason: str, text: str) -> None:
        self._items[user_id] = (reason, text, time.monotonic() + OFFER_TTL)
        self._items.move_to_end(user_id)
        while len(self._items) > self._size:
            self._items.popitem(last=False)

    def take(self, user_id: int) -> tuple[str, str] | None:
        item = self._items.pop(user_id, None)
        if item is None:
            return None
        reason, text, expires = item
        return (reason, text) if expires > time.monotonic() else None


class TelegramAdapter:
    """Runs Verbonden on one Telegram bot, by long polling or by webhook."""

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
        self._seen = _Recent()
        self._pressed: OrderedDict[tuple[int, int], int] = OrderedDict()
        # Per chat, the bot's last message that still has buttons: a typed answer takes
        # them away, so an old button cannot be pressed later for a question long gone.
        self._live: OrderedDict[int, int] = OrderedDict()
        self._offers = _Offers()
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

    async def start(self) -> None:
        """Connect, resend replies a crash left behind, then take updates."""
        self._stopping.clear()
        _quiet_library_logs()
        try:
            await retrying(self.bot.initialize, policy=self.retry, what="getMe")
        except InvalidToken:
            await self.bot.shutdown()
            raise ConfigError(
                f"[telegram] Telegram does not accept the token in {self.config.token_env}. "
                "Copy it again from @BotFather (/mybots -> API Token)."
            ) from None
        except TelegramError as exc:
            await self.bot.shutdown()
            where = self.config.base_url.split("/bot")[0]
            raise ConfigError(
                f"[telegram] the Bot API at {where} cannot be reached ({type(exc).__name__}). "
                "Check the network, a proxy or firewall, and [telegram] base_url; "
                "`verbonden doctor` checks it."
            ) from None
        self._me = Me(self.bot.id, self.bot.username.lstrip("@"))
        log.info("connected to Telegram as @%s", self._me.username)
        # The command menu is a nicety: set it in the background, never before answering.
        commands = functools.partial(self.bot.set_my_commands, COMMANDS)
        self._in_background("setMyCommands", commands)
        try:
            if self.config.mode == "polling":
                await retrying(
                    functools.partial(self.bot.delete_webhook, drop_pending_updates=False),
                    policy=self.retry,
                    what="deleteWebhook",
                )
            await self._resend_undelivered()
            if self.config.mode == "polling":
                self._poller = asyncio.create_task(self._poll_loop(), name="telegram-polling")
            else:
                await self._start_webhook()
        except BaseException:
            for pending in list(self._background):
                pending.cancel()
            await self._sends.cancel()
            await self.bot.shutdown()
            raise
        self.running = True

    async def stop(self) -> None:
        """Stop taking updates, finish turns in flight and send their replies, disconnect."""
        if not self.running:
            return
        self.running = False
        self._stopping.set()
        if self._poller is not None:
            await self._poller
            self._poller = None
            await self._confirm_offset()
        if self.webhook is not None:
            await self.webhook.stop()
        if not await self._sends.drain(self.stop_timeout):
            log.warning(
                "stopping: %d chat(s) still had replies to send; they go out at the next start",
                self._sends.busy,
            )
            await self._sends.cancel()
        for task in list(self._background):
            task.cancel()
        if self._background:
            await asyncio.wait(list(self._background))
        await self.runtime.flush()
        await self.bot.shutdown()
        log.info("Telegram adapter stopped")

    async def _resend_undelivered(self) -> None:
        leftovers = await self.runtime.undelivered(self.platform)
        if not leftovers:
            return
        log.info("sending %d reply batch(es) left over from before the restart", len(leftovers))
        futures = []
        for delivery in leftovers:
            assert delivery.pending is not None
            chat_id = int(delivery.pending.key.chat_id)
            user_id = int(delivery.pending.key.user_id)
            job = functools.partial(self._deliver_turn, None, chat_id, user_id, delivery)
            futures.append(self._sends.submit(chat_id, job))
        await asyncio.gather(*futures, return_exceptions=True)
        # The acknowledgements must be on disk before a re-delivered update asks about them.
        await self.runtime.flush()

    async def _start_webhook(self) -> None:
        assert self._webhook_secret is not None
        path = urlsplit(self.config.webhook_url).path or "/"
        self.webhook = WebhookServer(
            self.config.webhook_listen,
            self.config.webhook_port,
            path,
            self._webhook_secret,
            self._on_webhook,
        )
        await self.webhook.start()
        try:
            await retrying(
                functools.partial(
                    self.bot.set_webhook,
                    url=self.config.webhook_url,
                    secret_token=self._webhook_secret,
                    allowed_updates=ALLOWED_UPDATES,
                    drop_pending_updates=False,
                ),
                policy=self.retry,
                what="setWebhook",
            )
        except BaseException:
            await self.webhook.stop()
            self.webhook = None
            raise

    # ----------------------------------------------------------------- receiving

    async def _poll_loop(self) -> None:
        failures = 0
        loop = asyncio.get_running_loop()
        while not self._stopping.is_set():
            asked = loop.time()
            try:
                updates = await self._next_batch()
            except Exception as exc:  # whatever it is, polling must go on
                failures += 1
                self._polling_fails = True
                delay = self.retry.backoff(min(failures, 10))
                if isinstance(exc, RetryAfter):
                    delay = max(delay, retry_after_seconds(exc))
                log.warning("getUpdates failed (%s); retrying in %.1f s", type(exc).__name__, delay)
                await self._pause(delay)
                continue
            if updates is None:
                break
            failures = 0
            self._polling_fails = False
            if not updates and self.config.poll_timeout > 0 and loop.time() - asked < 1.0:
                # Nothing, at once: a server (or proxy) that does not long-poll. Pause, or
                # this loop would ask it thousands of times a second.
                await self._pause(1.0)
            if updates and not await self._process_batch(updates):
                failures += 1
                await self._pause(self.retry.backoff(min(failures, 10)))

    async def _next_batch(self) -> tuple[Update, ...] | None:
        """The next updates, or None when stopping interrupted the long poll."""
        poll = asyncio.ensure_future(
            self.bot.get_updates(
                offset=self._offset,
                timeout=self.config.poll_timeout,
                allowed_updates=ALLOWED_UPDATES,
            )
        )
        stop = asyncio.ensure_future(self._stopping.wait())
        try:
            await asyncio.wait({poll, stop}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stop.cancel()
        if poll.done():
            return poll.result()
        poll.cancel()
        await asyncio.wait({poll})
        return None

    async def _process_batch(self, updates: Sequence[Update]) -> bool:
        """Handle a batch (chats concurrently, each in order); move the offset past what is safe."""
        by_chat: dict[int | None, list[Update]] = {}
        for update in updates:
            by_chat.setdefault(chat_id_of(update), []).append(update)
        failed = [
            uid
            for uid in await asyncio.gather(*(self._process_chat(ups) for ups in by_chat.values()))
            if uid is not None
        ]
        # Confirm everything below the first failure; the rest comes again (and what
        # was handled meanwhile is recognised and skipped).
        safe = min(failed) if failed else max(u.update_id for u in updates) + 1
        self._offset = max(self._offset or 0, safe)
        return not failed

    async def _process_chat(self, updates: list[Update]) -> int | None:
        """Process one chat's updates in order; the id of the first failure stops the rest."""
        for update in updates:
            if not await self._process_or_log(update):
                return update.update_id
        return None

    async def _process_or_log(self, update: Update) -> bool:
        """Handle one update; False (logged, without text) when Telegram should resend it."""
        try:
            await self._process(update)
        except Exception as exc:
            log.error(
                "update %d failed (%s); Telegram will deliver it again",
                update.update_id,
                type(exc).__name__,
                exc_info=log.isEnabledFor(logging.DEBUG),
            )
            return False
        return True

    async def _confirm_offset(self) -> None:
        """Tell Telegram what was handled, so a restart does not fetch it again (optional)."""
        if self._offset is None:
            return
        try:
            await asyncio.wait_for(
                self.bot.get_updates(
                    offset=self._offset, timeout=0, limit=1, allowed_updates=ALLOWED_UPDATES
                ),
                timeout=5.0,
            )
        except (TelegramError, TimeoutError) as exc:
            log.debug("final offset confirmation failed: %s", type(exc).__name__)

    async def _on_webhook(self, data: dict[str, Any]) -> bool:
        try:
            update = Update.de_json(data, self.bot)
        except Exception:
            log.warning("webhook: ignored a request that is not a Telegram update")
            return True  # retrying garbage would not make it better
        return await self._process_or_log(update)

    async def _process(self, update: Update) -> None:
        """One update: run its turn (committed) and queue its replies. Raises if not handled."""
        uid = update.update_id
        if uid in self._seen:
            log.debug("update %d: already handled, skipped", uid)
            return
        change = update.my_chat_member
        if change is not None and change.chat.type == "private":
            # Blocked (kicked) or unblocked (member) in a private chat: the daily question
            # waits while nobody can receive it, and comes back after.
            status = change.new_chat_member.status
            if status in (ChatMemberStatus.BANNED, ChatMemberStatus.MEMBER):
                key = ConversationKey(PLATFORM, str(change.chat.id), str(change.from_user.id))
                await self.runtime.reachable(key, status == ChatMemberStatus.MEMBER)
                log.info("a person %s the bot", "unblocked" if status == "member" else "blocked")
            self._seen.add(uid)
            return
        try:
            incoming = read_update(update, self.me)
        except Exception as exc:  # a bug, and retrying would only repeat it
            log.error("update %d could not be read (%s); skipped", uid, type(exc).__name__)
            self._seen.add(uid)
            return
        if incoming is None:
            log.debug("update %d: nothing for the bot", uid)
            self._seen.add(uid)
            return
        async with self._turn_locks.hold(incoming.chat_id):
            if uid in self._seen:
                return
            press = incoming.press
            if press is not None:
                self._answer_soon(press)
                if self._pressed_before(incoming):
                    log.debug("update %d: buttons of that message were already used", uid)
                    self._seen.add(uid)
                    return
            if incoming.inbound is None:
                self._seen.add(uid)
                return
            inbound = incoming.inbound
            delivery = await self.runtime.handle(inbound)
            self._seen.add(uid)
            if press is not None and press.message_id is not None:
                self._remember_press(incoming.chat_id, press.message_id, uid)
            log.debug("update %d: turn committed in chat %d", uid, incoming.chat_id)
            user_id = int(inbound.key.user_id)
            job = functools.partial(
                self._deliver_turn, incoming, incoming.chat_id, user_id, delivery
            )
            self._sends.submit(incoming.chat_id, job).add_done_callback(_report_failure)

    def _pressed_before(self, incoming: Incoming) -> bool:
        press = incoming.press
        if press is None or press.message_id is None:
            return False
        earlier = self._pressed.get((incoming.chat_id, press.message_id))
        return earlier is not None and earlier != incoming.update_id

    def _remember_press(self, chat_id: int, message_id: int, update_id: int) -> None:
        self._pressed[(chat_id, message_id)] = update_id
        while len(self._pressed) > 10_000:
            self._pressed.popitem(last=False)

    def _answer_soon(self, press: Press) -> None:
        """Stop the button's spinner without holding up the turn."""
        call = functools.partial(self.bot.answer_callback_query, press.query_id)
        self._in_background("answerCallbackQuery", call)

    # ----------------------------------------------------------------- sending

    async def _deliver_turn(
        self, incoming: Incoming | None, chat_id: int, user_id: int, delivery: Delivery
    ) -> Outcome:
        """Show one turn's replies, then acknowledge them (unless they must wait for later)."""
        steps: list[Step] = []
        offer = None
        if incoming is not None:
            group = is_group_chat(chat_id)
            if incoming.press is not None and incoming.press.label is not None and not group:
                if self._live.get(chat_id) == incoming.press.message_id:
                    del self._live[chat_id]
                await self._close_buttons(chat_id, incoming.press, incoming.press.label)
            elif incoming.press is None and (old := self._live.pop(chat_id, None)) is not None:
                self._take_buttons_away(chat_id, old)  # private chats only: see _send_step
            if chat_id == user_id:  # their first private message since the offer
                offer = self._offers.take(user_id)
                if offer is not None:
                    steps.extend(SendText(piece) for piece in split_text(offer[1]))
        first = len(steps)  # the offer is not part of the stored turn: not counted
        planned = plan(
            delivery.outbound, group=is_group_chat(chat_id), bot_username=self.me.username
        )
        start = delivery.resume_at(len(planned))  # a resend skips what went out before
        steps.extend(planned[start:])

        async def progressed(done: int) -> None:  # steps[:done] went out
            if done > first:
                await self.runtime.progressed(delivery, start + done - first, len(planned))

        reply_to = incoming.reply_to if incoming is not None else None
        if any(isinstance(o, OfferPrivateChat) and o.reason == "crisis" for o in delivery.outbound):
            # Never quote someone's crisis message back to the whole group.
            reply_to = None
        outcome = await self._send_steps(
            chat_id, user_id, steps, reply_to=reply_to, progressed=progressed
        )
        if outcome == "later":
            if offer is not None:
                self._offers.keep(user_id, *offer)
        else:
            self.runtime.delivered(delivery)
        log.debug("chat %d: replies %s", chat_id, outcome)
        return outcome

    async def _send_steps(
        self,
        chat_id: int,
        user_id: int,
        steps: Sequence[Step],
        *,
        reply_to: int | None = None,
        progressed: Callable[[int], Awaitable[None]] | None = None,
    ) -> Outcome:
        """Send ``steps`` in order; after each but the last, await ``progressed(steps done)``."""
        outcome: Outcome = "sent"
        for index, step in enumerate(steps):
            try:
                if isinstance(step, ReachPrivately):
                    await self._reach_privately(user_id, step)
                else:
                    await self._send_step(chat_id, step, reply_to)
                    reply_to = None
            except (Forbidden, ChatMigrated) as exc:
                # Blocked, kicked, or the group moved: nothing more will arrive there.
                log.warning("chat %d refuses messages (%s); replies dropped", chat_id, exc)
                if isinstance(exc, Forbidden) and chat_id == user_id:
                    key = ConversationKey(PLATFORM, str(chat_id), str(user_id))
                    await self.runtime.reachable(key, False)
                return "refused"
            except BadRequest as exc:
                log.warning("chat %d: Telegram refused a message (%s)", chat_id, exc)
                outcome = "refused"
            except TelegramError as exc:
                log.warning(
                    "chat %d: sending failed (%s); kept for the next start",
                    chat_id,
                    type(exc).__name__,
                )
                return "later"
            except Exception as exc:
                # A bug in one step: resending would repeat it, so the rest of the turn
                # still goes (a private crisis message after a failed group reply).
                log.error("chat %d: a reply step failed (%s); going on", chat_id, _kind(exc))
                outcome = "refused"
            if progressed is not None and index < len(steps) - 1:
                await progressed(index + 1)  # a refused step counts: resending cannot help
        return outcome

    async def _send_step(
        self, chat_id: int, step: SendText | SendFile, reply_to: int | None
    ) -> None:
        reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
        if isinstance(step, SendText):
            call = functools.partial(
                self.bot.send_message,
                chat_id,
                step.text,
                reply_markup=step.markup,
                link_preview_options=NO_PREVIEW,
                reply_parameters=reply,
            )
            sent = await self.pacer.send(chat_id, call, what="sendMessage")
            # A private chat's question only: a room's buttons (a check-in's) stay for all.
            private = not is_group_chat(chat_id)
            if (
                private
                and isinstance(step.markup, InlineKeyboardMarkup)
                and _has_callbacks(step.markup)
            ):
                self._live[chat_id] = sent.message_id
                self._live.move_to_end(chat_id)
                while len(self._live) > 10_000:
                    self._live.popitem(last=False)
        elif step.photo:
            photo = InputFile(step.content, filename=step.filename)
            call = functools.partial(
                self.bot.send_photo,
                chat_id,
                photo,
                caption=step.caption or None,
                reply_parameters=reply,
            )
            await self.pacer.send(chat_id, call, what="sendPhoto")
        else:
            document = InputFile(step.content, filename=step.filename)
            call = functools.partial(
                self.bot.send_document,
                chat_id,
                document,
                caption=step.caption or None,
                reply_parameters=reply,
            )
            await self.pacer.send(chat_id, call, what="sendDocument")

    async def _reach_privately(self, user_id: int, step: ReachPrivately) -> None:
        """Write the person directly; if they never started the bot, wait for their /start."""
        try:
            for piece in split_text(step.text):
                call = functools.partial(
                    self.bot.send_message, user_id, piece, link_preview_options=NO_PREVIEW
                )
                await self.pacer.send(user_id, call, what="sendMessage")
        except TelegramError as exc:
            log.debug("user %d not reachable privately (%s)", user_id, type(exc).__name__)
            self._offers.keep(user_id, step.reason, step.text)
            return
        if step.reason == "crisis":
            # The private conversation moves to crisis support too: a "ja" there now
            # answers "are you safe?", not a question from before the group message.
            key = ConversationKey(PLATFORM, str(user_id), str(user_id))
            delivery = await self.runtime.handle(Inbound(key, opened_for="reached"))
            job = functools.partial(self._deliver_turn, None, user_id, user_id, delivery)
            self._sends.submit(user_id, job).add_done_callback(_report_failure)

    async def _close_buttons(self, chat_id: int, press: Press, label: str) -> None:
        """Mark the choice under the message and remove its buttons, so they work only once."""
        if press.message_id is None:
            return
        text = chosen_text(press.message_text, label)
        if text is not None:
            call = functools.partial(
                self.bot.edit_message_text,
                text,
                chat_id=chat_id,
                message_id=press.message_id,
                link_preview_options=NO_PREVIEW,
            )
        else:
            call = functools.partial(
                self.bot.edit_message_reply_markup, chat_id=chat_id, message_id=press.message_id
            )
        await self._best_effort("editMessage", call)

    def _take_buttons_away(self, chat_id: int, message_id: int) -> None:
        """Remove an old question's buttons, without holding up the new reply."""
        call = functools.partial(
            self.bot.edit_message_reply_markup, chat_id=chat_id, message_id=message_id
        )
        self._in_background("editMessageReplyMarkup", call)

    def _in_background(self, what: str, call: functools.partial[Any]) -> None:
        """A best-effort call that nothing waits for (cancelled at stop)."""
        task = asyncio.create_task(self._best_effort(what, call))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _best_effort(self, what: str, call: functools.partial[Any]) -> None:
        """A call nothing depends on (marking a pressed button): never holds up a reply."""
        try:
            await retrying(call, policy=self.retry, what=what)
        except Exception as exc:
            log.debug("%s failed: %s", what, _kind(exc))

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), timeout=seconds)

    # ----------------------------------------------------------------- Transport

    async def deliver(
        self, chat_id: str, outbound: Sequence[Outbound], *, user_id: str, key: str | None = None
    ) -> None:
        """Send replies the bot starts itself (scheduler); raise if Telegram did not take them."""
        cid, uid = int(chat_id), int(user_id)
        steps = plan(outbound, group=is_group_chat(cid), bot_username=self.me.username)
        job = functools.partial(self._send_steps, cid, uid, steps)
        outcome = await self._sends.submit(cid, job)
        if outcome != "sent":
            raise DeliveryFailed(f"telegram chat {cid}: replies {outcome}")

    async def is_admin(self, chat_id: str, user_id: str) -> bool:
        cid, uid = int(chat_id), int(user_id)
        if not is_group_chat(cid):
            return cid == uid  # a private chat belongs to the person in it
        call = functools.partial(self.bot.get_chat_member, cid, uid)
        member = await retrying(call, policy=self.retry, what="getChatMember")
        return member.status in (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)

    async def display_name(self, chat_id: str, user_id: str) -> str:
        call = functools.partial(self.bot.get_chat_member, int(chat_id), int(user_id))
        member = await retrying(call, policy=self.retry, what="getChatMember")
        return member.user.full_name


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
