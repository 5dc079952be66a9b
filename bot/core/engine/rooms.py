"""Rooms: replies in a group, check-in commands and posts, and promised follow-ups."""

from __future__ import annotations

from bot.core import contract
from bot.core.engine.context import GROUP, Turn, _checkin_values, log
from bot.core.engine.moves import Moves
from bot.core.language import understand as language
from bot.core.messages import (
    CheckinCommand,
    CheckinFacts,
    CheckinSetting,
    Inbound,
    OfferPrivateChat,
    Reply,
    SlotValue,
)
from bot.core.schedule import commands, times

_CHECKIN_DONE = {
    "zone": "checkin_zone_set",
    "questions": "checkin_questions_set",
    "window": "checkin_window_set",
    "roundup": "checkin_roundup_on",
    "now": "checkin_now",
    "stop": "checkin_stopped",
}


class Rooms(Moves):
    """What the engine does outside a private dialogue step."""

    # ----------------------------------------------------------------- other contexts

    def _group_screened(self, t: Turn, text: str, flagged: bool) -> bool:
        """Safety first in a room too: a short reply there, full support privately."""
        result = self._screen(t, text, flagged)
        if result.level == "none":
            if result.violence:
                self._say(t, self._variant(t, "group_geweld"))
                private = self._format(t, self._variant(t, "private_geweld_invite"))
                t.emit(OfferPrivateChat("write", private))
                return True
            return False
        if result.reason == "someone_else":  # lines for naasten, in the room too
            self._say(t, self._variant(t, "group_naaste"))
            t.emit(OfferPrivateChat("naaste", self._variant(t, "private_naaste_invite")))
            return True
        self._say(t, self._variant(t, "group_crisis"))
        private = self._format(t, self._variant(t, "private_crisis_invite"))
        t.emit(OfferPrivateChat("crisis", private))
        return True

    def _group(self, t: Turn, inbound: Inbound, flagged: bool) -> None:
        """In a group the bot never runs a private dialogue; it offers to talk one-to-one."""
        t.dialogue, t.state = GROUP
        t.slots.clear()
        if inbound.kind not in ("text", "choice", "unsupported"):
            return
        if not inbound.addressed:
            # Said to the room, not to the bot: only where the safety watch is on, and
            # only screened; whatever else it says is none of the bot's business.
            if inbound.checkin is not None and inbound.checkin.watch and inbound.text.strip():
                self._group_screened(t, inbound.text, flagged)
            return
        if inbound.text.strip() and self._group_screened(t, inbound.text, flagged):
            return
        if inbound.edited or inbound.kind == "unsupported":
            return  # a caption or an edit is screened, and otherwise left alone
        if self._room_checkin(t, inbound):
            return
        command = language.global_command(inbound.text)
        private = ("menu", "start", "export", "forget", "journal")
        if command in private or language.wants_lonely_talk(inbound.text):
            self._say(t, self._variant(t, "group_private_invite"))
            t.emit(OfferPrivateChat("talk", self._variant(t, "private_talk_invite")))
        elif command == "privacy":
            self._say(t, self._variant(t, "privacy"))
        elif command != "stop":
            self._say(t, self._variant(t, "group_help"))

    # ----------------------------------------------------------------- scheduling

    def _schedule_command(self, t: Turn, text: str) -> bool:
        """ "dagelijks" opens the daily question's settings; "checkin" explains check-ins."""
        command = commands.private_command(text)
        if command == "daily":
            t.unclear = 0
            self._go(t, contract.DAILY)
        elif command == "checkin":
            self._say(t, self._variant(t, "checkin_private_help"))
            self._reprompt(t)
        return command is not None

    def _private_checkin_answer(self, t: Turn, inbound: Inbound, first_contact: bool) -> bool:
        """A private answer to a room's check-in, after the user asked to answer here."""
        facts = inbound.checkin
        text = inbound.text.strip()
        if facts is None or not facts.private_answer or inbound.kind != "text" or not text:
            return False
        if language.global_command(text):
            return False
        t.emit(CheckinCommand("answer", value="private"))
        self._say(t, self._variant(t, "checkin_private_thanks"))
        if first_contact:  # the answer counts, and the bot still introduces itself
            self._go(t, contract.WELCOME)
        else:
            self._reprompt(t)
        return True

    def _room_checkin(self, t: Turn, inbound: Inbound) -> bool:
        """Check-in commands and answers in a room; True when this turn was one."""
        facts = inbound.checkin or CheckinFacts()
        command = commands.room_command(inbound.text)
        if command is None:
            if facts.round_open and language.global_command(inbound.text) is None:
                # An answer. The bot stays quiet: the round-up is the thank-you.
                t.emit(CheckinCommand("answer", value="room"))
                return True
            return False
        if command.admin and inbound.is_admin is not True:
            self._say(t, self._variant(t, "checkin_not_admin"))
            return True
        op = command.op
        extra: dict[str, SlotValue] = {}
        private: OfferPrivateChat | None = None
        if op == "unclear":
            key = command.problem or "checkin_unclear"
        elif op == "help":
            key = "checkin_help"
        elif op == "status":
            key = "checkin_status" if facts.configured else "checkin_none"
            extra["instelling"] = self._setting(t, facts.configured) if facts.configured else ""
        elif op in ("mute", "unmute"):
            t.emit(CheckinCommand(op))
            key = "checkin_muted" if op == "mute" else "checkin_unmuted"
        elif op == "private":
            if not facts.round_open:
                key = "checkin_no_round"
            else:
                t.emit(CheckinCommand("private"))
                invite = self._variant(t, "checkin_private_invite", {"vraag": facts.question or ""})
                private = OfferPrivateChat("write", invite)
                key = "checkin_private_room"
        elif op == "watch":
            t.emit(CheckinCommand("watch", value=command.value))
            key = "checkin_watch_on" if command.value else "checkin_watch_off"
        elif op == "schedule":
            zone = times.region_zone(t.profile.region)
            t.emit(CheckinCommand("schedule", days=command.days, time=command.time, zone=zone))
            days = times.days_from_text(command.days or "")
            extra["wanneer"] = (
                f"{times.describe_days(days)} om {times.say_stored(command.time or '')}"
            )
            key = "checkin_scheduled"
        elif not facts.configured:
            key = "checkin_none"  # settings, "nu" and "stop" need a check-in first
        elif op == "now" and facts.round_open:
            key = "checkin_already_open"
        else:
            t.emit(CheckinCommand(op, value=command.value))
            key, extra = _CHECKIN_DONE[op], _checkin_values(command)
            if op == "roundup":
                key = "checkin_roundup_on" if command.value else "checkin_roundup_off"
        self._say(t, self._variant(t, key, extra))
        if op == "status" and facts.watch:
            self._say(t, self._variant(t, "checkin_watch_is_on"))
        if private:
            t.emit(private)
        return True

    def _checkin_post(self, t: Turn, inbound: Inbound) -> None:
        """The scheduler opens a round in a room, or rounds one up."""
        t.dialogue, t.state = GROUP
        t.slots.clear()
        values = dict(inbound.context)
        if inbound.target == "open":
            key = "checkin_open" if values.get("samenvatting", 1) else "checkin_open_no_roundup"
            button = self.texts.get("checkin_private_button")[0]
            t.emit(Reply(self._variant(t, key, values), (button,)))
        elif inbound.target == "roundup":
            joined, named = int(values.get("deelnemers", 0)), int(values.get("genoemd", 0))
            if joined == 0:
                key = "checkin_roundup_none"
            elif joined == 1:
                key = "checkin_roundup_one"
            else:
                key = "checkin_roundup_many" if named else "checkin_roundup_unnamed"
            self._say(t, self._variant(t, key, values))

    def _follow_up(self, t: Turn, inbound: Inbound) -> None:
        """The scheduler keeps a promise ("Zal ik morgen vragen hoe het ging?")."""
        if not inbound.target or not t.profile.welcomed:
            return
        dialogue, _, state = inbound.target.partition(".")
        if dialogue not in self.specs or state not in self.specs[dialogue].states:
            # The dialogue changed since the promise: better silent than broken, but said.
            log.warning("a promised follow-up's place no longer exists; not sent")
            return
        t.resume = None
        t.unclear = 0
        t.slots = dict(inbound.context)
        self._enter(t, dialogue, state)

    def _setting(self, t: Turn, setting: CheckinSetting) -> str:
        """A room's check-in in words, for "checkin"."""
        days = times.describe_days(times.days_from_text(setting.days))
        summary = "checkin_met_samenvatting" if setting.roundup else "checkin_zonder_samenvatting"
        values: dict[str, SlotValue] = {
            "dagen": days,
            "tijd": times.say_stored(setting.time),
            "zone": setting.zone,
            "venster": times.describe_minutes(setting.window),
            "set": setting.question_set,
            "samenvatting": self._variant(t, summary),
        }
        return self._variant(t, "checkin_instelling", values)
