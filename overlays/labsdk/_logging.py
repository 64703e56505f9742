"""Logging: every line the SDK's stack emits is redacted, and ``LABSDK_LOG=debug|info`` turns logging on.

The :class:`~labsdk._secrets.RedactingFilter` is put on the loggers of the stack (``labsdk``, ``httpx``, ``httpcore``
and its children) when labsdk is imported, whatever handlers the application has: a signed URL's signature, a
credential header, or any form of a client's key is ``***`` in the record itself. ``LABSDK_LOG`` (read at import,
or call :func:`setup_logging`) adds one stderr handler at that level (``debug`` also shows httpcore's wire events).
"""

from __future__ import annotations

import logging
import os

from ._secrets import STACK_LOGGERS, install_log_filter

__all__ = ["setup_logging"]

ENV_VAR = "LABSDK_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_HANDLER_NAME = "labsdk-env"


def setup_logging(level: str | None = None) -> logging.Handler | None:
    """Log the SDK's stack to stderr at ``level`` (``"debug"`` or ``"info"``; default: ``$LABSDK_LOG``), redacted.
    Returns the handler (one, shared by the stack's top loggers, however often called), or None when logging stays
    off."""
    install_log_filter()
    chosen = (level if level is not None else os.environ.get(ENV_VAR, "")).strip().lower()
    if chosen not in LEVELS:
        return None
    number = LEVELS[chosen]
    names = STACK_LOGGERS if number == logging.DEBUG else ("labsdk", "httpx")
    for name in names:
        target = logging.getLogger(name)
        target.setLevel(number)
        if "." not in name and _HANDLER not in target.handlers:  # children propagate to their parent's handler
            target.addHandler(_HANDLER)
    return _HANDLER


_HANDLER = logging.StreamHandler()
_HANDLER.set_name(_HANDLER_NAME)
_HANDLER.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
