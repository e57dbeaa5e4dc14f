"""The C heap is trimmed once the last background job is delivered (issue 14)."""

from __future__ import annotations

import sys

import pytest

from kapjournal.ui.common import workers


def test_trim_runs_when_the_last_job_is_delivered(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    trims: list[int] = []
    monkeypatch.setattr(workers, "_trim", lambda: trims.append(len(workers.Task._active)))
    results: list[object] = []
    first = workers.run_task(lambda: 1, results.append)
    second = workers.run_task(lambda: 2, results.append)
    qtbot.waitUntil(lambda: len(results) == 2)
    assert sorted(results) == [1, 2]  # type: ignore[type-var]
    assert trims and trims[-1] == 0  # after the last one, with nothing left running
    assert len(trims) <= 2 and first is not second


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_glibc_trim_is_found() -> None:
    trim = workers._find_trim()
    assert trim() in (0, 1)  # malloc_trim's own answer, not the no-op's None
