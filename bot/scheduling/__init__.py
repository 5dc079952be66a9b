"""Daily prompts, promised follow-ups and group check-ins: a persistent scheduler.

Schedules are rows in the database (``bot/migrations/002_schedules.sql``), so they
survive restarts. The pure parts (Dutch times and days, prompt choice, check-in
commands) are used by the engine; :mod:`bot.scheduling.scheduler` finds due work
and starts bot-initiated turns through the runtime, paced by
:mod:`bot.scheduling.pacing`.
"""
