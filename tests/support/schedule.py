"""The order the suite runs in, for pytest-xdist's work stealing (``scripts/test`` runs
``-n 3 --dist worksteal``).

Worksteal hands worker k the k-th of n contiguous chunks of the collection (``len // n``
tests, then the rest split the same way) and an idle worker takes the tail half of the
longest queue: the head of each chunk never leaves its worker. Sorting the slow tests to
the front therefore put every one of them on the first worker, one after another, with the
first third of the collection (nearly all the integration tests) behind them. So:

* the heavy tests (``slow`` ones, weighed by their ``seconds``, and the tour walks) go to
  the chunks' heads, longest first, each to the worker with the least heavy time so far;
* the other tests follow module by module (a module's fixtures are made once), the test
  folders mixed in proportion, so each worker's chunk holds its share of each folder.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One collected test: its module's path and, for a heavy test, its expected seconds."""

    module: str
    weight: float = 0.0


def chunk_sizes(total: int, workers: int) -> list[int]:
    """The sizes of the chunks worksteal deals first (``WorkStealingScheduling``)."""
    sizes: list[int] = []
    left = total
    for k in range(workers):
        size = left // (workers - k)
        sizes.append(size)
        left -= size
    return sizes


def _folder(module: str) -> str:
    return module.rsplit("/", 1)[0]


def run_order(entries: list[Entry], workers: int) -> list[int]:
    """The indices of ``entries`` in the order to run them on ``workers`` workers."""
    workers = max(1, workers)
    heads: list[list[int]] = [[] for _ in range(workers)]
    load = [0.0] * workers
    heavy = sorted((i for i, e in enumerate(entries) if e.weight > 0),
                   key=lambda i: (-entries[i].weight, i))
    for i in heavy:
        k = min(range(workers), key=lambda w: (load[w], w))
        heads[k].append(i)
        load[k] += entries[i].weight

    modules: dict[str, list[int]] = {}
    for i, e in enumerate(entries):
        if e.weight <= 0:
            modules.setdefault(e.module, []).append(i)
    folders: dict[str, list[list[int]]] = {}
    for module, indices in modules.items():
        folders.setdefault(_folder(module), []).append(indices)
    totals = {f: sum(map(len, ms)) for f, ms in folders.items()}
    dealt = dict.fromkeys(folders, 0)
    light: list[int] = []
    while any(folders.values()):
        # the folder least far through its tests gives the next module
        folder = min((f for f, ms in folders.items() if ms),
                     key=lambda f: (dealt[f] / totals[f], f))
        tests = folders[folder].pop(0)
        light.extend(tests)
        dealt[folder] += len(tests)

    out: list[int] = []
    pos = 0
    for k, size in enumerate(chunk_sizes(len(entries), workers)):
        take = max(0, size - len(heads[k]))
        out += heads[k] + light[pos:pos + take]
        pos += take
    out += light[pos:]
    return out
