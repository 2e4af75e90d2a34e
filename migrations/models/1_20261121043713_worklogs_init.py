from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "worklog" (
    "id" UUID NOT NULL PRIMARY KEY,
    "date" DATE NOT NULL,
    "content" TEXT NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "draft" BOOL NOT NULL,
    "employer" VARCHAR(200) NOT NULL,
    "project" VARCHAR(200) NOT NULL,
    "tags" TEXT[] NOT NULL,
    "work_type" VARCHAR(50) NOT NULL,
    "outcome" TEXT NOT NULL,
    "metadata_text" TEXT NOT NULL,
    "search" TSVECTOR GENERATED ALWAYS AS (SETWEIGHT(TO_TSVECTOR('english',COALESCE("metadata_text", '')),'A') || SETWEIGHT(TO_TSVECTOR('english',COALESCE("content", '')),'B')) STORED NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" UUID NOT NULL REFERENCES "tenant" ("id") ON DELETE RESTRICT,
    "user_id" UUID NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_worklog_tenant__dc7b81" ON "worklog" ("tenant_id", "user_id", "date", "created_at", "id");
CREATE INDEX IF NOT EXISTS "idx_worklog_tenant__de4ddc" ON "worklog" ("tenant_id", "user_id", "employer");
CREATE INDEX IF NOT EXISTS "idx_worklog_tenant__8e4f73" ON "worklog" ("tenant_id", "user_id", "project");
CREATE INDEX IF NOT EXISTS "idx_worklog_tenant__42e91d" ON "worklog" ("tenant_id", "user_id", "fingerprint");
CREATE INDEX IF NOT EXISTS "idx_worklog_date_77581e" ON "worklog" ("date");
CREATE INDEX IF NOT EXISTS "idx_worklog_tags_15fea6" ON "worklog" USING GIN ("tags");
CREATE INDEX IF NOT EXISTS "idx_worklog_search_394886" ON "worklog" USING GIN ("search");
COMMENT ON TABLE "worklog" IS 'One entry of a professional''s daily log. Metadata lives in columns so filters can use indexes.';
        CREATE TABLE IF NOT EXISTS "evidence" (
    "id" UUID NOT NULL PRIMARY KEY,
    "object_key" VARCHAR(300) NOT NULL UNIQUE,
    "original_name" VARCHAR(255) NOT NULL,
    "size" BIGINT NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" UUID NOT NULL REFERENCES "tenant" ("id") ON DELETE RESTRICT,
    "worklog_id" UUID NOT NULL REFERENCES "worklog" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_evidence_tenant__0e5a68" ON "evidence" ("tenant_id", "worklog_id");
COMMENT ON TABLE "evidence" IS 'A file attached to a worklog. The bytes live in object storage under `object_key`.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "evidence";
        DROP TABLE IF EXISTS "worklog";"""


MODELS_STATE = (
    "eJztXW1z4jgS/isqvtxeVSaVkLe5q6urIpnMDLdJmEqY2a2dmvIKLEAbY7GWHMLNzX8/Sb"
    "bxm2xswGC8+hKCrJbN05Lc/XRL+t6aEhNZ9PiTQ0bYQq1/gu8tG07FP8lLR6AFZ7Pwgihg"
    "cCCFWrNIpQFlDhwyXjyCFkW8yER06OAZw8QWla+xbVIAgUuRAxgBbIIAQza0GZhPCEXAhA"
    "yK0gWYE+cZYPtYNGySIW8Z2+MN2nBt/KeLDEbGiF9zeEtfv/Fi3hh6RTT4Ons2RhhZZgwO"
    "bIoGZLnBFjNZ9vlz9917WVM838AYEsud2mHt2YJNiL2s7rrYPBYy4toY2ciBDJkRoGzXsn"
    "xIgyLviXkBc1y0fFQzLDDRCLqWgLv1r5FrDwXKQN5J/Dn/t/9okWqG8dDrG0+3fcNopbQj"
    "HiEBtl80JLbQLLaZAOr7D6/dEBBZ2hI3uPnYefzp7PLvEgJC2diRFyVcrR9SkGvHE5Wghy"
    "hTxBi/K01j/Z+n3oMa66hMAnETDxn4H7AwZetgHhSEoIddWoH6wMUWfxJ6LG67D+AFRqLl"
    "KaV/WqLg4UvnUWrjvvOrVAfhQ9Mbsg83d73rpIZEA9dSRaFKbMKQQh999MrU+lgKJJTBf0"
    "RlStgD2P3bX/v5YE8X/pW73sOHoHpSA3GwxePMkDF0KSNT5BiqWedmAp2MkaCUXksN/uxS"
    "SgsBqhXooTWFr4aF7DGb8K/ti4scxQRq4LWSfd6/1PauxaEfOkjAYUCWhvwdv8LwFKlhj0"
    "smpyBf9Dj4p6oxUCX6/AeaPdta+B0jb1R072+f+p37T7Gh8a7TvxVX2rFhEZT+dJnQ07IR"
    "8Eu3/xGIr+C33sNtcrpa1uv/1hLPBF1GDJvMDWhG3pBBaYBaTOvuzFxT63FJrfW6aD3AKK"
    "J2/+lDrXumonJ2zbbpYkLbNO32rOdNLLnIQKIZr6tsQCMiu7WUawmm8DxGz0qr2Ot5aWjf"
    "Ewfhsf0zWkiAu/xJoD1ECkB9Z66/bOgw+2hYGqrVgfOluxYfo/z381+NmETgkc8Zj92bfk"
    "sCPYDD5zl0TCOGuLhC2kSpA9FZ0xro2ahP+J+C+H/2GznELr0S+8hwjiF/03m66by7TQAf"
    "x1lcmranyRJow7H8veLJxHPE+7GCrgh7eDZbEQ6nlWRFNkiaSqjBnHmUQyXIzxTO2c5TUH"
    "93Xuvu/KWTkyL+0slJtr8krml/qdmWc5a/lLJMst+gYffwKWEFc3TtS77/+RFZUGKb+cKM"
    "sM8H1gey3pqxMSS4aYuo6M4yIP3itdJUkNALNpFvVq0P0m2klaaglLZXt2didWa4T56RrT"
    "KyltdyzSw4w9w8CqqtDAt1wABBBzmAIv6CYEeAMu7emIDweRRACjCj4Olj50374vIYXDtk"
    "TmVdSrk8BVwSyJtR/kHSAaOtt67tv5rbf8/895Wx/4L6O4xa8BFSFaZxA/D0soD9d5o0K0"
    "LzT1xKRIVqb11XFhNKQFvItj7Nsa1P07a1nGuMCaSTMhjHpbaD9F6ZhzjSl+cFgL48z8RZ"
    "XIrDPHPQCL+WgTiUaKCbeNou0pPb2R25rX3Ev6qPGDPYX2eYt7aG1uOSW9B6zcLYB6JkRQ"
    "gtrWULUma4dK3RnZTVmq6zph30wi2LdfQcl9yJlmsS7Ds4Jdcnflvfkbt+BFcdPSwdv103"
    "flgPSLccQVwRut0eFSZRV9BggTayKbBA7TrO2FyeSei4LBsSlWmcn356UYgRuchhRC5SjA"
    "iaQmyVgXgp0Dh82xdFiBBeKyf7NUWFjPiNjbLdOCbUOGavkqj5DFI6J/yNVJbcSwk2kICq"
    "JK8bU4O/efGLKn5IiIWgnfE+jMolwB5wwarQDiaW3b4Ar3u9u5irct1NLlf4fH99y+dtiT"
    "2vhD3brPvQTwPO7djRqDzeS7Edwr0sOWi83Rly1D7GSsyjohr3ErhLEssiY2yvRX8tJTX5"
    "VWdeRGjB+INgGym8qXw1J0R1EKMuit9qopuXF6KYeEskJ0UTag6sCxRK4RLG6zNaUMMP62"
    "2GVtd+4ZPyJ6/Ng50dCyImoiQarlVwQdfEzEAvSAhtNhRFS7eioYZCpXNOM0AqRSGnEp2z"
    "4QzWCG0z2/lQOl5Jpj0+VSko99Rcls29Y1nVmEXqrs5BtYEnJvYUoXhsA3d2DISBI3cYEd"
    "QLICP5vwPngLcLMPVTSRU5p5u2prn/mnP/XGWlibyoTOO4aZ2jp3P0tHtbU/e2pjl6BbSu"
    "k3rWTupZa2sTnZl3GPo9qMw8reU1tax3YNvhDmyBUTNYlMyGTAlu4E4dzmAqt0PQGrDGpT"
    "SmuWmmYR9MQ1xVsmk9cV2Za5oarrGMU/4U4OHz3V1L1YM1tqvzeFcDu59c3gi9r1rYHiP/"
    "c5a2h+GGwsQibw3Z5hu54NxBQ+KYgvybTwgwsck/IRM0If8+PQJzBzOGbDDHbCL5weEE2m"
    "MEMPNFqZJtrOAWqynIry2Jg9fDj2KsAK/5tcVxIUFWd/Ja9LumMvdKZXpqWieZOS3ZALNz"
    "FynNsWFTOK85JtVAhnP7FDKDDp+9SiOdEGtcp64M6HKbVseENMirQd7n3rX1NEg3dEzxrE"
    "x/9Wrrjrqyo8rVfNwKV+1cm780KpRqHMznhRaVnOcsKjlPLyoZoBF3QNMoZ5+ZEUpsdGLG"
    "4UwHlRyNAUdMlXKfDftSQKO+PupTRCmfIMoQ4hGRBswo+6LEdYbAXylDIMrbFDUzozLays"
    "yl6iVUmklewSRHO1SteOQg/1lBIkdSo7MZ5Hmk0kr2uGcjwA1iZyHoXAhExrG3Mym0/kaB"
    "CbG1ALyxY3CPGJQn31n4BVGAbeCNTQooASNsceuDgiG0xbl5wOdw00xy9bcrwirHXNbIzi"
    "DibZHgko8k7SsZ5SwpNJ1ZZMFvlVuL/9Q/0JDlVxpxmJAzc0SvlRXlE30Tc2fYebimx1QU"
    "inwpx99HNvidfofxh0YwoD90pa3EjRgHSvPhR6JJiqAznGzaqObZ98qzB903bUZlLyJcZT"
    "wdoOGUA64wfpIWKLGZkkfINvkjIo0gyXdt9FPiOqo913NOH1xK7NDH4i9oF1q74W62v4uy"
    "6cCRolfnrtlfyujF+iUW6y/f/yU6dFSmAbTBLna38e2nEiBHRDTGRTCWhmUK4I7jwEVWgE"
    "15NvKuD0UW99uHrSZed1+/JUAU7lfpgHBMqHGdtVCKQ06GQzrBgbhsSFS5JNlWW0SkAQDv"
    "2mab+v64wTjA5fjxhKAGv7zB7HnnadSfviDBYmUYzUup1ZD7/vCBOilPX25v+r1HSUd7rk"
    "LEP073wMB/++b9P8KSmuKTFX+PSLzmCI8nzJPuiIJrWddbPt1SbHwQ5W1KzPoJsUY4k1WH"
    "/nXEKBv65kaM9FnqTdN6gJE+S33XK6X0XvybwZkTedWnqReNvhY5TT3Zb7eAqz7lYPWug/"
    "pQ1Ay0Kz0UdYmXIuwfxTI77h/VW5EzUcV+YAAyBocTZIrVWxD4qQPHoD9BYLBgiMr4uwi/"
    "k4HgUuUWUvwHAJerxgG/e6XGM1r8rjoYtYpblA7w+3cU3/RKsP1GqENdlnGT41KN29jqrB"
    "CVf5ZD5Z+lqXzi4DG2YfmDF1KCDWQlKjkMgOL/ql6ZeNy1M6jRQCKBMD5Iw48/L/948492"
    "++zsqn1ydvn24vzq6uLtyVteVz5x+tJVXoC2+0GEWmP4p2OvPpVXOt6SlGtgJ6/k9GA6ge"
    "2LyzJIhxINxFjTm5ro2ga9qYmurRNdEau/BKZxKQ2qprv2Q3dFcvg3hLZ5u6knsY2P2Tqd"
    "7tlBDh5OWqrdgLwrR7k7AYV1anPGZ6Yvo5wwFZ5MgUSD/brmnhvTPj2/On97dnm+9F6WJX"
    "lOS+CgZDMgL8ihPm9a1IKOiDTQhK7EFxeDqgTCfvUGoluJE5i5ZCJ7dXr2koly69PrhvYu"
    "FqinDLBdvsx+/B8xFf3+"
)
