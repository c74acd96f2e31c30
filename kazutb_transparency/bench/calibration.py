"""A fixed pure-Python CPU loop, timed before and after the benchmark's pairs of builds.

The loop does the same work on every run, so its CPU seconds say how fast a core of this
machine is, and its wall seconds against its CPU seconds how much of a core the benchmark
got: on an idle machine they are about equal; on a machine shared with other work the wall
time grows while the CPU time does not. Timed before and after the pairs, it shows whether
the load changed while they ran. It runs in a child process (os.wait4: that process's own
CPU), like the builds it stands beside.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass

ROUNDS = 3_000_000  # about half a second of one core of a current server

# Integer arithmetic and a small dict: the interpreter's work, no allocation to speak of.
LOOP = """
import sys
total, seen = 0, {}
for i in range(int(sys.argv[1])):
    total = (total * 31 + i) % 1_000_003
    seen[i & 255] = total
"""


@dataclass(frozen=True)
class Calibration:
    wall_s: float
    cpu_s: float

    @property
    def share(self) -> float | None:
        """CPU / wall: the part of a core the loop had (1.0 on an idle machine)."""
        return round(self.cpu_s / self.wall_s, 2) if self.wall_s else None

    def summary(self) -> dict[str, float | None]:
        return asdict(self) | {"share": self.share}


def calibrate(rounds: int = ROUNDS) -> Calibration:
    """Run the loop once in a child process; its wall and CPU seconds."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", LOOP, str(rounds)])
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        raise RuntimeError("the calibration loop failed")
    return Calibration(round(wall, 2), round(usage.ru_utime + usage.ru_stime, 2))
