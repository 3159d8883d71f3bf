"""Dialogs of issue 4: assignment, on-scene command, warning notices, directory entries.

Each module exposes an ``open_…`` function that builds its dialog, opens it with ``open()``
(never ``exec()``: qasync) and returns it; the dialog reads and writes through the door.
"""
