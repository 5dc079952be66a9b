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
import functools
import logging
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from telegram import (
    Update,
)
from telegram.constants import ChatMemberStatus
from telegram.error import (
    InvalidToken,
    RetryAfter,
    TelegramError,
)

from adapters.telegram.base import (
    ALLOWED_UPDATES,
    COMMANDS,
    DeliveryFailed,
    _quiet_library_logs,
    _report_failure,
)
from adapters.telegram.pacing import retry_after_seconds, retrying
from adapters.telegram.sending import Sending
from adapters.telegram.updates import (
    PLATFORM,
    Incoming,
    Me,
    Press,
    chat_id_of,
    read_update,
)
from adapters.telegram.webhook import WebhookServer
from bot.config import ConfigError
from bot.core.messages import ConversationKey

log = logging.getLogger(__name__)

__all__ = ["COMMANDS", "DeliveryFailed", "TelegramAdapter"]


class TelegramAdapter(Sending):
    """Runs Verbonden on one Telegram bot, by long polling or by webhook.

    Receiving is here; its other parts are :mod:`~adapters.telegram.base` (state) and
    :mod:`~adapters.telegram.sending`.
    """

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
