"""What the bot sends: Matrix message contents built from the engine's replies.

Every text goes out twice: a plain ``body`` (for clients without HTML and for
notifications) and an ``org.matrix.custom.html`` ``formatted_body``. Choices
become a numbered list ("1. Ja") so a person can answer with the number, the
label, free text or a keycap reaction (1️⃣, 2️⃣, …). All text is HTML-escaped.
"""

from __future__ import annotations

from html import escape
from typing import Any

from bot.core.messages import Reply

HTML = "org.matrix.custom.html"

# Keycap emoji for reactions, 1️⃣ … 🔟. Clients differ in sending the variation
# selector (U+FE0F), so it is ignored when reading a reaction.
KEYCAPS = (*(f"{n}\ufe0f\u20e3" for n in range(1, 10)), "\U0001f51f")


def _html_text(text: str) -> str:
    """Paragraphs (blank lines) and line breaks of a plain text, escaped."""
    paragraphs = [p for p in text.strip("\n").split("\n\n") if p.strip()]
    return "".join(
        "<p>" + "<br>".join(escape(line) for line in p.split("\n")) + "</p>" for p in paragraphs
    )


def text_content(text: str, *, msgtype: str = "m.text") -> dict[str, Any]:
    """A plain message with the same text as HTML."""
    return {"msgtype": msgtype, "body": text, "format": HTML, "formatted_body": _html_text(text)}


def reply_content(reply: Reply) -> dict[str, Any]:
    """One ``m.room.message`` for a reply: its text, then its choices as a list."""
    if not reply.choices:
        return text_content(reply.text)
    if reply.numbered:
        lines = [f"{n}. {label}" for n, label in enumerate(reply.choices, start=1)]
        tag = "ol"
    else:
        lines = [f"• {label}" for label in reply.choices]
        tag = "ul"
    items = "".join(f"<li>{escape(label)}</li>" for label in reply.choices)
    body = reply.text.rstrip("\n") + "\n\n" + "\n".join(lines) if reply.text else "\n".join(lines)
    return {
        "msgtype": "m.text",
        "body": body,
        "format": HTML,
        "formatted_body": f"{_html_text(reply.text)}<{tag}>{items}</{tag}>",
    }


def file_content(
    filename: str, size: int, mimetype: str, url: str, encrypted_file: dict[str, Any] | None
) -> dict[str, Any]:
    """An ``m.file`` message; in encrypted rooms the url lives inside ``file``."""
    content: dict[str, Any] = {
        "msgtype": "m.file",
        "body": filename,
        "filename": filename,
        "info": {"size": size, "mimetype": mimetype},
    }
    if encrypted_file is not None:
        content["file"] = {**encrypted_file, "url": url}
    else:
        content["url"] = url
    return content


def image_content(
    filename: str,
    caption: str,
    info: dict[str, Any],
    url: str,
    encrypted_file: dict[str, Any] | None,
) -> dict[str, Any]:
    """An ``m.image`` with a caption: since Matrix 1.10 a ``body`` that differs from
    ``filename`` is the caption, and clients also read it out as the image's alt text."""
    content: dict[str, Any] = {
        "msgtype": "m.image",
        "body": caption or filename,
        "filename": filename,
        "info": info,
    }
    if encrypted_file is not None:
        content["file"] = {**encrypted_file, "url": url}
    else:
        content["url"] = url
    return content


def keycap_number(key: str) -> int | None:
    """1 for "1️⃣" (with or without U+FE0F), …, 10 for "🔟"; None for other reactions."""
    plain = key.replace("\ufe0f", "").strip()
    for n, keycap in enumerate(KEYCAPS, start=1):
        if plain == keycap.replace("\ufe0f", ""):
            return n
    return None
