"""Optional tqdm progress bars (tqdm is imported only when a bar is asked for)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Never

if TYPE_CHECKING:
    from tqdm.std import tqdm

__all__ = ["make_bar"]


def make_bar(*, desc: str, total: float | None, unit: str = "it", unit_scale: bool = False) -> tqdm[Never]:
    try:
        from tqdm.auto import tqdm as tqdm_auto
    except ImportError as exc:
        raise ImportError(
            "progress=True needs tqdm: pip install 'labsdk-monorepo[progress]' (or pip install tqdm)"
        ) from exc
    return tqdm_auto(desc=desc, total=total, unit=unit, unit_scale=unit_scale, leave=True)
