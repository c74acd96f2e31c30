"""The transparency-site generator, in layers: `buildsteps` → domains → `core`.

Domains, one package each: `organisation`, `processes`, `disclosures`, `surveys`, `privacy`.
`core` is the shared ground they stand on; `bench` measures builds. See guide/architecture.md.
"""

import os

# No step does linear algebra, yet numpy's and scipy's OpenBLAS each start a thread per core
# on import, whose start-up spin cost 0.05–0.1 CPU s in every process that imports them (the
# survey engine, the build and its workers). One thread unless the environment says otherwise;
# set before any module of the package can import numpy.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
