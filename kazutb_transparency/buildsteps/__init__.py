"""The build steps that assemble the domains into a site: load and check everything
(`site.py`), generate pages (`generate.py`), run the build (`pipeline.py`), publish
(`publish.py`), the personal-data gate (`gate.py`), the link check and the live preview.
Only here do the domains meet: `domains.py` lists what each one contributes.
It uses `core` and the domains; nothing below imports it.
"""
