import pytest
from pydantic import SecretStr

from server.settings import InsecureConfiguration, Settings


def prod(**overrides) -> Settings:
    base = dict(
        _env_file=None,
        environment="production",
        secret_key=SecretStr("s" * 40),
        debug=False,
        database_url="postgres://db/app",
        redis_url="redis://cache:6379/0",
        public_url="https://app.example",
    )
    return Settings(**{**base, **overrides})


def test_a_secure_production_configuration_starts():
    prod().check_production_safety()


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"secret_key": None}, "SECRET_KEY"),
        ({"secret_key": SecretStr("short")}, "SECRET_KEY"),
        ({"debug": True}, "DEBUG"),
        ({"admin_password": SecretStr("admin")}, "ADMIN_PASSWORD"),
        ({"database_url": None}, "DATABASE_URL"),
        ({"redis_url": None}, "REDIS_URL"),
        ({"public_url": "http://app.example"}, "PUBLIC_URL"),
    ],
)
def test_production_refuses_an_insecure_configuration(overrides, problem):
    with pytest.raises(InsecureConfiguration, match=problem):
        prod(**overrides).check_production_safety()


def test_development_has_no_such_demands():
    Settings(_env_file=None, environment="development").check_production_safety()


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("ALLOWED_ORIGINS", "https://a.example, https://b.example")
    monkeypatch.setenv("RATE_LIMIT_LOGIN_PER_IP", "7")
    s = Settings(_env_file=None)
    assert s.allowed_origins == ["https://a.example", "https://b.example"]
    assert s.rate_limit_login_per_ip == 7


def test_local_runs_keep_one_signing_key_in_the_data_dir(tmp_path):
    from server.system.engines import local_secret_key

    first = local_secret_key(tmp_path)
    assert len(first) >= 48 and local_secret_key(tmp_path) == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600
