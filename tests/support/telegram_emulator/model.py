"""The simulated world: users, chats, messages, calls and faults, as plain data."""

from __future__ import annotations

import json
import logging
import math
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Final, NamedTuple

from tests.support.telegram_emulator.protocol import _bad_request

_LOGGER = logging.getLogger(__name__)
JSONDict = dict[str, Any]


# ---------------------------------------------------------------------------------------------
# The simulated world and what the emulator records
# ---------------------------------------------------------------------------------------------


@dataclass(eq=False)
class SimUser:
    """A simulated Telegram account (a person, or another bot)."""

    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    is_bot: bool = False
    language_code: str | None = "nl"

    def to_api(self, *, with_language: bool = True) -> JSONDict:
        """The Bot API ``User`` object (``language_code`` only appears where the user acts)."""
        data: JSONDict = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if with_language and self.language_code and not self.is_bot:
            data["language_code"] = self.language_code
        return data


_MEMBER_STATUSES: Final = frozenset(
    {"creator", "administrator", "member", "restricted", "left", "kicked"}
)
_PRESENT_STATUSES: Final = frozenset({"creator", "administrator", "member", "restricted"})


@dataclass(eq=False)
class SimChat:
    """A simulated chat: a private chat with one user, a group or a supergroup."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    user: SimUser | None = None
    privacy_mode: bool | None = None
    started: bool = True
    blocked: bool = False
    statuses: dict[int, str] = field(default_factory=dict)
    chat_instance: str = field(default_factory=lambda: str(secrets.randbits(62)))
    next_message_id: int = 1

    @property
    def is_group(self) -> bool:
        return self.type in ("group", "supergroup")

    def to_api(self) -> JSONDict:
        """The Bot API ``Chat`` object."""
        if self.type == "private":
            assert self.user is not None
            data: JSONDict = {"id": self.id, "first_name": self.user.first_name}
            if self.user.last_name:
                data["last_name"] = self.user.last_name
            if self.user.username:
                data["username"] = self.user.username
            data["type"] = "private"
            return data
        data = {"id": self.id, "title": self.title or "", "type": self.type}
        if self.username:
            data["username"] = self.username
        return data


@dataclass(frozen=True)
class MessageVersion:
    """An earlier state of a message the bot sent (kept in :attr:`SentMessage.edits`)."""

    text: str | None
    entities: list[JSONDict]
    caption: str | None
    reply_markup: JSONDict | None
    date: int


@dataclass(eq=False)
class SentMessage:
    """A message the bot sent, as the emulator stored it (current state plus edit history)."""

    chat_id: int
    message_id: int
    method: str
    date: int
    text: str | None = None
    entities: list[JSONDict] = field(default_factory=list)
    caption: str | None = None
    parse_mode: str | None = None
    reply_markup: JSONDict | None = None
    reply_to_message_id: int | None = None
    link_preview_options: JSONDict | None = None
    document: JSONDict | None = None
    photo: list[JSONDict] | None = None
    edits: list[MessageVersion] = field(default_factory=list)
    deleted: bool = False
    params: dict[str, str] = field(default_factory=dict)
    raw: JSONDict = field(default_factory=dict)
    sent_at: float = 0.0

    @property
    def inline_keyboard(self) -> list[list[JSONDict]]:
        """The rows of the current inline keyboard (empty without one)."""
        if not self.reply_markup:
            return []
        rows = self.reply_markup.get("inline_keyboard") or []
        return [list(row) for row in rows]

    @property
    def buttons(self) -> list[JSONDict]:
        """All inline buttons, row by row."""
        return [button for row in self.inline_keyboard for button in row]

    @property
    def callback_data(self) -> list[str]:
        """The ``callback_data`` of every inline button, in order."""
        return [b["callback_data"] for b in self.buttons if "callback_data" in b]

    @property
    def is_edited(self) -> bool:
        return bool(self.edits)


@dataclass(frozen=True)
class CallbackAnswer:
    """One ``answerCallbackQuery`` the bot made."""

    callback_query_id: str
    callback_data: str | None
    chat_id: int
    message_id: int
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None
    time: float


@dataclass
class ApiCall:
    """One HTTP request to the Bot API (recorded on arrival, completed with its status)."""

    method: str
    params: dict[str, str]
    files: list[str]
    time: float
    wall_time: float
    status: int | None = None
    description: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def chat_id(self) -> int | str | None:
        raw = self.params.get("chat_id")
        if raw is None:
            return None
        try:
            return int(raw)
        except ValueError:
            return raw


@dataclass(frozen=True)
class ChatAction:
    chat_id: int
    action: str
    time: float


@dataclass(frozen=True)
class LimitEvent:
    """An emulated flood-control rejection (429) and the rule that caused it."""

    method: str
    chat_id: int
    rule: str
    retry_after: int
    time: float


@dataclass(frozen=True)
class WebhookDelivery:
    """One POST of an update to the webhook, successful or not."""

    update_id: int
    url: str
    time: float
    status: int | None
    error: str | None
    secret_token: str | None


class CommandScopeKey(NamedTuple):
    """Key of :attr:`TelegramEmulator.commands`: a ``BotCommandScope`` plus language code."""

    scope: str = "default"
    chat_id: int | None = None
    user_id: int | None = None
    language_code: str = ""


@dataclass(eq=False)
class StoredFile:
    """A file the emulator knows (uploaded by the bot or sent by a simulated user)."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None = None
    mime_type: str | None = None


@dataclass
class _Fault:
    method: str  # lower-case method name, or "*"
    remaining: int
    kind: str  # "fail" | "drop"
    status: int = 429
    retry_after: int | None = None
    description: str | None = None
    after_processing: bool = False


@dataclass(eq=False)
class _QueueEntry:
    update: JSONDict
    forced: bool = False
    delivered: bool = False

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])


@dataclass
class _PendingQuery:
    data: str | None
    chat_id: int
    message_id: int
    created: float
    answered: bool = False


@dataclass(frozen=True)
class _Webhook:
    url: str
    secret_token: str | None
    max_connections: int
    has_custom_certificate: bool
    ip_address: str | None


@dataclass
class _Limits:
    per_chat_per_sec: float | None
    group_per_min: int | None
    global_per_sec: int | None
    methods: frozenset[str]


@dataclass(frozen=True)
class _Upload:
    filename: str | None
    content_type: str | None
    data: bytes


class _Described(NamedTuple):
    """A successful result that Telegram answers with a ``description`` as well."""

    result: Any
    description: str


_SEND_METHODS: Final = frozenset({"sendMessage", "sendDocument", "sendPhoto"})
_TOKEN_RE: Final = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
_LANGUAGE_RE: Final = re.compile(r"^[a-z]{2}$")
_COMMAND_RE: Final = re.compile(r"^[a-z0-9_]+$")
_SECRET_RE: Final = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_INLINE_BUTTON_KEYS: Final = (
    "text",
    "icon_custom_emoji_id",
    "style",
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_INLINE_BUTTON_ACTIONS: Final = frozenset(_INLINE_BUTTON_KEYS) - {
    "text",
    "icon_custom_emoji_id",
    "style",
}
_SERVICE_MESSAGE_KEYS: Final = frozenset(
    {
        "new_chat_members",
        "left_chat_member",
        "new_chat_title",
        "new_chat_photo",
        "delete_chat_photo",
        "group_chat_created",
        "supergroup_chat_created",
        "migrate_to_chat_id",
        "migrate_from_chat_id",
        "pinned_message",
    }
)
_LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "::1"})


@cache
def _real_bot_api_methods() -> frozenset[str]:
    """Lower-cased names of real Bot API methods, taken from PTB's camelCase aliases."""
    try:
        from telegram import Bot  # optional: only used to tell 404 from 501
    except ImportError:  # pragma: no cover - PTB is installed with the telegram extra
        return frozenset()
    names = set()
    for name in dir(Bot):
        if name[:1].islower() and name != name.lower() and callable(getattr(Bot, name, None)):
            names.add(name.lower())
    return frozenset(names)


def _clone(value: Any) -> Any:
    """A deep copy of JSON data (updates must not change when messages are edited later)."""
    return json.loads(json.dumps(value))


def _without_reply(message: JSONDict) -> JSONDict:
    """A message as it appears inside ``reply_to_message`` (Telegram nests only one level)."""
    copy = _clone(message)
    copy.pop("reply_to_message", None)
    return copy  # type: ignore[no-any-return]


class _Params:
    """Request parameters, all as strings like the Bot API server sees them, plus uploads."""

    def __init__(self, values: dict[str, str], files: dict[str, _Upload]) -> None:
        self.values = values
        self.files = files

    def __contains__(self, name: str) -> bool:
        return name in self.values or name in self.files

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def get_int(self, name: str, default: int | None = None) -> int | None:
        raw = self.values.get(name)
        if raw is None or raw == "":
            return default
        try:
            return int(raw)
        except ValueError:
            try:
                as_float = float(raw)
            except ValueError:
                raise _bad_request(f"invalid parameter {name} specified") from None
            return int(as_float)

    def get_float(self, name: str, default: float) -> float:
        raw = self.values.get(name)
        if raw is None or raw == "":
            return default
        try:
            return float(raw)
        except ValueError:
            raise _bad_request(f"invalid parameter {name} specified") from None

    def get_bool(self, name: str) -> bool:
        raw = self.values.get(name)
        return raw is not None and raw.strip().lower() in ("true", "1")

    def get_json(self, name: str, error: str) -> Any:
        raw = self.values.get(name)
        if raw is None or raw == "":
            return None
        try:
            return json.loads(raw)
        except ValueError:
            raise _bad_request(error) from None


def _retry_after(times: Sequence[float], limit: int, window: float, now: float) -> int | None:
    """Seconds until fewer than ``limit`` of ``times`` fall within the last ``window``."""
    recent = [t for t in times if t > now - window]
    if len(recent) < limit:
        return None
    blocking = recent[len(recent) - limit]
    return max(1, math.ceil(blocking + window - now))


# ---------------------------------------------------------------------------------------------
# The emulator
# ---------------------------------------------------------------------------------------------
