from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "job" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "params" JSONB NOT NULL,
    "warnings" JSONB NOT NULL,
    "estimate_cents" BIGINT NOT NULL,
    "held_cents" BIGINT NOT NULL,
    "tokens_in" BIGINT NOT NULL,
    "tokens_out" BIGINT NOT NULL,
    "cost_microcents" BIGINT NOT NULL,
    "cost_cents" BIGINT NOT NULL,
    "attempt" INT NOT NULL,
    "error_code" VARCHAR(64) NOT NULL,
    "error_message" TEXT NOT NULL,
    "event_seq" INT NOT NULL,
    "queued_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "heartbeat_at" TIMESTAMPTZ,
    "cancel_requested_at" TIMESTAMPTZ,
    "request_id" VARCHAR(64) NOT NULL,
    "tenant_id" UUID NOT NULL REFERENCES "tenant" ("id") ON DELETE RESTRICT,
    "user_id" UUID NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_job_tenant__9a04a6" ON "job" ("tenant_id", "user_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_job_tenant__6a39d0" ON "job" ("tenant_id", "status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_job_status_52f640" ON "job" ("status", "heartbeat_at");
CREATE INDEX IF NOT EXISTS "idx_job_status_de44f8" ON "job" ("status", "sent_at");
CREATE INDEX IF NOT EXISTS "idx_job_created_366d29" ON "job" ("created_at");
COMMENT ON COLUMN "job"."cost_cents" IS 'Charged at settlement: micro-cents + fee, rounded up.';
COMMENT ON COLUMN "job"."attempt" IS '0 until a worker first starts it.';
COMMENT ON COLUMN "job"."sent_at" IS 'When its task message was last sent.';
COMMENT ON TABLE "job" IS 'One metered piece of background work; its state machine lives in this row.';
        CREATE TABLE IF NOT EXISTS "job_event" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "seq" INT NOT NULL,
    "type" VARCHAR(24) NOT NULL,
    "message" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "request_id" VARCHAR(64) NOT NULL,
    "job_id" UUID NOT NULL REFERENCES "job" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_job_event_job_id_3ca21e" UNIQUE ("job_id", "seq")
);
COMMENT ON TABLE "job_event" IS 'One step of a job''s timeline, written in the transaction of the state it reports.';
        CREATE TABLE IF NOT EXISTS "usage_event" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "attempt" INT NOT NULL,
    "provider" VARCHAR(32) NOT NULL,
    "model" VARCHAR(100) NOT NULL,
    "tokens_in" BIGINT NOT NULL,
    "tokens_out" BIGINT NOT NULL,
    "latency_ms" INT NOT NULL,
    "cost_microcents" BIGINT NOT NULL,
    "estimated" BOOL NOT NULL,
    "job_id" UUID NOT NULL REFERENCES "job" ("id") ON DELETE CASCADE,
    "tenant_id" UUID NOT NULL REFERENCES "tenant" ("id") ON DELETE RESTRICT,
    "user_id" UUID REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_usage_event_tenant__a3bdd2" ON "usage_event" ("tenant_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_usage_event_job_id_cbc9c7" ON "usage_event" ("job_id", "attempt");
CREATE INDEX IF NOT EXISTS "idx_usage_event_created_e70aeb" ON "usage_event" ("created_at", "model");
COMMENT ON COLUMN "usage_event"."estimated" IS 'The provider reported no usage; counted locally.';
COMMENT ON TABLE "usage_event" IS 'The usage of one provider call: the source of a job''s cost and of token figures.';
        CREATE TABLE IF NOT EXISTS "report" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "filters" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "version" INT NOT NULL,
    "series_id" UUID NOT NULL,
    "content" TEXT NOT NULL,
    "content_key" VARCHAR(300) NOT NULL,
    "job_id" UUID REFERENCES "job" ("id") ON DELETE SET NULL,
    "tenant_id" UUID NOT NULL REFERENCES "tenant" ("id") ON DELETE RESTRICT,
    "user_id" UUID NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_report_tenant__659917" ON "report" ("tenant_id", "user_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_report_series__81d46d" ON "report" ("series_id", "version");
COMMENT ON COLUMN "report"."content" IS 'The Markdown rendition.';
COMMENT ON COLUMN "report"."content_key" IS 'Storage key of the Markdown rendition.';
COMMENT ON TABLE "report" IS 'One generated report. `series_id` groups the versions a regeneration makes (the first is its own id).';
        CREATE TABLE IF NOT EXISTS "report_section" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "position" INT NOT NULL,
    "heading" VARCHAR(300) NOT NULL,
    "report_id" UUID NOT NULL REFERENCES "report" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_report_sect_report__813575" ON "report_section" ("report_id", "position");
        CREATE TABLE IF NOT EXISTS "report_statement" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "position" INT NOT NULL,
    "text" TEXT NOT NULL,
    "check_status" VARCHAR(10) NOT NULL,
    "unsupported" JSONB NOT NULL,
    "report_id" UUID NOT NULL REFERENCES "report" ("id") ON DELETE CASCADE,
    "section_id" UUID NOT NULL REFERENCES "report_section" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_report_stat_section_fba41a" ON "report_statement" ("section_id", "position");
CREATE INDEX IF NOT EXISTS "idx_report_stat_report__03a8a3" ON "report_statement" ("report_id");
        CREATE TABLE IF NOT EXISTS "report_citation" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "evidence_id" UUID REFERENCES "evidence" ("id") ON DELETE SET NULL,
    "statement_id" UUID NOT NULL REFERENCES "report_statement" ("id") ON DELETE CASCADE,
    "worklog_id" UUID NOT NULL REFERENCES "worklog" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_report_cita_stateme_38eaa9" ON "report_citation" ("statement_id");
CREATE INDEX IF NOT EXISTS "idx_report_cita_worklog_0f3dd1" ON "report_citation" ("worklog_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "report_statement";
        DROP TABLE IF EXISTS "job";
        DROP TABLE IF EXISTS "report_section";
        DROP TABLE IF EXISTS "report_citation";
        DROP TABLE IF EXISTS "usage_event";
        DROP TABLE IF EXISTS "job_event";
        DROP TABLE IF EXISTS "report";"""


MODELS_STATE = (
    "eJztXW1z27aW/isYfWkyq3gTvyXb7t4Z23Vbt07csZ3m7m0yDCxCEmuKYAnIim63/30BkJ"
    "TAVxGUSIEMviQ2yUPSzwGBc57zgr8GM2wjlxz8GuCx46LBt+CvgQdn/If0qSEYQN9fn+AH"
    "KHwQQgNfuuiB0ACOKDs8hi5B7JCNyChwfOpgj1987ng2ARDMCQoAxYBOEaDIgx4FiykmCN"
    "iQQn50CRY4eASOd8BvbOMRu7PjTba4x9xz/pwji+IJYucCdqffP7HD7GboCyLxr/6jNXaQ"
    "ayfgcGx+A3HcoktfHHv//ur7H8SV/P0erBF25zNvfbW/pFPsrS6fzx37gMvwcxPkoQBSZE"
    "tAeXPXjSCND4VvzA7QYI5Wr2qvD9hoDOcuh3vw3+O5N+IoA/Ek/s/xP6JXky6zrHc399bd"
    "5b1lDTLa4a+QAjs6NMIe16zjUQ7UX3+H910DIo4O+AMufjq7fXZ0+lxAgAmdBOKkgGvwtx"
    "Bk2glFBehrlEcB4phYkGbR/p6doc4M5SOelEwhb0eiB/EPdTQQH1irYD3AY3Bj+BoAfMD+"
    "QPvGc5eR7ksUcH/19vLu/uztr/xxM0L+dAV+Z/eX/MyhOLpMHX0W6guzbzf8plc3AR+u7n"
    "8C/Ffwr5t3l2mtrq67/9eAvxOcU2x5eGFBWxqm8dEYNXblWutz366p9aSk0bouWo8xktQe"
    "vf1a6wRRyv50ktX5z3c37/L1Lcukte2MKPg/4DqENqVnaYZ9mDsuexNywB+7j0mWY5RQ9L"
    "vfzm7FzPv27J8ppb67uL45T2uQ3+BcTMdrlXiYohx93KMvNF8fK4GUMtgf0ZgS9gD2/eU/"
    "78vBXn1Z1zfvfowvT2sgCTZ/HR9ZozmheIYCK8/CuJjCoOBLyJWupYZoitZmypvBL5aLvA"
    "mdsl8PT05KFBOrgV2VHvPRqcPwXBL60FTMRbzYpksI7dK02zPe21hy0hpOCoZwMaCSSLuW"
    "spZgcs9j/JhrFYcjLwvtDzhAzsT7BS0FwFfsTaA3QjmARs7c/epG3Ryj66NrtQZwsXLXkt"
    "8o+/vZX42oQOCWmSu3Vxf3AwH0Axw9LmBgWwnE+Rl8iHN1wAdrVgM3HrrH7J+K+L+PbtLF"
    "Ib0Re+lzTiB/cXZ3cfb9ZQr4JM781Oxwlj4CPTgRfy9/M/4eyXGcQ1esR3gxW7H+nDaSFc"
    "UgGSpBgzlzaKiEr8iprEIliP8VzOj4+vb8l/Ys55cvq1jOL18WW878XI5lUryCrhURUcI5"
    "3uR5JPnDL7fIheJvLFwwJfa5Y7ooWjWTLuD8YXXzLZG6k27VPZ+vElqcyXdxHmGkAtSH8C"
    "59HVLoybFRZITWB+lSuksfUfoDP2w5jH7GD30FZ06Y1W2hJ8SFtgLpPb/TJb9RX7EKkI+D"
    "bWG6FTfpE0RZT7rE+ZPRZD7kE7LgaITneYxHjGrsd1fBVtzybH3HnqyMii7zme/c40fkDX"
    "Kc5tW5YZnbDH2HubvxZRvD/GfgAcEABYAg5lDRISAUB8gGmPkdABLgUALufjp7cXhyegDO"
    "A7wg4lpCuC0EmCQQDyPsP5xNANj53Y0/b/x5489r588/MkhV/Pn4+hbjkWxebOpLSjr0r0"
    "4r+POv0spau/P81N8dY0sai/amoK3Elbwq4UpehVxJIsrIVxhrCslUBeOk1G6Q3mv8IIn0"
    "6XEFoE+PC3Hmp5Iw+wEaO19UIF5L9JD2e3VYZSQfFg/kwzTA6IvvsBm9xsqblNzByqunca"
    "77QpuTjZVdaV1IqDUntSystKzRtM6aDtATW2Pq6Dkp2YqWNUne6JySRTQeTlAei1K8Mial"
    "9DXzBvdTBEauw14U0CmkIPLxmN+f4QqqLJrHley/4xL77zhr/zm+CvTh1ZpDzgYgG6OcXg"
    "ELSFaojwM8q4d7leS+4+LcvuNMap8+eWj6rlj1M9Hys6CU89Dq5kHpAemOM6E2pKDtLmtK"
    "oJ5D/8baKKZ+Y7WbfKn+8qtcx6p8kCzTO6bi1UklTuikhBM6ydgEaAYdVwXilUDv8D08qU"
    "IFsatKMvszZNCYPdhSHcYJIX0tsH3ngSVIN0jIArMVSZXezAj2kIJrpGbFIRZbeZ2nvMwe"
    "jF0EvYL1UJZLgf3ABJtCO55Y2l0Az29urhMu+vlVuhTr/dvzSzZvC+zZRU5om129u88Czu"
    "zY8Vgd75VYi3CvjnQa77mPgnwfYyPmsqjBXQF3Qd66eOJ4tWjflaQhfXXmA7kWrD+w46Ec"
    "b6pczSlRk0Chi+KLEihqJeyH+VA5E69CIqOcSNaxIVAp25Mbr49oSayI+NwOrSvviU3Kv4"
    "b37OzsWBExHh00cG2CC85th+4k9fqM36lq6nUXoXKRPUGBxf7AwNm2zOha3OuS3aqvA8vU"
    "zlQAyVSF6FcV0sWPzRSF7LIoRGouuG0xSPVy0q4MO8UQYNKGyokFZoys4qCgIy61fOnazU"
    "UhHgjFeNNG4kw8MPcPAPe8RAtHzgkDPBY/B3AB2H2BQ6LajpwikG3vZoKSbXAlpujDcBZq"
    "RR9oqRxXkmV6Fyo1SfMmab7Rmctk2dbOsq3VttakyndDv51KlTdarqll0/a2xba3sWH+sF"
    "RM084IbuFOdedjUmvBWgPWpJTBtDT/fT0GsxA3lQWvJ64bk+Azn2siFZ69BXj3/vp6kDeC"
    "DbabCww2A7ufIgMp7pjXaSYRlSzpNbOOg1YmFtndkGe/EB1gAjTCgc3Jv8UUA9ux2f+Qcp"
    "qQ/T4bgkXgUIo8sHDoVPCDoyn0JojXNYWiJJdtbOARmynI3wcCh3CEDxPMFrvy9wHDBcfl"
    "Julz8u+GyjRUpqZcTH+pzPDjrFNbk5XsgbPRRoVNYrKsXGaTkOohw7l7CpnCgK1ZykinxH"
    "o3qBsDWm1/mISQAXkzyPvcEkZPN2RLOqJf7Q+0Gaj9buxRE+ZG+nc8oDEOcta24u3p1hJb"
    "bU7XnemgkV3o4JjmVYAVw74SMKjXR32GCM/LVAmDSCI9mFHaDoTIvE1Vg0OWMfZGKVUvoD"
    "JM8gYmWR5QWvHIFwGyHfpjULDPl3x6WMYkj8SF1iSouuUXby3u4tEjZ3ZD4ZDC5R3F8cID"
    "Ae/I4THsAZzxlvJDQDAgnBfmx3BgowBAzwYijWcpWo2jL+yBuT3MG3tQFVo56rIfad8hFv"
    "bD0j0/cHDgUBGHSWYjpfnl5NnwN8M2G7ZZa16sv2yz/t3SO5zRKc+KSYDvZtB1r7wCK1mW"
    "SwHtNLcxzis1lAcvgR/gGea/Qhc84+sMBWMnIPT5ELwC6AkF7N35ysNWWFS12eOEv+6Lo8"
    "PXp2+GvGST/cZ/eV2im7u3Z9fX2S4VDMKJw17NGhUUoDmTQg1kZdvTQ5MDPkT3vw4Pj45e"
    "H748On1zcvz69cmblyuss6fKkD+/+pHjnvggsopYmSV1NJEjbFRRWxWSyZZSwYZmOStDT+"
    "d2UOnBAv4BXn4HHhHyCQinJ2HUM2N5TuMyr5V5LF6l4izVTpsdjQoC9PRVdTfAKqUSSy5Q"
    "LS2bhPFOaJl3ilCk7mQZ7ak70ew77LABxIsnu6zzqVZMvtvPsAoBxSRfUZ0ylaVMg+9NrG"
    "nBzovKvKnyxoua4luBQpUHWIJEvWUzze3Vxf2+SNSf8cNPOMW/pU4Ny8jTP/CDNY2v2kic"
    "8jkDEbY6QV6RDx+RJ5tmD9DlAwYspo6LAATs3iCYe+Q78Jl5z3gkWjeQz4DAJeEXjaaxfe"
    "ewiYe9fP4uA+09VZ1SZZ8InRPDhRouVNc5rsdcKJ+71L6vtUS735iWNkK3aOXOZnOFob06"
    "VFpa0vBotXk0yRLI6qAk7SgptlXyUb1Rv16cH+aOSx2PHPDn7WN9biQnKTKgFKaetUSLk0"
    "9Mp7YQ1aq2TW3JLrWZDTNcOJnktmYt45AlKb17rQ/O2Ee6QDbwIaEJj+AhbBL24ez23X9e"
    "X729ur/8HvjYdUZLrWjjkYvr9RhJCBo6UWc60RBbhtgyxJYKsSU3bM4ht1L9nIsJLqmJdM"
    "UOljceAjPsoSX79wnNmOQBuMULIvLvRGE4T5UAzBRDARsRnGeSDPXPogElG25sRXrGE/3Q"
    "eIyYncgsOGltep5ludp7rDrNlU4KLCpUN8XohhLTf3bsMSW21xpH3fS8G2pMufq5vxXmu8"
    "+4NOSYBuRYZBxYosiuji4KbmBUskUKJiQ4J+2vuFJvLdEDTn4/hXqmh0t7PVz2FLvrDsWl"
    "YKHwh/jICtAYBSgiNqqz6VnZWiNYM2Rb2K5XZJEoDmJZxgzjVNsLj+HkohH3PWsYIbni7Z"
    "kgL9WwHVwwMAAE59c3F7+AiG0B7F/XBh7mP3GyB1JAEKVuSAdVC1rsqVDBRjMfM09ytLSi"
    "vWKqTkE5or3b3qGRCcgEFRpJQTY9G0yQpnNBmswQ3gHCpi/GcB+Rr9TAzgl+ZYd+cfwrCK"
    "+1pA+vSoOMkBP+hgA/QD50bBDd5wB8jtmeddwJugueXC3K8+YznpjNI1BScYmD8rotN/QQ"
    "s+WbBkvA0ISmTGgq6d75dk2tJyWN1nXRek7mU2aj3MQ8Xi+qoL8zr3kwYcoFayggKact+o"
    "MbH3mi7IsXspHvmKXAv6dlYamY1kTKaB5wIlaJQZFlWgw/zEn8Kg2zJ0cVuJOjQubkKM2b"
    "uGwGiycXOmVzHR83dT6QDTdq74s5edmvGSvM0lb5BNYSLX4Agrxt5xN4U+ETeFP4CbzJfA"
    "KQUOYSUufJocsaJlmevMlA18cO0z0zrKMlkxlis5ghSsUJ81aWSO6HX26RK4rMiqm4VDPU"
    "jvk3RZRc0krlxtt2KEkdD/qIUERybYdRKnG+LzhlCdn01JeF7cZD95j9U5EOv1/dpouz3U"
    "Y+PDHXJwjxi7O7i7PvL1N8+FYc951IOyncRFA+PSxjt6P0FYVtBC95m0sQPgAIOcA39kM8"
    "Bo98ptMhIBSz6RZgNhq+BRAQxLCzAXu2I2Q5Fw08/AL7WU5753evUqsRZxwHaITYTUz5hQ"
    "Ycd7jbmNqGTrKMyYCokgFhcvOluvFqheNlleOZLE0fLl0McwZxccsESaT9dgn7cRoaaYyA"
    "53SE1XKRJZHeJSEfVhrehyXD+zA7vOUFM4NzOQGSEjVBKV3IkCqhSD/AI0TqNV1IyxrWSz"
    "fWS4GkaTKN527+IMOf9XHk8+VOTvrKCvk7kQsiiwJIAOdtQYB8HJWQz7BHp+7SSpaSjxGy"
    "CXh7e5uXtLPDO1dxbkyHRS38GZOz8zUulCZnp29ar5KzE5FqauRFQsiwF1XYiwiy0ZxQ5r"
    "blFx1sBDwl3T/Hrxnku9B1sLXRfVSlr8NRcV+Ho+xOWi7MqV4vSd+IrjfDt8rwzbOtc6KC"
    "JZlLRXfQNslP84Qlk7WXM6vsNmuPzcBBPVs0KWkIG31Mz6zHMeIxeLeeo5kUNXrWWc8igd"
    "CHS17Ybo2hU0/lxXcx2tde+5G+HO8JOyNVd7P4DsaEVPA9I5pGzXjMymprNg4+R/Tj57gG"
    "xEMLRGiUmwN933U4XY1dvtc69lDYbpU8Or6PbK0LRfaa0NudubF+q4KitEHlOvrKiYN6or"
    "pF5uC+S+k/4ODRxZNBTvgtPjUsi7wtpIsq9Y0Od1JkUw3km22PESFit+1vCLDZWrUE7GYH"
    "4C2ikAdaAE/5I8DxQPiBEkAwGDsuRQEBzJoFc4JAFAzL7xfd7OMq5R7Kuudt8KIf+dLA/0"
    "9Gf9i5T6J/dIEUmvkuXrJHlV7F/tQ/0IiWXzRmMKHAD/iwFReKN/rEZ9Dk4EFf/CAEThwa"
    "PDu7vT37398/xjf7OPgkJo+PbFhMyMcBv4cUfPxiRYNENAG0+DViCEVTAJvJxR/2hQ0e/n"
    "toXD0bM/MlXD/B/zD9jZ+HHTzqvhlBMBhNN71beFW9tzPhVxN+1ZTK7mYgzoRfv0atVwm/"
    "xktnVt/5uo6vL9NyBzVcolGupTQBjz2K8qz14o7JkkgvYnpln0ATTZMJngeKzWZXEi2SNM"
    "w5mEO3Harm1WmVHPz03CKl4J+meRo7gOOcUV26ddtKRu+N23YxsHe4DdvK91AY0LJM/3jH"
    "JlLuY99NAWRJxGBcBePYB00CfBYEcFnACkYCKXi/lo1N+XL3+6cUiNxztlTryxJCvRuslf"
    "YBKNkGILsLQGGRU7HV1q8ip7ZttlnEBVqUAawCe0bQgK9uMK/4txTqd78h3oy2wGheSW2G"
    "PCIVOuqk3P12eXF/cyv85tBVkLiw7AiM/bdP4c9jR9DibLJi64jAa4GcyZSG0mf8wLm4Ni"
    "zAH+R43jJnrDDrp8R64UwmZ/7T4woz/+lx4czPT+U5j3zfEXUHMpbqwRTUNMx6dX3Sd+5R"
    "2aaEFKTqFwMqx64MnJoF3TWFdYuoe/6uAHOSx200tSlAV1GVPtUKPZAKBjF6cuz8jbhUOn"
    "VdSnfpCdpJyt6hAoEtG5rdiprji+hmfQKrhcyY7+HyomiXifQlwwqZMpYNl5bCRhOXYUs7"
    "4KOAp58E4gd2jyF4RD4FD0sAGRbOZCKy80D0FPCMICSy+WbOJBB6f/4t4HGuFwFktvgghX"
    "tDj/noUUzZ3yX2o4BgjBZgOvds3t0r4Bu3O0yhCNo8P0dAwl6Gb3lBwlREPCfQs8UvG3av"
    "2JBl8ymVlKOUqlGW55lrseTkdlbwOvdbytlifmZxCocxxY0prjecJvGgRuJBTplr4YSaZ8"
    "XokyuvOp8evjp+ffzm6PR4NY2ujpTNnuFMqUmTnpWNnWP/yPZ3seEj2/pVGvOMHRcBSCkc"
    "TZmdQDEzHCJz4wDc8z0qlpQZKjxVl2fq4gce+hQ9Q9kfAJh1wSyUz+FRvlnm57wOPU08Qj"
    "kXODYI45Rf6fdhIivRdPYxqaWargQdTTKsklq6/r5V+PekVO+6vBxVysY4KsnGOMpmY2Dm"
    "VzoedC1xQAXstGAPA0vN1DY6/86j3soqGiOJ9myznri7mQRc5ZSZtFwPB3kjrZnJFB6enC"
    "oFT1cSPcTYhE47QDAkfYCqmCalDKgmgLqfAKpUDLwltFLtcU+xTX6z9SOp+4oRdqQSv9EQ"
    "4c/4YZBDi/HDwzJG7I/ogkoF8zM2KnjAzHfQCPFYGH/3SYDnni1Iq+/ELu+8+yK7Fo6mDp"
    "NZ1bHTqUN4qC2/OH43t/7offQ+hzuzEPSn2IlebEGP/lxtQc87XzNULsOWIuzuM8zvgj13"
    "GdFpXILdDLh49DjkZff8ACdFXP7QKSTAw2AC/e3r7mViLVMev25imb5sfWaKYEAf2Nmcc4"
    "SjEB82FJ6h8PRfsHpM4Znq8L5pPcaorDr8kUGq4vXH1/fQ59992+Ju9IUesEvnqKUurq+q"
    "cVcl1FV2U7EAznJALttTLJZof0uxvEJF/th9mAiNbDTGHAWPvY+SQmQZPVSyr9rRRlSCCF"
    "t3GWh1OntnZXuTcNJyRGPKBWtoICln0K/Z3hI/Io9YTk5+VRn4CTGD/VbY43le55HN4Edy"
    "Bv26kVRCrZkz4hsNKk8+OcJGD1vooa4K9EdfODUTZANIAUGUuoh3Uf8WiMHzQrw/+A++Yd"
    "8QCM6UXTnP7niuk8IgpWjm58xZhaqSJPTV00vAa0fcKIsTBWDsBIQnbMKAqcihajrZKms3"
    "YaQGAQ4YlrZSukdSylRwp7zlbBpCCNgMEQInSo1SMoI9ALvtjh2ruI/CnJKQ0XZWaTXZX4"
    "Y05K5qkNYJwR5y1t3lqLOhiThQqKhiSawz+7cMPkyRJ+LAFJJHEM23YBFvicz/poordK9G"
    "gNmt6yvQ8tjxHDKtpeaUqNGzznpOJIUoKjotazSts6bDTfSsADFkSc2ckvxbGL3rrPdIW4"
    "q7sCWleuBgmqICPb4f0wTClBPoBavpx9blfmwFURyFEoI4wbtHWKeGI5wgaxdIved36jVW"
    "gSgn2UlNSmet3tZrUcIRlV+QshptpVUp4egWl1WqTWHOix9ursiEvyGrgo0hWAQOpZz288"
    "JKjgB6BIYZadE2s2FZiUNBNFbyS1R2/oTc7nH8T48KQNCf27WLM7UbpnajvWzvbmbxV6nd"
    "UAspth5MbFKpO44nqvab6HGficMqdMVhMV1xmKEraqQdmISDbRIO+DKRRbs4ET++Xo8k/F"
    "7VRagvyL1diDuy8BqiWx+ie+1zVHUg1hKGky3nZKMGC1sSh1Efh24CupE3XI8mVdqwSRpD"
    "osZyiIwkcVZMZUhUXTUygzd9FUKcO8AeAn6AedvaAIyg634b0gliayWZjOB57KKdBScceG"
    "UHGDuTeYByuIwmHqDcBSPd02I9BOI073TfilgxpoGFIUF0nfB6TIJ0pF6jQ2RIPO2qmLay"
    "TA9Jkd03iQiXDAWEVwI9hLeR3qbdqv1tfn4w5b9flwJcBpA3Wlp5XVIK0U8K9Qn9nS2P3a"
    "2s7t0Qj9uU5G1JhrGLoFdQXSfLpfB/YIJNKWB1RKEyiHvFK0c4jNIjm3d6FK7yd+GmcOyI"
    "i7mXvNy+Suj85uY6YfufX6VjDu/fnl+y9Visxuwihxbox/B3O0xRNVm//cn61TMbyyT9mq"
    "TfrozV2jm/7Png3fvr60F6pTLRkE5GQ6IM2JxIyDo3tjgKEqyvqZTNuVJtZIodgM9snDmI"
    "MGQ+A94X3A9bez+hgPCW8wCyKyMpzq7P4CMi4Bm/JOzA4hBR940XHnDs5/kZnq08dZcNw1"
    "dvx09GL2XiIyY+ousU2OP4iGnw3Tet52QomQbfbcZuqENdtXThWKB3OV+NbHYpmrdYqhuJ"
    "J6W+6u3EkWcrwyfLfNXgjR2XMos1i11xArUkYnKoEyvkLnKosV+weVexQiQRo5CdK6QjG1"
    "z4bErjsLWyEO5+h4vYbc7AXBhclCTaCyq+agreHYdtE5REVaohIWTCJ/m7NWcBLS7skkT0"
    "tYVFzPUtDB5tzo8FfBrhZ3bQgLGJaq947+tHtFSZklNiGmvjjjIAJgiwN43L1msrpwXvZU"
    "9Bbz3DNCbmrRukptOVCXrrEE3UO+jdVVQ3drraV9Bbz+Wpbsx7nURQpXMYQaOdbT9+F96r"
    "R0M4Qy2ILWR2A1Z8tz7B1XwyxWqL+8KkitUVw83JFdZIvnhTlkUxPlXyE1bDh3+0IhOB73"
    "bj4on43eQfmPwDPT/2jkaiq+QfIJ65zgwIRZ8jJWYc4ywFv5roFGBNyxl/Lr2R8Xq9UIA1"
    "KWVALXeSiWyWbel99NfQG6ZckfSnu9m/i0blDlD+sL5TT9FNfsGbsY3Xpx2AeyndqpNr2U"
    "ZwU4u5sivdvMsTu9WFHo/kd290eIh0bbP+TvTAaNnBRIRCjKNjHB1dp+MeOzqrzy+j88KE"
    "DVmkT2XgO0vamLLREqXwVI1rSyJ9TGZuImKdWEWqLg7Jpcd4PKUez7rMbCfuTndh3WgqJo"
    "ZV/c1aTBxBgzjCGrZis1pGdrNhnbi64VBCaMRnbGseVFgPUmNqG1Nb0w+/x6a2qWnsm9Zj"
    "jMpqGo2DtXsHi6IvSvnb8fW9cK1az9SeotGjpV49k5ZrMVebGQj84Sh+qc5V0cw9MvfDpm"
    "lZyIsLyFJiehSR8ef1pojMkA67TwpIuCzVa5wSjo4B1TA5bTE5OYN3Z8j2L1E2DXDyw63P"
    "lcX5mTuhyuTM0J7g3ihTdoYCZzQd5BBk0ZlhGS8G19c0yYYpkVyFzljuApPjhkVjfTtyS3"
    "sfrJjTKiz8LvYQiiu/u+mZpbakPDmp4Bawq4o3peTnUjvzsY9KAeHo8h6i28jmC4Wl4cUu"
    "V3FpeAvu1n7M0J05VhmDtc1cqr//HynHGF4="
)
