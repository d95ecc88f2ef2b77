"""Work off the GUI thread: workers with progress, and the File menu's long jobs."""
