"""香花镇信访稳定值班台 — the duty-office console of Xianghua town's petition office.

The package is split in a Qt-free core (``domain``, ``store``, ``services``, ``exports``,
``cli``) and ``gui``, the only package that imports PySide6 or qasync.
"""

__version__ = "0.1.0"
