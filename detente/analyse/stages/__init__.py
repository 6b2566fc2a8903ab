"""Every analysis stage; importing this package registers them all (see ``registry.py``)."""

from . import sentences  # noqa: F401
