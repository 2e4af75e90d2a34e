from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "metrics_snapshot" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "tenant_id" UUID,
    "plan" VARCHAR(255) NOT NULL,
    "computed_at" TIMESTAMPTZ NOT NULL,
    "duration_ms" DOUBLE PRECISION NOT NULL,
    "data" JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_metrics_sna_start_d_c50348" ON "metrics_snapshot" ("start_date", "end_date", "computed_at");
COMMENT ON TABLE "metrics_snapshot" IS 'Every figure of one window and filter, as computed at `computed_at`.';
        CREATE TABLE IF NOT EXISTS "request_aggregate" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "resolution" VARCHAR(6) NOT NULL,
    "period_start" TIMESTAMPTZ NOT NULL,
    "requests" BIGINT NOT NULL,
    "errors" BIGINT NOT NULL,
    "duration_ms_sum" DOUBLE PRECISION NOT NULL,
    "b0" BIGINT NOT NULL,
    "b1" BIGINT NOT NULL,
    "b2" BIGINT NOT NULL,
    "b3" BIGINT NOT NULL,
    "b4" BIGINT NOT NULL,
    "b5" BIGINT NOT NULL,
    "b6" BIGINT NOT NULL,
    "b7" BIGINT NOT NULL,
    "b8" BIGINT NOT NULL,
    "b9" BIGINT NOT NULL,
    "b10" BIGINT NOT NULL,
    "b11" BIGINT NOT NULL,
    CONSTRAINT "uid_request_agg_resolut_1736d8" UNIQUE ("resolution", "period_start")
);
CREATE INDEX IF NOT EXISTS "idx_request_agg_period__cae86a" ON "request_aggregate" ("period_start");
COMMENT ON TABLE "request_aggregate" IS 'Requests of one minute (or, once rolled up, one hour) across every API process.';
        CREATE TABLE IF NOT EXISTS "user_activity" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" UUID NOT NULL,
    "tenant_id" UUID,
    "day" DATE NOT NULL,
    CONSTRAINT "uid_user_activi_user_id_aee635" UNIQUE ("user_id", "day")
);
CREATE INDEX IF NOT EXISTS "idx_user_activi_day_9bbd6f" ON "user_activity" ("day");
CREATE INDEX IF NOT EXISTS "idx_user_activi_tenant__b8b9d1" ON "user_activity" ("tenant_id", "day");
COMMENT ON TABLE "user_activity" IS 'A user was active (made an authenticated request) on a day.';
        CREATE TABLE IF NOT EXISTS "payment_failure" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" UUID,
    "invoice_id" VARCHAR(255) NOT NULL UNIQUE,
    "at" TIMESTAMPTZ NOT NULL,
    "subscription_id" UUID NOT NULL REFERENCES "subscription" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_payment_fai_at_24855f" ON "payment_failure" ("at");
COMMENT ON TABLE "payment_failure" IS 'One failed invoice payment (Stripe `invoice.payment_failed`), once per invoice.';
        CREATE TABLE IF NOT EXISTS "subscription_change" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" UUID,
    "customer" VARCHAR(255) NOT NULL,
    "status" VARCHAR(32) NOT NULL,
    "plan" VARCHAR(255) NOT NULL,
    "monthly_amount_cents" BIGINT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "subscription_id" UUID NOT NULL REFERENCES "subscription" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_subscriptio_subscri_b71087" ON "subscription_change" ("subscription_id", "at");
CREATE INDEX IF NOT EXISTS "idx_subscriptio_at_bb867d" ON "subscription_change" ("at");
COMMENT ON COLUMN "subscription_change"."customer" IS 'The tenant id, else the Stripe customer id.';
COMMENT ON TABLE "subscription_change" IS 'A subscription''s state from `at` on: written by the Stripe webhook whenever status, plan or';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "user_activity";
        DROP TABLE IF EXISTS "payment_failure";
        DROP TABLE IF EXISTS "request_aggregate";
        DROP TABLE IF EXISTS "metrics_snapshot";
        DROP TABLE IF EXISTS "subscription_change";"""


MODELS_STATE = (
    "eJztXW132zaW/is4+pLkrOKJ5Zdk0t05x3bd1q0T99jOdGaaHhoSIYk1RbAAZEXb7X9fAC"
    "QlvoAUQYkyyeBLYpO4IP1cELjv98/eDNvIpQc/Ezx2XNR7D/7seXAmfkjf6oMe9P31DXGB"
    "waEk6vmxQUPKCBwxfnkMXYr4JRvREXF85mBPDD53PJsCCOYUEcAwYFMEGPKgx8BiiikCNm"
    "RQXF2CBSaPwPEOxMQ2HvGZHW+yxRxzz/ljjiyGJ4jfI3ymX3/jl/lk6Aui0a/+ozV2kGsn"
    "4HBsMYG8brGlL699+nT17XdypHi/oTXC7nzmrUf7SzbF3mr4fO7YB4JG3JsgDxHIkB0Dyp"
    "u7bghpdCl4Y36BkTlavaq9vmCjMZy7Au7ef4/n3kigDOSTxD/H/whfLTbMsj7e3Ft3l/eW"
    "1ctwR7xCCuzw0gh7grOOxwRQf/4VzLsGRF7tiQdc/HB2+/Lo9JWEAFM2IfKmhKv3lyTk3A"
    "lIJehrlEcECUwsyLJof8vvMGeG1IgnKVPI2yHpQfRDFQ5EF9YsWC/wCNwIvhoA7/E/0L7x"
    "3GXI+wIG3F99uLy7P/vws3jcjNI/XInf2f2luDOQV5epqy8DfmH+7Qbf9GoS8MvV/Q9A/A"
    "r+c/PxMs3V1bj7//TEO8E5w5aHFxa0Y8s0uhqhxkeuuT737YpcT1IarjeF6xFGMbaHb7/m"
    "OkWM8T+dZnn+493NRzW/4zRpbjsjBv4PuA5ldfE5tsMO547L34QeiMc+xyYrMEow+uM/z2"
    "7lzvvh7F8ppn68uL45T3NQTHAut+M1SzzMkIIf9+gLU/NjRZBiBv8jamPCM4B9f/mv+2Kw"
    "V1/W9c3H76PhaQ4kwRav4yNrNKcMzxCxVBLGxRSSnC9BSV2JDeEW3Zgtbwa/WC7yJmzKfx"
    "2cnBQwJmIDH5Ve8+GtQXAvCX0gKioRz5fpEkS7FO2eGe9tJLnYGU5zlnA+oDGS/UrKjQRT"
    "aB7jR6VUHKy8LLTfYYKcifcTWkqAr/ibQG+EFICGytz9aqJ2rtH11TVbCVys1LXkN8r/fv"
    "5XIyYRuOXiyu3VxX1PAj2Eo8cFJLaVQFzcwQOs5IFYrFkO3HjoHvN/SuL/KZykjUt6I/ax"
    "zzmB/MXZ3cXZt5cp4JM4i1uzwSx9BXpwIv9e8WbiPZLrWGGuWK/wfGvF+nPaaKzIB8mYEh"
    "qwZ/aNKeErUirLmBLk/xpidDR+f/rL/iTnN2/KSM5v3uRLzuKeQjLJP0HXjAhNwgpt8jyk"
    "/O6nW+RC+TfmHpgx63PLeJF3aiZVwPlwNfmWSN3FpmqfzlcKLWHJd7HKYKQD1C/BLF1dUu"
    "jJsVEohFYH6TI2SxdR+h0Pt1xGP+JhV8GZUy51W+gJCaKtQPokZroUE3UVK4J8TLaF6VZO"
    "0iWIspp0gfIXR5PrkE/IgqMRnqssHhGqkd5dBls55dl6xo6cjJoq85nv3ONH5PUUSvPqXr"
    "9IbYa+w9XdaNhGN/8ZGCJIEAEUcYWK9QFlmCAbYK53AEiBwyi4++Hs9eDk9ACcE7ygciyl"
    "QhYCnBLIh1H+H84GAOx8dqPPG33e6PON0+cfOaQ6+nw0fo/+SL4v1vUlJRX6w9MS+vxhml"
    "lrdV7c+qtl1pLavL0paEvZSg4LbCWHga0k4WUUJ4w1hXSqg3GSajdIP6v/IIn06XEJoE+P"
    "c3EWt5Iw+wSNnS86EK8pOmj2OxyUWcmD/IU8SAOMvvgO39ErnLxJyh2cvM0Uzpt+0Cqisb"
    "InrQsps+a0koSVpjWcbjKnCXriZ0wVPicp98LlhgRvtI7J0hsPJ0hlRck/GZNUzRXzevdT"
    "BEauw18UsClkINTxuN6fsRWUOTSPS8l/xwXy33FW/nN8HeiD0Q2HnC9AvkaFeQUsIF2hPi"
    "Z4Vg33MsF9x/mxfceZ0L7mxKE198SqHommjoLSjkOrGgfVDEh3HAm1IQRtd1FTP0NKF5jY"
    "wiSuDJ5KDugXZnyFQy2yGlvCIhxRvZZUwHW8x/fSVBtYcYFDgY2I8xRuKeDu8uKW8+yny3"
    "8D6Nl8p+cDCF684BuQ3ZeXpL2XTZHCQFzfwz57wRQvVjZmMdkj8tkBuOPPd5FITPtG7JJI"
    "5qkx8LBWhR4AJmAxRR6fcwmCl8NjmcIm09n4VEKUNlbppuyHfWOVNlZpY9nbJMvt3rLXIM"
    "NT0z6ulnxMZVXVSrmfxt7UDv52WA+WtgdIH4UMyaW6qtYHowUbLbhtkLZVC5aoK5TfiBv5"
    "Om/EdpM11F19TvBYNyoiTtM5qf7wpFRkxElBZMRJxjKOZtBxdSBeEXQO38FJGbWJjyrIb8"
    "8oTmP+YEt3GSeImit/PXc2VCL0JLKC6poCMoQdDESppXKDw3V6fsQ8qfJbMHYR9HLOwzhd"
    "CuwhJ6wL7Whj2e8BeH5zc53QDs+v0gVJPn04v+T7tsSeD3IC2ezq430WcC7Hjsf6eK/I9g"
    "j36kqr8Z77iKh1jI2Yx0kN7hq4yxAmF08cT9cOlaQ0pqgmm6IEF6zfseMhhTZVzOYUaQdt"
    "yh1z2FRKWw+yghQbr0Y6XzydqmVLoFTOY9L3v22GfzrmoKuIPaIltUKn73aQXXlP/Bj7OZ"
    "iztedJScSEl8fAtQkuOLcdtpOU7TMxU9mU7TZC5SJ7gojF/0DibFue5FrOdcmn6urCMjU3"
    "SoBkqkk0r5pEGz82U0xil8UkYk0Jti0iUb4MVVuWnabTNClDKbynGSEr343qyKGWHxu7OX"
    "TYAwGZaPZAnYkH5v4BuAnjcYGwokcxtAQuAJ9XhNEGNSEUxSO2nc24cfdhXTJhucbKo1cs"
    "Ai21PXFxms45l02yvUm2r3XnMtm5JuTZ8DfL31al2BsuV+SyaZezx3Y5kWA+XGoGtmcIt1"
    "Cn2vMx6bVuqQBrkspgWpgxsF6DWYjryhtoJq4b0wYyn2sieYC/Bfj46fq6p1rBBtvNKRmb"
    "gX2etIyY31FVoTbhlSyoUbv2g5Y2LPLZkGe/lsn9BI0wsYXxbzHFwHZs/j9kwkzIf5/1wY"
    "I4jCEPLBw2lfbB0RR6EyQy/QNSqrQ21vCIzSbIX3sSh2CF9xOWLT7y1x7HBUcJOul78d+N"
    "KdOYMhtqi+muKTP4OKtkI2UpO6Bs7CMnKbFZlk5MSlB10MK5exMyg4SfWdpIp8g6t6hrA1"
    "qvr2yCyIC8GeTnbCXbTDVkS3NEt8pFNGahdrsgaEWYa6n7OURjTBRnW35b+zXFVk3t27Md"
    "1NK9Ho6ZKmcuH/YVgUG9OuozREVcpo4bJEbSgR1l346QuN2mrMARpzHyRqGpXkJlLMkbLM"
    "nxBdUoO/IFQbbDvic5/cHjt/tFluSRHGhNSNlW4aIlmYtHj8KyGxAHJlxRcRYvPEBEDROP"
    "Yw/gTLSi6wOKARV2YXENExsRWWRWhvEsZYsy9IU/UNn7rLYHlTErh935Qu471MJ+kOzoEw"
    "cTh0k/TDIaKW1fTt4NfjPWZmNtbrRdrLvW5uZ3WWtxRGd8V0wCfDeDrnvl5UjJcboU0E59"
    "DXUP9VDuvQE+wTMsfoUueCnOGQbGDqHsVR8cAvSECH93cfLwExaVLY85Ea/7+mjw9vRdX6"
    "Rs8t/EL28LeHP34ez6OlvXg0M4cfirWaOcBDRnksuBLO3++FDngg/Q/ftgcHT0dvDm6PTd"
    "yfHbtyfv3qywzt4qQv786nuBe+KDyDJiJZZU4YSC2LCiMitiIluKBRvKC60EvSYX0EovFv"
    "AP8OYb8IiQT0GwPUmhngvL81XjhZV4LF+l5C61n8JEDUoIaKau2nQBrFQocUwFqsRlEzDe"
    "Ci6LShGaprs4TeNNd7I4elBhA8gXT3ZnE1ut3Hy332E1HIpJe0V5k2mcypRE32Q1lWjtwG"
    "4qCkGRJ3S2nrCd+JYwocYXWMKIest3mturi/vnMqL+iIc/4JT9LXWrX2Q8/R0PrWk0aqPh"
    "VOwZiPLTCYqMfPiIvLhoNoSuWDBgMXVcBCDgcwMy9+g34IFrz3gkSzfQB0DhkopBo2kk3z"
    "l84+Evr+5OuL+n6ptU+SfC5tTYQo0ttKl7XIdtoWLv0vu+1hT7/cYaKSO0y6zc2miuwLVX"
    "xZSWpjR2tMp2tJgkkOVBQdhRkmyr4KNqq359OA/njsscjx6I5z3H+VxLTFIoQGlsPWuKPW"
    "4+kTl1D16tUgkTBfkSmSDHsQsnE2Vp1iIbcoyq2dXpe2f8I10gW3QRZgmNYBgUCfvl7Pbj"
    "366vPlzdX34LfOw6o2WjzMYjF1erMZIgNObEJpsTjWHLGLaMYUvHsBUv2KwwbqXqOecbuG"
    "JFpEtWsLzxEJhhDy35v09oxikPwC1eUBl/JxPDRagE4KIYInxFCDtTTFB/kAUo+XLjJ9JL"
    "EeiHxmPE5UQuwcXOpldZK9f+Hqtv5koHBeYlqptkdGMSa/7u2GGT2LPmODaNz7sxjWlnP3"
    "c3w3z3EZfGONYA41goHFgyya4KL3ImMCzZIgQTUqwI+8vP1FtTdMAm/zyJeqaGy/5quDyT"
    "7649Ji4NCUU8xEcWQWNEUGjYKG9Nz9JWWsENQ3YPDY5lFInmIo7TmGWcKnvhcZxcNBK6Zw"
    "UhREm+PxHkjR62vQsOBoDg/Prm4icQWlsA/9e1gYfFT8LYAxmgiDE3MAeVc1o8U6KCjWY+"
    "5prkaGmFvWLKbkEK0s61d6hlAzJOhVpCkE3NBuOkaZ2TJrOEd4CwqYvRfw7PV2phK5xf2a"
    "Wf7/8iwVgr9uGVKZAR2IRfUOAT5EPHBuE8B+Ahsvas/U7QXYjgapmeN5+JwGzhgYollzhI"
    "VW25poeYlm8NOAL6xjVlXFNJ9c63K3I9SWm43hSuKyKfMo1yE/t4Na9C85X5hjsTpoKwAg"
    "OSdI1Fv3fjI0+mfYlENvoNlxTE97TMTRVrtCFlNCfCEKtlQYnT7NH9MKfRq9RsPTkqYTs5"
    "yrWcHKXtJi7fwaLNhU35XifWTZUPZMNE+/tiTt50a8cKorR1PoE1xR4/AGm83c8n8K7EJ/"
    "Au9xN4l/kEIGVcJWTOk8OWFUQyFb2JQG+OHNb0yLCWpkxmDJv5FqKUn1B1soR03/10i1yZ"
    "ZJZviksVQ22ZfpNnkktKqUJ42w6lWMWDLiIUGrm2wygVON8VnLIG2fTWl4XtxkP3mP9T0h"
    "x+v5qmjbvdRnt4Yq9PGMQvzu4uzr69TNnDt7Jx38mwk9wmgvHb/SLrdhi+otFG8FKUuQTB"
    "A4CkA6KxHxI+eORznvYBZZhvtwDz1fAeQEARx84G/NmOpBW2aODh19jP2rR3PnuZXI0o4p"
    "igEeKTmPSLBti4g25jeg2d4jQmAqJMBISJzY/ljZdLHC/KHM9Eafpw6WKoWMT5JRNiJPsv"
    "l/A8SkMthRHwnI2wXixyjKRzQciDUst7ULC8B9nlHT8wMzgXG0BSpMYp1RRjSBlXpE/wCN"
    "FqRRfStMbq1TSrl4aRps4wnrv5MA5/VseJ3y9WctIjS8TvhCpInBRACoTdFhDk4zCFfIY9"
    "NnWXVjKVfIyQTcGH21tV0M4OZy6j3JgKi43QZ0zMztd4UJqYna5xvUzMTmhU0zNeJIiM9a"
    "KM9SKEbDSnjKtt6qSDjYCnqLun+NWDfBuqDu5tdR+VqetwlF/X4SjbScuFiuz1gvCNcLxZ"
    "vmWWr0q2VngFCyKX8mZobJBfwwOWTNSeYlfZbdQe34FJNVk0SWkMNs0RPbMax0j44N1qim"
    "aS1PC5yXyWAYQ+XIrEdmsMnWosz5/FcL/x3A/55XhP2Bnpqpv5MxgRUkP3DM00esJjlrax"
    "YmPvITQ/PkQ5IB5aIMrC2Bzo+64jzNXYFb3WsYeCcqv00fF9ZDc6UeRZA3rbszdWL1WQFz"
    "aonUdfOnCwmahuETlYJpU+EW2yOsjnZNtA15+D2b4LJmuhjaZUTPBoCr3JtlDFXZEXcsIu"
    "wVWnk/cXTB5dPOkp/LvRrX6Ra3cRG1SqMHnQqpOfZVB0cx8jSmU79xcU2HyhLwGf7AB8QA"
    "wKTx4QMaUUOB4ITgAKKAZjx2WIUMDVJTCnCITeVnVB8nofVyq4Nb65iDqL4Y9C9hD/J92L"
    "/N5vskB5DhWa+S5e8kcVjuJ/6u9oxIoHjTlMiPhErDQ5UL7Rb+LjTC4e9MUnAXDyUu/l2e"
    "3t2b9//RxN9rn3mzydPvNlMaGfe2KOmHf7ixUuElll0hJj5BIKP2EuKsg/7AtfPOL3QHp/"
    "OebycSCggf/h/Bu/CkrEVH0ziiAZTTe9WzCq2tsZ/77x7zfzYGmpp9f4979Grpfx70dHZ5"
    "bfal5H44u43EIOF3BUcCnt4cEeQyp1ML8kd4ykE07jok+gjqrcFM+JZjXjFcUerYBcOZhD"
    "dz+2wMPTMkke6b0lluNxmjYE2gSOFau6sDfgiqbZnQF3sbB32OdvpXtoLOg4TfcM23XkdE"
    "S6mwbIMRKDcRmMIx00CfAZIXCZY3YOCVLwfi2dc8Vx9+tvKRCF5mzpJjAmiDq3WEs1mijo"
    "M5FtM5GbRZcvtXUri27fMtsstAVajAOsA3uG0ICvLzCv7G8p1O/+iUS14xyheUW1GfLQqN"
    "BSJeXun5cX9ze3Um8OVIWYLSy7AiP97bfg57EjzeJ8s+LniMRrgZzJlAXUZ+LCuRwbVHjo"
    "KTTvuM1YY9dPkXVCmUzu/KfHJXb+0+PcnV/cUimPorGNvgIZUXVgC6ob5maVFWvu3qPTB4"
    "fm5ILkAxr3XRk4GxbV0VBYtwjrULedmFOVbaOurhNtRTX2qZYospWziNGTY6s7vemEfVzG"
    "ZukI2kmTvcMkAltGx9zKpPaLcLIugbWHyJhv4fIir41Jeki/RKSMZcOlpdHJ5DKomQh8RE"
    "T4CZE/8Dn64BH5DAyXAHIsnMlEhn+C8CngJUVIhovOnAmRfH/1Hgg/12sShUcl677V8pjP"
    "HsOM/12y4QkEY7QA07lni/JxBC9EpA1lCNoiPkdCwl9G9FShQawrnlPo2fKXDe1RNkTZ/J"
    "YKytEK1SgKJFZKLIrg4RJa5/PmCu8xADg/hMOI4kYUbzacJvCgQuCBIo86d0NVSTHNScbQ"
    "3U8Hh8dvj98dnR6vttHVlaLdM9gpMypgvlxdpxi0krEV8k9c/s4XfOKyfpnKT2PHRQAyBk"
    "dTLicwzAWHUNw4APeiCcqScUFFhOqKSF08FK5PWZSW/wGASxdcQnkIropurA+qElB1PEI7"
    "FjgSCKOQ39jv/URUoikdZUJLG3oStDTIsExo6fr71rG/J6k6V0boqFQ0xlFBNMZRNhoDc7"
    "3S8aBryQs6YKcJO+hYqid51vlflemtKGU2pNifbNYRdTcTgKsdMpOm6+Air6X2N53Cwcmp"
    "lvN0RdFBjI3rtAUGhqQOUBbTJJUB1ThQn8eBGksG3hLaWO5xR7FNfrPVPanP5SNsSamHWl"
    "2EHxB/qRG986BPp1jpIkwP6RdZymbBYIvGR5dsCDV2JnOChK8MewgsOBvwAkDPDvPX+6LE"
    "+QjP/DnnKIAMPES/WJApbGS7mrRkhXTCrMgWjjx79XNsOmMFM1awpu75HbaCJb/Nsn6vJN"
    "VX7f2Kb2dl4YvTfNXgmRJhu1YwTV3rOu2qcXlF95BMknbwlGzJqRhhUngs2vMg2s2aKfSu"
    "71wMc8zoKboUl8eCsC7OvjmoK9qhaE+/+XR+fQl+vr28uLq7CrsMrjgpb4pL66zz28uz62"
    "zQDcyCnN/AMRpvujdqdm9sSMRJqu6hQqnOVkbM16lTNRnLqdSiclxQmxeEtXlBOA94eRe0"
    "D3sIbxwkqzc/vOrLzsgyfjYaktGua5i/jKJttGijRTd3i+uwFm30mF3rMdWKrtdRaL1B0T"
    "m16DT6O1Vnd6iW7EilNJh4+1PNjUlBanzOxT7ndAfcLd2j6da77YR4o49UsdB0HaV1Kiq3"
    "iKNJ2dmEr4MJZEpVJTOmUFkhwWgLJoZvVFfCh9DIUTdzvDlD4CUmobJAsCt0jbnfl/eneE"
    "5eATgimFLRSIIswdnPVyDsDJ5VV2qYX5nExz8nvsmsHNWIONi2pC8hk8L3q+K2SelrXEpf"
    "kqNlxbTUOuhgLF6ZULz8SLxMycD4p6AprKVpjdjWaLEtPCE0u2XGqTqTXbfn8G1ECCaauK"
    "9pDOrVUI85TCw6n1V1tkS0xuFSwuEyfKO3yoPxZoVXW+HDQ020Dw3aW6A90ER7YNDeAu0j"
    "TbSPDNpboH2sifaxQXsLtE800T4xaG+BtiKRrxBtVRqfQbss2m810X5r0N4C7XeaaL8zaG"
    "+B9t810f67QXsb7UZXmTw02uRWeGurk0af1MS7IXGSiqbHCgekujVyvgsy4XMdrQlKFO6K"
    "k76ggDK+csCY4Bl4gOwBYO89WBCHMeSJeqKiamgY67hAwynGj2Ax5evtCRFJOqd9ILIPAC"
    "YZh2SNz/rM8ROlSEHYmLovegB/uL2V/X+HCIggNZHqCL0l8CFlsoYp9Fj5bMesUxuGDXhN"
    "fKaJz2yuG83EZ5r4zNLxmaM5ZXim1yswTtNkp39PlIgMuA8cuw/4EYriR0z0d/CbmViaZw"
    "vjDI45HXasKZrMjIoRGEeDEhAfDfLL2A0yQRgms7LG5TvDHpu6SysQzqwR8nRjIPJmMJpP"
    "NU3TxIV3MsDIxIWbuHATF76VYUY0gDrjevCTw5Y9hUkmcb9fZIyRvRhgfGgJM4xs37KAFE"
    "hCBF7OoI0A9AD/7qf81HNGYkWAMCbwlWjnAkWrF1Wh9K3mUsZ4J3qzLBVx3fKqsIYk9KvV"
    "WBPk3bggb9NkZKeqszFG7L5ti6KGe1HXFlXx9u5XXmqIX+NHPFSdmuJy4WH5ezigVHWHGR"
    "cVRBsy30EjWeBQvPuEcNXQlq1AvgEOi9wKMziaOpxG9AMRPcsAmzpUNDBTF3bYzdSfvc/e"
    "A3oSlR8o+uMB8MvCxMR/FlOKGVzhfeCoXIpBsirjDItZsOcuwyYlgoJPBlw8epSODHFBLG"
    "JXPHTKz3UPgwn0c3OyMqdzXp+1eLuSzOG9tiSlh63vTBEkbMjvKu5RgUJ02TRGMc6S5u+2"
    "HXaWzH27IteTlIbrTeG6wjCU6UX7yCHVMW9H443voITvoB3OmR4fOkd2XWdUuiVICZAPix"
    "qCZBw0kEBVub78SnJriv3XkovJB8O54zLHowfisc8hIuyswlyiWQAkHn8fLYbEaZrBEvG8"
    "zrAEUX7uctCquNeytMaxVs2xNhWEFTiQpDPoV0Of4UfkUctRuGOKwE+QGey3wh7PFZpFCf"
    "BDOoN+1f50lFkzZySq9GhvPgpiw4ct+FCVBc1HXyo1k6BfDEWMuUiUt30P5OJ5Ld8f/BcY"
    "I/4QaTOVdaXKxtE9UyQMQzNfsWflsipG0Vw+vQFzjzlu2BsbETB2CBVtsCHhLHKYHk+26o"
    "WeqcPCsbS1mmgmqToXc7f75o4BYDNEKZwokL5HX4pq3sQJOwB2kR3v8l/3xYrYyox3ffPx"
    "+2h4WjtLgR/5fTT2lARNY3cV3bN3Z9tGYLuqYLROEHbQZt1eG7UieDF0FGqyOEa2AwbvJ4"
    "Si98sUedIPzCB9BOF+K2O1pGNY/E0lT+hOrQAhnVT6zpOUrVkHX+V3PnY8h04rsTlFavjc"
    "ZD4ngkI0GZ2mNZxuMqdHIrDdtcJA4moxJeopDN+bzPeo4rleH48kVQcUzLq1+WeNKW6Rxq"
    "MRVGyi3utMjArWXhZc7ZSo+9VE7YR1YzJU4itNpEHd8t359urivpdZtzvA9VM4TUdRjX2q"
    "uqllKTOeyosT0n330y1yYU6fg3XYuwzw7hDWqeUIJ8jaBVKfxEydxoogH5NtYbqVk7RW6s"
    "0iVHMuSrCi1Akpq9VWmJUSrG45rFRuCldefJHkAQEnfkFXCRv9VUkrmSiC+J8PPQqDiDQ+"
    "XuaHyLQSh4FwrahTVHb+BGWqp/jTwwQQ9Ecm09PkbpjcjWbuxS2N4i+Tu6HnUty7M7FOpu"
    "7YnyjRyECZb7KIxncwH2JQxlwxyDdXDDLmigphBybgYJuAA3FMZNHOD8SPxjcjCL9TeRGm"
    "rpIxdBtDd1VD91rnKKtArCmMTbbYJhsWWNjScBjWcWgnoBvthuvV1KyKVCvTmLIeVdxwVl"
    "SNamWqK2fMEHVSJVHUONgn+MkRhSlG0HXfB+YEPCdBmYzIGCHi2GU5C2FwEJkdYOxM5nyV"
    "Zm0ZdTxAuwpGuqbFeglEYd7puhURY0wBC2MEaeqG12EjSEvyNVpkDIm2XR3RNk7TQaPI7o"
    "tEBEeGBsIrgg7Ce/imXH2IogIRmQoR7cr9rX9/MOm/XxcDXA6QN1paqiopuegnibqE/s6O"
    "x/ZmVnduiUdlSlQFgzF2EfRysuvidCn8h5ywLgasrmi2J1kpwoGXHtmi0qNUlb/h+u/cE1"
    "dcLLTkbN1nbQ3s/ObmOiH7n1+lfQ6fPpxf8vNYnsbr5vNZ/hj73Q5DVE3Ub3eifpsZjWWC"
    "fk3Qb1vWauWYX/588PHT9XUvfVIZb0grvSFhBKzCE7KOjc33gpD1mFLRnCvWhqLYAXjg68"
    "xBlCPzAERdcD8o7f2ECOV0FEA+MqQS1vUZfEQUvBRDggosDpV533jhAcd+pY7w3MtTd1kw"
    "fPV24mb4UsY/YvwjTd0CO+wfMQW+u8Z1RYSSKfC9T98Nc5irFy4cEXQu5uuolOfmqMBzc5"
    "T13MjiLVbUmSe7ZeXEtyeovrp+Pwm7qGdrwxen+arBGzsu4xJrFrv8AOoYiYmhTpyQu4ih"
    "xvINtRgSIzEM2TlDWtLgwudbmoBtLwfh7jtcRGpzBuZc52KMYn9OxcO64N2x2zZhkihrak"
    "gQGfdJxhPuMaQy8ecndsVImisLS5/rB0gebWEfI2IbEXd2UICxjmyvEFLrESn6YuZvySmy"
    "BnPjjnEAJgjwN43S1iszZw/ayzM5vZvppjE+76ZBaipdGad3E7yJzXZ6txXVjZWunsvp3c"
    "zjqarPex1EUKZyGEWjHAuGfqmnu2CuDi3hjGlBtpDZDVjRbF2Cq/5giguHwfB1c4IqViP6"
    "m4MrrFF88KYoi3x8ysQnrJaP+GhlJILoduPiifzdxB+Y+INmfuwt9USXiT9AInKdCxCaOk"
    "eKzCjGWRP8aqPTgDVNZ/S5dCPj9XmhAWuSyoBarCTTuFi2pfbRXUGvn1JF0p/uZv0uXJU7"
    "QPmX9UwdRTf5BW/GNjqfdgDuZWyqVp5lG8FNHebaqnT9Kk+kVudqPDG9e6PCQ2Nj69V3wg"
    "eGxw6m0hViFB2j6DR1O+6worP6/DI8zw3YiJN0KQ18Z0EbU75awhCesn7tGEkXg5nr8Fgn"
    "TpGyh0Py6DEaT6HGs04z24m6015YN4qKiWVVvVmL8SM0wI+whi1frI4ju1mwToyu2ZUQCP"
    "EZ2Vo4FdaL1IjaRtRu6IffYVHb5DR2jesRRkU5jUbB2r2CxdAXrfjtaHwnVKu9R2pP0ejR"
    "0s+eSdPtMVabCwji4Sh6qdZl0cw9OveDomlZyPMTyFJkzUgiE8/rTBKZMTrsPiggobKUz3"
    "FKKDoGVGPJ2ZclR7F4d4Zs9wJl0wAnP9zqtrIoPnMnprJ4ZGhHcK/VUnaNF+fQFQtamsJ6"
    "CktZeki/yFLmcpVqGIwOzGWlTGW9X6bSEgYgCPIyXlDAt0REnhBYQApcSBmgCHmAz/+ej+"
    "J/uMexBBOMKMBzBjBXOcFiikSnWYeCseuIkmRYjM/WNKv9aZsNfLl2u2alnH0dVjyHWpxz"
    "iu2nqIjzmmiPFZyfR1zZYUnm0RR6k2oG0wSlMZ013XSWEWKfJ77qZs4mmMP+ATqu6nRL3C"
    "882nA40ppFQ0uV7Ax7yYrjQTQV46BxXOkBEEn+Q2wvRS1MkUaOCLIBZIA/13lCZAnGBM/A"
    "g6iM9iAbjD3IlPkv7OEbfiS5jvf4gmZOtrof+NnjUh9BLJjjNZ+Dk9oiJ94LyYP7FkHjB/"
    "BSnqnkb3RJGZr9jXIxmr/ngb981QcUiyLy69kow+J9+GmJSpcDXZukPP6aVthYSVYBNX4x"
    "4xcz2/wOt/kyfjFT9bHOqo/YCrdyHYiTVB0EenBSqmH8SUHH+JNM4186H/6ORoq9q6DE2J"
    "qkiyiXivsbFMT9DbJxf6F4oeMXiZE0wyfSrcJ6K9lN04Afo2p8pqSsriXMPQxgAnxIqSjs"
    "RPACLKaYokgkFWWehMwLRpCIImzbV99qS92hZib5bOubMjUjs97u0zLe7rQ8GfN2n6Z39F"
    "AD0+n4FyfZX4jMm7oA3nF8TFqvzeBarEwpyDuoUbVEg1IYyrIqlPA9WIgQrNX+OEnV3FqK"
    "FTeqk1LS50mB9HmiqPIuUpn1P6kY2Q4+pfacta37kkIzqFKIKmhznaAymly+JtcQ+/41Hs"
    "lSrD2l5zq81y92WcdGbTTpC+1BmNXRDJGJ6FUM6MJhoyl4KVQIxwaHr95zTcJxEeDzOE98"
    "CuktfoCu8I2LAnkPYAaXwMUT4HhCB+HXhCtaNJ7O+qr38LwtvNWqjytX1FN+UwohL9wUt7"
    "OiNz4IOt94HvAxC2yhO3pN1OyGwg3zR4f7fRbs/Bj0GEkHJK39B6EHbvyhXrXwBFUHYE9p"
    "4ielAs9PCiLPT7LmVRNq0TEfXJkspfWxr2k+zBAaE2JhJPYaryzKphdyIlI4s7QaVYHpDB"
    "FnNO0p9IfwTqH2ANdj6kwINxL4PiXw3N5H+RJKfvOjTlgNTk5KedlPCrzsJxlvAf+oNBAO"
    "h3cQ3cNSNpnDApvMYY53XVXjcoN3XdkdaQ/e9ec5/3fmR39Wc9hf/w+L+tXA"
)
