"""Excel workbooks: reading ledgers safely, importing them, and writing registers and reports."""
