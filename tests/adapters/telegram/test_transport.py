"""The Transport protocol the scheduler uses: deliver, is_admin (asked each time), names."""

from __future__ import annotations

import pytest

from adapters.telegram import DeliveryFailed, TelegramAdapter
from bot.core.messages import OfferPrivateChat, Reply
from bot.runtime.ports import Transport
from tests.support.telegram_emulator import SimUser, TelegramEmulator


async def test_the_adapter_is_a_transport(adapter: TelegramAdapter) -> None:
    transport: Transport = adapter
    assert transport.platform == "telegram"


async def test_deliver_sends_in_order_and_raises_when_refused(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser
) -> None:
    chat = emu.private_chat(anna)
    await adapter.deliver(
        str(chat.id),
        [
            Reply("Goedemorgen!"),
            Reply("Je berichtje:"),
            Reply("Hoi Sanne, hoe gaat het?", apart=True),  # a text to copy: on its own
            Reply("Verstuurd?"),
            Reply("Hoe gaat het?", ("Goed", "Matig")),
        ],
        user_id="1001",
    )
    sent = emu.sent(chat)
    assert [m.text for m in sent] == [
        "Goedemorgen!\n\nJe berichtje:",
        "Hoi Sanne, hoe gaat het?",
        "Verstuurd?\n\nHoe gaat het?",
    ]
    assert [[b["text"] for b in m.buttons] for m in sent] == [[], [], ["1. Goed", "2. Matig"]]
    emu.block_bot(anna)
    with pytest.raises(DeliveryFailed):
        await adapter.deliver(str(chat.id), [Reply("Nog daar?")], user_id="1001")


async def test_deliver_to_a_group_with_an_offer(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser
) -> None:
    group = emu.group("Buren", members=[anna])
    await adapter.deliver(
        str(group.id),
        [Reply("Even inchecken: hoe gaat het hier?"), OfferPrivateChat("talk", "Hoi!")],
        user_id="1001",
    )
    [message] = emu.sent(group)
    assert message.buttons[0]["url"].endswith("?start=praat")


async def test_is_admin_asks_telegram_every_time(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser
) -> None:
    bram = emu.user(1002, "Bram", last_name="de Boer")
    group = emu.group("Buren", members=[bram], admins=[anna])
    assert await adapter.is_admin(str(group.id), "1001") is True
    assert await adapter.is_admin(str(group.id), "1002") is False
    emu.set_member_status(group, bram, "administrator")
    assert await adapter.is_admin(str(group.id), "1002") is True
    assert len(emu.calls_to("getChatMember")) == 3
    assert await adapter.is_admin("1001", "1001") is True  # a private chat is their own
    assert await adapter.display_name(str(group.id), "1002") == "Bram de Boer"
