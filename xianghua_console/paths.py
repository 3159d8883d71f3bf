"""Where the console's files are: shipped resources and the user's data directory."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "xianghua-console"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder, from a checkout, an editable install or a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def ui_dir() -> Path:
    """The Qt Designer ``ui/`` folder (loaded at run time by QUiLoader, never compiled)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "ui"
    return Path(__file__).resolve().parent.parent / "ui"


def user_data_dir() -> Path:
    """The platform's per-user data directory for the console (created on demand)."""
    from platformdirs import user_data_dir as _user_data_dir

    path = Path(_user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
