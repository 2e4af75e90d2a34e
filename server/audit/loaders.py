"""Per-request DataLoaders of the audit domain."""

from __future__ import annotations

from strawberry.dataloader import DataLoader

from server.audit.service import target_names


def target_name_loader() -> DataLoader[tuple[str, str], str | None]:
    return DataLoader(load_fn=target_names)
