"""Groups: commands and mentions only, never a private-style dialogue, crisis -> private."""

from __future__ import annotations

from adapters.telegram import TelegramAdapter
from tests.support.telegram_emulator import SentMessage, SimUser, TelegramEmulator

from .conftest import BOT_USERNAME

DEEP_LINK_CRISIS = f"https://t.me/{BOT_USERNAME}?start=steun"
DEEP_LINK_TALK = f"https://t.me/{BOT_USERNAME}?start=praat"


def urls(message: SentMessage) -> list[str]:
    return [b["url"] for b in message.buttons if "url" in b]


async def test_crisis_in_group_for_someone_who_never_started_the_bot(
    emu: TelegramEmulator, adapter: TelegramAdapter
) -> None:
    bram = emu.user(1002, "Bram", username="bram")
    group = emu.group("Koffieclub", members=[bram])
    update_id = emu.send_text(bram, group, f"@{BOT_USERNAME} ik wil niet meer leven")
    assert update_id is not None

    [reply] = await emu.wait_for_sent(group, 1)
    assert "112" in (reply.text or "")  # short and kind; the details go privately
    assert urls(reply) == [DEEP_LINK_CRISIS]
    # Not sent as a reply: a crisis message is never quoted back to the whole group.
    assert reply.reply_to_message_id is None and emu.message_id_of(update_id)
    assert not reply.callback_data  # no dialogue buttons in a group
    # The bot tried to write Bram directly, which Telegram refuses: he never started it.
    await emu.wait_until(lambda: any(c.chat_id == bram.id for c in emu.calls_to("sendMessage")))
    # (403 "can't initiate conversation", or 400 "chat not found": handled alike)
    [attempt] = [c for c in emu.calls_to("sendMessage") if c.chat_id == bram.id]
    assert attempt.status in (400, 403)

    # He follows the deep link: the private text with the crisis lines comes first.
    private = emu.private_chat(bram)
    emu.send_text(bram, private, "/start steun")
    sent = await emu.wait_for_sent(private, 2)
    assert "ik zag je bericht in de groep" in (sent[0].text or "")
    assert "113" in (sent[0].text or "")
    # Then crisis support, not the welcome: it knows what happened and asks about safety.
    assert (sent[1].text or "").startswith("Fijn dat je hier bent. Ik zag je bericht in de groep")
    assert "ben je op dit moment veilig" in (sent[1].text or "")
    assert "Ja, nu wel" in [b["text"].split(". ", 1)[-1] for b in sent[1].buttons]
    assert len(emu.sent(group)) == 1


async def test_the_crisis_deep_link_opens_support_also_after_a_restart(
    emu: TelegramEmulator, adapter: TelegramAdapter
) -> None:
    # The offer the adapter holds in memory is gone (a restart): the link still works.
    cees = emu.user(1003, "Cees", username="cees")
    private = emu.private_chat(cees)
    emu.send_text(cees, private, "/start steun")
    [sent] = await emu.wait_for_sent(private, 1)
    assert "Ik zag je bericht in de groep" in (sent.text or "")
    assert "113" in (sent.text or "") and "veilig" in (sent.text or "")


async def test_crisis_in_group_for_someone_who_already_talks_to_the_bot(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser
) -> None:
    private = emu.private_chat(anna)  # she talks to the bot already, mid-conversation
    emu.send_text(anna, private, "hallo")
    await emu.wait_for_sent(private, 1)
    emu.send_text(anna, private, "Dagelijkse vraag")  # asked "Zal ik je elke dag ...?"
    await emu.wait_for_sent(private, 2)
    group = emu.group("Wandelgroep", members=[anna])
    emu.send_text(anna, group, f"@{BOT_USERNAME} ik wil dood")
    [reply] = await emu.wait_for_sent(group, 1)
    assert urls(reply) == [DEEP_LINK_CRISIS]
    direct, asked = (await emu.wait_for_sent(private, 4))[2:]
    assert "ik zag je bericht in de groep" in (direct.text or "") and "113" in (direct.text or "")
    # The private chat is now in crisis support: "ja" answers "are you safe?" there,
    # not the daily-question offer from before the group message.
    assert "ben je op dit moment veilig" in (asked.text or "")
    emu.send_text(anna, private, "ja")
    [answer] = (await emu.wait_for_sent(private, 5))[4:]
    assert "elke dag" not in (answer.text or "") and "Hoe laat" not in (answer.text or "")


async def test_group_chatter_is_ignored_even_without_privacy_mode(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser
) -> None:
    group = emu.group("Buren", members=[anna], bot_privacy_mode=False)
    emu.send_text(anna, group, "Ik voel me eenzaam vandaag, wie gaat er mee wandelen?")
    emu.send_text(anna, group, "/hulp@een_andere_bot")
    emu.send_sticker(anna, group)
    # The bot asks for help by command: that one is answered, the rest is not.
    emu.send_text(anna, group, f"/hulp@{BOT_USERNAME}")
    [reply] = await emu.wait_for_sent(group, 1)
    assert "alleen als je me" in (reply.text or "")  # group help: mention me or use a command
    await emu.wait_until(lambda: not emu.pending_updates)
    await adapter.stop()
    assert len(emu.sent()) == 1


async def test_start_in_a_group_never_starts_a_dialogue_there(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser
) -> None:
    group = emu.group("Buren", members=[anna])
    emu.send_text(anna, group, "/start")
    [reply] = await emu.wait_for_sent(group, 1)
    assert "onder vier ogen" in (reply.text or "")
    assert urls(reply) == [DEEP_LINK_TALK]
    assert "welkom" not in (reply.text or "")


async def test_a_mention_and_a_reply_to_the_bot_reach_it(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser
) -> None:
    group = emu.group("Buren", members=[anna])
    emu.send_text(anna, group, f"Hoi @{BOT_USERNAME}, wat kun jij?")
    [first] = await emu.wait_for_sent(group, 1)
    emu.send_text(anna, group, "ik voel me zo alleen", reply_to=first)
    second = (await emu.wait_for_sent(group, 2))[1]
    assert urls(second) == [DEEP_LINK_TALK]  # lonely talk: invited to talk privately
    await emu.wait_until(lambda: not emu.pending_updates)
    # Only invited: no private message she did not ask for.
    assert not [c for c in emu.calls_to("sendMessage") if c.chat_id == anna.id]


async def test_the_private_text_also_reaches_someone_who_just_says_hello(
    emu: TelegramEmulator, adapter: TelegramAdapter
) -> None:
    carla = emu.user(1003, "Carla")
    group = emu.group("Koor", members=[carla])
    emu.send_text(carla, group, f"@{BOT_USERNAME} ik zie het niet meer zitten")
    await emu.wait_for_sent(group, 1)
    private = emu.private_chat(carla)
    emu.send_text(carla, private, "hoi")  # opened the bot without the deep link
    sent = await emu.wait_for_sent(private, 2)
    assert "ik zag je bericht in de groep" in (sent[0].text or "")
    emu.send_text(carla, private, "menu")
    later = (await emu.wait_for_sent(private, len(sent) + 1))[len(sent) :]
    assert all("ik zag je bericht" not in (m.text or "") for m in later)  # only once
