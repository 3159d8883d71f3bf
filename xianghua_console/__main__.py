"""``python -m xianghua_console`` is the same as the ``xianghua-console`` command.

It is also the script of both frozen programs (build.spec): the windowed ``xianghua-console``
and the console ``xianghua-cli``.
"""

import os
import sys


def attach_missing_streams() -> None:
    """Give a windowed program the standard streams it lacks.

    PyInstaller's ``console=False`` on Windows (like ``pythonw``) starts Python with
    ``sys.stdin``, ``sys.stdout`` and ``sys.stderr`` set to None. ``print`` and argparse let
    that pass, but ``stream.write``, ``isatty()``, ``faulthandler.enable()`` or a logging
    handler made on the None do not: the missing ones read and write the null device instead,
    so nothing crashes and nothing is shown (the window says what the officer must know, and
    ``xianghua-cli`` is the program whose output can be read).
    """
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            # Left open: it serves until the process ends.
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))


def run() -> int:
    """The entry point: streams first, then the command line (whose imports may print)."""
    attach_missing_streams()
    from xianghua_console.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
