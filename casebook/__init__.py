"""Casebook (代表议案建议办理台账): the register of deputies' motions and suggestions."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``casebook.__version__``: the installed version, read when first asked for (the About box,
    ``casebook --version``), not by every start: importlib.metadata takes ~16 ms before the window's
    first frame."""
    if name != "__version__":
        raise AttributeError(f"module 'casebook' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("casebook")
    except PackageNotFoundError:  # a source tree that was never installed
        found = "0.0.0"
    globals()["__version__"] = found
    return found
