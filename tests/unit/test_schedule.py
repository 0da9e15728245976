"""The suite's run order (tests/support/schedule.py): under pytest-xdist's work stealing
each worker's first chunk starts with its share of the heavy tests and holds its share of
every test folder; every test runs exactly once."""

from __future__ import annotations

from tests.support.schedule import Entry, chunk_sizes, run_order


def _suite() -> list[Entry]:
    entries = [Entry("tests/integration/test_crash.py", 120) for _ in range(2)]
    entries += [Entry(f"tests/integration/test_i{m}.py") for m in range(20) for _ in range(10)]
    entries += [Entry("tests/integration/test_deploy.py", 30) for _ in range(6)]
    entries += [Entry(f"tests/ui/test_u{m}.py") for m in range(10) for _ in range(8)]
    entries += [Entry("tests/ui/test_tour.py", 50) for _ in range(3)]
    entries += [Entry(f"tests/unit/test_n{m}.py") for m in range(40) for _ in range(6)]
    return entries


def test_chunk_sizes_are_worksteals() -> None:
    assert chunk_sizes(995, 3) == [331, 332, 332]
    assert chunk_sizes(10, 4) == [2, 2, 3, 3]
    assert sum(chunk_sizes(7, 1)) == 7


def test_each_worker_starts_with_its_share_of_the_heavy_tests() -> None:
    entries = _suite()
    order = run_order(entries, 3)
    assert sorted(order) == list(range(len(entries)))  # a permutation: nothing lost or twice
    chunks, start = [], 0
    for size in chunk_sizes(len(entries), 3):
        chunks.append(order[start:start + size])
        start += size
    heavy_time = []
    for chunk in chunks:
        weights = [entries[i].weight for i in chunk]
        heavy = [w for w in weights if w > 0]
        assert weights[:len(heavy)] == heavy  # the heavy ones first in the chunk
        heavy_time.append(sum(heavy))
    # 420 s of heavy tests over three workers: none carries more than its longest test over
    # a third (the old order put all of it on the first worker)
    assert max(heavy_time) <= 420 / 3 + 120
    assert min(heavy_time) > 0
    # the two 120 s crash tests are not on the same worker
    assert sum(entries[i].weight == 120 for i in chunks[0]) <= 1


def test_each_worker_gets_its_share_of_every_folder_and_modules_stay_whole() -> None:
    entries = _suite()
    order = run_order(entries, 3)
    light = [i for i in order if entries[i].weight == 0]
    sizes = chunk_sizes(len(light), 3)
    start = 0
    for size in sizes:
        part = light[start:start + size]
        start += size
        for folder, total in (("integration", 200), ("ui", 80), ("unit", 240)):
            share = sum(f"tests/{folder}/" in entries[i].module for i in part) / total
            assert 0.2 < share < 0.5, (folder, share)
    # a module's tests run one after another (its module-scoped fixtures are made once)
    seen: list[str] = []
    for i in light:
        module = entries[i].module
        if not seen or seen[-1] != module:
            assert module not in seen, module
            seen.append(module)


def test_one_worker_runs_the_heavy_tests_first() -> None:
    entries = _suite()
    order = run_order(entries, 1)
    weights = [entries[i].weight for i in order]
    heavy = [w for w in weights if w > 0]
    assert weights[:len(heavy)] == sorted(heavy, reverse=True)
