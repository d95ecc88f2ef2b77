"""Item models: the paged table base and the models of the case list and the reference data."""
