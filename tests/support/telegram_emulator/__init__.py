"""An in-process Telegram Bot API emulator for the test suite.

The Telegram adapter talks to Telegram through python-telegram-bot (PTB). In tests it talks to
this emulator instead, over real HTTP on 127.0.0.1, by pointing PTB's ``base_url`` and
``base_file_url`` at it::

    async with TelegramEmulator(token="123456:TEST") as emu:
        bot = telegram.Bot(emu.token, base_url=emu.base_url, base_file_url=emu.base_file_url)
        anna = emu.user(1001, "Anna", username="anna")
        chat = emu.private_chat(anna)
        emu.send_text(anna, chat, "/start")
        ...
        [reply] = await emu.wait_for_sent(chat, count=1)

What the emulator speaks is the real Bot API wire format: ``POST``/``GET``
``{root}/bot<token>/<method>`` with a JSON, form-encoded or multipart body (or a query string),
answered with ``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code": ...,
"description": ...}`` with Telegram's own error texts. Method names are case-insensitive, like
Telegram's. The objects it returns use only fields that exist in the Bot API schema, so PTB
de-serialises them without anything landing in ``api_kwargs``.

Faithfulness notes (where the emulator follows Telegram, and where it knowingly does not):

* ``parse_mode`` HTML, MarkdownV2 and Markdown are parsed by ports of TDLib's parsers
  (``td/telegram/MessageEntity.cpp``), so the text, the entities (with UTF-16 offsets) and the
  ``can't parse entities: ... at byte offset N`` errors match. The text is then trimmed and
  measured like the Bot API does (4096 characters, 1024 for captions).
* Updates are queued until confirmed by a ``getUpdates`` offset; long polling really waits;
  a second ``getUpdates`` terminates the first with 409 Conflict; ``allowed_updates`` is
  remembered between calls and filters updates created afterwards; with a webhook set,
  ``getUpdates`` answers 409 and updates are POSTed (one at a time, in order) with the
  ``X-Telegram-Bot-Api-Secret-Token`` header and retried with back-off until accepted.
* Group privacy mode: a bot that is not an admin and has privacy mode on only gets commands
  (not the ones addressed to another bot), messages mentioning it, replies to its own
  messages, and service messages. Bots never see other bots' messages.
* Deliberate deviations: webhooks may use ``http://`` and any port, but only on loopback
  (``webhook_require_https=True`` restores Telegram's HTTPS check); callback queries do not
  expire unless ``callback_query_ttl`` is set; URL, e-mail and hashtag auto-detection in
  message texts is simplified; formatting entities are not split around auto-detected ones.
* A real Bot API method the emulator does not implement answers HTTP 501 (and is recorded in
  :attr:`TelegramEmulator.unsupported_calls`) instead of pretending; a method Telegram does not
  have answers 404 "Not Found" like Telegram.
"""

from tests.support.telegram_emulator.emulator import TelegramEmulator
from tests.support.telegram_emulator.html import parse_html
from tests.support.telegram_emulator.markdown import parse_markdown, parse_markdown_v2
from tests.support.telegram_emulator.model import (
    ApiCall,
    CallbackAnswer,
    ChatAction,
    CommandScopeKey,
    LimitEvent,
    MessageVersion,
    SentMessage,
    SimChat,
    SimUser,
    StoredFile,
    WebhookDelivery,
)
from tests.support.telegram_emulator.protocol import ApiError, EntityParseError
from tests.support.telegram_emulator.text import utf16_len

__all__ = [
    "ApiCall",
    "ApiError",
    "CallbackAnswer",
    "ChatAction",
    "CommandScopeKey",
    "EntityParseError",
    "LimitEvent",
    "MessageVersion",
    "SentMessage",
    "SimChat",
    "SimUser",
    "StoredFile",
    "TelegramEmulator",
    "WebhookDelivery",
    "parse_html",
    "parse_markdown",
    "parse_markdown_v2",
    "utf16_len",
]
