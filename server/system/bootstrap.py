"""First-run setup: the default tenant and the admin user. Safe to run again."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from tortoise.transactions import in_transaction

from server.audit.service import record
from server.auth import passwords
from server.auth.models import User
from server.auth.scope import RequestMeta
from server.settings import Settings
from server.tenants import service as tenants
from server.tenants.models import Tenant


@dataclass
class BootstrapResult:
    tenant_created: bool = False
    admin_created: bool = False
    admin_username: str = ""
    generated_password: str | None = None
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"tenant: {'created' if self.tenant_created else 'exists'}",
            f"admin user {self.admin_username!r}: {'created' if self.admin_created else 'exists'}",
        ]
        if self.generated_password:
            out.append(f"admin password (shown once, store it now): {self.generated_password}")
        return out + self.notes


async def bootstrap(settings: Settings) -> BootstrapResult:
    result = BootstrapResult(admin_username=settings.admin_username.lower())
    meta = RequestMeta(user_agent="bootstrap")
    async with in_transaction():
        tenant = await Tenant.filter(name=settings.default_tenant_name).order_by("created_at").first()
        if tenant is None:
            tenant = await tenants.create_tenant(settings.default_tenant_name)
            result.tenant_created = True
        admin = await User.get_or_none(username=result.admin_username)
        if admin is None:
            if settings.admin_password is not None:
                password = settings.admin_password.get_secret_value()
            else:
                password = secrets.token_urlsafe(15)
                result.generated_password = password
            admin = await User.create(
                username=result.admin_username,
                email=settings.admin_email.lower(),
                password_hash=passwords.hash_password(password),
                is_staff=True,
                is_superuser=True,
            )
            await tenants.create_profile(admin, tenant)
            result.admin_created = True
            await record(
                "system.bootstrap",
                actor=admin,
                meta=meta,
                target_type="user",
                target_id=admin.id,
                tenant_id=tenant.id,
                after={"username": admin.username, "tenant": tenant.name},
            )
    return result
