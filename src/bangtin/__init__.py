"""bangtin: the notice board. A static portal and fanpage posts built from directives in git."""

from __future__ import annotations

__version__ = "0.1.0"
