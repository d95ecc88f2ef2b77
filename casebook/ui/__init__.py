"""The PySide6 client. Qt is imported only below this package."""
