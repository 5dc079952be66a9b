"""The emulator's markup parsers: MarkdownV2, Markdown and HTML to text and entities, with
cases from TDLib's test/message_entities.cpp."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import aiohttp
import pytest
import telegram

from .emulator_testing import TOKEN
from .telegram_emulator import (
    EntityParseError,
    SimChat,
    SimUser,
    TelegramEmulator,
    parse_html,
    parse_markdown,
    parse_markdown_v2,
)

# --- the markup parsers (cases from TDLib's test/message_entities.cpp) ---------------------------


def _e(kind: str, offset: int, length: int, **extra: str) -> dict[str, Any]:
    return {"type": kind, "offset": offset, "length": length, **extra}


@pytest.mark.parametrize(
    ("markup", "error"),
    [
        ("🏟 🏟&lt;<abacaba", "Unclosed start tag at byte offset 13"),
        ("🏟 🏟&lt;<abac aba>", 'Unsupported start tag "abac" at byte offset 13'),
        ("🏟 🏟&lt;<i   =aba>", 'Empty attribute name in the tag "i" at byte offset 13'),
        ("🏟 🏟&lt;<i    aba>", 'Can\'t find end tag corresponding to start tag "i"'),
        ("🏟 🏟&lt;<i    aba  =  190azAz-.,", "Unexpected end of name token at byte offset 27"),
        ("🏟 🏟&lt;<b></b></", "Unexpected end tag at byte offset 20"),
        ("🏟 🏟&lt;<i>a</i   ", "Unclosed end tag at byte offset 17"),
        (
            "🏟 🏟&lt;<i>a</em   >",
            'Unmatched end tag at byte offset 17, expected "</i>", found "</em>"',
        ),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
    ],
)
def test_html_errors(markup: str, error: str) -> None:
    with pytest.raises(EntityParseError) as raised:
        parse_html(markup)
    assert str(raised.value) == error


@pytest.mark.parametrize(
    ("markup", "text", "entities"),
    [
        ("&ge;&lt;&gt;&amp;&quot;&#12345678;", '&ge;<>&"&#12345678;', []),
        (
            "🏟 🏟<i>🏟 &gt;<b aba   =   caba>&lt🏟</b></i>",
            "🏟 🏟🏟 ><🏟",
            [_e("italic", 5, 7), _e("bold", 9, 3)],
        ),
        (
            "<a>telegram.org</a>",
            "telegram.org",
            [_e("text_link", 0, 12, url="http://telegram.org/")],
        ),
        (
            '🏟 🏟&lt;<pre><code class="language-fift">🏟 🏟&lt;</></>',
            "🏟 🏟<🏟 🏟<",
            [_e("pre", 6, 6, language="fift")],
        ),
        (
            "<blockquote expandable>a&lt;<pre  >b;</></>",
            "a<b;",
            [_e("expandable_blockquote", 0, 4), _e("pre", 2, 2)],
        ),
    ],
)
def test_html_parsing(markup: str, text: str, entities: list[dict[str, Any]]) -> None:
    assert parse_html(markup) == (text, entities)


@pytest.mark.parametrize(
    ("markup", "error"),
    [
        ("🏟 🏟_abacaba", "Can't find end of Italic entity at byte offset 9"),
        ("🏟 🏟_abac * asd ", "Can't find end of Bold entity at byte offset 15"),
        ("🏟 🏟```a ", "Can't find end of PreCode entity at byte offset 9"),
        ("🏟 🏟_🏟 🏟__", "Can't find end of Underline entity at byte offset 19"),
        ("[telegram\\.org](asd", "Can't find end of a URL at byte offset 16"),
        ("🏟 🏟!", "Character '!' is reserved and must be escaped with the preceding '\\'"),
        (">*b\n>ld \n>bo\nld*\nasd\ndef", "Can't find end of Bold entity at byte offset 1"),
    ],
)
def test_markdown_v2_errors(markup: str, error: str) -> None:
    with pytest.raises(EntityParseError) as raised:
        parse_markdown_v2(markup)
    assert str(raised.value) == error


@pytest.mark.parametrize(
    ("markup", "text", "entities"),
    [
        ("🏟 \\.🏟_🏟\\. 🏟_", "🏟 .🏟🏟. 🏟", [_e("italic", 6, 6)]),
        ("🏟 🏟__🏟 _🏟_ __", "🏟 🏟🏟 🏟 ", [_e("underline", 5, 6), _e("italic", 8, 2)]),
        (
            "`_* *_`__*` `*__",
            "_* *_ ",
            [_e("code", 0, 5), _e("code", 5, 1), _e("bold", 5, 1), _e("underline", 5, 1)],
        ),
        ("[ ](as)", " ", []),
        (
            "[telegram\\.org](https://telegram.dog?)",
            "telegram.org",
            [_e("text_link", 0, 12, url="https://telegram.dog/?")],
        ),
        (
            ">*b\n>ld \n>bo\n>ld*\nasd\ndef",
            "b\nld \nbo\nld\nasd\ndef",
            [_e("blockquote", 0, 12), _e("bold", 0, 11)],
        ),
    ],
)
def test_markdown_v2_parsing(markup: str, text: str, entities: list[dict[str, Any]]) -> None:
    assert parse_markdown_v2(markup) == (text, entities)


def test_legacy_markdown() -> None:
    assert parse_markdown("*vet* _schuin_ [link](example.nl)") == (
        "vet schuin link",
        [_e("bold", 0, 3), _e("italic", 4, 6), _e("text_link", 11, 4, url="http://example.nl/")],
    )
    with pytest.raises(EntityParseError, match="starting at byte offset 0"):
        parse_markdown("*niet gesloten")


async def test_emulator_cleans_up_a_pending_long_poll() -> None:
    emulator = TelegramEmulator(token=TOKEN)
    await emulator.start()
    client = telegram.Bot(TOKEN, base_url=emulator.base_url)
    async with client:
        poll = asyncio.create_task(client.get_updates(timeout=30))
        await asyncio.sleep(0.2)
        started = time.monotonic()
        await emulator.close()
        assert await asyncio.wait_for(poll, 3) == ()  # answered at once, not after 30 s
        assert time.monotonic() - started < 2
    with pytest.raises(aiohttp.ClientConnectionError):
        async with aiohttp.ClientSession() as http:
            await http.get(f"{emulator.api_url}/getMe")


async def test_json_payloads_are_plain_json(
    emu: TelegramEmulator, anna: SimUser, chat: SimChat
) -> None:
    update_id = emu.send_text(anna, chat, "Hoi")
    assert update_id is not None
    assert json.loads(json.dumps(emu.update(update_id)))["message"]["text"] == "Hoi"
