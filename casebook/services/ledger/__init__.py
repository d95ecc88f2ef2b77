"""Ledgers (台账) coming in: headers and cell values read as the clerk wrote them, mappings remembered, rows
carried out through the workflow steps.
"""
