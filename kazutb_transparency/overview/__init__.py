"""The site as a whole, for a visitor: the home page at a glance and what changed.

Views across the other domains (disclosures, processes, surveys): it reads their models
and links to their pages; it owns no data of its own. May use core and the domains it
summarises; the build steps list it in buildsteps/domains.py.
"""
