from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "tenant" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "user" (
    "id" UUID NOT NULL PRIMARY KEY,
    "username" VARCHAR(150) NOT NULL UNIQUE,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "full_name" VARCHAR(200) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "is_active" BOOL NOT NULL,
    "is_staff" BOOL NOT NULL,
    "is_superuser" BOOL NOT NULL,
    "last_login" TIMESTAMPTZ,
    "date_joined" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "profile" (
    "id" UUID NOT NULL PRIMARY KEY,
    "settings" JSONB NOT NULL,
    "notes" TEXT NOT NULL,
    "stripe_customer_id" VARCHAR(255),
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" UUID NOT NULL REFERENCES "tenant" ("id") ON DELETE RESTRICT,
    "user_id" UUID NOT NULL UNIQUE REFERENCES "user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "profile" IS 'Binds a user to the tenant whose data they work in.';
CREATE TABLE IF NOT EXISTS "api_token" (
    "id" UUID NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "prefix" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "user_id" UUID NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_api_token_revoked_db383a" ON "api_token" ("revoked_at");
COMMENT ON TABLE "api_token" IS 'A bearer secret, stored only as its SHA-256. Browser sessions are tokens too.';
CREATE TABLE IF NOT EXISTS "invite_passkey" (
    "id" UUID NOT NULL PRIMARY KEY,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "prefix" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "notes" TEXT NOT NULL,
    "created_by_id" UUID REFERENCES "user" ("id") ON DELETE SET NULL,
    "used_by_id" UUID REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_invite_pass_expires_55a620" ON "invite_passkey" ("expires_at");
COMMENT ON TABLE "invite_passkey" IS 'An invite to sign up. Only the hash of the raw key is stored.';
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" UUID NOT NULL PRIMARY KEY,
    "actor_username" VARCHAR(150) NOT NULL,
    "event_type" VARCHAR(64) NOT NULL,
    "target_type" VARCHAR(64) NOT NULL,
    "target_id" VARCHAR(64) NOT NULL,
    "tenant_id" UUID,
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(400) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "message" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "actor_id" UUID REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_event_t_6145ae" ON "audit_event" ("event_type", "created_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_i_5596e7" ON "audit_event" ("actor_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_created_a87696" ON "audit_event" ("created_at");
COMMENT ON TABLE "audit_event" IS 'An append-only record of who did what to whom, written with the change it records.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXWtv2zYU/SuEPnVAGiSukxbDMMBO3NVrYgeJsxUtBoG2aJuLTKoiFcfo8t9H0pL1li"
    "0/ZVVfkpjkpehz+Lg8vGJ+aBNqIJOd3tl0iE2k/Qp+aARO5B/RrBOgQcvyM2QCh31lpFmB"
    "Qn3GbTjgInkITYZEkoHYwMYWx5TIwk1MDAYgcBiyAaeAjxHgiEDCwXRMGQIG5FCmzsCU2k"
    "8Ak1NZsUEHomZMRhvU4RD83UE6pyMk8mxR07d/RLKoDL0g5n20nvQhRqYRggMbsgKVrvOZ"
    "pdIeH9vXH1VJ2b6+PqCmMyF+aWvGx5QsijsONk6ljcwbIYJsyJERAIo4pulC6iXNWywSuO"
    "2gRVMNP8FAQ+iYEm7tt6FDBhJloJ4kf9R/d5sWKKbrnW5Pf2j1dF2LsSObEAHbTRpQIpnF"
    "hEugfrzO6/UBUamafMDVp8b9m3eXvygIKOMjW2UquLRXZSjYmZsq0H2UGeJcPJXFsf7zod"
    "tJxjpoE0HcwAMO/gMmZnwdzL0EH3S/Syeg3newKVrCTuVjDwG8xEjWPGHsuykTOn817hUb"
    "t40vig4qhuZ8yHaubrrNKEOygqaiyKeEUI4S+OihF57Mx8IgQob4Ejsj4QBg91pfetlgT2"
    "Zuzk2384dXPMpAGGzZHAvpA4dxOkG2njTrXI2hnTISEq3XosGdXXKx4KG6Ax60CXzRTURG"
    "fCw+1i4uMojxaBClon3ezarN88LQD2wk4dAhj0N+LXI4nqBk2MOW0SnINT31/tjVGNgl+u"
    "ILGl1iztyOkTUq2reth17j9i40NK4bvZbMqYWGhZf65jLC06IS8He79wnIj+Brt9OKTleL"
    "cr2vmmwTdDjVCZ3q0AiskF6qh1qIdccy1mQ9bFmxXhTWPYwCtLut91mfu4qJs2u6Txcy2q"
    "Zrd2CeN/HkAgOJpSxX6YAGTPbrKRcSTLnzGD4lesXznheH9iO1ER6Rz2imAG6LlkAyQAmA"
    "upu53qKi4+yjfqpPqw2ni+1aeIyK7y++NeIKgXsxZ9y3r3qaAroPB09TaBt6CHGZQ2s0kQ"
    "PZWeMMdAnqUfFjRfwf3UqOsUsvxT4wnEPIXzUerhrXrQjwYZxl1qQ2iaZAAkfq+8qWyXaE"
    "+3GCXOH38HS1wh9OS8WKdJAqKaEAc+ZJhpSgfsdwTt88eeX3t2vd337p7GyV/dLZWfp+Se"
    "ZV+6Vye85p+6WYZ5K+gvrdw5WEE5Sjpmv58fM9MqHCNnXBDKjPR9YH0lbN17iTsb11sWHh"
    "Hn1CJGllXORlro3QwmJN84ot1fIboI+gjWzAkBjV/AQwLnxSA1DR+QFkAHMGHj413tYuLk"
    "9B06ZTpsoyJuwZEJZAPYyJXzSu8m+99mrRLvii/SS+X55F2yu/R6lZjJBdYRpetc8vV1i0"
    "z6Nrgb9my6yIlF94l2hnQn4E2pUcovMMh+g87hCpuUYfQzbOg3HYajtIH3S7GEb6sr4C0J"
    "f1VJxlVhhmy0ZD/JIHYt+ihL79eW2VnlxL78i1yrH/WR37IOvoxcKitjVYD1tugfWCnT0e"
    "CckJ5x5xlk3IuO6wtUZ31LZiushM2+hZeBbr8By23AvLBTmhOTqSi3PoVtyRu/6xW/KRT+"
    "5Dt3UPfYoB6ZaPfZact21PClOoJ8hgHhvpEphHe3U4VF6dSXKcVw0J2pRun35+sZIicpGh"
    "iFzEFBE0gdjMA/HCoHT41i5WEUJEqYyQxZgUMhQP1vN245BR6ZS9nRx1WpCxKRUrUl5xL2"
    "ZYQgFqJ8G4mOli5cXPCT27SamJIElZD4N2EbD7wnBXaHsTy34XwGa3exPaqjTb0Rjzx9tm"
    "S8zbCntRCM99s3anFwdc+LHDYX68F2Z7hHuRctR4Oxayk/cYSzEPmla458BdiVgmHWGylv"
    "y1sKzEryLrIpIF/V+KCUrYTWXTHDGtDjGKQvxWo5PmcSEJE2+O2KRgQM2RdYHU4KSo1/uE"
    "Zkx3j/U2Q6tNnsWkfDev82hnxxURk6ckFVzL4IKOgbmOnpE02mwoyppasqISQZVLHY0FXq"
    "YD6r2zsM3oy2PCNIeIHB6FCWpybJimy8pYFdWtQNnl4ZUEzM3kHQcMjwhwrFMg125144FU"
    "FQAdqr9tOAWiXoCZGyWZEE65aW2VrF1wWVtQllujCtqUTnatws+q8LNq51bQnVtBw89WYL"
    "2KV1k7XmWtqxaqoLPj4Peogs4qltdkuboRao83QnlOTX+WM9AvZrjBdup4BlO+G0vWgDVs"
    "VWGaGUHp98E4xLuKoywmrkvDKGPDNRRMKVoBOo83N1pSD66wXR6iuhzYw4SpBpTrpHe2Q7"
    "p2xlvbvpK+srAoakPEeKvepbbRgNqGFP+mYwoMbIjfkEuZUHyenICpjTlHBEwxHyt9cDCG"
    "ZIQA5q4pS1Qbd/CI5RLkN03hMO/hJyFVQJT8pglcqBewHM0Lfq6kzINKmXOa1onTjVuWwO"
    "3cR7RuaNisHLIbsiqhwrl9CZlDW8xeuZGOmJWuU+8M6HyX6IaMKpCXg3zIuzSL6ZBuuDHF"
    "Vp7+Oi9dddSlHVW9qCa88KSbNLPf+vGtSgdzfaX3JeoZ70vU4+9L9NFQbEDjKKff4e9bbH"
    "SD//FMBzu5qh8OeVI0eTrsC4MK9fVRnyDGxASRRxAPmJRgRjmUJF5FCPxMEQJB3WZVNzNo"
    "U3mZmVK9gqpSkpcoycEOVSwdGdl4MNaSNOR5zkmmfuyXKcylB22SsngmDmccD/12+StupO"
    "JINuFt7bz+vv7h3WX9gyiimrlIeZ8x0r1X29IV1GdkMze8e9XNTsCkhEreTt5UloMqB8Ju"
    "8RKiu5M7NcUTeeKGPX1PEzDZ/3+DO/JtTY536ba/mL3+D4Kw0yU="
)
