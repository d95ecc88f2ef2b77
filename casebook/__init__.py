"""Casebook (代表议案建议办理台账): the register of deputies' motions and suggestions."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("casebook")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0.0.0"
