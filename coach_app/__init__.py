"""Coach Companion: the coach's offline, encrypted desktop app."""

__version__ = "0.1.0"
