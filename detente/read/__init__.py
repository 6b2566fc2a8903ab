"""Reading: files, folders, .txt/.html/.jsonl -> article records with clean text and metadata."""

from .errors import InputError
from .files import DEFAULT_MAX_BYTES, read_file, read_paths
from .html import read_html
from .text import read_text

__all__ = ["DEFAULT_MAX_BYTES", "InputError", "read_file", "read_html", "read_paths", "read_text"]
