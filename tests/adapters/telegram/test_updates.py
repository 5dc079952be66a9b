"""Update -> Inbound, without a network: what reaches the engine and what does not."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Update

from adapters.telegram.render import choice_keyboard
from adapters.telegram.updates import Me, button_label, callback_data, read_update

ME = Me(424242424, "verbonden_test_bot")
ANNA = {"id": 1001, "is_bot": False, "first_name": "Anna"}
PRIVATE = {"id": 1001, "type": "private", "first_name": "Anna"}
GROUP = {"id": -4500000001, "type": "group", "title": "Koffie"}


def message(
    text: str | None = None, chat: dict[str, Any] = PRIVATE, **extra: Any
) -> dict[str, Any]:
    data: dict[str, Any] = {"message_id": 7, "date": 1_700_000_000, "chat": chat, "from": ANNA}
    if text is not None:
        data["text"] = text
    data.update(extra)
    return data


def update(**payload: Any) -> Update:
    return Update.de_json({"update_id": 55, **payload}, None)


def command_entity(text: str) -> list[dict[str, Any]]:
    return [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]


def test_private_text() -> None:
    incoming = read_update(update(message=message("Hoi daar")), ME)
    assert incoming is not None and incoming.inbound is not None
    inbound = incoming.inbound
    assert (inbound.key.platform, inbound.key.chat_id, inbound.key.user_id) == (
        "telegram",
        "1001",
        "1001",
    )
    assert (inbound.text, inbound.kind, inbound.event_id) == ("Hoi daar", "text", "55")
    assert inbound.chat_type == "private" and inbound.display_name == "Anna"
    assert inbound.received_at is not None and incoming.reply_to is None


def test_start_with_a_deep_link_payload() -> None:
    text = "/start steun"
    incoming = read_update(update(message=message(text, entities=command_entity(text))), ME)
    assert incoming is not None and incoming.inbound is not None
    assert incoming.inbound.text == "/start" and incoming.inbound.opened_for == "crisis"


@pytest.mark.parametrize(
    "content",
    [
        {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "u",
                "type": "regular",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
            }
        },
        {"location": {"latitude": 52.0, "longitude": 5.0}},
        {"voice": {"file_id": "v", "file_unique_id": "u", "duration": 2}},
    ],
)
def test_attachments_in_private_are_unsupported(content: dict[str, Any]) -> None:
    incoming = read_update(update(message=message(**content)), ME)
    assert incoming is not None and incoming.inbound is not None
    assert incoming.inbound.kind == "unsupported"


@pytest.mark.parametrize(
    "payload",
    [
        {"message": message("hoi", **{"from": {"id": 9, "is_bot": True, "first_name": "Bot"}})},
        {"message": message(new_chat_title="Nieuwe naam", chat=GROUP)},
        {"message": message(group_chat_created=True, chat=PRIVATE)},
        {"message": message(chat=GROUP, location={"latitude": 1.0, "longitude": 2.0})},
        {"channel_post": message("nieuws", chat={"id": -100123, "type": "channel", "title": "K"})},
        {
            "message": message(
                f"@{ME.username} hoi",
                chat=GROUP,
                sender_chat={"id": -100123, "type": "channel", "title": "K"},
                entities=[{"type": "mention", "offset": 0, "length": 19}],
            )
        },
    ],
)
def test_ignored(payload: dict[str, Any]) -> None:
    assert read_update(update(**payload), ME) is None


@pytest.mark.parametrize(
    "payload",
    [
        {"message": message("ik voel me eenzaam", chat=GROUP)},
        {"message": message("/menu@andere_bot", chat=GROUP, entities=command_entity("/menu@x"))},
    ],
)
def test_room_messages_for_others_are_marked_not_addressed(payload: dict[str, Any]) -> None:
    # The adapter drops them before any turn unless the room's safety watch is on.
    incoming = read_update(update(**payload), ME)
    assert incoming is not None and incoming.inbound is not None
    assert incoming.inbound.addressed is False


def test_an_edit_is_passed_on_marked_edited() -> None:
    incoming = read_update(update(edited_message=message("stop", edit_date=1_700_000_100)), ME)
    assert incoming is not None and incoming.inbound is not None
    assert incoming.inbound.edited and incoming.inbound.text == "stop"


def test_a_caption_is_the_text_of_an_unsupported_message() -> None:
    photo = [{"file_id": "p", "file_unique_id": "u", "width": 9, "height": 9}]
    incoming = read_update(update(message=message(photo=photo, caption="ik wil dood")), ME)
    assert incoming is not None and incoming.inbound is not None
    assert incoming.inbound.kind == "unsupported" and incoming.inbound.text == "ik wil dood"


def test_group_command_for_this_bot_loses_the_name_and_replies() -> None:
    text = "/hulp@Verbonden_Test_Bot"
    incoming = read_update(
        update(message=message(text, chat=GROUP, entities=command_entity(text))), ME
    )
    assert incoming is not None and incoming.inbound is not None
    assert incoming.inbound.text == "/hulp"
    assert incoming.inbound.chat_type == "group"
    assert incoming.inbound.key.chat_id == "-4500000001" and incoming.inbound.key.user_id == "1001"
    assert incoming.reply_to == 7


def test_group_mention_is_removed() -> None:
    text = "@verbonden_test_bot: ik voel me zo alleen"
    entities = [{"type": "mention", "offset": 0, "length": 19}]
    incoming = read_update(update(message=message(text, chat=GROUP, entities=entities)), ME)
    assert incoming is not None and incoming.inbound is not None
    assert incoming.inbound.text == "ik voel me zo alleen"


def test_group_reply_to_the_bot() -> None:
    bot_message = message(
        "Hoi!", chat=GROUP, **{"from": {"id": ME.id, "is_bot": True, "first_name": "V"}}
    )
    data = message("ja graag", chat=GROUP, reply_to_message=bot_message)
    incoming = read_update(update(message=data), ME)
    assert incoming is not None and incoming.inbound is not None
    assert incoming.inbound.text == "ja graag"


def press(data: str, shown: dict[str, Any]) -> Update:
    query = {"id": "q1", "from": ANNA, "chat_instance": "1", "data": data, "message": shown}
    return update(callback_query=query)


def test_a_pressed_button_is_a_choice_with_its_full_label() -> None:
    label = "Een heel lang antwoord dat niet in de callback data van 64 bytes past, echt niet"
    markup = choice_keyboard(["Ja", label], numbered=True)
    assert markup is not None
    shown = message("Kies maar", **{"from": {"id": ME.id, "is_bot": True, "first_name": "V"}})
    shown["reply_markup"] = markup.to_dict()
    data = callback_data(1, label)
    assert len(data.encode()) <= 64
    incoming = read_update(press(data, shown), ME)
    assert incoming is not None and incoming.inbound is not None and incoming.press is not None
    assert incoming.inbound.kind == "choice" and incoming.inbound.text == label
    assert incoming.inbound.choice_id is None
    assert incoming.press.message_id == 7 and incoming.press.message_text == "Kies maar"


def test_a_button_under_an_inaccessible_message_uses_the_label_copy() -> None:
    shown = {"chat": PRIVATE, "message_id": 7, "date": 0}
    incoming = read_update(press(callback_data(0, "Ik voel me eenzaam"), shown), ME)
    assert incoming is not None and incoming.inbound is not None
    assert incoming.inbound.text == "Ik voel me eenzaam"
    assert incoming.press is not None and incoming.press.message_text is None


def test_a_button_in_a_group_counts_as_typing_its_label_there() -> None:
    shown = message("Tijd voor de check-in!", chat=GROUP)
    incoming = read_update(press(callback_data(0, "Liever privé antwoorden"), shown), ME)
    assert incoming is not None and incoming.press is not None
    assert incoming.inbound is not None and incoming.inbound.chat_type == "group"
    assert (incoming.inbound.text, incoming.inbound.kind) == ("Liever privé antwoorden", "text")


def test_a_button_without_a_label_only_needs_an_answer() -> None:
    shown = message("Hoi", chat=GROUP)
    incoming = read_update(press("iets anders", shown), ME)
    assert incoming is not None and incoming.inbound is None and incoming.press is not None


def test_button_label_ignores_foreign_data() -> None:
    assert button_label("iets anders", None) is None
    assert button_label("c3:Ja", None) == "Ja"
    assert callback_data(2, "ë" * 40).encode().__len__() <= 64
