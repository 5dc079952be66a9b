"""Checks on inline keyboards shared by the sending and API parts."""

from __future__ import annotations

import logging
from typing import Any

from tests.support.telegram_emulator.model import _INLINE_BUTTON_ACTIONS, _INLINE_BUTTON_KEYS
from tests.support.telegram_emulator.protocol import MAX_CALLBACK_DATA_BYTES, _bad_request
from tests.support.telegram_emulator.text import checked_link

_LOGGER = logging.getLogger(__name__)
JSONDict = dict[str, Any]


def _validate_inline_button(button: Any) -> None:
    if not isinstance(button, dict):
        raise _bad_request(
            "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
        )
    if not isinstance(button.get("text"), str):
        raise _bad_request("can't parse inline keyboard button: Can't find field \"text\"")
    actions = [key for key in _INLINE_BUTTON_ACTIONS if key in button]
    if not actions:
        raise _bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if "callback_data" in button:
        data = button["callback_data"]
        if (
            not isinstance(data, str)
            or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES
        ):
            raise _bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not (
            checked_link(url) or url.lower().startswith(("tg://", "tg:"))
        ):
            raise _bad_request("BUTTON_URL_INVALID")


def _inline_markup_for_message(markup: JSONDict | None) -> JSONDict | None:
    """The inline keyboard as it appears in a Message (other keyboards do not appear there)."""
    if not markup or "inline_keyboard" not in markup:
        return None
    rows = [
        [{key: button[key] for key in _INLINE_BUTTON_KEYS if key in button} for button in row]
        for row in markup["inline_keyboard"]
        if row
    ]
    return {"inline_keyboard": rows} if rows else None
