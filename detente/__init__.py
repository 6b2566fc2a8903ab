"""detente: news about international relations in, traceable event data out."""

__version__ = "0.1.0"
