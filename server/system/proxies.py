"""The client's address: the socket's peer, unless that peer is a proxy named in TRUSTED_PROXIES.

A forwarded header is only as honest as whoever added its last entry. Each trusted
proxy appends the address it saw, so walking X-Forwarded-For from the right and
skipping trusted proxies stops at the first address no trusted party vouches for
beyond having seen it connect: that is the client. Anything further left was
written by the client itself and is ignored.
"""

from __future__ import annotations

from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network

Network = IPv4Network | IPv6Network


@lru_cache(maxsize=8)
def trusted_networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ip_network(entry, strict=False) for entry in entries)


def is_trusted(address: str, networks: tuple[Network, ...]) -> bool:
    if not networks:
        return False
    try:
        ip = ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def _hop_address(hop: str) -> str | None:
    """One X-Forwarded-For entry as a bare address; None when it is not an IP address."""
    hop = hop.strip()
    if hop.startswith("[") and "]" in hop:  # "[2001:db8::1]:443"
        hop = hop[1 : hop.index("]")]
    elif hop.count(":") == 1:  # "203.0.113.7:51234"
        hop = hop.partition(":")[0]
    try:
        return str(ip_address(hop))
    except ValueError:
        return None


def client_address(peer: str, forwarded_for: list[str], networks: tuple[Network, ...]) -> str:
    """The right-most address of (X-Forwarded-For…, peer) that is not a trusted proxy."""
    if not is_trusted(peer, networks):
        return peer
    hops = [hop for header in forwarded_for for hop in header.split(",") if hop.strip()]
    address = peer
    for hop in reversed(hops):
        hop_address = _hop_address(hop)
        if hop_address is None:
            # A trusted proxy passed on something that is no address: the last address we can vouch for wins.
            return address
        address = hop_address
        if not is_trusted(address, networks):
            return address
    return address  # every hop is a trusted proxy: the request started inside our own network
