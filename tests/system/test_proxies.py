"""The client address: the socket's peer unless that peer is a trusted proxy."""

import pytest
from pydantic import ValidationError

from server.settings import Settings
from server.system.proxies import client_address, trusted_networks

PROXY = trusted_networks(("10.0.0.2", "192.168.7.0/24", "2001:db8:ff::/48"))


def test_with_no_trusted_proxy_the_peer_is_the_client_whatever_the_header_says():
    assert client_address("127.0.0.1", ["198.51.100.9"], trusted_networks(())) == "127.0.0.1"


def test_an_untrusted_peer_cannot_forward_for_anyone():
    assert client_address("203.0.113.7", ["198.51.100.9, 10.0.0.2"], PROXY) == "203.0.113.7"


def test_from_a_trusted_proxy_the_right_most_untrusted_address_is_the_client():
    # The client wrote "1.1.1.1" itself; the proxies appended what they saw.
    assert client_address("10.0.0.2", ["1.1.1.1, 198.51.100.9, 192.168.7.5"], PROXY) == "198.51.100.9"
    assert (
        client_address("10.0.0.2", ["1.1.1.1", "198.51.100.9"], PROXY) == "198.51.100.9"
    )  # two headers read as one list


def test_ports_and_ipv6_entries_are_understood():
    assert client_address("10.0.0.2", ["198.51.100.9:51234"], PROXY) == "198.51.100.9"
    assert client_address("10.0.0.2", ["[2001:db8::7]:443"], PROXY) == "2001:db8::7"
    assert client_address("2001:db8:ff::1", ["2001:db8::7, 2001:db8:ff::3"], PROXY) == "2001:db8::7"


def test_a_trusted_proxy_without_a_header_or_with_only_proxies_in_it_is_itself_the_client():
    assert client_address("10.0.0.2", [], PROXY) == "10.0.0.2"
    assert client_address("10.0.0.2", ["192.168.7.5"], PROXY) == "192.168.7.5"


def test_garbage_in_the_header_never_becomes_the_client_address():
    assert client_address("10.0.0.2", ["1.1.1.1, not-an-ip"], PROXY) == "10.0.0.2"
    assert client_address("10.0.0.2", ["not-an-ip, 192.168.7.5"], PROXY) == "192.168.7.5"


def test_trusted_proxies_are_read_from_a_comma_separated_setting_and_typos_refused():
    settings = Settings(_env_file=None, trusted_proxies="10.0.0.2, 192.168.7.0/24")
    assert settings.trusted_proxies == ["10.0.0.2", "192.168.7.0/24"]
    assert Settings(_env_file=None).trusted_proxies == []
    with pytest.raises(ValidationError):
        Settings(_env_file=None, trusted_proxies="10.0.0.300")
