"""Dialogs and forms: the case editor and its steps, import preview, export, sign-in, pickers."""
