"""Administration: accounts, the audit trail, reference data, the office settings, the holiday calendar,
resetting a trial register.
"""
