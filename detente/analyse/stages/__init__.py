"""Every analysis stage; importing this package registers them all (see ``registry.py``)."""

from . import (
    actors,  # noqa: F401
    amounts,  # noqa: F401
    dates,  # noqa: F401
    events,  # noqa: F401
    places,  # noqa: F401
    quotes,  # noqa: F401
    sentences,  # noqa: F401
    tone,  # noqa: F401
)
