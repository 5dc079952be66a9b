"""Sending on Telegram: a turn's steps in order, each recorded before the next, and the
transport the scheduler and the runtime call."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from telegram import (
    InlineKeyboardMarkup,
    InputFile,
    ReplyParameters,
)
from telegram.constants import ChatMemberStatus
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    TelegramError,
)

from adapters.telegram.base import (
    NO_PREVIEW,
    Base,
    DeliveryFailed,
    Outcome,
    _has_callbacks,
    _kind,
    _report_failure,
)
from adapters.telegram.pacing import retrying
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
    Press,
    is_group_chat,
)
from bot.core.messages import ConversationKey, Inbound, OfferPrivateChat, Outbound
from bot.runtime.runtime import Delivery

log = logging.getLogger(__name__)


class Sending(Base):
    """A turn's replies out, step by step, and the transport the scheduler calls."""

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
                self._offers.keep(user_id, offer)
            await self.runtime.gave_up(delivery)
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
            self._offers.keep(user_id, (step.reason, step.text))
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
