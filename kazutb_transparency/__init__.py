"""The transparency-site generator, in layers: `buildsteps` → domains → `core`.

Domains, one package each: `organisation`, `processes`, `disclosures`, `surveys`, `privacy`.
`core` is the shared ground they stand on; `bench` measures builds. See guide/architecture.md.
"""
