"""Pure domain code: enums, workflow rules, office settings, dates. No Qt, no SQLAlchemy."""
