"""labsdk._reads: the network streams of the transports labsdk builds (the deadline on each read is tested with a
trickling server in ``_async/test_safety.py``; here, the size of each read)."""

from __future__ import annotations

import httpcore

from labsdk._reads import _MAX_READ, _Stream


class _Inner(httpcore.NetworkStream):
    """A stream whose reads give ``sizes`` bytes each (``None``: all that was asked), recording what was asked."""

    def __init__(self, sizes: list[int | None]) -> None:
        self.sizes = sizes
        self.asked: list[int] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.asked.append(max_bytes)
        size = self.sizes.pop(0)
        return b"x" * (max_bytes if size is None else size)


def test_a_body_that_keeps_coming_is_read_in_growing_reads_and_a_short_read_starts_over() -> None:
    asked = 64 * 1024
    inner = _Inner([None, None, None, None, 100, None, 0])
    stream = _Stream(inner)
    got = [len(stream.read(asked)) for _ in range(7)]
    assert inner.asked == [asked, 2 * asked, _MAX_READ, _MAX_READ, _MAX_READ, asked, 2 * asked]
    assert got == [asked, 2 * asked, _MAX_READ, _MAX_READ, 100, asked, 0]
    assert _MAX_READ == 256 * 1024


def test_a_read_asking_more_than_the_cap_gets_what_it_asked() -> None:
    inner = _Inner([None, None])
    stream = _Stream(inner)
    stream.read(1 << 20)
    stream.read(1 << 20)
    assert inner.asked == [1 << 20, 1 << 20]
