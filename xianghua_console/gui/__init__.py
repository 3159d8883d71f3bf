"""The desktop console: the only package that imports PySide6 or qasync.

Entry points: :func:`xianghua_console.gui.app.run_console` (the console) and
:func:`xianghua_console.gui.screenshot.render_views` (offscreen screenshots of the views).
Nothing is imported here, so that importing a submodule stays cheap.
"""
