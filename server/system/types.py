from __future__ import annotations

import strawberry


@strawberry.type(description="What the web app shows everyone, signed in or not.")
class SystemStatus:
    lockdown: bool = strawberry.field(description="Logins and tokens are refused (emergency lockdown).")
    message: str | None = strawberry.field(description="The maintenance notice to show while locked down.")
