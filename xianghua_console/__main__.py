"""``python -m xianghua_console`` is the same as the ``xianghua-console`` command."""

from xianghua_console.cli import main

raise SystemExit(main())
