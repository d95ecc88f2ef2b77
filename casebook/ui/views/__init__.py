"""The main window's views: dashboard, cases, supervision, deadlines, reference data, settings, accounts, audit
trail.
"""
