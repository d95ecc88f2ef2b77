"""Read models: lists, searches, views of a case, deadlines and pickers, as plain dataclasses."""
