"""The emulator's fixtures, for the tests in this folder."""

from .emulator_testing import anna, bot, chat, emu  # noqa: F401  (fixtures)
