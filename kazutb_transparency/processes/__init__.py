"""The process registry of the quality management system: the 22 process cards and the map
document (models, loading, checks), their pages (`pages/`) and open data (`datasets.py`).
It uses `core` and `organisation` (who owns and manages each process).
"""

from kazutb_transparency.processes.loading import Registry, load_registry

__all__ = ["Registry", "load_registry"]
