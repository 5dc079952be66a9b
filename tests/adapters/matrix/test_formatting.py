"""Outgoing message contents: plain body and HTML agree, text is escaped."""

from __future__ import annotations

import pytest

from adapters.matrix.formatting import (
    HTML,
    KEYCAPS,
    file_content,
    keycap_number,
    reply_content,
    text_content,
)
from bot.core.messages import Reply


def test_numbered_choices_in_body_and_html() -> None:
    content = reply_content(Reply("Waar wil je het over hebben?", ("Eenzaam", "Rust")))
    assert content["msgtype"] == "m.text"
    assert content["body"] == "Waar wil je het over hebben?\n\n1. Eenzaam\n2. Rust"
    assert content["format"] == HTML
    assert content["formatted_body"] == (
        "<p>Waar wil je het over hebben?</p><ol><li>Eenzaam</li><li>Rust</li></ol>"
    )


def test_unnumbered_choices_use_bullets() -> None:
    content = reply_content(
        Reply("Hoe voel je je, van 0 tot 10?", ("0", "5", "10"), numbered=False)
    )
    assert content["body"].endswith("\n\n• 0\n• 5\n• 10")
    assert "<ul><li>0</li><li>5</li><li>10</li></ul>" in content["formatted_body"]
    assert "<ol>" not in content["formatted_body"]


def test_everything_is_html_escaped() -> None:
    content = reply_content(Reply("<b>Hoi</b> & 'zo'", ("<script>",)))
    html = content["formatted_body"]
    assert "<b>" not in html and "<script>" not in html
    assert "&lt;b&gt;Hoi&lt;/b&gt; &amp; &#x27;zo&#x27;" in html
    assert "<li>&lt;script&gt;</li>" in html
    assert content["body"].startswith("<b>Hoi</b> & 'zo'")  # the plain body stays plain


def test_lines_and_paragraphs() -> None:
    content = text_content("Bel 113:\n0800-0113\n\nOf 112.")
    assert content["body"] == "Bel 113:\n0800-0113\n\nOf 112."
    assert content["formatted_body"] == "<p>Bel 113:<br>0800-0113</p><p>Of 112.</p>"


def test_file_content_plain_and_encrypted() -> None:
    plain = file_content("data.json", 12, "application/json", "mxc://hs/abc", None)
    assert plain["url"] == "mxc://hs/abc" and "file" not in plain
    assert plain["info"] == {"size": 12, "mimetype": "application/json"}
    keys = {"key": {"k": "x"}, "iv": "y", "hashes": {"sha256": "z"}, "v": "v2"}
    encrypted = file_content("data.json", 12, "application/json", "mxc://hs/abc", keys)
    assert "url" not in encrypted
    assert encrypted["file"] == {**keys, "url": "mxc://hs/abc"}


@pytest.mark.parametrize(
    ("key", "number"),
    [("1\ufe0f\u20e3", 1), ("1\u20e3", 1), ("9\ufe0f\u20e3", 9), ("\U0001f51f", 10)],
)
def test_keycaps(key: str, number: int) -> None:
    assert keycap_number(key) == number
    assert keycap_number(KEYCAPS[number - 1]) == number


@pytest.mark.parametrize("key", ["👍", "1", "0\ufe0f\u20e3", "", "❤️"])
def test_other_reactions_are_not_choices(key: str) -> None:
    assert keycap_number(key) is None
