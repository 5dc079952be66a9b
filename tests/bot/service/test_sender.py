"""Pacing: as fast as a platform allows and never faster, in simulated time."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.messages import ConversationKey, Outbound, Reply
from bot.runtime.runtime import Delivery, Runtime
from bot.service.sender import Limits, Pacer, Sender, SimulatedTicker, retry_after
from bot.store.outbox import Pending

TELEGRAM = Limits.telegram(30.0, 1.0, 20)


def over_limit(stamps: Sequence[float], count: int, span: float) -> bool:
    """Whether more than ``count`` stamps fall in some window (t - span, t]."""
    recent: deque[float] = deque()
    for stamp in sorted(stamps):
        recent.append(stamp)
        while recent and recent[0] <= stamp - span:
            recent.popleft()
        if len(recent) > count:
            return True
    return False


@settings(max_examples=200, deadline=None)
@given(
    requests=st.lists(
        st.tuples(st.integers(0, 3), st.booleans(), st.sampled_from([0.0, 0.0, 0.1, 5.0, 30.0])),
        min_size=1,
        max_size=300,
    )
)
def test_the_pacer_never_exceeds_any_window(requests: list[tuple[int, bool, float]]) -> None:
    pacer = Pacer(TELEGRAM)
    now = 0.0
    overall: list[float] = []
    per_chat: dict[tuple[int, bool], list[float]] = defaultdict(list)
    for chat, group, pause in requests:
        now += pause / 10
        moment = pacer.earliest(str(chat) + ("g" if group else ""), group, now)
        assert moment >= now
        pacer.take(str(chat) + ("g" if group else ""), group, moment)
        overall.append(moment)
        per_chat[(chat, group)].append(moment)
    assert not over_limit(overall, 30, 1.0)
    for (_, group), stamps in per_chat.items():
        assert not (over_limit(stamps, 20, 60.0) if group else over_limit(stamps, 1, 1.0))


@dataclass
class Recorder:
    """A transport that stamps every send with the simulated time, and can refuse."""

    ticker: SimulatedTicker
    platform: str = "test"
    sends: list[tuple[float, str, str]] = field(default_factory=list)
    refuse: list[BaseException] = field(default_factory=list)
    keys: list[str | None] = field(default_factory=list)  # every attempt's send key

    async def deliver(
        self, chat_id: str, outbound: Sequence[Outbound], *, user_id: str, key: str | None = None
    ) -> None:
        self.keys.append(key)
        if self.refuse:
            raise self.refuse.pop(0)
        for item in outbound:
            assert isinstance(item, Reply)
            self.sends.append((self.ticker.now(), chat_id, item.text))

    async def is_admin(self, chat_id: str, user_id: str) -> bool:
        return False

    async def display_name(self, chat_id: str, user_id: str) -> str:
        return user_id


def _delivery(chat: str, *texts: str | Reply, turn: int = 1) -> Delivery:
    key = ConversationKey("test", chat, chat)
    replies = tuple(t if isinstance(t, Reply) else Reply(t) for t in texts)
    return Delivery(Pending(key, turn, replies))


async def test_a_full_group_does_not_hold_up_private_chats(runtime: Runtime) -> None:
    ticker = SimulatedTicker()
    transport = Recorder(ticker)
    sender = Sender("test", transport, runtime, TELEGRAM, ticker)
    for i in range(30):
        await sender.submit(_delivery("groep", f"g{i}", turn=i + 1), group=True)
    for i in range(200):
        # A question with buttons ends a chat message: two messages for each chat.
        question = Reply("hoi", ("ja", "nee"))
        await sender.submit(_delivery(f"p{i}", question, f"hoi {i} nog eens"), group=False)
    await sender.close()
    stamps = [s[0] for s in transport.sends]
    assert len(stamps) == 430 and sender.failed == 0
    assert not over_limit(stamps, 30, 1.0)
    group = [s for s in transport.sends if s[1] == "groep"]
    assert [s[2] for s in group] == [f"g{i}" for i in range(30)]  # in order
    assert not over_limit([s[0] for s in group], 20, 60.0)
    private_done = max(s[0] for s in transport.sends if s[1] != "groep")
    assert private_done < 20 < group[-1][0]  # 400 private messages did not wait a minute
    for i in range(200):
        mine = [s for s in transport.sends if s[1] == f"p{i}"]
        assert [s[2] for s in mine] == ["hoi", f"hoi {i} nog eens"]
        assert mine[1][0] - mine[0][0] >= 1.0  # one message a second in a private chat
    # As fast as allowed: 400 private messages at 30/s with a few group ones in between.
    assert private_done < 430 / 30 + 1


class TooMany(Exception):
    def __init__(self, seconds: float) -> None:
        super().__init__("flood control")
        self.retry_after = seconds


async def test_too_many_requests_pauses_the_platform(runtime: Runtime) -> None:
    ticker = SimulatedTicker()
    transport = Recorder(ticker, refuse=[TooMany(5.0)])
    sender = Sender("test", transport, runtime, TELEGRAM, ticker)
    for i in range(10):
        await sender.submit(_delivery(f"c{i}", "hoi"), group=False)
    await sender.close()
    stamps = sorted(s[0] for s in transport.sends)
    assert len(stamps) == 10 and sender.failed == 0
    assert stamps[0] >= 5.0  # the refused one and all after it waited as asked


async def test_a_message_that_keeps_failing_stays_in_the_outbox(runtime: Runtime) -> None:
    ticker = SimulatedTicker()
    transport = Recorder(ticker, refuse=[ConnectionError()] * 10)
    sender = Sender("test", transport, runtime, TELEGRAM, ticker)
    acked: list[Delivery] = []
    runtime.delivered = acked.append  # type: ignore[method-assign,assignment]
    await sender.submit(_delivery("c", "hoi"), group=False)
    await sender.close()
    assert sender.failed == 1 and not transport.sends and not acked


async def test_a_retried_message_keeps_its_send_key(runtime: Runtime) -> None:
    # Matrix derives the transaction id from it: a send that did arrive before its
    # answer was lost is not shown twice.
    ticker = SimulatedTicker()
    transport = Recorder(ticker, refuse=[ConnectionError()])
    sender = Sender("test", transport, runtime, TELEGRAM, ticker)
    await sender.submit(_delivery("c", "hoi"), group=False)
    await sender.submit(_delivery("d", "hoi"), group=False)
    await sender.close()
    to_c = [k for k in transport.keys if k and k.startswith("c|")]
    to_d = [k for k in transport.keys if k and k.startswith("d|")]
    assert len(to_c) == 2 and to_c[0] == to_c[1]  # the retry: the same key
    assert len(to_d) == 1 and to_d[0] != to_c[0]
    assert None not in transport.keys


async def test_a_turns_texts_are_paced_as_the_messages_people_see(runtime: Runtime) -> None:
    ticker = SimulatedTicker()
    transport = Recorder(ticker)
    sender = Sender("test", transport, runtime, TELEGRAM, ticker)
    draft = Reply("Hoi Sanne, hoe gaat het?", apart=True)
    await sender.submit(_delivery("c", "Goedemorgen.", "Hoe gaat het vandaag?"), group=False)
    await sender.submit(_delivery("d", "Je berichtje:", draft, "Succes!"), group=False)
    await sender.close()
    assert sender.sent == 4 and sender.failed == 0
    assert [(chat, text) for _, chat, text in transport.sends] == [
        ("c", "Goedemorgen.\n\nHoe gaat het vandaag?"),
        ("d", "Je berichtje:"),
        ("d", "Hoi Sanne, hoe gaat het?"),
        ("d", "Succes!"),
    ]
    stamps = [at for at, chat, _ in transport.sends if chat == "d"]
    assert stamps[1] - stamps[0] >= 1.0 and stamps[2] - stamps[1] >= 1.0


def test_retry_after_in_every_form() -> None:
    from datetime import timedelta

    class Ms(Exception):
        retry_after_ms = 1500

    assert retry_after(TooMany(3)) == 3.0
    assert retry_after(TooMany(timedelta(seconds=2))) == 2.0  # type: ignore[arg-type]
    assert retry_after(Ms()) == 1.5
    assert retry_after(ValueError()) is None
