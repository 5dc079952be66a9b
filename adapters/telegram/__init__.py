"""Verbonden on Telegram (python-telegram-bot). See docs/telegram.md."""

from adapters.telegram.adapter import DeliveryFailed, TelegramAdapter

__all__ = ["DeliveryFailed", "TelegramAdapter"]
