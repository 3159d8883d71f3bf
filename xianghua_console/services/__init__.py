"""Use cases that the GUI and the CLI both call. Each returns plain frozen dataclasses, so
nothing handed back holds a session or lazy-loads across threads."""
