"""Open data of the domains, until each moves into its own package (datasets.py)."""
