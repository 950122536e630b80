"""Logging to a rotating file in the data folder.

Log records carry ids and event names only: never names, notes, passphrases or keys. Handlers
are installed by the composition root, never at import time.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def configure_logging(log_dir: Path | None, *, level: int = logging.INFO) -> None:
    root = logging.getLogger("coach_app")
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    if log_dir is None:
        root.addHandler(logging.NullHandler())
        return
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "coach-app.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)


def close_logging() -> None:
    root = logging.getLogger("coach_app")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
