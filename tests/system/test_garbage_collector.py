"""The API process under uvicorn freezes its start-up objects and collects young objects less often."""

from __future__ import annotations

import gc

from server.app import GC_THRESHOLDS, freeze_startup_objects


def test_the_served_app_freezes_its_start_up_objects_and_raises_the_young_threshold():
    before = gc.get_threshold()
    try:
        freeze_startup_objects()
        assert gc.get_threshold() == GC_THRESHOLDS
        assert gc.get_freeze_count() > 0
        assert GC_THRESHOLDS[0] > 700  # fewer young collections than CPython's default
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
