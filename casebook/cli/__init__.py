"""The command line: one module per command group; ``main`` parses and dispatches. No Qt is imported here unless
a command shows or renders something.
"""
