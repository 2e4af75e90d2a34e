"""A test whose prerequisite is missing skips on a developer machine and fails under CI."""

import pytest

from tests.conftest import missing_prerequisite


@pytest.mark.parametrize("ci", ["true", "1", "TRUE"])
def test_a_missing_prerequisite_fails_under_ci(monkeypatch, ci):
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception, match="Chromium is not installed"):
        missing_prerequisite("Chromium is not installed")


@pytest.mark.parametrize("ci", [None, "", "false", "0"])
def test_a_missing_prerequisite_skips_outside_ci(monkeypatch, ci):
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception, match="Chromium is not installed"):
        missing_prerequisite("Chromium is not installed")
