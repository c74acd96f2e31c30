"""The build steps that assemble the domains into a site: load and check everything
(`site.py`), generate pages (`generate.py`), run the build (`pipeline.py`), publish
(`publish.py`) and the personal-data gate (`gate.py`). Only here may the domains meet:
`domains.py` lists what each one contributes. It uses `core` and the domains.
"""
