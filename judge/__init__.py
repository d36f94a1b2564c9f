"""judge: a sandboxed coding-practice judge service."""

__version__ = "0.1.0"
